"""``renewals db|contracts|prices|quote|rates|demo``: the renewal domain for operators."""

from __future__ import annotations

import asyncio
import sqlite3
import contextlib
import io
import sys
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import click
import msgspec
from piccolo.engine.sqlite import SQLiteEngine

from core.cli.output import COUNTRY, CURRENCY, DATE, emit_json, emit_table, friendly_errors
from core.db import session
from core.errors import RenewalError
from core.i18n import Translator
from core.operator_text import operator_text
from core.renewals import contracts as contract_store
from core.renewals.demo import demo_contracts
from core.renewals.importer import read_contracts
from core.renewals.presentation import describe_line
from core.renewals.quotes import QuoteOptions, quote_contract
from core.cli.progress import import_progress
from core.renewals.rates import rates_on_days, store_rates
from core.renewals.rates_file import read_located_rates, read_rates, stored_conflicts

T = TypeVar("T")


class DatabaseError(RenewalError):
    message_id = "error-database"


class DatabaseMissing(RenewalError):
    message_id = "error-database-missing"


def run_db(work: Callable[[], Awaitable[T]], *, create: bool = False) -> T:
    """Run one command's database work: schema up to date, pool open, closed after.

    A SQLite file that does not exist is refused unless ``create`` (``db migrate``,
    ``demo seed``): a mistyped RENEWALS_DATABASE_URL would otherwise get a new, empty
    database and every read command would answer "nothing" with exit status 0.
    """
    _existing_sqlite(create)

    async def main() -> T:
        await session.start()
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # piccolo's migration chatter
                await session.migrate()
            return await work()
        finally:
            await session.stop()

    try:
        return asyncio.run(main())
    except RenewalError:
        raise
    except (OSError, RuntimeError, sqlite3.Error, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
        raise DatabaseError(detail=f"{type(error).__name__}: {error}") from None


def _existing_sqlite(create: bool) -> None:
    engine = session.engine()
    if not isinstance(engine, SQLiteEngine):
        return
    path = Path(engine.path)
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file where the folder should be, a read-only mount
            raise DatabaseError(detail=f"{path.parent}: {error.strerror or error}") from None
    elif not path.is_file():
        raise DatabaseMissing(path=str(path.resolve()))


@click.group()
def db() -> None:
    """The database (SQLite by default; PostgreSQL with RENEWALS_DATABASE_URL)."""


@db.command()
@friendly_errors
def migrate() -> None:
    """Run the checked-in migrations forward."""
    run_db(lambda: asyncio.sleep(0), create=True)
    click.echo(operator_text("db-migrated"))


@click.group()
def contracts() -> None:
    """Contracts: import, list, show, record partner renewals."""


@contracts.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--atomic", is_flag=True, help="Import nothing if any row is bad.")
@click.option("--encoding", default=None, help="File encoding (default: detected: BOM, UTF-8, else Windows-1252).")
@click.option("--delimiter", default=None, help="Column separator: comma, semicolon, tab, pipe (default: detected).")
@click.pass_obj
@friendly_errors
def import_contracts(ctx, file: Path, atomic: bool, encoding: str | None, delimiter: str | None) -> None:
    """Create or update contracts from a CSV (one row per line) or JSON file, by contract number.

    \b
    CSV columns (a header row naming them, any order; one row per contract line,
    the contract's fields repeated on each of its rows; contacts separated by ";"):
      contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts
      C-1001,Acme GmbH,DE,false,VS8-STD-C,2,production,1,2025-12-01,2026-11-30,it@acme.example;cfo@acme.example
    Excel's exports are read as they are: semicolon or tab separated, UTF-8 with a BOM,
    UTF-16, Windows-1252. JSON: a list of contracts, each with a "lines" list.
    The report names bad rows (file, line, field), updates that moved a contract to
    another country or replaced its lines, and term_years the dates contradict.
    """
    parsed = read_contracts(file, ctx.platform().catalog, encoding=encoding, delimiter=delimiter)
    for bad in parsed.bad_rows:
        click.echo(bad.text(str(file)), err=True)
    if atomic and parsed.bad_rows:
        rows = len({bad.where for bad in parsed.bad_rows})  # a row with three bad fields is one bad row
        click.echo(operator_text("import-atomic-refused", count=rows), err=True)
        sys.exit(1)
    with import_progress(len(parsed.contracts)) as advance:
        report = run_db(lambda: contract_store.upsert_contracts(parsed.contracts, progress=advance))
    for number, (before, after) in sorted(report.country_changed.items()):
        click.echo(operator_text("import-country-changed", contract=number, before=before, after=after))
    if report.lines_replaced:
        click.echo(operator_text("import-lines-replaced", count=len(report.lines_replaced),
                                 contracts=_some(report.lines_replaced)))
    for warning in parsed.warnings:
        click.echo(operator_text("import-warning", text=warning.text(str(file))), err=True)
    if parsed.read_as:
        click.echo(operator_text("import-read-as", file=str(file), how=parsed.read_as))
    click.echo(operator_text("import-summary", created=len(report.created), updated=len(report.updated),
                             unchanged=len(report.unchanged), rejected=len(parsed.rejected)))
    sys.exit(1 if parsed.bad_rows else 0)


def _some(numbers: list[str], shown: int = 20) -> str:
    return ", ".join(numbers[:shown]) + (f" … (+{len(numbers) - shown})" if len(numbers) > shown else "")


@contracts.command("list")
@click.option("--country", type=COUNTRY, default=None, help="Only this country.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def list_contracts(ctx, country: str | None, as_json: bool) -> None:
    """Every contract (or one country's), with its lines (contacts: see show)."""
    if country:
        ctx.platform().catalog.country(country)  # an unknown country is an error, not an empty list
    rows = run_db(lambda: contract_store.list_contracts(country))
    if as_json:
        emit_json(rows)
        return
    emit_table(["contract", "customer", "country", "oem", "end_date", "status", "lines"],
               ([r.contract_number, r.customer, r.country, r.oem, r.end_date, r.status,
                 "; ".join(f"{ln.quantity}× {ln.sku} {ln.service_level} {ln.term_years}y" for ln in r.lines)]
                for r in rows))


@contracts.command("show")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@friendly_errors
def show_contract(number: str, as_json: bool) -> None:
    """One contract, its lines and its contacts."""

    async def load() -> contract_store.ContractData:
        return await contract_store.with_contacts(await contract_store.get_contract(number))

    row = run_db(load)
    if as_json:
        emit_json(row)
        return
    emit_table(["field", "value"], [
        *((field, getattr(row, field)) for field in ("contract_number", "customer", "country", "oem", "start_date",
                                                     "end_date", "status", "renewed_via")),
        ("contacts", row.contacts),
    ])
    emit_table(["sku", "quantity", "service_level", "term_years"],
               ([ln.sku, ln.quantity, ln.service_level, ln.term_years] for ln in row.lines))


@contracts.command("mark-renewed")
@click.argument("number")
@click.option("--channel", type=click.Choice(contract_store.CHANNELS), required=True,
              help="Where it was renewed.")
@friendly_errors
def mark_renewed(number: str, channel: str) -> None:
    """Record that a contract was renewed (through a partner, or online): reminders stop."""
    contract = run_db(lambda: contract_store.mark_renewed(number, channel))
    click.echo(operator_text("contract-marked-renewed", number=contract.contract_number, channel=channel))


class PriceRow(msgspec.Struct):
    sku: str
    service_level: str
    term_years: int
    price: Decimal
    currency: str


@click.command()
@click.option("--country", type=COUNTRY, required=True, help="ISO 3166 alpha-2 country code.")
@click.option("--on", "day", type=DATE, default=None, help="Date (default: today); picks the currency.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def prices(ctx, country: str, day: date | None, as_json: bool) -> None:
    """The regional price list of a country."""
    catalog = ctx.platform().catalog
    entry = catalog.country(country)
    currency = entry.currency_on(day or date.today())
    price_list = catalog.price_list_for(country, currency)
    rows = [PriceRow(sku=i.sku, service_level=i.service_level, term_years=i.term_years, price=i.price,
                     currency=currency) for i in (price_list.items if price_list else ())]
    if as_json:
        emit_json(rows)
    else:
        emit_table(["sku", "service_level", "term_years", "price", "currency"],
                   (msgspec.structs.astuple(r) for r in rows), title=price_list.id if price_list else None)


class QuoteLineRow(msgspec.Struct):
    kind: str
    description: str
    amount: Decimal
    original_amount: Decimal | None = None


class QuoteRow(msgspec.Struct):
    contract: str
    eligible: bool
    reasons: list[str]
    currency: str | None
    lines: list[QuoteLineRow]
    total: Decimal | None
    seller: str | None
    quoted_on: date
    quote_currency: str | None
    exchange_rate: Decimal | None
    price_list: str | None
    rate_date: date | None = None


@click.command()
@click.argument("contract_number")
@click.option("--currency", type=CURRENCY, default=None, help="Pay in this currency (adds the FX lines).")
@click.option("--upgrade-level", default=None, help="Upgrade every line to this service level.")
@click.option("--term-years", type=click.IntRange(min=1), default=None, help="Renew for this many years.")
@click.option("--on", "day", type=DATE, default=None, help="Quote date (default: today).")
@click.option("--locale", default="en", show_default=True, help="Language of the line descriptions.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def quote(ctx, contract_number: str, currency: str | None, upgrade_level: str | None, term_years: int | None,
          day: date | None, locale: str, as_json: bool) -> None:
    """The quote for a contract: the same calculation as the email and the checkout."""
    platform = ctx.platform()
    options = QuoteOptions(on=day or date.today(), currency=currency, upgrade_level=upgrade_level,
                           term_years=term_years)
    async def work():
        async with session.unit_of_work():  # one connection for the contract and the rates
            return await quote_contract(contract_number, platform.catalog, options)

    result = run_db(work)
    if any(reason.code == "contract_not_found" for reason in result.reasons):
        raise contract_store.ContractNotFound(number=contract_number)  # like every other command: message, status 2
    translator = Translator(platform.catalog, channel="web")
    locale = translator.negotiate("web", [locale], country=result.country)
    row = QuoteRow(
        contract=result.contract, eligible=result.eligible, reasons=[r.code for r in result.reasons],
        currency=result.currency, total=result.total, seller=result.seller, quoted_on=result.quoted_on,
        quote_currency=result.quote_currency, exchange_rate=result.exchange_rate, price_list=result.price_list,
        rate_date=result.rate_date,
        lines=[QuoteLineRow(kind=ln.kind,
                            description=describe_line(ln, translator, "web", locale, country=result.country),
                            amount=ln.amount, original_amount=ln.original_amount) for ln in result.lines],
    )
    if as_json:
        emit_json(row)
        return
    click.echo(operator_text("quote-heading", contract=row.contract, eligible="yes" if row.eligible else "no",
                             reasons=", ".join(row.reasons) or "-", seller=row.seller or "-",
                             on=row.quoted_on.isoformat(), price_list=row.price_list or "-"))
    if row.exchange_rate is not None:
        click.echo(operator_text("quote-fx", currency=row.quote_currency, rate=str(row.exchange_rate),
                                 rate_date=row.rate_date.isoformat() if row.rate_date else "-"))
    emit_table(["kind", "description", f"amount ({row.currency or '-'})"],
               ([ln.kind, ln.description, ln.amount] for ln in row.lines))
    click.echo(operator_text("quote-total", total=str(row.total) if row.total is not None else "-",
                             currency=row.currency or ""))


@click.group()
def rates() -> None:
    """Exchange rates used for FX quotes."""


@rates.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--encoding", default=None, help="File encoding (default: detected: BOM, UTF-8, else Windows-1252).")
@click.option("--delimiter", default=None, help="Column separator: comma, semicolon, tab, pipe (default: detected).")
@click.pass_obj
@friendly_errors
def import_rates(ctx, file: Path, encoding: str | None, delimiter: str | None) -> None:
    """Load rates from CSV or JSON; all or nothing.

    \b
    Columns: base,quote,rate,valid_on (units of quote per one base, valid from that day):
      base,quote,rate,valid_on
      USD,EUR,0.8620,2026-11-02
    A semicolon- or tab-separated export (decimal comma allowed) is read too.
    Refused, with the line: unknown currencies, a currency to itself, a date not
    written YYYY-MM-DD, one pair twice on a day, and a pair given both ways on a
    day whose rates disagree by more than 1 %. A quote refuses payment in a
    currency whose rate is older than RENEWALS_RATE_MAX_AGE_DAYS (default 7).
    """
    located = read_located_rates(file, ctx.platform().catalog, encoding=encoding, delimiter=delimiter)

    async def work() -> tuple[int, int]:
        async with session.unit_of_work(write=True):  # checked against what is stored, then stored: one step
            stored_conflicts(file, located, await rates_on_days({row.valid_on for _, row in located}))
            return await store_rates([row for _, row in located])

    written, unchanged = run_db(work)
    click.echo(operator_text("rates-summary", written=written, unchanged=unchanged))


@click.group()
def demo() -> None:
    """Demo data."""


@demo.command()
@click.option("--contracts", "count", type=click.IntRange(min=1), default=500, show_default=True,
              help="How many contracts.")
@click.option("--seed", type=int, default=2013, show_default=True, help="Random seed (same seed, same data).")
@click.option("--on", "day", type=DATE, default=None, help="Day the data is relative to (default: today).")
@click.pass_obj
@friendly_errors
def seed(ctx, count: int, seed: int, day: date | None) -> None:
    """Deterministic demo contracts across every live country, plus demo exchange rates."""
    catalog = ctx.platform().catalog
    generated = demo_contracts(catalog, count, seed, day or date.today())
    rate_rows = read_rates(Path(__file__).resolve().parents[1] / "renewals" / "demo_rates.csv", catalog)
    # The demo's rates again as of its day, so FX quotes are payable (rates have a maximum age).
    rate_rows += [msgspec.structs.replace(r, valid_on=day or date.today()) for r in rate_rows
                  if (day or date.today()) > r.valid_on]

    async def work() -> Any:
        await store_rates(rate_rows)
        return await contract_store.upsert_contracts(generated)

    report = run_db(work, create=True)
    click.echo(operator_text("import-summary", created=len(report.created), updated=len(report.updated),
                             unchanged=len(report.unchanged), rejected=0))


COMMANDS = (db, contracts, prices, quote, rates, demo)
