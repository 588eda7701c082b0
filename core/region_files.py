"""Helper for region plugins: a region package's data files, read into the core's structs.

Regional teams maintain countries and prices as data, not code, so a region plugin's
``__init__.py`` only hands what :func:`load_region` returns to its three hooks.
A region package holds:

``region.toml``
    ``id``, ``name``, ``service_levels`` (lowest first), ``[waves]`` (wave number ->
    go-live date), ``[policy]`` (a RegionPolicy), ``[reinstatement_fee_minimum]``
    (per price list currency) and, for a currency with a validity window,
    ``[currencies.<CODE>]`` with ``valid_until`` and ``replaced_by``.
``countries.csv``
    One row per country: ``code, name, wave, currencies, seller, email_locale,
    web_locale, support_phone, embargoed``. ``name`` is for people reading the file
    (the catalog names countries through babel). ``currencies`` is the transaction
    currency over time, oldest first: ``LVL; EUR from 2014-01-01``. ``embargoed`` is
    ``yes`` or empty.
``prices/<region id>-<currency>.csv``
    One price list per currency: ``sku, product, service_level, term_years, price``
    (``product`` is for people). It covers every country of the region that transacts,
    or once transacted, in that currency.

The plugin registers every currency its countries and price lists use. Numbers are
read from their text straight into ``Decimal``, never through float.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TypeVar

import msgspec

from core.hookspecs import hookimpl
from core.model import Country, CountryCurrency, Currency, PriceItem, PriceList, Region, RegionPolicy

T = TypeVar("T")


class RegionData(msgspec.Struct, frozen=True):
    """Everything one region plugin registers."""

    currencies: tuple[Currency, ...]
    region: Region
    price_lists: tuple[PriceList, ...]


@cache
def load_region(package: str) -> RegionData:
    """Read ``package``'s region.toml, countries.csv and prices/*.csv (once per process)."""
    root = files(package)
    settings = tomllib.loads((root / "region.toml").read_text(encoding="utf-8"), parse_float=Decimal)
    waves = {int(wave): day for wave, day in settings["waves"].items()}
    countries = tuple(_rows(root / "countries.csv", f"{package}/countries.csv", lambda row: _country(row, waves)))
    region = Region(id=settings["id"], name=settings["name"], countries=countries,
                    policy=msgspec.convert(settings["policy"], RegionPolicy))
    price_files = sorted((f for f in (root / "prices").iterdir() if f.name.endswith(".csv")), key=lambda f: f.name)
    price_lists = tuple(_price_list(f, f"{package}/prices/{f.name}", region, settings) for f in price_files)
    used = {entry.code for country in countries for entry in country.currencies}
    used |= {price_list.currency for price_list in price_lists}
    windows = settings.get("currencies", {})
    currencies = tuple(msgspec.convert({"code": code, **windows.get(code, {})}, Currency) for code in sorted(used))
    return RegionData(currencies=currencies, region=region, price_lists=price_lists)


def _country(row: dict[str, str], waves: dict[int, date]) -> Country:
    wave = int(row["wave"])
    if wave not in waves:
        raise ValueError(f"wave {wave} has no date in region.toml [waves]")
    return Country(
        code=row["code"],
        wave=wave,
        live_from=waves[wave],
        currencies=tuple(_country_currency(part) for part in row["currencies"].split(";")),
        seller=row["seller"],
        email_locale=row["email_locale"],
        web_locale=row["web_locale"],
        support_phone=row["support_phone"],
        embargoed=row["embargoed"] == "yes",
    )


def _country_currency(text: str) -> CountryCurrency:
    """``EUR`` or ``EUR from 2014-01-01``."""
    code, _, since = text.strip().partition(" from ")
    return CountryCurrency(code=code, since=date.fromisoformat(since) if since else None)


def _price_list(resource: Traversable, source: str, region: Region, settings: dict) -> PriceList:
    list_id = resource.name.removesuffix(".csv")
    prefix, _, currency = list_id.rpartition("-")
    currency = currency.upper()
    if prefix != region.id or currency not in settings["reinstatement_fee_minimum"]:
        raise ValueError(f"{source}: name it {region.id}-<currency>.csv and give its currency a "
                         "[reinstatement_fee_minimum] in region.toml")
    items = tuple(_rows(resource, source, lambda row: PriceItem(
        sku=row["sku"], service_level=row["service_level"], term_years=int(row["term_years"]),
        price=Decimal(row["price"]))))
    return PriceList(
        id=list_id,
        currency=currency,
        countries=tuple(c.code for c in region.countries if any(e.code == currency for e in c.currencies)),
        service_levels=tuple(settings["service_levels"]),
        items=items,
        reinstatement_fee_minimum=Decimal(settings["reinstatement_fee_minimum"][currency]),
    )


def _rows(resource: Traversable, source: str, parse: Callable[[dict[str, str]], T]) -> Iterator[T]:
    """Parse each CSV row; a bad row names the file, the line and the problem."""
    reader = csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8")))
    for row in reader:
        try:
            yield parse(row)
        except (KeyError, ValueError, ArithmeticError, msgspec.ValidationError) as error:
            raise ValueError(f"{source}: line {reader.line_num}: {type(error).__name__}: {error}") from error


class RegionPlugin:
    """The plugin object of a region package: its three hooks, answered from its data files."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.__name__ = package

    @hookimpl
    def register_currencies(self, register):
        for currency in load_region(self.package).currencies:
            register(currency)

    @hookimpl
    def register_regions(self, register):
        register(load_region(self.package).region)

    @hookimpl
    def register_price_lists(self, register):
        for price_list in load_region(self.package).price_lists:
            register(price_list)
