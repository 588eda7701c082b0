"""The checkout's pages on SQLite and PostgreSQL: entry by link, every step and state, language,
help, security headers, validation and errors, as a customer's browser would see them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import msgspec
import pytest
from litestar.testing import AsyncTestClient

from app import create_app
from core.checkout.demo import seed_demo_links
from core.checkout.settings import CheckoutSettings
from core.links import revoke_links
from core.offline.settle import settle_payment
from core.orders import order_view
from core.renewals.contracts import find_contract, upsert_contracts
from core.renewals.rates import RateRow, store_rates
from core.renewals.rates_file import read_rates

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = CheckoutSettings(secret_key="test-secret-key-not-for-production", link_attempts_per_minute=1000)
CARD_OK, CARD_DECLINED = "4111111111111111", "4000000000000002"


@pytest.fixture
async def links(db, catalog):
    today = datetime.now(UTC).date()  # rates of the day: a stale rate is shown but not payable
    await store_rates([msgspec.structs.replace(row, valid_on=today)
                       for row in read_rates(ROOT / "core" / "renewals" / "demo_rates.csv", catalog)])
    return {link.kind: link for link in await seed_demo_links(catalog, now=datetime.now(UTC), base_url="http://t")}


@pytest.fixture
async def client(platform, links):
    async with AsyncTestClient(app=create_app(platform, settings=SETTINGS, manage_database=False)) as client:
        yield client


def main_of(response) -> str:
    return response.text.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def csrf(client) -> str:
    return client.cookies.get("csrftoken")


async def enter(client, link, **headers):
    """Open the personal link; the browser keeps sending the same Accept-Language afterwards."""
    client.headers.update(headers)
    return await client.get(f"/renew/{link.token}")


async def pay_by_card(client, number: str):
    """Method step → the card plugin's hosted form → back to the checkout's pay page → pay."""
    chosen = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    form_action = re.search(r'<form[^>]*action="(/pay/[^"]+)"', chosen.text).group(1)
    back = await client.post(form_action, data={"_csrf_token": csrf(client), "card-number": number,
                                                "card-expiry": "12/39", "card-cvc": "123", "card-holder": "Test"})
    assert back.url.path == "/checkout/pay", back.text
    attempt = re.search(r'name="attempt" value="([^"]+)"', back.text).group(1)
    return await client.post("/checkout/pay", data={"_csrf_token": csrf(client), "attempt": attempt})


async def test_the_link_becomes_a_session_and_leaves_the_address_bar(client, links):
    answer = await client.get(f"/renew/{links['card'].token}", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/checkout"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("renewal_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and links["card"].token not in cookie
    review = await client.get("/checkout")
    assert review.url.path == "/checkout/review" and links["card"].token not in str(review.url)
    again = await enter(client, links["card"])  # customers click reminders more than once
    assert again.url.path == "/checkout/review"


async def test_review_shows_contract_lines_total_seller_and_help(client, links):
    page = await enter(client, links["card"], **{"Accept-Language": "ko-KR,ko;q=0.9"})
    assert '<html lang="ko" dir="ltr">' in page.text
    body = main_of(page)
    assert "DEMO-KR-CARD" in body and "₩" in body and "VMware International Limited" in body
    assert "mailto:" in page.text and "DEMO-KR-CARD" in page.text.split("mailto:")[1].split('"')[0]
    assert "+82" in page.text  # the country's support phone, menu 3 then 1
    assert page.headers["vary"] == "Accept-Language" and page.headers["cache-control"] == "no-store"


async def test_every_response_carries_the_security_headers(client, links):
    page = await enter(client, links["card"])
    policy = page.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "frame-ancestors 'self'" in policy and "default-src 'none'" in policy
    assert page.headers["referrer-policy"] == "no-referrer" and page.headers["x-content-type-options"] == "nosniff"
    second = await client.get("/checkout/review")
    assert nonce not in second.headers["content-security-policy"]  # a fresh nonce per request
    assert "strict-transport-security" not in page.headers  # plain HTTP here; HSTS only on TLS


async def test_unknown_expired_and_renewed_links(client, links, catalog):
    unknown = await client.get("/renew/not-a-real-token", headers={"Accept-Language": "de"})
    assert unknown.status_code == 404 and "Dieser Link funktioniert nicht" in unknown.text
    expired = await enter(client, links["expired"])
    assert expired.status_code == 200  # 45 days after the end: still inside the grace period
    await revoke_links(links["ideal"].contract, now=datetime.now(UTC), reason="renewed")
    renewed = await enter(client, links["ideal"], **{"Accept-Language": "en"})
    assert "already renewed" in renewed.text and "DEMO-NL" not in renewed.text


async def test_every_answer_to_a_link_leaves_the_token_out_of_the_address_bar(client, links, platform):
    """Valid, unknown, renewed and expired alike: a 303 to an address without the token."""
    await revoke_links(links["ideal"].contract, now=datetime.now(UTC), reason="renewed")
    late = datetime.now(UTC) + timedelta(days=400)
    async with AsyncTestClient(app=create_app(platform, settings=SETTINGS, clock=lambda: late,
                                              manage_database=False)) as later:
        answers = {"valid": await client.get(f"/renew/{links['card'].token}", follow_redirects=False),
                   "unknown": await client.get("/renew/not-a-real-token-at-all", follow_redirects=False),
                   "renewed": await client.get(f"/renew/{links['ideal'].token}", follow_redirects=False),
                   "expired": await later.get(f"/renew/{links['japan'].token}", follow_redirects=False)}
        for kind, answer in answers.items():
            assert answer.status_code == 303, kind
            assert "/renew/" not in answer.headers["location"] and "not-a-real" not in answer.headers["location"]
            assert all(link.token not in c for c in answer.headers.get_list("set-cookie") for link in links.values())
        renewed = await client.get(answers["renewed"].headers["location"], headers={"Accept-Language": "en"})
        assert renewed.status_code == 200 and "already renewed" in renewed.text
        expired = await later.get(answers["expired"].headers["location"], headers={"Accept-Language": "en"})
        assert expired.status_code == 410 and "This renewal link has expired" in expired.text
        assert (await client.get("/link/renewed")).status_code == 200  # a reload shows the same page
        client.cookies.clear()
        assert (await client.get("/link/renewed")).status_code == 404  # no notice: nothing to tell


async def test_a_link_of_an_old_term_mails_a_fresh_one_to_the_contacts_on_file(client, links, tmp_path,
                                                                              monkeypatch):
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    contract = await find_contract(links["ideal"].contract)
    await upsert_contracts([msgspec.structs.replace(contract, end_date=contract.end_date + timedelta(days=365),
                                                    contacts=("it-renewals@ideal-nl.example",))])
    page = await enter(client, links["ideal"], **{"Accept-Language": "en"})
    assert page.status_code == 410 and page.url.path == "/link/expired" and "Send me a new link" in page.text
    assert "it-renewals" not in page.text and "DEMO-NL" not in page.text
    posted = await client.post("/link/expired", data={"_csrf_token": csrf(client), "email": "attacker@evil.example"},
                               follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == "/link/sent"  # a reload does not post again
    done = await client.get("/link/sent")
    assert done.status_code == 200 and "Please check your email" in done.text and "it-renewals" not in done.text
    assert (await client.get("/link/sent")).status_code == 200  # reloading the confirmation sends nothing more
    mails = [p.read_text(encoding="utf-8") for p in (tmp_path / "outbox").rglob("*.eml")]
    assert len(mails) == 1 and "it-renewals@ideal-nl.example" in mails[0] and "evil" not in mails[0]
    fresh = re.search(r"/renew/([A-Za-z0-9_-]{40,})", mails[0])[1]
    assert (await client.get(f"/renew/{fresh}")).url.path.startswith("/checkout/")
    await enter(client, links["ideal"], **{"Accept-Language": "de"})  # the old link again, in the same hour
    again = await client.post("/link/expired", data={"_csrf_token": csrf(client)})
    assert again.url.path == "/link/sent" and "Vor weniger als einer Stunde" in main_of(again)
    assert "it-renewals" not in again.text and len(list((tmp_path / "outbox").rglob("*.eml"))) == 1  # nothing more


async def test_one_fresh_link_an_hour_per_contract_whatever_the_worker(platform, links, tmp_path, monkeypatch):
    """The hour is kept in the database: another app process (a second worker) refuses too, and an hour later
    a new link goes out again."""
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    contract = await find_contract(links["card"].contract)
    await upsert_contracts([msgspec.structs.replace(contract, end_date=contract.end_date + timedelta(days=365),
                                                    contacts=("it@card.example",))])
    now = [datetime.now(UTC)]
    first, second = (create_app(platform, settings=SETTINGS, clock=lambda: now[0], manage_database=False)
                     for _ in range(2))
    async with AsyncTestClient(app=first) as one, AsyncTestClient(app=second) as two:
        for client in (one, two):
            await enter(client, links["card"], **{"Accept-Language": "en"})
        assert "Please check your email" in (await one.post("/link/expired", data={"_csrf_token": csrf(one)})).text
        refused = await two.post("/link/expired", data={"_csrf_token": csrf(two)})
        assert "already sent to the email addresses on file for this contract less than an hour ago" in refused.text
        mails = len(list((tmp_path / "outbox").rglob("*.eml")))
        now[0] += timedelta(minutes=61)
        await enter(two, links["card"])
        later = await two.post("/link/expired", data={"_csrf_token": csrf(two)})
        assert "less than an hour ago" not in later.text and len(list((tmp_path / "outbox").rglob("*.eml"))) > mails


async def test_past_the_reinstatement_window_no_new_link_is_offered_but_how_to_renew(platform, links, tmp_path,
                                                                                     monkeypatch):
    """A link that would be expired when issued is not offered: the page says how to renew instead."""
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    late = datetime.now(UTC) + timedelta(days=400)
    app = create_app(platform, settings=SETTINGS, clock=lambda: late, manage_database=False)
    async with AsyncTestClient(app=app) as later:
        page = await later.get(f"/renew/{links['card'].token}", headers={"Accept-Language": "en"})
        assert page.status_code == 410 and page.url.path == "/link/expired"
        assert "Send me a new link" not in page.text and 'method="post"' not in main_of(page)
        assert "can no longer be renewed online" in main_of(page) and "authorized reseller" in main_of(page)
        assert "mailto:" in page.text and "+82" in page.text  # the help box, with the country's phone
        assert "DEMO-KR" not in page.text and "@" not in main_of(page)
        posted = await later.post("/link/expired", data={"_csrf_token": csrf(later)}, follow_redirects=False)
        assert posted.status_code == 303 and posted.headers["location"] == "/link/expired"
        assert not (tmp_path / "outbox").exists()  # nothing was sent, and no page says it was


async def test_no_or_forged_session_gets_the_session_page(client, links):
    page = await client.get("/checkout/review", headers={"Accept-Language": "fr"})
    assert page.status_code == 401 and "Votre session a pris fin" in page.text
    client.cookies.set("renewal_session", "eyJjb250cmFjdCI6IkRFTU8tTkwtSURFQUwifQ.forged")
    assert (await client.get("/checkout/review")).status_code == 401


async def test_upgrade_changes_the_price_and_bad_input_is_named_per_field(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    before = re.search(r'class="amount total"><bdi>([^<]+)', (await client.get("/checkout/options")).text)[1]
    updated = await client.post("/checkout/options", data={"level": "production", "term": "3", "action": "update",
                                                            "_csrf_token": csrf(client)})
    assert updated.url.path == "/checkout/options"
    after = re.search(r'class="amount total"><bdi>([^<]+)', updated.text)[1]
    assert after != before and "Upgrade" in main_of(updated)
    bad = await client.post("/checkout/options", data={"level": "platinum", "term": "3",
                                                        "_csrf_token": csrf(client)})
    assert bad.status_code == 400 and 'href="#level-basic"' in bad.text and "Choose a service level." in bad.text
    assert "Traceback" not in bad.text


async def test_forms_without_the_csrf_token_are_refused(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    refused = await client.post("/checkout/options", data={"level": "production", "term": "1"})
    assert refused.status_code == 403 and "This form has expired" in refused.text


async def test_another_currency_shows_rate_and_surcharge(client, links):
    await enter(client, links["mexico"], **{"Accept-Language": "es-MX"})
    page = await client.post("/checkout/currency", data={"currency": "USD", "action": "update",
                                                          "_csrf_token": csrf(client)})
    body = main_of(page)
    assert 'class="line-fx_surcharge"' in body and "Tipo de cambio: 1 USD =" in body and "MXN" in body
    bad = await client.post("/checkout/currency", data={"currency": "LVL", "_csrf_token": csrf(client)})
    assert bad.status_code == 400 and 'href="#currency"' in bad.text


async def test_a_small_exchange_rate_reads_the_way_round_that_gives_a_plain_number(client, links):
    """KRW → USD is about 0.00068: "1 KRW = 0.0006825938567 USD" reads as "1 USD = 1,465 KRW" (at most six
    significant digits); the line amounts keep the exact rate."""
    await enter(client, links["card"], **{"Accept-Language": "en"})
    page = await client.post("/checkout/currency", data={"currency": "USD", "action": "update",
                                                          "_csrf_token": csrf(client)})
    assert "1 KRW =" not in main_of(page)
    shown = re.search(r"1 USD = ([0-9.,]+) KRW", main_of(page))[1]
    assert 4 <= len(shown.replace(",", "").replace(".", "")) <= 6, shown
    line = Decimal(re.search(r'class="line-renewal"[\s\S]*?<bdi>(?:US)?\$([0-9.,]+)', main_of(page))[1])
    assert line * Decimal(shown.replace(",", "")) == pytest.approx(Decimal(63000), rel=Decimal("0.001"))


async def test_a_currency_without_a_current_rate_is_refused_on_the_currency_step(client, links, db):
    await enter(client, links["mexico"], **{"Accept-Language": "en"})
    from core.db.tables import ExchangeRate
    await ExchangeRate.delete().where(ExchangeRate.quote_currency == "JPY")
    await store_rates([RateRow(base="USD", quote="JPY", rate=Decimal("150"), valid_on=date(2013, 1, 1))])
    refused = await client.post("/checkout/currency", data={"currency": "JPY", "_csrf_token": csrf(client)})
    assert refused.status_code == 400 and 'href="#currency"' in refused.text
    assert (await client.get("/checkout/method")).status_code == 200  # still in the steps, in the quote currency


async def test_method_step_offers_only_the_catalog_methods(client, links, catalog):
    await enter(client, links["ideal"], **{"Accept-Language": "nl"})
    page = await client.get("/checkout/method")
    offered = set(re.findall(r'name="method" value="([^"]+)"', page.text))
    assert "ideal" in offered and "jcb" not in offered and "alipay" not in offered
    refused = await client.post("/checkout/method", data={"method": "alipay", "_csrf_token": csrf(client)})
    assert refused.status_code == 400 and "Kies hoe u wilt betalen." in refused.text


async def test_card_payment_renews_and_every_page_then_shows_the_confirmation(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    done = await pay_by_card(client, CARD_OK)
    assert done.url.path == "/checkout/confirmation" and "your contract is renewed" in done.text
    for path in ("/checkout/method", "/checkout/review", "/checkout/pay", "/checkout"):  # back, reload, 2nd tab
        assert (await client.get(path)).url.path == "/checkout/confirmation"
    second_tab = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    assert second_tab.url.path == "/checkout/confirmation"


async def test_declined_card_keeps_the_upgrade_and_a_second_card_pays(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    await client.post("/checkout/options", data={"level": "production", "term": "1", "_csrf_token": csrf(client)})
    upgraded = re.search(r'class="total-line">[^<]*<bdi>([^<]+)', (await client.get("/checkout/method")).text)[1]
    declined = await pay_by_card(client, CARD_DECLINED)
    assert declined.url.path == "/checkout/declined"
    assert "No money was taken" in declined.text and 'href="/checkout/method"' in declined.text
    assert "do_not_honor" not in declined.text and "05" not in main_of(declined)  # never the reason
    method = await client.get("/checkout/method")
    assert re.search(r'class="total-line">[^<]*<bdi>([^<]+)', method.text)[1] == upgraded
    paid = await pay_by_card(client, CARD_OK)
    assert paid.url.path == "/checkout/confirmation"


async def test_change_payment_option_on_the_open_card_form_reaches_the_method_step(client, links):
    """The card form's way back must not bounce to the same card form (the order's true state while it is open)."""
    await enter(client, links["card"], **{"Accept-Language": "en"})
    form = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    assert form.url.path.startswith("/pay/cards/card/")
    change = re.search(r'<a href="([^"]+)">Change payment option</a>', form.text)[1]
    assert (await client.get(change)).url.path == "/checkout/method"
    assert (await client.get("/checkout")).url.path == form.url.path  # plain /checkout: still the true state


async def test_cancelling_at_the_bank_is_no_decline_the_method_step_says_so(client, links):
    """"Annuleren en teruggaan" showed "Declined": the customer's own cancel brings back the method step."""
    await enter(client, links["ideal"], **{"Accept-Language": "nl"})
    bank = await client.post("/checkout/method", data={"method": "ideal", "_csrf_token": csrf(client)})
    assert bank.url.path.startswith("/pay/ideal/bank/")
    back = await client.post(bank.url.path, data={"decision": "cancel", "_csrf_token": csrf(client)})
    assert back.url.path == "/checkout/method"
    body = main_of(back)
    notice = ("U hebt de betaling op de pagina van iDEAL geannuleerd. Er is geen geld afgeschreven.")
    assert f'<p class="notice" role="status">{notice}</p>' in body and "Geweigerd" not in body
    assert re.search(r'value="ideal"[^>]*checked', back.text)  # iDEAL stays chosen
    reloaded = await client.get("/checkout/method")  # the notice once: not on a reload, an old tab or review → method
    old_tab = await client.get("/checkout/declined")
    await client.get("/checkout/review")
    via_review = await client.get("/checkout/method?lang=en")
    assert old_tab.url.path == "/checkout/method" and re.search(r'value="ideal"[^>]*checked', via_review.text)
    assert all("geannuleerd" not in page.text and "You cancelled" not in page.text
               for page in (reloaded, old_tab, via_review))
    again = await client.post("/checkout/method", data={"method": "ideal", "_csrf_token": csrf(client)})
    assert again.url.path.startswith("/pay/ideal/bank/")  # choose again and pay


