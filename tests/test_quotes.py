"""The quote engine on SQLite and PostgreSQL: list prices, eligibility at the
boundary, upgrades, reinstatement, FX and minor units, in at most two queries."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from piccolo.querystring import QueryString

from core.catalog import assemble_catalog
from core.config import RegionsConfig, RegionSettings
from core.hookspecs import hookimpl
from core.model import (
    Country,
    CountryCurrency,
    Currency,
    PriceItem,
    PriceList,
    Region,
    RegionPolicy,
)
from core.plugins import get_plugin_manager
from core.renewals.contracts import ContractData, LineData, mark_renewed, upsert_contracts
from core.renewals.quotes import InvalidUpgrade, PaymentCurrencyNotAccepted, QuoteOptions, quote_contract
from core.renewals.rates import RateRow, store_rates

ON = date(2026, 11, 24)
LIVE = date(2013, 2, 8)


def _country(code: str, currency: str, seller: str = "Seller International Ltd") -> Country:
    return Country(code=code, wave=1, live_from=LIVE, currencies=(CountryCurrency(code=currency),), seller=seller,
                   email_locale="en", web_locale="en", support_phone="+1 000")


def _list(currency: str, countries: tuple[str, ...], bound: str, penny: str, minimum: str) -> PriceList:
    items = (
        PriceItem(sku="BOUND", service_level="basic", term_years=1, price=Decimal(bound)),
        PriceItem(sku="BOUND", service_level="production", term_years=1, price=Decimal(bound) * Decimal("1.2")),
        PriceItem(sku="BOUND", service_level="basic", term_years=3, price=Decimal(bound) * Decimal("2.85")),
        PriceItem(sku="BOUND", service_level="production", term_years=3, price=Decimal(bound) * Decimal("3.42")),
        PriceItem(sku="PENNY", service_level="basic", term_years=1, price=Decimal(penny)),
    )
    return PriceList(id=f"test-{currency.lower()}", currency=currency, countries=countries,
                     service_levels=("basic", "production"), items=items,
                     reinstatement_fee_minimum=Decimal(minimum))


class Testland:
    """A region with round prices, so every boundary can be hit exactly."""

    @hookimpl
    def register_currencies(self, register):
        for code in ("USD", "EUR", "GBP", "JPY", "KRW"):
            register(Currency(code=code))
        register(Currency(code="LVL", valid_until=date(2013, 12, 31), replaced_by="EUR"))

    @hookimpl
    def register_regions(self, register):
        register(Region(id="testland", name="Testland", policy=RegionPolicy(
            eligibility_limit=Decimal("3000.00"), eligibility_currency="USD",
            eligibility_equivalents={"EUR": Decimal("2750.00"), "GBP": Decimal("2350.00"),
                                     "JPY": Decimal("450000"), "LVL": Decimal("1900.00")},
            reinstatement_fee_percent=Decimal("20"), fx_surcharge_percent=Decimal("3")),
            countries=(_country("US", "USD", "Seller Inc."), _country("DE", "EUR"), _country("GB", "GBP"),
                       _country("JP", "JPY"), _country("KR", "KRW"), _country("LV", "LVL"))))

    @hookimpl
    def register_payment_methods(self, register):  # a switched-on country needs a way to pay
        from core.model import PaymentMethod

        register(PaymentMethod(id="test_card", kind="card", flow="instant"))

    @hookimpl
    def register_price_lists(self, register):
        register(_list("USD", ("US",), "1500.00", "0.01", "50.00"))
        register(_list("EUR", ("DE",), "1375.00", "0.01", "40.00"))
        register(_list("GBP", ("GB",), "1175.00", "0.01", "35.00"))
        register(_list("JPY", ("JP",), "150001", "1", "7500"))
        register(_list("KRW", ("KR",), "1500000", "1", "70000"))
        register(_list("LVL", ("LV",), "950.00", "0.01", "30.00"))


@pytest.fixture(scope="module")
def testland():
    pm = get_plugin_manager(load_entry_points=False, extra_plugins=[Testland()])
    return assemble_catalog(pm, RegionsConfig(regions={"testland": RegionSettings(enabled=True)}), strict=True)


def contract(number: str, country: str, *lines: tuple[str, int, str, int], end: date = date(2027, 1, 15),
             oem: bool = False) -> ContractData:
    return ContractData(contract_number=number, customer=f"Customer of {number}", country=country, oem=oem,
                        start_date=date(2026, 1, 16), end_date=end, contacts=("it@example.com",),
                        lines=tuple(LineData(sku=s, quantity=q, service_level=lv, term_years=t)
                                    for s, q, lv, t in lines))


async def quote(catalog, number, **options):
    return await quote_contract(number, catalog, QuoteOptions(on=options.pop("on", ON), **options))


@pytest.mark.parametrize(
    ("country", "lines", "eligible"),
    [
        ("US", [("BOUND", 2, "basic", 1)], True),                          # USD 3,000.00
        ("US", [("BOUND", 2, "basic", 1), ("PENNY", 1, "basic", 1)], False),  # USD 3,000.01
        ("DE", [("BOUND", 2, "basic", 1)], True),                          # EUR 2,750.00 (the equivalent)
        ("DE", [("BOUND", 2, "basic", 1), ("PENNY", 1, "basic", 1)], False),  # EUR 2,750.01
    ],
)
async def test_eligibility_boundary(db, testland, country, lines, eligible):
    await upsert_contracts([contract("C-1", country, *lines)])
    result = await quote(testland, "C-1")
    assert result.eligible is eligible
    assert [r.code for r in result.reasons] == ([] if eligible else ["over_limit"])
    if not eligible:
        assert result.reasons[0].details["currency"] == testland.country(country).currency_on(ON)


async def test_limit_converted_at_the_stored_rate_when_no_equivalent(db, testland):
    await store_rates([RateRow(base="USD", quote="KRW", rate=Decimal("1000"), valid_on=date(2026, 1, 1))])
    await upsert_contracts([contract("K-1", "KR", ("BOUND", 2, "basic", 1), ("PENNY", 1, "basic", 1)),
                            contract("K-2", "KR", ("BOUND", 2, "basic", 1))])
    result = await quote(testland, "K-1")  # KRW 3,000,001 > USD 3,000 × 1,000
    assert [r.code for r in result.reasons] == ["over_limit"]
    assert result.reasons[0].details == {"limit": Decimal("3000000"), "currency": "KRW"}
    assert (await quote(testland, "K-2")).eligible  # KRW 3,000,000


async def test_oem_is_refused(db, testland):
    await upsert_contracts([contract("O-1", "US", ("BOUND", 1, "basic", 1), oem=True)])
    result = await quote(testland, "O-1")
    assert not result.eligible and [r.code for r in result.reasons] == ["oem"]


async def test_expired_contract_carries_the_reinstatement_fee(db, testland):
    await upsert_contracts([contract("E-1", "DE", ("BOUND", 1, "basic", 1), end=date(2026, 10, 1)),
                            contract("E-2", "DE", ("PENNY", 1, "basic", 1), end=date(2026, 10, 1))])
    result = await quote(testland, "E-1")
    assert result.eligible
    assert [(line.kind, line.amount) for line in result.lines] == [
        ("renewal", Decimal("1375.00")), ("reinstatement_fee", Decimal("275.00"))]
    assert result.total == Decimal("1650.00")
    small = await quote(testland, "E-2")
    assert small.lines[-1].amount == Decimal("40.00")  # the list's minimum fee
    active = await quote(testland, "E-1", on=date(2026, 9, 30))
    assert [line.kind for line in active.lines] == ["renewal"]


async def test_upgrades_are_priced_from_the_same_list(db, testland):
    await upsert_contracts([contract("U-1", "US", ("BOUND", 1, "basic", 1))])
    level = await quote(testland, "U-1", upgrade_level="production")
    assert [(line.kind, line.amount) for line in level.lines] == [("upgrade", Decimal("1800.00"))]
    both = await quote(testland, "U-1", upgrade_level="production", term_years=3)
    assert both.lines[0].amount == Decimal("5130.00") and both.eligible  # judged on the contract as it stands
    with pytest.raises(InvalidUpgrade):
        await upsert_contracts([contract("U-2", "US", ("BOUND", 1, "production", 1))])
        await quote(testland, "U-2", upgrade_level="basic")


async def test_paying_a_eur_quote_in_gbp(db, testland):
    await store_rates([RateRow(base="EUR", quote="GBP", rate=Decimal("0.8650"), valid_on=date(2026, 1, 1)),
                       RateRow(base="EUR", quote="GBP", rate=Decimal("0.9999"), valid_on=date(2027, 1, 1))])
    await upsert_contracts([contract("F-1", "DE", ("BOUND", 1, "basic", 1), ("PENNY", 3, "basic", 1))])
    result = await quote(testland, "F-1", currency="GBP")
    cent = Decimal("0.01")
    renewal = (Decimal("1375.00") * Decimal("0.8650")).quantize(cent, ROUND_HALF_UP)     # 1189.38
    pennies = (Decimal("0.03") * Decimal("0.8650")).quantize(cent, ROUND_HALF_UP)        # 0.03
    surcharge = ((renewal + pennies) * Decimal("3") / 100).quantize(cent, ROUND_HALF_UP)  # 35.68
    assert result.currency == "GBP" and result.quote_currency == "EUR"
    assert result.exchange_rate == Decimal("0.8650")
    assert [(line.kind, line.amount) for line in result.lines] == [
        ("renewal", renewal), ("renewal", pennies), ("fx_surcharge", surcharge)]
    assert result.total == renewal + pennies + surcharge == Decimal("1225.09")
    assert result.lines[0].original_amount == Decimal("1375.00")


async def test_krw_and_jpy_quotes_have_no_minor_units(db, testland):
    await store_rates([RateRow(base="USD", quote="KRW", rate=Decimal("1400.5"), valid_on=date(2026, 1, 1)),
                       RateRow(base="USD", quote="JPY", rate=Decimal("154.37"), valid_on=date(2026, 1, 1))])
    await upsert_contracts([contract("J-1", "JP", ("BOUND", 1, "basic", 1), end=date(2026, 10, 1)),
                            contract("D-1", "US", ("BOUND", 1, "basic", 1))])
    jpy = await quote(testland, "J-1")
    assert jpy.currency == "JPY" and all(line.amount.as_tuple().exponent == 0 for line in jpy.lines)
    assert jpy.lines[1].amount == Decimal("30000")  # 20 % of 150001 = 30000.2, rounded to whole yen
    krw = await quote(testland, "D-1", currency="KRW")
    assert krw.currency == "KRW" and all(line.amount.as_tuple().exponent == 0 for line in krw.lines)
    assert krw.lines[0].amount == Decimal("2100750")  # 1500.00 × 1400.5
    assert krw.total.as_tuple().exponent == 0


async def test_already_renewed_and_not_found(db, testland):
    await upsert_contracts([contract("R-1", "US", ("BOUND", 1, "basic", 1))])
    await mark_renewed("R-1", "partner")
    assert [r.code for r in (await quote(testland, "R-1")).reasons] == ["already_renewed_partner"]
    missing = await quote(testland, "NOPE")
    assert [r.code for r in missing.reasons] == ["contract_not_found"] and missing.lines == ()


async def test_country_not_live_and_retired_currency_with_the_real_catalog(db, catalog):
    await upsert_contracts([
        ContractData(contract_number="JP-1", customer="Tanaka KK", country="JP", oem=False,
                     start_date=date(2012, 7, 1), end_date=date(2013, 7, 31), contacts=("it@tanaka.example",),
                     lines=(LineData(sku="VS8-STD-C", quantity=2, service_level="production", term_years=1),)),
        ContractData(contract_number="LV-1", customer="Riga SIA", country="LV", oem=False,
                     start_date=date(2013, 2, 1), end_date=date(2014, 2, 1), contacts=("it@riga.example",),
                     lines=(LineData(sku="VS8-STD-C", quantity=1, service_level="basic", term_years=1),)),
    ])
    early = await quote_contract("JP-1", catalog, QuoteOptions(on=date(2013, 7, 14)))
    assert [r.code for r in early.reasons] == ["country_not_live"]
    assert early.reasons[0].details["date"] == date(2013, 7, 15)
    live = await quote_contract("JP-1", catalog, QuoteOptions(on=date(2013, 7, 15)))
    assert live.eligible and live.currency == "JPY" and live.total.as_tuple().exponent == 0
    assert live.seller == "VMware International Limited"
    in_lats = await quote_contract("LV-1", catalog, QuoteOptions(on=date(2013, 12, 1)))
    assert in_lats.eligible and in_lats.currency == "LVL"
    in_euro = await quote_contract("LV-1", catalog, QuoteOptions(on=date(2014, 1, 2)))
    assert in_euro.eligible and in_euro.currency == "EUR"
    with pytest.raises(PaymentCurrencyNotAccepted) as refused:
        await quote_contract("LV-1", catalog, QuoteOptions(on=date(2014, 1, 2), currency="LVL"))
    assert "replaced by: EUR" in str(refused.value)
    with pytest.raises(PaymentCurrencyNotAccepted):
        await quote_contract("LV-1", catalog, QuoteOptions(on=date(2014, 1, 2), currency="XYZ"))


async def test_a_contract_in_a_retired_currency_is_not_eligible(db, testland):
    await upsert_contracts([contract("LVL-1", "LV", ("BOUND", 1, "basic", 1))])
    assert (await quote(testland, "LVL-1", on=date(2013, 12, 31))).eligible
    late = await quote(testland, "LVL-1", on=date(2014, 1, 1))
    assert [r.code for r in late.reasons] == ["currency_retired"]
    assert late.reasons[0].details == {"currency": "LVL"}


async def test_a_term_the_price_list_does_not_offer_is_an_invalid_upgrade(db, testland):
    await upsert_contracts([contract("T-1", "US", ("BOUND", 1, "basic", 1))])
    with pytest.raises(InvalidUpgrade) as refused:
        await quote(testland, "T-1", term_years=2)
    assert "(1, 3)" in str(refused.value)


async def test_a_quote_needs_at_most_two_queries(db, testland, monkeypatch):
    await store_rates([RateRow(base="EUR", quote="GBP", rate=Decimal("0.8650"), valid_on=date(2026, 1, 1))])
    await upsert_contracts([contract("Q-1", "DE", ("BOUND", 1, "basic", 1), ("PENNY", 1, "basic", 1))])
    original = QueryString.compile_string
    calls = []

    def counting(querystring, *args, **kwargs):  # every statement sent, by piccolo or by core.db.reads
        calls.append(querystring)
        return original(querystring, *args, **kwargs)

    monkeypatch.setattr(QueryString, "compile_string", counting)
    await quote(testland, "Q-1")
    assert len(calls) == 1
    calls.clear()
    await quote(testland, "Q-1", currency="GBP")
    assert len(calls) == 2
