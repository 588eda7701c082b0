"""Bank (wire) transfer: an offline method. The confirmation page and the
instructions email tell the customer where to send the money and which
reference to quote; the order settles (and the contract renews) when the
transfer is reported: by an operator (``renewals payments settle``) or by the
bank's signed notification (``POST /pay/wire_transfer/notify``, secret in
``RENEWALS_WIRE_TRANSFER_WEBHOOK_SECRET``; see core/offline/notify.py).

Instructions, in the form the seller's banking country uses:

- VMware International Limited (everyone outside the US): message
  ``offline-instructions-wire_transfer`` with ``beneficiary``, ``iban``
  (grouped by four) and ``bic``;
- VMware, Inc. (US customers): message ``offline-instructions-wire_transfer-aba``
  with ``beneficiary``, ``bank``, ``routing`` (the nine-digit ABA routing
  number) and ``account``.

The core adds ``amount``, ``reference`` (core.settlement.payment_reference)
and ``due_date``. Orders wait 14 days (an international transfer takes up
to five business days; the rest is time to make it). Sandbox accounts at the
fictitious bank SBOX, with valid IBAN and ABA check digits.

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from core.model import OfflineRequest, PaymentMethod
from core.offline.plugin import OfflinePlugin

METHOD = PaymentMethod(
    id="wire_transfer",
    kind="bank_transfer",
    flow="offline",
    offline_expiry_days=14,
)

# Seller of record -> (IBAN, BIC) of its collection account.
IBAN_ACCOUNTS: dict[str, tuple[str, str]] = {
    "VMware International Limited": ("IE73SBOX99001112345678", "SBOXIE2D"),
}
# Seller of record -> (bank, ABA routing number, account number): domestic US transfers (Fedwire/ACH).
ABA_ACCOUNTS: dict[str, tuple[str, str, str]] = {
    "VMware, Inc.": ("SBOX Bank, N.A.", "123456780", "000123456789"),
}


def _grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on statements and typed into banking apps."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def arguments(request: OfflineRequest) -> dict[str, str]:
    if request.seller in ABA_ACCOUNTS:
        bank, routing, account = ABA_ACCOUNTS[request.seller]
        return {"beneficiary": request.seller, "bank": bank, "routing": routing, "account": account}
    iban, bic = IBAN_ACCOUNTS[request.seller]  # KeyError: no account for this seller -> refused
    return {"beneficiary": request.seller, "iban": _grouped(iban), "bic": bic}


def message(request: OfflineRequest) -> str:
    suffix = "-aba" if request.seller in ABA_ACCOUNTS else ""
    return f"offline-instructions-wire_transfer{suffix}"


plugin = OfflinePlugin(METHOD, arguments, message)
