"""The offline emails: payment instructions (with the PDF quote) when an order is placed,
and "your order expired" when its window passed. In the contract country's email locale.

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
from core.db.tables import OfflineEmail, RenewalOrder
from core.i18n import Translator
from core.links import issue_link
from core.model import OfflineRequest
from core.notices.content import Reader, email_locale, quote_content
from core.notices.render import build_message, render_pdf
from core.notices.settings import MailSettings
from core.notices.transports import Transport
from core.orders import records
from core.platform import Platform
from core.renewals.contracts import get_contract, with_contacts
from core.renewals.quote_store import load_quote

TEMPLATES = Path(__file__).parent / "templates"
KINDS = ("instructions", "expired")


class OfflineEmailContent(msgspec.Struct, frozen=True):
    """Every word of one offline email (``build_message`` reads subject, seller_name, locale)."""

    kind: str
    locale: str
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]
    link_label: str
    url: str
    signoff: str
    team: str
    seller: str
    seller_name: str
    used: frozenset[str]


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
            _environment(True).get_template("offline.html.j2").render(c=content))


async def email_content(kind: str, reference: str, *, platform: Platform, translator: Translator, url: str,
                        locale: str | None = None) -> OfflineEmailContent:
    """The email of ``kind`` for order ``reference``, in the country's email locale unless ``locale`` is given."""
    view = await records.load_view(reference)
    entry = platform.catalog.countries.get(view.country)
    stored = await load_quote(view.quote_id)
    seller = stored.quote.seller or (entry.seller if entry else "")
    code = locale or email_locale(translator, entry.email_locale if entry else "en")
    t = Reader(translator, code, view.country)
    amount = t.money(view.amount, view.currency)
    due = t.day(view.expires_at.date()) if view.expires_at else "—"
    facts = ((t("offline-email-label-reference"), view.payment_reference or ""),
             (t("offline-email-label-amount"), amount), (t("offline-email-label-due"), due),
             (t("notice-label-contract"), view.contract_number))
    if kind == "instructions":
        answer = platform.plugins.hook.offline_instructions(request=OfflineRequest(
            method_id=view.method_id or "", order_reference=view.reference, amount=view.amount,
            currency=view.currency, country=view.country, seller=seller))
        arguments = {key: str(value) for key, value in (answer.arguments if answer else {}).items()}
        arguments |= {"amount": amount, "reference": view.payment_reference or "", "due_date": due}
        paragraphs = (t("offline-email-intro", order=view.reference, contract=view.contract_number),
                      t(answer.message_id, **arguments) if answer else "",
                      t("offline-email-due", date=due), t("email-quote-attached"))
        subject = t("offline-email-subject", contract=view.contract_number)
        link_label = t("offline-email-link")
    else:
        paragraphs = (t("offline-expired-body", order=view.reference, date=due),
                      t("offline-expired-unchanged", contract=view.contract_number))
        subject = t("offline-expired-subject", order=view.reference, contract=view.contract_number)
        link_label = t("offline-expired-again")
    return OfflineEmailContent(
        kind=kind, locale=code, subject=subject, greeting=t("email-greeting-generic"),
        paragraphs=tuple(p for p in paragraphs if p), facts=facts, link_label=link_label, url=url,
        signoff=t("email-signoff"), team=t("email-team"), seller=t("email-seller", seller=seller),
        seller_name=seller, used=frozenset(t.used))


async def send_order_email(kind: str, reference: str, *, platform: Platform, translator: Translator,
                           settings: MailSettings, transport: Transport, base_url: str,
                           now: datetime | None = None) -> EmailSummary:
    """Send ``kind`` for the order to each contact not yet sent to (claim first, then send)."""
    now = now or datetime.now(UTC)
    summary = EmailSummary()
    order = await RenewalOrder.select(RenewalOrder.id, RenewalOrder.quote, RenewalOrder.contract.number).where(
        RenewalOrder.reference == reference).first()
    contract = await with_contacts(await get_contract(order["contract.number"]))
    pending = await _claim(order["id"], kind, contract.contacts, now)
    if not pending:
        return summary
    link = await issue_link(contract.contract_number, now=now, base_url=base_url, quote_id=order["quote"])
    content = await email_content(kind, reference, platform=platform, translator=translator, url=link.url)
    text, html = render(content)
    pdf = None
    if kind == "instructions":
        stored = await load_quote(order["quote"])
        t = Reader(translator, content.locale, stored.quote.country)
        pdf = render_pdf(quote_content(t, stored.quote, version=stored.version_hash,
                                       valid_until=stored.valid_until.date()))
    for row in pending:
        message = build_message(content, to=row["email"], message_id=_message_id(reference, kind, row["id"], settings),
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


async def unsent(kind: str) -> list[str]:
    """Orders owed an email of ``kind``: claimed but not delivered (a failed send, a crash) and, for
    instructions, pending orders never emailed (the checkout's immediate send did not happen)."""
    rows = await OfflineEmail.select(OfflineEmail.order.reference).where(
        (OfflineEmail.kind == kind) & OfflineEmail.status.is_in(["claimed", "failed"])).distinct()
    owed = {row["order.reference"] for row in rows}
    if kind == "instructions":
        never = await RenewalOrder.raw(
            "SELECT o.reference FROM renewal_order o WHERE o.status = 'pending_offline' AND NOT EXISTS "
            "(SELECT 1 FROM offline_email e WHERE e.\"order\" = o.id AND e.kind = 'instructions')")
        owed |= {row["reference"] for row in never}
    return sorted(owed)


async def _claim(order_id: int, kind: str, contacts, now: datetime) -> list[dict]:
    async with unit_of_work(write=True):
        known = {row["email"] for row in await OfflineEmail.select(OfflineEmail.email).where(
            (OfflineEmail.order == order_id) & (OfflineEmail.kind == kind))}
        for email in sorted(set(contacts) - known):
            await OfflineEmail.insert(OfflineEmail(order=order_id, kind=kind, email=email, status="claimed",
                                                   created_at=now))
        return await OfflineEmail.select().where(
            (OfflineEmail.order == order_id) & (OfflineEmail.kind == kind)
            & OfflineEmail.status.is_in(["claimed", "failed"])).order_by(OfflineEmail.id)


def _message_id(reference: str, kind: str, row_id: int, settings: MailSettings) -> str:
    return f"<offline-{kind}-{reference.lower()}-{row_id}@{settings.domain}>"


def email_translator(catalog: Catalog) -> Translator:
    return Translator(catalog, channel="email")


_TRANSLATORS: dict[int, Translator] = {}


async def email_instructions_now(reference: str, platform: Platform, *, base_url: str | None = None) -> EmailSummary:
    """The checkout's call right after placing an offline order: send the instructions email now.

    Never fails the customer's page: a mail problem is logged, the claimed
    rows stay ``claimed``/``failed`` and the daily ``renewals payments
    expire`` run sends them (as it sends any instructions still owed).
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
            return await send_order_email("instructions", reference, platform=platform, translator=translator,
                                          settings=settings, transport=transport,
                                          base_url=(base_url or default_base_url()).rstrip("/"))
        finally:
            await transport.close()
    except Exception as error:  # the order is placed; the email is retried by the daily run
        logging.getLogger(__name__).warning("instructions email for order %s not sent now (%s: %s); the daily "
                                            "run retries it", reference, type(error).__name__, error)
        return EmailSummary(failed=1)
