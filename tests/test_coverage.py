"""The translation policy (core/coverage.py) as ``renewals catalog check`` applies it:
English is required, gaps are reported the same way for every plugin, and a
method's label missing where the method is offered fails ``--strict``."""

from __future__ import annotations

from datetime import date

from core.catalog import assemble_catalog
from core.config import RegionsConfig, RegionSettings
from core.coverage import check_problems, method_messages
from core.hookspecs import hookimpl
from core.model import Country, CountryCurrency, Currency, LocaleResource, PaymentMethod, Region
from core.payments import RedirectSandbox
from core.plugins import get_plugin_manager

BANCONTACT = PaymentMethod(id="bancontact", kind="bank_redirect", flow="instant",
                           countries=frozenset({"BE"}), currencies=frozenset({"EUR"}))


class Benelux:
    """Belgium reads French on the web and Dutch in email; the Netherlands Dutch in both."""

    @hookimpl
    def register_currencies(self, register):
        register(Currency(code="EUR"))
        register(Currency(code="USD"))

    @hookimpl
    def register_regions(self, register):
        def country(code, email, web):
            return Country(code=code, wave=6, live_from=date(2013, 6, 10), currencies=(CountryCurrency(code="EUR"),),
                           seller="Seller Ltd", email_locale=email, web_locale=web, support_phone="+32 2 000 00 00")
        register(Region(id="benelux", name="Benelux", countries=(country("BE", "nl", "fr"), country("NL", "nl", "nl"))))


def locales(channel: str, texts: dict[str, str]):
    class Locales:
        @hookimpl
        def register_locales(self, register):
            for code, ftl in texts.items():
                register(LocaleResource(code=code, channel=channel, ftl=ftl, source=f"{channel}/{code}.ftl"))
    return Locales()


def check(*plugins):
    pm = get_plugin_manager(load_entry_points=False, extra_plugins=plugins)
    catalog = assemble_catalog(pm, RegionsConfig(regions={"benelux": RegionSettings(enabled=True)}, source="t"),
                               strict=False)
    _, report = check_problems(pm, catalog)
    return list(report.problems), report  # the catalog's own problems (no price list...) are tested elsewhere


def by_severity(problems, severity):
    return [p for p in problems if p.severity == severity]


def test_a_method_with_no_processor_and_no_label_fails_the_check():
    class LabelOnly:
        @hookimpl
        def register_payment_methods(self, register):
            register(BANCONTACT)

    problems, _ = check(Benelux(), LabelOnly())
    errors = " ".join(p.text for p in by_severity(problems, "error"))
    assert "no installed plugin implements authorize_payment" in errors
    assert '"payment-method-bancontact" in English for the web channel' in errors
    assert '"payment-method-bancontact" in English for the email channel' in errors


def test_labels_shipped_where_the_method_is_offered_pass_strict():
    label = "payment-method-bancontact = {}\n"
    plugin = RedirectSandbox(BANCONTACT, reference_prefix="BC", cancel_code="C", error_code="E")
    problems, report = check(
        Benelux(), plugin,
        locales("web", {"en": label.format("Bancontact") + "other = Other\n",
                        "fr": label.format("Bancontact") + "other = Autre\n",
                        "de": label.format("Bancontact"), "nl": "other = Ander\n"}),
        locales("email", {"en": label.format("Bancontact"), "nl": label.format("Bancontact")}))
    assert problems == []
    # German has it though no Benelux country reads German; Dutch web lacks it but Bancontact is
    # only offered in Belgium: both are reported as coverage, neither fails the check.
    web = {row.locale: row for row in report.rows if row.plugin == "RedirectSandbox" and row.channel == "web"}
    assert web["de"].missing == () and web["nl"].missing == ("payment-method-bancontact",)


def test_shipping_none_and_shipping_some_are_reported_the_same_way():
    plugin = RedirectSandbox(BANCONTACT, reference_prefix="BC", cancel_code="C", error_code="E")
    base = {"en": "payment-method-bancontact = Bancontact\n", "nl": "other = Ander\n"}
    none, none_report = check(Benelux(), plugin, locales("web", {**base}), locales("email", {**base}))
    some, some_report = check(Benelux(), plugin, locales("web", {**base, "de": "payment-method-bancontact = B\n"}),
                              locales("email", {**base}))
    assert [p.code for p in none] == [p.code for p in some]
    assert {p.code for p in by_severity(none, "warning")} == {"method-message-missing"}
    text = " ".join(p.text for p in none)
    assert 'The payment method "bancontact" is offered in BE, whose email locale nl lacks' in text
    assert "web locale fr" not in text  # no plugin provides French at all: country-locale-missing says so
    assert [r.locale for r in none_report.rows if r.missing and r.plugin == "RedirectSandbox"] == ["nl"] * 2


