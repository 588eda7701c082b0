"""One PostgreSQL database per test run, so concurrent runs never share tables.

The server comes from RENEWALS_TEST_POSTGRES_DSN; the database named there is only
used to find the server: the run's own database is created through the `postgres`
maintenance database and dropped WITH (FORCE) at the end, even if a test left a
connection open. The work runs on a private thread because the callers sit inside
pytest-asyncio's running event loop."""

from __future__ import annotations

import asyncio
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit, urlunsplit

import asyncpg


def _with_database(dsn: str, name: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _run(coroutine) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, coroutine).result()


async def _ddl(server_dsn: str, statement: str) -> None:
    connection = await asyncpg.connect(_with_database(server_dsn, "postgres"), timeout=10)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def create_run_database(server_dsn: str) -> str:
    """Create `renewals_test_<pid>_<random>` and return its DSN."""
    name = f"renewals_test_{os.getpid()}_{secrets.token_hex(4)}"
    _run(_ddl(server_dsn, f'CREATE DATABASE "{name}"'))
    return _with_database(server_dsn, name)


def drop_run_database(run_dsn: str) -> None:
    name = urlsplit(run_dsn).path.lstrip("/")
    _run(_ddl(run_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
