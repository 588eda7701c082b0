"""The spec's rollout table: each wave's countries are live on their date and not the day before."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

WAVES = {
    1: (date(2013, 2, 8), {"CA"}),
    2: (date(2013, 2, 28), {"AU", "NZ", "SG", "HK"}),
    3: (date(2013, 3, 8), {"IN", "TW", "MY", "TH", "ID", "PH", "VN"}),
    4: (date(2013, 3, 19), {"US"}),
    5: (date(2013, 4, 12), {"GB", "IE", "ZA", "IL"}),
}
REST_OF_EMEA = date(2013, 6, 10)
LATAM_AND_REST_OF_APJ = date(2013, 7, 15)
EMBARGOED = {"CU", "IR", "KP", "SY"}


def _named_waves_countries() -> set[str]:
    return set().union(*(countries for _, countries in WAVES.values()))


@pytest.mark.parametrize("wave", sorted(WAVES))
def test_named_wave_goes_live_on_its_date(catalog, wave):
    live_from, countries = WAVES[wave]
    for code in sorted(countries):
        entry = catalog.country(code)
        assert (entry.wave, entry.live_from) == (wave, live_from), code
        assert catalog.is_live(code, live_from), f"{code} should be live on {live_from}"
        assert not catalog.is_live(code, live_from - timedelta(days=1)), f"{code} live before {live_from}"


def test_rest_of_emea_is_wave_6(catalog):
    rest = [e for e in catalog.countries.values()
            if e.region == "emea" and e.code not in _named_waves_countries() and not e.embargoed]
    assert len(rest) >= 60, "rest of EMEA should be a concrete list of the region's countries"
    for entry in rest:
        assert entry.wave == 6 and entry.live_from == REST_OF_EMEA, entry.code
        assert catalog.is_live(entry.code, REST_OF_EMEA)
        assert not catalog.is_live(entry.code, REST_OF_EMEA - timedelta(days=1))


def test_latam_and_rest_of_apj_are_wave_7(catalog):
    rest = [e for e in catalog.countries.values()
            if e.region in ("latam", "apj") and e.code not in _named_waves_countries() and not e.embargoed]
    assert {"JP", "KR", "CN", "MX", "BR", "AR", "CL", "CO"} <= {e.code for e in rest}
    for entry in rest:
        assert entry.wave == 7 and entry.live_from == LATAM_AND_REST_OF_APJ, entry.code
        assert catalog.is_live(entry.code, LATAM_AND_REST_OF_APJ)
        assert not catalog.is_live(entry.code, LATAM_AND_REST_OF_APJ - timedelta(days=1))


def test_nothing_is_live_before_the_program_starts(catalog):
    assert not any(catalog.is_live(code, date(2013, 2, 7)) for code in catalog.countries)


def test_embargoed_destinations_are_provided_but_off_by_default(catalog):
    for code in sorted(EMBARGOED):
        entry = catalog.country(code)
        assert entry.embargoed and not entry.enabled
        assert not catalog.is_live(code, date(2030, 1, 1))
        assert catalog.methods_for(code, "USD", date(2030, 1, 1)) == ()


def test_every_country_is_in_exactly_one_region_and_has_a_real_name(catalog):
    from babel import Locale

    territories = Locale("en").territories
    for entry in catalog.countries.values():
        assert entry.code in territories and entry.name == territories[entry.code]
        assert entry.region in ("north_america", "apj", "emea", "latam")


def test_seller_of_record(catalog):
    assert catalog.country("US").seller == "VMware, Inc."
    others = {e.seller for e in catalog.countries.values() if e.code != "US" and e.region != "north_america"}
    assert others == {"VMware International Limited"}
    assert catalog.country("CA").seller == "VMware International Limited"
