"""The operators' CLI on a real database (SQLite and PostgreSQL, migrated by the
CLI itself): import and re-import, bad rows, --atomic, partner renewals,
prices, quotes, rates and demo data."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.db.tables import TABLES
from tests.conftest import ROOT, existing_sqlite

HEADER = "contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts\n"
GOOD = (
    "C-100,Acme GmbH,DE,false,VS8-STD-C,2,production,1,2025-12-01,2026-12-01,it@acme.example;buyer@acme.example\n"
    "C-100,Acme GmbH,DE,false,VCS8-STD,1,production,1,2025-12-01,2026-12-01,it@acme.example;buyer@acme.example\n"
    "C-200,Kaede KK,JP,no,WS17-PRO,1,basic,1,2025-12-10,2026-12-10,it@kaede.example\n"
    "C-300,OEM Partner Co,US,true,VS8-STD-C,1,basic,1,2025-12-10,2026-12-10,oem@partner.example\n"
)


def cli(url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "RENEWALS_DATABASE_URL": url}
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                            env=env)
    assert "Traceback" not in result.stderr, result.stderr
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def contracts_json(url: str) -> list[dict]:
    return json.loads(cli(url, "contracts", "list", "--json").stdout)


@pytest.fixture
def csv_file(tmp_path):
    def write(body: str, name: str = "contracts.csv") -> Path:
        path = tmp_path / name
        path.write_text(HEADER + body, encoding="utf-8")
        return path

    return write


def test_import_is_idempotent(database_url, csv_file):
    path = csv_file(GOOD)
    assert "3 created, 0 updated, 0 unchanged, 0 rejected" in cli(database_url, "contracts", "import", str(path)).stdout
    before = contracts_json(database_url)
    assert "0 created, 0 updated, 3 unchanged" in cli(database_url, "contracts", "import", str(path)).stdout
    assert contracts_json(database_url) == before
    acme = next(c for c in before if c["contract_number"] == "C-100")
    assert [line["sku"] for line in acme["lines"]] == ["VS8-STD-C", "VCS8-STD"]
    changed = csv_file(GOOD.replace("VS8-STD-C,2,", "VS8-STD-C,3,", 1))
    assert "0 created, 1 updated, 2 unchanged" in cli(database_url, "contracts", "import", str(changed)).stdout


def test_one_bad_row_is_reported_with_its_line_and_the_rest_imports(database_url, csv_file):
    path = csv_file(GOOD + "C-400,Bad Row Ltd,DE,false,VS8-STD-C,two,production,1,2025-12-01,2026-12-01,a@b.example\n")
    result = cli(database_url, "contracts", "import", str(path), check=False)
    assert result.returncode == 1
    assert f"{path}: line 6: quantity \"two\": must be a whole number from 1 to 100000" in result.stderr
    assert "3 created, 0 updated, 0 unchanged, 1 rejected" in result.stdout
    assert {c["contract_number"] for c in contracts_json(database_url)} == {"C-100", "C-200", "C-300"}


def test_a_bad_line_rejects_its_whole_contract(database_url, csv_file):
    path = csv_file(GOOD.replace("VCS8-STD,1,production", "VCS8-STD,1,producton"))
    result = cli(database_url, "contracts", "import", str(path), check=False)
    assert "line 3: service_level \"producton\": not a service level of price list emea-eur" in result.stderr
    assert "C-100" not in {c["contract_number"] for c in contracts_json(database_url)}


def test_atomic_imports_nothing_when_a_row_is_bad(database_url, csv_file):
    path = csv_file(GOOD + "C-500,Nowhere Inc,XQ,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@b.example\n")
    result = cli(database_url, "contracts", "import", "--atomic", str(path), check=False)
    assert result.returncode == 1
    assert "line 6: country \"XQ\"" in result.stderr and "Nothing was imported" in result.stderr
    assert contracts_json(database_url) == []


def test_json_import_and_show(database_url, tmp_path):
    path = tmp_path / "contracts.json"
    path.write_text(json.dumps([{
        "contract_number": "J-1", "customer": "Jardim Ltda", "country": "BR", "oem": False,
        "start_date": "2025-12-01", "end_date": "2026-12-01", "contacts": ["ti@jardim.example"],
        "lines": [{"sku": "VS8-STD-C", "quantity": 1, "service_level": "basic", "term_years": 1}],
    }, {"contract_number": "J-2", "customer": "No Lines", "country": "BR", "oem": False}]), encoding="utf-8")
    result = cli(database_url, "contracts", "import", str(path), check=False)
    assert "item 2: lines" in result.stderr and "1 created" in result.stdout
    shown = json.loads(cli(database_url, "contracts", "show", "J-1", "--json").stdout)
    assert shown["contacts"] == ["ti@jardim.example"] and shown["country"] == "BR"


def test_partner_renewal_and_quotes(database_url, csv_file):
    cli(database_url, "contracts", "import", str(csv_file(GOOD)))
    quote = json.loads(cli(database_url, "quote", "C-100", "--on", "2026-11-24", "--json").stdout)
    assert set(quote) >= {"contract", "eligible", "reasons", "currency", "lines", "total", "seller"}
    assert quote["eligible"] and quote["currency"] == "EUR" and quote["seller"] == "VMware International Limited"
    assert [line["kind"] for line in quote["lines"]] == ["renewal", "renewal"]
    assert quote["lines"][0]["description"].startswith("Renewal: VS8-STD-C, Production, 1 year, quantity 2")
    oem = json.loads(cli(database_url, "quote", "C-300", "--on", "2026-11-24", "--json").stdout)
    assert oem["reasons"] == ["oem"] and oem["seller"] == "VMware, Inc."
    cli(database_url, "contracts", "mark-renewed", "C-100", "--channel", "partner")
    again = json.loads(cli(database_url, "quote", "C-100", "--on", "2026-11-24", "--json").stdout)
    assert again["reasons"] == ["already_renewed_partner"]
    missing = cli(database_url, "contracts", "mark-renewed", "NOPE", "--channel", "partner", check=False)
    assert missing.returncode == 2 and 'No contract numbered "NOPE"' in missing.stderr


def test_fx_quote_needs_a_rate_and_then_uses_it(database_url, csv_file, tmp_path):
    cli(database_url, "contracts", "import", str(csv_file(GOOD)))
    no_rate = cli(database_url, "quote", "C-200", "--currency", "USD", "--on", "2026-11-24", check=False)
    assert no_rate.returncode == 2 and "No exchange rate from JPY to USD" in no_rate.stderr
    rates = tmp_path / "rates.csv"
    rates.write_text("base,quote,rate,valid_on\nUSD,JPY,150.00,2026-01-01\n", encoding="utf-8")
    assert "1 rates written" in cli(database_url, "rates", "import", str(rates)).stdout
    quote = json.loads(cli(database_url, "quote", "C-200", "--currency", "USD", "--on", "2026-11-24",
                           "--json").stdout)
    assert quote["currency"] == "USD" and quote["lines"][-1]["kind"] == "fx_surcharge"
    bad = tmp_path / "bad-rates.csv"
    bad.write_text("base,quote,rate,valid_on\nUSD,XYZ,1.5,2026-01-01\n", encoding="utf-8")
    result = cli(database_url, "rates", "import", str(bad), check=False)
    assert result.returncode == 2 and "line 2, quote" in result.stderr and '"XYZ"' in result.stderr


def test_prices_json():
    rows = json.loads(cli("sqlite:///unused.sqlite", "prices", "--country", "JP", "--json").stdout)
    assert rows and all(set(r) == {"sku", "service_level", "term_years", "price", "currency"} for r in rows)
    assert {r["currency"] for r in rows} == {"JPY"} and all("." not in r["price"] for r in rows)


def test_demo_seed_is_deterministic_and_covers_every_live_country(database_url):
    cli(database_url, "demo", "seed", "--contracts", "260", "--seed", "7", "--on", "2026-11-24")
    first = contracts_json(database_url)
    assert "0 created, 0 updated, 260 unchanged" in cli(
        database_url, "demo", "seed", "--contracts", "260", "--seed", "7", "--on", "2026-11-24").stdout
    assert contracts_json(database_url) == first
    countries = json.loads(cli(database_url, "catalog", "countries", "--on", "2026-11-24", "--json").stdout)
    live = {c["country"] for c in countries if c["live"]}
    assert {c["country"] for c in first} == live
    assert any(c["oem"] for c in first)
    assert any(c["end_date"] < "2026-11-24" for c in first)
    assert any(line["service_level"] == "basic" for c in first for line in c["lines"])


def test_db_migrate_and_a_bad_database_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    assert "up to date" in cli(url, "db", "migrate").stdout
    assert "up to date" in cli(url, "db", "migrate").stdout
    migrated = sqlite3.connect(tmp_path / "fresh.sqlite")
    for table in TABLES:  # the migrations make every table and column the code uses (tests create them directly)
        made = {row[1] for row in migrated.execute(f'PRAGMA table_info("{table._meta.tablename}")')}
        assert {column._meta.db_column_name for column in table._meta.columns} <= made, table._meta.tablename
    migrated.close()
    bad = cli("postgresql://nobody@127.0.0.1:1/none", "contracts", "list", check=False)
    assert bad.returncode == 2 and "RENEWALS_DATABASE_URL" in bad.stderr


def test_contacts_belong_to_their_contract_even_with_a_shared_customer(database_url, csv_file):
    path = csv_file("S-1,Shared Co,US,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@shared.example\n"
                    "S-2,Shared Co,DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,b@shared.example\n")
    assert "2 created" in cli(database_url, "contracts", "import", str(path)).stdout
    assert "0 created, 0 updated, 2 unchanged" in cli(database_url, "contracts", "import", str(path)).stdout
    assert json.loads(cli(database_url, "contracts", "show", "S-1", "--json").stdout)["contacts"] == [
        "a@shared.example"]
    fewer = csv_file("S-2,Shared Co,DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,c@shared.example\n",
                     name="fewer.csv")
    cli(database_url, "contracts", "import", str(fewer))
    assert json.loads(cli(database_url, "contracts", "show", "S-2", "--json").stdout)["contacts"] == [
        "c@shared.example"]


def test_a_new_term_makes_a_renewed_contract_renewable_again(database_url, csv_file):
    cli(database_url, "contracts", "import", str(csv_file(GOOD)))
    cli(database_url, "contracts", "mark-renewed", "C-100", "--channel", "partner")
    twice = cli(database_url, "contracts", "mark-renewed", "C-100", "--channel", "online", check=False)
    assert twice.returncode == 2 and "already renewed" in twice.stderr
    next_term = csv_file(GOOD.replace("2025-12-01,2026-12-01,it@acme", "2026-12-01,2027-12-01,it@acme"), name="next.csv")
    assert "1 updated" in cli(database_url, "contracts", "import", str(next_term)).stdout
    shown = json.loads(cli(database_url, "contracts", "show", "C-100", "--json").stdout)
    assert (shown["status"], shown["renewed_via"]) == ("active", "partner")
    quote = json.loads(cli(database_url, "quote", "C-100", "--on", "2027-11-01", "--json").stdout)
    assert quote["eligible"] and quote["reasons"] == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ('C-9,Acme,DE,false,VS8-STD-C,²,basic,1,2025-12-01,2026-12-01,a@b.example\n',
         'line 2: quantity "²": must be a whole number'),
        ('C-9,"Acme\nGmbH",DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@b.example\n',
         'line 2: customer "Acme\nGmbH": contains control characters'),
        ("C-9,Acme,DE,false,VS8-STD-C,100000000000000000000,basic,1,2025-12-01,2026-12-01,a@b.example\n",
         "quantity"),
        ("C-9,Ac\x00me,DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@b.example\n",
         "control characters"),
        ("C-9,Acme,DE,false,VS8-STD-C,1,basic,1,0001-01-01,9999-12-31,a@b.example\n",
         "start_date \"0001-01-01\": must be a date from 1990 to 2200"),
        ("C-9,Acme,DE,maybe,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@b.example\n", 'oem "maybe"'),
        ("C-9,Acme,DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,not-an-email\n", "not-an-email"),
    ],
)
def test_odd_rows_are_reported_not_crashed_on(tmp_path, csv_file, row, expected):
    url = existing_sqlite(tmp_path / "odd.sqlite")
    result = cli(url, "contracts", "import", str(csv_file(row)), check=False)
    assert result.returncode == 1 and expected in result.stderr


def test_quoted_fields_keep_commas_and_quotes(tmp_path, csv_file):
    url = existing_sqlite(tmp_path / "quoted.sqlite")
    cli(url, "contracts", "import",
        str(csv_file('C-9,"Acme, ""Inc""",DE,false,VS8-STD-C,1,basic,1,2025-12-01,2026-12-01,a@b.example\n')))
    assert json.loads(cli(url, "contracts", "show", "C-9", "--json").stdout)["customer"] == 'Acme, "Inc"'


def test_a_payment_currency_must_be_valid_that_day(tmp_path, csv_file):
    url = existing_sqlite(tmp_path / "pay.sqlite")
    cli(url, "contracts", "import", str(csv_file(GOOD)))
    for currency in ("XYZ", "LVL"):
        result = cli(url, "quote", "C-100", "--currency", currency, "--on", "2026-11-24", check=False)
        assert result.returncode == 2 and f"Cannot pay in {currency}" in result.stderr
    missing = cli(url, "quote", "NOPE", "--json", check=False)  # not found: status 2 like every command (was 1)
    assert missing.returncode == 2 and 'No contract numbered "NOPE"' in missing.stderr and not missing.stdout


def test_an_unknown_database_scheme_is_refused(tmp_path):
    result = cli("mysql://somewhere/db", "contracts", "list", check=False)
    assert result.returncode == 2 and 'RENEWALS_DATABASE_URL "mysql://somewhere/db"' in result.stderr
