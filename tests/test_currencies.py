"""The 29 supported currencies and their validity windows (LVL and LTL retire into EUR)."""

from __future__ import annotations

from datetime import date

SPEC_CURRENCIES = set(
    "AUD BRL GBP CAD CNY CZK DKK EUR HKD HUF INR JPY MYR NZD NOK MXN PLN RUB SGD ZAR SEK CHF TWD THB KRW LVL LTL TRY USD"
    .split()
)


def test_exactly_the_spec_currencies(catalog):
    assert set(catalog.currencies) == SPEC_CURRENCIES


def test_lats_and_litas_retire_into_euro(catalog):
    lvl, ltl = catalog.currencies["LVL"], catalog.currencies["LTL"]
    assert lvl.valid_on(date(2013, 12, 31)) and not lvl.valid_on(date(2014, 1, 1))
    assert ltl.valid_on(date(2014, 12, 31)) and not ltl.valid_on(date(2015, 1, 1))
    assert lvl.replaced_by == ltl.replaced_by == "EUR"


def test_latvia_and_lithuania_switch_currency(catalog):
    latvia, lithuania = catalog.country("LV"), catalog.country("LT")
    assert latvia.currency_on(date(2013, 12, 31)) == "LVL"
    assert latvia.currency_on(date(2014, 1, 1)) == "EUR"
    assert lithuania.currency_on(date(2014, 12, 31)) == "LTL"
    assert lithuania.currency_on(date(2015, 1, 1)) == "EUR"


def test_no_method_is_offered_in_a_retired_currency(catalog):
    assert catalog.methods_for("LV", "LVL", date(2013, 12, 31))
    assert catalog.methods_for("LV", "LVL", date(2014, 1, 1)) == ()
    assert catalog.explain("LV", "visa", "LVL", date(2014, 1, 1)).reasons[0].code == "currency-retired"


def test_every_live_country_has_a_price_list_in_its_currency(catalog):
    today = date(2026, 11, 24)
    for entry in catalog.countries.values():
        if entry.live_on(today):
            price_list = catalog.price_list_for(entry.code, entry.currency_on(today))
            assert price_list is not None, entry.code
            assert price_list.items and all(item.price > 0 for item in price_list.items)
