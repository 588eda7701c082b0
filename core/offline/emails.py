"""The offline emails, in the contract country's email locale:

- ``instructions`` (with the PDF quote, dated with the pay-by day) each time an order is placed
  offline: the first placement, and again when the customer switches to another offline method;
- ``withdrawn`` when the customer leaves a placed offline order for an instant method (card,
  bank): the earlier instructions no longer apply, money already sent is not lost;
- ``underpaid`` when money arrived short: how much arrived and how much is still due;
- ``expired`` when the order's window passed.

Each is sent once per *occasion* (``offline_email.occasion``: the order's placement for
instructions, withdrawn and expired; the settlement row for underpaid), so a reload, a repeated
form or a re-run never sends it twice, while each new switch or partial payment gets its own.

Reused from the reminders (``core.notices``): the translator's email
channel, the reader that formats money and dates for the contract's
country, the PDF quote, the MIME message and the transports. Each email is
claimed in ``offline_email`` (unique per order, kind and contact) before it
is sent, so a re-run never sends it twice; a failed send is retried by the
next ``renewals payments expire`` run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import msgspec
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from core.catalog import Catalog
from core.db.session import unit_of_work
from core.db.tables import OfflineEmail, OfflineSettlement, RenewalOrder
from core.i18n import Translator
from core.links import issue_link
from core.model import OfflineRequest
from core.notices.content import Reader, email_locale, quote_content
from core.notices.render import build_message, render_pdf, word_break
from core.notices.settings import MailSettings
from core.notices.transports import Transport
from core.orders import records
from core.platform import Platform
from core.renewals.contracts import get_contract, with_contacts
from core.renewals.quote_store import load_quote

TEMPLATES = Path(__file__).parent / "templates"
KINDS = ("instructions", "withdrawn", "underpaid", "expired")


class OfflineEmailContent(msgspec.Struct, frozen=True):
    """Every word of one offline email (``build_message`` reads subject, seller_name, locale)."""

    kind: str
    locale: str
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]
    fact_lines: tuple[str, ...]  # "label: value" as the language writes it (the plain-text part)
    link_label: str
    link_lead: str  # the plain-text line before the link
    url: str
    signoff: str
    team: str
    seller: str
    seller_name: str
    used: frozenset[str]
    pay_label: str = ""  # the method's own pay page (PayPal): a labelled link in HTML, label and URL in text
    pay_url: str = ""
    pay_line: str = ""


def pay_link(arguments: dict) -> bool:
    """Whether an offline method's instructions come with a pay page of its own (``link``, an https URL)."""
    return str(arguments.get("link", "")).startswith("https://")


class EmailSummary(msgspec.Struct):
    sent: int = 0
    failed: int = 0


@cache
def _environment(autoescape: bool) -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True,
                       autoescape=select_autoescape(["html", "j2"]) if autoescape else False)


def render(content: OfflineEmailContent) -> tuple[str, str]:
    """(plain text, HTML) of one email: layout only, every word already in ``content``."""
    return (_environment(False).get_template("offline.txt.j2").render(c=content),
            _environment(True).get_template("offline.html.j2").render(c=content,
                                                                      word_break=word_break(content.locale)))


