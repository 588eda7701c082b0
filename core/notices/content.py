"""Every word of a reminder, in the reader's language, before any layout.

Text comes only from Fluent messages of the email channel (``reminder.ftl``,
``notices.ftl``); amounts and dates only from ``core.i18n`` with the
contract's country; quote lines from ``core.renewals.presentation``. The
templates then place these strings and add no words of their own.

``used`` lists every message id the content asked for, so a test can prove
each exists in every email locale (the translator would otherwise fall back
to English silently).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

import msgspec

from core import i18n
from core.i18n import Translator
from core.renewals.presentation import describe_line
from core.renewals.quotes import Quote

CHANNEL = "email"


class Fact(msgspec.Struct, frozen=True):
    label: str
    value: str
    line: str  # "label: value" as the language writes it ("Numéro de contrat : …", "契約番号：…")


class Line(msgspec.Struct, frozen=True):
    description: str
    amount: str


class QuoteContent(msgspec.Struct, frozen=True):
    locale: str
    title: str
    headings: tuple[str, ...]
    version: str
    column_item: str
    column_amount: str
    lines: tuple[Line, ...]
    total_label: str
    total: str
    note: str
    seller: str


class NoticeContent(msgspec.Struct, frozen=True):
    locale: str
    subject: str
    greeting: str
    intro: str
    facts: tuple[Fact, ...]
    total: str
    cta: str
    cta_lead: str  # the plain-text email's line before the link ("Renew online:")
    url: str
    link_fallback: str
    link_note: str
    quote_attached: str
    partner_note: str
    help: str
    signoff: str
    team: str
    seller: str
    seller_name: str
    pdf: QuoteContent
    used: frozenset[str]


class Reader:
    """One reader's language and country; records the ids it renders."""

    def __init__(self, translator: Translator, locale: str, country: str) -> None:
        self.translator, self.locale, self.country = translator, locale, country
        self.used: set[str] = set()

    def __call__(self, message_id: str, **arguments) -> str:
        self.used.add(message_id)
        if arguments:
            return self.translator.text(CHANNEL, self.locale, message_id, **arguments)
        return _static(self.translator, self.locale, message_id)

    def money(self, amount: Decimal, currency: str) -> str:
        return i18n.money(amount, currency, self.locale, country=self.country)

    def day(self, value: date) -> str:
        return i18n.day(value, self.locale, country=self.country)

    def moment(self, value: datetime) -> str:
        return i18n.moment(value, self.locale, country=self.country)

    def number(self, value: int) -> str:
        return i18n.number(value, self.locale, country=self.country)

    def fact(self, label_id: str, value: str) -> Fact:
        label = self(label_id)
        return Fact(label, value, self("notice-fact", label=label, value=value))


@lru_cache(maxsize=4096)
def _static(translator: Translator, locale: str, message_id: str) -> str:
    """Messages without arguments never change for a locale: format each once (PERF-NOTES.md)."""
    return translator.text(CHANNEL, locale, message_id)


def email_locale(translator: Translator, code: str) -> str:
    """The country's email locale when a plugin provides it, else English."""
    return code if code in translator.codes.get(CHANNEL, ()) else "en"


def quote_content(t: Reader, quote: Quote, *, version: str, valid_until: date,
                  valid_label: str = "quote-valid-until") -> QuoteContent:
    """The PDF quote's words. An offline order's PDF passes its pay-by day with ``quote-pay-by``:
    that deadline, not the quote version's validity, governs the order."""
    lines = tuple(Line(description=describe_line(line, t.translator, CHANNEL, t.locale, country=t.country),
                       amount=t.money(line.amount, quote.currency)) for line in quote.lines)
    for line in quote.lines:
        t.used.add(f"quote-{line.message_id}")
    return QuoteContent(
        locale=t.locale, title=t("quote-title"),
        headings=(t("quote-contract", contract=quote.contract), t("quote-customer", customer=quote.customer or ""),
                  t("quote-date", date=t.day(quote.quoted_on)), t(valid_label, date=_deadline(t, valid_until))),
        version=t.fact("notice-label-version", version).line, column_item=t("quote-column-item"),
        column_amount=t("quote-column-amount"), lines=lines, total_label=t("quote-total"),
        total=t.money(quote.total, quote.currency), note=t("quote-list-price-note"),
        seller=t("email-seller", seller=quote.seller or ""),
    )


def _deadline(t: Reader, value: date) -> str:
    """A stored quote's deadline (a timestamp) with its time and zone, as the checkout shows it; a day as a day."""
    return t.moment(value) if isinstance(value, datetime) else t.day(value)


def _when(days: int) -> str:
    """The end date as the first paragraph chooses its words: ``today``, ``tomorrow`` or ``later``."""
    return {0: "today", 1: "tomorrow"}.get(days, "later")


def notice_content(translator: Translator, *, locale: str, country: str, quote: Quote, term_end: date, today: date,
                   url: str, link_expires: datetime, version: str, valid_until: datetime, phone: str) -> NoticeContent:
    """The reminder for one contract and reminder day (the same for each of its contacts)."""
    t = Reader(translator, locale, country)
    days = (term_end - today).days
    total = t.money(quote.total, quote.currency)
    pdf = quote_content(t, quote, version=version, valid_until=valid_until)
    facts = (
        t.fact("notice-label-contract", quote.contract),
        t.fact("notice-label-end-date", t.day(term_end)),
        t.fact("notice-label-days-left", t.number(days)),
        t.fact("notice-label-total", total),
        t.fact("notice-label-seller", quote.seller or ""),
        t.fact("notice-label-version", version),
    )
    return NoticeContent(
        locale=locale, subject=t("email-subject", days=days, contract=quote.contract),
        greeting=t("email-greeting-generic"),
        intro=t("email-intro", contract=quote.contract, date=t.day(term_end), when=_when(days)),
        facts=facts, total=t("email-total", amount=total), cta=t("email-cta"),
        cta_lead=t("notice-link-lead", cta=t("email-cta")), url=url,
        link_fallback=t("notice-link-fallback"), link_note=t("email-link-note", date=t.day(link_expires.date())),
        quote_attached=t("email-quote-attached"), partner_note=t("email-partner-note"),
        help=t("email-help", phone=phone), signoff=t("email-signoff"), team=t("email-team"),
        seller=t("email-seller", seller=quote.seller or ""), seller_name=quote.seller or "", pdf=pdf, used=frozenset(t.used),
    )


class FreshLinkContent(msgspec.Struct, frozen=True):
    """A new personal link on request (the checkout's expired-link page), no quote attached."""

    locale: str
    subject: str
    greeting: str
    intro: str
    cta: str
    cta_lead: str
    url: str
    link_fallback: str
    link_note: str
    help: str
    signoff: str
    team: str
    seller: str
    seller_name: str
    used: frozenset[str]


def fresh_link_content(translator: Translator, *, locale: str, country: str, contract: str, seller: str, url: str,
                       link_expires: datetime, phone: str) -> FreshLinkContent:
    t = Reader(translator, locale, country)
    return FreshLinkContent(
        locale=locale, subject=t("notice-fresh-subject", contract=contract), greeting=t("email-greeting-generic"),
        intro=t("notice-fresh-intro", contract=contract), cta=t("email-cta"),
        cta_lead=t("notice-link-lead", cta=t("email-cta")), url=url,
        link_fallback=t("notice-link-fallback"), link_note=t("email-link-note", date=t.day(link_expires.date())),
        help=t("email-help", phone=phone), signoff=t("email-signoff"), team=t("email-team"),
        seller=t("email-seller", seller=seller), seller_name=seller, used=frozenset(t.used))
