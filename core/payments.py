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
from collections.abc import Callable
from decimal import Decimal

import msgspec

from core.errors import RenewalError
from core.hookspecs import hookimpl
from core.model import (
    AuthorizationRequest,
    AuthorizationResult,
    OfflineInstructions,
    OfflineRequest,
    PaymentMethod,
    PaymentStatusRequest,
    PaymentStatusResult,
    SettlementNotice,
)
from core.plugin_state import PluginStore
from core.settlement import payment_reference, settle


class OfflineMethodRefused(RenewalError):
    """An offline plugin cannot take this order (no account for the seller, over its limit)."""

    message_id = "error-offline-refused"


def within_limits(method: PaymentMethod, amount: Decimal, currency: str) -> bool:
    low, high = method.min_amount.get(currency), method.max_amount.get(currency)
    return (low is None or amount >= low) and (high is None or amount <= high)


class IdempotentAnswers:
    """First answer per idempotency key, kept for replays in the core's database.

    Shared by every app process (``core.plugin_state``, one namespace per
    processor), so a repeat arriving at another worker replays too; of two
    concurrent first requests with one key, the answer stored first stands.
    """

    def __init__(self, namespace: str) -> None:
        self._store = PluginStore(namespace)

    def answer(self, request: AuthorizationRequest,
               decide: Callable[[AuthorizationRequest], AuthorizationResult]) -> AuthorizationResult:
        fingerprint = [request.method_id, request.token, str(request.amount), request.currency,
                       request.order_reference]
        first = self._store.get(f"answer:{request.idempotency_key}")
        if first is None:
            answer = decide(request)
            stored, first = self._store.add(f"answer:{request.idempotency_key}",
                                            {"fingerprint": fingerprint, "answer": msgspec.to_builtins(answer)})
            if stored:
                return answer
        if first["fingerprint"] != fingerprint:
            return AuthorizationResult(status="error", unified_code="idempotency_key_reused")
        return msgspec.convert(first["answer"], AuthorizationResult)

    def clear(self) -> None:
        self._store.clear()


class RedirectSandbox:
    """A plugin object for a redirect method whose sandbox answers by token.

    It serves the sandbox bank's page and signed notification endpoint
    (``core.redirect_pages``, under ``/pay/<method id>/``). A token is a
    transaction the bank page recorded (approved, or cancelled: declined with
    unified code ``cancelled_by_customer``; another amount or currency than
    the transaction's: error ``amount_mismatch``), or one of the fixed test
    tokens ``<method id>-approve`` and ``<method id>-cancel``; anything else
    is a processor error. Answers are idempotent and shared by app processes.
    """

    def __init__(self, method: PaymentMethod, reference_prefix: str, cancel_code: str, error_code: str) -> None:
        self.method = method
        self.reference_prefix = reference_prefix
        self.cancel_code = cancel_code
        self.error_code = error_code
        self.answers = IdempotentAnswers(method.id)

    @hookimpl
    def register_payment_methods(self, register):
        register(self.method)

    @hookimpl
    def register_web_routes(self, register):
        from core.redirect_pages import routes

        register(routes(self))

    @hookimpl
    def authorize_payment(self, request: AuthorizationRequest):
        if request.method_id != self.method.id:
            return None
        return self.answers.answer(request, self._decide)

    @hookimpl
    def payment_status(self, request: PaymentStatusRequest):
        """The janitor's question about an attempt that never came back from the bank page.

        A kept answer or the bank's transaction for the attempt decides
        (approved: ``paid``; cancelled or declined: ``failed``); no transaction
        yet is ``unknown``: the customer may still be at the bank.
        """
        if request.method_id != self.method.id:
            return None
        store = PluginStore(self.method.id)
        first = store.get(f"answer:{request.idempotency_key}")
        if first is not None:
            answer = msgspec.convert(first["answer"], AuthorizationResult)
            if answer.status == "approved":
                return PaymentStatusResult(status="paid", processor_reference=answer.processor_reference,
                                           processed_amount=answer.processed_amount,
                                           processed_currency=answer.processed_currency)
            if answer.status == "declined":
                return PaymentStatusResult(status="failed", unified_code=answer.unified_code)
        found = [t for t in store.values("txn:") if t.get("attempt") == request.attempt_id]
        if not found:
            return PaymentStatusResult(status="unknown")
        transaction = found[-1]
        if transaction["decision"] != "approved":
            return PaymentStatusResult(status="failed", unified_code="cancelled_by_customer")
        reference = f"{self.reference_prefix}-{transaction['transaction'][-12:].upper()}"
        return PaymentStatusResult(status="paid", processor_reference=reference,
                                   processed_amount=Decimal(transaction["amount"]),
                                   processed_currency=transaction["currency"])

    def _decide(self, request: AuthorizationRequest) -> AuthorizationResult:
        if request.currency not in self.method.currencies and self.method.currencies:
            return AuthorizationResult(status="error", unified_code="currency_not_supported")
        transaction = PluginStore(self.method.id).get(f"txn:{request.token}")
        if transaction is not None:
            if (Decimal(transaction["amount"]), transaction["currency"]) != (request.amount, request.currency):
                return AuthorizationResult(status="error", unified_code="amount_mismatch")
            approved = transaction["decision"] == "approved"
        else:
            approved = request.token == f"{self.method.id}-approve"
        if approved:
            return AuthorizationResult(status="approved",
                                       processor_reference=f"{self.reference_prefix}-{secrets.token_hex(8).upper()}",
                                       processed_amount=request.amount, processed_currency=request.currency)
        if request.token == f"{self.method.id}-cancel" or (transaction and transaction["decision"] == "cancelled"):
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
