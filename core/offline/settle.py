"""Money that arrived for an offline order: recorded once, judged by the plugin, renewing once.

Every sum is a row of ``offline_settlement`` with a unique ``event_key``: the
processor's event id for a notification, or reference + currency + amount +
day for an operator. Under the order's row lock (``core.orders.records``)
the first report of a sum is recorded and judged; a replay finds its key and
changes nothing. An operator reporting money a notification already settled
(same amount and currency) finds the order settled by that sum and changes
nothing either. Money arriving for an order no longer pending is recorded as
``after_close`` for finance to return.

A customer who placed an order offline and then went back to pay another
way keeps the order's payment reference (and ``offline_method_id``, the
method whose instructions gave it): money sent with it later is never
refused as unknown. While the order is unpaid (choosing a method, at the
card form, declined) the offline method's plugin judges it as before and
it may settle the order (the open attempt is closed, so the card form can
no longer charge). Once the order was paid another way, or while a card
payment is in flight (``processing``), the money is recorded as
``after_close`` for finance to refund or apply.

Partial payments add up: the plugin sees everything received so far in the
order's currency, so a second transfer for the missing part settles it.
Part of the money arriving for an order the customer had switched away from
puts it back on the offline method (its open card form closed): once money
arrived, the rest comes the same way (``core.orders.choose_method``).
"""

from __future__ import annotations

import asyncio
import re
import secrets
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

import msgspec

from core.db.session import unit_of_work
from core.db.tables import Contract, OfflineSettlement, Payment, RenewalOrder
from core.errors import RenewalError, UnknownCurrency
from core.model import AuthorizationResult, SettlementNotice
from core.money import minor_units
from core.orders import records
from core.orders.records import lock_order
from core.orders.renewal import renew_contract
from core.orders.states import PAYMENT_TRANSITIONS, check
from core.platform import Platform
from core.settlement import normalize_reference

#: Orders money for their payment reference may still settle: placed offline, or switched away from it unpaid.
UNPAID_STATES = frozenset({"pending_offline", "choosing_method", "awaiting_payment", "declined"})
MAX_SETTLEMENT_DIGITS = 12  # whole-unit digits: up to 999,999,999,999.99, far above any renewal, inside a 64-bit minor amount
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234.50: commas only as thousands separators


class BadPaymentReference(RenewalError):
    message_id = "error-payment-reference"


class UnknownPaymentReference(RenewalError):
    message_id = "error-payment-reference-unknown"


class BadSettlementAmount(RenewalError):
    message_id = "error-settlement-amount"


class SettlementAmountTooLarge(RenewalError):
    message_id = "error-settlement-amount-too-large"


class EventOfAnotherOrder(RenewalError):
    """An event id (a processor's, or a bank statement line) already recorded money for another order."""

    message_id = "error-settlement-event-reused"


class FutureReceipt(RenewalError):
    message_id = "error-settlement-future"


class ReceiptBeforeOrder(RenewalError):
    """Money cannot have arrived for a payment reference before the order that gave it existed."""

    message_id = "error-settlement-before-order"


class NoSettlementRule(RenewalError):
    message_id = "error-settlement-no-plugin"


class WrongMethod(RenewalError):
    """A processor reported money for another method's order (its notification is not trusted for it)."""

    message_id = "error-settlement-wrong-method"


class SettlementOutcome(msgspec.Struct, frozen=True):
    """What happened to one report of money (printed by the CLI, answered to a processor)."""

    outcome: str
    payment_reference: str
    order_reference: str
    contract_number: str
    currency: str
    due: Decimal
    received: Decimal
    remaining: Decimal
    overpaid: Decimal | None = None
    reason: str | None = None
    new_end_date: date | None = None


def parse_amount(text: str | Decimal, currency: str) -> Decimal:
    """A positive amount with no more decimals than the currency has; BadSettlementAmount otherwise."""
    raw = str(text).strip()
    if "," in raw and not _GROUPED.match(raw) or not isinstance(text, Decimal) and not _PLAIN.match(
            raw.replace(",", "")):  # "1234,50" is a decimal comma (never 123450); "1e5", "0x10", "+5" are no amounts
        raise BadSettlementAmount(amount=raw, currency=currency, places=minor_units(currency))
    try:
        amount = text if isinstance(text, Decimal) else Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise BadSettlementAmount(amount=str(text), currency=currency, places=minor_units(currency)) from None
    if not amount.is_finite() or amount <= 0 or -amount.as_tuple().exponent > minor_units(currency):
        raise BadSettlementAmount(amount=str(text), currency=currency, places=minor_units(currency))
    if amount.adjusted() >= MAX_SETTLEMENT_DIGITS:  # 1e400 or 26 nines: a typo, and past what the ledger can hold
        raise SettlementAmountTooLarge(amount=str(text), currency=currency, digits=MAX_SETTLEMENT_DIGITS)
    return amount


