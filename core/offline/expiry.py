"""Offline orders whose money never came: expired at the end of their last day.

The customer was told "please pay by <day>" (the order's ``expires_at`` as a
date), so an order expires on the first run *after* that day. Expiring
touches only the order: the contract keeps its term and status and the
personal link keeps working, so the customer can start again with a new
order (the one-open-order index no longer counts an expired order). Money
that arrives later is recorded as ``after_close`` by :mod:`core.offline.settle`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import msgspec

from core.db.session import unit_of_work
from core.db.tables import RenewalOrder
from core.orders import records
from core.orders.records import lock_order
from core.orders.states import check


class ExpiredOrder(msgspec.Struct, frozen=True):
    order_reference: str
    payment_reference: str | None
    method_id: str
    expires_at: datetime


def start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


async def expire_due(*, today: date, now: datetime) -> list[ExpiredOrder]:
    """Expire every pending offline order whose last day is before ``today``; each in its own transaction."""
    cutoff = start_of(today)
    candidates = await RenewalOrder.select(RenewalOrder.reference).where(
        (RenewalOrder.status == "pending_offline") & RenewalOrder.expires_at.is_not_null()
        & (RenewalOrder.expires_at < cutoff)).order_by(RenewalOrder.id)
    expired = []
    for candidate in candidates:
        async with unit_of_work(write=True):
            order = await lock_order(candidate["reference"])
            expires_at = records.aware(order["expires_at"])
            if order["status"] != "pending_offline" or expires_at is None or expires_at >= cutoff:
                continue  # settled or moved on meanwhile
            check(order["status"], "expired")
            await RenewalOrder.update({RenewalOrder.status: "expired", RenewalOrder.updated_at: now}).where(
                RenewalOrder.id == order["id"])
        expired.append(ExpiredOrder(order_reference=order["reference"], payment_reference=order["payment_reference"],
                                    method_id=order["method_id"], expires_at=expires_at))
    return expired
