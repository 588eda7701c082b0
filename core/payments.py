"""Building blocks payment plugins share (plugins depend on the core, never on each other).

- :func:`within_limits`: a method's per-currency amount bounds; the catalog
  uses it to offer a method only for payments it can take.
- :class:`IdempotentAnswers`: the replay store every processor needs: a
  repeated idempotency key returns the first answer and never charges twice;
  the same key for a different payment is refused.
- :class:`RedirectSandbox`: a sandbox for redirect methods (wallets, online
  banking) answering by the token the redirect returns.
- :class:`OfflineMethod`: a complete plugin object for an offline method.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from decimal import Decimal

from core.errors import RenewalError
from core.hookspecs import hookimpl
from core.model import (
    AuthorizationRequest,
    AuthorizationResult,
    OfflineInstructions,
    OfflineRequest,
    PaymentMethod,
    SettlementNotice,
)
from core.settlement import payment_reference, settle


class OfflineMethodRefused(RenewalError):
    """An offline plugin cannot take this order (no account for the seller, over its limit)."""

    message_id = "error-offline-refused"


def within_limits(method: PaymentMethod, amount: Decimal, currency: str) -> bool:
    low, high = method.min_amount.get(currency), method.max_amount.get(currency)
    return (low is None or amount >= low) and (high is None or amount <= high)


class IdempotentAnswers:
    """First answer per idempotency key, kept for replays; thread-safe."""

    def __init__(self) -> None:
        self._answers: dict[str, tuple[tuple, AuthorizationResult]] = {}
        self._lock = threading.Lock()

    def answer(self, request: AuthorizationRequest,
               decide: Callable[[AuthorizationRequest], AuthorizationResult]) -> AuthorizationResult:
        fingerprint = (request.method_id, request.token, request.amount, request.currency, request.order_reference)
        with self._lock:
            if request.idempotency_key in self._answers:
                first, answer = self._answers[request.idempotency_key]
                if first != fingerprint:
                    return AuthorizationResult(status="error", unified_code="idempotency_key_reused")
                return answer
            answer = decide(request)
            self._answers[request.idempotency_key] = (fingerprint, answer)
            return answer

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()


class RedirectSandbox:
    """A plugin object for a redirect method whose sandbox answers by token.

    ``<method id>-approve`` approves, ``<method id>-cancel`` is declined with
    unified code ``cancelled_by_customer`` (the customer left the wallet or
    bank page), anything else is a processor error. Answers are idempotent.
    """

    def __init__(self, method: PaymentMethod, reference_prefix: str, cancel_code: str, error_code: str) -> None:
        self.method = method
        self.reference_prefix = reference_prefix
        self.cancel_code = cancel_code
        self.error_code = error_code
        self.answers = IdempotentAnswers()

    @hookimpl
    def register_payment_methods(self, register):
        register(self.method)

    @hookimpl
    def authorize_payment(self, request: AuthorizationRequest):
        if request.method_id != self.method.id:
            return None
        return self.answers.answer(request, self._decide)

    def _decide(self, request: AuthorizationRequest) -> AuthorizationResult:
        if request.currency not in self.method.currencies and self.method.currencies:
            return AuthorizationResult(status="error", unified_code="currency_not_supported")
        if request.token == f"{self.method.id}-approve":
            return AuthorizationResult(status="approved",
                                       processor_reference=f"{self.reference_prefix}-{secrets.token_hex(8).upper()}",
                                       processed_amount=request.amount, processed_currency=request.currency)
        if request.token == f"{self.method.id}-cancel":
            return AuthorizationResult(status="declined", decline_code=self.cancel_code,
                                       unified_code="cancelled_by_customer")
        return AuthorizationResult(status="error", decline_code=self.error_code,
                                   unified_code="processor_unavailable")


class OfflineMethod:
    """A plugin object for an offline method: registers it, gives instructions, settles.

    ``arguments(request)`` returns the method's own message arguments (account,
    address...); it raises KeyError when the seller has none, which becomes
    OfflineMethodRefused. The message id is ``offline-instructions-<method id>``.
    """

    def __init__(self, method: PaymentMethod,
                 arguments: Callable[[OfflineRequest], dict[str, str]] = lambda request: {}) -> None:
        self.method = method
        self.arguments = arguments

    @hookimpl
    def register_payment_methods(self, register):
        register(self.method)

    @hookimpl
    def offline_instructions(self, request: OfflineRequest):
        if request.method_id != self.method.id:
            return None
        if not within_limits(self.method, request.amount, request.currency):
            raise OfflineMethodRefused(method=self.method.id, problem="amount-limit", seller=request.seller)
        try:
            arguments = self.arguments(request)
        except KeyError:
            raise OfflineMethodRefused(method=self.method.id, problem="no-account", seller=request.seller) from None
        return OfflineInstructions(
            method_id=self.method.id,
            payment_reference=payment_reference(request.order_reference),
            message_id=f"offline-instructions-{self.method.id}",
            arguments=arguments,
            expires_in_days=self.method.offline_expiry_days,
        )

    @hookimpl
    def settle_offline_payment(self, notice: SettlementNotice):
        if notice.method_id != self.method.id:
            return None
        return settle(notice)