async def find_order_reference(payment_reference: str) -> tuple[str, str]:
    """(canonical payment reference, order reference) for a typed reference."""
    canonical = normalize_reference(payment_reference)
    if canonical is None:
        raise BadPaymentReference(reference=payment_reference)
    rows = await RenewalOrder.select(RenewalOrder.reference, RenewalOrder.status).where(
        RenewalOrder.payment_reference == canonical).order_by(RenewalOrder.id, ascending=False)
    if not rows:
        raise UnknownPaymentReference(reference=canonical)
    pending = [row for row in rows if row["status"] == "pending_offline"]
    return canonical, (pending or rows)[0]["reference"]


async def settle_payment(payment_reference: str, amount: Decimal | str, currency: str, *, received_on: date,
                         platform: Platform, now: datetime, source: str = "operator",
                         event_id: str | None = None) -> SettlementOutcome:
    """Record money for the order paid under ``payment_reference`` and settle it when the plugin says so."""
    currency = (currency or "").strip().upper()
    if currency not in platform.catalog.currencies:  # money in a currency no plugin knows is a typo
        raise UnknownCurrency(currency=currency)
    amount = parse_amount(amount, currency)
    if received_on > now.date() + timedelta(days=1):  # a day of slack for time zones
        raise FutureReceipt(day=received_on.isoformat(), today=now.date().isoformat())
    canonical, order_reference = await find_order_reference(payment_reference)
    amount_minor = records.to_minor(amount, currency)
    event_key = f"{source}:{event_id}" if event_id else \
        f"{source}:{canonical}:{currency}:{amount_minor}:{received_on.isoformat()}"
    async with unit_of_work(write=True):
        order = await lock_order(order_reference)
        placed = records.aware(order["created_at"]).date()
        if received_on < placed - timedelta(days=1):  # a day of slack for time zones, as for the future
            raise ReceiptBeforeOrder(day=received_on.isoformat(), placed=placed.isoformat(), reference=canonical,
                                     order=order_reference)
        offline_method = order["offline_method_id"] or order["method_id"]
        if source != "operator" and offline_method != source:
            raise WrongMethod(reference=canonical, method=offline_method, source=source)
        rows = await OfflineSettlement.select().where(OfflineSettlement.order == order["id"])
        number = await _contract_number(order["contract"])
        due = records.from_minor(order["amount_minor"], order["currency"])

        def outcome(kind: str, received_minor: int, **extra) -> SettlementOutcome:
            received = records.from_minor(received_minor, order["currency"])
            return SettlementOutcome(
                outcome=kind, payment_reference=canonical, order_reference=order_reference, contract_number=number,
                currency=order["currency"], due=due, received=received, remaining=max(due - received, Decimal(0)),
                **extra)

        other = await OfflineSettlement.select(OfflineSettlement.order.reference).where(
            (OfflineSettlement.event_key == event_key) & (OfflineSettlement.order != order["id"])).first()
        if other is not None:
            raise EventOfAnotherOrder(event=event_key, reference=canonical, order=other["order.reference"])
        counted = sum(r["amount_minor"] for r in rows
                      if r["outcome"] in ("underpaid", "settled") and r["currency"] == order["currency"])
        if any(r["event_key"] == event_key for r in rows) or _already_settled_by(order, rows, currency, amount_minor):
            return outcome("duplicate", counted)
        record = {"order": order["id"], "event_key": event_key, "source": source, "method_id": offline_method,
                  "currency": currency, "amount_minor": amount_minor, "received_on": received_on, "created_at": now}
        if order["status"] not in UNPAID_STATES:
            await OfflineSettlement.insert(OfflineSettlement(**record, outcome="after_close", reason=order["status"]))
            return outcome("after_close", counted, reason=order["status"])
        total_minor = counted + amount_minor if currency == order["currency"] else amount_minor
        notice = SettlementNotice(
            method_id=offline_method, payment_reference=canonical,
            amount=records.from_minor(total_minor, currency), currency=currency, received_on=received_on,
            expected_amount=due, expected_currency=order["currency"])
        verdict = await asyncio.to_thread(platform.plugins.hook.settle_offline_payment, notice=notice)
        if verdict is None:
            raise NoSettlementRule(method=offline_method, reference=canonical)
        overpaid_minor = total_minor - order["amount_minor"] if verdict.status == "settled" else None
        await OfflineSettlement.insert(OfflineSettlement(
            **record, outcome=verdict.status, reason=verdict.reason,
            overpaid_minor=overpaid_minor if overpaid_minor else None))
        if verdict.status == "rejected":
            return outcome("rejected", counted, reason=verdict.reason)
        if verdict.status == "underpaid":
            if order["status"] != "pending_offline":
                await _back_to_offline(order, offline_method, platform, now)
            return outcome("underpaid", total_minor, reason=verdict.reason)
        await _renew(order, offline_method, total_minor, currency, event_key, now)
        end = await _contract_end(order["contract"])
        return outcome("settled", total_minor, new_end_date=end,
                       overpaid=records.from_minor(overpaid_minor, currency) if overpaid_minor else None)


