"""Offline payments on SQLite and PostgreSQL: instructions per seller and language, settlement by
operator and by signed notification (once), under- and overpayment, expiry, the janitor, and
reminders paused while an offline order waits."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from litestar.testing import AsyncTestClient

from core.db.tables import Contract, OfflineSettlement, Payment, RenewalOrder
from core.errors import UnknownCurrency
from core.offline import janitor, listing
from core.offline.expiry import expire_due
from core.offline.notify import SIGNATURE_HEADER, sign
from core.offline.settle import (
    BadPaymentReference,
    BadSettlementAmount,
    EventOfAnotherOrder,
    FutureReceipt,
    SettlementAmountTooLarge,
    parse_amount,
    settle_payment,
)
from core.orders import choose_method, current_order, offline_instructions, open_order, pay
from core.settlement import reference_is_valid
from tests.orders_helpers import ERROR, NOW, TIMEOUT, card_ready, order_for

SECRET = "wire-test-secret"


def web_text(translator, code: str, view, platform) -> str:
    """The instructions as the confirmation page renders them (core.checkout.orders_bridge does the same)."""
    from core import i18n

    seller = platform.catalog.countries[view.country].seller
    answer = offline_instructions(view, platform, seller)
    arguments = dict(answer.arguments) | {
        "amount": i18n.money(view.amount, view.currency, code, country=view.country),
        "reference": view.payment_reference, "due_date": i18n.day(view.expires_at.date(), code, country=view.country)}
    return translator.text("web", code, answer.message_id, **arguments)


async def offline_order(platform, country: str, method: str, locale: str = "en"):
    view = await order_for(platform, country)
    return await choose_method(view.reference, method, platform=platform, now=NOW, return_url="/checkout",
                               locale=locale)


async def contract_of(number: str) -> dict:
    return await Contract.select().where(Contract.number == number).first()


async def order_row(reference: str) -> dict:
    return await RenewalOrder.select().where(RenewalOrder.reference == reference).first()


# -- instructions ------------------------------------------------------------


async def test_dutch_wire_instructions_show_iban_amount_and_reference_in_dutch(db, platform, translator):
    placed = await offline_order(platform, "NL", "wire_transfer", "nl")
    assert (placed.state, placed.page) == ("pending_offline", "offline")
    assert reference_is_valid(placed.payment_reference) and placed.expires_at == NOW + timedelta(days=14)
    text = web_text(translator, "nl", placed, platform)
    assert "Maak" in text and "over naar VMware International Limited" in text
    assert "IE73 SBOX 9900 1112 3456 78" in text and "SBOXIE2D" in text
    assert placed.payment_reference in text and "€" in text and "referentienummer" in text


async def test_us_check_and_wire_show_the_us_address_and_aba_details_in_english(db, platform, translator):
    check = await offline_order(platform, "US", "check")
    text = web_text(translator, "en", check, platform)
    assert "payable to VMware, Inc." in text and "Palo Alto, CA 94304, United States" in text
    assert check.payment_reference in text and "$" in text
    assert check.expires_at == NOW + timedelta(days=30)
    wire = await offline_order(platform, "US", "wire_transfer")
    text = web_text(translator, "en", wire, platform)
    assert "ABA routing number 123456780" in text and "account number 000123456789" in text
    assert "IBAN" not in text and wire.payment_reference in text


async def test_paypal_gives_a_sandbox_pay_link_and_paynearme_a_pay_code(db, platform, translator):
    paypal = await offline_order(platform, "DE", "paypal", "de")
    text = web_text(translator, "de", paypal, platform)
    link = offline_instructions(paypal, platform, "VMware International Limited").arguments["link"]
    assert link.startswith("https://www.sandbox.paypal.com/cgi-bin/webscr?")
    assert "sandbox.paypal.com" not in text and "renewals-intl-facilitator@vmware.com. Die Referenz" in text
    assert paypal.expires_at == NOW + timedelta(days=7)
    cash = await offline_order(platform, "US", "paynearme")
    assert cash.payment_reference in web_text(translator, "en", cash, platform)
    assert cash.expires_at == NOW + timedelta(days=7)


# -- settlement ---------------------------------------------------------------


async def test_operator_settles_the_exact_amount_once_and_the_contract_renews(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    before = await contract_of(placed.contract_number)
    typed = placed.payment_reference.lower().replace("-", " ")  # as a clerk may type it
    done = await settle_payment(typed, str(placed.amount), placed.currency, received_on=date(2026, 11, 25),
                                platform=platform, now=NOW)
    assert done.outcome == "settled" and done.overpaid is None and done.remaining == 0
    after = await contract_of(placed.contract_number)
    assert (after["status"], after["renewed_via"]) == ("renewed", "online")
    assert after["end_date"] == before["end_date"].replace(year=before["end_date"].year + 1)
    assert (await current_order(placed.contract_number)).state == "settled"
    again = await settle_payment(placed.payment_reference, placed.amount, placed.currency,
                                 received_on=date(2026, 11, 25), platform=platform, now=NOW)
    assert again.outcome == "duplicate"
    assert (await contract_of(placed.contract_number))["end_date"] == after["end_date"]
    assert len(await Payment.select().where(Payment.status == "approved")) == 1


async def test_an_underpayment_stays_pending_and_the_rest_settles_it(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    part = placed.amount - Decimal("10.00")
    short = await settle_payment(placed.payment_reference, part, "EUR", received_on=date(2026, 11, 25),
                                 platform=platform, now=NOW)
    assert (short.outcome, short.remaining) == ("underpaid", Decimal("10.00"))
    assert (await order_row(placed.reference))["status"] == "pending_offline"
    assert (await contract_of(placed.contract_number))["status"] == "active"
    [row] = await listing.payments(platform, now=NOW, status="underpaid")
    assert (row.order_reference, row.received, row.remaining) == (placed.reference, part, Decimal("10.00"))
    rest = await settle_payment(placed.payment_reference, "10.00", "EUR", received_on=date(2026, 11, 25),
                                platform=platform, now=NOW)
    assert rest.outcome == "settled" and rest.received == placed.amount
    assert (await contract_of(placed.contract_number))["status"] == "renewed"


async def test_an_overpayment_settles_and_is_recorded_for_a_refund(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    done = await settle_payment(placed.payment_reference, placed.amount + Decimal("25.50"), "EUR",
                                received_on=date(2026, 11, 25), platform=platform, now=NOW)
    assert done.outcome == "settled" and done.overpaid == Decimal("25.50")
    [row] = await listing.payments(platform, now=NOW, status="settled")
    assert row.overpaid == Decimal("25.50")
    detail = await listing.payment_detail(platform, placed.payment_reference, now=NOW)
    assert [r.outcome for r in detail.receipts] == ["settled"] and detail.new_end_date is not None


async def test_another_currency_or_a_bad_reference_or_amount_is_refused_with_a_reason(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    other = await settle_payment(placed.payment_reference, placed.amount, "USD", received_on=date(2026, 11, 25),
                                 platform=platform, now=NOW)
    assert (other.outcome, other.reason) == ("rejected", "currency_mismatch")
    assert (await order_row(placed.reference))["status"] == "pending_offline"
    broken = placed.payment_reference[:-1] + ("X" if placed.payment_reference[-1] != "X" else "Y")
    with pytest.raises(BadPaymentReference) as error:
        await settle_payment(broken, "1.00", "EUR", received_on=NOW.date(), platform=platform, now=NOW)
    assert broken in str(error.value) and "check character" in str(error.value)
    with pytest.raises(BadSettlementAmount) as error:
        await settle_payment(placed.payment_reference, "12.345", "EUR", received_on=NOW.date(), platform=platform,
                             now=NOW)
    assert "(at most 2)" in str(error.value)
    with pytest.raises(BadSettlementAmount):  # a decimal comma is refused, never read as 123450
        await settle_payment(placed.payment_reference, "1234,50", "EUR", received_on=NOW.date(), platform=platform,
                             now=NOW)
    with pytest.raises(UnknownCurrency):
        await settle_payment(placed.payment_reference, "1.00", "EURO", received_on=NOW.date(), platform=platform,
                             now=NOW)
    with pytest.raises(FutureReceipt) as error:
        await settle_payment(placed.payment_reference, "1.00", "EUR", received_on=date(2027, 1, 1),
                             platform=platform, now=NOW)
    assert "2027-01-01" in str(error.value) and "--received-on" in str(error.value)
    second = await offline_order(platform, "NL", "wire_transfer")
    await settle_payment(placed.payment_reference, "1.00", "EUR", received_on=NOW.date(), platform=platform, now=NOW,
                         event_id="line-7")
    with pytest.raises(EventOfAnotherOrder) as error:
        await settle_payment(second.payment_reference, "1.00", "EUR", received_on=NOW.date(), platform=platform,
                             now=NOW, event_id="line-7")
    assert placed.reference in str(error.value)


# -- signed notifications ------------------------------------------------------


def notification(placed, event_id: str, amount=None, secret: str = SECRET, timestamp: int | None = None):
    body = json.dumps({"event_id": event_id, "reference": placed.payment_reference,
                       "amount": str(amount if amount is not None else placed.amount), "currency": placed.currency,
                       "received_on": "2026-11-25"}).encode()
    return body, {"content-type": "application/json", SIGNATURE_HEADER: sign(body, secret.encode(), timestamp)}


_APPS: dict = {}


@pytest.fixture
async def notify_client(platform, monkeypatch):
    """A client of the payment routes; the app is built once per module (building it is the slow part)."""
    from tests.payment_app import build, running_from

    monkeypatch.setenv("RENEWALS_WIRE_TRANSFER_WEBHOOK_SECRET", SECRET)
    app = _APPS.get(id(platform)) or _APPS.setdefault(id(platform), build(platform, clock=running_from(NOW)))
    async with AsyncTestClient(app=app) as client:
        yield client


async def test_a_signed_notification_renews_once_a_replay_changes_nothing_a_bad_signature_is_refused(
        db, platform, notify_client):
    placed = await offline_order(platform, "NL", "wire_transfer")
    body, headers = notification(placed, "evt-1", secret="not-the-secret")
    refused = await notify_client.post("/pay/wire_transfer/notify", content=body, headers=headers)
    assert refused.status_code == 401 and (await order_row(placed.reference))["status"] == "pending_offline"
    body, headers = notification(placed, "evt-1", timestamp=1_000_000_000)  # signed long ago
    assert (await notify_client.post("/pay/wire_transfer/notify", content=body, headers=headers)).status_code == 401
    assert await OfflineSettlement.count() == 0
    body, headers = notification(placed, "evt-1")
    first = await notify_client.post("/pay/wire_transfer/notify", content=body, headers=headers)
    assert first.status_code == 200 and first.json()["outcome"] == "settled"
    renewed = await contract_of(placed.contract_number)
    assert renewed["status"] == "renewed"
    replay = await notify_client.post("/pay/wire_transfer/notify", content=body, headers=headers)
    assert replay.status_code == 200 and replay.json()["outcome"] == "duplicate"
    operator = await settle_payment(placed.payment_reference, placed.amount, placed.currency,
                                    received_on=date(2026, 11, 25), platform=platform, now=NOW)
    assert operator.outcome == "duplicate"  # the same money, reported by the bank and then by finance
    assert (await contract_of(placed.contract_number))["end_date"] == renewed["end_date"]
    assert await OfflineSettlement.count() == 1


async def test_a_notification_for_another_methods_order_or_without_a_secret_changes_nothing(
        db, platform, notify_client, monkeypatch):
    placed = await offline_order(platform, "NL", "wire_transfer")
    monkeypatch.setenv("RENEWALS_PAYPAL_WEBHOOK_SECRET", SECRET)
    body, headers = notification(placed, "evt-9")
    wrong = await notify_client.post("/pay/paypal/notify", content=body, headers=headers)
    assert wrong.status_code == 422 and "wire_transfer" in wrong.json()["message"]
    monkeypatch.delenv("RENEWALS_WIRE_TRANSFER_WEBHOOK_SECRET")
    assert (await notify_client.post("/pay/wire_transfer/notify", content=body, headers=headers)).status_code == 503
    assert await OfflineSettlement.count() == 0


# -- expiry ----------------------------------------------------------------------


async def test_an_order_past_its_window_expires_and_the_contract_is_unchanged(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    before = await contract_of(placed.contract_number)
    last_day = placed.expires_at.date()
    assert await expire_due(today=last_day, now=NOW + timedelta(days=14)) == []  # the last day still counts
    [expired] = await expire_due(today=last_day + timedelta(days=1), now=NOW + timedelta(days=15))
    assert expired.order_reference == placed.reference
    assert (await order_row(placed.reference))["status"] == "expired"
    assert await contract_of(placed.contract_number) == before
    assert await current_order(placed.contract_number) is None  # the customer can start again
    again = await open_order(placed.contract_number, placed.quote_id, now=NOW)
    assert again.reference != placed.reference and again.state == "choosing_method"
    late = await settle_payment(placed.payment_reference, placed.amount, "EUR", received_on=last_day,
                                platform=platform, now=NOW + timedelta(days=16))
    assert (late.outcome, late.reason) == ("after_close", "expired")
    assert (await contract_of(placed.contract_number))["status"] == "active"


# -- the janitor -----------------------------------------------------------------


async def test_the_janitor_turns_a_lost_card_answer_into_paid_and_an_error_into_failed(db, platform):
    lost = await card_ready(platform, TIMEOUT)
    error = await card_ready(platform, ERROR)
    for view in (lost, error):
        assert (await pay(view.reference, view.attempt_id, platform=platform, now=NOW)).state == "processing"
    early = await janitor.reconcile(platform, now=NOW + timedelta(seconds=30))
    assert early.checked == [] and early.waiting == 2  # the first check is a minute after the payment
    assert len(await listing.payments(platform, now=NOW, status="in_doubt")) == 2
    done = await janitor.reconcile(platform, now=NOW + timedelta(minutes=2))
    assert sorted(c.answer for c in done.checked) == ["failed", "paid"]
    assert (await contract_of(lost.contract_number))["status"] == "renewed"
    assert (await order_row(lost.reference))["status"] == "paid"
    assert (await contract_of(error.contract_number))["status"] == "active"
    assert (await order_row(error.reference))["status"] == "choosing_method"
    assert (await janitor.reconcile(platform, now=NOW + timedelta(hours=1))).checked == []


async def test_a_bank_redirect_that_never_returns_stays_in_doubt_and_is_reported_after_the_last_check(db, platform):
    view = await order_for(platform, "NL")
    view = await choose_method(view.reference, "ideal", platform=platform, now=NOW, return_url="/checkout")
    assert view.state == "awaiting_payment"
    moment, answers = NOW, []
    for _ in range(len(janitor.DEFAULTS.backoff)):
        moment += timedelta(days=1)
        answers += (await janitor.reconcile(platform, now=moment)).checked
    assert [c.answer for c in answers] == ["unknown"] * len(janitor.DEFAULTS.backoff) and answers[-1].reported
    [row] = await listing.payments(platform, now=moment, status="in_doubt")
    assert row.reported and row.checks == len(janitor.DEFAULTS.backoff)
    assert (await order_row(view.reference))["status"] == "awaiting_payment"


async def test_hook_payment_status(db, platform):
    """The sandboxes answer the janitor without charging: unseen key failed, lost approval paid, bank unknown."""
    import asyncio

    from core.model import PaymentStatusRequest

    def ask(**fields):
        request = PaymentStatusRequest(**({"method_id": "visa", "attempt_id": "att_none", "idempotency_key": "unseen",
                                           "order_reference": "ORD-NONE", "amount": Decimal("10.00"),
                                           "currency": "USD"} | fields))
        return asyncio.to_thread(platform.plugins.hook.payment_status, request=request)

    assert (await ask()).status == "failed"
    lost = await card_ready(platform, TIMEOUT)
    await pay(lost.reference, lost.attempt_id, platform=platform, now=NOW)
    [payment] = await Payment.select().where(Payment.attempt_id == lost.attempt_id)
    answer = await ask(attempt_id=lost.attempt_id, idempotency_key=payment["idempotency_key"],
                       order_reference=lost.reference, amount=lost.amount, currency=lost.currency)
    assert (answer.status, answer.processed_amount) == ("paid", lost.amount)
    assert (await ask(method_id="ideal", currency="EUR")).status == "unknown"
    assert await ask(method_id="wire_transfer") is None


# -- emails and reminders ------------------------------------------------------------


def mail_setup(translator, outbox):
    from core.notices.settings import load_mail_settings
    from core.notices.transports import OutboxTransport
    from tests.notices_helpers import settings_env

    return translator, load_mail_settings(settings_env(outbox)), OutboxTransport(outbox)


async def test_instructions_and_expiry_emails_reach_the_contacts_in_dutch_once(db, platform, translator, tmp_path):
    from core.offline.emails import owed, send_order_email
    from tests.notices_helpers import outbox_messages

    translator, settings, transport = mail_setup(translator, tmp_path)
    placed = await offline_order(platform, "NL", "wire_transfer", "nl")
    assert [ref for ref, _ in await owed("instructions")] == [placed.reference]  # the daily run would catch it up
    options = {"platform": platform, "translator": translator, "settings": settings, "transport": transport,
               "base_url": "https://renew.example", "now": NOW}
    assert (await send_order_email("instructions", placed.reference, **options)).sent == 1
    assert (await send_order_email("instructions", placed.reference, **options)).sent == 0  # never twice
    [message] = outbox_messages(tmp_path)
    assert message["To"] == "buyer@example.com" and message["Content-Language"] == "nl"
    assert message["Subject"] == f"Betaalinstructies voor contract {placed.contract_number}"
    body = message.get_body(("plain",)).get_content()
    assert "IE73 SBOX 9900 1112 3456 78" in body and placed.payment_reference in body and "€" in body
    assert "Uiterste betaaldatum" in body and "https://renew.example/renew/" in body
    assert f"Contractnummer: {placed.contract_number}\r\n" in body  # label and value joined by email/nl's pattern
    assert [part.get_content_type() for part in message.iter_attachments()] == ["application/pdf"]
    await expire_due(today=placed.expires_at.date() + timedelta(days=1), now=NOW + timedelta(days=15))
    assert (await send_order_email("expired", placed.reference, **options)).sent == 1
    expired = [m for m in outbox_messages(tmp_path) if "verlopen" in m["Subject"]]
    assert len(expired) == 1 and "ongewijzigd" in expired[0].get_body(("plain",)).get_content()


async def test_the_paypal_email_links_a_short_label_and_ends_the_sentence_before_the_reference(
        db, platform, translator, tmp_path):
    """The ~200-character pay URL was the HTML email's plain text: now a link named "Mit PayPal bezahlen"."""
    from core.offline.emails import send_order_email
    from tests.notices_helpers import outbox_messages

    translator, settings, transport = mail_setup(translator, tmp_path)
    placed = await offline_order(platform, "DE", "paypal", "de")
    assert (await send_order_email("instructions", placed.reference, platform=platform, translator=translator,
                                   settings=settings, transport=transport, base_url="https://renew.example",
                                   now=NOW)).sent == 1
    [message] = outbox_messages(tmp_path)
    html = message.get_body(("html",)).get_content()
    assert '<a href="https://www.sandbox.paypal.com/cgi-bin/webscr?cmd=_xclick&amp;' in html
    assert '">Mit PayPal bezahlen</a>' in html and "facilitator@vmware.com. Die Referenz" in html
    plain = message.get_body(("plain",)).get_content()
    assert "Mit PayPal bezahlen: https://www.sandbox.paypal.com/cgi-bin/webscr?" in plain