async def test_over_the_limit_says_why_and_offers_no_payment(client, links):
    page = await enter(client, links["over-limit"], **{"Accept-Language": "en"})
    assert page.url.path == "/checkout/not-eligible"
    assert "cannot be renewed online" in page.text and "reseller" in page.text
    assert 'name="method"' not in page.text and "/checkout/method" not in main_of(page)
    assert (await client.get("/checkout/method")).url.path == "/checkout/not-eligible"


async def test_expired_contract_shows_the_reinstatement_fee(client, links):
    page = await enter(client, links["expired"], **{"Accept-Language": "de"})
    assert 'class="line-reinstatement_fee"' in page.text


async def test_language_pick_sticks_and_arabic_is_right_to_left(client, links):
    await enter(client, links["arabic"])
    assert '<html lang="ar" dir="rtl">' in (await client.get("/checkout/review")).text  # the country's language
    picked = await client.get("/checkout/review?lang=ja", headers={"Accept-Language": "en"})
    assert picked.url.path == "/checkout/review" and "lang=" not in str(picked.url)
    assert '<html lang="ja" dir="ltr">' in picked.text
    assert '<html lang="ja"' in (await client.get("/checkout/options", headers={"Accept-Language": "de"})).text
    assert all(f'value="{code}"' in picked.text for code in ("ar", "he", "zh-Hant", "pt-PT", "es-419"))
    assert '<bdi>DEMO-AE-ARABIC</bdi>' in picked.text


