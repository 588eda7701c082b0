"""One read statement on the cheapest path each engine has (the checkout's per-page read).

piccolo's SQLite engine opens a new aiosqlite connection, and with it a new
thread, for every query outside a transaction, and hops to that thread for
every statement: a page's reads cost more than rendering it. A page that
needs one statement reads it here instead:

- SQLite: a connection held open per thread and database file, in autocommit
  mode, run synchronously (a read of a few indexed rows takes microseconds;
  handing it to a thread costs more). Autocommit means every read sees what
  was committed before it, by any connection or process, and holds no lock
  after it returns. Only a writer's commit (or a write transaction big enough
  to spill its cache, which the web app's few-row writes never are) makes it
  wait, up to the engine's busy timeout; so use it for small reads in the web
  app, not for bulk work.
- PostgreSQL: the engine's pool (one statement, no BEGIN/COMMIT round trips).
- Inside a piccolo transaction: that transaction's connection, so a read sees
  the caller's own uncommitted writes.

A single statement reads one consistent snapshot on both engines, so what
belongs together on a page is read in one statement, not several.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from typing import Any

from piccolo.engine.sqlite import SQLiteEngine, dict_factory
from piccolo.querystring import QueryString

from core.db.session import engine

_held = threading.local()


async def read(sql: str, *arguments: Any) -> list[dict[str, Any]]:
    """Rows of one read-only statement with piccolo's ``{}`` placeholders, as dicts."""
    db = engine()
    query = QueryString(sql, *arguments)
    if isinstance(db, SQLiteEngine) and db.current_transaction.get() is None:
        connection = _connection(db)
        if connection is not None:
            text, values = query.compile_string(engine_type="sqlite")
            return connection.execute(text, values).fetchall()
    return await db.run_querystring(query)


def _connection(db: SQLiteEngine) -> sqlite3.Connection | None:
    """This thread's open connection to the engine's file; another engine or a file made anew (a test's)
    replaces and closes it. None when the file does not exist yet (piccolo creates it)."""
    path = db.path
    try:
        identity = (id(db), path, os.stat(path).st_ino)
    except (OSError, TypeError):
        return None
    if getattr(_held, "identity", None) != identity:
        close()
        connection = sqlite3.connect(**db.connection_kwargs)  # piccolo's arguments: the same types come back
        connection.row_factory = dict_factory
        _held.identity, _held.connection, _held.engine = identity, connection, db  # the engine kept: its id stays its own
    return _held.connection


def close() -> None:
    """Close this thread's held connection."""
    connection = getattr(_held, "connection", None)
    _held.identity = _held.connection = _held.engine = None
    if connection is not None:
        connection.close()
