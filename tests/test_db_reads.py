"""The checkout's one-statement read path (core/db/reads.py) on SQLite and PostgreSQL: it sees
what any connection committed before it, and inside a unit of work the caller's own writes."""

from __future__ import annotations

import pytest
from piccolo.engine.sqlite import SQLiteEngine

from core.db import reads, session
from core.db.session import unit_of_work
from core.db.tables import Customer, TABLES

KEYS = "SELECT key FROM customer WHERE key LIKE {} ORDER BY key"


async def keys() -> list[str]:
    return [row["key"] for row in await reads.read(KEYS, "r-%")]


async def test_a_read_sees_every_commit_and_inside_a_unit_of_work_its_own_writes(db):
    assert await keys() == []
    await Customer.insert(Customer(key="r-1", name="one"))  # another connection, committed
    assert await keys() == ["r-1"]
    async with unit_of_work(write=True):
        await Customer.insert(Customer(key="r-2", name="two"))
        assert await keys() == ["r-1", "r-2"]  # the transaction's own connection
    await Customer.delete().where(Customer.key == "r-1")
    assert await keys() == ["r-2"]


async def test_a_database_made_anew_at_the_same_path_is_read_not_the_old_one(db, tmp_path):
    if not isinstance(db, SQLiteEngine):
        pytest.skip("a SQLite file: PostgreSQL has no file to make anew")
    from piccolo.table import create_db_tables

    await Customer.insert(Customer(key="r-old", name="old"))
    assert await keys() == ["r-old"]
    (tmp_path / "renewals.sqlite").unlink()
    session.bind(SQLiteEngine(path=db.path))
    await create_db_tables(*TABLES, if_not_exists=True)
    assert await keys() == []


async def test_the_app_opens_its_postgresql_pool_at_start_and_closes_it_at_shutdown(db, platform):
    """Without the pool every query opened a PostgreSQL connection of its own (the review page ran at a
    quarter of its speed): Litestar hands the app to a start-up hook that takes a parameter."""
    from litestar.testing import AsyncTestClient
    from piccolo.engine.postgres import PostgresEngine

    from app import create_app
    from core.checkout.settings import CheckoutSettings

    if not isinstance(db, PostgresEngine):
        pytest.skip("SQLite has no pool")
    app = create_app(platform, settings=CheckoutSettings(secret_key="pool-test-key"), manage_database=True)
    async with AsyncTestClient(app=app) as client:
        assert (await client.get("/health")).status_code == 200
        assert db.pool is not None
    assert db.pool is None