def test_a_message_only_in_a_translation_is_an_error_naming_the_file():
    problems, _ = check(Benelux(), locales("web", {"en": "a = A\n", "nl": "a = A\nb = B\n"}))
    assert [p.code for p in problems if p.severity == "error"] == ["not-in-english"]
    assert "web/nl.ftl" in problems[0].text and '"b"' in problems[0].text


def test_a_translation_gap_in_a_locale_a_country_uses_is_a_warning_elsewhere_only_reported():
    problems, report = check(Benelux(), locales("web", {"en": "a = A\nb = B\n", "nl": "a = A\n", "ja": "a = A\n"}))
    assert [p.code for p in problems if p.code == "locale-incomplete"] == ["locale-incomplete"]
    assert "locale nl" in [p.text for p in problems if p.code == "locale-incomplete"][0]
    assert {r.locale: r.missing for r in report.rows} == {"en": (), "ja": ("b",), "nl": ("b",)}


def test_offline_methods_need_their_instructions_or_their_variants_too():
    method = PaymentMethod(id="virement", kind="bank_transfer", flow="offline", offline_expiry_days=14)
    assert method_messages(method) == {
        "web": ("payment-method-virement", "offline-instructions-virement"),
        "email": ("payment-method-virement", "offline-instructions-virement"),
    }
    english = {"web": {"offline-instructions-virement-sepa", "offline-instructions-virement-aba", "other"}}
    assert method_messages(method, english)["web"] == (
        "payment-method-virement", "offline-instructions-virement-aba", "offline-instructions-virement-sepa")


def test_the_shipped_plugins_follow_the_policy(platform):
    problems, report = check_problems(platform.plugins, platform.catalog)
    assert [p.text for p in problems if p.severity == "error"] == []
    for method in platform.catalog.methods.values():
        assert any(r.channel == "email" and r.locale == "en" and not r.missing for r in report.rows
                   if f"payment-method-{method.id}" in method_messages(method)["email"])


def _bancontact_with_labels(labels: dict[tuple[str, str], str]):
    class Bancontact(RedirectSandbox):
        @hookimpl
        def register_locales(self, register):
            for (channel, code), text in labels.items():
                register(LocaleResource(code=code, channel=channel, ftl=f"payment-method-bancontact = {text}\n",
                                        source=f"bancontact/{channel}/{code}.ftl"))
    return Bancontact(BANCONTACT, reference_prefix="BC", cancel_code="C", error_code="E")


def test_the_reported_case_on_the_shipped_catalog_labels_in_four_languages_pass_none_fail():
    """The issue's case: labels in four languages used to give 26 warnings and fail --strict, none passed."""
    from core.platform import load_platform
    from tests.conftest import ROOT

    four = {("web", code): "Bancontact" for code in ("en", "nl", "fr", "de")} | {
        ("email", code): "Bancontact" for code in ("en", "nl")}
    shipped = load_platform(ROOT / "config" / "regions.yaml", extra_plugins=[_bancontact_with_labels(four)])
    problems, _ = check_problems(shipped.plugins, shipped.catalog)
    assert [p.text for p in problems if "bancontact" in p.text] == []

    bare = load_platform(ROOT / "config" / "regions.yaml", extra_plugins=[_bancontact_with_labels({})])
    problems, _ = check_problems(bare.plugins, bare.catalog)
    assert {p.code for p in problems if "bancontact" in p.text} == {"method-message-english", "method-message-missing"}


def test_catalog_coverage_lists_every_locale_of_a_plugin():
    import json

    from click.testing import CliRunner

    from core.cli import main

    result = CliRunner().invoke(main, ["catalog", "coverage", "--plugin", "ideal", "--json"])
    assert result.exit_code == 0, result.output
    rows = {(row["channel"], row["locale"]): row for row in json.loads(result.output)}
    assert rows[("web", "nl")] == {"plugin": "ideal", "channel": "web", "locale": "nl", "needed": True,
                                   "present": 1, "total": 1, "missing": []}
    assert rows[("email", "nl")]["needed"] and not rows[("web", "ja")]["needed"]
    assert len([key for key in rows if key[0] == "web"]) >= 30
