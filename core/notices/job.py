"""The daily reminder run: claim what is due, then deliver what is pending.

1. **Claim**: the due contacts (``schedule.due_contacts``) get ``claimed``
   ledger rows, in batches; on PostgreSQL the batch's contracts are taken
   FOR UPDATE SKIP LOCKED, so parallel jobs split them.
2. **Deliver**: one contract's reminder at a time (``ledger.next_group``). At
   that moment the contract is checked again through the one quote engine
   (renewed a minute ago, OEM, over the limit, country not live → ``skipped``
   with the engine's reason; a newer reminder due or a new term →
   ``superseded``). Then the quote is stored, a personal link minted, the
   email and its PDF rendered once and sent to each contact.

Claimed-but-unsent rows (a job killed in between) and ``failed`` rows from
earlier runs are simply pending: the next run delivers them.

Two clocks: ``today`` is the business day (``--today`` simulates one);
ledger timestamps use the wall clock, so two runs on the same simulated day
still tell "failed in this run" from "failed before".
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import msgspec
from piccolo.engine.sqlite import SQLiteEngine

from core.catalog import Catalog
from core.db.session import engine, unit_of_work
from core.errors import RenewalError
from core.i18n import Translator
from core.links import BASE_URL_ENV, expiry_for, grace_days, issue_link
from core.links import base_url as default_base_url
from core.notices import ledger
from core.notices.content import NoticeContent, email_locale, notice_content
from core.notices.render import build_message, readdress, render_html, render_pdf, render_text
from core.notices.schedule import due_contacts, due_without_contacts, reminder_for
from core.notices.settings import MailSettings
from core.notices.transports import Transport
from core.offline.pause import awaiting_offline_payment
from core.renewals.contracts import find_contract
from core.renewals.quote_store import StoredQuote, load_quote, store_quote, version_hash
from core.renewals.quotes import QuoteOptions, quote_contract

CLAIM_BATCH = 1000


class NoticesBusy(RenewalError):
    message_id = "error-notices-busy"


class Failure(msgspec.Struct, frozen=True):
    contract: str
    email: str
    reminder: int
    status: str
    detail: str


class RunSummary(msgspec.Struct):
    today: date
    dry_run: bool
    transport: str
    claimed: int = 0
    sent: int = 0
    failed: int = 0
    bounced: int = 0
    superseded: int = 0
    skipped: dict[str, int] = {}
    due: list[dict] = []
    failures: list[Failure] = []
    without_contacts: list[str] = []  # in the window, but no contact on record (at most 100 named)
    links_to: str = ""  # the address the mailed links point at


class Context(msgspec.Struct, frozen=True):
    """What a run needs besides the database."""

    catalog: Catalog
    translator: Translator
    settings: MailSettings
    base_url: str


def business_now(today: date, clock: datetime) -> datetime:
    return datetime.combine(today, clock.timetz()) if clock.tzinfo else datetime.combine(today, clock.time(), UTC)


@contextmanager
def single_runner() -> Iterator[None]:
    """SQLite: one run per database file at a time (an exclusive lock beside the file,
    released by the OS even if the process is killed). PostgreSQL needs none: row locks split the work."""
    db = engine()
    if not isinstance(db, SQLiteEngine):
        yield
        return
    path = Path(db.path).with_suffix(".notices.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise NoticesBusy(lock=str(path)) from None
        yield
    finally:
        os.close(handle)


async def claim_due(today: date, *, settings: MailSettings) -> int:
    """Write ``claimed`` rows for every contact due on ``today``; returns how many were new."""
    clock = datetime.now(UTC)
    total = 0
    while True:
        async with unit_of_work(write=True):
            due = await due_contacts(today, limit=CLAIM_BATCH, lock=True)
            inserted = await ledger.claim(due, now=clock, domain=settings.domain)
        total += inserted
        if len(due) < CLAIM_BATCH or inserted == 0:
            return total


async def preview_due(today: date, context: Context) -> list[dict]:
    """What a run would claim (``"due"``) and the deliveries it would try again (``"retry"``: failed,
    or claimed by a run that stopped before sending), with the quote engine's verdict (``--dry-run``)."""
    due = [("due", d.contract_number, d.email, d.days_before, d.term_end) for d in await due_contacts(today)]
    due += [("retry", r.contract_number, r.email, r.days_before, r.term_end) for r in await ledger.pending_rows()]
    verdicts: dict[str, tuple[bool, str]] = {}
    for _, number, *_ in due:
        if number not in verdicts:
            quote = await quote_contract(number, context.catalog, QuoteOptions(on=today))
            verdicts[number] = (quote.eligible, ",".join(r.code for r in quote.reasons))
    return [{"kind": kind, "contract": number, "email": email, "reminder": reminder, "term_end": term_end.isoformat(),
             "eligible": verdicts[number][0], "reasons": verdicts[number][1]}
            for kind, number, email, reminder, term_end in due]


