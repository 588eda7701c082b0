"""The hooks plugins implement. Long reference with examples: docs/plugins.md.

Every ``register_*`` hook is called once at start-up with a ``register``
callback; the core validates each contribution and rejects duplicates. The
payment-processing hooks are ``firstresult``: they stop at the first non-None
result, so an implementation returns None for a method it does not handle.
"""

from __future__ import annotations

from collections.abc import Callable

import pluggy

from core.model import (
    AuthorizationRequest,
    AuthorizationResult,
    Currency,
    LocaleResource,
    OfflineInstructions,
    OfflineRequest,
    PaymentMethod,
    PaymentStatusRequest,
    PaymentStatusResult,
    PriceList,
    Region,
    SettlementNotice,
    SettlementResult,
    TokenizeRequest,
    TokenizeResult,
    WebRoutes,
)

PROJECT = "online_renewal"
ENTRY_POINT_GROUP = "online_renewal"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_payment_methods(register: Callable[[PaymentMethod], None]) -> None:
    """Called once at start-up: call ``register`` with each PaymentMethod the plugin provides."""


@hookspec
def register_currencies(register: Callable[[Currency], None]) -> None:
    """Called once at start-up: call ``register`` with each Currency (and validity window) the plugin's countries use.

    Two plugins may register the same currency only with identical windows.
    """


@hookspec
def register_regions(register: Callable[[Region], None]) -> None:
    """Called once at start-up: call ``register`` with each sales Region (countries, waves, policy)."""


@hookspec
def register_price_lists(register: Callable[[PriceList], None]) -> None:
    """Called once at start-up: call ``register`` with each regional PriceList."""


@hookspec
def register_locales(register: Callable[[LocaleResource], None]) -> None:
    """Called once at start-up: call ``register`` with each Fluent LocaleResource (locale, channel, text)."""


@hookspec
def register_web_routes(register: Callable[[WebRoutes], None]) -> None:
    """Called once at app start-up: call ``register`` with the WebRoutes (Litestar handlers) the plugin serves.

    They are mounted under ``/pay/<prefix>/``: a card form, a bank's page, a
    processor's signed notification endpoint.
    """


@hookspec(firstresult=True)
def tokenize_card(request: TokenizeRequest) -> TokenizeResult | None:
    """Called when a customer submits card details. Stops at first non-None result.

    Return None when ``request.method_id`` is not handled by this plugin.
    """


@hookspec(firstresult=True)
def authorize_payment(request: AuthorizationRequest) -> AuthorizationResult | None:
    """Called to charge an instant method during checkout. Stops at first non-None result.

    Must be idempotent on ``request.idempotency_key``: a repeat returns the first answer
    and never charges twice. Return None for a method this plugin does not process.
    """


@hookspec(firstresult=True)
def offline_instructions(request: OfflineRequest) -> OfflineInstructions | None:
    """Called when an order is placed with an offline method. Stops at first non-None result.

    Returns what the confirmation page shows; None for a method this plugin does not handle.
    """


@hookspec(firstresult=True)
def settle_offline_payment(notice: SettlementNotice) -> SettlementResult | None:
    """Called when money arrives for an offline order. Stops at first non-None result.

    Decides whether the payment settles the order; None for a method this plugin does not handle.
    """


@hookspec(firstresult=True)
def payment_status(request: PaymentStatusRequest) -> PaymentStatusResult | None:
    """Called by the janitor (``renewals payments reconcile``) for a payment left in doubt. Stops at first non-None result.

    Ask the processor what became of the payment (by ``request.idempotency_key``
    or token) without charging anything; ``unknown`` when it still cannot say.
    Return None for a method this plugin does not process.
    """
