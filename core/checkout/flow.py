"""The checkout's use of the renewal domain: which quote version the customer sees.

The quote shown is always a stored version (``core.renewals.quote_store``):
the one the reminder carried while it is valid and of the current term,
otherwise a fresh one from the one quote engine, stored before it is shown.
A quote in another currency locks its rate for a short time
(``RENEWALS_CURRENCY_QUOTE_MINUTES``); after that, paying re-quotes instead of
charging an old rate. The web layer calls this module; it never imports the web.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from core.catalog import Catalog
from core.checkout.session import CheckoutSession
from core.renewals.contracts import ContractData, find_contract
from core.renewals.quote_store import StoredQuote, load_quote, store_quote
from core.renewals.quotes import QuoteOptions, quote_contract

SAME_CURRENCY_VALIDITY = timedelta(days=1)


class QuoteChoice(msgspec.Struct, frozen=True):
    """The customer's choices that change the price."""

    upgrade_level: str | None = None
    term_years: int | None = None
    currency: str | None = None


def choice_of(session: CheckoutSession) -> QuoteChoice:
    return QuoteChoice(session.upgrade_level, session.term_years, session.currency)


def _matches(stored: StoredQuote, contract: ContractData, choice: QuoteChoice, now: datetime) -> bool:
    options = stored.options
    quote = stored.quote
    wanted_currency = choice.currency or quote.quote_currency
    return (quote.contract == contract.contract_number
            and (stored.term_end is None or stored.term_end == contract.end_date)
            and now < stored.valid_until
            and (options.upgrade_level or None) == choice.upgrade_level
            and (options.term_years or None) == choice.term_years
            and quote.currency == wanted_currency)


async def current_quote(catalog: Catalog, contract: ContractData, quote_id: int | None, choice: QuoteChoice,
                        now: datetime, fx_minutes: int) -> tuple[StoredQuote, bool]:
    """The stored version to show, and whether the one shown before ran out (so the page says so)."""
    stored = await load_quote(quote_id) if quote_id is not None else None
    if stored is not None and _matches(stored, contract, choice, now):
        return stored, False
    options = QuoteOptions(on=now.date(), currency=choice.currency, upgrade_level=choice.upgrade_level,
                           term_years=choice.term_years)
    quote = await quote_contract(contract.contract_number, catalog, options)
    fx = quote.currency is not None and quote.currency != quote.quote_currency
    valid_until = now + (timedelta(minutes=fx_minutes) if fx else SAME_CURRENCY_VALIDITY)
    fresh = await store_quote(quote, options, now=now, valid_until=valid_until)
    ran_out = stored is not None and choice_from_quote(stored) == choice and now >= stored.valid_until
    return fresh, ran_out


async def contract_for(number: str) -> ContractData | None:
    return await find_contract(number)


def choice_from_quote(stored: StoredQuote) -> QuoteChoice:
    """The choices a reminder's quote was made with, so entering by link keeps them."""
    options = stored.options
    quote = stored.quote
    currency = quote.currency if quote.currency != quote.quote_currency else None
    return QuoteChoice(options.upgrade_level, options.term_years, currency)
