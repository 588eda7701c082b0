"""The one state machine of the checkout's orders and payment attempts.

Every change of ``renewal_order.status`` and ``payment.status`` goes through
:func:`check` (the domain code in this package never assigns a state any
other way), and every page the checkout shows is chosen from :data:`PAGE`.
So the back button, a reload or a second tab always land on the page of the
order's true state, never on a form that would pay again.

Order states::

    choosing_method ─► awaiting_payment ─► processing ─► paid
          ▲   │              │   ▲              │  ▲
          │   │              │   └── (retry) ◄──┘  │ (processor gave no answer:
          │   │              ▼                     │  stays processing)
          │   │           expired                  ▼
          │   └─► pending_offline ─► settled    declined ─► choosing_method / awaiting_payment
          └──────────────┘  └─► expired

- ``choosing_method``: the customer picks a method (also after going back).
- ``awaiting_payment``: an instant method's attempt is open: the card form or
  the bank's page, then (cards) the "pay" confirmation.
- ``processing``: the processor has the request, or gave no answer (error,
  time-out). Not a decline: asking again with the same idempotency key never
  charges twice.
- ``paid``: approved; the contract is renewed (terminal).
- ``declined``: the issuer or the customer (at the bank) said no; nothing was
  charged. The customer changes the payment option from here.
- ``pending_offline``: an offline method's instructions are shown; the money
  settles it (``settled``) or the order expires.
- ``expired``: the quote version ran out before paying (the checkout
  re-quotes) or an offline order was never paid (terminal).
"""

from __future__ import annotations

from typing import Literal

from core.errors import RenewalError

OrderState = Literal[
    "choosing_method", "awaiting_payment", "processing", "paid", "declined", "pending_offline", "settled", "expired",
]
PaymentState = Literal["created", "ready", "authorizing", "unknown", "approved", "declined", "abandoned"]

ORDER_TRANSITIONS: dict[str, frozenset[str]] = {
    # settled from a choosing state: money sent for the order's earlier offline reference (core/offline/settle.py)
    "choosing_method": frozenset({"awaiting_payment", "pending_offline", "settled", "expired"}),
    "awaiting_payment": frozenset({"choosing_method", "awaiting_payment", "pending_offline", "processing", "settled",
                                   "expired"}),
    "processing": frozenset({"paid", "declined", "processing"}),
    "declined": frozenset({"choosing_method", "awaiting_payment", "pending_offline", "settled", "expired"}),
    "pending_offline": frozenset({"choosing_method", "awaiting_payment", "pending_offline", "settled", "expired"}),
    "paid": frozenset(),
    "settled": frozenset(),
    "expired": frozenset(),
}

PAYMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    "created": frozenset({"ready", "abandoned"}),
    "ready": frozenset({"ready", "authorizing", "abandoned"}),
    "authorizing": frozenset({"approved", "declined", "unknown", "authorizing"}),
    "unknown": frozenset({"authorizing"}),
    "approved": frozenset(),
    "declined": frozenset(),
    "abandoned": frozenset(),
}

#: The page the checkout shows for each order state (PORTAL renders it).
PAGE: dict[str, str] = {
    "choosing_method": "method",
    "awaiting_payment": "pay",
    "processing": "processing",
    "paid": "confirmation",
    "declined": "declined",
    "pending_offline": "offline",
    "settled": "confirmation",
    "expired": "quote-expired",
}

#: Orders in these states block a second order for the same contract.
OPEN_STATES = frozenset({"choosing_method", "awaiting_payment", "processing", "declined", "pending_offline"})
#: Where the customer may (re)choose a payment method.
CHOOSING_STATES = frozenset({"choosing_method", "declined", "awaiting_payment", "pending_offline"})


class IllegalTransition(RenewalError):
    """A programming error: the domain asked for a change the state machine forbids."""

    message_id = "error-illegal-transition"


def can_follow(current: str, following: str, machine: dict[str, frozenset[str]] = ORDER_TRANSITIONS) -> bool:
    return following in machine.get(current, frozenset())


def check(current: str, following: str, machine: dict[str, frozenset[str]] = ORDER_TRANSITIONS) -> str:
    """Return ``following`` when it may follow ``current``; raise IllegalTransition otherwise."""
    if not can_follow(current, following, machine):
        kind = "order" if machine is ORDER_TRANSITIONS else "payment"
        raise IllegalTransition(kind=kind, current=current, following=following)
    return following


def page_for(state: str) -> str:
    return PAGE[state]


def is_terminal(state: str) -> bool:
    return not ORDER_TRANSITIONS[state]
