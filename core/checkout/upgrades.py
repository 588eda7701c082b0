"""What the customer may choose on the options and currency steps.

Upgrades only go up (a higher service level, a longer term) and only to
what the contract's regional price list prices for every line; currencies
are every supported currency valid today. The lists are what the forms
validate against, so a tampered value is refused, not priced.
"""

from __future__ import annotations

from core.checkout.schemas import Choice
from core.i18n import currency_name


def upgrade_choices(kit, loaded) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    contract = loaded.contract
    quote = loaded.stored.quote
    price_list = kit.catalog.price_list_for(contract.country, quote.quote_currency) if quote.quote_currency else None
    if price_list is None or not contract.lines:
        return (), ()
    levels = price_list.service_levels
    current_level = max((line.service_level for line in contract.lines),
                        key=lambda level: levels.index(level) if level in levels else -1)
    current_term = max(line.term_years for line in contract.lines)
    chosen_level = loaded.session.upgrade_level or current_level
    chosen_term = loaded.session.term_years or current_term
    skus = {line.sku for line in contract.lines}
    priced = {(i.sku, i.service_level, i.term_years) for i in price_list.items}
    start = levels.index(current_level) if current_level in levels else 0
    level_choices = tuple(
        Choice(value=level, label=_level_name(kit, loaded.code, level), current=level == current_level,
               checked=level == chosen_level)
        for level in levels[start:]
        if all((sku, level, chosen_term) in priced or (sku, level, current_term) in priced for sku in skus)
    )
    terms = sorted({i.term_years for i in price_list.items if i.sku in skus and i.term_years >= current_term})
    term_choices = tuple(
        Choice(value=str(term), label=kit.text(loaded.code, "term-years", years=term),
               current=term == current_term, checked=term == chosen_term)
        for term in terms
        if all(any((sku, level, term) in priced for level in levels) for sku in skus)
    )
    return level_choices, term_choices


def _level_name(kit, code: str, level: str) -> str:
    message_id = f"service-level-{level}"
    return kit.text(code, message_id) if kit.translator.has("web", "en", message_id) else level


def currency_choices(kit, loaded) -> tuple[Choice, ...]:
    today = loaded.now.date()
    quote = loaded.stored.quote
    chosen = quote.currency
    codes = sorted(code for code, currency in kit.catalog.currencies.items() if currency.valid_on(today))
    return tuple(
        Choice(value=code, label=f"{code} – {currency_name(code, loaded.code)}",
               current=code == quote.quote_currency, checked=code == chosen)
        for code in codes
    )
