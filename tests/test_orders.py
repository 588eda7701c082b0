"""Orders and payments on SQLite and PostgreSQL: the state machine, charge once, renew once."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import msgspec
import pytest
from piccolo.engine.postgres import PostgresEngine
from renewal_payment_cards import sandbox

from core.db.tables import Contract, ContractLine, Payment, RenewalLink, RenewalOrder
from core.links import issue_link, resolve_link
from core.orders import (
    IllegalTransition,
    QuoteNotPayable,
    choose_method,
    open_order,
    order_view,
    pay,
)
from core.orders.states import ORDER_TRANSITIONS, PAGE, PAYMENT_TRANSITIONS, check
from tests.orders_helpers import APPROVE, DECLINE, ERROR, NOW, TIMEOUT, card_ready, contract_with_quote, order_for


async def contract_row(number: str) -> dict:
    return await Contract.select().where(Contract.number == number).first()


async def payments_of(reference: str) -> list[dict]:
    return await Payment.select().where(Payment.order.reference == reference).order_by(Payment.id)


def charges_of(reference: str) -> list:
    return [charge for charge in sandbox.charges() if charge.order_reference == reference]


# --- the state machine -----------------------------------------------------------


def test_every_state_has_a_page_and_terminal_states_allow_nothing():
    assert set(PAGE) == set(ORDER_TRANSITIONS)
    for state in ("paid", "settled", "expired"):
        assert not ORDER_TRANSITIONS[state]
    assert check("awaiting_payment", "processing") == "processing"
    assert check("processing", "declined") == "declined"
    assert check("declined", "choosing_method") == "choosing_method"


@pytest.mark.parametrize("current, following", [
    ("choosing_method", "paid"),          # never paid without a processor's approval
    ("processing", "choosing_method"),    # money may be on its way: no second method
    ("paid", "processing"),
    ("expired", "awaiting_payment"),
    ("declined", "paid"),
])
def test_refused_order_transitions(current, following):
    with pytest.raises(IllegalTransition) as refused:
        check(current, following)
    assert current in str(refused.value) and following in str(refused.value)


def test_refused_payment_transitions():
    with pytest.raises(IllegalTransition):
        check("approved", "authorizing", PAYMENT_TRANSITIONS)
    with pytest.raises(IllegalTransition):
        check("declined", "approved", PAYMENT_TRANSITIONS)
    assert check("unknown", "authorizing", PAYMENT_TRANSITIONS) == "authorizing"


# --- paying ------------------------------------------------------------------------


async def test_approval_renews_once_and_records_what_was_processed(db, platform):
    view = await card_ready(platform, APPROVE)
    number = view.contract_number
    before = await contract_row(number)
    link = await issue_link(number, now=NOW, base_url="http://checkout.test")
    paid = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert (paid.state, paid.page) == ("paid", "confirmation")
    after = await contract_row(number)
    assert after["status"] == "renewed" and after["renewed_via"] == "online"
    assert after["end_date"] == date(before["end_date"].year + 1, before["end_date"].month, before["end_date"].day)
    assert paid.new_end_date == after["end_date"]
    assert (paid.processed_amount, paid.processed_currency) == (view.amount, "USD")
    [payment] = await payments_of(view.reference)
    assert payment["status"] == "approved" and payment["processor_reference"].startswith("SBX-")
    assert (await resolve_link(link.token, now=NOW)).revoked_reason == "renewed"
    # the same pay form again, a reload: nothing more happens
    again = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert again.state == "paid" and len(charges_of(view.reference)) == 1
    assert (await contract_row(number))["end_date"] == after["end_date"]


async def test_an_upgrade_to_a_longer_term_moves_the_end_date_by_that_term(db, platform):
    view = await card_ready(platform, APPROVE, term_years=3)
    before = await contract_row(view.contract_number)
    await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    after = await contract_row(view.contract_number)
    assert after["end_date"].year == before["end_date"].year + 3
    lines = await ContractLine.select().where(ContractLine.contract == after["id"])
    assert {line["term_years"] for line in lines} == {3}


async def test_decline_leaves_the_contract_and_lets_the_customer_choose_again(db, platform):
    view = await card_ready(platform, DECLINE)
    before = await contract_row(view.contract_number)
    declined = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert (declined.state, declined.page) == ("declined", "declined")
    assert await contract_row(view.contract_number) == before
    assert charges_of(view.reference) == []
    # a second card in the same order succeeds, and the old form cannot pay
    second = await card_ready(platform, APPROVE, view=declined)
    assert second.reference == view.reference and second.attempt_id != view.attempt_id
    stale = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert stale.state == "awaiting_payment"
    assert (await pay(view.reference, second.attempt_id, platform=platform, now=NOW)).state == "paid"
    assert len(charges_of(view.reference)) == 1


async def test_a_processor_error_is_processing_and_a_retry_never_charges_twice(db, platform):
    view = await card_ready(platform, ERROR)
    first = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert (first.state, first.page) == ("processing", "processing")
    again = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert again.state == "processing" and charges_of(view.reference) == []
    [payment] = await payments_of(view.reference)
    assert payment["status"] == "unknown" and payment["tries"] == 2
    assert (await contract_row(view.contract_number))["status"] == "active"


async def test_a_lost_answer_is_processing_and_the_retry_finds_the_one_charge(db, platform):
    view = await card_ready(platform, TIMEOUT)
    first = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert first.state == "processing" and len(charges_of(view.reference)) == 1
    assert (await contract_row(view.contract_number))["status"] == "active"
    retried = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert retried.state == "paid" and len(charges_of(view.reference)) == 1
    assert (await contract_row(view.contract_number))["status"] == "renewed"


async def test_fifty_concurrent_pay_requests_charge_once_and_renew_once(db, platform):
    """On PostgreSQL through a connection pool, as the app runs: the requests really overlap."""
    view = await card_ready(platform, APPROVE)
    before = await contract_row(view.contract_number)
    if isinstance(db, PostgresEngine):
        await db.start_connection_pool(min_size=2, max_size=10)
    try:
        results = await asyncio.gather(*(pay(view.reference, view.attempt_id, platform=platform, now=NOW)
                                         for _ in range(50)))
    finally:
        if isinstance(db, PostgresEngine):
            await db.close_connection_pool()
    assert {result.state for result in results} <= {"processing", "paid"}
    assert (await order_view(view.reference)).state == "paid"
    assert len(charges_of(view.reference)) == 1
    assert [p["status"] for p in await payments_of(view.reference)] == ["approved"]
    after = await contract_row(view.contract_number)
    assert after["end_date"] == before["end_date"].replace(year=before["end_date"].year + 1)


async def test_paying_after_the_quote_version_expired_requotes_instead_of_charging(db, platform):
    view = await card_ready(platform, APPROVE, valid_for=timedelta(minutes=30))
    late = NOW + timedelta(minutes=31)
    expired = await pay(view.reference, view.attempt_id, platform=platform, now=late)
    assert (expired.state, expired.page) == ("expired", "quote-expired")
    assert charges_of(view.reference) == []
    assert (await contract_row(view.contract_number))["status"] == "active"
    with pytest.raises(QuoteNotPayable):
        await open_order(view.contract_number, view.quote_id, now=late)


async def test_two_tabs_share_one_order_and_a_new_quote_version_replaces_the_unpaid_one(db, platform):
    number, quote_id = await contract_with_quote(platform)
    first = await open_order(number, quote_id, now=NOW)
    second_tab = await open_order(number, quote_id, now=NOW)
    assert second_tab.reference == first.reference
    await choose_method(first.reference, "visa", platform=platform, now=NOW, return_url="/checkout/pay")
    from core.renewals.quote_store import load_quote, store_quote

    stored = await load_quote(quote_id)
    newer = await store_quote(stored.quote, stored.options, now=NOW, valid_until=NOW + timedelta(hours=1))
    moved = await open_order(number, newer.id, now=NOW)
    assert moved.reference == first.reference and moved.quote_id == newer.id and moved.state == "choosing_method"
    assert await RenewalOrder.count().where(RenewalOrder.contract.number == number) == 1


async def test_a_method_the_catalog_does_not_offer_is_refused(db, platform):
    from core.orders import MethodNotOffered

    view = await order_for(platform, "US")
    with pytest.raises(MethodNotOffered) as refused:
        await choose_method(view.reference, "ideal", platform=platform, now=NOW, return_url="/checkout/pay")
    assert "ideal" in str(refused.value)


async def test_an_offline_method_places_the_order_with_a_reference(db, platform):
    from core.orders import offline_instructions
    from core.settlement import reference_is_valid

    view = await order_for(platform, "US")
    placed = await choose_method(view.reference, "check", platform=platform, now=NOW, return_url="/checkout/pay")
    assert (placed.state, placed.page) == ("pending_offline", "offline")
    assert reference_is_valid(placed.payment_reference) and placed.expires_at > NOW
    text = offline_instructions(placed, platform, platform.catalog.countries["US"].seller)
    assert text.message_id == "offline-instructions-check"
    # changing one's mind before the money arrives: a card still works
    card = await card_ready(platform, APPROVE, view=placed)
    assert (await pay(card.reference, card.attempt_id, platform=platform, now=NOW)).state == "paid"


async def test_links_of_the_renewed_term_say_already_renewed(db, platform):
    view = await card_ready(platform, APPROVE)
    await issue_link(view.contract_number, now=NOW, base_url="http://checkout.test")
    await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    links = await RenewalLink.select(RenewalLink.revoked_reason).where(
        RenewalLink.contract.number == view.contract_number)
    assert links and {link["revoked_reason"] for link in links} == {"renewed"}


# --- a processor that answers too late ------------------------------------------------

class SlowPay:
    """A third-party processor that answers after the checkout stopped waiting (fixture plugin)."""

    from core.hookspecs import hookimpl

    method = None

    def __init__(self, seconds: float) -> None:
        from core.model import PaymentMethod
        from core.payments import IdempotentAnswers

        self.seconds = seconds
        self.method = PaymentMethod(id="slowpay", kind="card", flow="instant", countries=frozenset({"US"}))
        self.answers = IdempotentAnswers("slowpay")
        self.decided = 0
        self.calls = 0

    @hookimpl
    def register_payment_methods(self, register):
        register(self.method)

    @hookimpl
    def register_web_routes(self, register):
        from core.model import WebRoutes

        register(WebRoutes(prefix="slowpay", handlers=(), entry={"slowpay": "/{attempt}"}))

    @hookimpl
    def authorize_payment(self, request):
        if request.method_id != "slowpay":
            return None
        import time

        from core.model import AuthorizationResult

        self.calls += 1
        if self.calls == 1:  # slow once (a network hiccup); the retry is answered at once
            time.sleep(self.seconds)

        def decide(request):
            self.decided += 1
            return AuthorizationResult(status="approved", processor_reference="SLOW-1",
                                       processed_amount=request.amount, processed_currency=request.currency)

        return self.answers.answer(request, decide)


async def test_an_answer_later_than_the_time_out_is_processing_then_paid_once(db, monkeypatch):
    from core.orders import payment_returned
    from core.orders.payments import TIMEOUT_ENV
    from core.platform import load_platform
    from tests.conftest import ROOT

    monkeypatch.setenv(TIMEOUT_ENV, "0.2")
    slow = SlowPay(seconds=0.6)
    platform = load_platform(ROOT / "config" / "regions.yaml", extra_plugins=[slow], strict=False)
    view = await order_for(platform, "US")
    view = await choose_method(view.reference, "slowpay", platform=platform, now=NOW, return_url="/checkout")
    await payment_returned(view.attempt_id, platform=platform, token="slow-token", now=NOW)
    waited = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert waited.state == "processing" and (await contract_row(view.contract_number))["status"] == "active"
    await asyncio.sleep(0.8)  # the processor's late answer lands in its store
    later = await pay(view.reference, view.attempt_id, platform=platform, now=NOW + timedelta(minutes=1))
    assert later.state == "paid" and slow.decided == 1
    assert (await contract_row(view.contract_number))["status"] == "renewed"


async def test_the_current_order_is_this_terms_and_a_new_term_starts_fresh(db, platform):
    from core.orders import current_order
    from core.renewals.contracts import find_contract, upsert_contracts

    view = await card_ready(platform, APPROVE)
    assert (await current_order(view.contract_number)).reference == view.reference
    await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert (await current_order(view.contract_number)).page == "confirmation"
    contract = await find_contract(view.contract_number)  # the next import starts a new term
    await upsert_contracts([msgspec.structs.replace(
        contract, end_date=contract.end_date + timedelta(days=400), contacts=("buyer@example.com",))])
    assert await current_order(view.contract_number) is None


async def test_a_partner_renewal_while_the_answer_was_lost_keeps_the_term_and_flags_a_refund(db, platform):
    from core.renewals.contracts import mark_renewed

    view = await card_ready(platform, TIMEOUT)
    assert (await pay(view.reference, view.attempt_id, platform=platform, now=NOW)).state == "processing"
    before = await contract_row(view.contract_number)
    await mark_renewed(view.contract_number, "partner")
    retried = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert retried.state == "paid"  # the money was taken: the order says so
    after = await contract_row(view.contract_number)
    assert (after["end_date"], after["renewed_via"]) == (before["end_date"], "partner")
    [payment] = await payments_of(view.reference)
    assert (payment["status"], payment["unified_code"]) == ("approved", "renewed_elsewhere")
