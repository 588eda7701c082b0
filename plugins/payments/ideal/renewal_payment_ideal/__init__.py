"""iDEAL: Dutch online banking. The customer approves the payment in their bank's
app and returns to the checkout, so the flow is instant.

The sandbox bank answers by the token the bank-selection step returns:
``ideal-approve``, ``ideal-cancel`` (declined by the customer), ``ideal-error``.
"""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.model import AuthorizationRequest, AuthorizationResult, PaymentMethod

METHOD = PaymentMethod(
    id="ideal",
    kind="bank_redirect",
    flow="instant",
    countries=frozenset({"NL"}),
    currencies=frozenset({"EUR"}),
    capabilities=frozenset({"refund"}),
)

_answers: dict[str, AuthorizationResult] = {}


@hookimpl
def register_payment_methods(register):
    register(METHOD)


@hookimpl
def authorize_payment(request: AuthorizationRequest):
    if request.method_id != METHOD.id:
        return None
    if request.idempotency_key not in _answers:
        _answers[request.idempotency_key] = _bank_answer(request)
    return _answers[request.idempotency_key]


def _bank_answer(request: AuthorizationRequest) -> AuthorizationResult:
    if request.token == "ideal-approve":
        return AuthorizationResult(status="approved", processor_reference=f"IDEAL-{request.order_reference}",
                                   processed_amount=request.amount, processed_currency=request.currency)
    if request.token == "ideal-cancel":
        return AuthorizationResult(status="declined", decline_code="SO1000", unified_code="cancelled_by_customer")
    return AuthorizationResult(status="error", decline_code="SY1000", unified_code="processor_unavailable")
