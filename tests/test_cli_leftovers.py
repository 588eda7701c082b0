"""Issue 10's leftovers in the `renewals` CLI, each as an operator meets it: a mistyped
database path, rows a spreadsheet shifted, --config written after the command, config
mistakes in the file's own terms, a plugin name that is already taken, and a rates file
refused with every row named.

In-process (CliRunner): each command here is refused before any database work, so no
subprocess is needed; the ones that reach the database are covered in the CLI journeys
(test_cli_contracts, test_cli_payments, test_notices_cli)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from core.cli.main import main
from core.config import load_config
from core.db import session
from core.db.engine import make_engine
from core.db.tables import TABLES
from core.errors import ConfigError

HEADER = "contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts\n"
ROW = "C-{n},{customer},DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,it@acme.example"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def mistyped_database(tmp_path):
    """The tables bound as RENEWALS_DATABASE_URL=sqlite:///<a file that does not exist> binds them."""
    missing = tmp_path / "renewlas.sqlite"
    bound = [table._meta._db for table in TABLES]
    session.bind(make_engine(f"sqlite:///{missing}"))
    try:
        yield missing
    finally:
        for table, engine in zip(TABLES, bound):
            table._meta._db = engine


@pytest.mark.parametrize("command", [
    ["contracts", "list"], ["contracts", "show", "C-1"], ["quote", "C-1"], ["notices", "list"],
    ["payments", "list"], ["links", "revoke", "C-1"],
])
def test_a_mistyped_sqlite_path_is_refused_not_created(mistyped_database, command):
    result = invoke(*command)
    assert result.exit_code == 2, result.output
    assert f"There is no database at {mistyped_database}" in result.stderr
    assert "renewals db migrate" in result.stderr and "RENEWALS_DATABASE_URL" in result.stderr
    assert not mistyped_database.exists()


