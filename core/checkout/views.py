"""What a page or the JSON API shows, already in the reader's words.

Templates hold layout only: every amount and date here is formatted by
``core.i18n`` for the page language and the contract's country, and every
quote line is described by ``core.renewals.presentation`` (the same function
the email and its PDF use), so the page and the reminder agree.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import msgspec
from markupsafe import Markup, escape

from core import i18n
from core.i18n import Translator
from core.renewals.contracts import ContractData
from core.renewals.presentation import describe_line, describe_reason
from core.renewals.quotes import Quote

CHANNEL = "web"


def money(amount: Decimal, currency: str, code: str, country: str | None) -> str:
    return i18n.money(amount, currency, code, country=country)


def day(value: date, code: str, country: str | None) -> str:
    return i18n.day(value, code, country=country)


def number(value: Decimal, code: str, country: str | None) -> str:
    return i18n.number(value, code, country=country)


class LineView(msgspec.Struct, frozen=True):
    kind: str
    text: str
    amount: str
    original_amount: str | None = None
    sku: str | None = None  # the product code the text names (isolated on the page: it reads left to right)


def isolate(text: str, *codes: str | None) -> Markup:
    """A translated text with the codes it names (SKU, contract number, reference) each in a ``<bdi class="code">``:
    on a right-to-left page "VS8-ESS-KIT" stays one left-to-right word that never breaks at its hyphens.
    Only the HTML gets the markup; the text itself (plain-text email, JSON API) stays as it is."""
    html = str(escape(text))
    for code in dict.fromkeys(c for c in codes if c):
        html = html.replace(str(escape(code)), f'<bdi class="code">{escape(code)}</bdi>')
    return Markup(html)


class QuoteView(msgspec.Struct, frozen=True):
    eligible: bool
    reasons: tuple[str, ...]
    lines: tuple[LineView, ...] = ()
    total: str | None = None
    total_amount: str | None = None  # the exact decimal, for API clients
    currency: str | None = None
    quote_currency: str | None = None
    rate: str | None = None
    seller: str | None = None
    valid_until: str | None = None
    version: str | None = None


class ContractView(msgspec.Struct, frozen=True):
    number: str
    customer: str
    country: str
    end_date: str
    lapsed: bool
    new_start: str
    new_end: str


def contract_view(contract: ContractData, code: str, today: date, term_years: int | None = None) -> ContractView:
    years = term_years or max((line.term_years for line in contract.lines), default=1)
    start = max(contract.end_date + timedelta(days=1), today) if contract.end_date < today else (
        contract.end_date + timedelta(days=1))
    end = _years_later(start, years) - timedelta(days=1)
    country = contract.country
    return ContractView(number=contract.contract_number, customer=contract.customer, country=country,
                        end_date=day(contract.end_date, code, country), lapsed=contract.end_date < today,
                        new_start=day(start, code, country), new_end=day(end, code, country))


def _years_later(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def quote_view(quote: Quote, translator: Translator, code: str, *, valid_until: datetime | None = None,
               version: str | None = None) -> QuoteView:
    country = quote.country
    reasons = tuple(_reason(reason, translator, code, country) for reason in quote.reasons)
    if quote.currency is None or quote.total is None:
        return QuoteView(eligible=quote.eligible, reasons=reasons)
    lines = tuple(
        LineView(kind=line.kind, text=_line(line, translator, code, country), sku=line.arguments.get("sku"),
                 amount=money(line.amount, quote.currency, code, country),
                 original_amount=(money(line.original_amount, quote.quote_currency, code, country)
                                  if line.original_amount is not None and quote.quote_currency else None))
        for line in quote.lines
    )
    rate = None
    if quote.exchange_rate is not None:
        pair = i18n.rate(quote.exchange_rate, quote.quote_currency, quote.currency, code, country)
        rate = translator.text(CHANNEL, code, "currency-rate", rate=pair)
    until = None
    if valid_until is not None:
        until = translator.text(CHANNEL, code, "quote-valid-until", date=i18n.moment(valid_until, code, country))
    return QuoteView(eligible=quote.eligible, reasons=reasons, lines=lines,
                     total=money(quote.total, quote.currency, code, country), total_amount=str(quote.total),
                     currency=quote.currency, quote_currency=quote.quote_currency, rate=rate, seller=quote.seller,
                     valid_until=until, version=version)


def _line(line, translator: Translator, code: str, country: str | None) -> str:
    return describe_line(line, translator, CHANNEL, code, country=country)


def _reason(reason, translator: Translator, code: str, country: str | None) -> str:
    return describe_reason(reason, translator, CHANNEL, code, country=country)
