"""The janitor: payments whose outcome the processor never gave are asked again, on a back-off schedule.

After Kill Bill's Janitor. A payment is *in doubt* when

- its authorisation got no answer (payment ``unknown``; or ``authorizing``
  for longer than twice the processor time-out: the process died mid-call), or
- the customer went to a bank or wallet page (not a card form) and never came
  back within :data:`REDIRECT_GRACE` (payment ``created``/``ready``, order
  ``awaiting_payment``).

``reconcile`` asks the method's plugin (hook ``payment_status``, never a
charge) once a payment's next check is due. ``paid`` renews the contract
through ``core.orders.renew_contract`` (same transaction, under the order's
row lock, so a late customer return or notification finds it done);
``failed`` closes the attempt and sends the order back to choosing a method;
``unknown`` (or no answer) waits for the next step of :data:`BACKOFF`. After
the last step the payment is *reported*: it stays in doubt, is listed by
``renewals payments list --status in_doubt`` and is asked again daily.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import msgspec

from core.db.session import unit_of_work
from core.db.tables import Payment, PaymentCheck, RenewalOrder
from core.model import AuthorizationResult, PaymentStatusRequest, PaymentStatusResult
from core.orders import records
from core.orders.payments import processor_timeout
from core.orders.records import lock_order
from core.orders.renewal import renew_contract
from core.orders.states import PAYMENT_TRANSITIONS, check
from core.platform import Platform

log = logging.getLogger(__name__)

BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2),
           timedelta(hours=12))
AFTER_REPORT = timedelta(hours=24)
REDIRECT_GRACE = timedelta(minutes=30)


class Checked(msgspec.Struct, frozen=True):
    order_reference: str
    attempt_id: str
    method_id: str
    answer: str          # paid | failed | unknown
    checks: int
    reported: bool = False


class ReconcileSummary(msgspec.Struct):
    checked: list[Checked] = []
    waiting: int = 0     # in doubt, next check not yet due


async def in_doubt(platform: Platform, now: datetime) -> list[dict]:
    """The current attempts of open orders whose outcome nobody knows (see the module docstring)."""
    rows = await Payment.raw(
        "SELECT p.*, o.reference AS order_reference, o.status AS order_status FROM payment p "
        "JOIN renewal_order o ON o.attempt_id = p.attempt_id "
        "WHERE (o.status = 'processing' AND p.status IN ('unknown', 'authorizing')) "
        "OR (o.status = 'awaiting_payment' AND p.status IN ('created', 'ready')) ORDER BY p.id")
    found = []
    for row in rows:
        method = platform.catalog.methods.get(row["method_id"])
        stamp = records.aware(row["updated_at"] or row["created_at"])
        if row["status"] == "authorizing" and now - stamp <= timedelta(seconds=processor_timeout() * 2):
            continue
        if row["order_status"] == "awaiting_payment" and (
                method is None or method.kind == "card" or now - stamp <= REDIRECT_GRACE):
            continue
        found.append(row)
    return found


async def reconcile(platform: Platform, *, now: datetime) -> ReconcileSummary:
    """Ask about every payment in doubt whose next check is due; returns what each answer did."""
    summary = ReconcileSummary()
    for row in await in_doubt(platform, now):
        schedule = await _schedule(row, now)
        if records.aware(schedule["next_check_at"]) > now:
            summary.waiting += 1
            continue
        result = await _ask(platform, row)
        summary.checked.append(await _apply(row, schedule, result, now))
    return summary


async def _schedule(row: dict, now: datetime) -> dict:
    existing = await PaymentCheck.select().where(PaymentCheck.payment == row["id"]).first()
    if existing is not None:
        return existing
    first = records.aware(row["updated_at"] or row["created_at"])
    # Two janitors (two machines' cron) may meet here: the first row stands.
    await PaymentCheck.raw(
        "INSERT INTO payment_check (payment, checks, first_seen_at, next_check_at) VALUES ({}, 0, {}, {}) "
        "ON CONFLICT (payment) DO NOTHING", row["id"], now, first + BACKOFF[0])
    return await PaymentCheck.select().where(PaymentCheck.payment == row["id"]).first()


async def _ask(platform: Platform, row: dict) -> PaymentStatusResult | None:
    request = PaymentStatusRequest(
        method_id=row["method_id"], attempt_id=row["attempt_id"], idempotency_key=row["idempotency_key"],
        order_reference=row["order_reference"], amount=records.from_minor(row["amount_minor"], row["currency"]),
        currency=row["currency"], token=row["token"], processor_reference=row["processor_reference"])
    call = asyncio.to_thread(platform.plugins.hook.payment_status, request=request)
    try:
        return await asyncio.wait_for(call, timeout=processor_timeout())
    except Exception as error:  # a processor's failure to answer is "still unknown", never "failed"
        log.warning("payment_status for %s (method %s) gave no answer: %s", row["attempt_id"], row["method_id"],
                    type(error).__name__)
        return None


async def _apply(row: dict, schedule: dict, result: PaymentStatusResult | None, now: datetime) -> Checked:
    answer = result.status if result is not None else "unknown"
    checks = schedule["checks"] + 1
    async with unit_of_work(write=True):
        order = await lock_order(row["order_reference"])
        payment = await records.attempt_row(row["attempt_id"])
        still = order["attempt_id"] == row["attempt_id"] and payment["status"] == row["status"]
        if still and answer == "paid":
            await _mark_authorizing(order, payment, now)
            await renew_contract(order["reference"], attempt_id=row["attempt_id"], now=now, result=AuthorizationResult(
                status="approved", processor_reference=result.processor_reference, unified_code=result.unified_code,
                processed_amount=result.processed_amount, processed_currency=result.processed_currency))
        elif still and answer == "failed":
            await _fail(order, payment, result.unified_code or "failed_after_check", now)
        reported = False
        changes = {PaymentCheck.checks: checks, PaymentCheck.last_answer: answer}
        if not still or answer in ("paid", "failed"):
            changes[PaymentCheck.resolved] = answer if still else "moved_on"
        else:
            reported = checks >= len(BACKOFF)
            changes[PaymentCheck.next_check_at] = now + (AFTER_REPORT if reported else BACKOFF[checks])
            if reported and schedule["reported_at"] is None:
                changes[PaymentCheck.reported_at] = now
                log.warning("payment %s of order %s is still in doubt after %d checks: ask the processor's support",
                            row["attempt_id"], row["order_reference"], checks)
        await PaymentCheck.update(changes).where(PaymentCheck.id == schedule["id"])
    return Checked(order_reference=row["order_reference"], attempt_id=row["attempt_id"], method_id=row["method_id"],
                   answer=answer if still else "moved_on", checks=checks, reported=reported)


async def _mark_authorizing(order: dict, payment: dict, now: datetime) -> None:
    """Walk the attempt to ``authorizing`` and the order to ``processing`` through the state machine."""
    status = payment["status"]
    for following in {"created": ("ready", "authorizing"), "ready": ("authorizing",),
                      "unknown": ("authorizing",)}.get(status, ()):
        status = check(status, following, PAYMENT_TRANSITIONS)
    await Payment.update({Payment.status: status, Payment.updated_at: now}).where(Payment.id == payment["id"])
    if order["status"] != "processing":
        check(order["status"], "processing")
        await RenewalOrder.update({RenewalOrder.status: "processing", RenewalOrder.updated_at: now}).where(
            RenewalOrder.id == order["id"])


async def _fail(order: dict, payment: dict, code: str, now: datetime) -> None:
    """Nothing was charged: close the attempt; the order goes back to choosing a method."""
    if payment["status"] in ("created", "ready"):
        final = check(payment["status"], "abandoned", PAYMENT_TRANSITIONS)
    else:
        if payment["status"] == "unknown":
            check("unknown", "authorizing", PAYMENT_TRANSITIONS)
        final = check("authorizing", "declined", PAYMENT_TRANSITIONS)
    await Payment.update({Payment.status: final, Payment.unified_code: code, Payment.updated_at: now}).where(
        Payment.id == payment["id"])
    state = order["status"]
    if state == "processing":
        state = check(state, "declined")
    state = check(state, "choosing_method")
    await RenewalOrder.update({RenewalOrder.status: state, RenewalOrder.attempt_id: None,
                               RenewalOrder.updated_at: now}).where(RenewalOrder.id == order["id"])
