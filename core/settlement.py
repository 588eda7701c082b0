"""What offline payment plugins share: the payment reference an order is paid
under, and the rule that decides whether arriving money settles the order.

Offline methods (wire transfer, check, PayPal, PayNearMe) complete outside
the checkout: the customer quotes :func:`payment_reference` with the money,
and when a bank statement line, check deposit or PayPal notice arrives the
plugin answers ``settle_offline_payment`` with :func:`settle`.
"""

from __future__ import annotations

import re

from core.model import SettlementNotice, SettlementResult

REFERENCE_PREFIX = "RN"
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def payment_reference(order_reference: str) -> str:
    """The reference a customer quotes with an offline payment: ``RN-<order>-<check>``.

    ``<order>`` is the order reference in upper case with everything but
    letters and digits dropped (so it is easy to type and survives bank
    remittance fields); ``<check>`` is two ISO 7064 MOD 97-10 check digits
    (as in IBANs and RF creditor references), which catch every mistyped
    character and every swap of two neighbouring characters. The reference
    is unique as long as order references differ in their letters and digits.
    """
    body = _NOT_ALNUM.sub("", order_reference.upper())
    if not body:
        raise ValueError(f"order reference {order_reference!r} has no letters or digits")
    return f"{REFERENCE_PREFIX}-{body}-{98 - _mod97(body + REFERENCE_PREFIX + '00'):02d}"


def reference_is_valid(reference: str) -> bool:
    """True when a (possibly hand-typed) reference has the shape and check digits of :func:`payment_reference`.

    Spaces, dashes and letter case are ignored, as a bank clerk might type them.
    """
    compact = _NOT_ALNUM.sub("", reference.upper())
    if len(compact) < len(REFERENCE_PREFIX) + 3 or not compact.startswith(REFERENCE_PREFIX):
        return False
    body, check = compact[len(REFERENCE_PREFIX):-2], compact[-2:]
    return check.isdigit() and _mod97(body + REFERENCE_PREFIX + check) == 1


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


def _mod97(text: str) -> int:
    """ISO 7064 MOD 97-10 remainder of an alphanumeric string (A=10 ... Z=35)."""
    return int("".join(str(int(char, 36)) for char in text)) % 97
