"""Issue 10 items 7-8: payment methods and their country restrictions have validity
windows (plugin data, overridable in config/regions.yaml), right on every date asked
about; a plugin's data is validated as strictly as config, naming plugin and field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

from core.catalog import assemble_catalog
from core.cli.main import main
from core.config import RegionsConfig, RegionSettings
from core.hookspecs import hookimpl
from core.model import PaymentMethod
from core.platform import load_platform
from core.plugins import get_plugin_manager
from tests.test_catalog_validation import TinyRegion

REGIONS_ON = "regions:\n" + "".join(f"  {r}:\n    enabled: true\n" for r in ("north_america", "apj", "emea", "latam"))


def offered(catalog, country: str, day: date, currency: str | None = None) -> set[str]:
    return {m.id for m in catalog.methods_for(country, currency, day)}


# 7. validity windows ------------------------------------------------------------

@pytest.mark.parametrize(("day", "cards_in_russia", "paypal_in_russia"), [
    (date(2021, 12, 31), {"visa", "mastercard", "amex"}, True),
    (date(2022, 3, 5), {"visa", "mastercard", "amex"}, False),   # PayPal from 5 March
    (date(2022, 3, 6), {"visa", "mastercard"}, False),           # American Express from 6 March
    (date(2022, 3, 10), set(), False),                           # Visa and Mastercard from 10 March
    (date(2026, 11, 25), set(), False),
])
def test_the_2022_suspensions_in_russia_are_right_on_every_date(catalog, day, cards_in_russia, paypal_in_russia):
    methods = offered(catalog, "RU", day)
    assert methods & {"visa", "mastercard", "amex"} == cards_in_russia
    assert ("paypal" in methods) is paypal_in_russia
    assert "webmoney" in methods and "visa" in offered(catalog, "DE", day)


def test_explain_says_when_a_suspension_began(catalog):
    reasons = catalog.explain("RU", "visa", None, date(2023, 1, 1)).reasons
    assert [r.code for r in reasons] == ["method-suspended"]
    assert "2022-03-10" in reasons[0].text and "Russia" in reasons[0].text
    assert catalog.explain("RU", "visa", None, date(2022, 3, 9)).offered


def test_solo_closed_in_2011_and_config_can_move_a_methods_window(write_config):
    shipped = load_platform(write_config(REGIONS_ON)).catalog
    assert "solo" not in offered(shipped, "GB", date(2013, 7, 20), "GBP")
    [closed] = shipped.explain("GB", "solo", "GBP", date(2013, 7, 20)).reasons
    assert closed.code == "method-closed" and "2011-03-31" in closed.text
    extended = load_platform(write_config(REGIONS_ON + "methods:\n  solo:\n    valid_until: 2014-12-31\n")).catalog
    assert "solo" in offered(extended, "GB", date(2013, 7, 20), "GBP")
    assert "solo" not in offered(extended, "GB", date(2015, 1, 1), "GBP")


def test_a_country_restriction_in_config_applies_only_in_its_window(write_config):
    catalog = load_platform(write_config(
        REGIONS_ON + "countries:\n  DE:\n    methods:\n      exclude: [paypal]\n"
                     "      valid_from: 2026-01-01\n      valid_until: 2026-06-30\n")).catalog
    assert "paypal" in offered(catalog, "DE", date(2025, 12, 31))
    assert "paypal" not in offered(catalog, "DE", date(2026, 1, 1))
    assert "paypal" in offered(catalog, "DE", date(2026, 7, 1))
    assert [r.code for r in catalog.explain("DE", "paypal", None, date(2026, 3, 1)).reasons] == ["restricted-by-config"]
    assert catalog.explain("DE", "paypal", None, date(2026, 7, 1)).offered


def test_catalog_methods_on_a_date_before_and_after_a_suspension():
    before = CliRunner().invoke(main, ["catalog", "methods", "--country", "RU", "--on", "2021-06-01", "--json"])
    after = CliRunner().invoke(main, ["catalog", "methods", "--country", "RU", "--on", "2023-06-01", "--json"])
    assert '"visa"' in before.stdout and '"visa"' not in after.stdout


def test_a_config_window_for_an_unknown_method_is_named(write_config):
    catalog = load_platform(write_config(REGIONS_ON + "methods:\n  sollo:\n    valid_until: 2011-03-31\n")).catalog
    assert any("methods.sollo" in p.text for p in catalog.warnings)


# 8. plugin data validated as strictly as config --------------------------------------

def bad_method(**fields):
    class BadPlugin:
        __name__ = "renewal_payment_bad"

        @hookimpl
        def register_payment_methods(self, register):
            register(PaymentMethod(**{"id": "bad", "kind": "card", "flow": "instant", **fields}))

    return BadPlugin()


def build(plugin):
    pm = get_plugin_manager(load_entry_points=False, extra_plugins=[TinyRegion(), plugin])
    return assemble_catalog(pm, RegionsConfig(regions={"tiny": RegionSettings(enabled=True)}, source="t"),
                            strict=False)


@pytest.mark.parametrize(("fields", "field", "detail"), [
    ({"flow": "instnat"}, "flow", "instnat"),
    ({"kind": 42}, "kind", "got `int`"),
    ({"min_amount": {"EUR": "abc"}}, "min_amount", "decimal"),
    ({"max_amount": {"EUR": Decimal("-5")}}, "max_amount.EUR", "not a positive amount"),
    ({"currencies": frozenset({"eur"})}, "currencies", "regex"),
    ({"offline_expiry_days": 0}, "offline_expiry_days", ">= 1"),
])
def test_a_mistake_in_a_plugins_method_is_an_error_naming_plugin_and_field(fields, field, detail):
    catalog = build(bad_method(**fields))
    [error] = [p for p in catalog.errors if p.code == "invalid-contribution"]
    assert 'Plugin "renewal_payment_bad"' in error.text and '"bad"' in error.text
    assert f"unusable {field}" in error.text and detail in error.text
    assert "bad" not in offered(catalog, "NL", date(2026, 1, 1))
    [reason] = catalog.explain("NL", "bad", "EUR", date(2026, 1, 1)).reasons
    assert reason.code == "invalid-plugin-data" and field in reason.text


def test_the_installed_plugins_data_is_valid(catalog):
    assert [p.text for p in catalog.problems if p.code == "invalid-contribution"] == []


def test_a_method_nobody_can_process_or_explain_is_an_error():
    """An instant method no installed plugin authorizes, or an offline method with no
    instructions: a customer could choose it and never pay (core/coverage.py checks it)."""
    from core.coverage import check_problems

    class Unpayable:
        __name__ = "renewal_payment_unpayable"

        @hookimpl
        def register_payment_methods(self, register):
            register(PaymentMethod(id="ghost_card", kind="card", flow="instant"))
            register(PaymentMethod(id="ghost_transfer", kind="bank_transfer", flow="offline",
                                   offline_expiry_days=10))

    pm = get_plugin_manager(load_entry_points=False, extra_plugins=[TinyRegion(), Unpayable()])
    catalog = assemble_catalog(pm, RegionsConfig(regions={"tiny": RegionSettings(enabled=True)}, source="t"),
                               strict=False)
    errors = [p.text for p in check_problems(pm, catalog)[0] if p.severity == "error"]
    assert any('"ghost_card"' in e and "authorize_payment" in e for e in errors)
    assert any('"ghost_transfer"' in e and "offline_instructions" in e for e in errors)
    assert any('"ghost_transfer"' in e and "offline-instructions-ghost_transfer" in e for e in errors)
