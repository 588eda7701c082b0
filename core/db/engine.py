"""Which database: SQLite in the project's data folder by default; PostgreSQL
when ``RENEWALS_DATABASE_URL`` holds a ``postgresql://`` DSN (the scale-out path).

``sqlite:///relative/path`` and ``sqlite:////absolute/path`` name another
SQLite file; any other scheme is refused rather than taken for a file name."""

from __future__ import annotations

import os
from pathlib import Path

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

from core.errors import RenewalError

DATABASE_ENV = "RENEWALS_DATABASE_URL"
PROJECT_DATA = Path(__file__).resolve().parents[2] / "data"
DEFAULT_SQLITE = PROJECT_DATA / "renewals.sqlite"


class DatabaseUrlError(RenewalError):
    message_id = "error-database-url"


def make_engine(url: str | None = None) -> Engine:
    """SQLite (``sqlite:///PATH``, default the project's data/renewals.sqlite) or PostgreSQL."""
    url = url if url is not None else os.environ.get(DATABASE_ENV, "")
    scheme, separator, rest = url.partition("://")
    if not url:
        path = DEFAULT_SQLITE
    elif separator and scheme in ("postgresql", "postgres"):
        return PostgresEngine(config={"dsn": url})
    elif separator and scheme == "sqlite" and rest.startswith("/") and len(rest) > 1:
        path = Path(rest[1:])
    else:
        raise DatabaseUrlError(url=url)
    return SQLiteEngine(path=str(path))  # the file and its folder are created by `renewals db migrate` only
