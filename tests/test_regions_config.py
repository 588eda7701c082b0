"""config/regions.yaml: switch countries on and off, move dates, restrict methods;
mistakes give one clear message naming the file and key, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from core.errors import CatalogError, ConfigError
from core.platform import load_platform
from tests.conftest import ROOT

ON = date(2026, 11, 24)
REGIONS_ON = "regions:\n" + "".join(f"  {r}:\n    enabled: true\n" for r in ("north_america", "apj", "emea", "latam"))


def catalog_for(write_config, text):
    return load_platform(write_config(text)).catalog


def test_switch_a_country_off_and_move_a_date(write_config):
    catalog = catalog_for(write_config, REGIONS_ON + "countries:\n  FR:\n    enabled: false\n"
                                                  "  JP:\n    live_from: 2027-01-01\n")
    assert not catalog.is_live("FR", ON)
    assert catalog.methods_for("FR", "EUR", ON) == ()
    assert not catalog.is_live("JP", ON) and catalog.is_live("JP", date(2027, 1, 1))
    assert catalog.explain("FR", "visa", "EUR", ON).reasons[0].code == "country-not-enabled"


def test_only_switched_on_regions_are_live(write_config):
    catalog = catalog_for(write_config, "regions:\n  north_america:\n    enabled: true\n")
    assert catalog.is_live("US", ON) and catalog.is_live("CA", ON)
    assert not catalog.is_live("DE", ON) and not catalog.is_live("JP", ON)


def test_switch_a_single_country_on(write_config):
    catalog = catalog_for(write_config, "countries:\n  NO:\n    enabled: true\n")
    assert catalog.is_live("NO", ON)  # Norway's code is not read as YAML "false"
    assert not catalog.is_live("SE", ON)


def test_restrict_methods_in_a_country_and_a_region(write_config):
    catalog = catalog_for(write_config, REGIONS_ON.replace(
        "  latam:\n    enabled: true\n",
        "  latam:\n    enabled: true\n    methods:\n      exclude: [paypal]\n")
        + "countries:\n  US:\n    methods:\n      exclude: [check]\n  NL:\n    methods:\n      only: [ideal, wire_transfer]\n")
    us = {m.id for m in catalog.methods_for("US", "USD", ON)}
    assert "check" not in us and "visa" in us
    assert {m.id for m in catalog.methods_for("NL", "EUR", ON)} == {"ideal", "wire_transfer"}
    assert "paypal" not in {m.id for m in catalog.methods_for("BR", "BRL", ON)}
    reason = catalog.explain("US", "check", "USD", ON).reasons[0]
    assert reason.code == "restricted-by-config" and "countries.US.methods" in reason.text


def test_embargoed_country_needs_explicit_acknowledgement(write_config):
    with pytest.raises(CatalogError) as refused:
        catalog_for(write_config, "countries:\n  CU:\n    enabled: true\n")
    assert "countries.CU" in str(refused.value) and "embargo_acknowledged" in str(refused.value)
    catalog = catalog_for(write_config, "countries:\n  CU:\n    enabled: true\n    embargo_acknowledged: true\n")
    assert catalog.is_live("CU", ON)


def test_region_switch_never_turns_on_an_embargoed_country(write_config):
    catalog = catalog_for(write_config, REGIONS_ON)
    assert not any(catalog.is_live(c, ON) for c in ("CU", "IR", "KP", "SY"))


def test_policy_override_per_region(write_config):
    catalog = catalog_for(write_config, "regions:\n  emea:\n    enabled: true\n    policy:\n"
                                        "      fx_surcharge_percent: 2.5\n")
    from decimal import Decimal

    assert catalog.country("DE").policy.fx_surcharge_percent == Decimal("2.5")
    assert isinstance(catalog.country("DE").policy.fx_surcharge_percent, Decimal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("countries:\n  US:\n    enabeld: true\n", ["countries.US", "enabeld"]),
        ("countries:\n  US:\n    enabled: maybe\n", ["countries.US.enabled", "write true or false"]),
        ("countries:\n  US:\n    live_from: next tuesday\n", ["countries.US.live_from"]),
        ("regions:\n  emea:\n    enabled: true\n    methods:\n      exclude: ideal\n", ["regions.emea.methods.exclude"]),
        ("regions: [emea]\n", ["regions"]),
        ("countries:\n  US: {enabled: true\n", ["line 3", "YAML syntax"]),
        ("- just a list\n", ["(top level)"]),
        ("countries:\n  US:\n    live_from: 2013-02-30\n", ["countries.US.live_from", "YYYY-MM-DD"]),
        ("regions:\n  emea:\n    policy:\n      eligibility_limit: .inf\n", ["regions.emea.policy.eligibility_limit"]),
        ("regions:\n  emea:\n    policy:\n      fx_surcharge_percent: -5\n", ["fx_surcharge_percent", "0 to 50"]),
        ("regions:\n  emea:\n    policy:\n      reinstatement_grace_days: 99999999999\n",
         ["regions.emea.policy.reinstatement_grace_days"]),
        ("countries:\n  JP:\n    enabled: true\n  jp:\n    enabled: false\n", ["countries.JP", "twice"]),
    ],
)
def test_config_mistakes_name_file_and_key(write_config, text, expected):
    path = write_config(text)
    with pytest.raises(ConfigError) as error:
        load_platform(path)
    message = str(error.value)
    assert str(path) in message
    for fragment in expected:
        assert fragment in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("countries:\n  XQ:\n    enabled: true\n", "countries.XQ"),
        ("regions:\n  atlantis:\n    enabled: true\n", "regions.atlantis"),
    ],
)
def test_config_naming_something_no_plugin_provides_is_an_error(write_config, text, fragment):
    with pytest.raises(CatalogError) as error:
        load_platform(write_config(text))
    assert fragment in str(error.value)


def test_cli_reports_a_bad_config_without_a_traceback(write_config):
    path = write_config("countries:\n  US:\n    enabled: maybe\n")
    result = subprocess.run([sys.executable, "-m", "core.cli", "--config", str(path), "catalog", "check"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{path}: at countries.US.enabled" in result.stderr


def test_catalog_check_passes_on_the_shipped_config():
    result = subprocess.run([sys.executable, "-m", "core.cli", "catalog", "check", "--strict"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout
