"""Bank redirects (iDEAL here; Alipay and WebMoney share the sandbox) on SQLite and PostgreSQL.

The customer approves or cancels on the plugin's sandbox bank page and comes
back; the bank's signed notification and the customer's return may arrive in
either order, and the contract is renewed once.
"""

from __future__ import annotations

import re

import pytest
from litestar.testing import AsyncTestClient

from core.db.tables import Contract, Payment
from core.orders import choose_method, order_view
from core.redirect_pages import SECRET_ENV, SIGNATURE_HEADER, sign, signed_notification
from tests.orders_helpers import NOW, order_for
from tests.payment_app import build, running_from

SECRET = b"sandbox-webhook-secret-for-tests"
CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def app(platform):
    """One app for the module (building its translator is the slow part); each test has its own database."""
    return build(platform, clock=running_from(NOW))


@pytest.fixture
async def client(db, app, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET.decode())
    async with AsyncTestClient(app=app) as client:
        client.follow_redirects = False
        yield client


async def at_the_bank(client, platform, decision: str = "approve", locale: str = "nl"):
    """An iDEAL order whose customer decided at the bank: (order view, return URL, transaction id)."""
    view = await order_for(platform, "NL")
    view = await choose_method(view.reference, "ideal", platform=platform, now=NOW, return_url="/checkout",
                               locale=locale)
    assert view.redirect_url.startswith(f"/pay/ideal/bank/{view.attempt_id}")
    page = await client.get(view.redirect_url)
    assert page.status_code == 200 and '<html lang="nl" dir="ltr">' in page.text
    assert "iDEAL" in page.text and "€" in page.text  # the amount, formatted for the Netherlands
    sent = await client.post(view.redirect_url.split("?")[0],
                             data={"decision": decision, "_csrf_token": CSRF.search(page.text).group(1)})
    assert sent.status_code == 303
    back = sent.headers["location"]
    transaction = re.search(r"token=([\w-]+)", back).group(1)
    return view, back, transaction


async def notify(client, transaction: str, body: bytes | None = None, headers: dict | None = None):
    signed_body, signed_headers = signed_notification("ideal", transaction, SECRET)
    return await client.post("/pay/ideal/notify", content=body or signed_body, headers=headers or signed_headers)


async def renewal_state(view) -> tuple[str, object, int]:
    contract = await Contract.select().where(Contract.number == view.contract_number).first()
    approved = await Payment.count().where((Payment.order.reference == view.reference)
                                           & (Payment.status == "approved"))
    return contract["status"], contract["end_date"], approved


async def test_return_first_then_notification_renews_once(client, platform):
    view, back, transaction = await at_the_bank(client, platform)
    before = (await Contract.select().where(Contract.number == view.contract_number).first())["end_date"]
    returned = await client.get(back)
    assert returned.status_code == 303 and returned.headers["location"] == "/checkout"
    assert (await order_view(view.reference)).state == "paid"
    notified = await notify(client, transaction)
    assert notified.status_code == 200 and notified.json()["order_state"] == "paid"
    assert await renewal_state(view) == ("renewed", before.replace(year=before.year + 1), 1)


async def test_notification_first_then_return_renews_once(client, platform):
    view, back, transaction = await at_the_bank(client, platform)
    before = (await Contract.select().where(Contract.number == view.contract_number).first())["end_date"]
    notified = await notify(client, transaction)  # no CSRF token: the signature is what counts
    assert notified.status_code == 200 and notified.json()["order_state"] == "paid"
    returned = await client.get(back)
    assert returned.status_code == 303 and (await order_view(view.reference)).state == "paid"
    again = await notify(client, transaction)  # banks retry notifications
    assert again.status_code == 200
    assert await renewal_state(view) == ("renewed", before.replace(year=before.year + 1), 1)


async def test_cancelled_at_the_bank_is_declined_and_nothing_is_renewed(client, platform):
    view, back, transaction = await at_the_bank(client, platform, decision="cancel")
    await client.get(back)
    declined = await order_view(view.reference)
    assert (declined.state, declined.page) == ("declined", "declined")
    assert (await notify(client, transaction)).json()["order_state"] == "declined"
    status, _, approved = await renewal_state(view)
    assert (status, approved) == ("active", 0)


async def test_a_forged_or_stale_notification_changes_nothing(client, platform):
    view, _, transaction = await at_the_bank(client, platform)
    body, headers = signed_notification("ideal", transaction, SECRET)
    forged = await notify(client, transaction, body, {**headers, SIGNATURE_HEADER: sign(body, b"wrong-secret")})
    assert forged.status_code == 401
    stale = await notify(client, transaction, body, {**headers, SIGNATURE_HEADER: sign(body, SECRET, 1_000_000)})
    assert stale.status_code == 401
    tampered = body.replace(transaction.encode(), b"ideal-approve")
    assert (await notify(client, transaction, tampered, headers)).status_code == 401
    assert (await order_view(view.reference)).state == "awaiting_payment"


async def test_without_a_secret_notifications_are_refused(client, platform, monkeypatch):
    view, back, transaction = await at_the_bank(client, platform)
    monkeypatch.delenv(SECRET_ENV)
    assert (await notify(client, transaction)).status_code == 503
    await client.get(back)  # the customer's return still completes the payment
    assert (await order_view(view.reference)).state == "paid"


async def test_the_bank_page_speaks_the_customers_language(client, platform):
    view = await order_for(platform, "NL")
    view = await choose_method(view.reference, "ideal", platform=platform, now=NOW, return_url="/checkout",
                               locale="ar")
    page = await client.get(view.redirect_url)
    assert '<html lang="ar" dir="rtl">' in page.text and "Traceback" not in page.text


@pytest.mark.parametrize("country, method, locale", [("CN", "alipay", "zh-Hans"), ("RU", "webmoney", "ru")])
async def test_wallet_redirects_share_the_sandbox_bank(client, platform, country, method, locale):
    view = await order_for(platform, country)
    view = await choose_method(view.reference, method, platform=platform, now=NOW, return_url="/checkout",
                               locale=locale)
    page = await client.get(view.redirect_url)
    assert page.status_code == 200 and f'<html lang="{locale}"' in page.text
    # the checkout's help box (the country's phone, 3 then 1) and language switcher, as on every checkout page
    assert f"\u2066{platform.catalog.countries[country].support_phone}\u2069" in page.text
    assert "mailto:" in page.text and f'<option value="{locale}" lang="{locale}" selected>' in page.text
    sent = await client.post(view.redirect_url.split("?")[0],
                             data={"decision": "approve", "_csrf_token": CSRF.search(page.text).group(1)})
    transaction = re.search(r"token=([\w-]+)", sent.headers["location"]).group(1)
    body, headers = signed_notification(method, transaction, SECRET)
    notified = await client.post(f"/pay/{method}/notify", content=body, headers=headers)
    assert notified.json()["order_state"] == "paid"
    assert (await client.get(sent.headers["location"])).headers["location"] == "/checkout"
    assert (await renewal_state(view))[::2] == ("renewed", 1)
