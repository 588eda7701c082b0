"""One test per hook, through the installed plugins exactly as the core calls them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.catalog import collect
from core.model import (
    AuthorizationRequest,
    Currency,
    LocaleResource,
    OfflineRequest,
    PaymentMethod,
    PriceList,
    Region,
    SettlementNotice,
    TokenizeRequest,
)
from core.settlement import reference_is_valid


@pytest.fixture(scope="module")
def hook(platform, tmp_path_factory):
    """Processor sandboxes keep their state in the platform database: a fresh SQLite one here."""
    import asyncio

    from piccolo.engine.sqlite import SQLiteEngine
    from piccolo.table import create_db_tables

    from core.db import session
    from core.db.tables import TABLES, create_unique_indexes

    session.bind(SQLiteEngine(path=str(tmp_path_factory.mktemp("hooks") / "renewals.sqlite")))

    async def create() -> None:
        await create_db_tables(*TABLES, if_not_exists=True)
        await create_unique_indexes()

    asyncio.run(create())
    return platform.plugins.hook


def card(method: str, number: str, cvc: str = "123") -> TokenizeRequest:
    return TokenizeRequest(method_id=method, number=number, expiry_month=12, expiry_year=2030, cvc=cvc,
                           holder="Ada Lovelace")


def charge(token: str, key: str, method: str = "visa", amount: str = "1234.50") -> AuthorizationRequest:
    return AuthorizationRequest(method_id=method, token=token, amount=Decimal(amount), currency="USD",
                                order_reference="ORD-1", idempotency_key=key)


def test_hook_register_payment_methods(platform):
    methods = [c.item for c in collect(platform.plugins, "register_payment_methods")]
    assert all(isinstance(m, PaymentMethod) for m in methods)
    assert len(methods) == 15 and len({m.id for m in methods}) == 15


def test_hook_register_currencies(platform):
    currencies = [c.item for c in collect(platform.plugins, "register_currencies")]
    assert all(isinstance(c, Currency) for c in currencies)
    assert len({c.code for c in currencies}) == 29


def test_hook_register_regions(platform):
    regions = [c.item for c in collect(platform.plugins, "register_regions")]
    assert all(isinstance(r, Region) for r in regions)
    assert {r.id for r in regions} == {"north_america", "apj", "emea", "latam"}


def test_hook_register_price_lists(platform):
    lists = [c.item for c in collect(platform.plugins, "register_price_lists")]
    assert all(isinstance(p, PriceList) for p in lists)
    assert all(isinstance(item.price, Decimal) for p in lists for item in p.items)


def test_hook_register_locales(platform):
    resources = [c.item for c in collect(platform.plugins, "register_locales")]
    assert all(isinstance(r, LocaleResource) for r in resources)
    assert {(r.channel, r.code) for r in resources} >= {("web", "ar"), ("email", "es-419")}


def test_hook_tokenize_card(hook):
    ok = hook.tokenize_card(request=card("visa", "4111 1111 1111 1111"))
    assert ok.token and ok.last4 == "1111" and ok.error is None
    assert "4111111111111111" not in repr(ok)
    assert hook.tokenize_card(request=card("visa", "4111111111111112")).error == "invalid_number"
    assert hook.tokenize_card(request=card("visa", "5555555555554444")).error == "brand_mismatch"
    assert hook.tokenize_card(request=card("ideal", "4111111111111111")) is None  # not a card method
    assert "4111111111111111" not in repr(card("visa", "4111111111111111"))


def test_hook_authorize_payment(hook):
    token = hook.tokenize_card(request=card("visa", "4111111111111111")).token
    approved = hook.authorize_payment(request=charge(token, "key-approve"))
    assert approved.status == "approved" and approved.processed_amount == Decimal("1234.50")
    assert hook.authorize_payment(request=charge(token, "key-approve")) == approved  # replay, no second charge
    declined_token = hook.tokenize_card(request=card("visa", "4000000000000002")).token
    declined = hook.authorize_payment(request=charge(declined_token, "key-decline"))
    assert (declined.status, declined.unified_code) == ("declined", "do_not_honor")
    error_token = hook.tokenize_card(request=card("visa", "4000000000000119")).token
    assert hook.authorize_payment(request=charge(error_token, "key-error")).status == "error"
    ideal = hook.authorize_payment(request=AuthorizationRequest(
        method_id="ideal", token="ideal-approve", amount=Decimal("10.00"), currency="EUR",
        order_reference="ORD-2", idempotency_key="key-ideal"))
    assert ideal.status == "approved"
    assert hook.authorize_payment(request=charge("x", "key-wire", method="wire_transfer")) is None


def test_hook_offline_instructions(hook):
    request = OfflineRequest(method_id="wire_transfer", order_reference="ORD-2026-0001", amount=Decimal("99.00"),
                             currency="EUR", country="DE", seller="VMware International Limited")
    answer = hook.offline_instructions(request=request)
    assert answer.message_id == "offline-instructions-wire_transfer"
    assert {"beneficiary", "iban", "bic"} <= set(answer.arguments)
    assert reference_is_valid(answer.payment_reference)
    check = hook.offline_instructions(request=OfflineRequest(
        method_id="check", order_reference="ORD-7", amount=Decimal("5.00"), currency="USD", country="US",
        seller="VMware, Inc."))
    assert check.message_id == "offline-instructions-check" and check.arguments["payee"] == "VMware, Inc."
    assert hook.offline_instructions(request=OfflineRequest(
        method_id="visa", order_reference="ORD-8", amount=Decimal("5.00"), currency="USD", country="US",
        seller="VMware, Inc.")) is None


def test_hook_settle_offline_payment(hook):
    def notice(amount: str, currency: str = "EUR") -> SettlementNotice:
        return SettlementNotice(method_id="wire_transfer", payment_reference="RN-X", amount=Decimal(amount),
                                currency=currency, received_on=date(2026, 12, 1),
                                expected_amount=Decimal("100.00"), expected_currency="EUR")

    assert hook.settle_offline_payment(notice=notice("100.00")).status == "settled"
    short = hook.settle_offline_payment(notice=notice("99.99"))
    assert (short.status, short.reason) == ("underpaid", "amount_short")
    assert hook.settle_offline_payment(notice=notice("100.00", "USD")).reason == "currency_mismatch"


def test_offline_method_refuses_what_it_cannot_take(hook):
    from core.payments import OfflineMethodRefused

    with pytest.raises(OfflineMethodRefused) as refused:
        hook.offline_instructions(request=OfflineRequest(
            method_id="paynearme", order_reference="ORD-9", amount=Decimal("1500.01"), currency="USD",
            country="US", seller="VMware, Inc."))
    assert "paynearme" in str(refused.value) and "limits" in str(refused.value)


def test_redirect_sandbox_refuses_a_reused_idempotency_key(hook):
    def pay(amount: str):
        return hook.authorize_payment(request=AuthorizationRequest(
            method_id="alipay", token="alipay-approve", amount=Decimal(amount), currency="CNY",
            order_reference="ORD-10", idempotency_key="key-alipay-reuse"))

    first = pay("100.00")
    assert first.status == "approved" and pay("100.00") == first
    assert pay("999.00").unified_code == "idempotency_key_reused"
