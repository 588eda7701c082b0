"""Money is Decimal at the currency's minor units, with one rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.i18n import currency_name, money as format_money
from core.money import CurrencyMismatch, Money, NotMoney, minor_units, quantize


@pytest.mark.parametrize(("currency", "digits"), [("JPY", 0), ("KRW", 0), ("USD", 2), ("HUF", 2), ("TWD", 2)])
def test_minor_units_are_iso_4217(currency, digits):
    assert minor_units(currency) == digits
    assert Money.of("1234.5", currency).amount.as_tuple().exponent == -digits


def test_rounding_is_half_away_from_zero_once():
    assert quantize(Decimal("0.125"), "EUR") == Decimal("0.13")
    assert quantize(Decimal("-0.125"), "EUR") == Decimal("-0.13")
    assert quantize(Decimal("1234.5"), "JPY") == Decimal("1235")  # babel alone would print 1,234 (half-even)
    assert Money.of("19.99", "EUR").times(3) == Money(Decimal("59.97"), "EUR")
    assert Money.of("100.00", "EUR").percent(Decimal("2.5")) == Money(Decimal("2.50"), "EUR")


def test_adding_two_currencies_is_refused():
    with pytest.raises(CurrencyMismatch) as error:
        Money.of("1.00", "EUR") + Money.of("1.00", "USD")
    assert "EUR" in str(error.value) and "USD" in str(error.value)
    assert Money.of("1.10", "EUR") + Money.of("2.20", "EUR") == Money(Decimal("3.30"), "EUR")


def test_floats_are_never_money():
    with pytest.raises(NotMoney):
        Money.of(0.1, "EUR")
    with pytest.raises(NotMoney):
        Money.of("1.00", "EUR").times(1.5)
    with pytest.raises(NotMoney):
        Money.of("abc", "EUR")


def test_convert_rounds_to_the_target_currency():
    assert Money.of("1500.00", "USD").convert(Decimal("154.37"), "JPY") == Money(Decimal("231555"), "JPY")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de-CH", "CHF\u00a01\u2019234.50"),
        ("fr", "1\u202f234,50\u00a0CHF"),
        ("ja", "CHF\u00a01,234.50"),
    ],
)
def test_amounts_are_formatted_in_the_reader_locale(locale, expected):
    assert format_money(Decimal("1234.50"), "CHF", locale) == expected


NBSP, RLM, LRM = "\u00a0", "\u200f", "\u200e"


@pytest.mark.parametrize(
    ("amount", "currency", "code", "country", "expected"),
    [
        ("46.74", "USD", "es-419", "MX", f"USD{NBSP}46.74"),  # was USD46.74 on a Mexican page
        ("1234.50", "CHF", "en", None, f"CHF{NBSP}1,234.50"),
        ("-1234.50", "CHF", "en", None, f"-CHF{NBSP}1,234.50"),
        ("1234.50", "CHF", "de", "CH", f"CHF{NBSP}1\u2019234.50"),  # the pattern's own space, not a second one
        ("-1234.50", "CHF", "de", "CH", "CHF-1\u2019234.50"),  # a minus sign, not a digit, touches the code
        ("46.74", "USD", "ja", "JP", "$46.74"),  # a symbol sign stays attached
        ("46.74", "CHF", "ja", "JP", f"CHF{NBSP}46.74"),
        ("1234.50", "USD", "ko", None, "US$1,234.50"),
        ("1234.50", "EUR", "en", None, "€1,234.50"),
        ("1234.50", "BRL", "pt-BR", None, f"R${NBSP}1.234,50"),
        ("1234.50", "USD", "ar", None, f"{RLM}1,234.50{NBSP}US${LRM}"),  # was drawn "$US" right to left
        ("45", "CAD", "ar", None, f"{RLM}45.00{NBSP}CA${LRM}"),
        ("45", "NZD", "he", None, f"{RLM}45.00{NBSP}{RLM}NZ${LRM}"),
        ("45", "EUR", "ar", None, f"{RLM}45.00{NBSP}€"),  # a symbol sign alone needs no mark
        ("45", "USD", "he", None, f"{RLM}45.00{NBSP}{RLM}$"),
        ("1234.50", "CHF", "ar", None, f"{RLM}1,234.50{NBSP}CHF"),
        ("1234.50", "CHF", "he", None, f"{RLM}1,234.50{NBSP}{RLM}CHF"),
        ("1234.50", "MXN", "es", None, f"1.234,50{NBSP}MXN"),
    ],
)
def test_a_lettered_currency_sign_never_touches_the_digits(amount, currency, code, country, expected):
    """CLDR's currency spacing, which babel does not apply: a no-break space between letters and digits."""
    assert format_money(Decimal(amount), currency, code, country) == expected


def test_formatting_refuses_floats():
    with pytest.raises(TypeError):
        format_money(1234.5, "EUR", "de")


@pytest.mark.parametrize(("code", "expected"), [("es-419", "baht tailandés"), ("es-MX", "baht tailandés"),
                                                ("es", "bat tailandés"), ("en", "Thai Baht")])
def test_currency_names_are_spelled_right(code, expected):
    """The currency step's names: CLDR's es-419 'baht tailandes' lacks its accent."""
    assert currency_name("THB", code) == expected
