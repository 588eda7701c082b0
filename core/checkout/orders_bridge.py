"""The checkout's only door into the payments domain (``core.orders``).

Kept in one module so the pages speak one small vocabulary: an order's
``page`` is what the payments state machine says to show (``processing``,
``declined``, ``paid``, ``placed``) and ``next_url`` where to send the
customer to pay (the plugin's hosted card form or sandbox bank page).
"""

from __future__ import annotations

from datetime import datetime

import msgspec


class OrderSummary(msgspec.Struct, frozen=True):
    reference: str
    page: str
    method_id: str | None = None
    amount: str | None = None
    currency: str | None = None


async def current_order(contract_number: str, *, now: datetime) -> OrderSummary | None:
    return None
