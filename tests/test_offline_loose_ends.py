"""Offline payments' loose ends (issue 9 review), on SQLite and PostgreSQL: a customer who switches
away from a placed offline order, instructions per switch, the PDF's date, a payment the janitor
found failed, an underpaid order as the customer sees it, and the janitor's schedule as settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from litestar.testing import AsyncTestClient

from core.db.tables import Payment, RenewalOrder
from core.offline import janitor, listing
from core.offline.settle import settle_payment
from core.orders import choose_method, pay
from tests.orders_helpers import ERROR, NOW, TIMEOUT, card_ready, order_for

# -- the janitor's schedule is a setting ------------------------------------------------


def test_the_janitor_schedule_defaults_and_reads_its_settings():
    assert janitor.load_janitor_settings({}) == janitor.JanitorSettings()
    assert janitor.JanitorSettings().backoff == tuple(
        timedelta(minutes=m) for m in (1, 5, 30, 120, 720))
    custom = janitor.load_janitor_settings({
        janitor.BACKOFF_ENV: " 2, 10 ", janitor.REPORTED_EVERY_ENV: "60", janitor.REDIRECT_GRACE_ENV: "15"})
    assert custom == janitor.JanitorSettings(backoff=(timedelta(minutes=2), timedelta(minutes=10)),
                                             reported_every=timedelta(hours=1), redirect_grace=timedelta(minutes=15))


@pytest.mark.parametrize(("name", "value"), [
    (janitor.BACKOFF_ENV, "1,5,x"), (janitor.BACKOFF_ENV, ""), (janitor.BACKOFF_ENV, "30,5"),
    (janitor.BACKOFF_ENV, "0,5"), (janitor.BACKOFF_ENV, "1.5"), (janitor.REPORTED_EVERY_ENV, "-1"),
    (janitor.REPORTED_EVERY_ENV, "99999999999"), (janitor.REDIRECT_GRACE_ENV, "half an hour")])
def test_a_bad_janitor_setting_names_the_variable_and_what_to_write(name, value):
    with pytest.raises(janitor.JanitorSettingError) as error:
        janitor.load_janitor_settings({name: value})
    text = str(error.value)
    assert name in text and f'"{value}"' in text and "whole" in text and "restart" in text


def test_payments_reconcile_refuses_a_bad_schedule_before_asking_anyone(monkeypatch):
    from click.testing import CliRunner

    from core.cli.main import main

    monkeypatch.setenv(janitor.BACKOFF_ENV, "5,1")
    result = CliRunner().invoke(main, ["payments", "reconcile"])  # refused before the database
    assert result.exit_code == 2 and janitor.BACKOFF_ENV in result.output and "Traceback" not in result.output


async def test_the_janitor_follows_a_configured_schedule(db, platform):
    lost = await card_ready(platform, TIMEOUT)
    assert (await pay(lost.reference, lost.attempt_id, platform=platform, now=NOW)).state == "processing"
    settings = janitor.JanitorSettings(backoff=(timedelta(minutes=10),))
    early = await janitor.reconcile(platform, now=NOW + timedelta(minutes=2), settings=settings)
    assert early.checked == [] and early.waiting == 1  # the default would have asked after one minute
    done = await janitor.reconcile(platform, now=NOW + timedelta(minutes=11), settings=settings)
    assert [c.answer for c in done.checked] == ["paid"]


# -- the customer's side, through the checkout (demo links, the real clock) ---------------------

SECRET = "loose-ends-wire-secret"
_APPS: dict = {}


@pytest.fixture
async def shop(platform, links, tmp_path, monkeypatch):
    """The checkout app (built once per module) with an outbox and the wire processor's secret."""
    from app import create_app
    from tests.test_checkout_pages import SETTINGS

    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "outbox"))
    monkeypatch.setenv("RENEWALS_WIRE_TRANSFER_WEBHOOK_SECRET", SECRET)
    app = _APPS.get(id(platform)) or _APPS.setdefault(
        id(platform), create_app(platform, settings=SETTINGS, manage_database=False))
    async with AsyncTestClient(app=app) as client:
        yield client


@pytest.fixture
async def links(db, catalog):
    """The demo customers' links (as the checkout page tests make them)."""
    from core.checkout.demo import seed_demo_links, store_todays_demo_rates

    now = datetime.now(UTC)
    await store_todays_demo_rates(catalog, now.date())
    return {link.kind: link for link in await seed_demo_links(catalog, now=now, base_url="http://t")}


