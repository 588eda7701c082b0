"""Paying an order: charge once, renew once, whatever the customer's browser does.

Three steps, so no database lock is held while the processor thinks (a slow
processor must not stall every other checkout, and a sandbox keeps its own
state in the same database):

1. lock the order; only the request that finds the attempt ready (or
   waiting after a processor error) claims it (``authorizing``, order
   ``processing``); every other request (a double click, a second tab, 49 of
   50 concurrent requests) gets the order's page without charging;
2. ask the processor (hook ``authorize_payment``) with the attempt's
   idempotency key, within ``RENEWALS_PROCESSOR_TIMEOUT_SECONDS``;
3. lock the order again and record the answer: approved renews the
   contract (:func:`core.orders.renewal.renew_contract`, same transaction),
   declined leaves the contract as it was and the order on its Declined page;
   no answer (error, exception, time-out) leaves it ``processing``: asking
   again later uses the same key, so the processor replays its first answer
   and never charges twice.
"""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import datetime, timedelta

from core.clock import utc_now
from core.db.session import unit_of_work
from core.db.tables import Payment, RenewalOrder
from core.model import AuthorizationRequest, AuthorizationResult
from core.orders import records
from core.orders.records import OrderView, lock_contract, lock_order
from core.orders.renewal import renew_contract
from core.orders.service import order_view, quote_usable
from core.orders.states import PAYMENT_TRANSITIONS, check
from core.platform import Platform
from core.renewals.quote_store import load_quote

log = logging.getLogger(__name__)

TIMEOUT_ENV = "RENEWALS_PROCESSOR_TIMEOUT_SECONDS"
DEFAULT_TIMEOUT_SECONDS = 30.0


def processor_timeout() -> float:
    """How long the checkout waits for the processor before treating the answer as unknown."""
    try:
        return max(0.1, float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_SECONDS)))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


async def pay(reference: str, attempt_id: str, *, platform: Platform, now: datetime | None = None) -> OrderView:
    """Charge the order's ready attempt once (see the module docstring); returns the page to show.

    Also the retry: for an order left ``processing`` without an answer, it
    asks the processor again with the same idempotency key.
    """
    now = now or utc_now()
    request = await _claim(reference, attempt_id, now)
    if request is None:
        return await order_view(reference, platform)
    result = await _authorize(platform, request)
    await _record(reference, attempt_id, result, now)
    return await order_view(reference, platform)


async def refresh(reference: str, *, platform: Platform, now: datetime | None = None) -> OrderView:
    """The processing page's reload: ask the processor again when the last answer never came."""
    view = await order_view(reference, platform)
    if view.state == "processing" and view.attempt_id:
        return await pay(reference, view.attempt_id, platform=platform, now=now)
    return view


async def _claim(reference: str, attempt_id: str, now: datetime) -> AuthorizationRequest | None:
    async with unit_of_work(write=True):
        order = await lock_order(reference)
        if order is None:
            raise records.OrderNotFound(reference=reference)
        payment = await records.attempt_row(order["attempt_id"])
        if payment is None or order["attempt_id"] != attempt_id:
            return None  # a form from an earlier attempt never pays
        fresh = order["status"] == "awaiting_payment" and payment["status"] == "ready"
        stuck = order["status"] == "processing" and (
            payment["status"] == "unknown"
            or (payment["status"] == "authorizing" and _older_than(payment["updated_at"], now, processor_timeout() * 2)))
        if not (fresh or stuck):
            return None
        if fresh:
            contract = await lock_contract(order["contract"])
            if quote_usable(await load_quote(order["quote"]), contract, now) is not None:
                check(order["status"], "expired")  # re-quote rather than charge an old rate
                await Payment.update({Payment.status: "abandoned", Payment.updated_at: now}).where(
                    Payment.id == payment["id"])
                await RenewalOrder.update({RenewalOrder.status: "expired", RenewalOrder.updated_at: now}).where(
                    RenewalOrder.id == order["id"])
                return None
            check(order["status"], "processing")
        check(payment["status"], "authorizing", PAYMENT_TRANSITIONS)
        await Payment.update({Payment.status: "authorizing", Payment.tries: payment["tries"] + 1,
                              Payment.updated_at: now}).where(Payment.id == payment["id"])
        await RenewalOrder.update({RenewalOrder.status: "processing", RenewalOrder.updated_at: now}).where(
            RenewalOrder.id == order["id"])
        return AuthorizationRequest(
            method_id=payment["method_id"], token=payment["token"] or "",
            amount=records.from_minor(payment["amount_minor"], payment["currency"]), currency=payment["currency"],
            order_reference=reference, idempotency_key=payment["idempotency_key"],
        )


async def _authorize(platform: Platform, request: AuthorizationRequest) -> AuthorizationResult | None:
    """The processor's answer, or None when it gave none (exception or time-out)."""
    call = asyncio.to_thread(platform.plugins.hook.authorize_payment, request=request)
    try:
        return await asyncio.wait_for(call, timeout=processor_timeout())
    except TimeoutError:
        log.warning("processor gave no answer in time for order %s (method %s); the order waits as processing",
                    request.order_reference, request.method_id)
    except Exception as error:  # third-party code: its failure is "no answer", never a decline
        log.warning("processor failed for order %s (method %s): %s; the order waits as processing",
                    request.order_reference, request.method_id, type(error).__name__)
    return None


async def _record(reference: str, attempt_id: str, result: AuthorizationResult | None, now: datetime) -> None:
    async with unit_of_work(write=True):
        order = await lock_order(reference)
        payment = await records.attempt_row(attempt_id)
        if payment is None or payment["status"] != "authorizing":
            return  # another request recorded this attempt's answer already
        if result is not None and result.status == "approved":
            await renew_contract(reference, attempt_id=attempt_id, result=result, now=now)
            return
        codes = {Payment.decline_code: result.decline_code if result else None,
                 Payment.unified_code: (result.unified_code if result else None) or "no_answer",
                 Payment.updated_at: now}
        if result is not None and result.status == "declined":
            check(payment["status"], "declined", PAYMENT_TRANSITIONS)
            check(order["status"], "declined")
            await Payment.update({Payment.status: "declined", **codes}).where(Payment.id == payment["id"])
            await RenewalOrder.update({RenewalOrder.status: "declined", RenewalOrder.updated_at: now}).where(
                RenewalOrder.id == order["id"])
            return
        check(payment["status"], "unknown", PAYMENT_TRANSITIONS)
        await Payment.update({Payment.status: "unknown", **codes}).where(Payment.id == payment["id"])


async def payment_notified(attempt_id: str, *, platform: Platform, token: str,
                           now: datetime | None = None) -> OrderView:
    """A processor's verified notification for an attempt: the same as the customer's return."""
    from core.orders.service import payment_returned

    return (await payment_returned(attempt_id, platform=platform, token=token, now=now)).view


def _older_than(value, now: datetime, seconds: float) -> bool:
    stamp = records.aware(value)
    return stamp is None or now - stamp > timedelta(seconds=seconds)
