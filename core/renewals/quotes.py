"""The one quote engine: the reminder email's PDF and the web checkout both call
:func:`quote_contract`, so they agree to the minor unit.

A quote is the list price of each contract line from the country's regional
price list (at the upgraded level or term when the customer upgrades), a
reinstatement fee for a lapsed contract, and, when the customer pays in
another currency, every line converted at the stored rate plus a surcharge
line. Eligibility is judged on the contract as it stands (list price at its
current level and term) against the region's limit.

Rounding: see core.money (half away from zero, per computed amount).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import msgspec

from core.catalog import Catalog
from core.errors import RenewalError
from core.model import PriceItem, PriceList
from core.money import Money, total
from core.renewals.contracts import RENEWED, ContractData, find_contract
from core.renewals.rates import Rates, load_rates, rate_max_age_days

REASONS = (
    "contract_not_found", "already_renewed_online", "already_renewed_partner", "oem", "country_not_live",
    "currency_retired", "over_limit", "rate_too_old",
)


class InvalidUpgrade(RenewalError):
    message_id = "error-invalid-upgrade"


class NoListPrice(RenewalError):
    """The price list cannot price a contract line: an operations problem, not the customer's."""

    message_id = "error-no-list-price"


class QuoteOptions(msgspec.Struct, frozen=True):
    on: date
    currency: str | None = None
    upgrade_level: str | None = None
    term_years: int | None = None


class QuoteLine(msgspec.Struct, frozen=True):
    """One priced line; ``message_id`` and ``arguments`` describe it in any locale."""

    kind: str
    message_id: str
    arguments: dict[str, Any]
    amount: Decimal
    original_amount: Decimal | None = None


class Reason(msgspec.Struct, frozen=True):
    code: str
    details: dict[str, Any] = {}

    @property
    def message_id(self) -> str:
        return "reason-" + self.code.replace("_", "-")


class Quote(msgspec.Struct, frozen=True):
    contract: str
    quoted_on: date
    eligible: bool
    reasons: tuple[Reason, ...]
    currency: str | None = None
    lines: tuple[QuoteLine, ...] = ()
    total: Decimal | None = None
    seller: str | None = None
    customer: str | None = None
    country: str | None = None
    quote_currency: str | None = None
    exchange_rate: Decimal | None = None
    price_list: str | None = None
    rate_date: date | None = None


def needs_rates(contract: ContractData, catalog: Catalog, options: QuoteOptions) -> set[str]:
    """Currencies whose rates the quote needs (empty: no second query)."""
    entry = catalog.countries.get(contract.country)
    if entry is None:
        return set()
    quote_currency = entry.currency_on(options.on)
    wanted = set()
    if options.currency and options.currency != quote_currency:
        wanted |= {quote_currency, options.currency}
    policy = entry.policy
    if quote_currency != policy.eligibility_currency and quote_currency not in policy.eligibility_equivalents:
        wanted |= {quote_currency, policy.eligibility_currency}
    return wanted


class PaymentCurrencyNotAccepted(RenewalError):
    """The customer asked to pay in a currency that is unknown or not valid that day."""

    message_id = "error-pay-currency"


def check_options(catalog: Catalog, options: QuoteOptions) -> None:
    """A payment currency must be a supported currency valid on the quote day."""
    if options.currency is None:
        return
    currency = catalog.currencies.get(options.currency.upper())
    if currency is None or not currency.valid_on(options.on):
        raise PaymentCurrencyNotAccepted(currency=options.currency.upper(), on=options.on.isoformat(),
                                         replaced_by=currency.replaced_by if currency else "-")


async def quote_contract(number: str, catalog: Catalog, options: QuoteOptions) -> Quote:
    """At most two queries: the contract with its lines, then the rates it needs."""
    check_options(catalog, options)
    contract = await find_contract(number)
    if contract is None:
        return Quote(contract=number, quoted_on=options.on, eligible=False,
                     reasons=(Reason("contract_not_found"),))
    currencies = needs_rates(contract, catalog, options)
    rates = await load_rates(currencies, options.on) if currencies else Rates([], options.on)
    return price_quote(contract, catalog, options, rates)


