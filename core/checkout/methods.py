"""The payment methods the method step offers, named and explained in the page language.

Only what the assembled catalog offers for the contract's country, the
payment currency, today and the amount (``Catalog.methods_for``), so a
tampered form value is refused. Each method is named by its Fluent label
(``payment-method-<id>``) and explained by how it works for the customer:
pay now by card, approve at the bank or wallet and come back, or pay later
with instructions (offline). The step's button says what happens next for
the chosen method: "Continue to payment" for a card (the card form comes next),
"Continue to iDEAL" for a bank or wallet page, "Get payment instructions" for an
offline one (nothing is paid on the next page), "Continue" while no choice
is made and the methods differ. Nothing is paid on the next page either way, so
the button names no amount (the total is on the step and the pay page).
"""

from __future__ import annotations

from core.checkout.schemas import Choice
from core.model import PaymentMethod


def offered_methods(kit, loaded) -> tuple[PaymentMethod, ...]:
    quote = loaded.stored.quote
    if quote.currency is None or quote.total is None:
        return ()
    return kit.catalog.methods_for(loaded.contract.country, quote.currency, loaded.now.date(), amount=quote.total)


def explanation_id(method: PaymentMethod) -> str:
    if method.flow == "offline":
        return "method-explain-offline"
    if method.kind == "card":
        return "method-explain-card"
    return "method-explain-redirect"


def button_text(kit, loaded, method: PaymentMethod, name: str) -> str:
    if method.flow == "offline":
        return kit.text(loaded.code, "method-button-offline")
    if method.kind == "card":
        return kit.text(loaded.code, "method-button-card")
    return kit.text(loaded.code, "method-button-redirect", method=name)


def method_choices(kit, loaded, chosen: str | None = None) -> tuple[Choice, ...]:
    choices = []
    for method in offered_methods(kit, loaded):
        name = kit.text(loaded.code, f"payment-method-{method.id}")
        arguments = {"method": name}
        choices.append(Choice(value=method.id, label=name, checked=method.id == chosen,
                              hint=kit.text(loaded.code, explanation_id(method), **arguments),
                              button=button_text(kit, loaded, method, name), kind=method.kind))
    return tuple(choices)


def step_button(kit, loaded, choices: tuple[Choice, ...]) -> str:
    """The button's words before any script runs: the chosen method's, else the one all share, else Continue."""
    chosen = next((choice.button for choice in choices if choice.checked), None)
    if chosen:
        return chosen
    buttons = {choice.button for choice in choices}
    return buttons.pop() if len(buttons) == 1 else kit.text(loaded.code, "continue-button")
