"""Issue 10 items 11-13: `renewals contracts import` takes what spreadsheets export and
says what an update changed, on SQLite and PostgreSQL (the CLI migrates the database).

Commands that use a database run in a subprocess: the engine is bound once per process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from core.cli.main import main
from tests.conftest import ROOT, existing_sqlite

COLUMNS = "contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts"
ROWS = [
    "C-100,Société Générale,FR,false,VS8-STD-C,2,production,1,2025-12-01,2026-11-30,it@sg.example;achats@sg.example",
    "C-100,Société Générale,FR,false,VCS8-STD,1,production,1,2025-12-01,2026-11-30,it@sg.example;achats@sg.example",
    "C-200,Kaede KK,JP,false,WS17-PRO,1,basic,1,2025-12-10,2026-12-09,it@kaede.example",
]


def spreadsheet(separator: str) -> str:
    """The rows as a spreadsheet saves them: a cell holding the separator (contacts a;b) is quoted."""
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(line.split(",") for line in [COLUMNS, *ROWS])
    return out.getvalue()


class Result:
    def __init__(self, done: subprocess.CompletedProcess) -> None:
        self.exit_code, self.stdout, self.stderr = done.returncode, done.stdout, done.stderr
        self.output = done.stdout + done.stderr


def cli(url: str, *args: str) -> Result:
    done = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "RENEWALS_DATABASE_URL": url})
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done)


def customers(url: str) -> dict[str, str]:
    rows = json.loads(cli(url, "contracts", "list", "--json").stdout)
    return {row["contract_number"]: row["customer"] for row in rows}


@pytest.mark.parametrize(("name", "encode", "read_as"), [
    ("semicolon.csv", lambda: spreadsheet(";").encode("cp1252"), "cp1252, separated by semicolon"),
    ("unicode.txt", lambda: spreadsheet("\t").encode("utf-16"), "utf-16, separated by tab"),
    ("bom.csv", lambda: b"\xef\xbb\xbf" + spreadsheet(",").encode("utf-8"), "utf-8-sig, separated by comma"),
])
def test_excel_exports_are_read_as_they_are(tmp_path, name, encode, read_as):
    database_url = existing_sqlite(tmp_path / "x.sqlite")
    path = tmp_path / name
    path.write_bytes(encode())
    result = cli(database_url, "contracts", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "2 created, 0 updated, 0 unchanged, 0 rejected" in result.stdout
    assert f"read as {read_as}" in result.stdout
    assert customers(database_url) == {"C-100": "Société Générale", "C-200": "Kaede KK"}


def test_a_named_encoding_that_does_not_fit_is_refused_naming_line_and_byte(tmp_path):
    path = tmp_path / "contracts.csv"
    path.write_bytes(spreadsheet(",").encode("cp1252"))
    result = CliRunner().invoke(main, ["contracts", "import", "--encoding", "utf-8", str(path)])  # refused before any database work
    assert result.exit_code == 2
    assert "line 2: the byte 0xE9 is not text in utf-8" in result.stderr


def test_a_header_that_lacks_columns_shows_what_was_found_and_the_expected_form(tmp_path):
    path = tmp_path / "contracts.csv"
    path.write_text("Contract;Customer;Country\nC-1;Acme;DE\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["contracts", "import", str(path)])  # refused before any database work
    assert result.exit_code == 2
    assert "missing columns contract_number" in result.stderr
    assert "header found: contract, customer, country" in result.stderr and "separated by semicolon" in result.stderr
    assert COLUMNS in result.stderr


def test_the_help_lists_the_columns_with_an_example():
    result = CliRunner().invoke(main, ["contracts", "import", "--help"])
    assert COLUMNS in result.output and "C-1001,Acme GmbH,DE" in result.output
    assert "--delimiter" in result.output and "--encoding" in result.output


def test_the_report_says_when_an_update_moves_a_contract_or_replaces_its_lines(database_url, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text(spreadsheet(","), encoding="utf-8")
    cli(database_url, "contracts", "import", str(first))
    moved = tmp_path / "moved.csv"
    moved.write_text(spreadsheet(",").replace(",FR,", ",BE,").replace("WS17-PRO,1,", "WS17-PRO,4,"),
                     encoding="utf-8")
    result = cli(database_url, "contracts", "import", str(moved))
    assert "0 created, 2 updated, 0 unchanged" in result.stdout
    assert "C-100: country changed from FR to BE" in result.stdout
    assert "1 contract had its lines replaced: C-200" in result.stdout


def test_term_years_that_contradict_the_dates_are_reported(tmp_path):
    database_url = existing_sqlite(tmp_path / "x.sqlite")
    path = tmp_path / "terms.csv"
    path.write_text(spreadsheet(",").replace("VS8-STD-C,2,production,1,", "VS8-STD-C,2,production,3,"),
                    encoding="utf-8")
    result = cli(database_url, "contracts", "import", str(path))
    assert "2 created" in result.stdout
    [warning] = [line for line in result.stderr.splitlines() if "term_years" in line]
    assert warning.startswith("warning:") and "line 2" in warning
    assert "2025-12-01 to 2026-11-30 spans 1.0 years" in warning


def test_a_terminal_gets_a_progress_bar_and_a_pipe_only_the_report(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(COLUMNS + "\n" + "".join(
        f"P-{i:04d},Acme {i},DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-11-30,it{i}@acme.example\n"
        for i in range(1000)), encoding="utf-8")
    url = existing_sqlite(tmp_path / "x.sqlite")
    piped = cli(url, "contracts", "import", str(path))
    assert "1,000 created" in piped.stdout and "Importing contracts" not in piped.output
    terminal = subprocess.run([sys.executable, "-m", "core.cli", "contracts", "import", str(path)],
                              capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "RENEWALS_DATABASE_URL": url, "TTY_COMPATIBLE": "1"})
    assert "Importing contracts" in terminal.stderr and "1000/1000" in terminal.stderr
    assert "1,000 unchanged" in terminal.stdout


def test_a_delimiter_of_more_than_one_character_is_refused_naming_the_option(tmp_path):
    path = tmp_path / "contracts.csv"
    path.write_text(spreadsheet(","), encoding="utf-8")
    for given in ("xy", '"', "a"):
        result = CliRunner().invoke(main, ["contracts", "import", "--delimiter", given, str(path)])
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
        assert f'--delimiter "{given}" is not a column separator' in result.stderr
    rates = tmp_path / "rates.csv"
    rates.write_text("base,quote,rate,valid_on\nUSD,EUR,0.95,2026-11-20\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rates", "import", "--delimiter", "semicolon;", str(rates)])
    assert result.exit_code == 2 and "is not a column separator" in result.stderr