async def email_content(kind: str, reference: str, *, platform: Platform, translator: Translator, url: str,
                        locale: str | None = None, occasion: int | None = None) -> OfflineEmailContent:
    """The email of ``kind`` for order ``reference``, in the country's email locale unless ``locale`` is given.

    ``occasion`` is the settlement row an ``underpaid`` email reports (default: all money so far)."""
    view = await records.load_view(reference)
    order = await RenewalOrder.select(RenewalOrder.id, RenewalOrder.offline_placement).where(
        RenewalOrder.reference == reference).first()
    entry = platform.catalog.countries.get(view.country)
    stored = await load_quote(view.quote_id)
    seller = stored.quote.seller or (entry.seller if entry else "")
    code = locale or email_locale(translator, entry.email_locale if entry else "en")
    t = Reader(translator, code, view.country)
    amount = t.money(view.amount, view.currency)
    due = t.day(view.expires_at.date()) if view.expires_at else "—"
    payment_reference = view.payment_reference or ""
    facts = ((t("offline-email-label-reference"), payment_reference),
             (t("offline-email-label-amount"), amount), (t("offline-email-label-due"), due),
             (t("notice-label-contract"), view.contract_number))
    link_label = t("offline-email-link")
    pay = {}
    if kind == "instructions":
        answer = platform.plugins.hook.offline_instructions(request=OfflineRequest(
            method_id=view.method_id or "", order_reference=view.reference, amount=view.to_pay,
            currency=view.currency, country=view.country, seller=seller))
        arguments = {key: str(value) for key, value in (answer.arguments if answer else {}).items()}
        arguments |= {"amount": t.money(view.to_pay, view.currency), "reference": payment_reference, "due_date": due}
        paragraphs = (t("offline-email-intro", order=view.reference, contract=view.contract_number),
                      t(answer.message_id, **arguments) if answer else "",
                      t("offline-email-due", date=due), t("email-quote-attached"),
                      t("offline-email-replaces") if order["offline_placement"] > 1 else "")
        subject = t("offline-email-subject", contract=view.contract_number)
        if answer and pay_link(answer.arguments):
            label = t(f"{answer.message_id}-label")
            address = str(answer.arguments["link"])
            pay = {"pay_label": label, "pay_url": address, "pay_line": t("notice-fact", label=label, value=address)}
    elif kind == "withdrawn":
        facts = ((t("offline-email-label-reference"), payment_reference),
                 (t("notice-label-contract"), view.contract_number))
        paragraphs = (t("offline-withdrawn-body", order=view.reference, reference=payment_reference),
                      t("offline-withdrawn-already"))
        subject = t("offline-withdrawn-subject", contract=view.contract_number)
    elif kind == "underpaid":
        received = records.from_minor(await records.received_minor(order["id"], view.currency, occasion),
                                      view.currency)
        remaining = t.money(view.still_due(received), view.currency)
        facts = (*facts[:2], (t("offline-email-label-received"), t.money(received, view.currency)),
                 (t("offline-email-label-remaining"), remaining), *facts[2:])
        paragraphs = (t("offline-underpaid-body", order=view.reference, received=t.money(received, view.currency),
                        remaining=remaining),
                      t("offline-underpaid-rest", date=due, reference=payment_reference,
                        contract=view.contract_number))
        subject = t("offline-underpaid-subject", contract=view.contract_number)
    else:
        paragraphs = (t("offline-expired-body", order=view.reference, date=due),
                      t("offline-expired-unchanged", contract=view.contract_number))
        subject = t("offline-expired-subject", order=view.reference, contract=view.contract_number)
        link_label = t("offline-expired-again")
    return OfflineEmailContent(
        kind=kind, locale=code, subject=subject, greeting=t("email-greeting-generic"),
        paragraphs=tuple(p for p in paragraphs if p), facts=facts,
        fact_lines=tuple(t("notice-fact", label=label, value=value) for label, value in facts),
        link_label=link_label, link_lead=t("notice-link-lead", cta=link_label), url=url,
        signoff=t("email-signoff"), team=t("email-team"), seller=t("email-seller", seller=seller),
        seller_name=seller, used=frozenset(t.used), **pay)


async def send_order_email(kind: str, reference: str, *, platform: Platform, translator: Translator,
                           settings: MailSettings, transport: Transport, base_url: str,
                           now: datetime | None = None, occasion: int | None = None) -> EmailSummary:
    """Send ``kind`` for the order to each contact not yet sent to for this occasion (claim first, then send).

    ``occasion`` defaults to the order's current placement (the latest underpayment for ``underpaid``)."""
    now = now or datetime.now(UTC)
    summary = EmailSummary()
    order = await RenewalOrder.select(RenewalOrder.id, RenewalOrder.quote, RenewalOrder.contract.number,
                                      RenewalOrder.offline_placement, RenewalOrder.expires_at).where(
        RenewalOrder.reference == reference).first()
    if occasion is None:
        occasion = await _latest_underpayment(order["id"]) if kind == "underpaid" else order["offline_placement"]
    contract = await with_contacts(await get_contract(order["contract.number"]))
    pending = await _claim(order["id"], kind, occasion, contract.contacts, now)
    if not pending:
        return summary
    link = await issue_link(contract.contract_number, now=now, base_url=base_url, quote_id=order["quote"])
    content = await email_content(kind, reference, platform=platform, translator=translator, url=link.url,
                                  occasion=occasion)
    text, html = render(content)
    pdf = None
    if kind == "instructions":
        stored = await load_quote(order["quote"])
        t = Reader(translator, content.locale, stored.quote.country)
        pay_by = records.aware(order["expires_at"])  # the order's deadline governs, not the quote version's
        pdf = render_pdf(quote_content(t, stored.quote, version=stored.version_hash,
                                       valid_until=pay_by.date() if pay_by else stored.valid_until.date(),
                                       valid_label="quote-pay-by" if pay_by else "quote-valid-until"))
    for row in pending:
        message = build_message(content, to=row["email"],
                                message_id=_message_id(reference, kind, row["id"], settings),
                                settings=settings, now=now, text=text, html=html, pdf=pdf,
                                pdf_name=f"{contract.contract_number}-{reference}.pdf")
        delivery = await transport.send(message)
        async with unit_of_work(write=True):
            await OfflineEmail.update({OfflineEmail.status: delivery.status, OfflineEmail.detail: delivery.detail,
                                       OfflineEmail.locale: content.locale,
                                       OfflineEmail.sent_at: now if delivery.status == "sent" else None}).where(
                OfflineEmail.id == row["id"])
        if delivery.status == "sent":
            summary.sent += 1
        else:
            summary.failed += 1
    return summary


