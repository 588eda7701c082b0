"""What finance and support see: offline orders with their money, and payments in doubt.

Statuses (``renewals payments list --status``):

- ``pending``: an offline order waiting for money, nothing received yet;
- ``underpaid``: waiting, with less than due received (``remaining`` shows the rest);
- ``in_doubt``: a payment the processor gave no outcome for (the janitor's list);
- ``settled``: paid in full (``overpaid`` shows money to return);
- ``expired``: the window passed without full payment (``received`` shows money to return).

``to_refund`` lists every sum finance returns, per currency: money refused
(another currency than the order's), money that came after the order closed,
an overpayment, whatever came for an order that expired or was paid another way.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import msgspec

from core.db.tables import OfflineSettlement, PaymentCheck, RenewalOrder
from core.orders import records
from core.platform import Platform
from core.settlement import normalize_reference

#: ``switched``: the customer was given a payment reference, then chose an instant method and has not paid
#: yet (money may still arrive for the reference); ``paid``: such an order paid by that other method
#: (money arriving for the reference is recorded ``after_close``, for finance to refund or apply).
STATUSES = ("pending", "underpaid", "in_doubt", "settled", "expired", "switched", "paid")


class Receipt(msgspec.Struct, frozen=True):
    source: str
    amount: Decimal
    currency: str
    received_on: date
    outcome: str
    reason: str | None
    recorded_at: datetime


class Sum(msgspec.Struct, frozen=True):
    amount: Decimal
    currency: str


class PaymentRow(msgspec.Struct, frozen=True):
    status: str
    order_reference: str
    payment_reference: str | None
    contract_number: str
    country: str
    method_id: str
    amount: Decimal
    currency: str
    received: Decimal
    remaining: Decimal
    overpaid: Decimal | None
    placed_at: datetime
    age_days: int
    expires_at: datetime | None
    checks: int | None = None
    reported: bool = False
    offline_method_id: str | None = None  # the method whose instructions gave the payment reference
    to_refund: list[Sum] = []


class PaymentDetail(msgspec.Struct, frozen=True):
    payment: PaymentRow
    order_state: str
    new_end_date: date | None
    receipts: list[Receipt]


def _status(order: dict, received_minor: int, doubt: bool) -> str | None:
    state = order["status"]
    if doubt:
        return "in_doubt"
    if state == "pending_offline":
        return "underpaid" if received_minor else "pending"
    if state == "settled":
        return "settled"
    if not order["payment_reference"]:
        return None
    if state == "expired":
        return "expired"
    if state == "paid":
        return "paid"
    return "switched"  # choosing a method, at the card form, declined or processing, after an offline placement


async def payments(platform: Platform, *, now: datetime, status: str | None = None,
                   order_reference: str | None = None) -> list[PaymentRow]:
    """Offline orders (and orders with a payment in doubt), oldest first, optionally of one status."""
    from core.offline.janitor import in_doubt, load_janitor_settings

    doubtful = {row["order_reference"]: row for row in await in_doubt(platform, now, load_janitor_settings())}
    query = RenewalOrder.select(*RenewalOrder.all_columns(), RenewalOrder.contract.number,
                                RenewalOrder.contract.country)
    where = RenewalOrder.payment_reference.is_not_null()
    if doubtful:
        where = where | RenewalOrder.reference.is_in(list(doubtful))
    if order_reference:
        where = RenewalOrder.reference == order_reference
    orders = await query.where(where).order_by(RenewalOrder.id)
    money = await _received(order["id"] for order in orders)
    returns = await _not_counted(order["id"] for order in orders)
    checks = await _checks([row["id"] for row in doubtful.values()])
    found = []
    for order in orders:
        received_minor = money.get(order["id"], 0)
        doubt = doubtful.get(order["reference"])
        kind = _status(order, received_minor, doubt is not None)
        if kind is None or (status and kind != status):
            continue
        currency = order["currency"]
        amount = records.from_minor(order["amount_minor"], currency)
        received = records.from_minor(received_minor, currency)
        refund = dict(returns.get(order["id"], {}))  # refused or late money, any currency
        if kind in ("paid", "expired") and received_minor:  # nothing it was sent for will use it
            refund[currency] = refund.get(currency, 0) + received_minor
        elif received_minor > order["amount_minor"]:
            refund[currency] = refund.get(currency, 0) + received_minor - order["amount_minor"]
        placed = records.aware(order["created_at"])
        check = checks.get(doubt["id"]) if doubt else None
        found.append(PaymentRow(
            status=kind, order_reference=order["reference"], payment_reference=order["payment_reference"],
            contract_number=order["contract.number"], country=order["contract.country"],
            method_id=order["method_id"], amount=amount, currency=currency, received=received,
            remaining=max(amount - received, Decimal(0)) if kind not in ("settled", "paid") else Decimal(0),
            overpaid=received - amount if received > amount else None,
            placed_at=placed,
            age_days=(now - placed).days, expires_at=records.aware(order["expires_at"]),
            checks=check["checks"] if check else (0 if doubt else None),
            reported=bool(check and check["reported_at"]), offline_method_id=order["offline_method_id"],
            to_refund=[Sum(amount=records.from_minor(minor, code), currency=code)
                       for code, minor in sorted(refund.items())]))
    return found


async def payment_detail(platform: Platform, reference: str, *, now: datetime) -> PaymentDetail | None:
    """One order by payment reference (``RN-...``) or order reference (``ORD-...``), with every receipt."""
    canonical = normalize_reference(reference)
    where = (RenewalOrder.payment_reference == canonical) if canonical else (RenewalOrder.reference == reference)
    order = await RenewalOrder.select(*RenewalOrder.all_columns(), RenewalOrder.contract.end_date).where(
        where).order_by(RenewalOrder.id, ascending=False).first()
    if order is None:
        return None
    rows = await payments(platform, now=now, order_reference=order["reference"])
    if not rows:
        return None
    receipts = await OfflineSettlement.select().where(OfflineSettlement.order == order["id"]).order_by(
        OfflineSettlement.id)
    return PaymentDetail(
        payment=rows[0], order_state=order["status"],
        new_end_date=records.as_date(order["contract.end_date"]) if order["status"] in ("paid", "settled") else None,
        receipts=[Receipt(source=r["source"], amount=records.from_minor(r["amount_minor"], r["currency"]),
                          currency=r["currency"], received_on=records.as_date(r["received_on"]),
                          outcome=r["outcome"], reason=r["reason"], recorded_at=records.aware(r["created_at"]))
                  for r in receipts])


async def _received(order_ids, outcomes=("settled", "underpaid")) -> dict[int, int]:
    ids = list(order_ids)
    if not ids:
        return {}
    rows = await OfflineSettlement.select(OfflineSettlement.order, OfflineSettlement.amount_minor,
                                          OfflineSettlement.currency, OfflineSettlement.order.currency).where(
        OfflineSettlement.order.is_in(ids) & OfflineSettlement.outcome.is_in(list(outcomes)))
    total: dict[int, int] = {}
    for row in rows:
        if row["currency"] == row["order.currency"]:
            total[row["order"]] = total.get(row["order"], 0) + row["amount_minor"]
    return total


async def _not_counted(order_ids) -> dict[int, dict[str, int]]:
    """Per order and currency, money recorded but counted towards nothing: refused (another currency) or
    arrived after the order closed."""
    ids = list(order_ids)
    if not ids:
        return {}
    rows = await OfflineSettlement.select(OfflineSettlement.order, OfflineSettlement.amount_minor,
                                          OfflineSettlement.currency).where(
        OfflineSettlement.order.is_in(ids) & OfflineSettlement.outcome.is_in(["rejected", "after_close"]))
    total: dict[int, dict[str, int]] = {}
    for row in rows:
        sums = total.setdefault(row["order"], {})
        sums[row["currency"]] = sums.get(row["currency"], 0) + row["amount_minor"]
    return total


async def _checks(payment_ids: list[int]) -> dict[int, dict]:
    if not payment_ids:
        return {}
    rows = await PaymentCheck.select().where(PaymentCheck.payment.is_in(payment_ids))
    return {row["payment"]: row for row in rows}


__all__ = ["STATUSES", "PaymentDetail", "PaymentRow", "Receipt", "Sum", "payment_detail", "payments"]
