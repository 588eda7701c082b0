"""Shared set-up for the order and payment tests: a real contract, a stored quote, an order.

Everything goes through the real parts: the contract import's upsert, the one
quote engine, the stored quote versions and the installed payment plugins.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta

from core.model import TokenizeRequest
from core.orders import choose_method, open_order, payment_returned
from core.renewals.contracts import ContractData, LineData, upsert_contracts
from core.renewals.quote_store import store_quote
from core.renewals.quotes import QuoteOptions, quote_contract

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
APPROVE = "4111111111111111"
DECLINE = "4000000000000002"
ERROR = "4000000000000119"
TIMEOUT = "4000000000000267"
TEST_CARDS = (APPROVE, DECLINE, ERROR, TIMEOUT, "4000000000009995", "5555555555554444")


async def contract_with_quote(platform, country: str = "US", *, end: date = date(2026, 12, 20),
                              valid_for: timedelta = timedelta(hours=2), currency: str | None = None,
                              term_years: int | None = None) -> tuple[str, int]:
    """A fresh eligible contract in ``country`` and a stored quote for it: (number, quote id)."""
    catalog = platform.catalog
    entry = catalog.countries[country]
    prices = catalog.price_list_for(country, entry.currency_on(NOW.date()))
    item = min((i for i in prices.items if i.term_years == 1 and i.service_level == prices.service_levels[0]),
               key=lambda i: i.price)
    number = f"T-{country}-{secrets.token_hex(4).upper()}"
    await upsert_contracts([ContractData(
        contract_number=number, customer=f"Customer {number}", country=country, oem=False,
        start_date=end - timedelta(days=365), end_date=end,
        lines=(LineData(sku=item.sku, quantity=1, service_level=item.service_level, term_years=1),),
        contacts=("buyer@example.com",),
    )])
    options = QuoteOptions(on=NOW.date(), currency=currency, term_years=term_years)
    quote = await quote_contract(number, catalog, options)
    assert quote.eligible, quote.reasons
    stored = await store_quote(quote, options, now=NOW, valid_until=NOW + valid_for)
    return number, stored.id


async def order_for(platform, country: str = "US", **options):
    number, quote_id = await contract_with_quote(platform, country, **options)
    return await open_order(number, quote_id, now=NOW)


def tokenize(platform, number: str, method: str = "visa"):
    return platform.plugins.hook.tokenize_card(request=TokenizeRequest(
        method_id=method, number=number, expiry_month=12, expiry_year=2030, cvc="123", holder="Ada Lovelace"))


async def card_ready(platform, card: str = APPROVE, country: str = "US", method: str = "visa", view=None, **options):
    """An order whose card attempt holds a token: the checkout's "pay" page."""
    view = view or await order_for(platform, country, **options)
    view = await choose_method(view.reference, method, platform=platform, now=NOW, return_url="/checkout/pay")
    token = tokenize(platform, card, method)
    returned = await payment_returned(view.attempt_id, platform=platform, token=token.token, last4=token.last4,
                                      brand=token.brand, now=NOW)
    assert returned.view.ready_to_pay and returned.return_url == "/checkout/pay"
    return returned.view
