"""Which database: SQLite in the project's data folder by default; PostgreSQL
when ``RENEWALS_DATABASE_URL`` holds a ``postgresql://`` DSN (the scale-out path)."""

from __future__ import annotations

import os
from pathlib import Path

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

DATABASE_ENV = "RENEWALS_DATABASE_URL"
DEFAULT_SQLITE = Path("data") / "renewals.sqlite"


def make_engine(url: str | None = None) -> Engine:
    url = url if url is not None else os.environ.get(DATABASE_ENV, "")
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresEngine(config={"dsn": url})
    path = Path(url.removeprefix("sqlite:///")) if url else DEFAULT_SQLITE
    path.parent.mkdir(parents=True, exist_ok=True)
    return SQLiteEngine(path=str(path))


def is_sqlite(engine: Engine) -> bool:
    return isinstance(engine, SQLiteEngine)