def _already_settled_by(order: dict, rows: list[dict], currency: str, amount_minor: int) -> bool:
    """The same money reported a second time (by the other channel) for an order it settled."""
    return order["status"] == "settled" and any(
        r["outcome"] == "settled" and r["currency"] == currency and r["amount_minor"] == amount_minor for r in rows)


async def _close_open_attempt(order: dict, now: datetime) -> None:
    """The order's attempt still waiting for a card or a bank (created/ready) is abandoned: offline money pays it."""
    open_attempt = await records.attempt_row(order["attempt_id"])
    if open_attempt is not None and open_attempt["status"] in ("created", "ready"):
        check(open_attempt["status"], "abandoned", PAYMENT_TRANSITIONS)
        await Payment.update({Payment.status: "abandoned", Payment.updated_at: now}).where(
            Payment.id == open_attempt["id"])


async def _back_to_offline(order: dict, method_id: str, platform: Platform, now: datetime) -> None:
    """Part of the money arrived for an order the customer had switched away from: it waits for the rest
    by the offline method again (its instructions, for the rest, on the order's page). The open attempt is
    closed: a card must not charge the full amount on top of money already received."""
    await _close_open_attempt(order, now)
    method = platform.catalog.methods.get(method_id)
    days = method.offline_expiry_days if method is not None else None
    check(order["status"], "pending_offline")
    await RenewalOrder.update({
        RenewalOrder.status: "pending_offline", RenewalOrder.method_id: method_id, RenewalOrder.attempt_id: None,
        RenewalOrder.expires_at: now + timedelta(days=days) if days else None, RenewalOrder.updated_at: now,
    }).where(RenewalOrder.id == order["id"])


async def _renew(order: dict, method_id: str, total_minor: int, currency: str, event_key: str, now: datetime) -> None:
    """A payment row for the settled money, then the one renewal of ``core.orders`` (same transaction).

    An order the customer had switched to another method is paid by the offline money: its open
    attempt (a card form) is closed first, so it can never charge as well."""
    await _close_open_attempt(order, now)
    attempt_id = "off_" + secrets.token_urlsafe(18)
    await Payment.insert(Payment(
        order=order["id"], idempotency_key=f"{order['reference']}-settle-{secrets.token_hex(6)}",
        attempt_id=attempt_id, method_id=method_id, status="authorizing", currency=order["currency"],
        amount_minor=order["amount_minor"], created_at=now, updated_at=now,
    ))
    await RenewalOrder.update({RenewalOrder.attempt_id: attempt_id, RenewalOrder.method_id: method_id}).where(
        RenewalOrder.id == order["id"])
    result = AuthorizationResult(status="approved", processor_reference=event_key[:80],
                                 processed_amount=records.from_minor(total_minor, currency),
                                 processed_currency=currency)
    await renew_contract(order["reference"], attempt_id=attempt_id, result=result, now=now, order_state="settled")


async def _contract_number(contract_id: int) -> str:
    row = await Contract.select(Contract.number).where(Contract.id == contract_id).first()
    return row["number"]


async def _contract_end(contract_id: int) -> date:
    row = await Contract.select(Contract.end_date).where(Contract.id == contract_id).first()
    return records.as_date(row["end_date"])
