"""Plugins are real distributions: installing one into a fresh virtual
environment adds what it provides; uninstalling it takes it away everywhere.

Builds a throwaway venv from the wheelhouse ./dev makes (no network)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.throwaway import WHEELHOUSE, throwaway_venv

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """The session's throwaway environment (tests/throwaway.py): platform, north_america, cards."""
    return throwaway_venv(tmp_path_factory)


def pip(venv: Path, *args: str) -> None:
    offline = ("--no-index", "--find-links", WHEELHOUSE) if args[0] == "install" else ()
    result = subprocess.run([str(venv / "bin" / "pip"), *args, *offline, "-q", "--disable-pip-version-check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def renewals(venv: Path, config: Path, *args: str):
    result = subprocess.run([str(venv / "bin" / "renewals"), "--config", str(config), *args],
                            capture_output=True, text=True, cwd=config.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def us_methods(venv: Path, config: Path) -> set[str]:
    rows = renewals(venv, config, "catalog", "methods", "--country", "US", "--on", "2026-11-24", "--json")
    return {row["id"] for row in rows}


def test_installing_and_uninstalling_a_plugin_changes_the_catalog(venv, tmp_path):
    config = tmp_path / "regions.yaml"
    config.write_text("regions:\n  north_america:\n    enabled: true\n", encoding="utf-8")
    before = us_methods(venv, config)
    assert "visa" in before and "paynearme" not in before

    pip(venv, "install", "--no-build-isolation", "--no-deps", str(venv.parent / "src/plugins/payments/paynearme"))
    assert us_methods(venv, config) == before | {"paynearme"}
    plugins = {row["name"]: row for row in renewals(venv, config, "plugins", "--json")}
    assert plugins["paynearme"]["distribution"] == "online-renewal-payment-paynearme"
    assert plugins["paynearme"]["kind"] == ["payment"]

    pip(venv, "uninstall", "-y", "online-renewal-payment-paynearme")
    assert us_methods(venv, config) == before
    countries = renewals(venv, config, "catalog", "countries", "--on", "2026-11-24", "--json")
    assert all("paynearme" not in row["payment_methods"] for row in countries)
    assert {row["country"] for row in countries} == {"US", "CA"} | {
        row["country"] for row in countries if row["region"] == "north_america"}
