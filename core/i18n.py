"""Customer-facing text: Fluent messages from locale plugins, amounts and dates by babel.

Built once at start-up from the catalog (FluentBundle is not thread-safe
while lazily built, so every bundle is created and kept here). Numbers are
formatted by babel in the reader's full locale and passed into messages as
strings, so a German reader never sees an English-formatted amount even
when a message falls back to English. That locale is the reader's language
with the contract country's conventions (``formatting_locale``), the same for
the page, the email and the PDF. Negotiation reads Accept-Language as RFC 9110
says and never drops a reader to English because CLDR lacks a language–region
pair.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.dates import format_date, format_time
from babel.numbers import NumberPattern, format_decimal, format_percent, get_currency_name, get_currency_symbol
from fluent.runtime import FluentBundle, FluentResource

from core.catalog import BASE_LOCALE, Catalog
from core.money import quantize

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
_LANGUAGE_ALIASES = {"no": "nb", "nn": "nb", "iw": "he", "in": "id"}


class MissingMessage(LookupError):
    """A message id no locale (not even English) provides: a programming error."""


@lru_cache(maxsize=256)
def babel_locale(code: str) -> Locale:
    """``pt-BR`` → Locale('pt', 'BR'); pre-parsed and cached (formatting is 25% faster)."""
    return Locale.parse(code, sep="-")


@lru_cache(maxsize=1024)
def formatting_locale(code: str, country: str | None = None) -> Locale:
    """The locale an amount or a date is written in for this reader.

    ``code`` is the language the reader reads (the page's or the email's), ``country``
    the contract's ISO country. When CLDR knows the pair, its conventions win: a
    Mexican reading Latin-American Spanish sees ``$1,234.50``, a Swiss reading German
    ``CHF 1’234.50``, an Indian reading English lakh grouping, a Briton reading
    English ``5 November 2026``. Otherwise the language alone decides (CLDR has no
    ``de_US``: a German reader in the US keeps German conventions). The script of
    the language is kept (zh-Hant + HK → zh_Hant_HK), never swapped for the
    country's usual one.
    """
    language = babel_locale(code)
    if country and country.isalpha() and len(country) == 2:
        wanted = "_".join(p for p in (language.language, language.script, country.upper()) if p)
        if wanted != str(language) and localedata.exists(wanted):
            return Locale.parse(wanted)
    return language


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


def _parse_tag(tag: str, country: str | None) -> Locale | None:
    """A browser tag as a CLDR locale, retrying with less when CLDR lacks the pair.

    Browsers send pairs CLDR does not have (``de-US``, ``ko-US``, ``zh-Hant-US``,
    ``sv-NO``): the reader still reads that language, so the region is dropped
    rather than the whole tag. Old language codes are replaced before parsing
    (``no-NO`` → ``nb-NO``). A tag without a region borrows the contract's
    ``country`` when CLDR has that pair (``es`` + MX → es_MX → es-419).
    """
    subtags = tag.strip().replace("_", "-").split("-")
    language = subtags[0].lower()
    if not (2 <= len(language) <= 3 and language.isalpha() and language.isascii()):
        return None
    language = _LANGUAGE_ALIASES.get(language, language)
    rest = subtags[1:3]  # script and region come first; variants and extensions (-u-co-trad) never name them
    if any(len(s) == 1 for s in rest):
        rest = rest[:[len(s) for s in rest].index(1)]
    script = next((s.title() for s in rest if len(s) == 4 and s.isalpha()), None)
    region = next((s.upper() for s in rest if (len(s) == 2 and s.isalpha()) or (len(s) == 3 and s.isdigit())),
                  None)
    if region is None and country and country.isalpha() and len(country) == 2:
        region = country.upper()
    attempts = [(language, script, region), (language, script, None), (language, None, None)]
    for parts in dict.fromkeys(attempts):
        try:
            return Locale.parse("-".join(p for p in parts if p), sep="-")
        except (ValueError, UnknownLocaleError):
            continue
    return None


@lru_cache(maxsize=2048)
def _candidates(tag: str, country: str | None = None) -> tuple[str, ...]:
    locale = _parse_tag(tag, country)
    if locale is None:
        return ()
    language = locale.language
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
    return tuple(dict.fromkeys(expanded))


@lru_cache(maxsize=64)
def _codes_by_id(available: tuple[str, ...]) -> dict[str, str]:
    return {_babel_id(code): code for code in available}


def match_locale(tag: str, available: Iterable[str], country: str | None = None) -> str | None:
    """The available canonical code that best serves one language tag, or None.

    ``country`` (the contract's) only fills in a tag that names no region.
    """
    if len(tag) > MAX_TAG_CHARS:  # no real tag is this long; a cookie could be
        return None
    by_id = _codes_by_id(tuple(available))
    for candidate in _candidates(tag, country):
        if candidate in by_id:
            return by_id[candidate]
    return None


# A real browser sends a handful of tags in well under 200 characters; anything
# past these limits is ignored, so a hostile header costs no more than a normal one.
MAX_HEADER_CHARS = 1024
MAX_TAGS = 24
MAX_TAG_CHARS = 35
_QVALUE = re.compile(r"(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)")


def _quality(params: list[str]) -> float | None:
    """The RFC 9110 weight of one element: 1 when absent, None when malformed.

    The parameter name is case-insensitive (``Q=0.5``); whitespace around ``=``
    (``q = 0.5``) is tolerated as most servers do. A qvalue outside 0–1 or with more
    than three decimals (``q=2``, ``q=inf``, ``q=0.12345``) makes the element invalid,
    so it is ignored rather than allowed to outrank the reader's real choices.
    """
    quality = 1.0
    for param in params:
        name, equals, value = param.partition("=")
        if not equals:
            if name.strip():
                return None
            continue
        if name.strip().lower() != "q":
            continue
        value = value.strip()
        if not _QVALUE.fullmatch(value):
            return None
        quality = float(value)
    return quality


@lru_cache(maxsize=1024)
def _accept_language(header: str) -> tuple[str, ...]:
    weighted = []
    for position, part in enumerate(header.split(",")[:MAX_TAGS]):
        tag, *params = part.strip().split(";")
        tag = tag.strip()
        quality = _quality(params)
        if tag and tag != "*" and len(tag) <= MAX_TAG_CHARS and quality:
            weighted.append((-quality, position, tag))
    return tuple(tag for _, _, tag in sorted(weighted))


def parse_accept_language(header: str | None) -> list[str]:
    """Tags from an Accept-Language header, best first (q-values respected, q=0 dropped).

    Only the first MAX_HEADER_CHARS characters and MAX_TAGS elements are read, and the
    answer is cached per header: browsers send the same header on every request.
    """
    return list(_accept_language((header or "")[:MAX_HEADER_CHARS]))  # the cache holds short keys only


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
                bundle.add_resource(_resource(text))
            self._bundles[(channel_of, code)] = bundle
        self.codes = {name: catalog.locale_codes(name) for name in ("email", "web")}

    def negotiate(self, channel: str, tags: Iterable[str], country: str | None = None) -> str:
        """The best available locale for the requested tags; English when none matches.

        ``country`` (the contract's) fills in tags without a region: ``es`` from a
        Mexican contract reads Latin-American Spanish.
        """
        return _negotiate(self.codes.get(channel, ()), tuple(tags), country)

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


@lru_cache(maxsize=1024)
def _resource(text: str) -> FluentResource:
    """A Fluent file parsed once per process: bundles only read it, so every Translator shares it."""
    return FluentResource(text)


@lru_cache(maxsize=1024)
def _negotiate(available: tuple[str, ...], tags: tuple[str, ...], country: str | None) -> str:
    for tag in tags:
        found = match_locale(tag, available, country)
        if found:
            return found
    return BASE_LOCALE


def direction(code: str) -> str:
    return "rtl" if babel_locale(code).language in RTL_LANGUAGES else "ltr"


def money(amount: Decimal, currency: str, code: str, country: str | None = None) -> str:
    """An amount for the reader: their language, the contract country's conventions.

    Rounded by the one rounding rule (``core.money.quantize``) first: babel alone
    would round half-even with the ambient context (JPY 1234.5 → ￥1,234).
    """
    if not isinstance(amount, Decimal):
        raise TypeError("money is Decimal, never float")
    return _money(amount, currency, code, country)


@lru_cache(maxsize=4096)
def _money(amount: Decimal, currency: str, code: str, country: str | None) -> str:
    """Cached: a page shows the same few amounts to the same readers again and again (~30 µs each)."""
    locale = formatting_locale(code, country)
    return _currency_pattern(str(locale), currency).apply(quantize(amount, currency), locale, currency=currency,
                                                          currency_digits=True)


# CLDR root's currencySpacing (LDML part 3, "Currencies"; babel imports no locale's copy of it):
# insertBetween U+00A0, currencyMatch [[:^S:]&[:^Z:]] and surroundingMatch [:digit:], before and
# after the sign alike.
CURRENCY_SPACE = "\u00a0"


def _spaced_sign(character: str) -> bool:
    """currencyMatch: the sign's character next to the number is neither a symbol (S*) nor a space (Z*)."""
    return unicodedata.category(character)[0] not in "SZ"


LRM = "\u200e"


def _split_latin_sign(sign: str) -> bool:
    """A sign of letters then a neutral ("US$", "CA$", "NZ$"): on a right-to-left page the neutral would
    resolve right to left and be drawn left of the letters ("$US"); a LEFT-TO-RIGHT MARK after it keeps it whole."""
    return any(c.isalpha() for c in sign) and not sign[-1].isalpha()


@lru_cache(maxsize=1024)
def _currency_pattern(locale_id: str, currency: str) -> NumberPattern:
    """The locale's standard currency pattern, with CLDR's currency spacing applied.

    babel (2.18) imports neither CLDR's ``currencySpacing`` nor its ``alphaNextToNumber``
    pattern, so an ISO code or a lettered sign touched the number (``USD46.74`` in
    es-MX, ``CHF1,234.50`` in en). CLDR puts a no-break space between a sign whose
    character next to the number is not a symbol or a space and the number's first or
    last digit: ``USD 46.74``, ``-CHF 1,234.50``, while ``$46.74``, ``US$``, ``￥``,
    ``R$ 1.234,50`` (already spaced), de-CH's ``CHF-1’234.50`` (a sign, not a digit, is
    next to it) and the right-to-left ``‏1,234.50 CHF`` keep their form; on a right-to-left
    page a lettered sign ending in a neutral gets a LEFT-TO-RIGHT MARK after it
    (``‏1,234.50 US$\u200e``) so it is not drawn as ``$US``. Only a ``¤``
    directly before or after the number pattern is concerned, so a locale pattern
    with its own space is never given a second one.
    """
    locale = Locale.parse(locale_id)
    pattern = locale.currency_formats["standard"]
    sign = get_currency_symbol(currency, locale)
    if not sign:
        return pattern
    prefix = tuple(p + CURRENCY_SPACE if p.endswith("¤") and _spaced_sign(sign[-1]) else p for p in pattern.prefix)
    suffix = tuple(CURRENCY_SPACE + s if s.startswith("¤") and _spaced_sign(sign[0]) else s for s in pattern.suffix)
    if locale.language in RTL_LANGUAGES and _split_latin_sign(sign):
        prefix = tuple(p.replace("¤", "¤" + LRM) for p in prefix)
        suffix = tuple(s.replace("¤", "¤" + LRM) for s in suffix)
    if (prefix, suffix) == (pattern.prefix, pattern.suffix):
        return pattern
    spaced = copy.copy(pattern)
    spaced.prefix, spaced.suffix = prefix, suffix
    return spaced


# CLDR names we correct (babel 2.18's copy): es-419's Thai currency lacks its accent.
_CURRENCY_NAME_FIXES = {"baht tailandes": "baht tailandés"}


def currency_name(currency: str, code: str) -> str:
    """The currency's name in the reader's language ("baht tailandés")."""
    name = get_currency_name(currency, locale=babel_locale(code))
    return _CURRENCY_NAME_FIXES.get(name, name)


def day(value: date, code: str, country: str | None = None) -> str:
    """A date in full for the reader (``5 November 2026`` in en + GB, ``November 5, 2026`` in en + US)."""
    return format_date(value, format="long", locale=formatting_locale(code, country))


UTC_ZONE = ZoneInfo("UTC")


# The zone a country's customers read times in where its zones disagree. CLDR's metaZones.xml
# names it for countries with one metazone and outliers (<primaryZones>: China, Spain, Portugal,
# Chile, Ecuador, New Zealand, Ukraine ...); babel does not ship that list, and for countries
# spanning several metazones (US, Canada, Mexico, Brazil, Australia, Russia, Indonesia ...) CLDR
# marks none, so the zone of the capital is taken (each is its metazone's golden zone in CLDR,
# e.g. America/New_York for America_Eastern). Only countries whose zones can differ are listed.
PRIMARY_ZONES = {
    "AR": "America/Argentina/Buenos_Aires", "AU": "Australia/Sydney", "BR": "America/Sao_Paulo",
    "CA": "America/Toronto", "CD": "Africa/Kinshasa", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "DE": "Europe/Berlin", "EC": "America/Guayaquil", "ES": "Europe/Madrid", "FM": "Pacific/Pohnpei",
    "GL": "America/Nuuk", "ID": "Asia/Jakarta", "KI": "Pacific/Tarawa", "KZ": "Asia/Almaty",
    "MH": "Pacific/Majuro", "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland", "PF": "Pacific/Tahiti", "PG": "Pacific/Port_Moresby", "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "US": "America/New_York", "UZ": "Asia/Tashkent",
}


def country_zone(country: str | None, at: datetime) -> tzinfo:
    """The contract country's clock at ``at``: its one zone, or its primary zone where it has several.

    A customer reads a deadline on their country's clock, the zone named in
    the text (Korea, Germany; Spain on Madrid's, the US on Eastern time:
    ``PRIMARY_ZONES``). UTC, named as such, only for a country CLDR gives
    no zone or several disagreeing ones with no primary. The email, its PDF
    and the checkout all call this, so a stored quote's deadline reads the
    same everywhere.
    """
    code = country.upper() if country and country.isalpha() else ""
    zones = _territory_zones(code) if code else ()
    if len({at.astimezone(zone).utcoffset() for zone in zones}) == 1:
        return zones[0]
    return ZoneInfo(PRIMARY_ZONES[code]) if code in PRIMARY_ZONES else UTC_ZONE


@lru_cache(maxsize=512)
def _territory_zones(country: str) -> tuple[ZoneInfo, ...]:
    return tuple(ZoneInfo(name) for name in get_global("territory_zones").get(country, ()))


_ZONE_GAP_BEFORE = re.compile(r"[\s\[(\uff08]*$")
_ZONE_GAP_AFTER = re.compile(r"^[\s\])\uff09]*")
_QUOTED = re.compile(r"'([^']*)'")


@lru_cache(maxsize=256)
def _time_and_zone_pattern(locale_id: str) -> str:
    """The locale's short time (its 12- or 24-hour clock) with the zone's long name where its full time puts it."""
    locale = Locale.parse(locale_id)
    full, short = locale.time_formats["full"].pattern, locale.time_formats["short"].pattern
    before, zone, after = full.partition("zzzz")
    if not zone:
        return f"{short} zzzz"
    if before.strip():  # the zone after the time: "h:mm:ss a zzzz", "Bh:mm:ss [zzzz]"
        return short + _ZONE_GAP_BEFORE.search(before).group() + "zzzz" + _ZONE_GAP_AFTER.match(after).group()
    return "zzzz" + _ZONE_GAP_AFTER.match(after).group().replace("]", "").replace(")", "") + short


def moment(value: datetime, code: str, country: str | None = None) -> str:
    """A date and time for the reader, time zone named: ``25 November 2026, 13:05 Central European Standard Time``.

    The reader's language with the contract country's conventions (like :func:`day`),
    on the country's clock (:func:`country_zone`). For deadlines a customer must
    meet to the minute, such as a currency quote held for half an hour.
    """
    if value.tzinfo is None:
        raise ValueError("timestamps are timezone-aware UTC")
    locale = formatting_locale(code, country)
    zone = country_zone(country, value)
    local = value.astimezone(zone)
    day_text = format_date(local.date(), format="long", locale=locale)
    time_text = format_time(local, _time_and_zone_pattern(str(locale)), tzinfo=zone, locale=locale)
    glue = _QUOTED.sub(r"\1", str(locale.datetime_formats["long"]))
    return glue.replace("{1}", day_text).replace("{0}", time_text)


def percent(value: Decimal, code: str, country: str | None = None) -> str:
    """``value`` in percent points (3.5 → '3.5 %' in the reader's style)."""
    return format_percent(value / 100, locale=formatting_locale(code, country), decimal_quantization=False)


def number(value: Decimal | int, code: str, country: str | None = None) -> str:
    return format_decimal(value, locale=formatting_locale(code, country))


def rate(rate: Decimal, base: str, quote: str, code: str, country: str | None = None) -> str:
    """"1 USD = 1,465.03 KRW", not "1 KRW = 0.0006825938567 USD": the way round whose number is 1 or more, at
    most six significant digits and three decimals, in the reader's number format. Only the words shown are
    rounded: the quote's stored rate and its amounts keep every digit."""
    if rate < 1:
        base, quote, rate = quote, base, 1 / rate
    places = max(0, min(3, 5 - rate.adjusted()))
    shown = rate.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    return f"1 {base} = {number(shown, code, country=country)} {quote}"
