"""Exchange rates: stored per day, read in one query, resolved in memory.

A rate is units of ``quote`` per one ``base``, valid from ``valid_on`` until a
newer row. Resolving A→B on a day takes the newest direct row as stored, else
the inverse of B→A, else the cross rate through USD (A→USD→B); a derived rate
is rounded half-up to 10 significant digits (so KRW→EUR keeps its precision),
and that rounded rate is the one applied and shown, so a customer can redo the
arithmetic.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import msgspec

from core.db.session import unit_of_work
from core.db.tables import ExchangeRate
from core.errors import RenewalError

PIVOT = "USD"
DERIVED_RATE_DIGITS = 10


class NoExchangeRate(RenewalError):
    message_id = "error-no-exchange-rate"


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
        for row in sorted(rows, key=lambda r: r.valid_on):
            if row.valid_on <= day:
                self._pairs[(row.base, row.quote)] = row.rate

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
