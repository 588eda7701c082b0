"""Reading orders and attempts, locking them, and what the checkout is told.

:func:`lock_order` is the row lock every change takes first: PostgreSQL's
``SELECT ... FOR UPDATE``; on SQLite the caller's IMMEDIATE write
transaction already holds the database's write lock. Two requests for one
order therefore change it one after the other, each seeing the other's
result.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import msgspec
from piccolo.engine.postgres import PostgresEngine

from core.db.session import engine
from core.db.tables import Contract, OfflineSettlement, Payment, RenewalOrder
from core.errors import RenewalError
from core.money import minor_units, quantize
from core.orders.states import OrderState, page_for


class OrderNotFound(RenewalError):
    message_id = "error-order-not-found"


class AttemptNotFound(RenewalError):
    message_id = "error-attempt-not-found"


class OrderView(msgspec.Struct, frozen=True):
    """What the checkout needs to render an order's page (``page``, from the state machine).

    ``redirect_url`` is where to send the customer for an open attempt (the
    processor plugin's card form or bank page); ``ready_to_pay`` means a card
    token is attached and the "pay" button charges it (``card_last4``,
    ``card_brand`` may be shown). ``attempt_id`` goes into the pay form: a
    form from an older attempt never pays. Offline orders carry
    ``payment_reference`` and ``expires_at``; the checkout asks
    ``core.orders.offline_instructions`` for the text. ``received`` is the
    money counted towards an offline order so far (its currency); once some
    arrived, the instructions ask for ``to_pay`` (the rest), never the total.
    """

    reference: str
    contract_number: str
    country: str
    state: OrderState
    page: str
    quote_id: int
    quote_version: str | None
    amount: Decimal
    currency: str
    method_id: str | None = None
    attempt_id: str | None = None
    redirect_url: str | None = None
    ready_to_pay: bool = False
    card_last4: str | None = None
    card_brand: str | None = None
    payment_reference: str | None = None
    expires_at: datetime | None = None
    paid_at: datetime | None = None
    processed_amount: Decimal | None = None
    processed_currency: str | None = None
    new_end_date: date | None = None
    received: Decimal | None = None

    @property
    def to_pay(self) -> Decimal:
        """What the customer still has to send: the total, less money already counted towards it."""
        return self.still_due(self.received)

    def still_due(self, received: Decimal | None) -> Decimal:
        """The total less ``received`` (never below zero)."""
        return max(self.amount - received, Decimal(0)) if received else self.amount


def to_minor(amount: Decimal, currency: str) -> int:
    return int(quantize(amount, currency).scaleb(minor_units(currency)))


def from_minor(value: int | None, currency: str | None) -> Decimal | None:
    if value is None or not currency:
        return None
    return quantize(Decimal(value).scaleb(-minor_units(currency)), currency)


def aware(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def as_date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


async def lock_order(reference: str) -> dict | None:
    """The order row, locked for the rest of the caller's write transaction."""
    suffix = " FOR UPDATE" if isinstance(engine(), PostgresEngine) else ""
    rows = await RenewalOrder.raw(f"SELECT * FROM renewal_order WHERE reference = {{}}{suffix}", reference)
    return rows[0] if rows else None


async def lock_contract(contract_id: int) -> dict | None:
    suffix = " FOR UPDATE" if isinstance(engine(), PostgresEngine) else ""
    rows = await Contract.raw(f"SELECT * FROM contract WHERE id = {{}}{suffix}", contract_id)
    return rows[0] if rows else None


async def attempt_row(attempt_id: str | None) -> dict | None:
    if not attempt_id:
        return None
    return await Payment.select().where(Payment.attempt_id == attempt_id).first()


async def order_reference_of(attempt_id: str) -> str:
    row = await Payment.select(Payment.order.reference).where(Payment.attempt_id == attempt_id).first()
    if row is None:
        raise AttemptNotFound()
    return row["order.reference"]


async def load_view(reference: str, redirect_url: str | None = None) -> OrderView:
    """The order as the checkout should show it now."""
    order = await RenewalOrder.select(
        *RenewalOrder.all_columns(), RenewalOrder.contract.number, RenewalOrder.contract.country,
        RenewalOrder.contract.end_date,
    ).where(RenewalOrder.reference == reference).first()
    if order is None:
        raise OrderNotFound(reference=reference)
    received = await received_minor(order["id"], order["currency"]) if order["payment_reference"] else 0
    return view_of(order, await attempt_row(order["attempt_id"]), redirect_url,
                   from_minor(received, order["currency"]) if received else None)


async def received_minor(order_id: int, currency: str, up_to: int | None = None) -> int:
    """Money counted towards an order (in its currency, settled or part of it), in minor units;
    ``up_to``: only the settlement rows up to that one (what an email about it reports)."""
    query = OfflineSettlement.select(OfflineSettlement.amount_minor).where(
        (OfflineSettlement.order == order_id) & (OfflineSettlement.currency == currency)
        & OfflineSettlement.outcome.is_in(["underpaid", "settled"]))
    if up_to is not None:
        query = query.where(OfflineSettlement.id <= up_to)
    return sum(row["amount_minor"] for row in await query)


def view_of(order: dict, payment: dict | None, redirect_url: str | None = None,
            received: Decimal | None = None) -> OrderView:
    state = order["status"]
    currency = order["currency"]
    open_attempt = payment is not None and state == "awaiting_payment"
    paid = state in ("paid", "settled")
    return OrderView(
        reference=order["reference"], contract_number=order["contract.number"],
        country=order["contract.country"], state=state, page=page_for(state), quote_id=order["quote"],
        quote_version=order["quote_version"], amount=from_minor(order["amount_minor"], currency),
        currency=currency, method_id=order["method_id"] or None,
        attempt_id=order["attempt_id"] if open_attempt or state == "processing" else None,
        redirect_url=redirect_url if open_attempt else None,
        ready_to_pay=open_attempt and payment["status"] == "ready",
        card_last4=payment["last4"] if payment and state != "choosing_method" else None,
        card_brand=payment["brand"] if payment and state != "choosing_method" else None,
        payment_reference=order["payment_reference"], expires_at=aware(order["expires_at"]),
        paid_at=aware(order["paid_at"]),
        processed_amount=from_minor(payment["processed_amount_minor"], payment["processed_currency"])
        if paid and payment else None,
        processed_currency=payment["processed_currency"] if paid and payment else None,
        new_end_date=order["contract.end_date"] if paid else None, received=received,
    )
