"""Bank (wire) transfer: an offline method. The confirmation page tells the
customer where to send the money and which reference to quote; the order is
renewed when the bank statement shows the transfer.

Instructions: message ``offline-instructions-wire_transfer`` with
``beneficiary`` (the seller of record), ``iban`` and ``bic`` of the seller's
collection account (sandbox accounts at the fictitious bank SBOX). The core
adds ``amount``, ``reference`` and ``due_date``. The reference is
``RN-<order>-<check digits>`` (core.settlement.payment_reference).

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.payments import OfflineMethod

METHOD = PaymentMethod(
    id="wire_transfer",
    kind="bank_transfer",
    flow="offline",
    offline_expiry_days=30,
)

# Seller of record -> (IBAN, BIC) of its collection account. Sandbox values with
# valid IBAN check digits; a real deployment replaces them with the treasury's accounts.
ACCOUNTS: dict[str, tuple[str, str]] = {
    "VMware, Inc.": ("GB09SBOX40051531926819", "SBOXGB2L"),
    "VMware International Limited": ("IE73SBOX99001112345678", "SBOXIE2D"),
}


def _grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on statements and typed into banking apps."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


plugin = OfflineMethod(METHOD, lambda request: {
    "beneficiary": request.seller,
    "iban": _grouped(ACCOUNTS[request.seller][0]),
    "bic": ACCOUNTS[request.seller][1],
})
