"""WebMoney: the customer confirms the payment in their WebMoney Keeper wallet
and returns to the checkout, so the flow is instant.

The sandbox merchant service answers by the token the redirect returns:

- ``webmoney-approve``: approved (``processor_reference`` is a WebMoney transfer number);
- ``webmoney-cancel``: declined by the customer, unified ``cancelled_by_customer``;
- anything else: error, unified ``processor_unavailable``.

A repeated idempotency key returns the first answer and never charges twice.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.payments import RedirectSandbox

METHOD = PaymentMethod(
    id="webmoney",
    kind="wallet",
    flow="instant",
    countries=frozenset({"RU", "KZ", "BY", "UA", "AM", "AZ", "GE", "KG", "MD", "TJ", "UZ"}),
    currencies=frozenset({"RUB", "USD", "EUR"}),
    capabilities=frozenset({"refund"}),
)

plugin = RedirectSandbox(METHOD, reference_prefix="WM", cancel_code="WMX-CANCELLED", error_code="WMX-SYSTEM")
