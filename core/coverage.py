"""The translation policy, stated once, and the report ``renewals catalog check`` prints.

The policy is the same for every plugin, whoever ships the text:

1. **English is required.** Every message a plugin defines in any locale, and
   every message one of its payment methods needs (:func:`method_messages`),
   must exist in the English catalog of its channel. Missing English is an
   *error*: English is the fallback every customer ends up reading.
2. **Translations are reported, by locale, for every plugin**, the same way
   whether a plugin ships none or some (:class:`LocaleCoverage` rows).
3. **Where it is offered, it must be translated.** A message is *needed* in
   the web and email locale of every switched-on country where it is used: a
   payment method's messages where the method is offered, every other message
   everywhere. A needed message missing there is a *warning*, so
   ``catalog check --strict`` fails; elsewhere a gap is only reported (the
   page falls back to English).

A payment method also needs a processor: a plugin implementing the hooks of
its flow (``authorize_payment`` for instant, ``offline_instructions`` and
``settle_offline_payment`` for offline). None installed is an error; a
method whose own plugin implements none of them is a warning, since the
processor may legitimately be another plugin (a card gateway).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from functools import cache

import msgspec
import pluggy
from fluent.syntax import FluentParser, ast

from core.catalog import BASE_LOCALE, Catalog, Problem
from core.model import LocaleResource, PaymentMethod
from core.operator_text import operator_text
from core.plugins import plugin_label

CHANNELS = ("web", "email")
PROCESSOR_HOOKS = {
    "instant": ("authorize_payment",),
    "offline": ("offline_instructions", "settle_offline_payment"),
}
# Catalog problems this policy replaces with a country-aware rule (see module docstring).
SUPERSEDED = frozenset({"locale-missing-messages"})


def method_messages(method: PaymentMethod,
                    english: Mapping[str, Collection[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """The Fluent ids the checkout (web) and the emails need for ``method``, per channel.

    ``payment-method-<id>`` names the method on the method step, the order
    confirmation and in emails. An offline method's instructions are
    ``offline-instructions-<id>``, or variants of it named
    ``offline-instructions-<id>-<variant>`` (one per way of paying, e.g. per
    seller's banking system), rendered with the arguments its
    ``offline_instructions`` hook returns. With ``english`` (channel -> the
    English ids), the variants it has are needed too; without any, the plain id.
    """
    needed = {}
    for channel in CHANNELS:
        ids = [f"payment-method-{method.id}"]
        if method.flow == "offline":
            base = f"offline-instructions-{method.id}"
            known = sorted(i for i in (english or {}).get(channel, ()) if i == base or i.startswith(base + "-"))
            ids += known or [base]
        needed[channel] = tuple(ids)
    return needed


def english_ids(catalog: Catalog) -> dict[str, frozenset[str]]:
    """The English message ids per channel, as :func:`method_messages` takes them."""
    return {channel: (catalog.locale(channel, BASE_LOCALE).message_ids if catalog.locale(channel, BASE_LOCALE)
                      else frozenset()) for channel in CHANNELS}


class LocaleCoverage(msgspec.Struct, frozen=True):
    """How much of one plugin's text one locale has; ``needed`` when a country offering it uses the locale."""

    plugin: str
    channel: str
    locale: str
    needed: bool
    present: int
    total: int
    missing: tuple[str, ...]


class CoverageReport(msgspec.Struct, frozen=True):
    rows: tuple[LocaleCoverage, ...]
    problems: tuple[Problem, ...]

    def summary(self) -> list[str]:
        """One line per plugin and channel: how many locales are complete, and the gaps."""
        grouped: dict[tuple[str, str], list[LocaleCoverage]] = defaultdict(list)
        for row in self.rows:
            grouped[(row.plugin, row.channel)].append(row)
        lines = []
        for (plugin, channel), rows in sorted(grouped.items()):
            if not rows[0].total:
                continue
            gaps = [r for r in rows if r.missing]
            lines.append(operator_text(
                "coverage-summary", plugin=plugin, channel=channel, messages=rows[0].total,
                complete=len(rows) - len(gaps), locales=len(rows),
                gaps=", ".join(f"{r.locale} ({len(r.missing)})" for r in gaps) or "-"))
        return lines


def check_problems(pm: pluggy.PluginManager, catalog: Catalog) -> tuple[list[Problem], CoverageReport]:
    """Everything ``catalog check`` reports: the catalog's problems under this policy, and the coverage."""
    report = translation_coverage(pm, catalog)
    problems = [p for p in catalog.problems if p.code not in SUPERSEDED] + list(report.problems)
    return problems, report


def translation_coverage(pm: pluggy.PluginManager, catalog: Catalog) -> CoverageReport:
    problems: list[Problem] = []

    def problem(severity, code, **arguments):
        problems.append(Problem(severity=severity, code=code, text=operator_text(f"problem-{code}", **arguments)))

    owner = {c.item.id: c.plugin for c in catalog.contributions.get("methods", ())
             if isinstance(c.item, PaymentMethod)}
    defined_by: dict[tuple[str, str], set[str]] = defaultdict(set)  # (plugin, channel) -> English ids
    for contribution in catalog.contributions.get("locales", ()):
        resource = contribution.item
        if not isinstance(resource, LocaleResource):
            continue
        ids = message_ids(resource.ftl)
        english = catalog.locale(resource.channel, BASE_LOCALE)
        if resource.code == BASE_LOCALE:
            defined_by[(contribution.plugin, resource.channel)] |= ids
            continue
        for ident in sorted(ids - (english.message_ids if english else frozenset())):
            problem("error", "not-in-english", plugin=contribution.plugin, id=ident,
                    locale=resource.code, channel=resource.channel, source=resource.source)

    method_of: dict[tuple[str, str], PaymentMethod] = {}  # (channel, id) -> the method needing it
    english_by_channel = english_ids(catalog)
    for method in catalog.methods.values():
        plugin = owner.get(method.id, "?")
        for channel, ids in method_messages(method, english_by_channel).items():
            defined_by[(plugin, channel)] |= set(ids)
            english = catalog.locale(channel, BASE_LOCALE)
            for ident in ids:
                method_of[(channel, ident)] = method
                if english is None or ident not in english.message_ids:
                    problem("error", "method-message-english", method=method.id, plugin=plugin,
                            id=ident, channel=channel)
        _check_processor(pm, method, plugin, problem)

    offered_in = _countries_offering(catalog)
    every_country = [c for c in catalog.countries.values() if c.enabled]

    everywhere = {channel: {_locale_of(country, channel) for country in every_country} for channel in CHANNELS}

    @cache
    def readers(channel: str, ident: str) -> frozenset[str]:
        """The locales of the switched-on countries where ``ident`` is shown."""
        method = method_of.get((channel, ident))
        if method is None:
            return frozenset(everywhere[channel])
        return frozenset(_locale_of(country, channel) for country in offered_in.get(method.id, []))

    rows: list[LocaleCoverage] = []
    gaps: dict[tuple[str, str, str], list[str]] = defaultdict(list)  # (channel, locale, method or "") -> ids
    for (plugin, channel), ids in sorted(defined_by.items()):
        needed_in = set().union(*(readers(channel, ident) for ident in ids)) if ids else set()
        for code in catalog.locale_codes(channel):
            present = catalog.locale(channel, code).message_ids
            if not present:
                continue  # only terms (a glossary): not a locale customers read
            missing = tuple(sorted(ids - present))
            for ident in missing if code != BASE_LOCALE else ():
                if code in readers(channel, ident):
                    method = method_of.get((channel, ident))
                    gaps[(channel, code, method.id if method else "")].append(ident)
            rows.append(LocaleCoverage(plugin=plugin, channel=channel, locale=code, needed=code in needed_in,
                                       present=len(ids) - len(missing), total=len(ids), missing=missing))
    for (channel, code, method_id), ids in sorted(gaps.items()):
        ids = sorted(set(ids))
        shown = ", ".join(ids[:8]) + (" …" if len(ids) > 8 else "")
        if method_id:
            countries = sorted(c.code for c in offered_in[method_id] if _locale_of(c, channel) == code)
            problem("warning", "method-message-missing", method=method_id, channel=channel, locale=code,
                    ids=shown, countries=", ".join(countries[:8]) + (" …" if len(countries) > 8 else ""))
        else:
            problem("warning", "locale-incomplete", channel=channel, locale=code, count=len(ids), ids=shown)
    return CoverageReport(rows=tuple(rows), problems=tuple(problems))


def _check_processor(pm: pluggy.PluginManager, method: PaymentMethod, plugin: str, problem) -> None:
    hooks = PROCESSOR_HOOKS[method.flow]
    implementers = {name: {plugin_label(impl.plugin_name, impl.plugin) for impl in getattr(pm.hook, name).get_hookimpls()}
                    for name in hooks}
    for name in hooks:
        if not implementers[name]:
            problem("error", "method-no-processor", method=method.id, plugin=plugin, flow=method.flow, hook=name)
    if all(implementers.values()) and not any(plugin in names for names in implementers.values()):
        problem("warning", "method-processor-elsewhere", method=method.id, plugin=plugin, flow=method.flow,
                hooks=", ".join(hooks))


def _countries_offering(catalog: Catalog) -> dict[str, list]:
    """Switched-on countries where each method is offered, in any currency the country may pay in."""
    offers = catalog._offers  # the catalog's precomputed (country, currency) -> methods
    found: dict[str, dict[str, object]] = defaultdict(dict)
    for (country, _currency), methods in offers.items():
        for method in methods:
            found[method.id][country] = catalog.countries[country]
    return {method: list(countries.values()) for method, countries in found.items()}


def _locale_of(country, channel: str) -> str:
    return country.web_locale if channel == "web" else country.email_locale


@cache
def message_ids(ftl: str) -> frozenset[str]:
    return frozenset(entry.id.name for entry in FluentParser().parse(ftl).body if isinstance(entry, ast.Message))
