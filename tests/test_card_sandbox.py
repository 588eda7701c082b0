"""The sandbox's hosted card form, through HTTP, on SQLite and PostgreSQL.

The card number and security code are posted to the plugin's page only; the
checkout gets a token. A scan of every response, the captured logs and the
whole database finds no test card number.
"""

from __future__ import annotations

import logging
import re

import pytest
from litestar.testing import AsyncTestClient

from core.db.tables import TABLES
from core.model import WebRoutes
from core.orders import choose_method, order_view
from core.orders.web import WebRoutesError, registrations
from core.plugins import get_plugin_manager
from tests.orders_helpers import APPROVE, DECLINE, NOW, TEST_CARDS, order_for
from tests.payment_app import build, running_from

CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def app(platform):
    """One app for the module (building its translator is the slow part); each test has its own database."""
    return build(platform, clock=running_from(NOW))


@pytest.fixture
async def client(db, app):
    async with AsyncTestClient(app=app) as client:
        client.follow_redirects = False
        yield client


def test_hook_register_web_routes(platform):
    mounted = {m.routes.prefix: m for m in registrations(platform.plugins)}
    assert {"cards", "ideal", "alipay", "webmoney"} <= set(mounted)
    assert mounted["cards"].routes.entry["visa"] == "/card/{attempt}"
    assert mounted["ideal"].routes.entry == {"ideal": "/bank/{attempt}"}

    class Clashing:
        from core.hookspecs import hookimpl

        @hookimpl
        def register_web_routes(self, register):
            register(WebRoutes(prefix="cards", handlers=(), entry={}))

    pm = get_plugin_manager(load_entry_points=True, extra_plugins=[Clashing()])
    with pytest.raises(WebRoutesError) as clash:
        registrations(pm)
    assert "cards" in str(clash.value) and "Clashing" in str(clash.value)


async def start_card(platform, locale="de"):
    view = await order_for(platform, "US")
    view = await choose_method(view.reference, "visa", platform=platform, now=NOW, return_url="/checkout/pay",
                               locale=locale)
    assert view.redirect_url.startswith(f"/pay/cards/card/{view.attempt_id}")
    return view


async def submit(client, url, **fields):
    page = await client.get(url)
    assert page.status_code == 200
    form = {"card-number": "", "card-expiry": "12/30", "card-cvc": "123", "card-holder": "Ada Lovelace",
            "_csrf_token": CSRF.search(page.text).group(1), **fields}
    return page, await client.post(url.split("?")[0], data=form)


async def test_the_card_form_takes_the_card_and_the_checkout_gets_only_a_token(client, platform, caplog):
    caplog.set_level(logging.DEBUG)
    seen = []
    view = await start_card(platform, locale="de")
    page, bad = await submit(client, view.redirect_url, **{"card-number": "4111 1111 1111 1112"})
    assert '<html lang="de" dir="ltr">' in page.text and 'autocomplete="cc-number"' in page.text
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text and 'href="#card-number"' in bad.text
    assert "Ada Lovelace" in bad.text  # kept; the number is never echoed
    _, good = await submit(client, view.redirect_url, **{"card-number": APPROVE})
    assert good.status_code == 303
    back = good.headers["location"]
    assert back.startswith(f"/pay/return/{view.attempt_id}?token=tok_") and "last4=1111" in back
    returned = await client.get(back)
    assert returned.status_code == 303 and returned.headers["location"] == "/checkout/pay"
    ready = await order_view(view.reference)
    assert ready.ready_to_pay and ready.card_last4 == "1111"
    paid = await client.post(f"/test/pay/{view.reference}/{view.attempt_id}")
    assert paid.json() == {"state": "paid"}
    seen += [page, bad, good, returned, paid]
    # the attempt is closed now: its form says so instead of taking a card again
    closed = await client.get(view.redirect_url)
    assert closed.status_code == 409 and "/checkout/pay" in closed.text
    seen.append(closed)
    assert_no_card_numbers(seen, caplog.text, await database_text())


