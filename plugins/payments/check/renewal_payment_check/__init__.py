"""Check or money order: an offline method for the United States and Canada.
The confirmation page tells the customer whom to pay, where to mail the check
and which reference to write on it; the order is renewed when the check is
deposited.

Instructions: message ``offline-instructions-check`` with ``payee`` (the
seller of record) and ``address`` (the seller's remittance address: a Palo
Alto address for VMware, Inc., which sells to US customers, and a Toronto
lockbox for VMware International Limited, which sells to Canadian ones;
sandbox values). The core adds ``amount``, ``reference`` and ``due_date``.
The reference is ``RN-<order>-<check digits>`` (core.settlement.payment_reference).

Settlement: same currency and at least the amount due settles the order;
less is ``underpaid`` (``amount_short``); another currency is ``rejected``
(``currency_mismatch``).
"""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.model import OfflineInstructions, OfflineRequest, PaymentMethod, SettlementNotice
from core.settlement import payment_reference, settle

METHOD = PaymentMethod(
    id="check",
    kind="check",
    flow="offline",
    countries=frozenset({"US", "CA"}),
    currencies=frozenset({"USD", "CAD"}),
    offline_expiry_days=30,
)

# Seller of record -> remittance (mailing) address. Sandbox values.
ADDRESSES: dict[str, str] = {
    "VMware, Inc.": "Attn: Accounts Receivable, 3401 Hillview Avenue, Palo Alto, CA 94304, United States",
    "VMware International Limited": "Lockbox T57410, PO Box 57410, Postal Station A, Toronto, ON M5W 5M5, Canada",
}


@hookimpl
def register_payment_methods(register):
    register(METHOD)


@hookimpl
def offline_instructions(request: OfflineRequest):
    if request.method_id != METHOD.id:
        return None
    try:
        address = ADDRESSES[request.seller]
    except KeyError:
        raise LookupError(f"check: no remittance address for the seller {request.seller!r}") from None
    return OfflineInstructions(
        method_id=METHOD.id,
        payment_reference=payment_reference(request.order_reference),
        message_id="offline-instructions-check",
        arguments={"payee": request.seller, "address": address},
        expires_in_days=METHOD.offline_expiry_days,
    )


@hookimpl
def settle_offline_payment(notice: SettlementNotice):
    if notice.method_id != METHOD.id:
        return None
    return settle(notice)
