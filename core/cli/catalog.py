"""``renewals plugins`` and ``renewals catalog ...``."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date

import click
import msgspec

from core.catalog import Catalog
from core.coverage import check_problems
from core.cli.output import COUNTRY, CURRENCY, DATE, emit_json, emit_table, friendly_errors
from core.errors import UnknownCountry, UnknownCurrency
from core.model import Currency, LocaleResource, PaymentMethod, PriceList, Region
from core.operator_text import operator_text
from core.plugins import describe_plugins


class CountryRow(msgspec.Struct):
    country: str
    name: str
    region: str
    live_from: date
    live: bool
    currency: str
    seller: str
    email_locale: str
    web_locale: str
    payment_methods: list[str]


class MethodRow(msgspec.Struct):
    id: str
    kind: str
    flow: str
    currencies: list[str]


class PluginRow(msgspec.Struct):
    name: str
    distribution: str | None
    version: str | None
    kind: list[str]
    contributes: list[str]


def _summaries(catalog: Catalog) -> dict[str, list[str]]:
    """What each plugin contributed, in a few words per hook."""
    grouped: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for contributions in catalog.contributions.values():
        for c in contributions:
            item = c.item
            if isinstance(item, PaymentMethod):
                grouped[c.plugin]["methods"].append(item.id)
            elif isinstance(item, Region):
                grouped[c.plugin]["regions"].append(f"{item.id} ({len(item.countries)} countries)")
            elif isinstance(item, PriceList):
                grouped[c.plugin]["price lists"].append(item.id)
            elif isinstance(item, Currency):
                grouped[c.plugin]["currencies"].append(item.code)
            elif isinstance(item, LocaleResource):
                grouped[c.plugin][f"{item.channel} locales"].append(item.code)
    return {plugin: [f"{kind}: {', '.join(dict.fromkeys(items))}" for kind, items in kinds.items()]
            for plugin, kinds in grouped.items()}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
@friendly_errors
def plugins(ctx, as_json: bool) -> None:
    """Installed plugins, their kind, version and what each contributes."""
    platform = ctx.platform(strict=False)
    summaries = _summaries(platform.catalog)
    rows = [PluginRow(name=i.name, distribution=i.distribution, version=i.version, kind=list(i.kinds),
                      contributes=summaries.get(i.name, []) + [h for h in i.hooks if not h.startswith("register_")])
            for i in describe_plugins(platform.plugins)]
    if as_json:
        emit_json(rows)
    else:
        emit_table(["plugin", "distribution", "version", "kind", "contributes"],
                   ([r.name, r.distribution, r.version, r.kind, "\n".join(r.contributes)] for r in rows))


@click.group()
def catalog() -> None:
    """The assembled catalog: countries, payment methods, and why."""


@catalog.command()
@click.option("--on", "day", type=DATE, default=None, help="Date to evaluate (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
@friendly_errors
def countries(ctx, day: date | None, as_json: bool) -> None:
    """One row per country any installed region plugin provides."""
    cat = ctx.platform().catalog
    day = day or date.today()
    rows = []
    for entry in cat.countries.values():
        currency = entry.currency_on(day)
        rows.append(CountryRow(
            country=entry.code, name=entry.name, region=entry.region, live_from=entry.live_from,
            live=entry.live_on(day), currency=currency, seller=entry.seller, email_locale=entry.email_locale,
            web_locale=entry.web_locale,
            payment_methods=[m.id for m in cat.methods_for(entry.code, currency, day)],
        ))
    if as_json:
        emit_json(rows)
    else:
        emit_table(list(CountryRow.__struct_fields__), (msgspec.structs.astuple(r) for r in rows))


@catalog.command()
@click.option("--country", type=COUNTRY, required=True, help="ISO 3166 alpha-2 country code.")
@click.option("--currency", type=CURRENCY, default=None, help="Currency (default: the country's).")
@click.option("--on", "day", type=DATE, default=None, help="Date to evaluate (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
@friendly_errors
def methods(ctx, country: str, currency: str | None, day: date | None, as_json: bool) -> None:
    """Payment methods offered in a country (and currency) on a date."""
    cat = ctx.platform().catalog
    day = day or date.today()
    entry = cat.country(country)
    currency = currency or entry.currency_on(day)
    if currency not in cat.currencies:
        raise UnknownCurrency(currency=currency)
    rows = [MethodRow(id=m.id, kind=m.kind, flow=m.flow, currencies=sorted(m.currencies) or ["*"])
            for m in cat.methods_for(country, currency, day)]
    if as_json:
        emit_json(rows)
    else:
        emit_table(["id", "kind", "flow", "currencies"], (msgspec.structs.astuple(r) for r in rows),
                   title=f"{country} {currency} {day.isoformat()}")
    if not rows:  # an empty answer is not an error, but a team needs to know why
        for reason in cat.why_no_methods(country, currency, day):
            click.echo(f"  - [{reason.code}] {reason.text}", err=as_json)


@catalog.command()
@click.option("--country", type=COUNTRY, required=True, help="ISO 3166 alpha-2 country code.")
@click.option("--method", "method", required=True, help="Payment method id (see renewals catalog methods).")
@click.option("--currency", type=CURRENCY, default=None, help="Currency (default: the country's).")
@click.option("--on", "day", type=DATE, default=None, help="Date to evaluate (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@friendly_errors
def explain(ctx, country: str, method: str, currency: str | None, day: date | None, as_json: bool) -> None:
    """Why a payment method is or is not offered (availability is default-deny).

    Exit status 2 when the method or the country is not installed at all (a typo, like
    every not-found in this CLI), with the same explanation on stderr.
    """
    answer = ctx.platform().catalog.explain(country, method, currency, day or date.today())
    not_found = any(reason.code in NOT_FOUND for reason in answer.reasons)
    if as_json:
        emit_json(answer)
        sys.exit(2 if not_found else 0)
    click.echo(operator_text("explain-verdict", method=answer.method, country=answer.country,
                             currency=answer.currency or "-", on=answer.on.isoformat(),
                             offered="yes" if answer.offered else "no"), err=not_found)
    for reason in answer.reasons:
        click.echo(f"  - [{reason.code}] {reason.text}", err=not_found)
    sys.exit(2 if not_found else 0)


NOT_FOUND = frozenset({"not-installed", "country-unknown"})  # explained, yet the question named nothing installed


@catalog.command()
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.pass_obj
@friendly_errors
def check(ctx, strict: bool) -> None:
    """Validate plugins and config; exit 1 when there are errors (or warnings with --strict)."""
    platform = ctx.platform(strict=False)
    cat = platform.catalog
    problems, coverage = check_problems(platform.plugins, cat)  # translation policy: core/coverage.py
    if strict:  # a config that switches nothing on cannot pass a CI gate
        problems = [msgspec.structs.replace(p, severity="error") if p.code == "nothing-switched-on" else p
                    for p in problems]
    for problem in problems:
        click.echo(operator_text(f"check-{problem.severity}", text=problem.text), err=problem.severity == "error")
    for line in coverage.summary():
        click.echo(line)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    failed = bool(errors) or (strict and bool(warnings))
    click.echo(operator_text("check-summary", errors=len(errors), warnings=len(warnings),
                             countries=len(cat.countries), methods=len(cat.methods), locales=len(cat.locales)))
    sys.exit(1 if failed else 0)


__all__ = ["catalog", "plugins", "UnknownCountry"]