def sent(tmp_path) -> list:
    from tests.notices_helpers import outbox_messages

    return outbox_messages(tmp_path / "outbox")


def body_of(message) -> str:
    return message.get_body(("plain",)).get_content()


async def choose(client, method: str):
    from tests.test_checkout_pages import csrf

    return await client.post("/checkout/method", data={"method": method, "_csrf_token": csrf(client)})


async def order_of(contract_number: str) -> dict:
    return await RenewalOrder.select().where(RenewalOrder.contract.number == contract_number).first()


async def test_leaving_a_wire_order_for_a_card_withdraws_its_instructions_and_money_still_settles_it(
        shop, links, tmp_path):
    from tests.test_checkout_pages import enter, main_of

    await enter(shop, links["ideal"], **{"Accept-Language": "en"})
    assert (await choose(shop, "wire_transfer")).url.path == "/checkout/offline"
    placed = await order_of(links["ideal"].contract)
    reference = placed["payment_reference"]
    [instructions] = sent(tmp_path)
    assert reference in body_of(instructions)

    card = await choose(shop, "visa")  # back from the order page: pay by card instead
    assert card.url.path.startswith("/pay/cards/card/")
    assert (await choose(shop, "visa")).url.path.startswith("/pay/")  # the form again: no second email
    [_, withdrawn] = sent(tmp_path)
    assert withdrawn["Content-Language"] == "nl"
    contract = links["ideal"].contract
    assert withdrawn["Subject"].strip() == f"Eerdere betaalinstructies voor contract {contract} gelden niet meer"
    text = body_of(withdrawn)
    assert reference in text and "gelden daarom niet meer" in text and "gaat het niet verloren" in text

    # A transfer the customer had already sent arrives for the old reference: it settles the unpaid order.
    switched = await order_of(links["ideal"].contract)
    assert (switched["status"], switched["payment_reference"]) == ("awaiting_payment", reference)
    today = datetime.now(UTC).date()
    outcome = await settle_payment(reference.replace("-", " "), placed_amount(switched), "EUR", received_on=today,
                                   platform=shop.app.state.platform, now=datetime.now(UTC))
    assert outcome.outcome == "settled" and outcome.new_end_date is not None
    card_attempts = await Payment.select().where(Payment.method_id == "visa")
    assert {row["status"] for row in card_attempts} == {"abandoned"}  # the open card form can no longer charge
    page = await shop.get("/checkout")
    assert page.url.path == "/checkout/confirmation" and outcome.order_reference in main_of(page)


def placed_amount(order: dict) -> Decimal:
    from core.orders import records

    return records.from_minor(order["amount_minor"], order["currency"])


async def test_money_for_the_old_reference_after_paying_by_card_is_recorded_for_finance(db, platform):
    view = await order_for(platform, "NL")
    wire = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    ready = await card_ready(platform, view=wire)
    assert (await pay(ready.reference, ready.attempt_id, platform=platform, now=NOW)).state == "paid"
    outcome = await settle_payment(wire.payment_reference, wire.amount, "EUR", received_on=NOW.date(),
                                   platform=platform, now=NOW, source="wire_transfer", event_id="evt-late")
    assert (outcome.outcome, outcome.reason, outcome.order_reference) == ("after_close", "paid", wire.reference)
    detail = await listing.payment_detail(platform, wire.payment_reference, now=NOW)
    assert detail.payment.status == "paid" and detail.order_state == "paid"
    assert (detail.payment.remaining, detail.payment.overpaid) == (0, None)
    assert detail.payment.to_refund == [listing.Sum(wire.amount, "EUR")]  # finance: to refund or apply
    [row] = await listing.payments(platform, now=NOW, status="paid")
    assert row.payment_reference == wire.payment_reference
    assert [(r.outcome, r.reason, r.amount) for r in detail.receipts] == [("after_close", "paid", wire.amount)]
    assert len(await Payment.select().where(Payment.status == "approved")) == 1  # the card's, nothing more


