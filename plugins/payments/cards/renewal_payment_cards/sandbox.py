"""The sandbox card processor: behaves like a real payment-security provider.

:func:`tokenize` validates card details and swaps the number for an opaque
token. Its vault keeps only what a processor may show or needs to answer
(last four digits, expiry, the test card's outcome): the number itself is
dropped here and the security code is checked and forgotten, as PCI DSS
requires. :func:`authorize` charges a token, answering by test card number;
the table of test cards is in the package docstring (``renewal_payment_cards``).

The vault, the answers and the charges live in the core's database
(``core.plugin_state``), so a token made by one app process charges in
another. :func:`charges` lists every charge made, so a test can check that a
retried payment was charged once; :func:`reset` empties everything.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import msgspec

from core.model import (
    AuthorizationRequest,
    AuthorizationResult,
    PaymentStatusRequest,
    PaymentStatusResult,
    TokenizeRequest,
    TokenizeResult,
)
from core.plugin_state import PluginStore

from renewal_payment_cards.methods import BY_ID

# Issuer identification number ranges, as (first, last, brand): a number
# belongs to the range whose bounds match its leading digits; the longest
# (most specific) range wins, so 6759 is Maestro although 6 starts Discover.
_BIN_RANGES: tuple[tuple[str, str, str], ...] = (
    ("4", "4", "visa"),
    ("51", "55", "mastercard"),
    ("2221", "2720", "mastercard"),
    ("34", "34", "amex"),
    ("37", "37", "amex"),
    ("6011", "6011", "discover"),
    ("644", "649", "discover"),
    ("65", "65", "discover"),
    ("622126", "622925", "discover"),
    ("3528", "3589", "jcb"),
    ("50", "50", "maestro"),
    ("56", "58", "maestro"),
    ("6304", "6304", "maestro"),
    ("6390", "6390", "maestro"),
    ("67", "67", "maestro"),
    ("6334", "6334", "solo"),
    ("6767", "6767", "solo"),
)
_LENGTHS: dict[str, frozenset[int]] = {
    "visa": frozenset({13, 16, 19}),
    "mastercard": frozenset({16}),
    "amex": frozenset({15}),
    "discover": frozenset(range(16, 20)),
    "jcb": frozenset(range(16, 20)),
    "maestro": frozenset(range(12, 20)),
    "solo": frozenset({16, 18, 19}),
}
# Carte Bancaire cards carry a Visa or Mastercard BIN (co-badged).
_ACCEPTED_BRANDS: dict[str, frozenset[str]] = {
    method_id: frozenset({method_id}) for method_id in BY_ID
} | {"carte_bancaire": frozenset({"visa", "mastercard"})}

# Test cards that do not approve: number -> (status, processor code, unified code).
_OUTCOMES: dict[str, tuple[str, str, str]] = {
    "4000000000000002": ("declined", "05", "do_not_honor"),
    "4000000000009995": ("declined", "51", "insufficient_funds"),
    "4000000000000069": ("declined", "54", "expired_card"),
    "4000000000000119": ("error", "96", "processor_unavailable"),
}
_MAX_YEARS_AHEAD = 20


_TIMEOUT_CARD = "4000000000000267"  # charges, then the answer is lost on the way back

_store = PluginStore("cards")


class ProcessorTimeout(TimeoutError):
    """The sandbox's "answer lost on the way" (test card 4000000000000267): the charge was made."""


@dataclass(frozen=True)
class Charge:
    """One charge the processor made (a test inspects these, never card numbers)."""

    idempotency_key: str
    processor_reference: str
    method_id: str
    token: str
    last4: str
    amount: Decimal
    currency: str
    order_reference: str


def store() -> PluginStore:
    """The sandbox's shared state (its web pages keep their counters there too)."""
    return _store


def reset() -> None:
    """Forget every token, answer and charge (for tests)."""
    _store.clear()


def charges() -> list[Charge]:
    """Every charge made, oldest first, in every app process sharing the database."""
    return [Charge(**{**item, "amount": Decimal(item["amount"])}) for item in _store.values("charge:")]


def charges_for(idempotency_key: str) -> list[Charge]:
    return [charge for charge in charges() if charge.idempotency_key == idempotency_key]


def _today() -> date:
    """The processor's clock; tests may replace it."""
    return date.today()


def brand_of(number: str) -> str | None:
    """The card brand the number's BIN belongs to, or None for an unknown range."""
    best: tuple[int, str] | None = None
    for first, last, brand in _BIN_RANGES:
        head = number[: len(first)]
        if len(head) == len(first) and first <= head <= last and (best is None or len(first) > best[0]):
            best = (len(first), brand)
    return best[1] if best else None