async def owed(kind: str) -> list[tuple[str, int]]:
    """(order reference, occasion) of every ``kind`` email owed: claimed but not delivered (a failed send,
    a crash) and, for instructions and underpayments, those never emailed (the immediate send did not
    happen). Instructions and underpayments are owed only while the order waits for that money: an
    order switched or paid meanwhile is not sent outdated instructions."""
    rows = await OfflineEmail.raw(
        'SELECT DISTINCT o.reference, e.occasion, o.status, o.offline_placement FROM offline_email e '
        'JOIN renewal_order o ON o.id = e."order" WHERE e.kind = {} AND e.status IN (\'claimed\', \'failed\')', kind)
    found = {(row["reference"], row["occasion"]) for row in rows
             if kind not in ("instructions", "underpaid") or row["status"] == "pending_offline"
             and (kind == "underpaid" or row["occasion"] == row["offline_placement"])}
    if kind == "instructions":
        never = await RenewalOrder.raw(
            "SELECT o.reference, o.offline_placement FROM renewal_order o WHERE o.status = 'pending_offline' "
            "AND NOT EXISTS (SELECT 1 FROM offline_email e WHERE e.\"order\" = o.id AND e.kind = 'instructions' "
            "AND e.occasion = o.offline_placement)")
        found |= {(row["reference"], row["offline_placement"]) for row in never}
    if kind == "underpaid":
        never = await RenewalOrder.raw(
            "SELECT o.reference, s.id FROM renewal_order o JOIN offline_settlement s ON s.\"order\" = o.id "
            "WHERE o.status = 'pending_offline' AND s.outcome = 'underpaid' AND NOT EXISTS "
            "(SELECT 1 FROM offline_email e WHERE e.\"order\" = o.id AND e.kind = 'underpaid' AND e.occasion = s.id) "
            "AND NOT EXISTS (SELECT 1 FROM offline_settlement later WHERE later.\"order\" = o.id "
            "AND later.outcome = 'underpaid' AND later.id > s.id)")
        found |= {(row["reference"], row["id"]) for row in never}
    return sorted(found)


async def _latest_underpayment(order_id: int) -> int:
    row = await OfflineSettlement.select(OfflineSettlement.id).where(
        (OfflineSettlement.order == order_id) & (OfflineSettlement.outcome == "underpaid")).order_by(
        OfflineSettlement.id, ascending=False).first()
    return row["id"] if row else 0


async def _claim(order_id: int, kind: str, occasion: int, contacts, now: datetime) -> list[dict]:
    async with unit_of_work(write=True):
        mine = (OfflineEmail.order == order_id) & (OfflineEmail.kind == kind) & (OfflineEmail.occasion == occasion)
        known = {row["email"] for row in await OfflineEmail.select(OfflineEmail.email).where(mine)}
        for email in sorted(set(contacts) - known):
            await OfflineEmail.insert(OfflineEmail(order=order_id, kind=kind, occasion=occasion, email=email,
                                                   status="claimed", created_at=now))
        return await OfflineEmail.select().where(
            mine & OfflineEmail.status.is_in(["claimed", "failed"])).order_by(OfflineEmail.id)


def _message_id(reference: str, kind: str, row_id: int, settings: MailSettings) -> str:
    return f"<offline-{kind}-{reference.lower()}-{row_id}@{settings.domain}>"


def email_translator(catalog: Catalog) -> Translator:
    return Translator(catalog, channel="email")


_TRANSLATORS: dict[int, Translator] = {}


async def email_now(kind: str, reference: str, platform: Platform, *, base_url: str | None = None,
                    now: datetime | None = None) -> EmailSummary:
    """Send an order's email of ``kind`` right away (the checkout after a switch, a settlement after money).

    Never fails the caller: a mail problem is logged, the claimed rows stay
    ``claimed``/``failed`` and the daily ``renewals payments expire`` run sends them.
    """
    import logging

    from core.links import base_url as default_base_url
    from core.notices.settings import load_mail_settings
    from core.notices.transports import transport_for

    translator = _TRANSLATORS.get(id(platform.catalog))
    if translator is None:
        translator = _TRANSLATORS.setdefault(id(platform.catalog), email_translator(platform.catalog))
    try:
        settings = load_mail_settings()
        transport = transport_for(settings)
        try:
            return await send_order_email(kind, reference, platform=platform, translator=translator,
                                          settings=settings, transport=transport,
                                          base_url=(base_url or default_base_url()).rstrip("/"), now=now)
        finally:
            await transport.close()
    except Exception as error:  # the order stands; the email is retried by the daily run
        logging.getLogger(__name__).warning("%s email for order %s not sent now (%s: %s); the daily run retries it",
                                            kind, reference, type(error).__name__, error)
        return EmailSummary(failed=1)
