"""``renewals notices run|preview|list``: the reminder job and its ledger for operators."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import click
import msgspec
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from core.cli.domain import run_db
from core.cli.output import DATE, checked_base_url, emit_json, emit_table, friendly_errors
from core.errors import RenewalError
from core.links import expiry_for
from core.notices import ledger
from core.notices.content import email_locale, notice_content
from core.notices.job import (business_now, last_reminder_quote, make_context, quote_deadline,
                               require_public_address, run, single_runner, still_sendable)
from core.notices.render import build_message, render_html, render_pdf, render_quote_html, render_text
from core.notices.schedule import REMINDERS, reminder_for
from core.notices.settings import load_mail_settings
from core.notices.transports import transport_for
from core.operator_text import operator_text
from core.renewals.contracts import get_contract
from core.renewals.quote_store import version_hash
from core.renewals.quotes import QuoteOptions, quote_contract


class NotEligibleForPreview(RenewalError):
    message_id = "error-notice-preview-ineligible"


class PreviewNotWritten(RenewalError):
    message_id = "error-notice-preview-out"


class NoReminderThatDay(RenewalError):
    message_id = "error-notice-preview-day"


class UnknownEmailLocale(RenewalError):
    message_id = "error-notice-locale"


@click.group()
def notices() -> None:
    """Renewal reminders (60, 30 and 15 days before the end date): send, preview, list."""


@notices.command("run")
@click.option("--today", "today", type=DATE, default=None, help="Business day to run for (default: today, UTC).")
@click.option("--dry-run", is_flag=True, help="Show what is due, with the quote engine's verdict; send nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--base-url", default=None, callback=checked_base_url,
              help="Public address of the checkout, http:// or https:// (default: $RENEWALS_BASE_URL).")
@click.pass_obj
@friendly_errors
def run_command(ctx, today: date | None, dry_run: bool, as_json: bool, base_url: str | None) -> None:
    """Send the reminders due today to every contact; safe to re-run and to run on several machines.

    Exit status 1 when a message failed (retried by the next run) or bounced; 2 on an error.
    """
    day = today or datetime.now(UTC).date()
    settings = load_mail_settings()
    require_public_address(settings, base_url)
    context = make_context(ctx.platform().catalog, settings, base_url)
    transport = transport_for(settings)
    console = Console(stderr=True)
    show_progress = console.is_terminal and not as_json

    async def work():
        with single_runner():
            if not show_progress:
                return await run(day, context, transport, dry_run=dry_run)
            with Progress(TextColumn(operator_text("notices-progress")), BarColumn(), MofNCompleteColumn(),
                          console=console, transient=True) as bar:
                task = bar.add_task("send", total=None)
                return await run(day, context, transport, dry_run=dry_run,
                                 progress=lambda done, total: bar.update(task, completed=done, total=total))

    summary = run_db(work)
    if as_json:
        emit_json(summary)
    elif dry_run:
        emit_table(["", "contract", "email", "reminder", "term_end", "eligible", "reasons"],
                   ([d["kind"], d["contract"], d["email"], d["reminder"], d["term_end"], d["eligible"],
                     d["reasons"] or "-"] for d in summary.due),
                   title=operator_text("notices-dry-run", day=day.isoformat()))
    else:
        rows = [[operator_text("notices-claimed"), summary.claimed], [operator_text("notices-sent"), summary.sent],
                [operator_text("notices-failed"), summary.failed], [operator_text("notices-bounced"), summary.bounced],
                [operator_text("notices-superseded"), summary.superseded]]
        rows += [[operator_text("notices-skipped", reason=reason), count]
                 for reason, count in sorted(summary.skipped.items())]
        emit_table([operator_text("notices-outcome"), operator_text("notices-count")], rows,
                   title=operator_text("notices-summary", day=day.isoformat(), transport=summary.transport))
        if summary.failures:
            emit_table(["contract", "email", "reminder", "status", "detail"],
                       ([f.contract, f.email, f.reminder, f.status, f.detail] for f in summary.failures))
    if summary.without_contacts and not as_json:
        click.echo(operator_text("notices-without-contacts", count=len(summary.without_contacts),
                                 contracts=", ".join(summary.without_contacts)), err=True)
    if not as_json:
        click.echo(operator_text("notices-links-to", url=summary.links_to))
    if not as_json and not dry_run and settings.transport == "outbox":
        click.echo(operator_text("notices-outbox", path=str(settings.outbox)))
    sys.exit(1 if summary.failed or summary.bounced else 0)


@notices.command("preview")
@click.argument("contract_number")
@click.option("--reminder", type=click.Choice([str(r) for r in REMINDERS]), default=None,
              help="Which reminder (default: the one due now, else 60).")
@click.option("--locale", default=None, help="Email locale to render (default: the contract country's).")
@click.option("--today", "today", type=DATE, default=None, help="Day to render for (default: today).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("notice-preview"), show_default=True,
              help="Folder for the .eml, .html, .txt and .pdf files.")
@click.pass_obj
@friendly_errors
def preview(ctx, contract_number: str, reminder: str | None, locale: str | None, today: date | None,
            out: Path) -> None:
    """Write a reminder as it would be sent (nothing is stored or sent), for wording reviews."""
    catalog = ctx.platform().catalog
    settings = load_mail_settings()
    context = make_context(catalog, settings)
    if locale and locale not in context.translator.codes["email"]:
        raise UnknownEmailLocale(locale=locale, locales=", ".join(sorted(context.translator.codes["email"])))

    async def work():
        contract = await get_contract(contract_number)
        end = contract.end_date
        if today is not None and reminder_for((end - today).days) is None:  # the job sends nothing that day
            raise NoReminderThatDay(number=contract_number, day=today.isoformat(), end=end.isoformat(),
                                    first=(end - timedelta(days=REMINDERS[0])).isoformat(),
                                    days=", ".join(f"{(end - timedelta(days=r)).isoformat()} ({r})" for r in REMINDERS))
        days = int(reminder) if reminder else None
        day = today or (end - timedelta(days=days) if days else datetime.now(UTC).date())
        why = "given" if today or days else "today"
        if why == "today" and reminder_for((end - day).days) is None:  # today is outside the window
            day, why = end - timedelta(days=REMINDERS[0]), "first"
        quote = await quote_contract(contract_number, catalog, QuoteOptions(on=day))
        return contract, day, why, quote, await last_reminder_quote(contract_number, end)

    contract, day, why, quote, sent = run_db(work)
    click.echo(operator_text("notices-preview-day", day=day.isoformat(), days=(contract.end_date - day).days,
                             end=contract.end_date.isoformat(), why=why,
                             today=datetime.now(UTC).date().isoformat()), err=True)
    if quote.total is None:
        raise NotEligibleForPreview(number=contract_number, reasons=", ".join(r.code for r in quote.reasons))
    entry = catalog.countries[contract.country]
    code = locale or email_locale(context.translator, entry.email_locale)
    now = datetime.now(UTC)
    expires = expiry_for(contract.end_date)
    # What the job would send: the stored quote an earlier reminder carried while it holds (the checkout
    # shows that very quote and deadline), else a new one held as long as the job would hold it.
    if still_sendable(sent, quote, business_now(day, now), contract.end_date):
        quote, valid_until, digest = sent.quote, sent.valid_until, sent.version_hash
    else:
        valid_until, digest = quote_deadline(business_now(day, now), settings, expires), version_hash(quote)
    content = notice_content(context.translator, locale=code, country=contract.country, quote=quote,
                             term_end=contract.end_date, today=day, url=f"{context.base_url}/renew/PREVIEW",
                             link_expires=expires, version=digest, valid_until=valid_until,
                             phone=entry.support_phone)
    stem = out / f"{contract_number}-{(contract.end_date - day).days}d-{code}"
    pdf = render_pdf(content.pdf)
    message = build_message(content, to="preview@example.com", message_id=f"<preview.{digest}@{settings.domain}>",
                            settings=settings, now=now, pdf=pdf, pdf_name=f"{contract_number}-{digest}.pdf")
    files = {".eml": message.as_bytes(), ".html": render_html(content).encode(), ".txt": render_text(content).encode(),
             ".pdf": pdf, ".quote.html": render_quote_html(content.pdf).encode()}
    try:
        out.mkdir(parents=True, exist_ok=True)
        for suffix, data in files.items():
            Path(f"{stem}{suffix}").write_bytes(data)
    except OSError as error:  # a file where the folder should be, a read-only or missing mount
        raise PreviewNotWritten(folder=str(out), problem=error.strerror or str(error)) from None
    for suffix in files:
        click.echo(f"{stem}{suffix}")
    if not quote.eligible:
        click.echo(operator_text("notices-preview-ineligible", reasons=", ".join(r.code for r in quote.reasons)),
                   err=True)


class LedgerListRow(msgspec.Struct):
    contract: str
    term_end: date
    reminder: int
    email: str
    status: str
    locale: str
    attempts: int
    message_id: str
    quote_id: int | None
    reason: str | None
    error: str | None
    sent_at: datetime | None


@notices.command("list")
@click.option("--contract", "contract", default=None, help="Only this contract number.")
@click.option("--status", type=click.Choice(ledger.STATUSES), default=None, help="Only rows in this status.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@friendly_errors
def list_command(contract: str | None, status: str | None, limit: int, as_json: bool) -> None:
    """The ledger: one row per contract, term, reminder and contact."""
    async def work() -> tuple[list[ledger.LedgerRow], int]:
        if contract:
            await get_contract(contract)  # an unknown number is an error (status 2), never an empty ledger
        found = await ledger.list_rows(contract, status, limit)
        return found, (await ledger.count_rows(contract, status) if len(found) == limit else len(found))

    found, total = run_db(work)
    if total > len(found):  # said on stderr, so the JSON stays a list
        click.echo(operator_text("notices-list-cut", shown=len(found), total=total), err=True)
    rows = [LedgerListRow(contract=r.contract_number, term_end=r.term_end, reminder=r.days_before, email=r.email,
                          status=r.status, locale=r.locale, attempts=r.attempts, message_id=r.message_id,
                          quote_id=r.quote_id, reason=r.reason, error=r.error, sent_at=r.sent_at)
            for r in found]
    if as_json:
        emit_json(rows)
        return
    emit_table(["contract", "term_end", "reminder", "email", "status", "locale", "attempts", "sent_at",
                "reason / error"],
               ([r.contract, r.term_end, r.reminder, r.email, r.status, r.locale or "-", r.attempts,
                 r.sent_at.isoformat(timespec="seconds") if r.sent_at else None, r.reason or r.error]
                for r in rows))
