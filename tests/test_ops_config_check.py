"""Issue 10 items 1-6: `renewals catalog check` as a regional team runs it after editing
config/regions.yaml. Every answer must be right and say what to change, where."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.cli.main import main
from core.config import DEFAULT_CONFIG, config_path
from tests.conftest import ROOT

REGIONS_ON = "regions:\n" + "".join(f"  {r}:\n    enabled: true\n" for r in ("north_america", "apj", "emea", "latam"))


def check(path: Path, *options: str):
    result = CliRunner().invoke(main, ["--config", str(path), "catalog", "check", *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def lines_about(result, word: str) -> list[str]:
    return [line for line in result.output.splitlines() if word in line]


# 1. precedence in the method-rule check ---------------------------------------

def test_a_correct_exclusion_is_not_reported_but_a_typo_in_it_is(write_config):
    fine = check(write_config(REGIONS_ON + "countries:\n  NL:\n    methods:\n      exclude: [paypal]\n"), "--strict")
    assert lines_about(fine, "\"paypal\"") == []
    typo = check(write_config(REGIONS_ON + "countries:\n  NL:\n    methods:\n      exclude: [paypal, paypall]\n"))
    [warning] = lines_about(typo, "paypall")
    assert "countries.NL.methods" in warning and warning.startswith("warning:")


# 2. duplicate keys at any level -------------------------------------------------

@pytest.mark.parametrize(("text", "key", "first", "second"), [
    ("regions:\n  emea:\n    enabled: true\n  apj:\n    enabled: true\n  emea:\n    enabled: false\n", "emea", 2, 6),
    ("regions:\n  emea:\n    enabled: true\ncountries: {}\nregions:\n  apj:\n    enabled: true\n", "regions", 1, 5),
    ("countries:\n  US:\n    enabled: true\n  CA:\n    enabled: true\n  US:\n    enabled: false\n", "US", 2, 6),
    ("countries:\n  US:\n    enabled: true\n    enabled: false\n", "enabled", 3, 4),
])
def test_a_key_written_twice_is_an_error_naming_both_lines(write_config, text, key, first, second):
    result = check(write_config(text))
    assert result.exit_code == 2
    assert f'"{key}" is written twice' in result.stderr
    assert f"on lines {first} and {second}" in result.stderr


# 3. a live country nobody can pay in; a config that switches nothing on -----------

def test_a_live_country_left_without_any_method_is_an_error(write_config):
    result = check(write_config("countries:\n  NL:\n    enabled: true\n    methods:\n      only: [vissa]\n"))
    assert result.exit_code == 1
    [error] = [line for line in result.stderr.splitlines() if "NL is switched on" in line]
    assert error.startswith("error:") and "could never pay" in error
    assert any("vissa" in line for line in result.output.splitlines())


@pytest.mark.parametrize("text", ["", "# regions switched on later\n\n# nothing yet\n", "regions:\ncountries:\n"])
def test_an_empty_config_says_nothing_is_switched_on(write_config, text):
    path = write_config(text)
    relaxed = check(path)
    assert relaxed.exit_code == 0
    [warning] = lines_about(relaxed, "switches no country on")
    assert warning.startswith("warning:") and str(path) in warning
    assert "0 errors, 1 warning" in relaxed.output
    strict = check(path, "--strict")
    assert strict.exit_code == 1 and "1 error, 0 warnings" in strict.output
    assert lines_about(strict, "switches no country on")[0].startswith("error:")


# 4. messages a team can act on ---------------------------------------------------

@pytest.mark.parametrize("spelling", ["1", "'true'", "yes", "on", "0"])
def test_every_non_boolean_spelling_is_refused_alike_with_the_accepted_ones(write_config, spelling):
    result = check(write_config(f"regions:\n  emea:\n    enabled: {spelling}\n"))
    assert result.exit_code == 2
    assert "at regions.emea.enabled:" in result.stderr
    assert "write true or false" in result.stderr


@pytest.mark.parametrize("spelling", ["true", "True", "false", "FALSE"])
def test_yaml_1_2_booleans_are_accepted(write_config, spelling):
    assert check(write_config(f"regions:\n  emea:\n    enabled: {spelling}\n")).exit_code in (0, 1)  # 1: others' warnings


@pytest.mark.parametrize(("code", "suggested"), [("UK", "GB, United Kingdom"), ("EL", "GR, Greece"),
                                                 ("Germany", "DE, Germany")])
def test_an_unknown_country_gets_a_suggestion(write_config, code, suggested):
    result = check(write_config(REGIONS_ON + f"countries:\n  {code}:\n    enabled: true\n"))
    assert result.exit_code == 1
    [error] = lines_about(result, f"countries.{code.upper()}")
    assert f"did you mean {suggested}?" in error


@pytest.mark.parametrize("value", ["2013-02-30", "13/02/2013", "2013-2-8"])
def test_a_bad_date_names_the_key_and_the_form(write_config, value):
    result = check(write_config(f"countries:\n  US:\n    live_from: {value}\n"))
    assert result.exit_code == 2
    assert "at countries.US.live_from:" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "YAML syntax" not in result.stderr


def test_a_non_utf8_byte_names_its_line(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_bytes("regions:\n  emea:\n    enabled: true\n# Régions de l'EMEA\n".encode("cp1252"))
    result = check(path)
    assert result.exit_code == 2
    assert "at line 4," in result.stderr and "0xE9" in result.stderr and "UTF-8" in result.stderr


def test_a_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + REGIONS_ON.encode())
    assert check(path).exit_code in (0, 1)
    assert "switches no country on" not in check(path).output


@pytest.mark.parametrize(("policy", "key"), [
    ("eligibility_equivalents:\n        eur: 3000", "regions.emea.policy.eligibility_equivalents.eur"),
    ("eligibility_currency: usd", "regions.emea.policy.eligibility_currency"),
])
def test_a_lower_case_currency_names_the_key_path(write_config, policy, key):
    result = check(write_config(f"regions:\n  emea:\n    enabled: true\n    policy:\n      {policy}\n"))
    assert result.exit_code == 2
    assert f"at {key}:" in result.stderr and "capital letters" in result.stderr
    assert "regex" not in result.stderr


# 5. an empty method list says why -------------------------------------------------

@pytest.mark.parametrize(("country", "on", "reason"), [
    ("US", "2013-01-01", "US goes live on 2013-03-19"),
    ("CU", "2026-11-25", "under trade embargo"),
])
def test_methods_for_a_country_not_live_says_why(country, on, reason):
    result = CliRunner().invoke(main, ["catalog", "methods", "--country", country, "--on", on])
    assert result.exit_code == 0
    assert reason in result.output


def test_methods_for_a_switched_off_country_says_why(write_config):
    path = write_config(REGIONS_ON + "countries:\n  FR:\n    enabled: false\n")
    result = CliRunner().invoke(main, ["--config", str(path), "catalog", "methods", "--country", "FR", "--json"])
    assert result.exit_code == 0 and result.stdout.strip() == "[]"
    assert "FR is not switched on" in result.stderr


# 6. config and database resolved the same way, from any folder -----------------------

def test_the_projects_config_is_used_from_any_folder(tmp_path):
    assert DEFAULT_CONFIG == ROOT / "config" / "regions.yaml"
    env = {k: v for k, v in os.environ.items() if k not in ("RENEWALS_REGIONS_CONFIG", "RENEWALS_DATABASE_URL")}
    result = subprocess.run([sys.executable, "-m", "core.cli", "catalog", "methods", "--country", "US"],
                            capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "visa" in result.stdout


def test_a_relative_override_is_read_from_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "mine.yaml").write_text("countries:\n  CA:\n    enabled: true\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RENEWALS_REGIONS_CONFIG", "mine.yaml")
    assert config_path() == Path("mine.yaml")
    result = CliRunner().invoke(main, ["catalog", "methods", "--country", "US"])
    assert "US is not switched on" in result.output


@pytest.mark.parametrize("rule, key", [
    ("methods:\n  visa:\n    valid_from: 2020-01-01\n    valid_until: 2010-01-01\n", "methods.visa"),
    ("countries:\n  DE:\n    methods: {exclude: [visa], valid_from: 2020-01-01, valid_until: 2019-01-01}\n",
     "countries.DE.methods"),
])
def test_a_validity_window_that_ends_before_it_starts_is_an_error_naming_the_key(write_config, rule, key):
    result = check(write_config(REGIONS_ON + rule))
    assert result.exit_code != 0
    assert f"at {key}: valid_until" in result.output and "holds no day" in result.output


def test_a_file_nested_too_deeply_is_refused_without_a_traceback(write_config):
    result = check(write_config(REGIONS_ON + "x: " + "[" * 5000 + "]" * 5000 + "\n"))  # was a RecursionError
    assert result.exit_code != 0 and "nests brackets or keys too deeply" in result.output
