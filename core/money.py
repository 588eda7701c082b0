"""Money: a Decimal amount in one currency, always at that currency's minor units.

The rounding rule, used everywhere: **round half away from zero
(ROUND_HALF_UP) to the currency's ISO 4217 minor units, once per computed
amount** (each line, each fee, each conversion), before anything is added or
formatted. JPY and KRW have no minor units; most currencies have two.
Adding two currencies is refused: convert first.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import msgspec
from babel.numbers import get_currency_precision

from core.errors import RenewalError


class CurrencyMismatch(RenewalError):
    message_id = "error-currency-mismatch"


class NotMoney(RenewalError):
    message_id = "error-not-money"


@lru_cache(maxsize=64)
def minor_units(currency: str) -> int:
    return get_currency_precision(currency)


@lru_cache(maxsize=64)
def _exponent(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` to ``currency``'s minor units with the one rounding rule."""
    if not isinstance(amount, Decimal):
        raise NotMoney(value=repr(amount))
    return amount.quantize(_exponent(currency), rounding=ROUND_HALF_UP)


def parse_amount(text: str | int | Decimal, currency: str) -> Decimal:
    """Text from a file or a form into a quantized Decimal; floats are refused."""
    if isinstance(text, float):
        raise NotMoney(value=repr(text))
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise NotMoney(value=repr(text)) from None
    if not value.is_finite():
        raise NotMoney(value=repr(text))
    return quantize(value, currency)


class Money(msgspec.Struct, frozen=True):
    """An amount in one currency. Build with :meth:`of`, which quantizes."""

    amount: Decimal
    currency: str

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        return cls(parse_amount(amount, currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(quantize(Decimal(0), currency), currency)

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(left=self.currency, right=other.currency)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(left=self.currency, right=other.currency)
        return Money(self.amount - other.amount, self.currency)

    def times(self, factor: Decimal | int) -> Money:
        """Multiply (quantity, percentage, rate) and round once."""
        if isinstance(factor, float):
            raise NotMoney(value=repr(factor))
        return Money(quantize(self.amount * factor, self.currency), self.currency)

    def percent(self, percent: Decimal) -> Money:
        return self.times(percent / Decimal(100))

    def convert(self, rate: Decimal, currency: str) -> Money:
        """Into ``currency`` at ``rate`` (units of ``currency`` per unit of this one)."""
        if isinstance(rate, float):
            raise NotMoney(value=repr(rate))
        return Money(quantize(self.amount * rate, currency), currency)

    def __lt__(self, other: Money) -> bool:
        if other.currency != self.currency:
            raise CurrencyMismatch(left=self.currency, right=other.currency)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        return self == other or self < other


def total(amounts: list[Money], currency: str) -> Money:
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result
