"""Quote lines and eligibility reasons in the reader's language.

The same quote reads the same in the checkout (web channel) and in the email
and its PDF (email channel, whose quote messages carry a ``quote-`` prefix);
amounts, dates and percentages are formatted by babel in the reader's locale.
"""

from __future__ import annotations

from typing import Any

from core import i18n
from core.i18n import Translator
from core.renewals.quotes import QuoteLine, Reason


def _message_id(channel: str, message_id: str) -> str:
    return f"quote-{message_id}" if channel == "email" else message_id


def describe_line(line: QuoteLine, translator: Translator, channel: str, locale: str,
                  country: str | None = None) -> str:
    """One quote line; ``country`` is the contract's, so numbers follow its conventions."""
    arguments: dict[str, Any] = {}
    raw = line.arguments
    if "level" in raw:
        level_id = _message_id(channel, f"service-level-{raw['level']}")
        arguments["level"] = (translator.text(channel, locale, level_id)
                              if translator.has(channel, "en", level_id) else raw["level"])
    if "term_years" in raw:
        arguments["term"] = translator.text(channel, locale, _message_id(channel, "term-years"),
                                            years=int(raw["term_years"]))
    if "quantity" in raw:
        arguments["quantity"] = i18n.number(raw["quantity"], locale, country=country)
    if "sku" in raw:
        arguments["sku"] = raw["sku"]
    if "percent" in raw:
        arguments["percent"] = i18n.percent(raw["percent"], locale, country=country)
    return translator.text(channel, locale, _message_id(channel, line.message_id), **arguments)


def describe_reason(reason: Reason, translator: Translator, channel: str, locale: str,
                    country: str | None = None) -> str:
    """Why a contract cannot renew online; amounts and dates in the contract country's conventions."""
    details = reason.details
    arguments: dict[str, Any] = {}
    if "limit" in details:
        arguments["limit"] = i18n.money(details["limit"], details["currency"], locale, country=country)
    if "currency" in details:
        arguments["currency"] = details["currency"]
    if "date" in details:
        arguments["date"] = i18n.day(details["date"], locale, country=country)
    elif reason.code == "country_not_live":
        arguments["date"] = "—"
    return translator.text(channel, locale, reason.message_id, **arguments)
