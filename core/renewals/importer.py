"""Reading contract files (CSV: one row per line; JSON: contracts with ``lines``).

CSV means what spreadsheets export: comma, semicolon or tab separated, UTF-8 with or
without a BOM, UTF-16 or Windows-1252 (core.renewals.tabular detects them). A
contract's fields repeat on each of its rows, so they are parsed once per contract:
50,000 rows read in about a second.

Every problem is reported with where it is (file, line or item, field), the
value and what is wrong; a contract with any bad row is left out whole so no
contract is ever half-imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec

from core.catalog import Catalog
from core.errors import RenewalError
from core.operator_text import operator_text
from core.model import PriceList
from core.renewals.contracts import ContractData, LineData
from core.renewals.tabular import read_table

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
    warnings: list[BadRow] = []  # imported, but worth a look (term_years against the dates)
    read_as: str = ""


class _Row(msgspec.Struct):
    """A row; its location is text only when a problem is reported (50,000 rows, few problems)."""

    line: int
    values: dict[str, Any]
    location: str = ""
    extra: tuple[str, ...] = ()  # filled cells beyond the header's columns (CSV)
    columns: int = 0

    @property
    def where(self) -> str:
        return self.location or operator_text("import-line", line=str(self.line))


def read_contracts(path: Path, catalog: Catalog, *, encoding: str | None = None,
                   delimiter: str | None = None) -> ParsedFile:
    rows, read_as = _rows(path, encoding, delimiter)
    grouped: dict[str, list[tuple[_Row, dict[str, Any]]]] = {}
    bad: list[BadRow] = []
    by_contract: dict[str, list[BadRow]] = {}
    cache: dict = {}
    for row in rows:
        parsed, problems = _parse_row(row, catalog, cache)
        bad.extend(problems)
        for problem in problems:
            by_contract.setdefault(problem.contract, []).append(problem)
        number = str(row.values.get("contract_number") or "").strip()
        if number:
            grouped.setdefault(number, []).append((row, parsed if not problems else {}))
    contracts, rejected, warnings = [], [], []
    for number, members in grouped.items():
        problems = by_contract.get(number, [])
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
        warnings.extend(_term_mismatches(number, members))
        contracts.append(ContractData(
            contract_number=number, customer=first["customer"], country=first["country"], oem=first["oem"],
            start_date=first["start_date"], end_date=first["end_date"], contacts=first["contacts"],
            lines=tuple(LineData(sku=p["sku"], quantity=p["quantity"], service_level=p["service_level"],
                                 term_years=p["term_years"]) for _, p in members),
        ))
    return ParsedFile(contracts=contracts, bad_rows=bad, rejected=rejected, warnings=warnings, read_as=read_as)


TERM_TOLERANCE_DAYS = 31  # a term starts and ends on any day of a month: allow a month either way


def _term_mismatches(number: str, members: list[tuple[_Row, dict[str, Any]]]) -> list[BadRow]:
    """Lines whose term_years the contract's start and end dates do not span (a 3-year line
    on a one-year contract is either a typo or a contract that will be quoted wrongly)."""
    found = []
    for row, parsed in members:
        days = (parsed["end_date"] - parsed["start_date"]).days
        if abs(days - parsed["term_years"] * 365.25) > TERM_TOLERANCE_DAYS:
            found.append(BadRow(where=row.where, field="term_years", value=str(parsed["term_years"]),
                                problem=operator_text("import-term-mismatch", start=parsed["start_date"].isoformat(),
                                                      end=parsed["end_date"].isoformat(),
                                                      years=f"{days / 365.25:.1f}"), contract=number))
    return found


TABULAR = (".csv", ".tsv", ".txt")


def _rows(path: Path, encoding: str | None, delimiter: str | None) -> tuple[list[_Row], str]:
    if path.suffix.lower() == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise ImportFileError(file=str(path), problem=str(error)) from None
        return list(_json_rows(path, text)), ""
    if path.suffix.lower() in TABULAR:
        table = read_table(path, COLUMNS, encoding=encoding, delimiter=delimiter)
        extra, columns = table.extra_cells, len(table.fieldnames)
        return [_Row(line=line, values=values, extra=tuple(extra.get(line, ())), columns=columns)
                for line, values in table.records], table.described
    raise ImportFileError(file=str(path), problem=operator_text("import-unknown-format"))


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
            yield _Row(line=0, location=where, values={"contract_number": (contract or {}).get("contract_number", "")
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
            yield _Row(line=0, location=f"{where}, {operator_text('import-json-line', line=str(position))}",
                       values=values)


Problem = tuple[str, str, dict[str, Any]]  # field, message id, arguments


def _parse_row(row: _Row, catalog: Catalog, cache: dict) -> tuple[dict[str, Any], list[BadRow]]:
    """One row: its contract's fields (parsed once per distinct contract, as a contract's
    rows repeat them) and its line's fields, each problem naming the field."""
    values = row.values
    given: dict[str, Any] = {}  # unusable values as written, for the report (they are blanked below)
    number = str(values.get("contract_number") or "").strip()

    def bad_rows(problems: list[Problem]) -> list[BadRow]:
        return [BadRow(where=row.where, field=field, value=str(given.get(field, values.get(field, ""))),
                       problem=operator_text(message_id, **arguments), contract=number)
                for field, message_id, arguments in problems]

    if "lines" in values and values["lines"] == "":
        return {}, bad_rows([("lines", "import-no-lines", {})])
    if "line" in values and values["line"] is None:
        return {}, bad_rows([("lines", "import-line-not-object", {})])
    problems: list[Problem] = []
    for field in ("contract_number", "customer", "sku", "service_level", "country", "contacts"):
        value = values.get(field)
        is_text = value is None or (isinstance(value, (str, int)) and not isinstance(value, bool))
        if not is_text:  # a JSON list, object, boolean or decimal where text belongs
            problems.append((field, "import-not-text", {}))
            given[field], values[field] = value, ""
        elif value is not None and not str(value).isprintable():
            problems.append((field, "import-control-characters", {}))
            given[field], values[field] = value, ""
    key = tuple(values.get(field) for field in _CONTRACT_KEY)
    try:
        contract = cache[key]
    except KeyError:
        contract = cache[key] = _parse_contract(values, catalog)
    except TypeError:  # an unhashable JSON value: parse without the cache
        contract = _parse_contract(values, catalog)
    parsed = dict(contract[0])
    problems.extend(contract[1])
    problems.extend(_parse_line(values, parsed))
    if not problems:
        problems.extend(_price_list_problems(parsed, catalog))
    # a field already reported as unusable (blanked above) gets no second message ("required")
    problems = [p for p in problems if p[0] not in given or p[1] in _UNUSABLE]
    found = bad_rows(problems)
    if row.extra:  # first: a shifted row explains the messages about its other cells
        found.insert(0, BadRow(where=row.where, field=operator_text("import-extra-cells-field"),
                            value=", ".join(row.extra),
                            problem=operator_text("import-extra-cells", count=len(row.extra), columns=row.columns),
                            contract=number))
    return parsed, found


