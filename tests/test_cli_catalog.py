"""The operator CLI: tables for people, JSON with the documented keys for machines."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_countries_json_has_one_row_per_country_with_the_documented_keys():
    rows = json.loads(run("catalog", "countries", "--on", "2013-03-19", "--json").stdout)
    keys = {"country", "name", "region", "live_from", "live", "currency", "seller", "email_locale", "web_locale",
            "payment_methods"}
    assert all(set(row) == keys for row in rows)
    by_code = {row["country"]: row for row in rows}
    assert by_code["US"]["live"] is True and by_code["US"]["live_from"] == "2013-03-19"
    assert by_code["GB"]["live"] is False and by_code["GB"]["payment_methods"] == []
    assert by_code["US"]["seller"] == "VMware, Inc." and "visa" in by_code["US"]["payment_methods"]
    assert by_code["DE"]["email_locale"] == "de" and by_code["MX"]["email_locale"] == "es-419"


def test_methods_json():
    rows = json.loads(run("catalog", "methods", "--country", "nl", "--on", "2026-11-24", "--json").stdout)
    assert all(set(row) == {"id", "kind", "flow", "currencies"} for row in rows)
    ideal = next(row for row in rows if row["id"] == "ideal")
    assert ideal == {"id": "ideal", "kind": "bank_redirect", "flow": "instant", "currencies": ["EUR"]}


def test_explain_says_why_not():
    out = run("catalog", "explain", "--country", "DE", "--method", "ideal", "--on", "2026-11-24").stdout
    assert "not offered" in out and "[method-not-in-country]" in out
    out = run("catalog", "explain", "--country", "NL", "--method", "ideal", "--currency", "EUR",
              "--on", "2026-11-24").stdout
    assert ": offered" in out


def test_countries_table_for_people():
    out = run("catalog", "countries", "--on", "2026-11-24").stdout
    assert "live_from" in out and "Canada" in out and "2013-02-08" in out


def test_unknown_country_and_bad_date_are_clear():
    result = run("catalog", "methods", "--country", "ZZ", check=False)
    assert result.returncode == 2 and 'Unknown country "ZZ"' in result.stderr
    result = run("catalog", "countries", "--on", "24/11/2026", check=False)
    assert result.returncode == 2 and "is not a date like" in result.stderr


def test_plugins_lists_every_installed_plugin_with_what_it_contributes():
    rows = json.loads(run("plugins", "--json").stdout)
    names = {row["name"] for row in rows}
    assert {"cards", "ideal", "paypal", "region_emea", "region_apj", "locale_web", "locale_email"} <= names
    cards = next(row for row in rows if row["name"] == "cards")
    assert cards["kind"] == ["payment"] and any("visa" in c for c in cards["contributes"])
    assert "authorize_payment" in cards["contributes"]


def test_help_works():
    assert "catalog" in run("--help").stdout
    assert "--on" in run("catalog", "countries", "--help").stdout
