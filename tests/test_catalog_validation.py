"""Assembly rejects what would make the catalog wrong, naming the plugin at fault."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.catalog import assemble_catalog
from core.config import RegionsConfig, RegionSettings
from core.errors import CatalogError
from core.hookspecs import hookimpl
from core.model import (
    Country,
    CountryCurrency,
    Currency,
    LocaleResource,
    PaymentMethod,
    PriceItem,
    PriceList,
    Region,
)
from core.plugins import get_plugin_manager

ON = date(2026, 1, 1)


class TinyRegion:
    """A one-country region, enough to assemble a catalog."""

    @hookimpl
    def register_currencies(self, register):
        register(Currency(code="EUR"))
        register(Currency(code="USD"))  # the default eligibility currency

    @hookimpl
    def register_regions(self, register):
        register(Region(id="tiny", name="Tiny", countries=(Country(
            code="NL", wave=1, live_from=date(2013, 6, 10), currencies=(CountryCurrency(code="EUR"),),
            seller="Seller Ltd", email_locale="en", web_locale="en", support_phone="+31 20 000 0000"),)))

    @hookimpl
    def register_payment_methods(self, register):  # a switched-on country needs a way to pay
        register(PaymentMethod(id="tiny_card", kind="card", flow="instant"))

    @hookimpl
    def register_price_lists(self, register):
        register(PriceList(id="tiny-eur", currency="EUR", countries=("NL",), service_levels=("basic",),
                           items=(PriceItem(sku="SKU", service_level="basic", term_years=1, price=Decimal("10")),)))


class BankA:
    @hookimpl
    def register_payment_methods(self, register):
        register(PaymentMethod(id="bank", kind="bank_redirect", flow="instant", countries=frozenset({"NL"})))


class BankB:
    @hookimpl
    def register_payment_methods(self, register):
        register(PaymentMethod(id="bank", kind="bank_transfer", flow="offline"))


def build(*plugins, config=None, strict=False):
    pm = get_plugin_manager(load_entry_points=False, extra_plugins=plugins)
    config = config or RegionsConfig(regions={"tiny": RegionSettings(enabled=True)}, source="regions.yaml")
    return assemble_catalog(pm, config, strict=strict)


def test_a_clean_catalog_answers_in_constant_time_lookups():
    catalog = build(TinyRegion(), BankA())
    assert catalog.errors == ()
    assert [m.id for m in catalog.methods_for("NL", "EUR", ON)] == ["bank", "tiny_card"]
    with pytest.raises(AttributeError):
        catalog.methods = {}
    with pytest.raises(TypeError):
        catalog.countries["DE"] = catalog.countries["NL"]


def test_two_plugins_claiming_one_method_id_is_an_error_naming_both():
    with pytest.raises(CatalogError) as error:
        build(TinyRegion(), BankA(), BankB(), strict=True)
    text = str(error.value)
    assert '"bank"' in text and "BankA" in text and "BankB" in text


def test_country_enabled_in_config_that_no_plugin_provides():
    from core.config import CountrySettings

    config = RegionsConfig(countries={"DE": CountrySettings(enabled=True)}, source="regions.yaml")
    problems = build(TinyRegion(), config=config).errors
    assert [p.code for p in problems] == ["config-unknown-country"]
    assert "regions.yaml: at countries.DE" in problems[0].text


def test_price_list_in_an_unsupported_currency():
    class Yen:
        @hookimpl
        def register_price_lists(self, register):
            register(PriceList(id="bad-xyz", currency="XYZ", countries=("NL",), service_levels=("basic",), items=()))

    problems = build(TinyRegion(), Yen()).errors
    assert [p.code for p in problems] == ["price-list-currency"]
    assert "bad-xyz" in problems[0].text and "XYZ" in problems[0].text


def test_locale_missing_english_messages_is_a_warning_listing_them():
    class Locales:
        @hookimpl
        def register_locales(self, register):
            register(LocaleResource(code="en", channel="web", ftl="a = A\nb = B\n", source="en.ftl"))
            register(LocaleResource(code="de", channel="web", ftl="a = Ä\n", source="de.ftl"))

    catalog = build(TinyRegion(), BankA(), Locales())
    warnings = [p for p in catalog.warnings if p.code == "locale-missing-messages"]
    assert len(warnings) == 1 and "de" in warnings[0].text and ": b" in warnings[0].text


def test_fluent_syntax_error_is_an_error_with_file_and_line():
    class Broken:
        @hookimpl
        def register_locales(self, register):
            register(LocaleResource(code="en", channel="web", source="broken.ftl",
                                    ftl="ok = fine\nbad = { NUMBER($amount, currency: $cur) }\n"))

    problems = build(TinyRegion(), Broken()).errors
    assert [p.code for p in problems] == ["ftl-junk"]
    assert "broken.ftl: line 2" in problems[0].text


def test_plugin_registering_the_wrong_thing_is_named():
    class Confused:
        @hookimpl
        def register_payment_methods(self, register):
            register({"id": "visa"})

    problems = build(TinyRegion(), Confused()).errors
    assert problems[0].code == "wrong-type" and "Confused" in problems[0].text


def test_currency_registered_twice_identically_is_fine_but_conflicting_windows_are_not():
    class SameEuro:
        @hookimpl
        def register_currencies(self, register):
            register(Currency(code="EUR"))

    class OtherEuro:
        @hookimpl
        def register_currencies(self, register):
            register(Currency(code="EUR", valid_from=date(1999, 1, 1)))

    assert build(TinyRegion(), SameEuro()).errors == ()
    assert [p.code for p in build(TinyRegion(), OtherEuro()).errors] == ["duplicate-currency"]


def test_a_broken_plugin_is_named_not_a_traceback(tmp_path, monkeypatch):
    """An entry point whose module fails to import gives PluginLoadError naming it."""
    import importlib.metadata
    import sys

    from core.errors import PluginLoadError

    dist_info = tmp_path / "broken_plugin-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[online_renewal]\nbroken = broken_plugin_module\n")
    (tmp_path / "broken_plugin_module.py").write_text("raise RuntimeError('boom at import')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    with pytest.raises(PluginLoadError) as error:
        get_plugin_manager()
    assert "broken-plugin" in str(error.value) and "boom at import" in str(error.value)
    sys.modules.pop("broken_plugin_module", None)


def test_a_hook_that_raises_is_a_problem_naming_the_plugin():
    class Crashing:
        @hookimpl
        def register_regions(self, register):
            raise ValueError("countries.csv line 7: bad date")

    problems = build(TinyRegion(), Crashing()).errors
    assert [p.code for p in problems] == ["hook-failed"]
    assert "Crashing" in problems[0].text and "countries.csv line 7" in problems[0].text


def test_a_country_without_a_currency_is_a_problem_not_a_crash():
    class NoMoney:
        @hookimpl
        def register_regions(self, register):
            register(Region(id="nomoney", name="No money", countries=(Country(
                code="BE", wave=1, live_from=date(2013, 6, 10), currencies=(), seller="Seller Ltd",
                email_locale="en", web_locale="en", support_phone="+32 2 000 0000"),)))

    problems = build(TinyRegion(), NoMoney()).errors
    assert [p.code for p in problems] == ["country-without-currency"]
    assert "BE" in problems[0].text and "NoMoney" in problems[0].text
