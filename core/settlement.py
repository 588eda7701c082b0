"""What offline payment plugins share: the payment reference an order is paid
under, and the rule that decides whether arriving money settles the order.

Offline methods (wire transfer, check, PayPal, PayNearMe) complete outside
the checkout: the customer quotes :func:`payment_reference` with the money,
and when a bank statement line, check deposit or PayPal notice arrives the
plugin answers ``settle_offline_payment`` with :func:`settle`.
"""

from __future__ import annotations

import hashlib
import re

from core.model import SettlementNotice, SettlementResult

REFERENCE_PREFIX = "RN"
#: Digits and capitals a person reads and types without doubt: no 0/O, 1/I/L, nor U (a V look-alike).
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
_BODY_LENGTH = 8
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def payment_reference(order_reference: str) -> str:
    """The reference a customer quotes with an offline payment, e.g. ``RN-7K4-MQ2-XPH``.

    Eight characters of :data:`ALPHABET` derived from the order reference (a
    SHA-256 digest, so the same order always gets the same reference and two
    orders practically never share one), then a Luhn mod 30 check character,
    which catches every single mistyped character and swaps of two
    neighbouring ones before a payment is matched to the wrong order. Groups
    of three, as people read codes aloud over the phone.
    """
    if not _NOT_ALNUM.sub("", order_reference.upper()):
        raise ValueError(f"order reference {order_reference!r} has no letters or digits")
    value = int.from_bytes(hashlib.sha256(order_reference.encode()).digest()[:8], "big")
    body = ""
    for _ in range(_BODY_LENGTH):
        value, index = divmod(value, len(ALPHABET))
        body += ALPHABET[index]
    code = body + _check_character(body)
    return f"{REFERENCE_PREFIX}-{code[0:3]}-{code[3:6]}-{code[6:9]}"


def normalize_reference(reference: str) -> str | None:
    """The canonical form of a (possibly hand-typed) reference, or None when it is not one.

    Spaces, dashes and letter case are ignored, as a bank clerk might type them.
    """
    compact = _NOT_ALNUM.sub("", reference.upper())
    if not compact.startswith(REFERENCE_PREFIX) or len(compact) != len(REFERENCE_PREFIX) + _BODY_LENGTH + 1:
        return None
    code = compact[len(REFERENCE_PREFIX):]
    if any(char not in ALPHABET for char in code) or _check_character(code[:-1]) != code[-1]:
        return None
    return f"{REFERENCE_PREFIX}-{code[0:3]}-{code[3:6]}-{code[6:9]}"


def reference_is_valid(reference: str) -> bool:
    """True when a reference has the shape and check character of :func:`payment_reference`."""
    return normalize_reference(reference) is not None


def settle(notice: SettlementNotice) -> SettlementResult:
    """Decide whether money that arrived settles its order.

    Same currency and at least the expected amount: ``settled`` (an
    overpayment still settles; ``settled_amount`` records what arrived so the
    difference can be refunded). Less: ``underpaid``, reason ``amount_short``.
    Another currency: ``rejected``, reason ``currency_mismatch`` (the money is
    not converted here; a person decides what to do with it).
    """
    def result(status, reason=None):
        return SettlementResult(status=status, payment_reference=notice.payment_reference,
                                settled_amount=notice.amount, currency=notice.currency, reason=reason)

    if notice.currency.upper() != notice.expected_currency.upper():
        return result("rejected", "currency_mismatch")
    if notice.amount < notice.expected_amount:
        return result("underpaid", "amount_short")
    return result("settled")


def _check_character(body: str) -> str:
    """Luhn mod N (N = 30) over :data:`ALPHABET`: the check character for ``body``."""
    base, factor, total = len(ALPHABET), 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        total += addend // base + addend % base
        factor = 1 if factor == 2 else 2
    return ALPHABET[(base - total % base) % base]
