"""Alipay: the customer confirms the payment in the Alipay app or web cashier
and returns to the checkout, so the flow is instant.

The sandbox cashier answers by the token the redirect returns:

- ``alipay-approve``: approved (``processor_reference`` is an Alipay trade number);
- ``alipay-cancel``: declined by the customer, code ``TRADE_CLOSED``,
  unified ``cancelled_by_customer``;
- anything else: error, code ``SYSTEM_ERROR``, unified ``processor_unavailable``.

A repeated idempotency key returns the first answer and never charges twice.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.payments import RedirectSandbox

METHOD = PaymentMethod(
    id="alipay",
    kind="wallet",
    flow="instant",
    countries=frozenset({"CN", "HK", "MO"}),
    currencies=frozenset({"CNY", "HKD", "USD"}),
    capabilities=frozenset({"refund", "partial_refund"}),
)

plugin = RedirectSandbox(METHOD, reference_prefix="ALIPAY", cancel_code="TRADE_CLOSED", error_code="SYSTEM_ERROR")