async def test_the_support_phone_number_stays_left_to_right_on_a_right_to_left_page(client, links):
    """Unisolated, '+971 800 1112' in an Arabic or Hebrew sentence shows as '1112 800 971+'."""
    await enter(client, links["arabic"])
    for code in ("ar", "he"):
        page = await client.get(f"/checkout/review?lang={code}")
        assert 'dir="rtl"' in page.text and "\u2066+971 800 1112\u2069" in page.text


async def test_a_failure_is_a_localized_apology_with_a_reference(client, links, db):
    await enter(client, links["card"], **{"Accept-Language": "it"})
    await db.run_ddl('DROP TABLE "renewal_order"' + (" CASCADE" if "Postgres" in type(db).__name__ else ""))
    page = await client.get("/checkout/review")
    assert page.status_code == 500 and "Ci scusiamo" in page.text
    assert re.search(r"Riferimento: [0-9A-F]{8}", page.text) and "Traceback" not in page.text
    assert "renewal_order" not in page.text


async def test_guessing_tokens_is_rate_limited(platform, links):
    strict = CheckoutSettings(secret_key=SETTINGS.secret_key, link_attempts_per_minute=3)
    async with AsyncTestClient(app=create_app(platform, settings=strict, manage_database=False)) as client:
        answers = [(await client.get(f"/renew/guess-{n}", headers={"Accept-Language": "en"})).status_code
                   for n in range(5)]
        assert answers[:3] == [404, 404, 404] and answers[3:] == [429, 429]
        assert "Too many attempts" in (await client.get("/renew/x", headers={"Accept-Language": "en"})).text


