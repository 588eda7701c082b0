"""Each method's country and currency rules, default deny, and the explain answer."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2026, 11, 24)
SPEC_METHODS = {
    "visa", "mastercard", "amex", "discover", "jcb", "maestro", "carte_bancaire", "solo",
    "alipay", "ideal", "paynearme", "paypal", "webmoney", "wire_transfer", "check",
}
OFFLINE = {"paynearme", "paypal", "wire_transfer", "check"}


def offered(catalog, country, currency=None):
    return {m.id for m in catalog.methods_for(country, currency, ON)}


def test_all_fifteen_methods_are_installed_with_a_flow(catalog):
    assert set(catalog.methods) == SPEC_METHODS
    for method in catalog.methods.values():
        assert method.flow == ("offline" if method.id in OFFLINE else "instant"), method.id


@pytest.mark.parametrize(
    ("method", "yes", "no"),
    [
        # (method, offered in (country, currency), not offered in (country, currency))
        ("ideal", [("NL", "EUR")], [("DE", "EUR"), ("BE", "EUR"), ("NL", "USD")]),
        ("carte_bancaire", [("FR", "EUR"), ("MC", "EUR")], [("DE", "EUR"), ("FR", "USD")]),
        # Solo closed on 2011-03-31, before any country went live (tests/test_ops_windows_and_plugin_data.py)
        ("solo", [], [("GB", "GBP"), ("IE", "EUR"), ("FR", "EUR"), ("GB", "USD")]),
        ("maestro", [("DE", "EUR"), ("GB", "GBP"), ("CH", "CHF")], [("US", "USD"), ("JP", "JPY")]),
        ("discover", [("US", "USD"), ("CA", "CAD")], [("DE", "EUR"), ("US", "EUR")]),
        ("jcb", [("JP", "JPY"), ("US", "USD"), ("SG", "SGD")], [("DE", "EUR"), ("BR", "BRL")]),
        ("alipay", [("CN", "CNY"), ("HK", "HKD")], [("US", "USD"), ("CN", "EUR")]),
        ("webmoney", [("RU", "RUB"), ("KZ", "USD")], [("DE", "EUR"), ("RU", "JPY")]),
        ("paynearme", [("US", "USD")], [("CA", "CAD"), ("US", "CAD")]),
        ("check", [("US", "USD"), ("CA", "CAD")], [("GB", "GBP"), ("US", "EUR")]),
        ("paypal", [("DE", "EUR"), ("AU", "AUD"), ("BR", "BRL")], [("IN", "INR")]),
        ("wire_transfer", [("DE", "EUR"), ("JP", "JPY"), ("ZA", "ZAR")], []),
        ("visa", [("US", "USD"), ("DE", "EUR"), ("JP", "JPY"), ("BR", "BRL")], []),
        ("mastercard", [("US", "USD"), ("IN", "INR"), ("KR", "KRW")], []),
        ("amex", [("US", "USD"), ("GB", "GBP"), ("AU", "AUD")], []),
    ],
)
def test_method_country_and_currency_rules(catalog, method, yes, no):
    for country, currency in yes:
        assert method in offered(catalog, country, currency), f"{method} should be offered in {country}/{currency}"
        assert catalog.explain(country, method, currency, ON).offered
    for country, currency in no:
        assert method not in offered(catalog, country, currency), f"{method} offered in {country}/{currency}"
        explanation = catalog.explain(country, method, currency, ON)
        assert not explanation.offered
        assert {r.code for r in explanation.reasons} <= {"method-not-in-country", "method-currency", "method-closed"}


def test_default_deny_for_unknown_and_not_live(catalog):
    assert catalog.methods_for("ZZ", "USD", ON) == ()
    assert catalog.methods_for("JP", "JPY", date(2013, 7, 14)) == ()
    assert offered(catalog, "JP", "JPY") >= {"visa", "jcb"}
    reasons = catalog.explain("JP", "jcb", "JPY", date(2013, 7, 14)).reasons
    assert [r.code for r in reasons] == ["country-not-live"]
    assert "2013-07-15" in reasons[0].text


def test_explain_names_the_missing_plugin(catalog):
    answer = catalog.explain("NL", "sofort", "EUR", ON)
    assert not answer.offered and answer.reasons[0].code == "not-installed"
    assert "sofort" in answer.reasons[0].text


def test_methods_default_to_the_country_currency(catalog):
    assert offered(catalog, "NL") == offered(catalog, "NL", "EUR")
    assert offered(catalog, "JP") == offered(catalog, "JP", "JPY")


def test_instant_methods_are_listed_before_offline_ones(catalog):
    flows = [m.flow for m in catalog.methods_for("US", "USD", ON)]
    assert flows == sorted(flows, key=lambda f: f != "instant")


def test_amount_limits_narrow_the_offer(catalog):
    from decimal import Decimal

    small = {m.id for m in catalog.methods_for("US", "USD", ON, amount=Decimal("1500.00"))}
    large = {m.id for m in catalog.methods_for("US", "USD", ON, amount=Decimal("1500.01"))}
    assert "paynearme" in small and "paynearme" not in large and "visa" in large
    reasons = catalog.explain("US", "paynearme", "USD", ON, amount=Decimal("2000.00")).reasons
    assert [r.code for r in reasons] == ["amount-limit"]
