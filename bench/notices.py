"""Reminder speed on SQLite, printed in one run. A benchmark, not a test:

    .venv/bin/python bench/notices.py [--contracts 1000000] [--emails 2000] [--pdfs 30]

1. Due selection: ``schedule.due_contacts`` (the job's own query) over
   ``--contracts`` contracts with two contacts each, end dates spread over three
   years and a fifth of the due contacts already holding a 60-day ledger row;
   the first claim batch (1,000 rows) and the whole due set, with the query plan.
2. Emails rendered without PDF (Fluent text, babel amounts, both Jinja2
   templates, the MIME message as bytes) per CPU second, for contracts with one
   contact and with two (the second contact reuses the encoded parts).
3. PDFs per second for a Latin (de) and a CJK (ja) quote.

Rates are per CPU second of this process (the machine may be shared);
the selection is timed on the wall clock (and its CPU time).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from piccolo.engine.sqlite import SQLiteEngine  # noqa: E402
from piccolo.table import create_db_tables  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from core.db import session  # noqa: E402
from core.db.tables import TABLES, create_unique_indexes  # noqa: E402
from core.notices.content import email_locale, notice_content  # noqa: E402
from core.notices.job import make_context  # noqa: E402
from core.notices.render import build_message, readdress, render_html, render_pdf, render_text  # noqa: E402
from core.notices.schedule import _DUE, due_contacts, reminder_for  # noqa: E402
from core.notices.settings import load_mail_settings  # noqa: E402
from core.platform import load_platform  # noqa: E402
from core.renewals.contracts import ContractData, LineData  # noqa: E402
from core.renewals.quotes import QuoteOptions, price_quote  # noqa: E402
from core.renewals.rates import Rates  # noqa: E402

TODAY = date(2026, 11, 25)


def fill(path: Path, contracts: int) -> int:
    """Bulk rows with sqlite3 (the import path is measured elsewhere); returns ledger rows written."""
    rng = random.Random(2013)
    now = datetime.now(UTC).isoformat()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO customer (id, key, name) VALUES (1, 'Bench', 'Bench')")
    rows, contacts, ledger = [], [], []
    for i in range(1, contracts + 1):
        end = TODAY + timedelta(days=rng.randint(-365, 3 * 365))
        rows.append((i, f"B-{i:07d}", 1, "DE", 0, (end - timedelta(days=365)).isoformat(), end.isoformat(), "active",
                     now))
        contacts += [(i, f"a{i}@b.example", "initial_license_order"), (i, f"b{i}@b.example", "initial_license_order")]
        days = reminder_for((end - TODAY).days)
        if days is not None and days < 60 and rng.random() < 0.2:
            ledger.append((i, end.isoformat(), 60, f"a{i}@b.example", "de", f"<{i}@b>", "sent", 1, now, now, now))
    db.executemany("INSERT INTO contract (id, number, customer, country, oem, start_date, end_date, status, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO contact (contract, email, source) VALUES (?, ?, ?)", contacts)
    db.executemany("INSERT INTO sent_notice (contract, term_end, days_before, email, locale, message_id, status, "
                   "attempts, claimed_at, sent_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ledger)
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return len(ledger)


def plan(path: Path) -> str:
    db = sqlite3.connect(path)
    sql = _DUE.replace("{}", "?")
    found = db.execute("EXPLAIN QUERY PLAN " + sql, (TODAY, TODAY, TODAY, TODAY)).fetchall()
    db.close()
    return "; ".join(row[-1] for row in found)


async def selection(contracts: int) -> list[tuple[str, str]]:
    path = Path(tempfile.mkdtemp()) / "bench.sqlite"
    session.bind(SQLiteEngine(path=str(path)))
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    started = time.perf_counter()
    written = fill(path, contracts)
    filled = time.perf_counter() - started
    async with session.unit_of_work():
        started = time.perf_counter()
        batch = await due_contacts(TODAY, limit=1000)
        first = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        every = await due_contacts(TODAY)
        whole, cpu = time.perf_counter() - started, time.process_time() - cpu
    return [
        ("contracts (2 contacts each), ledger rows", f"{contracts:,}, {written:,} (filled in {filled:.1f} s)"),
        ("due selection: first claim batch (1,000 rows)", f"{first * 1000:.0f} ms"),
        (f"due selection: all {len(every):,} due contacts", f"{whole:.2f} s wall clock ({cpu:.2f} s CPU)"),
        ("query plan", plan(path)),
    ]


def emails(count: int) -> list[tuple[str, str]]:
    catalog = load_platform(ROOT / "config" / "regions.yaml").catalog
    context = make_context(catalog, load_mail_settings({}), "https://renew.example")
    settings = context.settings
    quotes = []
    for country in ("DE", "JP", "MX", "US", "BR", "KR"):
        data = ContractData(contract_number=f"B-{country}", customer="Bench", country=country, oem=False,
                            start_date=TODAY, end_date=TODAY + timedelta(days=30),
                            lines=(LineData("VS8-STD-C", 2, "basic", 1),))
        quotes.append((country, price_quote(data, catalog, QuoteOptions(on=TODAY), Rates([], TODAY))))
    expires = datetime(2027, 3, 1, tzinfo=UTC)
    now = datetime.now(UTC)

    def content(country, quote):
        entry = catalog.countries[country]
        return notice_content(context.translator, locale=email_locale(context.translator, entry.email_locale),
                              country=country, quote=quote, term_end=TODAY + timedelta(days=30), today=TODAY,
                              url="https://renew.example/renew/x", link_expires=expires, version="ABCDEF123456",
                              valid_until=TODAY + timedelta(days=30), phone=entry.support_phone)

    def per_core(contacts: int) -> float:
        """Emails per CPU second (the machine is shared: CPU time, not wall time, is one core's)."""
        started = time.process_time()
        for i in range(count // contacts):
            country, quote = quotes[i % len(quotes)]
            rendered = content(country, quote)
            text, html = render_text(rendered), render_html(rendered)
            message = build_message(rendered, to=f"a{i}@b.example", message_id=f"<a{i}@b>", settings=settings,
                                    now=now, text=text, html=html)
            message.as_bytes()
            for contact in range(1, contacts):
                readdress(message, to=f"c{contact}.{i}@b.example", message_id=f"<c{contact}.{i}@b>", now=now)
                message.as_bytes()
        return (count // contacts) * contacts / (time.process_time() - started)

    results = [("emails without PDF per core, 1 contact a contract", f"{per_core(1):,.0f} /s"),
               ("emails without PDF per core, 2 contacts a contract", f"{per_core(2):,.0f} /s")]
    rendered = {country: content(country, quote) for country, quote in quotes}
    for label, country in (("PDFs, Latin (de)", "DE"), ("PDFs, CJK (ja)", "JP")):
        render_pdf(rendered[country].pdf)  # warm-up: fonts loaded once per process
        started, cpu = time.perf_counter(), time.process_time()
        runs = max(5, PDFS if country == "DE" else PDFS // 2)
        for _ in range(runs):
            render_pdf(rendered[country].pdf)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        results.append((label, f"{runs / cpu:.1f} /s per core ({runs / wall:.1f} /s wall clock)"))
    return results


PDFS = 30


def main() -> None:
    global PDFS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contracts", type=int, default=1_000_000)
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--pdfs", type=int, default=30)
    args = parser.parse_args()
    PDFS = args.pdfs
    rows = asyncio.run(selection(args.contracts)) + emails(args.emails)
    table = Table("measure", "result", title="Reminders on SQLite, this machine")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main()