def price_quote(contract: ContractData, catalog: Catalog, options: QuoteOptions, rates: Rates) -> Quote:
    """The pure calculation, given the contract and the rates of the day."""
    day = options.on
    reasons: list[Reason] = []
    if contract.status == RENEWED:
        reasons.append(Reason(f"already_renewed_{contract.renewed_via or 'online'}"))
    if contract.oem:
        reasons.append(Reason("oem"))
    entry = catalog.countries.get(contract.country)
    base = dict(contract=contract.contract_number, quoted_on=day, customer=contract.customer,
                country=contract.country)
    if entry is None or not entry.live_on(day):
        reasons.append(Reason("country_not_live", {"date": entry.live_from} if entry else {}))
    if entry is None:
        return Quote(eligible=False, reasons=tuple(reasons), **base)
    quote_currency = entry.currency_on(day)
    pay_currency = (options.currency or quote_currency).upper()
    if not catalog.currency_valid(quote_currency, day):
        reasons.append(Reason("currency_retired", {"currency": quote_currency}))
    price_list = catalog.price_list_for(contract.country, quote_currency)
    if price_list is None:
        raise NoListPrice(contract=contract.contract_number, items=f"{contract.country}/{quote_currency}")
    as_is, lines, missing = _price_lines(contract, price_list, options)
    if missing:
        raise NoListPrice(contract=contract.contract_number, items=", ".join(missing))

    limit = _limit_in(quote_currency, entry.policy, rates)
    if as_is.amount > limit.amount:
        reasons.append(Reason("over_limit", {"limit": limit.amount, "currency": limit.currency}))

    subtotal = total([Money(line.amount, quote_currency) for line in lines], quote_currency)
    policy = entry.policy
    if contract.end_date < day - timedelta(days=policy.reinstatement_grace_days):
        fee = max(subtotal.percent(policy.reinstatement_fee_percent),
                  Money.of(price_list.reinstatement_fee_minimum, quote_currency), key=lambda m: m.amount)
        lines.append(QuoteLine(kind="reinstatement_fee", message_id="line-reinstatement-fee",
                               arguments={"percent": policy.reinstatement_fee_percent}, amount=fee.amount))

    rate = rate_date = None
    if pay_currency != quote_currency:
        rate, rate_date = rates.get(quote_currency, pay_currency), rates.dated(quote_currency, pay_currency)
        if rate_date is not None and (day - rate_date).days > rate_max_age_days():
            # Shown, so the customer sees what it would cost, but not payable: a stale rate
            # would charge the wrong amount (issue 10: a 2026 quote at a 2013 rate).
            reasons.append(Reason("rate_too_old", {"currency": pay_currency, "date": rate_date}))
        lines = [msgspec.structs.replace(line, original_amount=line.amount,
                                         amount=Money(line.amount, quote_currency).convert(rate, pay_currency).amount)
                 for line in lines]
        converted = total([Money(line.amount, pay_currency) for line in lines], pay_currency)
        surcharge = converted.percent(policy.fx_surcharge_percent)
        lines.append(QuoteLine(kind="fx_surcharge", message_id="line-fx-surcharge",
                               arguments={"percent": policy.fx_surcharge_percent}, amount=surcharge.amount))
    grand_total = total([Money(line.amount, pay_currency) for line in lines], pay_currency)
    return Quote(eligible=not reasons, reasons=tuple(reasons), currency=pay_currency, lines=tuple(lines),
                 total=grand_total.amount, seller=entry.seller, quote_currency=quote_currency,
                 exchange_rate=rate, rate_date=rate_date, price_list=price_list.id, **base)


def _price_lines(contract: ContractData, price_list: PriceList,
                 options: QuoteOptions) -> tuple[Money, list[QuoteLine], list[str]]:
    """The contract as it stands (for eligibility) and the lines to buy (with any upgrade)."""
    items = {(i.sku, i.service_level, i.term_years): i for i in price_list.items}
    currency = price_list.currency
    as_is: list[Money] = []
    lines: list[QuoteLine] = []
    missing: list[str] = []
    for line in contract.lines:
        current = items.get((line.sku, line.service_level, line.term_years))
        level = _target_level(line.service_level, options.upgrade_level, price_list)
        term = _target_term(line.term_years, options.term_years)
        target = items.get((line.sku, level, term))
        if current is None:
            missing.append(f"{line.sku}/{line.service_level}/{line.term_years}")
            continue
        if target is None:  # the customer's option, not the price list, is at fault
            terms = sorted({i.term_years for i in price_list.items if i.sku == line.sku and i.service_level == level})
            raise InvalidUpgrade(requested=f"{level}, {term}", current=f"{line.service_level}, {line.term_years}",
                                 allowed=", ".join(str(t) for t in terms))
        as_is.append(_extended(current, line.quantity, currency))
        upgraded = (level, term) != (line.service_level, line.term_years)
        lines.append(QuoteLine(
            kind="upgrade" if upgraded else "renewal",
            message_id="line-upgrade" if upgraded else "line-renewal",
            arguments={"sku": line.sku, "level": level, "term_years": term, "quantity": line.quantity},
            amount=_extended(target, line.quantity, currency).amount,
        ))
    return total(as_is, currency), lines, missing


def _extended(item: PriceItem, quantity: int, currency: str) -> Money:
    return Money.of(item.price, currency).times(quantity)


def _target_level(current: str, requested: str | None, price_list: PriceList) -> str:
    if requested is None or requested == current:
        return current
    levels = price_list.service_levels
    if requested not in levels:
        raise InvalidUpgrade(requested=requested, current=current, allowed=" < ".join(levels))
    if current in levels and levels.index(requested) < levels.index(current):
        raise InvalidUpgrade(requested=requested, current=current, allowed=" < ".join(levels))
    return requested


def _target_term(current: int, requested: int | None) -> int:
    if requested is None or requested == current:
        return current
    if requested < current:
        raise InvalidUpgrade(requested=f"{requested} years", current=f"{current} years",
                             allowed="a longer term only")
    return requested


def _limit_in(currency: str, policy, rates: Rates) -> Money:
    """The eligibility limit in the quote currency: the region's equivalent, else converted."""
    if currency == policy.eligibility_currency:
        return Money.of(policy.eligibility_limit, currency)
    if currency in policy.eligibility_equivalents:
        return Money.of(policy.eligibility_equivalents[currency], currency)
    rate = rates.get(policy.eligibility_currency, currency)
    return Money.of(policy.eligibility_limit, policy.eligibility_currency).convert(rate, currency)
