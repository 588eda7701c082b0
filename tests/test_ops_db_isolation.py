"""Issue 10 item 14: every test run works in its own PostgreSQL database.

A second run on the same machine (another checkout, a helper's run) must neither
see nor empty this run's tables, and must leave no database behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest

from tests.conftest import POSTGRES_DSN, postgres_or_skip

ROOT = Path(__file__).resolve().parent.parent


async def _databases() -> set[str]:
    connection = await asyncpg.connect(postgres_or_skip())
    try:
        rows = await connection.fetch("SELECT datname FROM pg_database WHERE datname LIKE 'renewals_test_%'")
    finally:
        await connection.close()
    return {row["datname"] for row in rows}


async def test_postgres_tests_use_a_database_of_their_own():
    dsn = postgres_or_skip()
    name = urlsplit(dsn).path.lstrip("/")
    assert name.startswith(f"renewals_test_{os.getpid()}_")
    assert name != urlsplit(POSTGRES_DSN).path.lstrip("/")
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT current_database()") == name
    finally:
        await connection.close()


async def test_a_second_run_leaves_this_runs_tables_alone_and_drops_its_own():
    connection = await asyncpg.connect(postgres_or_skip())
    try:
        await connection.execute("CREATE TABLE canary (id integer); INSERT INTO canary VALUES (1)")
        other = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "tests/test_ops_db_isolation.py::test_postgres_tests_use_a_database_of_their_own"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        output, _ = other.communicate(timeout=120)
        assert other.returncode == 0 and "1 passed" in output, output
        assert await connection.fetchval("SELECT count(*) FROM canary") == 1
        names = await _databases()  # other engineers' runs may come and go meanwhile: look at ours
        assert urlsplit(postgres_or_skip()).path.lstrip("/") in names
        assert not any(name.startswith(f"renewals_test_{other.pid}_") for name in names)
    finally:
        await connection.execute("DROP TABLE IF EXISTS canary")
        await connection.close()
