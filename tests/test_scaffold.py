"""``renewals plugins new`` writes plugins that work as written: each kind,
installed non-editable into a throwaway environment, appears in the catalog
and passes its own generated tests unchanged."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.cli import main
from core.coverage import message_ids
from tests.throwaway import installed, renewals_json, run, throwaway_venv

GENERATED = {  # folder -> (command arguments, distribution)
    "bancontact": (("payment", "bancontact"), "online-renewal-payment-bancontact"),
    "virement": (("payment", "virement", "--flow", "offline"), "online-renewal-payment-virement"),
    "benelux": (("region", "benelux"), "online-renewal-region-benelux"),
    "locale_ga": (("locale", "ga"), "online-renewal-locale-ga"),
}


def new(*args: str):
    return CliRunner().invoke(main, ["plugins", "new", *args], catch_exceptions=False)


def test_a_payment_plugin_is_packaged_like_the_shipped_ones(tmp_path):
    result = new("payment", "bancontact", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    project = tomllib.loads((tmp_path / "bancontact" / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["online_renewal"] == {"bancontact": "renewal_payment_bancontact:plugin"}
    assert project["tool"]["setuptools"]["package-data"] == {"renewal_payment_bancontact": ["ftl/*/*/*.ftl"]}
    for channel in ("web", "email"):
        ftl = (tmp_path / "bancontact/renewal_payment_bancontact/ftl" / channel / "en/bancontact.ftl").read_text()
        assert "payment-method-bancontact = Bancontact" in ftl
    assert "renewals plugins new payment bancontact" in (tmp_path / "bancontact" / "README.md").read_text()


def test_an_offline_plugin_ships_its_instructions(tmp_path):
    assert new("payment", "virement", "--flow", "offline", "--dir", str(tmp_path)).exit_code == 0
    ftl = (tmp_path / "virement/renewal_payment_virement/ftl/web/en/virement.ftl").read_text()
    assert "offline-instructions-virement = Send { $amount } to the account { $account }." in ftl


def test_a_locale_plugin_starts_from_the_installed_english_messages(tmp_path, platform):
    assert new("locale", "ga", "--dir", str(tmp_path)).exit_code == 0
    web = (tmp_path / "locale_ga/renewal_locale_ga/ftl/web/ga/messages.ftl").read_text()
    assert "Irish (ga)" in web
    assert message_ids(web) == platform.catalog.locale("web", "en").message_ids  # every one, to translate


@pytest.mark.parametrize("args, fragment", [
    (("payment", "Bad-Name"), '"Bad-Name" cannot name a plugin'),
    (("locale", "xx-nowhere"), '"xx-nowhere" is not a locale'),
])
def test_bad_names_are_refused_with_what_to_use(tmp_path, args, fragment):
    result = new(*args, "--dir", str(tmp_path))
    assert result.exit_code == 2 and fragment in result.output
    assert not any(tmp_path.iterdir())


def test_an_existing_plugin_folder_is_never_overwritten(tmp_path):
    (tmp_path / "bancontact").mkdir()
    (tmp_path / "bancontact" / "mine.py").write_text("kept = True\n")
    result = new("payment", "bancontact", "--dir", str(tmp_path))
    assert result.exit_code == 2 and "already exists and is not empty; nothing was written" in result.output
    assert [p.name for p in (tmp_path / "bancontact").iterdir()] == ["mine.py"]


def test_plugins_without_a_subcommand_still_lists_them():
    result = CliRunner().invoke(main, ["plugins", "--json"])
    assert result.exit_code == 0 and '"name": "cards"' in result.output


# -- installed for real ----------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    venv = throwaway_venv(tmp_path_factory)
    where = tmp_path_factory.mktemp("generated")
    for args, _ in GENERATED.values():
        run(venv, "renewals", "plugins", "new", *args, "--dir", str(where), cwd=where)
    with installed(venv, [where / folder for folder in GENERATED], [dist for _, dist in GENERATED.values()]):
        yield venv, where


@pytest.mark.slow
def test_each_generated_kind_installed_appears_in_the_catalog(generated, tmp_path):
    venv, _ = generated
    config = tmp_path / "regions.yaml"
    config.write_text("regions:\n  north_america:\n    enabled: true\n  benelux:\n    enabled: true\n")
    methods = {row["id"]: row for row in renewals_json(venv, config, "catalog", "methods", "--country", "US")}
    assert methods["bancontact"]["flow"] == "instant" and methods["virement"]["flow"] == "offline"
    countries = {row["country"]: row for row in renewals_json(venv, config, "catalog", "countries")}
    assert countries["XA"]["region"] == "benelux" and countries["XA"]["live"]
    plugins = {row["name"]: row for row in renewals_json(venv, config, "plugins")}
    assert plugins["bancontact"]["distribution"] == "online-renewal-payment-bancontact"
    assert "payment" in plugins["virement"]["kind"]
    assert plugins["region_benelux"]["kind"] == ["region"]
    assert plugins["locale_ga"]["kind"] == ["locale"]


@pytest.mark.slow
@pytest.mark.parametrize("folder", list(GENERATED))
def test_each_generated_plugin_passes_its_own_tests_unchanged(generated, folder):
    venv, where = generated
    result = run(venv, "pytest", "-q", "-p", "no:cacheprovider", cwd=where / folder, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_a_dir_that_cannot_be_written_is_refused_and_leaves_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = new("payment", "bancontact", "--dir", str(blocker / "sub"))  # was a NotADirectoryError traceback
    assert result.exit_code == 2 and f"Cannot write the plugin to {blocker / 'sub' / 'bancontact'}" in result.output
    assert "--dir" in result.output

    def full_disk(self, *args, **kwargs):  # the third file fails: the two before it are removed again
        if self.name == "README.md":
            raise OSError(28, "No space left on device")
        return real_write(self, *args, **kwargs)

    real_write = Path.write_text
    monkeypatch.setattr(Path, "write_text", full_disk)
    result = new("payment", "bancontact", "--dir", str(tmp_path / "plugins"))
    assert result.exit_code == 2 and "No space left on device; nothing was left behind" in result.output
    assert not (tmp_path / "plugins" / "bancontact").exists()


def test_the_next_step_names_the_folder_so_pip_does_not_look_it_up_on_pypi(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = new("payment", "bancontact")
    assert f"Next: pip install {tmp_path / 'bancontact'} " in result.output, result.output
