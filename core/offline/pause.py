"""Reminders pause while a contract's offline order waits for its money (issue 9).

A customer who chose to pay by wire, check, PayPal or PayNearMe has answered
the reminder; another one ("your contract ends soon, renew now") would read as
if the order were lost. The reminder job (``core.notices``) leaves such
contracts out of its due selection (:data:`NO_PENDING_OFFLINE_ORDER`) and
checks again at send time (:func:`awaiting_offline_payment`). When the order
expires or settles the usual rules apply again, so the reminder due at that
moment goes out.
"""

from __future__ import annotations

from core.db.tables import RenewalOrder

#: SQL condition on a contract aliased ``c``.
NO_PENDING_OFFLINE_ORDER = (
    "NOT EXISTS (SELECT 1 FROM renewal_order o WHERE o.contract = c.id AND o.status = 'pending_offline')")


async def awaiting_offline_payment(contract_number: str) -> bool:
    row = await RenewalOrder.select(RenewalOrder.id).where(
        (RenewalOrder.contract.number == contract_number) & (RenewalOrder.status == "pending_offline")).first()
    return row is not None


__all__ = ["NO_PENDING_OFFLINE_ORDER", "awaiting_offline_payment"]
