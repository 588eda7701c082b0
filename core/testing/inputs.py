"""What a payment plugin declares so the conformance kit can drive its sandbox.

A plugin sets ``conformance = Conformance(...)`` beside its plugin object (or
on it): which test inputs its sandbox approves, declines and fails with. This
module imports no pytest, so a plugin may import it at run time. The helper
plugin objects of :mod:`core.payments` need no declaration: their sandbox
inputs are known (:func:`declared_conformance`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

import msgspec

from core.payments import OfflineMethod, RedirectSandbox

# The sellers of record every offline method must give instructions for (SPEC: "Seller of record").
SELLERS = ("VMware, Inc.", "VMware International Limited")


class CardDetails(msgspec.Struct, frozen=True):
    """A sandbox test card; the kit swaps it for a token through ``tokenize_card`` first."""

    number: str
    cvc: str = "123"
    expiry_month: int = 12
    expiry_year: int = date.today().year + 3
    holder: str = "Conformance Kit"


Sample = str | CardDetails  # a token the sandbox's redirect returns, or card details to tokenize


class InstantSamples(msgspec.Struct, frozen=True):
    """Inputs that make the sandbox approve, decline, and fail (a processor error), for one instant method.

    ``currency`` defaults to USD when the method takes it, else its first
    currency; ``amount`` must be within the method's limits.
    """

    method_id: str
    approve: Sample
    decline: Sample
    error: Sample
    currency: str | None = None
    amount: Decimal = Decimal("100.00")


class OfflineSamples(msgspec.Struct, frozen=True):
    """An offline method to give instructions for and settle; ``country`` defaults to one it is offered in."""

    method_id: str
    country: str | None = None
    currency: str | None = None
    amount: Decimal = Decimal("100.00")


class Conformance(msgspec.Struct, frozen=True):
    """Everything the kit needs to know about a payment plugin's sandbox.

    ``charges`` (optional) returns what the sandbox has charged so far, so the
    kit can count charges on a replay; ``reset`` (optional) forgets state the
    sandbox keeps outside the database (the kit gives every check a fresh
    SQLite database with the platform's tables, where ``core.plugin_state``
    keeps sandbox state).
    """

    instant: tuple[InstantSamples, ...] = ()
    offline: tuple[OfflineSamples, ...] = ()
    sellers: tuple[str, ...] = SELLERS
    charges: Callable[[], Sequence[object]] | None = None
    reset: Callable[[], None] | None = None


def declared_conformance(plugin: object, module: object = None) -> Conformance | None:
    """The plugin's own ``conformance``, else the inputs its core helper object implies, else None.

    ``plugin`` is what the entry point names (a module or a plugin object);
    ``module`` the module the entry point names, where a plugin object's
    package may declare ``conformance`` beside it.
    """
    declared = getattr(plugin, "conformance", None)
    if declared is None and module is not None:
        declared = getattr(module, "conformance", None)
    if isinstance(declared, Conformance):
        return declared
    if isinstance(plugin, RedirectSandbox):
        ident = plugin.method.id
        return Conformance(instant=(InstantSamples(method_id=ident, approve=f"{ident}-approve",
                                                   decline=f"{ident}-cancel", error=f"{ident}-error"),))
    if isinstance(plugin, OfflineMethod):
        return Conformance(offline=(OfflineSamples(method_id=plugin.method.id),))
    return None
