"""The assembled catalog: every plugin's contribution, merged with the config,
validated once at start-up and frozen into indexed, read-only lookups.

Availability is default-deny: a method is offered in a country and currency
only if a plugin provides it there, the country is switched on and live, the
currency is valid on the day, and the config does not restrict it.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal

import msgspec
import pluggy
from babel import Locale

from core import ftl_index
from core.config import MethodRules, RegionsConfig
from core.errors import CatalogError, UnknownCountry
from core.model import (
    Currency,
    LocaleResource,
    PaymentMethod,
    PriceList,
    Region,
    RegionPolicy,
)
from core.operator_text import operator_text
from core.payments import within_limits
from core.plugins import plugin_label

BASE_LOCALE = "en"
_ENGLISH = Locale("en")


class Problem(msgspec.Struct, frozen=True):
    severity: Literal["error", "warning"]
    code: str
    text: str


class CountryEntry(msgspec.Struct, frozen=True):
    """A country as the running platform sees it: plugin data with config applied."""

    code: str
    name: str
    region: str
    wave: int
    live_from: date
    enabled: bool
    embargoed: bool
    currencies: tuple[str, ...]
    currency_since: tuple[date | None, ...]
    seller: str
    email_locale: str
    web_locale: str
    support_phone: str
    policy: RegionPolicy

    def currency_on(self, day: date) -> str:
        current = self.currencies[0]
        for code, since in zip(self.currencies, self.currency_since):
            if since is None or since <= day:
                current = code
        return current

    def live_on(self, day: date) -> bool:
        return self.enabled and self.live_from <= day


class LocaleCatalog(msgspec.Struct, frozen=True):
    """All Fluent text for one locale and channel, merged from every plugin."""

    code: str
    channel: str
    sources: tuple[str, ...]
    ftl: tuple[str, ...]
    message_ids: frozenset[str]


class Reason(msgspec.Struct, frozen=True):
    code: str
    text: str


class Explanation(msgspec.Struct, frozen=True):
    country: str
    method: str
    currency: str
    on: date
    offered: bool
    reasons: tuple[Reason, ...]


class Contribution(msgspec.Struct, frozen=True):
    plugin: str
    item: Any


class Catalog:
    """Immutable after construction; every lookup is a dict access."""

    __slots__ = (
        "countries", "regions", "methods", "currencies", "price_lists", "locales",
        "problems", "contributions", "_offers", "_price_list_by_country", "_method_rules", "rejected",
    )

    def __init__(self, **parts: Any) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, parts[name])

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the catalog is frozen; rebuild it with assemble_catalog()")

    # -- questions the checkout and the CLI ask -----------------------------

    def country(self, code: str) -> CountryEntry:
        try:
            return self.countries[code.upper()]
        except KeyError:
            raise UnknownCountry(country=code) from None

    def is_live(self, country: str, day: date) -> bool:
        entry = self.countries.get(country.upper())
        return entry is not None and entry.live_on(day)

    def currency_valid(self, code: str, day: date) -> bool:
        currency = self.currencies.get(code.upper())
        return currency is not None and currency.valid_on(day)

    def methods_for(self, country: str, currency: str | None, day: date,
                    amount: Decimal | None = None) -> tuple[PaymentMethod, ...]:
        """Methods offered in ``country`` for ``currency`` (default: the country's) on ``day``;
        with ``amount``, only those whose limits allow a payment of that size."""
        entry = self.countries.get(country.upper())
        if entry is None or not entry.live_on(day):
            return ()
        currency = (currency or entry.currency_on(day)).upper()
        if not self.currency_valid(currency, day):
            return ()
        dated = [rules for _, rules in self._method_rules.get(entry.code, ()) if rules.dated and rules.in_force(day)]
        return tuple(
            m for m in self._offers.get((entry.code, currency), ())
            if m.exists_on(day) and (not m.restrictions or m.restriction_on(entry.code, day) is None)
            and all(_rules_allow(rules, m.id) for rules in dated)
            and (amount is None or within_limits(m, amount, currency))
        )

    def price_list_for(self, country: str, currency: str) -> PriceList | None:
        return self._price_list_by_country.get((country.upper(), currency.upper()))

    def locale(self, channel: str, code: str) -> LocaleCatalog | None:
        return self.locales.get((channel, code))

    def locale_codes(self, channel: str) -> tuple[str, ...]:
        return tuple(sorted(code for ch, code in self.locales if ch == channel))

    def explain(self, country: str, method: str, currency: str | None, day: date,
                amount: Decimal | None = None) -> Explanation:
        """Why ``method`` is or is not offered; lists every reason that applies."""
        reasons: list[Reason] = []

        def deny(code: str, **arguments: Any) -> None:
            reasons.append(Reason(code=code, text=operator_text(f"explain-{code}", **arguments)))

        country = country.upper()
        entry = self.countries.get(country)
        payment = self.methods.get(method)
        currency = (currency or (entry.currency_on(day) if entry else "")).upper()
        if payment is None and method in self.rejected:
            deny("invalid-plugin-data", method=method, detail=self.rejected[method])
        elif payment is None:
            deny("not-installed", method=method)
        if entry is None:
            deny("country-unknown", country=country)
        else:
            if entry.embargoed and not entry.enabled:
                deny("country-embargoed", country=country)
            elif not entry.enabled:
                deny("country-not-enabled", country=country)
            elif entry.live_from > day:
                deny("country-not-live", country=country, live_from=entry.live_from.isoformat(), on=day.isoformat())
        if not currency:
            pass  # no country, so no default currency: the country reason says it all
        elif currency not in self.currencies:
            deny("currency-unsupported", currency=currency)
        elif not self.currencies[currency].valid_on(day):
            deny("currency-retired", currency=currency, on=day.isoformat(),
                 replaced_by=self.currencies[currency].replaced_by or "-")
        if payment is not None and entry is not None:
            if not _method_serves_country(payment, country):
                deny("method-not-in-country", method=method, country=country)
            if payment.currencies and currency not in payment.currencies:
                deny("method-currency", method=method, currency=currency,
                     currencies=", ".join(sorted(payment.currencies)))
            if amount is not None and not within_limits(payment, amount, currency):
                deny("amount-limit", method=method, amount=str(amount), currency=currency)
            if not payment.exists_on(day):
                deny("method-closed", method=method, on=day.isoformat(), window=_window(payment))
            restriction = payment.restriction_on(country, day)
            if restriction is not None:
                deny("method-suspended", method=method, country=country, window=_window(restriction),
                     note=restriction.note or "-")
            for key, rules in self._method_rules.get(country, ()):
                if not _rules_allow(rules, method) and rules.in_force(day):
                    deny("restricted-by-config", method=method, key=key)
        if not reasons:
            reasons.append(Reason(code="offered", text=operator_text(
                "explain-offered", method=method, country=country, currency=currency)))
        return Explanation(country=country, method=method, currency=currency, on=day,
                           offered=reasons[0].code == "offered", reasons=tuple(reasons))

    def why_no_methods(self, country: str, currency: str | None, day: date) -> tuple[Reason, ...]:
        """Why ``methods_for`` is empty: the country's and currency's reasons from
        :meth:`explain`, or that every method is restricted away."""
        answer = self.explain(country, "", currency, day)
        reasons = tuple(r for r in answer.reasons if r.code not in ("not-installed", "offered"))
        return reasons or (Reason(code="no-method", text=operator_text(
            "explain-no-method", country=answer.country, currency=answer.currency or "-")),)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


def _method_serves_country(method: PaymentMethod, country: str) -> bool:
    if country in method.excluded_countries:
        return False
    return not method.countries or country in method.countries


def _window(item: Any) -> str:
    start = item.valid_from.isoformat() if item.valid_from else "…"
    end = item.valid_until.isoformat() if item.valid_until else "…"
    return f"{start} – {end}"


def _validation_error(item: Any) -> tuple[str, str] | None:
    """The field and problem that make a plugin's struct invalid: the struct is rebuilt
    through msgspec with its declared types and constraints (a plugin constructs its
    structs without any check), and amounts must be positive numbers."""
    try:
        msgspec.convert(msgspec.to_builtins(item), type(item), strict=True)
    except (msgspec.ValidationError, TypeError) as error:
        message, found, where = str(error).rpartition(" - at `$")
        return (where.rstrip("`").lstrip(".") or "-") if found else "-", message if found else str(error)
    if isinstance(item, PaymentMethod):
        for field in ("min_amount", "max_amount"):
            for code, value in getattr(item, field).items():
                if not value.is_finite() or value <= 0:
                    return f"{field}.{code}", operator_text("problem-not-positive", value=str(value))
        for code, low in item.min_amount.items():
            if code in item.max_amount and low > item.max_amount[code]:
                return f"min_amount.{code}", operator_text("problem-min-above-max", low=str(low),
                                                             high=str(item.max_amount[code]))
    return None


def _rules_allow(rules: MethodRules, method: str) -> bool:
    if method in rules.exclude:
        return False
    return rules.only is None or method in rules.only


class HookFailure(msgspec.Struct, frozen=True):
    """A plugin's hook raised instead of registering; reported as a problem naming it."""

    hook: str
    detail: str


def collect(pm: pluggy.PluginManager, hook_name: str) -> list[Contribution]:
    """Call one ``register_*`` hook, remembering which plugin registered what.

    Each implementation is called with its own ``register`` callback (the
    hooks take nothing else), so errors can name the plugin responsible; a
    hook that raises becomes a HookFailure contribution, not a traceback.
    """
    found: list[Contribution] = []
    for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
        plugin = plugin_label(impl.plugin_name, impl.plugin)

        def register(item: Any, _plugin: str = plugin) -> None:
            found.append(Contribution(plugin=_plugin, item=item))

        try:
            impl.function(register=register)
        except Exception as error:  # third-party code: name it, keep going
            found.append(Contribution(plugin=plugin, item=HookFailure(hook=hook_name,
                                                                      detail=f"{type(error).__name__}: {error}")))
    return found


def assemble_catalog(pm: pluggy.PluginManager, config: RegionsConfig, strict: bool = True) -> Catalog:
    """Build the catalog; with ``strict`` raise CatalogError when any error was found."""
    builder = _Builder(config)
    catalog = builder.build(
        currencies=collect(pm, "register_currencies"),
        regions=collect(pm, "register_regions"),
        methods=collect(pm, "register_payment_methods"),
        price_lists=collect(pm, "register_price_lists"),
        locales=collect(pm, "register_locales"),
    )
    if strict and catalog.errors:
        raise CatalogError(list(catalog.errors))
    return catalog


class _Builder:
    def __init__(self, config: RegionsConfig) -> None:
        self.config = config
        self.problems: list[Problem] = []
        self.rejected: dict[str, str] = {}  # id -> why a plugin's contribution was refused

    def problem(self, severity: Literal["error", "warning"], code: str, **arguments: Any) -> None:
        self.problems.append(Problem(severity=severity, code=code, text=operator_text(f"problem-{code}", **arguments)))

    def unique(self, contributions: list[Contribution], kind: type, key: Callable[[Any], str],
               code: str) -> dict[str, Contribution]:
        """Index contributions by id; a second plugin claiming the same id is an error."""
        seen: dict[str, Contribution] = {}
        for contribution in contributions:
            if not isinstance(contribution.item, kind):
                self.problem("error", "wrong-type", plugin=contribution.plugin, expected=kind.__name__,
                             got=type(contribution.item).__name__)
                continue
            invalid = _validation_error(contribution.item)
            if invalid is not None:
                ident = str(getattr(contribution.item, "id", getattr(contribution.item, "code", "?")))
                self.problem("error", "invalid-contribution", plugin=contribution.plugin, kind=kind.__name__,
                             id=ident, field=invalid[0], detail=invalid[1])
                self.rejected[ident] = f'plugin "{contribution.plugin}", field {invalid[0]}: {invalid[1]}'
                continue
            ident = key(contribution.item)
            if ident in seen and seen[ident].item != contribution.item:
                self.problem("error", code, id=ident, first=seen[ident].plugin, second=contribution.plugin)
                continue
            seen.setdefault(ident, contribution)
        return seen

    def build(self, **contributions: list[Contribution]) -> Catalog:
        for kind, items in list(contributions.items()):
            for c in items:
                if isinstance(c.item, HookFailure):
                    self.problem("error", "hook-failed", plugin=c.plugin, hook=c.item.hook, detail=c.item.detail)
            contributions[kind] = [c for c in items if not isinstance(c.item, HookFailure)]
        currencies = {k: c.item for k, c in self.unique(
            contributions["currencies"], Currency, lambda c: c.code, "duplicate-currency").items()}
        regions = {k: c.item for k, c in self.unique(
            contributions["regions"], Region, lambda r: r.id, "duplicate-region").items()}
        methods = self.method_windows({k: c.item for k, c in self.unique(
            contributions["methods"], PaymentMethod, lambda m: m.id, "duplicate-method").items()})
        countries = self.countries(regions, currencies, contributions["regions"])
        price_lists, by_country = self.price_lists(contributions["price_lists"], currencies, countries)
        locales = self.locales(contributions["locales"], countries)
        for method in methods.values():
            for code in sorted(method.currencies - currencies.keys()):
                self.problem("warning", "method-currency-unsupported", method=method.id, currency=code)
            for code in sorted((method.countries | method.excluded_countries) - countries.keys()):
                self.problem("warning", "method-country-unknown", method=method.id, country=code)
            if method.flow == "offline" and method.offline_expiry_days is None:
                self.problem("warning", "method-offline-no-expiry", method=method.id)
        method_rules = self.method_rules(countries, methods)
        offers = self.offers(countries, methods, currencies, method_rules)
        for entry in countries.values():  # a customer there could open a checkout and never pay
            if entry.enabled and not offers.get((entry.code, entry.currencies[-1])):
                self.problem("error", "country-without-methods", country=entry.code)
        if countries and not any(entry.enabled for entry in countries.values()):
            self.problem("warning", "nothing-switched-on", file=self.config.source or "-")
        return Catalog(
            countries=MappingProxyType(countries),
            regions=MappingProxyType(regions),
            methods=MappingProxyType(methods),
            currencies=MappingProxyType(currencies),
            price_lists=MappingProxyType(price_lists),
            locales=MappingProxyType(locales),
            problems=tuple(self.problems),
            contributions=MappingProxyType({k: tuple(v) for k, v in contributions.items()}),
            _offers=MappingProxyType(offers),
            _price_list_by_country=MappingProxyType(by_country),
            _method_rules=MappingProxyType(method_rules),
            rejected=MappingProxyType(self.rejected),
        )

    def countries(self, regions: dict[str, Region], currencies: dict[str, Currency],
                  contributions: list[Contribution]) -> dict[str, CountryEntry]:
        owner = {c.item.id: c.plugin for c in contributions if isinstance(c.item, Region)}
        for region_id in sorted(self.config.regions.keys() - regions.keys()):
            self.problem("error", "config-unknown-region", file=self.config.source, region=region_id,
                         known=", ".join(sorted(regions)) or "-")
        entries: dict[str, CountryEntry] = {}
        claimed: dict[str, str] = {}
        for region in regions.values():
            region_settings = self.config.regions.get(region.id)
            policy = _apply_policy(region.policy, region_settings.policy if region_settings else None)
            for code in sorted({policy.eligibility_currency, *policy.eligibility_equivalents} - currencies.keys()):
                self.problem("error", "policy-currency-unsupported", region=region.id, currency=code)
            for country in region.countries:
                if country.code in claimed:
                    self.problem("error", "duplicate-country", country=country.code,
                                 first=claimed[country.code], second=owner[region.id])
                    continue
                claimed[country.code] = owner[region.id]
                if not country.currencies:
                    self.problem("error", "country-without-currency", country=country.code, plugin=owner[region.id])
                    continue
                for ref in country.currencies:
                    if ref.code not in currencies:
                        self.problem("error", "country-currency-unsupported", country=country.code,
                                     currency=ref.code, plugin=owner[region.id])
                settings = self.config.countries.get(country.code)
                enabled = bool(region_settings and region_settings.enabled) and not country.embargoed
                if settings is not None and settings.enabled is not None:
                    enabled = settings.enabled
                    if enabled and country.embargoed and not settings.embargo_acknowledged:
                        self.problem("error", "embargo-not-acknowledged", file=self.config.source,
                                     country=country.code)
                        enabled = False
                entries[country.code] = CountryEntry(
                    code=country.code,
                    name=_ENGLISH.territories.get(country.code, country.code),
                    region=region.id,
                    wave=country.wave,
                    live_from=(settings.live_from if settings and settings.live_from else country.live_from),
                    enabled=enabled,
                    embargoed=country.embargoed,
                    currencies=tuple(c.code for c in country.currencies),
                    currency_since=tuple(c.since for c in country.currencies),
                    seller=country.seller,
                    email_locale=country.email_locale,
                    web_locale=country.web_locale,
                    support_phone=country.support_phone,
                    policy=policy,
                )
        for code in sorted(self.config.countries.keys() - entries.keys()):
            self.problem("error", "config-unknown-country", file=self.config.source, country=code,
                         suggestion=_suggest_country(code, entries))
        return dict(sorted(entries.items()))

    def price_lists(self, contributions: list[Contribution], currencies: dict[str, Currency],
                    countries: dict[str, CountryEntry]) -> tuple[dict[str, PriceList], dict]:
        lists = {k: c.item for k, c in self.unique(
            contributions, PriceList, lambda p: p.id, "duplicate-price-list").items()}
        by_country: dict[tuple[str, str], PriceList] = {}
        for price_list in lists.values():
            if price_list.currency not in currencies:
                self.problem("error", "price-list-currency", price_list=price_list.id, currency=price_list.currency)
                continue
            levels = set(price_list.service_levels)
            for item in price_list.items:
                if item.service_level not in levels:
                    self.problem("error", "price-list-level", price_list=price_list.id, sku=item.sku,
                                 level=item.service_level)
            for country in price_list.countries:
                if country not in countries:
                    self.problem("warning", "price-list-country", price_list=price_list.id, country=country)
                key = (country, price_list.currency)
                if key in by_country:
                    self.problem("error", "price-list-overlap", country=country, currency=price_list.currency,
                                 first=by_country[key].id, second=price_list.id)
                    continue
                by_country[key] = price_list
        for entry in countries.values():
            if entry.enabled and (entry.code, entry.currencies[-1]) not in by_country:
                self.problem("warning", "country-without-price-list", country=entry.code,
                             currency=entry.currencies[-1])
        return lists, by_country

    def locales(self, contributions: list[Contribution],
                countries: dict[str, CountryEntry]) -> dict[tuple[str, str], LocaleCatalog]:
        merged: dict[tuple[str, str], dict[str, Any]] = defaultdict(
            lambda: {"sources": [], "ftl": [], "ids": {}})
        for contribution in contributions:
            resource = contribution.item
            if not isinstance(resource, LocaleResource):
                self.problem("error", "wrong-type", plugin=contribution.plugin, expected="LocaleResource",
                             got=type(resource).__name__)
                continue
            bucket = merged[(resource.channel, resource.code)]
            for entry in ftl_index.entries(resource.ftl):
                if entry.kind == "junk":
                    self.problem("error", "ftl-junk", source=resource.source, line=entry.line, detail=entry.detail)
                else:
                    ident = ("-" if entry.kind == "term" else "") + entry.id
                    if ident in bucket["ids"]:
                        self.problem("error", "duplicate-message", id=ident, locale=resource.code,
                                     channel=resource.channel, first=bucket["ids"][ident], second=resource.source)
                        continue
                    bucket["ids"][ident] = resource.source
            bucket["sources"].append(resource.source)
            bucket["ftl"].append(resource.ftl)
        locales = {
            key: LocaleCatalog(code=key[1], channel=key[0], sources=tuple(b["sources"]), ftl=tuple(b["ftl"]),
                               message_ids=frozenset(i for i in b["ids"] if not i.startswith("-")))
            for key, b in sorted(merged.items())
            if any(not i.startswith("-") for i in b["ids"])  # a glossary (terms only) makes no locale
        }
        for (channel, code), locale in locales.items():
            base = locales.get((channel, BASE_LOCALE))
            if base is None or code == BASE_LOCALE:
                continue
            missing = sorted(base.message_ids - locale.message_ids)
            if missing:
                self.problem("warning", "locale-missing-messages", locale=code, channel=channel,
                             count=len(missing), ids=", ".join(missing[:8]) + (" …" if len(missing) > 8 else ""))
        for entry in countries.values():
            if not entry.enabled:
                continue
            for channel, code in (("email", entry.email_locale), ("web", entry.web_locale)):
                if (channel, code) not in locales:
                    self.problem("warning", "country-locale-missing", country=entry.code, channel=channel, locale=code)
        return locales

    def method_windows(self, methods: dict[str, PaymentMethod]) -> dict[str, PaymentMethod]:
        """``methods.<id>.valid_from/valid_until`` in the config override the plugin's window."""
        for method_id, settings in self.config.methods.items():
            if method_id not in methods:
                self.problem("warning", "config-unknown-method", file=self.config.source,
                             key=f"methods.{method_id}", method=method_id)
                continue
            methods[method_id] = msgspec.structs.replace(methods[method_id], valid_from=settings.valid_from,
                                                         valid_until=settings.valid_until)
        return methods

    def method_rules(self, countries: dict[str, CountryEntry],
                     methods: dict[str, PaymentMethod]) -> dict[str, tuple[tuple[str, MethodRules], ...]]:
        """Config restrictions that apply to each country, with the key that set them."""
        rules: dict[str, tuple[tuple[str, MethodRules], ...]] = {}
        named: list[tuple[str, MethodRules]] = []
        for code, entry in countries.items():
            applied = []
            region = self.config.regions.get(entry.region)
            if region is not None and region.methods != MethodRules():
                applied.append((f"regions.{entry.region}.methods", region.methods))
            country = self.config.countries.get(code)
            if country is not None and country.methods != MethodRules():
                applied.append((f"countries.{code}.methods", country.methods))
            named.extend(applied)
            rules[code] = tuple(applied)
        for key, rule in dict(named).items():
            for method in sorted((set(rule.exclude) | set(rule.only or ())) - methods.keys()):
                self.problem("warning", "config-unknown-method", file=self.config.source, key=key, method=method)
        return rules

    def offers(self, countries: dict[str, CountryEntry], methods: dict[str, PaymentMethod],
               currencies: dict[str, Currency],
               method_rules: Mapping[str, tuple[tuple[str, MethodRules], ...]]) -> dict[tuple[str, str], tuple]:
        """Precompute the offered methods for every enabled country and currency."""
        offers: dict[tuple[str, str], tuple[PaymentMethod, ...]] = {}
        ordered = sorted(methods.values(), key=lambda m: (m.flow != "instant", m.id))
        for code, entry in countries.items():
            if not entry.enabled:
                continue
            in_country = [
                m for m in ordered
                if _method_serves_country(m, code)
                and all(_rules_allow(r, m.id) for _, r in method_rules[code] if not r.dated)
            ]
            for currency in currencies:
                offers[(code, currency)] = tuple(m for m in in_country if not m.currencies or currency in m.currencies)
        return offers


# Codes people write for a country that ISO 3166 spells otherwise.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR", "EN": "GB", "KS": "XK"}


def _suggest_country(code: str, known: Mapping[str, CountryEntry]) -> str:
    """``UK`` -> "did you mean GB (United Kingdom)?"; an English name works too."""
    guess = _COUNTRY_ALIASES.get(code.upper())
    if guess is None:
        by_name = {entry.name.upper(): entry.code for entry in known.values()}
        close = difflib.get_close_matches(code.upper(), list(by_name), n=1, cutoff=0.75)
        guess = by_name[close[0]] if close else None
    if guess is None or guess not in known:
        return "none"
    return operator_text("config-suggest-country", code=guess, name=known[guess].name)


def _apply_policy(policy: RegionPolicy, overrides: Any) -> RegionPolicy:
    if overrides is None:
        return policy
    changes = {f: getattr(overrides, f) for f in overrides.__struct_fields__ if getattr(overrides, f) is not None}
    return msgspec.structs.replace(policy, **changes)