async def test_two_app_processes_share_one_guessing_budget(platform, links):
    """``uvicorn --workers 2`` or two machines on one database: one budget per client, not one per process.
    The window slides, so a burst at a minute's end buys no fresh budget a few seconds later."""
    from core.db.tables import LinkAttempt

    start = datetime.now(UTC).replace(second=50, microsecond=0)
    now = [start]
    strict = CheckoutSettings(secret_key=SETTINGS.secret_key, link_attempts_per_minute=4)
    first, second = (create_app(platform, settings=strict, clock=lambda: now[0], manage_database=False)
                     for _ in range(2))
    async with AsyncTestClient(app=first) as one, AsyncTestClient(app=second) as two:
        one.headers["Accept-Language"] = two.headers["Accept-Language"] = "en"
        answers = [(await (one, two)[n % 2].get(f"/renew/guess-{n}")).status_code for n in range(5)]
        assert answers == [404, 404, 404, 404, 429]
        api = await two.post("/api/session", json={"token": "guess-api"})  # the API's link exchange counts too
        assert api.status_code == 429 and api.json()["title"] == "Too many attempts"
        now[0] = start + timedelta(seconds=15)  # 5 seconds into the next minute
        late = await one.get(f"/renew/{links['card'].token}")
        assert late.status_code == 429 and "Too many attempts" in late.text and late.headers["retry-after"] == "60"
        now[0] = start + timedelta(minutes=2)
        assert (await two.get(f"/renew/{links['card'].token}")).url.path == "/checkout/review"
    keys = [row["client_key"] for row in await LinkAttempt.select(LinkAttempt.client_key)]
    assert len(keys) == 1 and "testclient" not in keys[0] and len(keys[0]) == 64  # no address is stored


