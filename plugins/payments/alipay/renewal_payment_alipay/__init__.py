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

import secrets
import threading

from core.hookspecs import hookimpl
from core.model import AuthorizationRequest, AuthorizationResult, PaymentMethod

METHOD = PaymentMethod(
    id="alipay",
    kind="wallet",
    flow="instant",
    countries=frozenset({"CN", "HK", "MO"}),
    currencies=frozenset({"CNY", "HKD", "USD"}),
    capabilities=frozenset({"refund", "partial_refund"}),
)

_answers: dict[str, AuthorizationResult] = {}
_lock = threading.Lock()


@hookimpl
def register_payment_methods(register):
    register(METHOD)


@hookimpl
def authorize_payment(request: AuthorizationRequest):
    if request.method_id != METHOD.id:
        return None
    with _lock:
        if request.idempotency_key not in _answers:
            _answers[request.idempotency_key] = _cashier_answer(request)
        return _answers[request.idempotency_key]


def _cashier_answer(request: AuthorizationRequest) -> AuthorizationResult:
    if request.token == "alipay-approve":
        return AuthorizationResult(status="approved", processor_reference=f"ALIPAY-{secrets.token_hex(8).upper()}",
                                   processed_amount=request.amount, processed_currency=request.currency)
    if request.token == "alipay-cancel":
        return AuthorizationResult(status="declined", decline_code="TRADE_CLOSED", unified_code="cancelled_by_customer")
    return AuthorizationResult(status="error", decline_code="SYSTEM_ERROR", unified_code="processor_unavailable")
