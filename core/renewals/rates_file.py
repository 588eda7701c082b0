"""Reading exchange-rate files: CSV with ``base,quote,rate,valid_on`` or a JSON list of the same.

A file loads all or nothing, and what a spreadsheet lets slip is refused with its
line: a rate from a currency to itself, the same pair twice on one day (which one
was meant?), a date not written YYYY-MM-DD (``20261101``), and a pair given both
ways on one day whose rates disagree by more than INVERSE_TOLERANCE (USD→EUR 0.95
with EUR→USD 2.00: one of them is a typo).
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.catalog import Catalog
from core.errors import RenewalError
from core.operator_text import operator_text
from core.renewals.rates import RateRow
from core.renewals.tabular import read_table

COLUMNS = ("base", "quote", "rate", "valid_on")
# No real rate among the supported currencies leaves this range; outside it is a typo.
LOWEST_RATE, HIGHEST_RATE = Decimal("0.00001"), Decimal("100000")
# A->B times B->A on one day must be 1 within this (real quotes differ by the spread, well under 1 %).
INVERSE_TOLERANCE = Decimal("0.01")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DECIMAL_COMMA = re.compile(r"^[0-9]+,[0-9]+$")


class RatesFileError(RenewalError):
    message_id = "error-rates-file"


class RatesFileRejected(RatesFileError):
    """Every bad row of a file, one per line under a heading that says nothing was loaded."""

    message_id = "error-rates-rejected"

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(file=str(path), count=len(problems), rows="\n".join(f"  {p}" for p in problems))


def read_rates(path: Path, catalog: Catalog, *, encoding: str | None = None,
               delimiter: str | None = None) -> list[RateRow]:
    """All rows, or RatesFileError naming every bad one (rates load all-or-nothing)."""
    return [row for _, row in read_located_rates(path, catalog, encoding=encoding, delimiter=delimiter)]


def read_located_rates(path: Path, catalog: Catalog, *, encoding: str | None = None,
                       delimiter: str | None = None) -> list[tuple[str, RateRow]]:
    """The rows with where each is in the file (line N, item N)."""
    if path.suffix.lower() == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise RatesFileError(file=str(path), where="-", problem=str(error)) from None
        try:
            records = json.loads(text, parse_float=Decimal)
        except RecursionError:
            raise RatesFileError(file=str(path), where="-", problem=operator_text("import-json-too-deep")) from None
        except json.JSONDecodeError as error:
            raise RatesFileError(file=str(path), where=f"line {error.lineno}", problem=error.msg) from None
        if not isinstance(records, list):
            raise RatesFileError(file=str(path), where="-", problem=operator_text("rates-json-not-list"))
        rows = [(operator_text("import-item", item=str(i)), r) for i, r in enumerate(records, start=1)]
        extra: dict[int, list[str]] = {}
    else:
        table = read_table(path, COLUMNS, encoding=encoding, delimiter=delimiter)
        extra = table.extra_cells
        decimal_comma = table.delimiter != ","
        rows = [(operator_text("import-line", line=str(line)),
                 {**r, "rate": r["rate"].replace(",", ".") if decimal_comma and _DECIMAL_COMMA.match(r["rate"])
                  else r["rate"]}) for line, r in table.records]
    parsed: list[tuple[str, RateRow]] = []
    problems: list[str] = [str(RatesFileError(file=str(path), where=operator_text("import-line", line=str(line)),
                                              problem=operator_text("import-extra-cells", count=len(cells),
                                                                    columns=len(table.fieldnames))))
                           for line, cells in extra.items()]
    for where, record in rows:
        try:
            parsed.append((where, _parse(path, where, record, catalog)))
        except RatesFileError as error:
            problems.append(str(error))
    problems.extend(_conflicts(path, parsed))
    if problems:
        raise RatesFileRejected(path, problems)
    return parsed


def stored_conflicts(path: Path, located: list[tuple[str, RateRow]], stored: dict) -> None:
    """A row whose inverse is already stored for the same day and disagrees (beyond
    INVERSE_TOLERANCE) is refused too, unless the file gives that inverse anew."""
    given = {(row.base, row.quote, row.valid_on) for _, row in located}
    problems = []
    for where, row in located:
        inverse = stored.get((row.quote, row.base, row.valid_on))
        if inverse is None or (row.quote, row.base, row.valid_on) in given:
            continue
        if abs(row.rate * inverse - 1) > INVERSE_TOLERANCE:
            problems.append(str(RatesFileError(file=str(path), where=where, problem=operator_text(
                "rates-inverse-stored", base=row.base, quote=row.quote, rate=str(row.rate), inverse=str(inverse),
                day=row.valid_on.isoformat()))))
    if problems:
        raise RatesFileRejected(path, problems)


def _conflicts(path: Path, parsed: list[tuple[str, RateRow]]) -> list[str]:
    """Rows that contradict another row of the file: the same pair and day twice, or an
    inverse pair whose rates do not multiply to 1 within INVERSE_TOLERANCE."""
    problems: list[str] = []
    seen: dict[tuple[str, str, date], tuple[str, RateRow]] = {}
    for where, row in parsed:
        key = (row.base, row.quote, row.valid_on)
        if key in seen:
            problems.append(str(RatesFileError(file=str(path), where=where, problem=operator_text(
                "rates-duplicate", base=row.base, quote=row.quote, day=row.valid_on.isoformat(),
                first=seen[key][0]))))
            continue
        seen[key] = (where, row)
        inverse = seen.get((row.quote, row.base, row.valid_on))
        if inverse is not None and abs(row.rate * inverse[1].rate - 1) > INVERSE_TOLERANCE:
            problems.append(str(RatesFileError(file=str(path), where=where, problem=operator_text(
                "rates-inverse-disagrees", base=row.base, quote=row.quote, rate=str(row.rate),
                inverse=str(inverse[1].rate), first=inverse[0], product=str((row.rate * inverse[1].rate).normalize()),
                tolerance=f"{INVERSE_TOLERANCE * 100:f}".rstrip("0").rstrip(".") + " %"))))
    return problems


def _parse(path: Path, where: str, record: Any, catalog: Catalog) -> RateRow:
    if not isinstance(record, dict):
        raise RatesFileError(file=str(path), where=where, problem=operator_text("rates-json-not-list"))
    base = str(record.get("base") or "").strip().upper()
    quote = str(record.get("quote") or "").strip().upper()
    for field, code in (("base", base), ("quote", quote)):
        if code not in catalog.currencies:
            raise RatesFileError(file=str(path), where=f"{where}, {field}",
                                 problem=operator_text("rates-unknown-currency", currency=code))
    if base == quote:
        raise RatesFileError(file=str(path), where=f"{where}, quote",
                             problem=operator_text("rates-same-currency", currency=base))
    try:
        text = str(record.get("rate")).strip()
        rate = Decimal(text)
        if len(text) > 30 or not rate.is_finite() or not LOWEST_RATE <= rate <= HIGHEST_RATE:
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise RatesFileError(file=str(path), where=f"{where}, rate",
                             problem=operator_text("rates-bad-rate", value=str(record.get("rate")))) from None
    try:
        text = str(record.get("valid_on") or "").strip()
        if not _ISO_DATE.match(text):  # date.fromisoformat also takes 20261101
            raise ValueError
        valid_on = date.fromisoformat(text)
        if not 1990 <= valid_on.year <= 2200:
            raise ValueError
    except ValueError:
        raise RatesFileError(file=str(path), where=f"{where}, valid_on",
                             problem=operator_text("import-not-date")) from None
    return RateRow(base=base, quote=quote, rate=rate, valid_on=valid_on)