async def run(today: date, context: Context, transport: Transport, *, dry_run: bool = False,
              progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """One run: claim, then deliver; ``progress(done, total)`` is called per contact."""
    summary = RunSummary(today=today, dry_run=dry_run, transport=transport.description, links_to=context.base_url)
    summary.without_contacts = await due_without_contacts(today)
    if dry_run:
        summary.due = await preview_due(today, context)
        return summary
    summary.claimed = await claim_due(today, settings=context.settings)
    started = datetime.now(UTC)
    total = await ledger.count_pending(started=started)
    done = 0
    postgres = not isinstance(engine(), SQLiteEngine)
    try:
        while True:
            # PostgreSQL: the transaction holds the group's rows until their status is written.
            # SQLite: no transaction around the send (it would block the checkout's writes).
            if postgres:
                async with unit_of_work(write=True):
                    rows = await ledger.next_group(started=started)
                    if rows:
                        await _deliver(rows, today, context, transport, summary)
            else:
                rows = await ledger.next_group(started=started)
                if rows:
                    await _deliver(rows, today, context, transport, summary)
            if not rows:
                break
            done += len(rows)
            if progress:
                progress(done, max(total, done))
    finally:
        await transport.close()
    return summary


async def _mark(rows, status: str, summary: RunSummary, *, reason: str | None = None) -> None:
    clock = datetime.now(UTC)
    for row in rows:
        await ledger.record(row.id, status, now=clock, reason=reason)
    if status == ledger.SKIPPED:
        summary.skipped[reason] = summary.skipped.get(reason, 0) + len(rows)
    else:
        summary.superseded += len(rows)


async def _deliver(rows: list[ledger.LedgerRow], today: date, context: Context, transport: Transport,
                   summary: RunSummary) -> None:
    first = rows[0]
    number, term_end, reminder = first.contract_number, first.term_end, first.days_before
    contract = await find_contract(number)
    if contract is None or contract.end_date != term_end:
        await _mark(rows, ledger.SUPERSEDED, summary, reason="new_term")
        return
    due_now = reminder_for((term_end - today).days)
    if due_now is None or due_now < reminder:
        await _mark(rows, ledger.SUPERSEDED, summary, reason="ended" if due_now is None else "newer_reminder")
        return
    try:
        prepared = await _prepare(number, term_end, today, context, first.quote_id)
    except RenewalError as error:  # e.g. no exchange rate: an operator problem, retried next run
        clock = datetime.now(UTC)
        for row in rows:
            await ledger.record(row.id, ledger.FAILED, now=clock, error=str(error), attempted=True)
            summary.failed += 1
            summary.failures.append(Failure(number, row.email, reminder, ledger.FAILED, str(error)))
        return
    if isinstance(prepared, str):
        await _mark(rows, ledger.SKIPPED, summary, reason=prepared)
        return
    content, stored = prepared
    text, html = render_text(content), render_html(content)
    pdf = render_pdf(content.pdf)
    message = None
    for row in rows:
        clock = datetime.now(UTC)
        if message is None:
            message = build_message(content, to=row.email, message_id=row.message_id, settings=context.settings,
                                    now=clock, text=text, html=html, pdf=pdf,
                                    pdf_name=f"{number}-{stored.version_hash}.pdf")
        else:  # sent one at a time, so the next contact's copy can reuse the encoded parts
            readdress(message, to=row.email, message_id=row.message_id, now=clock)
        delivery = await transport.send(message)
        await ledger.record(row.id, delivery.status, now=clock, locale=content.locale, quote_id=stored.id,
                            error=delivery.detail, attempted=True)
        if delivery.status == ledger.SENT:
            summary.sent += 1
        else:
            setattr(summary, delivery.status, getattr(summary, delivery.status) + 1)
            summary.failures.append(Failure(number, row.email, reminder, delivery.status, delivery.detail or ""))


async def _prepare(number: str, term_end: date, today: date, context: Context,
                   quote_id: int | None) -> tuple[NoticeContent, StoredQuote] | str:
    """The eligibility check at send time, the stored quote, the link and the text; a reason code if not eligible."""
    if await awaiting_offline_payment(number):  # issue 9: ordered meanwhile, paying offline
        return "offline_pending"
    options = QuoteOptions(on=today)
    quote = await quote_contract(number, context.catalog, options)
    if not quote.eligible:
        return quote.reasons[0].code
    now = business_now(today, datetime.now(UTC))
    link_expires = expiry_for(term_end)
    stored = await load_quote(quote_id) if quote_id else None
    if not still_sendable(stored, quote, now, term_end):
        stored = await store_quote(quote, options, now=now,
                                   valid_until=quote_deadline(now, context.settings, link_expires))
    link = await issue_link(number, now=now, base_url=context.base_url, quote_id=stored.id)
    entry = context.catalog.countries[quote.country]
    content = notice_content(
        context.translator, locale=email_locale(context.translator, entry.email_locale), country=quote.country,
        quote=stored.quote, term_end=term_end, today=today, url=link.url, link_expires=link.expires_at,
        version=stored.version_hash, valid_until=stored.valid_until, phone=entry.support_phone)
    return content, stored


def still_sendable(stored: StoredQuote | None, quote, now: datetime, term_end: date) -> bool:
    """A reminder's stored quote goes out again while it holds, its price is today's and its term the same."""
    return (stored is not None and stored.valid_until > now and stored.version_hash == version_hash(quote)
            and stored.term_end == term_end)


def quote_deadline(now: datetime, settings: MailSettings, link_expires: datetime) -> datetime:
    """Until when a reminder's new stored quote holds: RENEWALS_QUOTE_VALID_DAYS, never past its link."""
    return min(now + timedelta(days=settings.quote_valid_days), link_expires)


async def last_reminder_quote(number: str, term_end: date) -> StoredQuote | None:
    """The stored quote the latest reminder of this term carried (what its PDF and its link show)."""
    carried = [row.quote_id for row in await ledger.list_rows(number) if row.term_end == term_end and row.quote_id]
    return await load_quote(carried[-1]) if carried else None


class NoPublicAddress(RenewalError):
    message_id = "error-notices-no-base-url"


def require_public_address(settings: MailSettings, base_url: str | None) -> None:
    """Mail to customers over SMTP carries links to the public checkout: without --base-url or
    RENEWALS_BASE_URL they would point at the local default (fit only for the demo's outbox)."""
    if settings.transport == "smtp" and not (base_url or os.environ.get(BASE_URL_ENV, "").strip()):
        raise NoPublicAddress(name=BASE_URL_ENV, host=settings.smtp_host, default=default_base_url())


def make_context(catalog: Catalog, settings: MailSettings, base_url: str | None = None) -> Context:
    """Every setting the links need, checked before anything is claimed (a bad RENEWALS_LINK_GRACE_DAYS
    would otherwise fail each message at send time)."""
    grace_days()
    return Context(catalog=catalog, translator=Translator(catalog, channel="email"), settings=settings,
                   base_url=(base_url or default_base_url()).rstrip("/"))


__all__ = ["Context", "RunSummary", "claim_due", "make_context", "require_public_address", "run",
           "single_runner"]
