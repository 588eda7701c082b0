"""Engine binding and units of work.

piccolo on SQLite opens a connection per query unless inside a transaction,
so every request or command does its reads and writes inside one
:func:`unit_of_work` (one connection; IMMEDIATE for writes, so SQLite takes
the write lock up front instead of failing with "database is locked").
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType

from core.db.tables import TABLES


def bind(engine: Engine) -> None:
    """Point every table at ``engine`` (tests run the same code on SQLite and PostgreSQL)."""
    for table in TABLES:
        table._meta._db = engine


def engine() -> Engine:
    return TABLES[0]._meta.db


@asynccontextmanager
async def unit_of_work(write: bool = False) -> AsyncIterator[None]:
    """One connection for everything inside; committed at the end, rolled back on error."""
    db = engine()
    if isinstance(db, SQLiteEngine):
        kind = TransactionType.immediate if write else TransactionType.deferred
        async with db.transaction(transaction_type=kind):
            yield
    else:
        async with db.transaction():
            yield


async def start(db: Engine | None = None) -> None:
    """Open the PostgreSQL pool (a no-op on SQLite)."""
    db = db or engine()
    if isinstance(db, PostgresEngine):
        await db.start_connection_pool(reset=_nothing_to_reset)


async def _nothing_to_reset(connection) -> None:
    """A connection goes back to the pool as it is: this code sets no session variables, takes no
    advisory locks and listens to nothing (asyncpg still rolls back a transaction left open).
    asyncpg's default reset query is one more round trip after every pooled query."""


async def stop(db: Engine | None = None) -> None:
    db = db or engine()
    if isinstance(db, PostgresEngine):
        await db.close_connection_pool()


async def migrate() -> None:
    """Run the checked-in migrations forward on the configured database."""
    from piccolo.apps.migrations.commands.forwards import run_forwards

    os.environ.setdefault("PICCOLO_CONF", "core.db.piccolo_conf")
    result = await run_forwards(app_name="renewals", migration_id="all")
    if not result.success:
        raise RuntimeError(result.message)
