"""Deterministic demo contracts across every live country.

The same ``--contracts``, ``--seed`` and day give the same contracts, and
seeding twice changes nothing (it goes through the import's upsert). Among
them: expired contracts (reinstatement fee), OEM contracts, contracts over
the eligibility limit, and upgradable ones (basic level, one-year term);
most end within the next 60 days so the reminder schedule has work.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.catalog import Catalog
from core.errors import RenewalError
from core.model import PriceList
from core.renewals.contracts import ContractData, LineData

class NoLiveCountry(RenewalError):
    message_id = "error-no-live-country"


PROFILES = ("expired", "oem", "over_limit", "upgradable", "upgradable", "standard", "standard", "standard",
            "standard", "standard")
_NAME_FIRST = ("Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper",
               "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quartz", "Rowan", "Summit", "Tidal")
_NAME_SECOND = ("Systems", "Logistics", "Health", "Labs", "Foods", "Energy", "Media", "Finance", "Robotics",
                "Textiles", "Clinics", "Motors", "Analytics", "Studios", "Partners")


def demo_contracts(catalog: Catalog, count: int, seed: int, today: date) -> list[ContractData]:
    """``count`` contracts, round-robin over the countries live on ``today``."""
    rng = random.Random(seed)
    countries = [e for e in catalog.countries.values()
                 if e.live_on(today) and catalog.price_list_for(e.code, e.currency_on(today))]
    if not countries:
        raise NoLiveCountry(on=today.isoformat())
    contracts = []
    for index in range(count):
        entry = countries[index % len(countries)]
        price_list = catalog.price_list_for(entry.code, entry.currency_on(today))
        profile = PROFILES[rng.randrange(len(PROFILES))] if index >= len(PROFILES) else PROFILES[index]
        company = f"{rng.choice(_NAME_FIRST)} {rng.choice(_NAME_SECOND)}"
        customer = f"{company} ({entry.code}-{index % 97:02d})"
        slug = company.lower().replace(" ", "-")
        end = today + timedelta(days=rng.choice((15, 30, 60)) if rng.random() < 0.5 else rng.randint(5, 120))
        if profile == "expired":
            end = today - timedelta(days=rng.randint(10, 200))
        term = 1 if profile in ("upgradable", "over_limit") else rng.choice((1, 1, 3))
        contracts.append(ContractData(
            contract_number=f"DEMO-{entry.code}-{index + 1:06d}",
            customer=customer,
            country=entry.code,
            oem=profile == "oem",
            start_date=end - timedelta(days=365 * term),
            end_date=end,
            contacts=(f"it-renewals@{slug}.example", f"procurement@{slug}.example"),
            lines=_lines(rng, price_list, profile, term),
        ))
    return contracts


def _lines(rng: random.Random, price_list: PriceList, profile: str, term: int) -> tuple[LineData, ...]:
    lowest, highest = price_list.service_levels[0], price_list.service_levels[-1]
    skus = sorted({i.sku for i in price_list.items if i.term_years == term})
    if profile == "over_limit":
        priciest = max((i for i in price_list.items if i.term_years == term and i.service_level == highest),
                       key=lambda i: i.price)
        return (LineData(sku=priciest.sku, quantity=8, service_level=highest, term_years=term),)
    level = lowest if profile == "upgradable" else rng.choice(price_list.service_levels)
    cheapest = sorted((i for i in price_list.items if i.term_years == term and i.service_level == level),
                      key=lambda i: i.price)
    first = cheapest[rng.randrange(min(3, len(cheapest)))]
    lines = [LineData(sku=first.sku, quantity=rng.randint(1, 2), service_level=level, term_years=term)]
    if rng.random() < 0.3 and len(skus) > 1:
        second = cheapest[0] if cheapest[0].sku != first.sku else cheapest[1]
        lines.append(LineData(sku=second.sku, quantity=1, service_level=level, term_years=term))
    return tuple(lines)
