"""Exchange rates: stored per day, read in one query, resolved in memory.

A rate is units of ``quote`` per one ``base``, valid from ``valid_on`` until a
newer row. Resolving A→B on a day takes the newest direct row as stored, else
the inverse of B→A, else the cross rate through USD (A→USD→B); a derived rate
is rounded half-up to 10 significant digits (so KRW→EUR keeps its precision),
and that rounded rate is the one applied and shown, so a customer can redo the
arithmetic.

A rate has a maximum age (``RENEWALS_RATE_MAX_AGE_DAYS``, default 7): a quote
converted at an older rate cannot be paid in that currency (see
core.renewals.quotes), and every converted quote carries the rate's date.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import msgspec

from core.db.session import unit_of_work
from core.db.tables import ExchangeRate
from core.errors import RenewalError

PIVOT = "USD"
DERIVED_RATE_DIGITS = 10
MAX_AGE_ENV = "RENEWALS_RATE_MAX_AGE_DAYS"
DEFAULT_MAX_AGE_DAYS = 7


class NoExchangeRate(RenewalError):
    message_id = "error-no-exchange-rate"


class RateSettingError(RenewalError):
    message_id = "error-setting"


def rate_max_age_days() -> int:
    """How many days old a rate may be on the quote day and still convert a payment."""
    raw = os.environ.get(MAX_AGE_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_AGE_DAYS
    if not raw.isdigit() or int(raw) > 36500:
        raise RateSettingError(name=MAX_AGE_ENV, value=raw, expected="a whole number of days from 0 to 36500")
    return int(raw)


class RateRow(msgspec.Struct, frozen=True):
    base: str
    quote: str
    rate: Decimal
    valid_on: date


class Rates:
    """The newest rate per pair on one day, from the rows one query returned."""

    def __init__(self, rows: list[RateRow], day: date) -> None:
        self.day = day
        self._pairs: dict[tuple[str, str], Decimal] = {}
        self._dates: dict[tuple[str, str], date] = {}
        for row in sorted(rows, key=lambda r: r.valid_on):
            if row.valid_on <= day:
                self._pairs[(row.base, row.quote)] = row.rate
                self._dates[(row.base, row.quote)] = row.valid_on

    def dated(self, base: str, quote: str) -> date | None:
        """The day of the rate :meth:`find` uses; for an inverse or cross rate, the
        oldest row it is built from (the conversion is only as fresh as that)."""
        if base == quote:
            return self.day
        if (base, quote) in self._dates:
            return self._dates[(base, quote)]
        if (quote, base) in self._dates:
            return self._dates[(quote, base)]
        if PIVOT not in (base, quote):
            first, second = self.dated(base, PIVOT), self.dated(PIVOT, quote)
            if first is not None and second is not None:
                return min(first, second)
        return None

    def find(self, base: str, quote: str) -> Decimal | None:
        if base == quote:
            return Decimal(1)
        rate = self._find(base, quote)
        if rate is None or (base, quote) in self._pairs:
            return rate
        return rate.quantize(Decimal(1).scaleb(rate.adjusted() - DERIVED_RATE_DIGITS + 1), rounding=ROUND_HALF_UP)

    def _find(self, base: str, quote: str) -> Decimal | None:
        if base == quote:
            return Decimal(1)
        if (base, quote) in self._pairs:
            return self._pairs[(base, quote)]
        if (quote, base) in self._pairs:
            return Decimal(1) / self._pairs[(quote, base)]
        if PIVOT not in (base, quote):
            to_pivot, from_pivot = self._find(base, PIVOT), self._find(PIVOT, quote)
            if to_pivot is not None and from_pivot is not None:
                return to_pivot * from_pivot
        return None

    def get(self, base: str, quote: str) -> Decimal:
        rate = self.find(base, quote)
        if rate is None:
            raise NoExchangeRate(base=base, quote=quote, day=self.day.isoformat())
        return rate


async def load_rates(currencies: set[str], day: date) -> Rates:
    """Every stored rate among ``currencies`` and USD up to ``day``, in one query."""
    wanted = sorted(currencies | {PIVOT})
    rows = await (
        ExchangeRate.select(ExchangeRate.base_currency, ExchangeRate.quote_currency, ExchangeRate.rate,
                            ExchangeRate.valid_on)
        .where(ExchangeRate.base_currency.is_in(wanted))
        .where(ExchangeRate.quote_currency.is_in(wanted))
        .where(ExchangeRate.valid_on <= day)
    )
    return Rates([RateRow(base=r["base_currency"], quote=r["quote_currency"], rate=Decimal(r["rate"]),
                          valid_on=r["valid_on"]) for r in rows], day)


async def rates_on_days(days: set[date]) -> dict[tuple[str, str, date], Decimal]:
    """Every stored rate of those days, by (base, quote, day)."""
    found: dict[tuple[str, str, date], Decimal] = {}
    ordered = sorted(days)
    for start in range(0, len(ordered), 500):
        rows = await ExchangeRate.select(ExchangeRate.base_currency, ExchangeRate.quote_currency, ExchangeRate.rate,
                                         ExchangeRate.valid_on).where(ExchangeRate.valid_on.is_in(ordered[start:start + 500]))
        found.update({(r["base_currency"], r["quote_currency"], r["valid_on"]): Decimal(r["rate"]) for r in rows})
    return found


async def store_rates(rows: list[RateRow]) -> tuple[int, int]:
    """Insert or update rates by (base, quote, day); returns (written, unchanged)."""
    written = unchanged = 0
    async with unit_of_work(write=True):
        for row in rows:
            existing = await ExchangeRate.select(ExchangeRate.id, ExchangeRate.rate).where(
                (ExchangeRate.base_currency == row.base) & (ExchangeRate.quote_currency == row.quote)
                & (ExchangeRate.valid_on == row.valid_on)).first()
            if existing is None:
                await ExchangeRate.insert(ExchangeRate(base_currency=row.base, quote_currency=row.quote,
                                                       rate=str(row.rate), valid_on=row.valid_on))
                written += 1
            elif Decimal(existing["rate"]) != row.rate:
                await ExchangeRate.update({ExchangeRate.rate: str(row.rate)}).where(
                    ExchangeRate.id == existing["id"])
                written += 1
            else:
                unchanged += 1
    return written, unchanged
