"""The janitor: payments whose outcome the processor never gave are asked again, on a back-off schedule.

After Kill Bill's Janitor. A payment is *in doubt* when

- its authorisation got no answer (payment ``unknown``; or ``authorizing``
  for longer than twice the processor time-out: the process died mid-call), or
- the customer went to a bank or wallet page (not a card form) and never came
  back within the redirect grace (payment ``created``/``ready``, order
  ``awaiting_payment``).

``reconcile`` asks the method's plugin (hook ``payment_status``, never a
charge) once a payment's next check is due. ``paid`` renews the contract
through ``core.orders.renew_contract`` (same transaction, under the order's
row lock, so a late customer return or notification finds it done);
``failed`` closes the attempt and sends the order back to choosing a method;
``unknown`` (or no answer) waits for the next step of the back-off. After
the last step the payment is *reported*: it stays in doubt, is listed by
``renewals payments list --status in_doubt`` and is asked again every
reporting interval (daily by default).

The schedule is :class:`JanitorSettings`, read from the environment by
:func:`load_janitor_settings` (``RENEWALS_RECONCILE_BACKOFF_MINUTES``,
``RENEWALS_RECONCILE_REPORTED_EVERY_MINUTES``,
``RENEWALS_RECONCILE_REDIRECT_GRACE_MINUTES``; defaults in the README).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from datetime import datetime, timedelta

import msgspec

from core.db.session import unit_of_work
from core.db.tables import Payment, PaymentCheck, RenewalOrder
from core.errors import RenewalError
from core.model import AuthorizationResult, PaymentStatusRequest, PaymentStatusResult
from core.orders import records
from core.orders.payments import processor_timeout
from core.orders.records import lock_order
from core.orders.renewal import renew_contract
from core.orders.states import PAYMENT_TRANSITIONS, check
from core.platform import Platform

log = logging.getLogger(__name__)

BACKOFF_ENV = "RENEWALS_RECONCILE_BACKOFF_MINUTES"
REPORTED_EVERY_ENV = "RENEWALS_RECONCILE_REPORTED_EVERY_MINUTES"
REDIRECT_GRACE_ENV = "RENEWALS_RECONCILE_REDIRECT_GRACE_MINUTES"
DEFAULT_BACKOFF_MINUTES = "1,5,30,120,720"
DEFAULT_REPORTED_EVERY_MINUTES = "1440"
DEFAULT_REDIRECT_GRACE_MINUTES = "30"
_MOST_MINUTES = 60 * 24 * 366  # a step longer than a year is a typo (and past what a timedelta sum should hold)


class JanitorSettingError(RenewalError):
    message_id = "error-setting"


class JanitorSettings(msgspec.Struct, frozen=True):
    """When the janitor asks again: after each step of ``backoff`` (from the payment's last change, then
    from the previous check), every ``reported_every`` once the steps are used up; a bank or wallet page
    counts as abandoned after ``redirect_grace``."""

    backoff: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30),
                                      timedelta(hours=2), timedelta(hours=12))
    reported_every: timedelta = timedelta(hours=24)
    redirect_grace: timedelta = timedelta(minutes=30)


DEFAULTS = JanitorSettings()


def _minutes(name: str, raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or not 1 <= int(text) <= _MOST_MINUTES:
        raise JanitorSettingError(name=name, value=raw, expected=f"a whole number of minutes from 1 to {_MOST_MINUTES}")
    return int(text)


def load_janitor_settings(env: Mapping[str, str] | None = None) -> JanitorSettings:
    """The janitor's schedule from the environment; SettingError names the variable and what to write."""
    env = os.environ if env is None else env
    raw = env.get(BACKOFF_ENV, DEFAULT_BACKOFF_MINUTES)
    expected = (f"whole minutes from 1 to {_MOST_MINUTES}, separated by commas, each at least the one before "
                f"(default {DEFAULT_BACKOFF_MINUTES})")
    try:
        steps = [_minutes(BACKOFF_ENV, part) for part in raw.split(",")]
    except JanitorSettingError:
        raise JanitorSettingError(name=BACKOFF_ENV, value=raw, expected=expected) from None
    if any(later < earlier for earlier, later in zip(steps, steps[1:])):
        raise JanitorSettingError(name=BACKOFF_ENV, value=raw, expected=expected)
    return JanitorSettings(
        backoff=tuple(timedelta(minutes=step) for step in steps),
        reported_every=timedelta(minutes=_minutes(REPORTED_EVERY_ENV,
                                                  env.get(REPORTED_EVERY_ENV, DEFAULT_REPORTED_EVERY_MINUTES))),
        redirect_grace=timedelta(minutes=_minutes(REDIRECT_GRACE_ENV,
                                                  env.get(REDIRECT_GRACE_ENV, DEFAULT_REDIRECT_GRACE_MINUTES))))


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


async def in_doubt(platform: Platform, now: datetime, settings: JanitorSettings = DEFAULTS) -> list[dict]:
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
                method is None or method.kind == "card" or now - stamp <= settings.redirect_grace):
            continue
        found.append(row)
    return found


async def reconcile(platform: Platform, *, now: datetime, settings: JanitorSettings | None = None) -> ReconcileSummary:
    """Ask about every payment in doubt whose next check is due; returns what each answer did.

    ``settings`` defaults to :func:`load_janitor_settings` (read before anything is asked)."""
    settings = settings or load_janitor_settings()
    summary = ReconcileSummary()
    for row in await in_doubt(platform, now, settings):
        schedule = await _schedule(row, now, settings)
        if records.aware(schedule["next_check_at"]) > now:
            summary.waiting += 1
            continue
        result = await _ask(platform, row)
        summary.checked.append(await _apply(row, schedule, result, now, settings))
    return summary


async def _schedule(row: dict, now: datetime, settings: JanitorSettings) -> dict:
    existing = await PaymentCheck.select().where(PaymentCheck.payment == row["id"]).first()
    if existing is not None:
        return existing
    first = records.aware(row["updated_at"] or row["created_at"])
    # Two janitors (two machines' cron) may meet here: the first row stands.
    await PaymentCheck.raw(
        "INSERT INTO payment_check (payment, checks, first_seen_at, next_check_at) VALUES ({}, 0, {}, {}) "
        "ON CONFLICT (payment) DO NOTHING", row["id"], now, first + settings.backoff[0])
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


async def _apply(row: dict, schedule: dict, result: PaymentStatusResult | None, now: datetime,
                 settings: JanitorSettings) -> Checked:
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
            reported = checks >= len(settings.backoff)
            changes[PaymentCheck.next_check_at] = now + (
                settings.reported_every if reported else settings.backoff[checks])
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
    # The failed attempt stays the order's last one until the customer chooses again: the review
    # page reads it (payment_not_completed) to say what happened.
    await RenewalOrder.update({RenewalOrder.status: state, RenewalOrder.updated_at: now}).where(
        RenewalOrder.id == order["id"])


async def payment_not_completed(order_reference: str) -> bool:
    """The order is back at choosing a method because the janitor found its last payment failed
    (the customer saw "processing" and must now learn that no money was taken)."""
    rows = await RenewalOrder.raw(
        "SELECT 1 AS found FROM renewal_order o JOIN payment p ON p.attempt_id = o.attempt_id "
        "JOIN payment_check c ON c.payment = p.id "
        "WHERE o.reference = {} AND o.status = 'choosing_method' AND c.resolved = 'failed'", order_reference)
    return bool(rows)