def test_a_row_with_cells_beyond_the_header_is_named_not_trimmed(tmp_path):
    path = tmp_path / "contracts.csv"
    path.write_text(HEADER + ROW.format(n=1, customer="Acme, Inc") + "\n"  # unquoted comma: shifted
                    + ROW.format(n=2, customer="Kaede") + ",,\n", encoding="utf-8")  # empty trailing cells: fine
    result = invoke("contracts", "import", "--atomic", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (f'{path}: line 2: cells beyond the header "it@acme.example": the row has one filled cell '
                        "more than the header's 11 columns, so its values may be shifted; put a value that contains "
                        'the separator in double quotes ("Acme, Inc", "0,95") or remove the extra cells')
    assert not any("line 3" in line for line in lines)
    assert lines[-1] == "Nothing was imported: the file has one bad row and --atomic was given."  # 7 messages, 1 row


def test_a_cell_with_a_nul_gets_one_message_not_also_required(tmp_path):
    path = tmp_path / "contracts.csv"
    path.write_text(HEADER + ROW.format(n=1, customer="Ac\x00me") + "\n", encoding="utf-8")
    result = invoke("contracts", "import", "--atomic", str(path))
    assert result.exit_code == 1
    [problem] = [line for line in result.stderr.splitlines() if f"{path}:" in line]
    assert problem.startswith(f"{path}: line 2: customer ") and problem.endswith("contains control characters; "
                                                                                  "remove them")


def test_a_rates_row_with_a_cell_too_many_is_named(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("base,quote,rate,valid_on\nUSD,EUR,0,95,2026-11-01\n", encoding="utf-8")
    result = invoke("rates", "import", str(path))
    assert result.exit_code == 2
    assert f"{path}: line 2: the row has one filled cell more than the header's 4 columns" in result.stderr


def test_a_refused_rates_file_heads_its_list_with_what_to_do(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("base,quote,rate,valid_on\nUSD,XYZ,1.5,2026-11-01\n", encoding="utf-8")
    result = invoke("rates", "import", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}: one bad row, nothing was loaded (rates load all or nothing); correct it and import the file again:",
        f'  {path}: line 2, quote: "XYZ" is not a supported currency']


def test_config_is_accepted_after_the_command_too(write_config):
    path = write_config("countries:\n  US:\n    enabled: maybe\n")
    for args in (["--config", str(path), "catalog", "countries"], ["catalog", "countries", "--config", str(path)],
                 ["catalog", "countries", f"--config={path}"]):
        result = invoke(*args)
        assert result.exit_code == 2, args
        assert f"{path}: at countries.US.enabled: 'maybe' is not a yes/no value" in result.stderr
    forgotten = invoke("catalog", "countries", "--config")  # was "No such option '--config'"
    assert forgotten.exit_code == 2 and "--config needs a file" in forgotten.stderr


@pytest.mark.parametrize(("text", "message"), [
    ("regions:\n  emea:\n    policy:\n      reinstatement_grace_days: ten\n",
     "at regions.emea.policy.reinstatement_grace_days: 'ten' is text, where this key takes a whole number. "
     "What to do: write a whole number without quotes, for example 90."),
    ("regions:\n  emea:\n    policy:\n      reinstatement_grace_days: -1\n",
     "at regions.emea.policy.reinstatement_grace_days: -1 is out of range: the number must be at least 0."),
    ("regions:\n  emea:\n    policy:\n      eligibility_limit: lots\n",
     "at regions.emea.policy.eligibility_limit: 'lots' is not a number. What to do: write a number"),
    ("regions:\n  emea:\n    policy:\n      eligibility_equivalents: {EUR: five}\n",
     "at regions.emea.policy.eligibility_equivalents.EUR: 'five' is not a number."),
    ("countries:\n  DE:\n    methods:\n      exclude: visa\n",
     "at countries.DE.methods.exclude: 'visa' is text, where this key takes a list. "
     "What to do: write a list in brackets, for example [visa, mastercard]."),
    ("countries:\n  DE:\n    enabeld: true\n",
     'at countries.DE.enabeld: "enabeld" is not a key this section takes (it takes: enabled, live_from, '
     "embargo_acknowledged, methods). What to do: did you mean enabled?"),
    ("regions:\n  emea: yes\n", "at regions.emea: 'yes' is text, where this key takes a group of keys."),
    ("countries:\n  DE:\n    enabled: maybe\n", "at countries.DE.enabled: 'maybe' is not a yes/no value"),
])
def test_config_mistakes_are_told_in_the_files_terms_not_msgspecs(write_config, text, message):
    path = write_config(text)
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert f"{path}: {message}" in str(refused.value)
    assert "Expected `" not in str(refused.value) and "Object contains" not in str(refused.value)


@pytest.mark.parametrize(("kind", "name", "what"), [("payment", "visa", "payment method"),
                                                    ("region", "emea", "region")])
def test_a_plugin_named_like_an_installed_id_is_refused_before_writing(tmp_path, kind, name, what):
    result = invoke("plugins", "new", kind, name, "--dir", str(tmp_path / "plugins"))
    assert result.exit_code == 2
    assert f'"{name}" is already the id of an installed {what}' in result.stderr
    assert "Choose another name" in result.stderr
    assert not (tmp_path / "plugins").exists()


def test_coverage_of_a_plugin_that_is_not_installed_is_not_an_empty_table():
    result = invoke("catalog", "coverage", "--plugin", "cardz")
    assert result.exit_code == 2 and not result.stdout
    assert 'No installed plugin named "cardz" has messages to translate' in result.stderr
    assert "cards" in result.stderr.split("Give one of:")[1]
    assert invoke("catalog", "coverage", "--plugin", "cards").exit_code == 0


@pytest.mark.parametrize(("args", "reason"), [(["--country", "DE", "--method", "idael"], "[not-installed]"),
                                              (["--country", "XQ", "--method", "ideal"], "[country-unknown]")])
def test_explaining_a_method_or_country_that_is_not_installed_is_a_not_found(args, reason):
    result = invoke("catalog", "explain", *args, "--on", "2026-11-24")
    assert result.exit_code == 2 and reason in result.stderr and not result.stdout
    offered = invoke("catalog", "explain", "--country", "NL", "--method", "ideal", "--on", "2026-11-24")
    assert offered.exit_code == 0 and "offered" in offered.stdout
