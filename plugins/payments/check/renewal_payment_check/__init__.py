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

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.offline.plugin import OfflinePlugin

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


plugin = OfflinePlugin(METHOD, lambda request: {"payee": request.seller, "address": ADDRESSES[request.seller]})
