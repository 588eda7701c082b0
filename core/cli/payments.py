"""``renewals payments settle|expire|reconcile|list|show``: offline money and payments in doubt, for finance and support."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from decimal import Decimal

import click

from core.cli.domain import run_db
from core.cli.output import DATE, checked_base_url, emit_json, emit_table, friendly_errors
from core.errors import RenewalError
from core.i18n import money
from core.links import base_url as default_base_url
from core.offline import emails, expiry, janitor, listing
from core.offline.settle import settle_payment
from core.operator_text import operator_text


class PaymentNotFound(RenewalError):
    message_id = "error-payment-not-found"


@click.group()
def payments() -> None:
    """Offline payments (wire, check, PayPal, PayNearMe) and payments in doubt."""


@payments.command("settle")
@click.argument("reference")
@click.option("--amount", required=True, help="Amount received, e.g. 1234.50 (a dot for decimals).")
@click.option("--currency", required=True, help="ISO code of the money received, e.g. EUR.")
@click.option("--received-on", "received_on", type=DATE, default=None, help="Day the money arrived (default: today).")
@click.option("--statement-line", "line", default=None,
              help="Id of the bank statement line or deposit; needed only when two equal sums arrive on one day "
                   "(without it, the same reference, amount, currency and day count as one report).")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@click.pass_obj
@friendly_errors
def settle_command(ctx, reference: str, amount: str, currency: str, received_on: date | None, line: str | None,
                   as_json: bool) -> None:
    """Record money received for payment REFERENCE; exact or more settles and renews the contract.

    Exit status 0 when the money settled the order, is part of it (underpaid) or was already
    recorded; 1 when it was recorded but settles nothing (another currency, an order already
    closed): finance must act on it; 2 on an error (unknown reference, unreadable amount).
    """
    now = datetime.now(UTC)
    platform = ctx.platform()

    async def work():
        outcome = await settle_payment(reference, amount, currency, received_on=received_on or now.date(),
                                       platform=platform, now=now, event_id=line)
        if outcome.outcome == "underpaid":  # the customer learns what arrived and what is still due
            await emails.email_now("underpaid", outcome.order_reference, platform, now=now)
        return outcome

    outcome = run_db(work)
    if as_json:
        emit_json(outcome)
        sys.exit(1 if outcome.outcome in NEEDS_FINANCE else 0)
    common = {"reference": outcome.payment_reference, "currency": outcome.currency,
              "due": _amount(outcome.due, outcome.currency), "received": _amount(outcome.received, outcome.currency),
              "remaining": _amount(outcome.remaining, outcome.currency), "reason": outcome.reason or ""}
    if outcome.outcome == "settled":
        click.echo(operator_text("payments-settled", contract=outcome.contract_number,
                                 end=outcome.new_end_date.isoformat() if outcome.new_end_date else "-", **common))
        if outcome.overpaid:
            click.echo(operator_text("payments-overpaid", overpaid=_amount(outcome.overpaid, outcome.currency),
                                     **common))
    else:
        message = {"underpaid": "payments-underpaid", "rejected": "payments-rejected",
                   "duplicate": "payments-duplicate", "after_close": "payments-after-close"}[outcome.outcome]
        click.echo(operator_text(message, **common))
    sys.exit(1 if outcome.outcome in NEEDS_FINANCE else 0)


NEEDS_FINANCE = frozenset({"rejected", "after_close"})  # recorded, but it settles nothing: exit status 1


OPERATOR_LOCALE = "en"  # operator text is English (core/messages/operator.ftl)


def _amount(value: Decimal, currency: str) -> str:
    """An amount as every other screen writes it (the one money function, in English): €0.00, never 0 EUR."""
    return money(value, currency, OPERATOR_LOCALE)


@payments.command("expire")
@click.option("--today", "today", type=DATE, default=None, help="Business day to run for (default: today, UTC).")
@click.option("--base-url", default=None, callback=checked_base_url,
              help="Public address of the checkout, http:// or https:// (default: $RENEWALS_BASE_URL).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def expire_command(ctx, today: date | None, base_url: str | None, as_json: bool) -> None:
    """Expire pending offline orders whose last day has passed and email their contacts (run daily)."""
    from core.notices.settings import load_mail_settings
    from core.notices.transports import transport_for

    day = today or datetime.now(UTC).date()
    now = datetime.combine(day, datetime.now(UTC).timetz()) if today else datetime.now(UTC)
    platform = ctx.platform()
    settings = load_mail_settings()
    transport = transport_for(settings)
    translator = emails.email_translator(platform.catalog)
    base = (base_url or default_base_url()).rstrip("/")

    async def work():
        expired = await expiry.expire_due(today=day, now=now)
        sent = emails.EmailSummary()
        try:
            for kind in emails.KINDS:
                owed: list[tuple[str, int | None]] = list(await emails.owed(kind))
                if kind == "expired":
                    owed += [(e.order_reference, None) for e in expired]  # None: the order's placement
                for reference, occasion in sorted(set(owed), key=lambda pair: (pair[0], pair[1] or 0)):
                    result = await emails.send_order_email(kind, reference, platform=platform, translator=translator,
                                                           settings=settings, transport=transport, base_url=base,
                                                           now=now, occasion=occasion)
                    sent.sent, sent.failed = sent.sent + result.sent, sent.failed + result.failed
        finally:
            await transport.close()
        return expired, sent

    expired, sent = run_db(work)
    if as_json:
        emit_json({"day": day, "expired": expired, "emails_sent": sent.sent, "emails_failed": sent.failed})
    else:
        click.echo(operator_text("payments-expired", count=len(expired), day=day.isoformat()))
        if expired:
            emit_table(["order", "reference", "method", "expired_after"],
                       ([e.order_reference, e.payment_reference, e.method_id, e.expires_at.date().isoformat()]
                        for e in expired))
        click.echo(operator_text("payments-emails", sent=sent.sent, failed=sent.failed))
    sys.exit(1 if sent.failed else 0)


@payments.command("reconcile")
@click.option("--now", "at", type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]),
              default=None, help="Moment to run as, UTC (default: now); e.g. 2026-11-25T10:00.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def reconcile_command(ctx, at: datetime | None, as_json: bool) -> None:
    """Ask processors again about payments in doubt whose next check is due (run every few minutes)."""
    now = at.replace(tzinfo=UTC) if at else datetime.now(UTC)
    settings = janitor.load_janitor_settings()  # a bad schedule is refused before the database is opened
    platform = ctx.platform()
    summary = run_db(lambda: janitor.reconcile(platform, now=now, settings=settings))
    if as_json:
        emit_json(summary)
        return
    counts = {answer: sum(1 for c in summary.checked if c.answer == answer) for answer in ("paid", "failed", "unknown")}
    click.echo(operator_text("payments-reconciled", checked=len(summary.checked), waiting=summary.waiting, **counts))
    for checked in summary.checked:
        if checked.reported:
            click.echo(operator_text("payments-reported", checks=checked.checks, order=checked.order_reference,
                                     method=checked.method_id, attempt=checked.attempt_id))


@payments.command("list")
@click.option("--status", type=click.Choice(listing.STATUSES), default=None, help="Only payments in this status.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def list_command(ctx, status: str | None, as_json: bool) -> None:
    """Offline orders and payments in doubt, oldest first, with their age and money."""
    now = datetime.now(UTC)
    platform = ctx.platform()
    rows = run_db(lambda: listing.payments(platform, now=now, status=status))
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(operator_text("payments-none"))
        return
    emit_table(["status", "reference", "order", "contract", "method", "due", "received", "remaining", "to_refund",
                "age_days", "expires"],
               ([r.status, r.payment_reference, r.order_reference, r.contract_number,
                 r.offline_method_id or r.method_id, _amount(r.amount, r.currency), _amount(r.received, r.currency), _amount(r.remaining, r.currency),
                 _refund(r), r.age_days, r.expires_at.date().isoformat() if r.expires_at else None] for r in rows))


def _refund(row: listing.PaymentRow) -> str | None:
    """Money finance returns, per currency: refused or late money, an overpayment, or whatever came for an
    order that expired or was paid another way (``listing.PaymentRow.to_refund``)."""
    return " + ".join(_amount(s.amount, s.currency) for s in row.to_refund) or None


def show_rows(detail: listing.PaymentDetail) -> list[list]:
    """``payments show``'s fields: ``method`` is the offline method the payment reference was issued for;
    ``paid_with`` what paid the order (the same, or the card or bank the customer switched to), once paid."""
    p = detail.payment
    paid = detail.order_state in ("paid", "settled")
    return [
        ["status", p.status], ["order_state", detail.order_state], ["payment_reference", p.payment_reference],
        ["order", p.order_reference], ["contract", p.contract_number], ["country", p.country],
        ["method", p.offline_method_id or p.method_id], ["paid_with", p.method_id if paid else None],
        ["due", _amount(p.amount, p.currency)], ["received", _amount(p.received, p.currency)],
        ["remaining", _amount(p.remaining, p.currency)],
        ["overpaid", _amount(p.overpaid, p.currency) if p.overpaid else None], ["to_refund", _refund(p)],
        ["placed", p.placed_at.isoformat()], ["age_days", p.age_days],
        ["expires", p.expires_at.isoformat() if p.expires_at else None],
        ["new_end_date", detail.new_end_date.isoformat() if detail.new_end_date else None]]


@payments.command("show")
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def show_command(ctx, reference: str, as_json: bool) -> None:
    """One offline order (by RN-... payment or ORD-... order reference) with every sum received."""
    now = datetime.now(UTC)
    platform = ctx.platform()
    detail = run_db(lambda: listing.payment_detail(platform, reference, now=now))
    if detail is None:
        raise PaymentNotFound(reference=reference)
    if as_json:
        emit_json(detail)
        return
    emit_table(["field", "value"], show_rows(detail))
    if detail.receipts:
        emit_table(["recorded", "source", "amount", "received_on", "outcome", "reason"],
                   ([r.recorded_at.isoformat(), r.source, _amount(r.amount, r.currency), r.received_on.isoformat(),
                     r.outcome, r.reason] for r in detail.receipts))


__all__ = ["payments"]
