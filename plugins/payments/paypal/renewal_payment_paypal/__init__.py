"""PayPal: an offline method (the spec lists it with wire transfer and check).
The customer sends the money from their own PayPal account, outside the
checkout, to the seller's PayPal account; the order is renewed when PayPal
reports the payment.

Instructions: message ``offline-instructions-paypal`` with ``account`` (the
seller's receiving PayPal address; sandbox "-facilitator" accounts). The core
adds ``amount``, ``reference`` and ``due_date``. The reference is
``RN-<order>-<check digits>`` (core.settlement.payment_reference).

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.payments import OfflineMethod

METHOD = PaymentMethod(
    id="paypal",
    kind="wallet",
    flow="offline",
    # Every country but those PayPal does not serve: sanctioned (CU, IR, KP, SY),
    # never launched (AF, BD, IQ, LB, LY, MM, PK) and suspended in 2022 (RU).
    excluded_countries=frozenset({"AF", "BD", "CU", "IQ", "IR", "KP", "LB", "LY", "MM", "PK", "RU", "SY"}),
    # The program's currencies PayPal accepts (not INR, KRW, LVL, LTL, TRY, ZAR).
    currencies=frozenset({
        "AUD", "BRL", "CAD", "CNY", "CZK", "DKK", "EUR", "HKD", "HUF", "JPY", "MYR", "MXN", "NZD",
        "NOK", "PLN", "GBP", "RUB", "SGD", "SEK", "CHF", "TWD", "THB", "USD",
    }),
    capabilities=frozenset({"refund", "partial_refund"}),
    offline_expiry_days=14,
)

# Seller of record -> receiving PayPal account. Sandbox values.
ACCOUNTS: dict[str, str] = {
    "VMware, Inc.": "renewals-us-facilitator@vmware.com",
    "VMware International Limited": "renewals-intl-facilitator@vmware.com",
}


plugin = OfflineMethod(METHOD, lambda request: {"account": ACCOUNTS[request.seller]})
