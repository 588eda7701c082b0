"""Reading exchange-rate files: CSV with ``base,quote,rate,valid_on`` or a JSON list of the same."""

from __future__ import annotations

import csv
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
            records = json.loads(text)
        except json.JSONDecodeError as error:
            raise RatesFileError(file=str(path), where=f"line {error.lineno}", problem=error.msg) from None
        if not isinstance(records, list):
            raise RatesFileError(file=str(path), where="-", problem=operator_text("rates-json-not-list"))
        rows = [(operator_text("import-item", item=str(i)), r) for i, r in enumerate(records, start=1)]
    else:
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise RatesFileError(file=str(path), where="header",
                                 problem=operator_text("import-missing-columns", columns=", ".join(missing)))
        rows = [(operator_text("import-line", line=str(reader.line_num)), r) for r in reader]
    return [_parse(path, where, record, catalog) for where, record in rows]


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
        rate = Decimal(str(record.get("rate")).strip())
        if not rate.is_finite() or rate <= 0:
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise RatesFileError(file=str(path), where=f"{where}, rate",
                             problem=operator_text("rates-bad-rate", value=str(record.get("rate")))) from None
    try:
        valid_on = date.fromisoformat(str(record.get("valid_on") or "").strip())
    except ValueError:
        raise RatesFileError(file=str(path), where=f"{where}, valid_on",
                             problem=operator_text("import-not-date")) from None
    return RateRow(base=base, quote=quote, rate=rate, valid_on=valid_on)