async def test_a_declined_card_then_another_card(client, platform):
    view = await start_card(platform, locale="en")
    _, sent = await submit(client, view.redirect_url, **{"card-number": DECLINE})
    await client.get(sent.headers["location"])
    assert (await client.post(f"/test/pay/{view.reference}/{view.attempt_id}")).json() == {"state": "declined"}
    again = await choose_method(view.reference, "mastercard", platform=platform, now=NOW, return_url="/checkout/pay")
    _, sent = await submit(client, again.redirect_url, **{"card-number": "5555 5555 5555 4444"})
    await client.get(sent.headers["location"])
    assert (await client.post(f"/test/pay/{view.reference}/{again.attempt_id}")).json() == {"state": "paid"}


async def test_an_empty_form_names_every_missing_field_in_the_form_order(client, platform):
    """An empty card number was only reported once the expiry was right: a second round trip for the customer."""
    view = await start_card(platform)
    _, answer = await submit(client, view.redirect_url, **{"card-expiry": "", "card-cvc": "", "card-holder": ""})
    assert answer.status_code == 422
    summary = answer.text.split('id="error-summary"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="#([a-z-]+)"', summary) == ["card-number", "card-expiry", "card-cvc", "card-holder"]
    # Not a card number and not a date: both said in one answer, not the number only once the date is right.
    _, answer = await submit(client, view.redirect_url, **{"card-number": "abcd", "card-expiry": "xx"})
    summary = answer.text.split('id="error-summary"', 1)[1].split("</ul>", 1)[0]
    assert answer.status_code == 422 and re.findall(r'href="#([a-z-]+)"', summary) == ["card-number", "card-expiry"]


async def test_the_form_needs_the_csrf_token_and_an_unknown_attempt_is_404(client, platform):
    view = await start_card(platform, locale="ar")
    page = await client.get(view.redirect_url)
    assert '<html lang="ar" dir="rtl">' in page.text
    refused = await client.post(view.redirect_url.split("?")[0], data={"card-number": APPROVE})
    assert refused.status_code == 403
    assert not (await order_view(view.reference)).ready_to_pay
    unknown = await client.get("/pay/cards/card/att_guessed?lang=ja")
    assert unknown.status_code == 404 and '<html lang="ja"' in unknown.text and "Traceback" not in unknown.text
    back = await client.get("/pay/return/att_guessed?token=tok_x&lang=he")
    assert back.status_code == 404 and '<html lang="he" dir="rtl">' in back.text


def assert_no_card_numbers(responses, logs: str, database: str) -> None:
    def spaced(number: str) -> str:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))

    texts = [r.text + str(r.headers) + str(r.request.url) for r in responses] + [logs, database]
    for number in TEST_CARDS:
        for text in texts:
            assert number not in text and spaced(number) not in text


async def database_text() -> str:
    dumped = []
    for table in TABLES:
        dumped.append(str(await table.select()))
    return "\n".join(dumped)


async def test_trying_many_card_numbers_closes_the_form(client, platform):
    from renewal_payment_cards.web import MAX_FAILED_TRIES

    view = await start_card(platform, locale="en")
    for _ in range(MAX_FAILED_TRIES):
        _, bad = await submit(client, view.redirect_url, **{"card-number": "4111 1111 1111 1112"})
        assert bad.status_code == 422
    locked = await client.get(view.redirect_url)
    assert locked.status_code == 429 and "/checkout/pay" in locked.text and "card-number" not in locked.text
    assert not (await order_view(view.reference)).ready_to_pay
    # choosing the payment option again opens a fresh form
    again = await choose_method(view.reference, "visa", platform=platform, now=NOW, return_url="/checkout/pay")
    assert (await client.get(again.redirect_url)).status_code == 200


async def test_the_card_form_lets_the_browser_fill_the_card_and_phones_show_a_digit_keypad(client, platform):
    """Autofill tokens on every field, a numeric keypad for the digits, the name field a normal keyboard."""
    view = await start_card(platform, locale="ar")
    page = await client.get(view.redirect_url)
    inputs = {match.group(1): match.group(0) for match in re.finditer(r'<input id="(card-[a-z]+)"[^>]*>', page.text)}
    expected = {"card-number": "cc-number", "card-expiry": "cc-exp", "card-cvc": "cc-csc", "card-holder": "cc-name"}
    assert {field: re.search(r'autocomplete="([^"]+)"', tag).group(1) for field, tag in inputs.items()} == expected
    assert [field for field, tag in inputs.items() if 'inputmode="numeric"' in tag] == ["card-number", "card-expiry",
                                                                                         "card-cvc"]
    assert all('class="input ' in tag for tag in inputs.values())  # styled like the checkout's own fields
