"""PayPal: an offline method (the spec lists it with wire transfer and check).
The customer sends the money from their own PayPal account, outside the
checkout, to the seller's PayPal account; the order is renewed when PayPal
reports the payment.

Instructions: message ``offline-instructions-paypal-link`` with ``account``
(the seller's receiving PayPal address; sandbox "-facilitator" accounts) and
``link`` (PayPal's sandbox pay page with amount, currency and reference filled
in; not in the message's text: the core shows it as a link labelled
``offline-instructions-paypal-link-label``). The core adds ``amount``,
``reference`` and ``due_date``. Orders wait 7 days;
PayPal's signed notification goes to ``POST /pay/paypal/notify``
(``RENEWALS_PAYPAL_WEBHOOK_SECRET``). The reference is
``RN-<order>-<check digits>`` (core.settlement.payment_reference).

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from core.model import CountryRestriction, OfflineRequest, PaymentMethod
from core.offline.plugin import OfflinePlugin
from core.settlement import payment_reference

METHOD = PaymentMethod(
    id="paypal",
    kind="wallet",
    flow="offline",
    # Every country but those PayPal does not serve: sanctioned (CU, IR, KP, SY) and
    # never launched (AF, BD, IQ, LB, LY, MM, PK); in Russia it suspended its service on 5 March 2022.
    excluded_countries=frozenset({"AF", "BD", "CU", "IQ", "IR", "KP", "LB", "LY", "MM", "PK", "SY"}),
    restrictions=(CountryRestriction(countries=frozenset({"RU"}), valid_from=date(2022, 3, 5),
                                     note="PayPal suspended its service in Russia"),),
    # The program's currencies PayPal accepts (not INR, KRW, LVL, LTL, TRY, ZAR).
    currencies=frozenset({
        "AUD", "BRL", "CAD", "CNY", "CZK", "DKK", "EUR", "HKD", "HUF", "JPY", "MYR", "MXN", "NZD",
        "NOK", "PLN", "GBP", "RUB", "SGD", "SEK", "CHF", "TWD", "THB", "USD",
    }),
    capabilities=frozenset({"refund", "partial_refund"}),
    # A PayPal payment arrives within minutes once sent: a week is time enough to send it.
    offline_expiry_days=7,
)

# Seller of record -> receiving PayPal account. Sandbox values.
ACCOUNTS: dict[str, str] = {
    "VMware, Inc.": "renewals-us-facilitator@vmware.com",
    "VMware International Limited": "renewals-intl-facilitator@vmware.com",
}


SANDBOX_PAY_URL = "https://www.sandbox.paypal.com/cgi-bin/webscr"


def arguments(request: OfflineRequest) -> dict[str, str]:
    """The receiving account and a PayPal Payments Standard link with amount, currency and reference filled in."""
    account = ACCOUNTS[request.seller]
    query = urlencode({"cmd": "_xclick", "business": account, "amount": str(request.amount),
                       "currency_code": request.currency, "item_name": payment_reference(request.order_reference),
                       "no_shipping": "1"})
    return {"account": account, "link": f"{SANDBOX_PAY_URL}?{query}"}


plugin = OfflinePlugin(METHOD, arguments, lambda request: "offline-instructions-paypal-link")
