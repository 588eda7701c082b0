"""Amounts and dates follow the reader's language and the contract's country
(issue 6, item 1): the exact strings a customer sees, separators included
(U+00A0 no-break space, U+202F narrow no-break space, U+2019 apostrophe)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.i18n import day, formatting_locale, money, number, percent

NBSP, NNBSP = "\u00a0", "\u202f"
NOVEMBER_25 = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("amount", "currency", "code", "country", "expected"),
    [
        ("1234.50", "MXN", "es-419", "MX", "$1,234.50"),  # Mexico writes $1,234.50 …
        ("1234.50", "MXN", "es", "MX", "$1,234.50"),  # … whichever Spanish the page speaks
        ("1234.50", "MXN", "es", None, f"1.234,50{NBSP}MXN"),  # no country: Spain's conventions
        ("1234.50", "CHF", "de", "CH", f"CHF{NBSP}1’234.50"),
        ("1234.50", "CHF", "fr", "CH", f"1{NNBSP}234,50{NBSP}CHF"),
        ("1234567.50", "INR", "en", "IN", "₹12,34,567.50"),  # lakh grouping
        ("1234.50", "EUR", "pt-BR", "PT", f"1{NBSP}234,50{NBSP}€"),  # Portugal's conventions for pt
        ("1234.50", "HKD", "zh-Hant", "HK", "HK$1,234.50"),  # script-bearing code + country
        ("1234.50", "USD", "de", "US", f"1.234,50{NBSP}$"),  # CLDR has no de_US: German conventions
        ("1234.5", "JPY", "ja", "JP", "￥1,235"),  # rounded half-up to ISO 4217 minor units first
    ],
)
def test_money_for_language_and_country(amount, currency, code, country, expected):
    assert money(Decimal(amount), currency, code, country=country) == expected


def test_the_same_reader_sees_the_same_amount_on_the_page_and_in_the_email():
    """The web speaks es-419 and the email es-419 to a Mexican: one string for both."""
    page = money(Decimal("1234.50"), "MXN", "es-419", country="MX")
    email = money(Decimal("1234.50"), "MXN", "es-419", country="MX")
    assert page == email == money(Decimal("1234.50"), "MXN", "es", country="MX")


@pytest.mark.parametrize("country", ["GB", "IE", "AU", "NZ", "SG", "ZA"])
def test_english_outside_the_us_writes_day_month_year(country):
    assert day(NOVEMBER_25, "en", country=country) == "25 November 2026"


def test_us_and_languagewide_english_dates_stay_month_first():
    assert day(NOVEMBER_25, "en", country="US") == "November 25, 2026"
    assert day(NOVEMBER_25, "en") == "November 25, 2026"


def test_moroccan_arabic_uses_the_maghreb_month_names():
    assert day(NOVEMBER_25, "ar", country="MA") == "25 نونبر 2026"
    assert day(NOVEMBER_25, "ar", country="SA") == "25 نوفمبر 2026"


def test_numbers_and_percentages_follow_the_country():
    assert number(Decimal("1234567.5"), "en", country="IN") == "12,34,567.5"
    assert number(Decimal("1234567.5"), "en") == "1,234,567.5"
    assert percent(Decimal("3.5"), "fr") == f"3,5{NBSP}%"
    assert percent(Decimal("3.5"), "fr", country="CH") == "3,5%"


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("es-419", "MX", "es_MX"), ("es", "MX", "es_MX"), ("de", "CH", "de_CH"), ("en", "IN", "en_IN"),
        ("ar", "MA", "ar_MA"), ("fr", "CH", "fr_CH"), ("pt-BR", "PT", "pt_PT"), ("en", "GB", "en_GB"),
        ("en", "AU", "en_AU"), ("zh-Hant", "HK", "zh_Hant_HK"), ("zh-Hans", "SG", "zh_Hans_SG"),
        ("zh-Hant", "CN", "zh_Hant"),  # never swap the script for the country's usual one
        ("de", "US", "de"), ("ja", "DE", "ja"), ("pt-BR", None, "pt_BR"), ("de", "", "de"), ("de", "1X", "de"),
    ],
)
def test_formatting_locale_uses_the_pair_only_when_cldr_has_it(code, country, expected):
    assert str(formatting_locale(code, country)) == expected


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        money(1234.5, "EUR", "de", country="DE")


def test_a_deadline_is_written_with_its_time_on_the_countrys_clock_and_the_zone_named():
    """A currency quote holds 30 minutes: its deadline needs the time, and whose clock it is."""
    from datetime import UTC, datetime

    from core.i18n import moment

    at = datetime(2026, 11, 25, 12, 5, tzinfo=UTC)
    assert moment(at, "en", "KR") == f"November 25, 2026, 9:05{NNBSP}PM Korean Standard Time"
    assert moment(at, "ko", "KR") == "2026년 11월 25일 PM 9:05 대한민국 표준시"
    assert moment(at, "de", "DE") == "25. November 2026, 13:05 Mitteleuropäische Normalzeit"
    assert moment(at, "en", "GB") == "25 November 2026, 12:05 Greenwich Mean Time"
    assert moment(datetime(2026, 7, 1, 12, 5, tzinfo=UTC), "de", "DE").endswith("14:05 Mitteleuropäische Sommerzeit")
    # Several zones in one country: the country's primary zone (its capital's), named, never UTC.
    assert moment(at, "en", "US") == f"November 25, 2026, 7:05{NNBSP}AM Eastern Standard Time"
    assert moment(at, "es-419", "MX") == f"25 de noviembre de 2026, 6:05{NNBSP}a.m. hora estándar central"
    assert moment(at, "es-ES", "ES") == "25 de noviembre de 2026, 13:05 (hora estándar de Europa central)"
    assert moment(at, "zh-Hans", "CN") == "2026年11月25日 中国标准时间 20:05"
    assert moment(at, "pt-BR", "BR").endswith("09:05 Horário Padrão de Brasília")
    assert moment(at, "en", "AU").endswith(f"11:05{NNBSP}pm Australian Eastern Daylight Time")
    assert moment(at, "pt-PT", "PT").endswith("12:05 Hora padrão da Europa Ocidental")
    assert moment(at, "en", "ZZ").endswith("Coordinated Universal Time")  # no zone known: UTC, said so
    assert moment(at, "ar", "AE") == "25 نوفمبر 2026، 4:05 م توقيت الخليج"
    assert moment(at, "zh-Hans", "SG") == "2026年11月25日 新加坡标准时间 下午8:05"  # the zone before the time
    with pytest.raises(ValueError):
        moment(datetime(2026, 11, 25, 12, 5), "en", "US")


@pytest.mark.parametrize(("rate", "base", "quote", "code", "shown"), [
    ("0.0006825938567", "KRW", "USD", "en", "1 USD = 1,465 KRW"),  # turned round: a number a reader knows
    ("0.0006825938567", "KRW", "USD", "de", "1 USD = 1.465 KRW"),
    ("1.0823456", "EUR", "USD", "fr", "1 EUR = 1,082 USD"),
    ("17.23456789", "USD", "MXN", "es-419", "1 USD = 17.235 MXN"),
    ("155.321987", "USD", "JPY", "ja", "1 USD = 155.322 JPY"),
])
def test_an_exchange_rate_reads_with_a_handful_of_digits_the_way_round_above_one(rate, base, quote, code, shown):
    from core.i18n import rate as readable_rate

    assert readable_rate(Decimal(rate), base, quote, code) == shown
