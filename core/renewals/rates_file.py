"""Reading exchange-rate files: CSV with ``base,quote,rate,valid_on`` or a JSON list of the same."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.catalog import Catalog
from core.errors import RenewalError
from core.operator_text import operator_text
from core.renewals.rates import RateRow

COLUMNS = ("base", "quote", "rate", "valid_on")
# No real rate among the supported currencies leaves this range; outside it is a typo.
LOWEST_RATE, HIGHEST_RATE = Decimal("0.00001"), Decimal("100000")


class RatesFileError(RenewalError):
    message_id = "error-rates-file"


def read_rates(path: Path, catalog: Catalog) -> list[RateRow]:
    """All rows, or RatesFileError naming the first bad one (rates load all-or-nothing)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise RatesFileError(file=str(path), where="-", problem=str(error)) from None
    if path.suffix.lower() == ".json":
        try:
            records = json.loads(text, parse_float=Decimal)
        except RecursionError:
            raise RatesFileError(file=str(path), where="-", problem=operator_text("import-json-too-deep")) from None
        except json.JSONDecodeError as error:
            raise RatesFileError(file=str(path), where=f"line {error.lineno}", problem=error.msg) from None
        if not isinstance(records, list):
            raise RatesFileError(file=str(path), where="-", problem=operator_text("rates-json-not-list"))
        rows = [(operator_text("import-item", item=str(i)), r) for i, r in enumerate(records, start=1)]
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise RatesFileError(file=str(path), where="header",
                                 problem=operator_text("import-missing-columns", columns=", ".join(missing)))
        rows = [(operator_text("import-line", line=str(reader.line_num)), r) for r in reader]
    parsed, problems = [], []
    for where, record in rows:
        try:
            parsed.append(_parse(path, where, record, catalog))
        except RatesFileError as error:
            problems.append(str(error))
    if problems:
        raise RatesFileError(file=str(path), where=operator_text("rates-rows", count=len(problems)),
                             problem="\n  " + "\n  ".join(problems))
    return parsed


def _parse(path: Path, where: str, record: Any, catalog: Catalog) -> RateRow:
    if not isinstance(record, dict):
        raise RatesFileError(file=str(path), where=where, problem=operator_text("rates-json-not-list"))
    base = str(record.get("base") or "").strip().upper()
    quote = str(record.get("quote") or "").strip().upper()
    for field, code in (("base", base), ("quote", quote)):
        if code not in catalog.currencies:
            raise RatesFileError(file=str(path), where=f"{where}, {field}",
                                 problem=operator_text("rates-unknown-currency", currency=code))
    try:
        text = str(record.get("rate")).strip()
        rate = Decimal(text)
        if len(text) > 30 or not rate.is_finite() or not LOWEST_RATE <= rate <= HIGHEST_RATE:
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise RatesFileError(file=str(path), where=f"{where}, rate",
                             problem=operator_text("rates-bad-rate", value=str(record.get("rate")))) from None
    try:
        valid_on = date.fromisoformat(str(record.get("valid_on") or "").strip())
        if not 1990 <= valid_on.year <= 2200:
            raise ValueError
    except ValueError:
        raise RatesFileError(file=str(path), where=f"{where}, valid_on",
                             problem=operator_text("import-not-date")) from None
    return RateRow(base=base, quote=quote, rate=rate, valid_on=valid_on)