async def test_the_root_reveals_nothing(client):
    page = await client.get("/", headers={"Accept-Language": "es"})
    assert page.status_code == 200 and "Utilice el enlace de su correo" in page.text
    assert "<form" not in main_of(page)


async def test_no_answer_from_the_processor_is_processing_not_failed(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    waiting = await pay_by_card(client, "4000000000000119")  # the sandbox's processor error
    assert waiting.url.path == "/checkout/processing"
    assert "Please do not pay again" in waiting.text and 'http-equiv="refresh"' not in waiting.text  # WCAG 2.2.1
    assert '<a class="button" href="/checkout/processing">Check again now</a>' in waiting.text  # works without JS
    nonce = re.search(r"'nonce-([^']+)'", waiting.headers["content-security-policy"])[1]
    assert "connect-src 'self'" in waiting.headers["content-security-policy"]
    assert '<p class="notice" id="auto-check" role="status" hidden>This page updates by itself.</p>' in waiting.text
    assert f'<script nonce="{nonce}">' in waiting.text and "fetch(location.pathname" in waiting.text
    assert (await client.get("/checkout/method")).url.path == "/checkout/processing"  # no second way to pay


async def test_an_offline_method_places_the_order_with_instructions(client, links, tmp_path, monkeypatch):
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    await enter(client, links["ideal"], **{"Accept-Language": "en"})
    placed = await client.post("/checkout/method", data={"method": "wire_transfer", "_csrf_token": csrf(client)})
    assert placed.url.path == "/checkout/offline"
    body = main_of(placed)
    assert "Your order is placed" in body and "IBAN" in body and "€" in body
    assert "Your contract will be renewed as soon as your payment for order ORD-" in body  # not "Order … renewed"
    assert list((tmp_path / "outbox").rglob("*.eml"))  # the instructions by email as well


async def test_the_paypal_pay_link_on_the_order_page_is_a_link(client, links, tmp_path, monkeypatch):
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    await enter(client, links["ideal"], **{"Accept-Language": "en"})
    placed = await client.post("/checkout/method", data={"method": "paypal", "_csrf_token": csrf(client)})
    assert placed.url.path == "/checkout/offline"
    href = re.search(r'<a href="(https://www\.sandbox\.paypal\.com/[^"]+)"', main_of(placed))[1]
    assert "&amp;amount=" in href and "<script" not in main_of(placed)


async def test_a_quiet_session_ends_and_says_so(platform, links):
    now = [datetime.now(UTC)]
    app = create_app(platform, settings=SETTINGS, clock=lambda: now[0], manage_database=False)
    async with AsyncTestClient(app=app) as client:
        await enter(client, links["card"], **{"Accept-Language": "en"})
        now[0] += timedelta(minutes=SETTINGS.session_minutes - 1)
        assert (await client.get("/checkout/review")).status_code == 200  # activity slides the expiry
        now[0] += timedelta(minutes=SETTINGS.session_minutes + 1)
        ended = await client.get("/checkout/review")
        assert ended.status_code == 401 and "Your session has ended" in ended.text


async def test_over_tls_cookies_are_secure_and_hsts_is_sent(platform, links):
    tls = CheckoutSettings(secret_key=SETTINGS.secret_key, base_url="https://renew.example")
    async with AsyncTestClient(app=create_app(platform, settings=tls, manage_database=False),
                               base_url="https://renew.example") as client:
        answer = await client.get(f"/renew/{links['card'].token}", follow_redirects=False)
        assert all("Secure" in c for c in answer.headers.get_list("set-cookie"))
        assert answer.headers["strict-transport-security"].startswith("max-age=")


async def test_paying_after_the_locked_rate_ran_out_quotes_again_instead_of_charging(platform, links):
    now = [datetime.now(UTC)]
    settings = CheckoutSettings(secret_key=SETTINGS.secret_key, currency_quote_minutes=5)
    app = create_app(platform, settings=settings, clock=lambda: now[0], manage_database=False)
    async with AsyncTestClient(app=app) as client:
        await enter(client, links["mexico"], **{"Accept-Language": "en"})
        await client.post("/checkout/currency", data={"currency": "USD", "_csrf_token": csrf(client)})
        now[0] += timedelta(minutes=6)
        answer = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)},
                                   follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/checkout/method"  # a reload never re-posts
        page = await client.get("/checkout/method")
        assert "because the time it was held for you ended" in main_of(page) and "no longer valid" not in page.text
        assert re.search(r'value="visa"[^>]*checked', page.text)  # the choice is kept
        again = await client.get("/checkout/method")
        assert "because the time it was held" not in again.text and re.search(r'value="visa"[^>]*checked', again.text)
        paid_next = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
        assert paid_next.url.path.startswith("/pay/")  # the new version, at today's rate


