"""Demo customers with working personal links, one per sort of customer.

``./dev run`` prints these links after ``renewals demo seed`` so a person can
try every path at once: a card country (Korea), iDEAL (the Netherlands),
an expired contract (reinstatement fee), one over the online limit, an
Arabic page (right to left) and a Mexican customer paying in another
currency. The browser tests use the same customers. Run
``python -m core.checkout.demo`` (database from ``RENEWALS_DATABASE_URL``).
"""

from __future__ import annotations

import asyncio
import csv
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import msgspec

from core.catalog import Catalog
from core.links import IssuedLink, issue_link
from core.renewals.contracts import ContractData, LineData, upsert_contracts

# kind, country, profile (level, term, quantity and end date): data, so the core's code names no country.
CUSTOMERS = tuple(tuple(row) for row in csv.reader(
    (Path(__file__).with_name("demo_customers.csv")).read_text(encoding="utf-8").splitlines()[1:]))


class DemoLink(msgspec.Struct, frozen=True):
    kind: str
    contract: str
    country: str
    url: str
    token: str


def demo_customer(catalog: Catalog, kind: str, country: str, profile: str, today: date) -> ContractData:
    """A deterministic contract: the country's cheapest product at the lowest level for one year."""
    entry = catalog.country(country)
    price_list = catalog.price_list_for(country, entry.currency_on(today))
    level = price_list.service_levels[-1] if profile == "over_limit" else price_list.service_levels[0]
    items = sorted((i for i in price_list.items if i.service_level == level and i.term_years == 1),
                   key=lambda i: (i.price, i.sku))
    item = items[-1] if profile == "over_limit" else items[0]
    end = today - timedelta(days=45) if profile == "expired" else today + timedelta(days=30)
    slug = f"{kind}-{country}".lower()
    return ContractData(
        contract_number=f"DEMO-{country}-{kind.upper()}", customer=f"Demo {kind} customer ({country})",
        country=country, oem=False, start_date=end - timedelta(days=365), end_date=end,
        contacts=(f"it-renewals@{slug}.example",),
        lines=(LineData(sku=item.sku, quantity=20 if profile == "over_limit" else 1, service_level=level,
                        term_years=1),),
    )


async def seed_demo_links(catalog: Catalog, *, now: datetime, base_url: str,
                          kinds: tuple[str, ...] | None = None) -> list[DemoLink]:
    """Write the demo contracts (idempotent upsert) and mint a fresh link for each."""
    chosen = [c for c in CUSTOMERS if kinds is None or c[0] in kinds]
    contracts = [demo_customer(catalog, kind, country, profile, now.date()) for kind, country, profile in chosen]
    await upsert_contracts(contracts)
    links = []
    for (kind, country, _), contract in zip(chosen, contracts):
        issued: IssuedLink = await issue_link(contract.contract_number, now=now, base_url=base_url)
        links.append(DemoLink(kind=kind, contract=contract.contract_number, country=country, url=issued.url,
                              token=issued.token))
    return links


async def store_todays_demo_rates(catalog: Catalog, today: date) -> None:
    """The demo exchange rates, dated today: a quote in another currency needs a current rate."""
    from core.renewals.rates import store_rates
    from core.renewals.rates_file import read_rates

    rows = read_rates(Path(__file__).resolve().parents[1] / "renewals" / "demo_rates.csv", catalog)
    await store_rates([msgspec.structs.replace(row, valid_on=today) for row in rows])


def main() -> None:
    from core.db import session
    from core.platform import load_platform

    async def run() -> list[DemoLink]:
        await session.start()
        try:
            catalog = load_platform().catalog
            await store_todays_demo_rates(catalog, datetime.now(UTC).date())
            return await seed_demo_links(catalog, now=datetime.now(UTC),
                                         base_url=os.environ.get("RENEWALS_BASE_URL", "http://127.0.0.1:8000"))
        finally:
            await session.stop()

    for link in asyncio.run(run()):
        print(f"  {link.kind:<11} {link.country}  {link.url}")


if __name__ == "__main__":
    main()
