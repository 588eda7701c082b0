"""Issue 10 items 9-10: exchange rates an operations team can trust.

A rate has a maximum age: a 2026 quote never silently converts at a 2013 rate, it
refuses payment in that currency with a reason the customer can read, and shows the
rate's date. `rates import` refuses what a spreadsheet lets slip, each with its line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest
from click.testing import CliRunner

from core.cli.main import main
from core.renewals.contracts import ContractData, LineData, upsert_contracts
from core.renewals.presentation import describe_reason
from core.renewals.quotes import QuoteOptions, quote_contract
from core.renewals.rates import RateRow, store_rates
from tests.conftest import ROOT, existing_sqlite

ON = date(2026, 11, 25)


def acme() -> ContractData:
    return ContractData(
        contract_number="R-1", customer="Acme GmbH", country="DE", oem=False, start_date=date(2025, 12, 31),
        end_date=date(2026, 12, 31), lines=(LineData(sku="VS8-STD-C", quantity=1, service_level="basic", term_years=1),),
        contacts=("it@acme.example",))


async def test_a_quote_refuses_payment_at_a_rate_older_than_the_maximum_age(db, catalog, translator, monkeypatch):
    await upsert_contracts([acme()])
    await store_rates([RateRow(base="EUR", quote="USD", rate=Decimal("1.3000"), valid_on=date(2013, 1, 1))])
    stale = await quote_contract("R-1", catalog, QuoteOptions(on=ON, currency="USD"))
    assert not stale.eligible
    [reason] = stale.reasons
    assert reason.code == "rate_too_old" and reason.details == {"currency": "USD", "date": date(2013, 1, 1)}
    assert stale.rate_date == date(2013, 1, 1) and stale.exchange_rate == Decimal("1.3000")
    assert "January 1, 2013" in describe_reason(reason, translator, "web", "en")
    assert "1. Januar 2013" in describe_reason(reason, translator, "web", "de")
    assert (await quote_contract("R-1", catalog, QuoteOptions(on=ON))).eligible  # its own currency: fine

    monkeypatch.setenv("RENEWALS_RATE_MAX_AGE_DAYS", "6000")
    assert (await quote_contract("R-1", catalog, QuoteOptions(on=ON, currency="USD"))).eligible
    monkeypatch.delenv("RENEWALS_RATE_MAX_AGE_DAYS")

    week_old = ON - timedelta(days=7)
    await store_rates([RateRow(base="EUR", quote="USD", rate=Decimal("1.0832"), valid_on=week_old)])
    fresh = await quote_contract("R-1", catalog, QuoteOptions(on=ON, currency="USD"))
    assert fresh.eligible and fresh.rate_date == week_old and fresh.exchange_rate == Decimal("1.0832")
    late = await quote_contract("R-1", catalog, QuoteOptions(on=ON + timedelta(days=1), currency="USD"))
    assert [r.code for r in late.reasons] == ["rate_too_old"]


async def test_a_cross_rate_is_as_old_as_its_oldest_leg(db, catalog):
    await upsert_contracts([acme()])
    await store_rates([RateRow(base="USD", quote="EUR", rate=Decimal("0.9"), valid_on=ON),
                       RateRow(base="USD", quote="GBP", rate=Decimal("0.8"), valid_on=date(2026, 1, 1))])
    quote = await quote_contract("R-1", catalog, QuoteOptions(on=ON, currency="GBP"))
    assert quote.rate_date == date(2026, 1, 1) and [r.code for r in quote.reasons] == ["rate_too_old"]


def test_an_unusable_max_age_setting_is_named(monkeypatch):
    from core.renewals.rates import rate_max_age_days

    monkeypatch.setenv("RENEWALS_RATE_MAX_AGE_DAYS", "a week")
    with pytest.raises(Exception) as refused:
        rate_max_age_days()
    assert "RENEWALS_RATE_MAX_AGE_DAYS" in str(refused.value) and "whole number of days" in str(refused.value)


def import_rates(tmp_path, content: str | bytes, *options: str):
    """In a subprocess: the CLI binds its database engine once per process."""
    path = tmp_path / "rates.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    done = subprocess.run([sys.executable, "-m", "core.cli", "rates", "import", str(path), *options],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "RENEWALS_DATABASE_URL": existing_sqlite(tmp_path / "r.sqlite")})
    assert "Traceback" not in done.stderr
    done.exit_code = done.returncode
    return done


@pytest.mark.parametrize(("rows", "line", "fragment"), [
    ("USD,EUR,0.95,2026-11-01\nEUR,USD,2.00,2026-11-01\n", "line 3", "contradicts USD→EUR 0.95 at line 2"),
    ("USD,EUR,0.95,2026-11-01\nUSD,EUR,0.96,2026-11-01\n", "line 3", "already given at line 2"),
    ("USD,USD,2,2026-11-01\n", "line 2, quote", "to itself"),
    ("USD,EUR,0.95,20261101\n", "line 2, valid_on", "2026-12-31"),
])
def test_rates_import_refuses_contradictions_each_with_its_line(tmp_path, rows, line, fragment):
    path = tmp_path / "rates.csv"
    path.write_text("base,quote,rate,valid_on\n" + rows, encoding="utf-8")
    result = CliRunner().invoke(main, ["rates", "import", str(path)])  # refused before any database work
    assert result.exit_code == 2
    [problem] = [text for text in result.stderr.splitlines() if fragment in text]
    assert f"rates.csv: {line}" in problem
    assert "nothing was loaded" in result.stderr


def test_inverse_rates_within_the_spread_are_fine(tmp_path):
    result = import_rates(tmp_path, "base,quote,rate,valid_on\nUSD,EUR,0.9500,2026-11-01\nEUR,USD,1.0520,2026-11-01\n")
    assert result.exit_code == 0, result.output
    assert "2 rates written" in result.stdout


def test_a_semicolon_export_with_decimal_commas_and_a_bom(tmp_path):
    text = "\ufeffbase;quote;rate;valid_on\r\nUSD;EUR;0,9500;2026-11-01\r\n"
    assert import_rates(tmp_path, text.encode("utf-8")).exit_code == 0


def test_the_help_names_the_columns_and_shows_an_example():
    result = CliRunner().invoke(main, ["rates", "import", "--help"])
    assert "base,quote,rate,valid_on" in result.output and "USD,EUR,0.8620,2026-11-02" in result.output


def test_an_inverse_that_contradicts_a_stored_rate_is_refused(tmp_path):
    assert import_rates(tmp_path, "base,quote,rate,valid_on\nUSD,EUR,0.9500,2026-11-01\n").exit_code == 0
    refused = import_rates(tmp_path, "base,quote,rate,valid_on\nEUR,USD,2.00,2026-11-01\n")
    assert refused.exit_code == 2
    assert "line 2: EUR→USD 2.00 contradicts the stored USD→EUR 0.9500 of 2026-11-01" in refused.stderr
    replaced = import_rates(tmp_path, "base,quote,rate,valid_on\nEUR,USD,2.00,2026-11-01\nUSD,EUR,0.5,2026-11-01\n")
    assert replaced.exit_code == 0 and "2 rates written" in replaced.stdout
    assert import_rates(tmp_path, "base,quote,rate,valid_on\nEUR,USD,2.0100,2026-11-01\n").exit_code == 0


def test_a_file_with_a_hundred_bad_rows_lists_every_one_without_a_traceback(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("base,quote,rate,valid_on\n" + "".join(f"USD,EUR,abc,2026-10-{day % 28 + 1:02d}\n"
                                                        for day in range(100)), encoding="utf-8")
    result = CliRunner().invoke(main, ["rates", "import", str(path)])  # the list passed Fluent's 2,500-character cap
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "100 bad rows, nothing was loaded" in result.stderr and "line 101, rate" in result.stderr


def test_operator_text_takes_arguments_of_any_length():
    from core.operator_text import operator_text

    cell = "X" * 5000
    assert cell in operator_text("import-bad-row", file="f.csv", where="line 2", field="customer", value=cell,
                                 problem="too long")