def help_and_languages(page) -> dict:
    """What the help box and the language switcher of a page offer."""
    mailto = re.search(r'<a href="mailto:([^"]+)">', page.text)
    return {"subject": unquote(mailto[1].split("subject=", 1)[1]) if mailto else None,
            "phone": re.search("\u2066([^\u2069]+)\u2069", page.text)[1] if "\u2066" in page.text else None,
            "languages": set(re.findall(r'<option value="([^"]+)" lang=', page.text)),
            "selected": re.findall(r'<option value="([^"]+)" lang="[^"]+" selected>', page.text)}


async def test_the_card_form_and_the_bank_page_carry_the_help_box_and_the_language_switcher(client, links):
    await enter(client, links["card"], **{"Accept-Language": "en"})
    form = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    assert form.url.path.startswith("/pay/cards/card/")
    shown = help_and_languages(form)
    assert shown["subject"] == "Contract DEMO-KR-CARD: renewal" and shown["phone"].startswith("+82")
    assert "choose option 3 and then option 1" in form.text and "Need a different quote?" in form.text
    assert len(shown["languages"]) == 31 and shown["selected"] == ["en"]
    assert f'<form class="language" method="get" action="{form.url.path}">' in form.text
    korean = await client.get(f"{form.url.path}?lang=ko")  # the switcher: the same page, in Korean
    assert '<html lang="ko" dir="ltr">' in korean.text and help_and_languages(korean)["selected"] == ["ko"]
    assert "3번, 이어서 1번" in korean.text
    bad = await client.post(form.url.path, data={"_csrf_token": csrf(client), "card-number": "",
                                                 "card-expiry": "12/39", "card-cvc": "123", "card-holder": "Kim"})
    assert bad.status_code == 422 and '<html lang="ko"' in bad.text  # the pick sticks for the form's answer
    nonce = re.search(r"'nonce-([^']+)'", bad.headers["content-security-policy"])[1]
    assert 'tabindex="-1" id="error-summary"' in bad.text and f'<script nonce="{nonce}">' in bad.text
    assert '<a href="#card-number">유효한 카드 번호를 입력해 주십시오.</a>' in bad.text
    assert (await client.get("/checkout/method")).text.startswith("<!doctype html>\n<html lang=\"ko\"")

    client.cookies.clear()
    await enter(client, links["ideal"], **{"Accept-Language": "nl"})
    bank = await client.post("/checkout/method", data={"method": "ideal", "_csrf_token": csrf(client)})
    assert bank.url.path.startswith("/pay/ideal/bank/")
    shown = help_and_languages(bank)
    assert "DEMO-NL-IDEAL" in shown["subject"]
    assert shown["phone"] and "kies optie 3 en daarna optie 1" in bank.text
    assert len(shown["languages"]) == 31 and shown["selected"] == ["nl"]


async def test_the_method_button_says_what_happens_next(client, links):
    """Pay now for a card or a bank; for wire, check or PayPal nothing is paid next: the instructions come."""
    await enter(client, links["ideal"], **{"Accept-Language": "en"})
    page = await client.get("/checkout/method")
    buttons = dict(re.findall(r'name="method" value="([^"]+)"[^>]*data-button="([^"]+)"', page.text))
    assert (buttons["visa"], buttons["ideal"]) == ("Continue to payment", "Continue to iDEAL")  # nothing paid yet
    assert {buttons[m] for m in ("wire_transfer", "paypal")} == {"Get payment instructions"}
    assert '<button type="submit" class="button" id="method-submit">Continue</button>' in page.text  # none chosen
    await client.post("/checkout/method", data={"method": "wire_transfer", "_csrf_token": csrf(client)})
    back = await client.get("/checkout/method", headers={"Accept-Language": "nl"})  # the choice is kept
    assert '<button type="submit" class="button" id="method-submit">Betaalinstructies ontvangen</button>' in back.text
    assert "Betalen €" not in main_of(back).split('id="method-submit"')[1]
    assert "Doorgaan naar iDEAL" in back.text


