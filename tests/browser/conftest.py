"""Browser tests: Debian's Chromium driven by Playwright, one browser and one app per module.

The app runs in a uvicorn server on a free port in a thread of this process,
on its own SQLite file seeded with today's rates and the demo customers
(``core.checkout.demo``); a test opens a customer's personal link as the
customer would. Playwright only guarantees its own Chromium build, so
``test_chromium_starts`` fails first and clearly if Debian's stops working.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
import time
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest
import uvicorn
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.table import create_db_tables

from app import create_app
from core.checkout.demo import demo_customer, seed_demo_links
from core.links import issue_link
from core.renewals.contracts import upsert_contracts
from core.checkout.settings import CheckoutSettings
from core.db import session
from core.db.tables import TABLES, create_unique_indexes
from core.renewals.rates import store_rates
from core.renewals.rates_file import read_rates

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """One browser for the module: Playwright's sync API holds an event loop while it runs, so it
    must be closed before other modules' asyncio tests (all browser tests are in one module)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: ./dev installs Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


async def _prepare(catalog, base_url: str):
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    today = datetime.now(UTC).date()
    rows = read_rates(ROOT / "core" / "renewals" / "demo_rates.csv", catalog)
    await store_rates([msgspec.structs.replace(row, valid_on=today) for row in rows])
    return {link.kind: link for link in await seed_demo_links(catalog, now=datetime.now(UTC), base_url=base_url)}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site(msgspec.Struct):
    base_url: str
    links: dict
    catalog: object

    def customer(self, kind: str, country: str, profile: str = "upgradable") -> str:
        """A new contract of its own (so earlier tests' renewals do not matter); its link's URL."""
        async def make() -> str:
            today = datetime.now(UTC).date()
            contract = demo_customer(self.catalog, kind, country, profile, today)
            await upsert_contracts([contract])
            issued = await issue_link(contract.contract_number, now=datetime.now(UTC), base_url=self.base_url)
            return issued.url

        with ThreadPoolExecutor(1) as worker:
            return worker.submit(asyncio.run, make()).result()


@pytest.fixture(scope="module")
def site(platform, tmp_path_factory):
    """The app on a fresh SQLite database, served for this module's tests."""
    session.bind(SQLiteEngine(path=str(tmp_path_factory.mktemp("site") / "renewals.sqlite")))
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    with ThreadPoolExecutor(1) as worker:  # Playwright's sync API holds this thread's event loop
        links = worker.submit(asyncio.run, _prepare(platform.catalog, base_url)).result()
    settings = CheckoutSettings(secret_key="browser-test-key", base_url=base_url)
    app = create_app(platform, settings=settings, manage_database=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the app did not start"
    yield Site(base_url=base_url, links=links, catalog=platform.catalog)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page_in(browser):
    """A new browser context per test (own cookies), speaking ``locale``."""
    contexts = []

    def open_page(locale: str):
        context = browser.new_context(locale=locale, viewport={"width": 1100, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
