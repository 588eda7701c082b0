"""Every checkout page in every web language: no missing message, no English left over, right direction.

The customer-facing text of a page comes only from Fluent; a message a
locale lacks would fall back to English (or fail), so each page is rendered
in all web locales and searched for the English sentence of every message
the locale translates differently. Language does not depend on the database
engine, so this runs on SQLite only.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import msgspec
import pytest
from fluent.syntax import FluentParser, ast
from litestar.testing import AsyncTestClient
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.table import create_db_tables

from app import create_app
from core.checkout.demo import seed_demo_links
from core.db import session
from core.db.tables import TABLES, create_unique_indexes
from core.renewals.rates import store_rates
from core.renewals.rates_file import read_rates
from tests.test_checkout_pages import CARD_DECLINED, CARD_OK, ROOT, SETTINGS, csrf, pay_by_card

CARD_NO_ANSWER = "4000000000000119"  # the sandbox processor does not answer: the order waits as processing

PAGES = {
    "declined": ("/checkout/review", "/checkout/options", "/checkout/currency", "/checkout/method",
                 "/checkout/declined"),
    "paid": ("/checkout/confirmation",),
    "over-limit": ("/checkout/not-eligible",),
    "processing": ("/checkout/processing",),
    "card-form": ("{card form}",),  # the card plugin's page, with the checkout's help box and languages
    None: ("/", "/renew/unknown-token", "/checkout/review", "/no-such-page"),
}


def _english_sentences(catalog, translator) -> dict[str, str]:
    """English text of every web message without arguments (long enough to be a real sentence)."""
    found = {}
    for text in catalog.locale("web", "en").ftl:
        for entry in FluentParser().parse(text).body:
            if isinstance(entry, ast.Message) and entry.value is not None and "$" not in text[
                    entry.span.start:entry.span.end]:
                english = translator.text("web", "en", entry.id.name)
                if len(english) >= 12:
                    found[entry.id.name] = english
    return found


@pytest.fixture
async def sqlite_only(tmp_path, platform):
    session.bind(SQLiteEngine(path=str(tmp_path / "renewals.sqlite")))
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    today = datetime.now(UTC).date()
    await store_rates([msgspec.structs.replace(row, valid_on=today)
                       for row in read_rates(ROOT / "core" / "renewals" / "demo_rates.csv", platform.catalog)])
    return {link.kind: link for link in await seed_demo_links(platform.catalog, now=datetime.now(UTC),
                                                                 base_url="http://t")}


async def _enter_state(client, state: str | None, links) -> dict[str, str]:
    """Put this client's session into ``state`` (one client at a time, as the page tests do); the paths it made."""
    client.cookies.clear()
    kind = {"declined": "card", "paid": "ideal", "over-limit": "over-limit", "processing": "japan",
            "card-form": "arabic"}.get(state)
    if kind:
        await client.get(f"/renew/{links[kind].token}")
    if state in ("declined", "paid", "processing"):
        await pay_by_card(client, {"declined": CARD_DECLINED, "paid": CARD_OK, "processing": CARD_NO_ANSWER}[state])
    if state == "card-form":
        form = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
        return {"{card form}": form.url.path}
    return {}


async def test_every_page_in_every_language_is_fully_translated(sqlite_only, platform, catalog, translator):
    english = _english_sentences(catalog, translator)
    app = create_app(platform, settings=SETTINGS, manage_database=False)
    problems = []
    async with AsyncTestClient(app=app) as client:
        for state, paths in PAGES.items():
            made = await _enter_state(client, state, sqlite_only)
            problems += await _check_state(client, [made.get(path, path) for path in paths], catalog, translator,
                                           english)
    assert not problems, "\n".join(problems[:40])


async def _check_state(client, paths, catalog, translator, english) -> list[str]:
    problems = []
    for code in catalog.locale_codes("web"):
        differing = {m: t for m, t in english.items()
                     if code == "en" or translator.text("web", code, m) != t}
        client.cookies.set("renewal_lang", code)
        for path in paths:
            page = await client.get(path)
            where = f"{code} {path} ({page.status_code})"
            if page.status_code >= 500:
                problems.append(f"{where}: server error")
                continue
            if f'<html lang="{code}" dir="{"rtl" if code in ("ar", "he") else "ltr"}">' not in page.text:
                problems.append(f"{where}: wrong lang or dir")
            body = re.sub(r"<script[^>]*>[\s\S]*?</script>", " ", page.text.split("<body>", 1)[1])  # not shown
            visible = html.unescape(re.sub(r"<[^>]+>", " ", body))
            if "{" in visible:
                problems.append(f"{where}: unformatted placeholder")
            if code != "en":
                leftovers = [m for m, text in differing.items() if text in visible]
                if leftovers:
                    problems.append(f"{where}: English text of {leftovers[:4]}")
    return problems