async def test_concurrent_reports_of_the_same_money_renew_once(db, platform):
    """Five bank notifications (retries with new event ids) racing an operator's settle: one renewal."""
    import asyncio

    placed = await offline_order(platform, "NL", "wire_transfer")
    before = await contract_of(placed.contract_number)
    reports = [settle_payment(placed.payment_reference, placed.amount, "EUR", received_on=date(2026, 11, 25),
                              platform=platform, now=NOW, source="wire_transfer", event_id=f"evt-{i}")
               for i in range(5)]
    reports.append(settle_payment(placed.payment_reference, placed.amount, "EUR", received_on=date(2026, 11, 25),
                                  platform=platform, now=NOW))
    outcomes = sorted(result.outcome for result in await asyncio.gather(*reports))
    assert outcomes == ["duplicate"] * 5 + ["settled"]
    after = await contract_of(placed.contract_number)
    assert after["end_date"] == before["end_date"].replace(year=before["end_date"].year + 1)
    assert len(await Payment.select().where(Payment.status == "approved")) == 1


async def test_the_checkout_sends_the_instructions_at_once_and_a_mail_outage_never_fails_it(
        db, platform, tmp_path, monkeypatch):
    from core.offline.emails import email_now, owed
    from tests.notices_helpers import outbox_messages, settings_env

    for name, value in settings_env(tmp_path / "outbox").items():
        monkeypatch.setenv(name, value)
    placed = await offline_order(platform, "US", "check")
    assert (await email_now("instructions", placed.reference, platform)).sent == 1
    [message] = outbox_messages(tmp_path / "outbox")
    assert "Palo Alto" in message.get_body(("plain",)).get_content() and message["Content-Language"] == "en"
    other = await offline_order(platform, "US", "check")
    monkeypatch.setenv("RENEWALS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("RENEWALS_SMTP_PORT", "9")  # nothing listens: the send fails, the order stands
    assert (await email_now("instructions", other.reference, platform)).failed == 1
    assert (await order_row(other.reference))["status"] == "pending_offline"
    assert [ref for ref, _ in await owed("instructions")] == [other.reference]


@pytest.mark.parametrize("typed", ["1e400", "1e11", "0x10", "+5", "5.", ".5", "1_000", "Infinity"])
def test_a_settlement_amount_in_another_notation_is_refused_not_read(typed):
    with pytest.raises(BadSettlementAmount):
        parse_amount(typed, "EUR")


async def test_a_huge_settlement_amount_is_refused_and_records_nothing(db, platform):
    placed = await offline_order(platform, "NL", "wire_transfer")
    for typed in ("99999999999999999999999999", "1000000000000.00"):  # was an OverflowError traceback
        with pytest.raises(SettlementAmountTooLarge) as error:
            await settle_payment(placed.payment_reference, typed, "EUR", received_on=NOW.date(), platform=platform,
                                 now=NOW)
        assert typed in str(error.value) and "--amount" in str(error.value)
    assert parse_amount("999,999,999,999.99", "EUR") == Decimal("999999999999.99")
    assert (await order_row(placed.reference))["status"] == "pending_offline"
