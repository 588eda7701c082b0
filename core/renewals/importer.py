"""Reading contract files (CSV: one row per line; JSON: contracts with ``lines``).

Every problem is reported with where it is (file, line or item, field), the
value and what is wrong; a contract with any bad row is left out whole so no
contract is ever half-imported.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec

from core.catalog import Catalog
from core.errors import RenewalError
from core.operator_text import operator_text
from core.renewals.contracts import ContractData, LineData

COLUMNS = ("contract_number", "customer", "country", "oem", "sku", "quantity", "service_level", "term_years",
           "start_date", "end_date", "contacts")
CONTRACT_FIELDS = ("customer", "country", "oem", "start_date", "end_date", "contacts")
MAX_QUANTITY = 100_000
MAX_TERM_YEARS = 10
FIRST_YEAR, LAST_YEAR = 1990, 2200
_DIGITS = re.compile(r"^[0-9]{1,9}$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0", ""}


class ImportFileError(RenewalError):
    message_id = "error-import-file"


class BadRow(msgspec.Struct, frozen=True):
    where: str
    field: str
    value: str
    problem: str
    contract: str = ""

    def text(self, source: str) -> str:
        return operator_text("import-bad-row", file=source, where=self.where, field=self.field,
                             value=self.value, problem=self.problem)


class ParsedFile(msgspec.Struct):
    contracts: list[ContractData]
    bad_rows: list[BadRow]
    rejected: list[str]


class _Row(msgspec.Struct):
    where: str
    values: dict[str, Any]


def read_contracts(path: Path, catalog: Catalog) -> ParsedFile:
    rows = list(_rows(path))
    grouped: dict[str, list[tuple[_Row, dict[str, Any]]]] = {}
    bad: list[BadRow] = []
    for row in rows:
        parsed, problems = _parse_row(row, catalog)
        bad.extend(problems)
        number = str(row.values.get("contract_number") or "").strip()
        if number:
            grouped.setdefault(number, []).append((row, parsed if not problems else {}))
    contracts, rejected = [], []
    for number, members in grouped.items():
        problems = [b for b in bad if b.contract == number]
        first_row, first = members[0]
        for row, parsed in members[1:]:
            for field in CONTRACT_FIELDS:
                if parsed and first and parsed[field] != first[field]:
                    problem = BadRow(where=row.where, field=field, value=str(row.values.get(field, "")),
                                     problem=operator_text("import-differs", where=first_row.where), contract=number)
                    bad.append(problem)
                    problems.append(problem)
        if problems or any(not parsed for _, parsed in members):
            rejected.append(number)
            continue
        contracts.append(ContractData(
            contract_number=number, customer=first["customer"], country=first["country"], oem=first["oem"],
            start_date=first["start_date"], end_date=first["end_date"], contacts=first["contacts"],
            lines=tuple(LineData(sku=p["sku"], quantity=p["quantity"], service_level=p["service_level"],
                                 term_years=p["term_years"]) for _, p in members),
        ))
    return ParsedFile(contracts=contracts, bad_rows=bad, rejected=rejected)


def _rows(path: Path) -> Iterator[_Row]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(file=str(path), problem=str(error)) from None
    if path.suffix.lower() == ".json":
        yield from _json_rows(path, text)
    elif path.suffix.lower() == ".csv":
        yield from _csv_rows(path, text)
    else:
        raise ImportFileError(file=str(path), problem=operator_text("import-unknown-format"))


def _csv_rows(path: Path, text: str) -> Iterator[_Row]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ImportFileError(file=str(path), problem=operator_text("import-missing-columns",
                                                                    columns=", ".join(missing)))
    first_line = reader.line_num + 1
    for record in reader:  # a quoted field may span lines: report the line the record starts on
        yield _Row(where=operator_text("import-line", line=str(first_line)),
                   values={k: (v or "").strip() if isinstance(v, str) else "" for k, v in record.items() if k})
        first_line = reader.line_num + 1


def _json_rows(path: Path, text: str) -> Iterator[_Row]:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise ImportFileError(file=str(path), problem=operator_text(
            "import-json-syntax", line=str(error.lineno), detail=error.msg)) from None
    except RecursionError:
        raise ImportFileError(file=str(path), problem=operator_text("import-json-too-deep")) from None
    if not isinstance(data, list):
        raise ImportFileError(file=str(path), problem=operator_text("import-json-not-list"))
    for index, contract in enumerate(data, start=1):
        where = operator_text("import-item", item=str(index))
        if not isinstance(contract, dict) or not isinstance(contract.get("lines"), list) or not contract["lines"]:
            yield _Row(where=where, values={"contract_number": (contract or {}).get("contract_number", "")
                                            if isinstance(contract, dict) else "", "lines": ""})
            continue
        for position, line in enumerate(contract["lines"], start=1):
            values = {k: v for k, v in contract.items() if k != "lines"}
            if not isinstance(line, dict):
                values["line"] = None  # reported as "a line must be an object"
            else:
                values.update(line)
            if isinstance(values.get("contacts"), list):
                values["contacts"] = ";".join(str(c) for c in values["contacts"])
            yield _Row(where=f"{where}, {operator_text('import-json-line', line=str(position))}", values=values)


def _parse_row(row: _Row, catalog: Catalog) -> tuple[dict[str, Any], list[BadRow]]:
    values = row.values
    number = str(values.get("contract_number") or "").strip()
    problems: list[BadRow] = []
    parsed: dict[str, Any] = {}

    def bad(field: str, message_id: str, **arguments: Any) -> None:
        problems.append(BadRow(where=row.where, field=field, value=str(values.get(field, "")),
                               problem=operator_text(message_id, **arguments), contract=number))

    if "lines" in values and values["lines"] == "":
        bad("lines", "import-no-lines")
        return parsed, problems
    if "line" in values and values["line"] is None:
        bad("lines", "import-line-not-object")
        return parsed, problems
    for field in ("contract_number", "customer", "sku", "service_level", "country", "contacts"):
        value = values.get(field)
        is_text = value is None or (isinstance(value, (str, int)) and not isinstance(value, bool))
        if not is_text:  # a JSON list, object, boolean or decimal where text belongs
            bad(field, "import-not-text")
            values[field] = ""
        elif value is not None and not str(value).isprintable():
            bad(field, "import-control-characters")
            values[field] = ""
    for field in ("contract_number", "customer", "sku", "service_level"):
        text = str(values.get(field) or "").strip()
        if not text:
            bad(field, "import-required")
        elif len(text) > 200 or (field == "contract_number" and len(text) > 40):
            bad(field, "import-too-long")
        parsed[field] = text
    country = str(values.get("country") or "").strip().upper()
    if country not in catalog.countries:
        bad("country", "import-unknown-country")
    parsed["country"] = country
    oem = values.get("oem")
    if isinstance(oem, bool):
        parsed["oem"] = oem
    elif str(oem or "").strip().lower() in _TRUE | _FALSE:
        parsed["oem"] = str(oem or "").strip().lower() in _TRUE
    else:
        bad("oem", "import-not-bool")
    for field, highest in (("quantity", MAX_QUANTITY), ("term_years", MAX_TERM_YEARS)):
        parsed[field] = _positive_int(values.get(field), highest)
        if parsed[field] is None:
            bad(field, "import-not-positive-int", highest=str(highest))
    for field in ("start_date", "end_date"):
        text = str(values.get(field) or "").strip()
        try:
            if not _ISO_DATE.match(text):
                raise ValueError
            parsed[field] = date.fromisoformat(text)
        except ValueError:
            bad(field, "import-not-date")
            continue
        if not FIRST_YEAR <= parsed[field].year <= LAST_YEAR:
            bad(field, "import-date-range", first=str(FIRST_YEAR), last=str(LAST_YEAR))
    if not problems and parsed["end_date"] <= parsed["start_date"]:
        bad("end_date", "import-end-before-start")
    contacts = tuple(sorted({c.strip().lower() for c in str(values.get("contacts") or "").split(";") if c.strip()}))
    if not contacts:
        bad("contacts", "import-no-contacts")
    for contact in contacts:
        if not _EMAIL.match(contact):
            bad("contacts", "import-bad-email", email=contact)
    parsed["contacts"] = contacts
    if not problems:
        problems.extend(_price_list_problems(row, parsed, catalog, number))
    return parsed, problems


def _price_list_problems(row: _Row, parsed: dict[str, Any], catalog: Catalog, number: str) -> list[BadRow]:
    """A line must be one the country's current price list can price (catches typos like 'producton')."""
    entry = catalog.countries[parsed["country"]]
    price_list = catalog.price_list_for(entry.code, entry.currencies[-1])
    if price_list is None:
        return []
    def bad(field: str, message_id: str, **arguments: Any) -> BadRow:
        return BadRow(where=row.where, field=field, value=str(row.values.get(field, "")),
                      problem=operator_text(message_id, price_list=price_list.id, **arguments), contract=number)

    if parsed["service_level"] not in price_list.service_levels:
        return [bad("service_level", "import-unknown-level", levels=", ".join(price_list.service_levels))]
    terms = {i.term_years for i in price_list.items if i.sku == parsed["sku"]}
    if not terms:
        return [bad("sku", "import-unknown-sku")]
    if parsed["term_years"] not in terms:
        return [bad("term_years", "import-unknown-term", terms=", ".join(str(t) for t in sorted(terms)))]
    return []


def _positive_int(value: Any, highest: int) -> int | None:
    """A whole number from 1 to ``highest``, written with ASCII digits (JSON ints too)."""
    if isinstance(value, bool):
        return None
    text = str(value if value is not None else "").strip()
    if not _DIGITS.match(text) or not 1 <= int(text) <= highest:
        return None
    return int(text)
