"""Quotes per second over 10,000 demo contracts on SQLite, next to a raw sqlite3
read of the same rows in the same run. A benchmark, not a test:

    .venv/bin/python bench/quotes.py [--contracts 10000] [--quotes 3000]

Prints quotes/s through the quote engine (one unit of work per quote, as a
request would do it), quotes/s with every quote in one unit of work, the raw
sqlite3 reads/s of the same contract-and-lines rows on one open connection,
and the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from piccolo.engine.sqlite import SQLiteEngine  # noqa: E402
from piccolo.table import create_db_tables  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402

from core.db import session  # noqa: E402
from core.db.tables import TABLES, create_unique_indexes  # noqa: E402
from core.platform import load_platform  # noqa: E402
from core.renewals.contracts import upsert_contracts  # noqa: E402
from core.renewals.demo import demo_contracts  # noqa: E402
from core.renewals.quotes import QuoteOptions, quote_contract  # noqa: E402
from core.renewals.rates import store_rates  # noqa: E402
from core.renewals.rates_file import read_rates  # noqa: E402

RAW_QUERY = """
SELECT l.position, l.sku, l.quantity, l.service_level, l.term_years, c.number, c.country, c.oem,
       c.start_date, c.end_date, c.status, c.renewed_via, k.key
FROM contract_line l JOIN contract c ON l.contract = c.id JOIN customer k ON c.customer = k.id
WHERE c.number = ? ORDER BY l.position
"""


async def main(contracts: int, quotes: int, on: date) -> None:
    console = Console()
    platform = load_platform(Path(__file__).resolve().parent.parent / "config" / "regions.yaml")
    catalog = platform.catalog
    path = Path(tempfile.mkdtemp()) / "bench.sqlite"
    session.bind(SQLiteEngine(path=str(path)))
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    generated = demo_contracts(catalog, contracts, seed=2013, today=on)
    await store_rates(read_rates(Path(__file__).resolve().parent.parent / "core" / "renewals" / "demo_rates.csv",
                                 catalog))
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("seeding demo contracts", total=len(generated))
        for start in range(0, len(generated), 1000):
            await upsert_contracts(generated[start:start + 1000])
            progress.advance(task, 1000)
    numbers = [c.contract_number for c in generated]
    sample = random.Random(1).choices(numbers, k=quotes)
    options = QuoteOptions(on=on)

    started = time.perf_counter()
    for number in sample:
        async with session.unit_of_work():
            await quote_contract(number, catalog, options)
    per_request = quotes / (time.perf_counter() - started)

    started = time.perf_counter()
    async with session.unit_of_work():
        for number in sample:
            await quote_contract(number, catalog, options)
    batched = quotes / (time.perf_counter() - started)

    connection = sqlite3.connect(path)
    started = time.perf_counter()
    for number in sample:
        connection.execute(RAW_QUERY, (number,)).fetchall()
    raw = quotes / (time.perf_counter() - started)
    connection.close()

    console.print(f"contracts: {contracts}, quotes: {quotes}")
    console.print(f"quote engine, one unit of work per quote : {per_request:10.0f} quotes/s")
    console.print(f"quote engine, one unit of work for all   : {batched:10.0f} quotes/s")
    console.print(f"raw sqlite3 read of the same rows        : {raw:10.0f} reads/s")
    console.print(f"ratio raw/engine (per quote)             : {raw / per_request:10.1f}x")
    console.print(f"ratio raw/engine (one unit of work)      : {raw / batched:10.1f}x")
    shutil.rmtree(path.parent, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=3_000)
    parser.add_argument("--on", type=date.fromisoformat, default=date(2026, 11, 24))
    arguments = parser.parse_args()
    asyncio.run(main(arguments.contracts, arguments.quotes, arguments.on))
