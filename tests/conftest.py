"""Shared fixtures. The installed plugins are real distributions (./dev installs
them); validation tests build their own plugin manager with fixture plugins
and never load entry points."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import RegionsConfig, RegionSettings
from core.platform import Platform, load_platform

ROOT = Path(__file__).resolve().parent.parent
ALL_REGIONS = ("north_america", "apj", "emea", "latam")


@pytest.fixture(scope="session")
def platform() -> Platform:
    """The platform exactly as the app starts it: installed plugins + config/regions.yaml."""
    return load_platform(ROOT / "config" / "regions.yaml")


@pytest.fixture(scope="session")
def catalog(platform):
    return platform.catalog


@pytest.fixture(scope="session")
def translator(catalog):
    from core.i18n import Translator

    return Translator(catalog)


@pytest.fixture
def write_config(tmp_path):
    """Write a regions.yaml into a temporary folder and return its path."""

    def write(text: str) -> Path:
        path = tmp_path / "regions.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def all_regions_on() -> RegionsConfig:
    return RegionsConfig(regions={r: RegionSettings(enabled=True) for r in ALL_REGIONS}, source="test")


# --- databases: every domain test runs on SQLite and on PostgreSQL -------------

import os  # noqa: E402

from piccolo.engine.postgres import PostgresEngine  # noqa: E402
from piccolo.engine.sqlite import SQLiteEngine  # noqa: E402
from piccolo.table import create_db_tables  # noqa: E402

from core.db import session  # noqa: E402
from core.db.tables import TABLES, create_unique_indexes  # noqa: E402

POSTGRES_DSN = os.environ.get("RENEWALS_TEST_POSTGRES_DSN", "")
ENGINES = ("sqlite", "postgres")


def postgres_or_skip() -> str:
    """This run's own database on the server named by RENEWALS_TEST_POSTGRES_DSN.

    Two test runs on one machine (two checkouts, a helper's run) must not empty each
    other's tables, so the first PostgreSQL test creates `renewals_test_<pid>_<random>`
    and `pytest_sessionfinish` drops it. In CI a missing or unreachable server fails
    the run instead of skipping silently."""
    if not POSTGRES_DSN:
        if os.environ.get("CI") == "true":
            pytest.fail("RENEWALS_TEST_POSTGRES_DSN is not set in CI: ./dev test sets it once PostgreSQL is up")
        pytest.skip("PostgreSQL not configured: ./dev test sets RENEWALS_TEST_POSTGRES_DSN when 127.0.0.1:5432 answers")
    if "dsn" not in _RUN_DATABASE:
        from tests.pg_isolation import create_run_database

        try:
            _RUN_DATABASE["dsn"] = create_run_database(POSTGRES_DSN)
        except Exception as error:  # refused, unknown host, authentication: all stop the run
            pytest.fail(f"PostgreSQL named by RENEWALS_TEST_POSTGRES_DSN is not reachable: {error}")
    return _RUN_DATABASE["dsn"]


_RUN_DATABASE: dict[str, str] = {}


def pytest_sessionfinish(session):
    if "dsn" in _RUN_DATABASE:
        from tests.pg_isolation import drop_run_database

        drop_run_database(_RUN_DATABASE.pop("dsn"))


async def _empty_postgres(engine: PostgresEngine) -> None:
    names = ", ".join(f'"{t._meta.tablename}"' for t in TABLES)
    await engine.run_ddl(f"DROP TABLE IF EXISTS {names}, migration CASCADE")


@pytest.fixture(params=ENGINES)
async def db(request, tmp_path):
    """A fresh, empty schema on the engine under test, bound to every table."""
    if request.param == "postgres":
        engine = PostgresEngine(config={"dsn": postgres_or_skip()})
        await _empty_postgres(engine)
    else:
        engine = SQLiteEngine(path=str(tmp_path / "renewals.sqlite"))
    session.bind(engine)
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    yield engine
    if request.param == "postgres":
        await _empty_postgres(engine)


@pytest.fixture(params=ENGINES)
async def database_url(request, tmp_path):
    """An empty database for the CLI (which runs the real migrations itself)."""
    if request.param == "postgres":
        dsn = postgres_or_skip()
        engine = PostgresEngine(config={"dsn": dsn})
        await _empty_postgres(engine)
        yield dsn
        await _empty_postgres(engine)
    else:
        yield existing_sqlite(tmp_path / "renewals.sqlite")


def existing_sqlite(path: Path) -> str:
    """The URL of a SQLite database that exists (empty: the CLI migrates it), as an operator's
    does after `renewals db migrate`; commands refuse a file that does not exist (a typo)."""
    path.touch()
    return f"sqlite:///{path}"