_UNUSABLE = ("import-not-text", "import-control-characters")


_CONTRACT_KEY = ("contract_number", "customer", "country", "oem", "start_date", "end_date", "contacts")


def _parse_contract(values: dict[str, Any], catalog: Catalog) -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []
    parsed: dict[str, Any] = {}
    for field in ("contract_number", "customer"):
        parsed[field] = _required_text(field, values, problems)
    country = str(values.get("country") or "").strip().upper()
    if country not in catalog.countries:
        problems.append(("country", "import-unknown-country", {}))
    parsed["country"] = country
    oem = values.get("oem")
    if isinstance(oem, bool):
        parsed["oem"] = oem
    elif str(oem or "").strip().lower() in _TRUE | _FALSE:
        parsed["oem"] = str(oem or "").strip().lower() in _TRUE
    else:
        problems.append(("oem", "import-not-bool", {}))
    for field in ("start_date", "end_date"):
        text = str(values.get(field) or "").strip()
        try:
            if not _ISO_DATE.match(text):
                raise ValueError
            parsed[field] = date.fromisoformat(text)
        except ValueError:
            problems.append((field, "import-not-date", {}))
            continue
        if not FIRST_YEAR <= parsed[field].year <= LAST_YEAR:
            problems.append((field, "import-date-range", {"first": str(FIRST_YEAR), "last": str(LAST_YEAR)}))
    if not problems and parsed["end_date"] <= parsed["start_date"]:
        problems.append(("end_date", "import-end-before-start", {}))
    contacts = tuple(sorted({c.strip().lower() for c in str(values.get("contacts") or "").split(";") if c.strip()}))
    if not contacts:
        problems.append(("contacts", "import-no-contacts", {}))
    for contact in contacts:
        if not _EMAIL.match(contact):
            problems.append(("contacts", "import-bad-email", {"email": contact}))
    parsed["contacts"] = contacts
    return parsed, problems


def _parse_line(values: dict[str, Any], parsed: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for field in ("sku", "service_level"):
        parsed[field] = _required_text(field, values, problems)
    for field, highest in (("quantity", MAX_QUANTITY), ("term_years", MAX_TERM_YEARS)):
        parsed[field] = _positive_int(values.get(field), highest)
        if parsed[field] is None:
            problems.append((field, "import-not-positive-int", {"highest": str(highest)}))
    return problems


def _required_text(field: str, values: dict[str, Any], problems: list[Problem]) -> str:
    text = str(values.get(field) or "").strip()
    if not text:
        problems.append((field, "import-required", {}))
    elif len(text) > 200 or (field == "contract_number" and len(text) > 40):
        problems.append((field, "import-too-long", {}))
    return text


def _price_list_problems(parsed: dict[str, Any], catalog: Catalog) -> list[Problem]:
    """A line must be one the country's current price list can price (catches typos like 'producton')."""
    entry = catalog.countries[parsed["country"]]
    price_list = catalog.price_list_for(entry.code, entry.currencies[-1])
    if price_list is None:
        return []
    if parsed["service_level"] not in price_list.service_levels:
        return [("service_level", "import-unknown-level",
                 {"price_list": price_list.id, "levels": ", ".join(price_list.service_levels)})]
    terms = _terms_by_sku(price_list).get(parsed["sku"])
    if not terms:
        return [("sku", "import-unknown-sku", {"price_list": price_list.id})]
    if parsed["term_years"] not in terms:
        return [("term_years", "import-unknown-term",
                 {"price_list": price_list.id, "terms": ", ".join(str(t) for t in sorted(terms))})]
    return []


@cache
def _terms_by_sku(price_list: PriceList) -> dict[str, frozenset[int]]:
    terms: dict[str, set[int]] = {}
    for item in price_list.items:
        terms.setdefault(item.sku, set()).add(item.term_years)
    return {sku: frozenset(years) for sku, years in terms.items()}


def _positive_int(value: Any, highest: int) -> int | None:
    """A whole number from 1 to ``highest``, written with ASCII digits (JSON ints too)."""
    if isinstance(value, bool):
        return None
    text = str(value if value is not None else "").strip()
    if not _DIGITS.match(text) or not 1 <= int(text) <= highest:
        return None
    return int(text)
