"""WebMoney: the customer confirms the payment in their WebMoney Keeper wallet
and returns to the checkout, so the flow is instant.

The sandbox merchant service answers by the token the redirect returns:

- ``webmoney-approve``: approved (``processor_reference`` is a WebMoney transfer number);
- ``webmoney-cancel``: declined by the customer, unified ``cancelled_by_customer``;
- anything else: error, unified ``processor_unavailable``.

A repeated idempotency key returns the first answer and never charges twice.
"""

from __future__ import annotations

import secrets
import threading

from core.hookspecs import hookimpl
from core.model import AuthorizationRequest, AuthorizationResult, PaymentMethod

METHOD = PaymentMethod(
    id="webmoney",
    kind="wallet",
    flow="instant",
    countries=frozenset({"RU", "KZ", "BY", "UA", "AM", "AZ", "GE", "KG", "MD", "TJ", "UZ"}),
    currencies=frozenset({"RUB", "USD", "EUR"}),
    capabilities=frozenset({"refund"}),
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
            _answers[request.idempotency_key] = _merchant_answer(request)
        return _answers[request.idempotency_key]


def _merchant_answer(request: AuthorizationRequest) -> AuthorizationResult:
    if request.token == "webmoney-approve":
        return AuthorizationResult(status="approved", processor_reference=f"WM-{secrets.randbelow(10**9):09d}",
                                   processed_amount=request.amount, processed_currency=request.currency)
    if request.token == "webmoney-cancel":
        return AuthorizationResult(status="declined", unified_code="cancelled_by_customer")
    return AuthorizationResult(status="error", unified_code="processor_unavailable")