async def test_the_card_security_sentence_shows_only_when_a_card_is_offered(client, catalog, links):
    """Russia offers WebMoney and bank transfer only: "Данные карты передаются…" spoke of a card nobody could use."""
    from core.checkout.demo import demo_customer
    from core.links import issue_link

    today = datetime.now(UTC).date()
    await upsert_contracts([demo_customer(catalog, "nocard", "RU", "upgradable", today)])
    issued = await issue_link("DEMO-RU-NOCARD", now=datetime.now(UTC), base_url="http://t")
    await client.get(issued.url.replace("http://t", ""), headers={"Accept-Language": "ru"})
    page = await client.get("/checkout/method")
    offered = set(re.findall(r'name="method" value="([^"]+)"', page.text))
    assert offered and "visa" not in offered and "Данные карты" not in main_of(page)
    assert "Перейти на страницу WebMoney" in page.text
    korea = await client.get(links["card"].url.replace("http://t", ""), headers={"Accept-Language": "en"})
    assert korea.status_code == 200 and korea.url.path == "/checkout/review"  # the link opened Korea's review
    assert '<p class="note">' in main_of(await client.get("/checkout/method"))  # Korea offers cards: the note is back


async def test_a_currency_quote_says_until_what_time_it_holds(platform, links):
    """Held 30 minutes: a day alone would not tell the customer; the time and its zone do."""
    now = datetime(2026, 11, 25, 12, 5, tzinfo=UTC) + (datetime.now(UTC).date() - date(2026, 11, 25))
    app = create_app(platform, settings=SETTINGS, clock=lambda: now, manage_database=False)
    async with AsyncTestClient(app=app) as client:
        await enter(client, links["card"], **{"Accept-Language": "en"})  # Korea: one time zone
        page = await client.post("/checkout/currency", data={"currency": "USD", "action": "update",
                                                              "_csrf_token": csrf(client)})
        held = re.search(r"This price is held until ([^<]+)\.</p>", main_of(page))[1]
        assert held.endswith("9:35\u202fPM Korean Standard Time")  # 12:05 UTC + 30 minutes, in Seoul


async def test_pressing_pay_after_the_price_hold_ended_keeps_the_choices_and_says_why_the_total_changed(platform,
                                                                                                       links):
    now = [datetime.now(UTC)]
    settings = CheckoutSettings(secret_key=SETTINGS.secret_key, currency_quote_minutes=5)
    app = create_app(platform, settings=settings, clock=lambda: now[0], manage_database=False)
    async with AsyncTestClient(app=app) as client:
        await enter(client, links["mexico"], **{"Accept-Language": "en"})
        await client.post("/checkout/options", data={"level": "production", "term": "3", "_csrf_token": csrf(client)})
        await client.post("/checkout/currency", data={"currency": "USD", "_csrf_token": csrf(client)})
        chosen = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
        form_action = re.search(r'<form[^>]*action="(/pay/[^"]+)"', chosen.text)[1]
        back = await client.post(form_action, data={"_csrf_token": csrf(client), "card-number": CARD_OK,
                                                    "card-expiry": "12/39", "card-cvc": "123", "card-holder": "T"})
        attempt = re.search(r'name="attempt" value="([^"]+)"', back.text)[1]
        now[0] += timedelta(minutes=6)
        answer = await client.post("/checkout/pay", data={"_csrf_token": csrf(client), "attempt": attempt},
                                   follow_redirects=False)
        assert answer.status_code == 303
        page = await client.get(answer.headers["location"])
        assert page.url.path == "/checkout/method"
        assert "The price was updated because the time it was held for you ended" in main_of(page)
        assert re.search(r'value="visa"[^>]*checked', page.text)  # the method is kept
        again = await client.get("/checkout/method")
        assert "The price was updated" not in again.text  # shown once
        review = main_of(await client.get("/checkout/review"))
        assert "Production, 3 years" in review and "<bdi>$" in review  # the upgrade and the currency are kept
        spanish = await client.post("/checkout/pay", data={"_csrf_token": csrf(client), "attempt": attempt},
                                    headers={"Accept-Language": "es"})  # nothing more ran out: no notice
        assert "El precio se actualizó" not in spanish.text
        await pay_again_later(client, now)


async def pay_again_later(client, now):
    """The card is entered for the new price, then the page is reloaded after the hold ended again."""
    chosen = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    form_action = re.search(r'<form[^>]*action="(/pay/[^"]+)"', chosen.text)[1]
    back = await client.post(form_action, data={"_csrf_token": csrf(client), "card-number": CARD_OK,
                                                "card-expiry": "12/39", "card-cvc": "123", "card-holder": "T"})
    assert back.url.path == "/checkout/pay"
    now[0] += timedelta(minutes=6)
    reloaded = await client.get("/checkout/pay")
    assert reloaded.url.path == "/checkout/method" and "because the time it was held for you ended" in main_of(reloaded)


