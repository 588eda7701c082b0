"""How long `renewals contracts import` takes for a large spreadsheet. A benchmark, not a test:

    .venv/bin/python bench/imports.py [--lines 50000] [--lines-per-contract 5] [--database-url URL]

Writes a CSV of real SKUs from the installed price lists (10,000 contracts of 5 lines
for 50,000 lines), then runs the real CLI three times on a fresh database (SQLite in a
temporary folder unless --database-url names one, which is emptied first): the first
import (everything created), the same file again (everything unchanged) and a file
where every contract changed (everything updated, old lines replaced). Prints seconds
for each; the figures in README.md ("Importing contracts") come from here.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.platform import load_platform  # noqa: E402
from core.renewals.importer import COLUMNS  # noqa: E402


def write_file(path: Path, lines: int, per_contract: int, variant: int) -> None:
    catalog = load_platform().catalog
    day = date(2026, 11, 25)
    countries = [c for c in catalog.countries.values()
                 if c.live_on(day) and catalog.price_list_for(c.code, c.currency_on(day))]
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(COLUMNS)
        for number in range(lines // per_contract):
            country = countries[number % len(countries)]
            items = [i for i in catalog.price_list_for(country.code, country.currency_on(day)).items
                     if i.term_years == 1]
            end = day + timedelta(days=30 + number % 300 + variant * 365)
            for position in range(per_contract):
                item = items[(number + position) % len(items)]
                out.writerow([f"BENCH-{number:06d}", f"Customer {number % 2000}", country.code, "false",
                              item.sku, 1 + (number + position + variant) % 20, item.service_level, 1,
                              (end - timedelta(days=365)).isoformat(), end.isoformat(),
                              f"it{number}@customer{number % 2000}.example"])


def run(url: str, *args: str) -> float:
    """Wall seconds, and the CPU seconds of the command (other load on the machine
    stretches the first, hardly the second)."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "RENEWALS_DATABASE_URL": url})
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime - cpu.ru_utime + after.ru_stime - cpu.ru_stime
    if result.returncode != 0:
        sys.exit(result.stdout + result.stderr)
    print(f"  {' '.join(args[:2]):<20} {elapsed:6.1f} s wall {used:6.1f} s CPU   "
          f"{result.stdout.strip().splitlines()[-1]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--lines-per-contract", type=int, default=5)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = options.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        first, second = Path(folder) / "contracts.csv", Path(folder) / "changed.csv"
        write_file(first, options.lines, options.lines_per_contract, 0)
        write_file(second, options.lines, options.lines_per_contract, 1)
        if options.database_url:
            _empty(options.database_url)
        run(url, "db", "migrate")
        run(url, "catalog", "countries", "--json")  # start-up alone: plugins, config, catalog
        print(f"{options.lines} lines, {options.lines // options.lines_per_contract} contracts, {url.split(':')[0]}:")
        run(url, "contracts", "import", str(first))
        run(url, "contracts", "import", str(first))
        run(url, "contracts", "import", str(second))


def _empty(url: str) -> None:
    import asyncio

    import asyncpg

    async def drop() -> None:
        connection = await asyncpg.connect(url)
        await connection.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        await connection.close()

    asyncio.run(drop())


if __name__ == "__main__":
    main()
