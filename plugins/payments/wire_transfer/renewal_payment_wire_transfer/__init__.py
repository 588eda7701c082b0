"""Bank (wire) transfer: an offline method. The confirmation page tells the
customer where to send the money and which reference to quote; the order is
renewed when the bank statement shows the transfer.

Instructions: message ``offline-instructions-wire_transfer`` with
``beneficiary`` (the seller of record), ``iban`` and ``bic`` of the seller's
collection account (sandbox accounts at the fictitious bank SBOX). The core
adds ``amount``, ``reference`` and ``due_date``. The reference is
``RN-<order>-<check digits>`` (core.settlement.payment_reference).

Settlement: same currency and at least the amount due settles the order;
less is ``underpaid`` (``amount_short``); another currency is ``rejected``
(``currency_mismatch``).
"""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.model import OfflineInstructions, OfflineRequest, PaymentMethod, SettlementNotice
from core.settlement import payment_reference, settle

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


@hookimpl
def register_payment_methods(register):
    register(METHOD)


@hookimpl
def offline_instructions(request: OfflineRequest):
    if request.method_id != METHOD.id:
        return None
    try:
        iban, bic = ACCOUNTS[request.seller]
    except KeyError:
        raise LookupError(f"wire_transfer: no collection account for the seller {request.seller!r}") from None
    return OfflineInstructions(
        method_id=METHOD.id,
        payment_reference=payment_reference(request.order_reference),
        message_id="offline-instructions-wire_transfer",
        arguments={"beneficiary": request.seller, "iban": _grouped(iban), "bic": bic},
        expires_in_days=METHOD.offline_expiry_days,
    )


@hookimpl
def settle_offline_payment(notice: SettlementNotice):
    if notice.method_id != METHOD.id:
        return None
    return settle(notice)


def _grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on statements and typed into banking apps."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