async def test_switching_between_offline_methods_sends_each_new_instructions_once(shop, links, tmp_path):
    from tests.test_checkout_pages import enter

    await enter(shop, links["ideal"], **{"Accept-Language": "en"})
    await choose(shop, "wire_transfer")
    await choose(shop, "wire_transfer")  # the same form again: the same placement, no second email
    assert (await shop.get("/checkout/offline")).status_code == 200  # a reload: none either
    assert len(sent(tmp_path)) == 1
    assert (await choose(shop, "paypal")).url.path == "/checkout/offline"
    await shop.get("/checkout/offline")
    first, second = sent(tmp_path)
    assert "IBAN" in body_of(first) and "PayPal" in body_of(second) and "IBAN" not in body_of(second)
    assert "vervangen de instructies die we u eerder" in body_of(second)
    assert [p.get_content_type() for p in second.iter_attachments()] == ["application/pdf"]
    await choose(shop, "wire_transfer")  # and back: the wire instructions again, once
    assert len(sent(tmp_path)) == 3 and "IBAN" in body_of(sent(tmp_path)[2])


async def test_the_paypal_order_page_links_pay_with_paypal_instead_of_printing_the_url(shop, links):
    """The page printed the whole sandbox URL (819px wide on a phone) run into the next sentence."""
    import re

    from tests.test_checkout_pages import enter

    await enter(shop, links["ideal"], **{"Accept-Language": "en"})
    page = (await choose(shop, "paypal")).text
    [(href, label)] = re.findall(r'<a href="(https://www\.sandbox\.paypal\.com/[^"]+)" class="button">([^<]+)</a>', page)
    assert label == "Pay with PayPal" and "&amp;currency_code=EUR" in href
    text = re.sub(r"<[^>]+>", " ", page)
    assert "sandbox.paypal.com" not in text and "facilitator@vmware.com. The reference RN-" in text
    assert "Betalen met PayPal" in (await shop.get("/checkout/offline?lang=nl")).text

async def test_the_instructions_pdf_is_dated_with_the_pay_by_day(db, platform, translator, tmp_path):
    import io

    from pypdf import PdfReader

    from core import i18n
    from core.offline.emails import send_order_email
    from core.notices.settings import load_mail_settings
    from core.notices.transports import OutboxTransport
    from core.renewals.quote_store import load_quote
    from tests.notices_helpers import outbox_messages, settings_env

    view = await order_for(platform, "NL", valid_for=timedelta(days=2))  # the quote version: 2 days
    placed = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    assert (await send_order_email("instructions", placed.reference, platform=platform, translator=translator,
                                   settings=load_mail_settings(settings_env(tmp_path)),
                                   transport=OutboxTransport(tmp_path), base_url="https://renew.example",
                                   now=NOW)).sent == 1
    [message] = outbox_messages(tmp_path)
    [pdf] = message.iter_attachments()
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_content())).pages)
    pay_by = i18n.day(placed.expires_at.date(), "nl", country="NL")
    quote_end = i18n.day((await load_quote(placed.quote_id)).valid_until.date(), "nl", country="NL")
    assert f"Uiterste betaaldatum: {pay_by}" in text and pay_by in body_of(message)
    assert quote_end not in text and "Geldig tot" not in text


async def test_a_card_payment_the_janitor_found_failed_is_explained_on_the_review_step(shop, links):
    from tests.test_checkout_pages import enter, main_of, pay_by_card

    await enter(shop, links["card"], **{"Accept-Language": "en"})
    waiting = await pay_by_card(shop, ERROR)
    assert waiting.url.path == "/checkout/processing"
    review = await shop.get("/checkout/review")
    assert review.url.path == "/checkout/processing"
    done = await janitor.reconcile(shop.app.state.platform, now=datetime.now(UTC) + timedelta(minutes=2))
    assert [c.answer for c in done.checked] == ["failed"]
    back = await shop.get("/checkout/processing")  # the page's own refresh
    assert back.url.path == "/checkout/review"
    assert "Your last payment was not completed and no money was taken. Please choose a payment method again." \
        in main_of(back)
    korean = await shop.get("/checkout/review?lang=ko")
    assert "마지막 결제가 완료되지 않았으며" in korean.text
    state = (await shop.get("/api/checkout")).json()  # the JSON API says it too, in the picked language
    assert state["page"] == "review" and state["notice"].startswith("마지막 결제가 완료되지 않았으며")
    again = await choose(shop, "visa")  # choosing again: the notice is gone
    assert again.url.path.startswith("/pay/")
    assert "not completed" not in main_of(await shop.get("/checkout/review?lang=en"))
    assert (await shop.get("/api/checkout")).json()["notice"] is None


