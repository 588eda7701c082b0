"""Reading the CSV files spreadsheets export, whatever the separator and encoding.

Excel writes semicolon-separated files where the decimal separator is a comma,
tab-separated "Unicode text" (UTF-16 with a byte order mark), UTF-8 with a BOM,
and Windows-1252 on Windows. An operations team should not have to know which
one it has: the encoding is recognised from the byte order mark, else UTF-8,
else Windows-1252 (said in the report); the separator is the one that makes the
header name the expected columns (the columns are known, so this is more
reliable than guessing from the data), with ``csv.Sniffer`` as a fallback.
``--encoding``/``--delimiter`` name them when detection is not wanted. A file
that still cannot be read is refused with what was found, never "missing
columns" when they are all there.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import msgspec

from core.errors import RenewalError
from core.operator_text import operator_text

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class TableFileError(RenewalError):
    message_id = "error-import-file"


class Table(msgspec.Struct):
    """The file's rows as dicts by column, with the line each row starts on."""

    fieldnames: list[str]
    encoding: str
    delimiter: str
    records: list[tuple[int, dict[str, str]]]
    extra_cells: dict[int, list[str]] = {}  # line → filled cells beyond the header's columns (a shifted row)

    @property
    def described(self) -> str:
        return operator_text("table-read-as", encoding=self.encoding, delimiter=DELIMITERS.get(self.delimiter,
                                                                                               repr(self.delimiter)))


def decode(path: Path, raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise TableFileError(file=str(path), problem=operator_text("table-unknown-encoding",
                                                                       encoding=encoding)) from None
        candidates = [encoding]
    else:
        candidates = [name for bom, name in _BOMS if raw.startswith(bom)][:1] or ["utf-8", "cp1252"]
    error: UnicodeDecodeError | None = None
    for name in candidates:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError as problem:
            error = error or problem
            continue
        return text.removeprefix("\ufeff"), codecs.lookup(name).name
    assert error is not None
    line = raw.count(b"\n", 0, error.start) + 1
    raise TableFileError(file=str(path), problem=operator_text(
        "table-not-text", line=str(line), byte=f"0x{raw[error.start]:02X}", tried=", ".join(candidates)))


def read_table(path: Path, expected: Sequence[str], *, encoding: str | None = None,
               delimiter: str | None = None) -> Table:
    """Decode, find the separator, and check the header names every expected column."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TableFileError(file=str(path), problem=error.strerror or str(error)) from None
    text, used = decode(path, raw, encoding)
    delimiter = _delimiter(path, text, expected, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    fieldnames = [name.strip().lower() for name in next(reader, [])]
    missing = [column for column in expected if column not in fieldnames]
    if missing:
        raise TableFileError(file=str(path), problem=operator_text(
            "table-missing-columns", columns=", ".join(missing), found=", ".join(n for n in fieldnames if n) or "-",
            encoding=used, delimiter=DELIMITERS.get(delimiter, repr(delimiter)), expected=",".join(expected)))
    extra_cells: dict[int, list[str]] = {}
    return Table(fieldnames=fieldnames, encoding=used, delimiter=delimiter,
                 records=list(_records(reader, fieldnames, extra_cells)), extra_cells=extra_cells)


def _records(reader: Iterator[list[str]], fieldnames: list[str],
             extra_cells: dict[int, list[str]]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as dicts by column (missing cells empty, blank lines skipped).

    A filled cell under no column name (beyond the header, or under an empty header
    cell) goes into ``extra_cells`` by line: it is usually a value with an unquoted
    separator (Acme, Inc) that shifted the row, so the caller reports the row rather
    than dropping the cell. Empty trailing cells (a spreadsheet's trailing separators)
    are harmless and ignored.
    """
    first_line = reader.line_num + 1
    named = [(index, name) for index, name in enumerate(fieldnames) if name]
    unnamed = frozenset(index for index, name in enumerate(fieldnames) if not name)
    for cells in reader:  # a quoted field may span lines: report the line the record starts on
        if cells:
            width = len(cells)
            extra = [cell for index, cell in enumerate(cells)
                     if (index >= len(fieldnames) or index in unnamed) and cell.strip()]
            if extra:
                extra_cells[first_line] = extra
            yield first_line, {name: cells[index].strip() if index < width else "" for index, name in named}
        first_line = reader.line_num + 1


def _delimiter(path: Path, text: str, expected: Sequence[str], given: str | None) -> str:
    if given:
        named = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(given, given)
        if len(named) != 1 or named in "\"\r\n" or named.isalnum():  # csv needs one character, not a quote
            raise TableFileError(file=str(path), problem=operator_text("table-bad-delimiter", delimiter=given))
        return named
    header = text.split("\n", 1)[0]
    wanted = set(expected)

    def matches(candidate: str) -> int:
        return len(wanted & {c.strip().lower() for c in next(csv.reader([header], delimiter=candidate), [])})

    best = max(DELIMITERS, key=matches)
    if matches(best):
        return best
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","