def luhn_valid(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def card_digits(typed: str) -> str | None:
    """The card number as typed (spaces and dashes allowed), or None when it cannot be a card number."""
    number = "".join(typed.split()).replace("-", "")
    return number if number.isdigit() and 12 <= len(number) <= 19 and luhn_valid(number) else None


def tokenize(request: TokenizeRequest) -> TokenizeResult:
    """Validate the card for ``request.method_id`` and vault it; errors are unified codes."""
    number = card_digits(request.number)
    if number is None:
        return TokenizeResult(token=None, error="invalid_number")
    brand = brand_of(number)
    if brand is None:
        return TokenizeResult(token=None, error="unsupported_brand")
    if len(number) not in _LENGTHS[brand]:
        return TokenizeResult(token=None, error="invalid_number")
    if brand not in _ACCEPTED_BRANDS[request.method_id]:
        return TokenizeResult(token=None, error="brand_mismatch")
    year = request.expiry_year + 2000 if 0 <= request.expiry_year < 100 else request.expiry_year
    today = _today()
    if not 1 <= request.expiry_month <= 12 or year > today.year + _MAX_YEARS_AHEAD:
        return TokenizeResult(token=None, error="invalid_expiry")
    if (year, request.expiry_month) < (today.year, today.month):
        return TokenizeResult(token=None, error="expired_card")
    cvc_length = 4 if brand == "amex" else 3
    if not (request.cvc.isdigit() and len(request.cvc) == cvc_length):
        return TokenizeResult(token=None, error="invalid_cvc")
    outcome = _OUTCOMES.get(number) or (("timeout", "", "") if number == _TIMEOUT_CARD else None)
    card = {"method_id": request.method_id, "last4": number[-4:], "expiry_month": request.expiry_month,
            "expiry_year": year, "outcome": list(outcome) if outcome else None}
    token = "tok_" + secrets.token_urlsafe(24)
    _store.add(f"token:{token}", card)
    return TokenizeResult(token=token, last4=card["last4"], brand=request.method_id)


def authorize(request: AuthorizationRequest) -> AuthorizationResult:
    """Charge the card behind ``request.token``, at most once per idempotency key.

    A repeat of a key returns the first answer. A key reused for a different
    payment (other token, amount, currency or order) is refused with
    ``idempotency_key_reused`` and charges nothing, as Stripe does.
    Requests the processor cannot act on at all (unknown token, a token
    vaulted for another method, a bad amount) are not remembered, so a
    corrected retry with the same key goes through. The first answer per key
    is kept in the shared store, so two app processes (or two concurrent
    requests) asking with one key get one answer and one charge.
    """
    fingerprint = [request.method_id, request.token, str(request.amount), request.currency.upper(),
                   request.order_reference]
    first = _store.get(f"answer:{request.idempotency_key}")
    if first is not None:
        return _replay(first, fingerprint)
    card = _store.get(f"token:{request.token}")
    if card is None or card["method_id"] != request.method_id:
        return AuthorizationResult(status="error", unified_code="invalid_token")
    method = BY_ID[request.method_id]
    currency = request.currency.upper()
    if method.currencies and currency not in method.currencies:
        return AuthorizationResult(status="error", unified_code="currency_not_supported")
    if request.amount <= 0:
        return AuthorizationResult(status="error", unified_code="invalid_amount")
    answer = _issuer_answer(request, card, currency)
    stored, kept = _store.add(f"answer:{request.idempotency_key}",
                              {"fingerprint": fingerprint, "answer": msgspec.to_builtins(answer)})
    if not stored:  # a concurrent request with this key answered first: its answer stands
        return _replay(kept, fingerprint)
    if answer.status == "approved":
        _store.add(f"charge:{request.idempotency_key}", {
            "idempotency_key": request.idempotency_key, "processor_reference": answer.processor_reference or "",
            "method_id": request.method_id, "token": request.token, "last4": card["last4"],
            "amount": str(request.amount), "currency": currency, "order_reference": request.order_reference,
        })
        if (card["outcome"] or [None])[0] == "timeout":
            raise ProcessorTimeout("the sandbox processor charged the card but its answer was lost")
    return answer


def status(request: PaymentStatusRequest) -> PaymentStatusResult:
    """What became of a payment whose answer the checkout never got (the janitor asks; nothing is charged).

    The first answer kept for the idempotency key decides: an approval is
    ``paid`` with what was charged; a decline or an error is ``failed``. No
    answer kept means the request never reached the processor: ``failed``.
    """
    first = _store.get(f"answer:{request.idempotency_key}")
    if first is None:
        return PaymentStatusResult(status="failed", unified_code="not_received")
    answer = msgspec.convert(first["answer"], AuthorizationResult)
    if answer.status == "approved":
        return PaymentStatusResult(status="paid", processor_reference=answer.processor_reference,
                                   processed_amount=answer.processed_amount,
                                   processed_currency=answer.processed_currency)
    return PaymentStatusResult(status="failed", unified_code=answer.unified_code)


def _replay(first: dict, fingerprint: list) -> AuthorizationResult:
    if first["fingerprint"] != fingerprint:
        return AuthorizationResult(status="error", unified_code="idempotency_key_reused")
    return msgspec.convert(first["answer"], AuthorizationResult)


def _issuer_answer(request: AuthorizationRequest, card: dict, currency: str) -> AuthorizationResult:
    method = BY_ID[request.method_id]
    limit = method.max_amount.get(currency)
    if limit is not None and request.amount > limit:
        return AuthorizationResult(status="declined", decline_code="61", unified_code="amount_limit")
    minimum = method.min_amount.get(currency)
    if minimum is not None and request.amount < minimum:
        return AuthorizationResult(status="declined", decline_code="13", unified_code="amount_limit")
    if (card["expiry_year"], card["expiry_month"]) < (_today().year, _today().month):
        return AuthorizationResult(status="declined", decline_code="54", unified_code="expired_card")
    outcome = card["outcome"]
    if outcome is not None and outcome[0] != "timeout":
        status, code, unified = outcome
        return AuthorizationResult(status=status, decline_code=code, unified_code=unified)
    return AuthorizationResult(
        status="approved",
        processor_reference="SBX-" + secrets.token_hex(8).upper(),
        processed_amount=request.amount,
        processed_currency=currency,
    )
