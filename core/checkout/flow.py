"""The checkout's use of the renewal domain: which quote version the customer sees.

The quote shown is always a stored version (``core.renewals.quote_store``):
the one the reminder carried while it is valid and of the current term,
otherwise a fresh one from the one quote engine, stored before it is shown.
A quote in another currency locks its rate for a short time
(``RENEWALS_CURRENCY_QUOTE_MINUTES``); after that, paying re-quotes instead of
charging an old rate. The web layer calls this module; it never imports the web.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

import msgspec

from core.catalog import Catalog
from core.checkout.session import CheckoutSession
from core.db.session import engine
from core.renewals.contracts import ContractData, find_contract
from core.renewals.quote_store import StoredQuote, load_quote, store_quote
from core.renewals.quotes import QuoteOptions, quote_contract

SAME_CURRENCY_VALIDITY = timedelta(days=1)
_KEPT_VERSIONS = 2048
_versions: OrderedDict[int, tuple[object, StoredQuote]] = OrderedDict()


async def stored_version(quote_id: int | None) -> StoredQuote | None:
    """A stored quote version, kept in memory once read: versions are never edited, so any
    worker may keep its copy (a new price or currency is a new version with a new id).

    Kept with the database it came from: an id names a version only in its database (a process
    bound to another one, as each test is, must not be shown a version of the first).
    """
    if quote_id is None:
        return None
    database = engine()
    kept = _versions.get(quote_id)
    if kept is not None and kept[0] is database:
        return kept[1]
    found = await load_quote(quote_id)
    if found is None:
        return None
    _versions[quote_id] = (database, found)
    if len(_versions) > _KEPT_VERSIONS:
        _versions.popitem(last=False)
    return found


class QuoteChoice(msgspec.Struct, frozen=True):
    """The customer's choices that change the price."""

    upgrade_level: str | None = None
    term_years: int | None = None
    currency: str | None = None


def choice_of(session: CheckoutSession) -> QuoteChoice:
    return QuoteChoice(session.upgrade_level, session.term_years, session.currency)


def matches(stored: StoredQuote | None, contract: ContractData, choice: QuoteChoice, now: datetime) -> bool:
    """The stored version may still be shown: same contract and term, not expired, same choices."""
    if stored is None:
        return False
    options = stored.options
    quote = stored.quote
    wanted_currency = choice.currency or quote.quote_currency
    return (quote.contract == contract.contract_number
            and (stored.term_end is None or stored.term_end == contract.end_date)
            and now < stored.valid_until
            and (options.upgrade_level or None) == choice.upgrade_level
            and (options.term_years or None) == choice.term_years
            and quote.currency == wanted_currency)


async def fresh_quote(catalog: Catalog, contract: ContractData, previous: StoredQuote | None, choice: QuoteChoice,
                      now: datetime, fx_minutes: int) -> tuple[StoredQuote, bool]:
    """Quote again and store the version (its own write transaction); also whether ``previous`` ran out."""
    options = QuoteOptions(on=now.date(), currency=choice.currency, upgrade_level=choice.upgrade_level,
                           term_years=choice.term_years)
    quote = await quote_contract(contract.contract_number, catalog, options)
    fx = quote.currency is not None and quote.currency != quote.quote_currency
    valid_until = now + (timedelta(minutes=fx_minutes) if fx else SAME_CURRENCY_VALIDITY)
    fresh = await store_quote(quote, options, now=now, valid_until=valid_until)
    _versions[fresh.id] = (engine(), fresh)
    ran_out = previous is not None and choice_from_quote(previous) == choice and now >= previous.valid_until
    return fresh, ran_out


async def current_quote(catalog: Catalog, contract: ContractData, quote_id: int | None, choice: QuoteChoice,
                        now: datetime, fx_minutes: int) -> tuple[StoredQuote, bool]:
    """The stored version to show, and whether the one shown before ran out (so the page says so)."""
    stored = await stored_version(quote_id)
    if matches(stored, contract, choice, now):
        return stored, False
    return await fresh_quote(catalog, contract, stored, choice, now, fx_minutes)


async def contract_for(number: str) -> ContractData | None:
    return await find_contract(number)


def choice_from_quote(stored: StoredQuote) -> QuoteChoice:
    """The choices a reminder's quote was made with, so entering by link keeps them."""
    options = stored.options
    quote = stored.quote
    currency = quote.currency if quote.currency != quote.quote_currency else None
    return QuoteChoice(options.upgrade_level, options.term_years, currency)