async def test_an_underpaid_order_tells_the_customer_what_arrived_and_what_is_due(shop, links, tmp_path):
    import json

    from core import i18n
    from core.offline.notify import SIGNATURE_HEADER, sign
    from tests.test_checkout_pages import enter, main_of

    await enter(shop, links["ideal"], **{"Accept-Language": "en"})
    await choose(shop, "wire_transfer")
    order = await order_of(links["ideal"].contract)
    due = placed_amount(order)
    body = json.dumps({"event_id": "evt-part", "reference": order["payment_reference"], "amount": "10.00",
                       "currency": "EUR", "received_on": datetime.now(UTC).date().isoformat()}).encode()
    answer = await shop.post("/pay/wire_transfer/notify", content=body, headers={
        "content-type": "application/json", SIGNATURE_HEADER: sign(body, SECRET.encode())})
    assert answer.json()["outcome"] == "underpaid"
    answer = await shop.get("/checkout")
    page = main_of(answer)
    received, remaining = (i18n.money(value, "EUR", "en", country="NL") for value in (Decimal(10), due - 10))
    assert f"We have received {received} for this order. Still due: {remaining}." in page
    assert f"Transfer {remaining} to " in page  # the instructions ask for the rest, never the total again
    assert f"Transfer {i18n.money(due, 'EUR', 'en', country='NL')}" not in page
    assert "Change payment option" not in answer.text  # money arrived: the rest comes the same way
    switched = await choose(shop, "ideal")  # a form kept open from before: it cannot switch now
    assert switched.url.path == "/checkout/offline"
    assert (await order_of(links["ideal"].contract))["status"] == "pending_offline"
    assert not await Payment.select().where(Payment.method_id == "ideal")  # nothing charged the full amount
    underpaid = [m for m in sent(tmp_path) if "Een deel van uw betaling" in m["Subject"]]
    dutch = {value: i18n.money(value, "EUR", "nl", country="NL") for value in (Decimal(10), due - 10)}
    assert len(underpaid) == 1 and order["payment_reference"] in body_of(underpaid[0])
    assert f"We hebben {dutch[Decimal(10)]} ontvangen voor bestelling {order['reference']}. " \
           f"Nog te betalen: {dutch[due - 10]}." in body_of(underpaid[0])
    again = await shop.post("/pay/wire_transfer/notify", content=body, headers={
        "content-type": "application/json", SIGNATURE_HEADER: sign(body, SECRET.encode())})
    assert again.json()["outcome"] == "duplicate"
    assert len([m for m in sent(tmp_path) if "Een deel van uw betaling" in m["Subject"]]) == 1  # a replay: no mail


async def test_the_daily_run_owes_an_underpayment_email_until_it_is_sent_once(db, platform, translator, tmp_path):
    from core.notices.settings import load_mail_settings
    from core.notices.transports import OutboxTransport
    from core.offline.emails import owed, send_order_email
    from tests.notices_helpers import settings_env

    view = await order_for(platform, "NL")
    placed = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    assert await owed("underpaid") == []
    await settle_payment(placed.payment_reference, "10.00", "EUR", received_on=NOW.date(), platform=platform, now=NOW)
    [(reference, occasion)] = await owed("underpaid")  # the operator's settle could not mail: the daily run will
    assert reference == placed.reference
    options = {"platform": platform, "translator": translator, "settings": load_mail_settings(settings_env(tmp_path)),
               "transport": OutboxTransport(tmp_path), "base_url": "https://renew.example", "now": NOW}
    assert (await send_order_email("underpaid", reference, occasion=occasion, **options)).sent == 1
    assert await owed("underpaid") == [] and (await send_order_email("underpaid", reference, **options)).sent == 0
    await settle_payment(placed.payment_reference, placed.amount - 10, "EUR", received_on=NOW.date(),
                         platform=platform, now=NOW)
    assert await owed("underpaid") == []  # settled: nothing short to report any more


async def test_once_money_arrived_the_customer_cannot_switch_method_and_the_rest_is_asked_for(db, platform):
    from core.orders import MethodNotOffered, offline_instructions

    view = await order_for(platform, "NL")
    wire = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    part = (wire.amount / 2).quantize(Decimal("0.01"))
    await settle_payment(wire.payment_reference, part, "EUR", received_on=NOW.date(), platform=platform, now=NOW)
    with pytest.raises(MethodNotOffered) as refused:
        await choose_method(view.reference, "ideal", platform=platform, now=NOW, return_url="/checkout")
    assert refused.value.arguments == {"method": "ideal", "reason": "money-received"}
    again = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    assert (again.state, again.received, again.to_pay) == ("pending_offline", part, wire.amount - part)
    answer = offline_instructions(again, platform, "VMware International Limited")
    assert answer is not None
    [row] = await listing.payments(platform, now=NOW, order_reference=view.reference)
    assert (row.status, row.received, row.remaining, row.to_refund) == (
        "underpaid", part, wire.amount - part, [])


