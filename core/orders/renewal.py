"""Renewing a contract from an approved payment: all of it in one transaction, once.

The order becomes ``paid``, the payment ``approved`` with what the processor
actually charged (amount and currency, apart from the order's, for the FX
case), and the contract gets its new term: end date moved by the bought
term from the old end date (an expired contract's reinstatement covers the
gap, so the new term does not start today), the bought service level and
term on its lines, status ``renewed`` via ``online``. The term's personal
links are revoked with reason ``renewed``, so an old reminder's link says
"already renewed". If anything fails, none of it is written.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from core.db.session import unit_of_work
from core.db.tables import Contract, ContractLine, Payment, RenewalOrder
from core.links import revoke_contract_links
from core.model import AuthorizationResult
from core.orders import records
from core.orders.records import lock_contract, lock_order
from core.orders.states import PAYMENT_TRANSITIONS, check
from core.renewals.contracts import RENEWED
from core.renewals.quote_store import load_quote

log = logging.getLogger(__name__)


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


async def renew_contract(reference: str, *, attempt_id: str, result: AuthorizationResult, now: datetime,
                         order_state: str = "paid") -> None:
    """Record the approval of ``attempt_id`` and renew the order's contract (joins the caller's transaction).

    Called once per attempt: the caller holds the order's lock and has seen
    the attempt ``authorizing``. A contract renewed meanwhile through a
    partner keeps its term; the payment is recorded with unified code
    ``renewed_elsewhere`` so an operator refunds it. ``order_state`` is
    ``settled`` for offline money (core/offline/settle.py).
    """
    async with unit_of_work(write=True):
        order = await lock_order(reference)
        payment = await records.attempt_row(attempt_id)
        contract = await lock_contract(order["contract"])
        processed_currency = (result.processed_currency or payment["currency"]).upper()
        processed_amount = result.processed_amount if result.processed_amount is not None else \
            records.from_minor(payment["amount_minor"], payment["currency"])
        check(payment["status"], "approved", PAYMENT_TRANSITIONS)
        already = contract["status"] == RENEWED
        await Payment.update({
            Payment.status: "approved", Payment.processor_reference: result.processor_reference,
            Payment.processed_currency: processed_currency,
            Payment.processed_amount_minor: records.to_minor(processed_amount, processed_currency),
            Payment.unified_code: "renewed_elsewhere" if already else result.unified_code,
            Payment.updated_at: now,
        }).where(Payment.id == payment["id"])
        check(order["status"], order_state)
        await RenewalOrder.update({RenewalOrder.status: order_state, RenewalOrder.paid_at: now,
                                   RenewalOrder.updated_at: now}).where(RenewalOrder.id == order["id"])
        if already:
            log.warning("order %s was paid but contract %s was already renewed via %s: refund it",
                        reference, contract["number"], contract["renewed_via"])
            return
        stored = await load_quote(order["quote"])
        bought = {line.arguments["sku"]: line.arguments for line in stored.quote.lines
                  if line.kind in ("renewal", "upgrade")}
        years = max(int(arguments["term_years"]) for arguments in bought.values())
        for sku, arguments in bought.items():
            await ContractLine.update({ContractLine.service_level: arguments["level"],
                                       ContractLine.term_years: int(arguments["term_years"])}).where(
                (ContractLine.contract == contract["id"]) & (ContractLine.sku == sku))
        await Contract.update({
            Contract.end_date: add_years(records.as_date(contract["end_date"]), years), Contract.status: RENEWED,
            Contract.renewed_via: "online", Contract.renewed_at: now, Contract.updated_at: now,
        }).where(Contract.id == contract["id"])
        await revoke_contract_links(contract["id"], now=now, reason="renewed")
