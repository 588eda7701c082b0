"""Small key/value state for plugins, in the core's database (table ``plugin_state``).

Why: a processor sandbox's vault and answers must survive a second app
process (``uvicorn --workers 2``: a token made in one worker charges in the
other), so they cannot live in process memory. Payment hooks are
synchronous (pluggy), so this store is synchronous too and may be called
from any thread: on SQLite it uses its own ``sqlite3`` connection, on
PostgreSQL its own asyncpg connection driven by a private event loop. It
always talks to the database the tables are bound to at call time
(``core.db.session.engine()``), so tests that bind a fresh database get a
fresh store.

The table comes with the migrations (``renewals db migrate``) like every
other. Callers never hold the checkout's write transaction while calling a
processor hook (see ``core.orders.payments``), so the store's short writes
never wait for it. Values are JSON; never put a card number or a security
code in them.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from datetime import UTC, datetime
from typing import Any

from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

from core.db.session import engine as bound_engine
from core.errors import RenewalError

_SQLITE_TIMEOUT_SECONDS = 30.0


class PluginStore:
    """One plugin's namespace. ``add`` is first-writer-wins, so two processes agree."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def get(self, key: str) -> Any | None:
        rows = _run("SELECT value FROM plugin_state WHERE namespace = ? AND key = ?", (self.namespace, key))
        return json.loads(rows[0][0]) if rows else None

    def add(self, key: str, value: Any) -> tuple[bool, Any]:
        """Store ``value`` unless the key exists; returns (stored by this call, the value kept)."""
        inserted = _run(
            "INSERT INTO plugin_state (namespace, key, value, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (namespace, key) DO NOTHING RETURNING key",
            (self.namespace, key, json.dumps(value), datetime.now(UTC).isoformat()),
        )
        if inserted:
            return True, value
        return False, self.get(key)

    def put(self, key: str, value: Any) -> None:
        _run(
            "INSERT INTO plugin_state (namespace, key, value, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value",
            (self.namespace, key, json.dumps(value), datetime.now(UTC).isoformat()),
        )

    def values(self, prefix: str) -> list[Any]:
        """Every value whose key starts with ``prefix``, oldest first."""
        rows = _run(
            "SELECT value FROM plugin_state WHERE namespace = ? AND substr(key, 1, ?) = ? ORDER BY created_at, key",
            (self.namespace, len(prefix), prefix),
        )
        return [json.loads(row[0]) for row in rows]

    def clear(self) -> None:
        _run("DELETE FROM plugin_state WHERE namespace = ?", (self.namespace,))


class PluginStateMissing(RenewalError):
    message_id = "error-plugin-state-missing"


def _run(sql: str, parameters: tuple) -> list[tuple]:
    db = bound_engine()
    try:
        if isinstance(db, SQLiteEngine):
            return _run_sqlite(db.path, sql, parameters)
        if isinstance(db, PostgresEngine):
            return _postgres.run(db.config["dsn"], sql, parameters)
    except Exception as error:
        if "plugin_state" in str(error) and ("no such table" in str(error) or "does not exist" in str(error)):
            raise PluginStateMissing() from None
        raise
    raise TypeError(f"unsupported database engine {type(db).__name__}")


def _run_sqlite(path: str, sql: str, parameters: tuple) -> list[tuple]:
    connection = sqlite3.connect(path, timeout=_SQLITE_TIMEOUT_SECONDS, isolation_level=None)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


class _PostgresRunner:
    """A private event loop in a daemon thread, so sync callers in any thread (or loop) can query."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connections: dict[str, Any] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._start_lock = threading.Lock()

    def run(self, dsn: str, sql: str, parameters: tuple) -> list[tuple]:
        future = asyncio.run_coroutine_threadsafe(self._query(dsn, _numbered(sql), parameters), self._loop_running())
        return future.result(timeout=60)

    def _loop_running(self) -> asyncio.AbstractEventLoop:
        with self._start_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="plugin-state", daemon=True).start()
                self._loop = loop
            return self._loop

    async def _query(self, dsn: str, sql: str, parameters: tuple) -> list[tuple]:
        import asyncpg

        lock = self._locks.setdefault(dsn, asyncio.Lock())
        async with lock:  # one connection per database, one query at a time
            connection = self._connections.get(dsn)
            if connection is None or connection.is_closed():
                connection = await asyncpg.connect(dsn, statement_cache_size=0)
                self._connections[dsn] = connection
            return [tuple(row) for row in await connection.fetch(sql, *parameters)]


def _numbered(sql: str) -> str:
    """``?`` placeholders (sqlite3) as ``$1, $2...`` (asyncpg)."""
    parts = sql.split("?")
    return "".join(part + (f"${index}" if index < len(parts) else "") for index, part in enumerate(parts, start=1))


_postgres = _PostgresRunner()