async def test_part_of_the_money_for_a_switched_order_puts_it_back_on_the_offline_method(db, platform):
    view = await order_for(platform, "NL")
    wire = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    ready = await card_ready(platform, view=wire)  # the customer went on to the card form
    outcome = await settle_payment(wire.payment_reference, "10.00", "EUR", received_on=NOW.date(),
                                   platform=platform, now=NOW)
    assert outcome.outcome == "underpaid"
    back = await listing.payment_detail(platform, wire.payment_reference, now=NOW)
    assert (back.order_state, back.payment.method_id, back.payment.remaining) == (
        "pending_offline", "wire_transfer", wire.amount - 10)
    card = await Payment.select().where(Payment.attempt_id == ready.attempt_id).first()
    assert card["status"] == "abandoned"  # the card form can no longer charge the full amount on top
    assert (await pay(ready.reference, ready.attempt_id, platform=platform, now=NOW)).state == "pending_offline"


async def test_money_refused_for_its_currency_is_listed_for_finance_to_refund(db, platform):
    view = await order_for(platform, "NL")
    wire = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    outcome = await settle_payment(wire.payment_reference, "100.00", "USD", received_on=NOW.date(),
                                   platform=platform, now=NOW)
    assert (outcome.outcome, outcome.reason) == ("rejected", "currency_mismatch")
    [row] = await listing.payments(platform, now=NOW, order_reference=view.reference)
    assert (row.status, row.received, row.to_refund) == ("pending", 0, [listing.Sum(Decimal(100), "USD")])


async def test_money_received_before_the_order_was_placed_is_refused_with_both_days(db, platform):
    from datetime import date

    from core.db.tables import OfflineSettlement
    from core.offline.settle import ReceiptBeforeOrder

    view = await order_for(platform, "NL")
    wire = await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW, return_url="/checkout")
    with pytest.raises(ReceiptBeforeOrder) as refused:
        await settle_payment(wire.payment_reference, wire.amount, "EUR", received_on=date(2020, 1, 1),
                             platform=platform, now=NOW)
    assert "2020-01-01" in str(refused.value) and NOW.date().isoformat() in str(refused.value)
    assert not await OfflineSettlement.select()  # nothing recorded
    day_before = await settle_payment(wire.payment_reference, wire.amount, "EUR",  # a bank in an earlier zone
                                      received_on=NOW.date() - timedelta(days=1), platform=platform, now=NOW)
    assert day_before.outcome == "settled"


async def test_show_names_the_method_the_reference_was_issued_for_and_what_paid_the_order(db, platform):
    from core.cli.payments import show_rows

    view = await order_for(platform, "US")
    check = await choose_method(view.reference, "check", platform=platform, now=NOW, return_url="/checkout")
    ready = await card_ready(platform, view=check)  # the customer switched to a card and paid
    assert (await pay(ready.reference, ready.attempt_id, platform=platform, now=NOW)).state == "paid"
    detail = await listing.payment_detail(platform, check.payment_reference, now=NOW)
    fields = dict(show_rows(detail))
    assert (fields["method"], fields["paid_with"], fields["order_state"]) == ("check", "visa", "paid")
    pending = await order_for(platform, "US")
    placed = await choose_method(pending.reference, "check", platform=platform, now=NOW, return_url="/checkout")
    fields = dict(show_rows(await listing.payment_detail(platform, placed.payment_reference, now=NOW)))
    assert (fields["method"], fields["paid_with"]) == ("check", None)  # nothing paid it yet


@pytest.mark.parametrize(("count", "text"), [(1, "Checked 1 payment in doubt"), (2, "Checked 2 payments in doubt")])
def test_reconcile_and_expire_counts_read_as_english_plurals(count, text):
    from core.operator_text import operator_text

    summary = operator_text("payments-reconciled", checked=count, waiting=count, paid=0, failed=0, unknown=count)
    assert summary.startswith(text + " (0 paid, 0 failed,")
    assert summary.endswith("1 waits for its next check." if count == 1 else "2 wait for their next check.")
    expired = operator_text("payments-expired", count=count, day="2026-11-25")
    assert expired == ("Expired 1 offline order past its payment window on 2026-11-25." if count == 1 else
                       "Expired 2 offline orders past their payment window on 2026-11-25.")
