"""What reading a reader's language and formatting their amounts costs. A benchmark,
not a test:

    .venv/bin/python bench/locales.py [--repeat 2000]

Prints microseconds per call for: negotiating a typical Accept-Language header and a
hostile 10 KB one (uncached: a new header each time; cached: the same header again),
and formatting an amount and a date for a (language, country) pair, uncached and cached.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import i18n  # noqa: E402

AVAILABLE = ("ar", "cs", "da", "de", "en", "es", "es-419", "fr", "ja", "nb", "pt-BR", "pt-PT", "zh-Hans", "zh-Hant")


def per_call(label: str, calls) -> None:
    started = time.perf_counter()
    for call in calls:
        call()
    elapsed = time.perf_counter() - started
    print(f"{label:<46} {elapsed / len(calls) * 1e6:9.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    n = parser.parse_args().repeat

    def negotiate(header: str):
        return lambda: i18n._negotiate(AVAILABLE, tuple(i18n.parse_accept_language(header)), None)

    typical = [f"de-CH,de;q=0.9,en-US;q=0.8,en;q=0.{i % 7 + 1},x{i}" for i in range(n)]
    hostile = [",".join(f"x{k % 10}-Y{k % 7};q=0.{k % 9 + 1}" for k in range(900)) + f",q{i}" for i in range(n // 20)]
    per_call("typical header, uncached", [negotiate(h) for h in typical])
    per_call("typical header, cached", [negotiate(typical[0]) for _ in range(n)])
    per_call("10 KB header, uncached", [negotiate(h) for h in hostile])
    per_call("10 KB header, cached", [negotiate(hostile[0]) for _ in range(n)])

    amounts = [Decimal(i) + Decimal("0.50") for i in range(n)]
    per_call("money es-419 + MX, uncached", [lambda a=a: i18n.money(a, "MXN", "es-419", "MX") for a in amounts])
    per_call("money es-419 + MX, cached", [lambda: i18n.money(amounts[0], "MXN", "es-419", "MX")] * n)
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(n)]
    per_call("day en + GB", [lambda d=d: i18n.day(d, "en", "GB") for d in days])


if __name__ == "__main__":
    main()