async def test_one_stored_quote_shows_one_validity_on_every_page_and_in_every_process(platform, links):
    """The time shown is the stored version's valid_until, not the clock plus the hold recomputed per page."""
    from core.checkout import flow

    now = [datetime(2026, 11, 25, 12, 3, 59, 900_000, tzinfo=UTC) + (datetime.now(UTC).date() - date(2026, 11, 25))]
    app = create_app(platform, settings=SETTINGS, clock=lambda: now[0], manage_database=False)
    async with AsyncTestClient(app=app) as client:
        await enter(client, links["card"], **{"Accept-Language": "en"})
        chosen = await client.post("/checkout/currency", data={"currency": "USD", "action": "update",
                                                                "_csrf_token": csrf(client)})
        shown = set(re.findall(r"This price is held until ([^<]+)\.</p>", main_of(chosen)))
        for path in ("/checkout/review", "/checkout/options", "/checkout/currency", "/api/checkout"):
            now[0] += timedelta(seconds=40)
            answer = await client.get(path)
            shown |= set(re.findall(r"held until ([^<\"]+?)\.(?:</p>|\")", answer.text))
        flow._versions.clear()  # another worker: the version read back from the database
        shown |= set(re.findall(r"held until ([^<]+)\.</p>", (await client.get("/checkout/review")).text))
        assert len(shown) == 1 and next(iter(shown)).endswith("9:33\u202fPM Korean Standard Time"), shown


async def test_error_pages_after_the_session_lapsed_speak_the_checkouts_language_with_the_help_box(platform, links):
    """An Arabic checkout (the contract's country, the browser sends no language): the stale form's 403,
    a 404 and a 405 are Arabic too, with the help box and the country's support phone."""
    now = [datetime.now(UTC)]
    app = create_app(platform, settings=SETTINGS, clock=lambda: now[0], manage_database=False)
    async with AsyncTestClient(app=app) as client:
        review = await enter(client, links["arabic"])
        assert '<html lang="ar" dir="rtl">' in review.text
        phone = help_and_languages(review)["phone"]
        now[0] += timedelta(minutes=SETTINGS.session_minutes + 1)
        client.cookies.delete("csrftoken")  # the browser dropped the form's token with the session
        stale = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": "stale"})
        missing = await client.get("/no-such-page")
        wrong = await client.put("/checkout/method")
        for answer, status in ((stale, 403), (missing, 404), (wrong, 405)):
            assert answer.status_code == status and '<html lang="ar" dir="rtl">' in answer.text, answer.text[:400]
            assert "help-heading" in answer.text and phone and help_and_languages(answer)["phone"] == phone
        assert "This form has expired" not in stale.text


async def test_reopening_the_link_during_an_open_payment_lands_on_the_checkouts_page_for_it(client, links):
    """Not straight onto the card form or the bank page: the method step with the method chosen, or the pay step."""
    await enter(client, links["card"], **{"Accept-Language": "en"})
    form = await client.post("/checkout/method", data={"method": "visa", "_csrf_token": csrf(client)})
    assert form.url.path.startswith("/pay/")
    reopened = await enter(client, links["card"])
    assert reopened.url.path == "/checkout/method" and re.search(r'value="visa"[^>]*checked', reopened.text)
    back = await client.post(form.url.path, data={"_csrf_token": csrf(client), "card-number": CARD_OK,
                                                  "card-expiry": "12/39", "card-cvc": "123", "card-holder": "T"})
    assert back.url.path == "/checkout/pay"
    assert (await enter(client, links["card"])).url.path == "/checkout/pay"  # the card is in: confirm and pay
    client.cookies.clear()
    await enter(client, links["ideal"], **{"Accept-Language": "nl"})
    bank = await client.post("/checkout/method", data={"method": "ideal", "_csrf_token": csrf(client)})
    assert bank.url.path.startswith("/pay/ideal/bank/")
    client.cookies.clear()  # another browser, from the email
    reopened = await enter(client, links["ideal"])
    assert reopened.url.path == "/checkout/method" and re.search(r'value="ideal"[^>]*checked', reopened.text)


async def test_once_money_arrived_for_an_offline_order_every_step_lands_on_its_page(client, links, tmp_path,
                                                                                    monkeypatch, platform):
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    await enter(client, links["ideal"], **{"Accept-Language": "en"})
    placed = await client.post("/checkout/method", data={"method": "wire_transfer", "_csrf_token": csrf(client)})
    assert placed.url.path == "/checkout/offline"
    assert (await client.get("/checkout/method")).url.path == "/checkout/method"  # nothing arrived: still free to switch
    reference = re.search(r"ORD-[A-Z0-9-]+", main_of(placed))[0]
    order = await order_view(reference, platform)
    await settle_payment(order.payment_reference, order.amount - Decimal("10.00"), order.currency,
                         received_on=datetime.now(UTC).date(), platform=platform, now=datetime.now(UTC))
    for step in ("review", "options", "currency", "method"):
        answer = await client.get(f"/checkout/{step}", follow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (303, "/checkout/offline"), step
    upgrade = await client.post("/checkout/options", data={"level": "production", "term": "3",
                                                           "_csrf_token": csrf(client)}, follow_redirects=False)
    assert (upgrade.status_code, upgrade.headers["location"]) == (303, "/checkout/offline")
    page = main_of(await client.get("/checkout/offline"))
    assert "Still due: €\u00a010,00." in page  # the rest only (NL's number format)
    assert "Change payment option" not in page  # the rest, the same way
