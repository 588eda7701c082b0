"""What the catalog needs of a Fluent file, parsed once per text.

Assembling the catalog validates every locale file (unparsable text with its
line, duplicate and missing messages). Parsing ~260 files with the pure-Python
Fluent parser costs about a second, on every ``renewals`` command. The answer
depends only on the file's text, so it is kept in memory and in a cache folder
keyed by the text's SHA-256 (and the parser's version): a changed file is
parsed again, an unreadable or damaged cache entry is ignored and rewritten.

The cache folder is ``RENEWALS_CACHE_DIR``, else ``$XDG_CACHE_HOME/online-renewal``,
else ``~/.cache/online-renewal``; when it cannot be written, nothing is cached
on disk and everything still works.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from fluent.syntax import FluentParser, ast

CACHE_ENV = "RENEWALS_CACHE_DIR"
_PARSER_VERSION = version("fluent.syntax")


class Entry(NamedTuple):
    """One entry of a Fluent file: ``message``/``term`` with its id, or ``junk`` with its line and why."""

    kind: str
    id: str = ""
    line: int = 0
    detail: str = ""


_MEMORY: dict[str, tuple[Entry, ...]] = {}


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "online-renewal"


def entries(ftl: str) -> tuple[Entry, ...]:
    """The messages, terms and unparsable parts of ``ftl``, in file order."""
    key = hashlib.sha256(f"{_PARSER_VERSION}\0{ftl}".encode()).hexdigest()
    found = _MEMORY.get(key)
    if found is None:
        found = _read(key)
        if found is None:
            found = _parse(ftl)
            _write(key, found)
        _MEMORY[key] = found
    return found


def _parse(ftl: str) -> tuple[Entry, ...]:
    found = []
    for entry in FluentParser(with_spans=True).parse(ftl).body:
        if isinstance(entry, ast.Junk):
            line = ftl.count("\n", 0, entry.span.start) + 1
            found.append(Entry("junk", line=line,
                               detail="; ".join(a.message for a in entry.annotations) or "unparsable text"))
        elif isinstance(entry, ast.Message):
            found.append(Entry("message", entry.id.name))
        elif isinstance(entry, ast.Term):
            found.append(Entry("term", entry.id.name))
    return tuple(found)


def _path(key: str) -> Path:
    return cache_dir() / "ftl" / f"{key}.json"


def _read(key: str) -> tuple[Entry, ...] | None:
    try:
        raw = json.loads(_path(key).read_text(encoding="utf-8"))
        found = tuple(Entry(str(kind), str(ident), int(line), str(detail)) for kind, ident, line, detail in raw)
    except (OSError, ValueError, TypeError):
        return None
    return found if all(e.kind in ("message", "term", "junk") for e in found) else None


def _write(key: str, found: tuple[Entry, ...]) -> None:
    path = _path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps([list(e) for e in found], ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass
