"""Picking the reader's language from Accept-Language or the language picker."""

from __future__ import annotations

import pytest

from core.i18n import parse_accept_language



@pytest.mark.parametrize(
    ("header", "web", "email"),
    [
        ("de-CH,de;q=0.9,en;q=0.5", "de", "de"),
        ("es-MX", "es-419", "es-419"),
        ("es-AR", "es-419", "es-419"),
        ("es-419", "es-419", "es-419"),
        ("es-US", "es-419", "es-419"),
        ("es-ES", "es", "es-ES"),
        ("es", "es", "es-ES"),
        ("pt-PT", "pt-PT", "pt-BR"),
        ("pt", "pt-BR", "pt-BR"),
        ("zh-TW", "zh-Hant", "en"),
        ("zh-CN", "zh-Hans", "zh-Hans"),
        ("zh", "zh-Hans", "zh-Hans"),
        ("no", "nb", "en"),
        ("iw", "he", "en"),
        ("sw, fr;q=0.4", "fr", "fr"),
        ("en;q=0.1, ja", "ja", "ja"),
        ("xx-YY, *", "en", "en"),
        ("", "en", "en"),
        ("de;q=0, it", "it", "it"),
        ("garbage;;;q=abc", "en", "en"),
    ],
)
def test_negotiation(translator, header, web, email):
    tags = parse_accept_language(header)
    assert translator.negotiate("web", tags) == web
    assert translator.negotiate("email", tags) == email


@pytest.mark.parametrize(
    ("header", "web", "email"),
    [
        # a language–region pair CLDR does not know keeps the language (and its script)
        ("de-US", "de", "de"),
        ("ko-US", "ko", "ko"),
        ("ja-US", "ja", "ja"),
        ("ru-IL", "ru", "en"),
        ("zh-Hant-US", "zh-Hant", "en"),
        ("sv-NO", "sv", "en"),
        ("nl-ID, en;q=0.5", "nl", "nl"),
        # the no → nb alias is applied before parsing
        ("no-NO", "nb", "en"),
        ("nn-NO", "nb", "en"),
        # extensions and private use never pass for a region (-u-co-trad is not Colombia)
        ("es-u-co-trad", "es", "es-ES"),
        ("de-DE-u-co-phonebk", "de", "de"),
        ("en-x-private", "en", "en"),
        ("zh-Hant-TW-x-foo", "zh-Hant", "en"),
    ],
)
def test_real_browser_tags_keep_their_language(translator, header, web, email):
    tags = parse_accept_language(header)
    assert translator.negotiate("web", tags) == web
    assert translator.negotiate("email", tags) == email


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr;q=2, de;q=0.9", ["de"]),  # above 1: invalid, the element is ignored
        ("fr;q=inf, de", ["de"]),
        ("fr;q=nan, de;q=0.5", ["de"]),
        ("fr;q=-1, de;q=0.5", ["de"]),
        ("fr;q=0.12345, de;q=0.5", ["de"]),  # more than three decimals
        ("fr;q=1.000, de;q=0.999", ["fr", "de"]),
        ("de;q=0.4, fr;Q=0.5", ["fr", "de"]),  # parameter names are case-insensitive
        ("de;q=0.4, fr; q = 0.5", ["fr", "de"]),  # whitespace tolerated
        ("de ; q=0.4 , fr", ["fr", "de"]),
        ("de;q=0., fr;q=0, it", ["it"]),  # q=0 means "not acceptable"
        ("it, de;q=0.8, en;q=0.8", ["it", "de", "en"]),  # ties keep the header's order
        ("de;level=1, fr;q=0.5", ["de", "fr"]),  # other parameters are ignored
        ("de;q, fr;q=0.5", ["fr"]),  # a parameter without a value is malformed
    ],
)
def test_q_values_follow_rfc_9110(header, expected):
    assert parse_accept_language(header) == expected


def test_a_huge_header_is_cut_short():
    from core.i18n import MAX_TAGS

    header = ",".join(f"x{n % 10}-Y{n % 7};q=0.{n % 9 + 1}" for n in range(900)) + ",de"
    assert len(header) > 10_000
    tags = parse_accept_language(header)
    assert len(tags) <= MAX_TAGS and "de" not in tags  # tags past the cap are not read (bench/locales.py: cost)
    assert parse_accept_language(header) == tags  # the cached answer


def test_the_answer_is_cached_per_header(translator):
    header = "sv-NO, de;q=0.5"
    first = translator.negotiate("web", parse_accept_language(header))
    from core.i18n import _accept_language, _negotiate

    hits = (_accept_language.cache_info().hits, _negotiate.cache_info().hits)
    assert translator.negotiate("web", parse_accept_language(header)) == first == "sv"
    assert (_accept_language.cache_info().hits, _negotiate.cache_info().hits) == (hits[0] + 1, hits[1] + 1)


@pytest.mark.parametrize(
    ("tags", "country", "web", "email"),
    [
        (["es"], "MX", "es-419", "es-419"),  # a region-less tag borrows the contract's country
        (["es"], "ES", "es", "es-ES"),
        (["es"], None, "es", "es-ES"),
        (["es-ES"], "MX", "es", "es-ES"),  # the reader's own region wins over the contract's
        (["pt"], "PT", "pt-PT", "pt-BR"),
        (["pt"], "AO", "pt-PT", "pt-BR"),  # CLDR: pt_AO's parent is pt_PT
        (["zh"], "TW", "zh-Hant", "en"),  # a Taiwanese contract reads Traditional Chinese
        (["zh"], "HK", "zh-Hant", "en"),
        (["zh"], "SG", "zh-Hans", "zh-Hans"),
        (["de"], "US", "de", "de"),  # de_US is unknown to CLDR: German all the same
        ([], "MX", "en", "en"),
    ],
)
def test_the_contract_country_fills_in_a_tag_without_region(translator, tags, country, web, email):
    assert translator.negotiate("web", tags, country=country) == web
    assert translator.negotiate("email", tags, country=country) == email


LATIN_AMERICA = {"MX", "AR", "CL", "CO", "PE", "EC", "UY", "PY", "BO", "VE", "CR", "PA", "GT", "HN", "SV", "NI",
                 "DO", "CU", "PR"}


def test_a_mexican_browser_and_a_mexican_contract_read_latin_american_spanish(catalog, translator):
    assert translator.negotiate("web", parse_accept_language("es-MX,es;q=0.9,en;q=0.5")) == "es-419"
    spanish_web = {code: entry.web_locale for code, entry in catalog.countries.items()
                   if entry.email_locale.startswith("es")}
    assert {c for c, web in spanish_web.items() if web == "es-419"} == LATIN_AMERICA
    assert {c for c, web in spanish_web.items() if web == "es"} == {"ES", "AD", "GQ"}
    assert translator.negotiate("web", [catalog.countries["MX"].web_locale]) == "es-419"


async def test_the_page_speaks_the_negotiated_language(platform):
    """One app for every case (building it is the expensive part)."""
    from litestar.testing import AsyncTestClient

    from app import create_app

    cases = [
        ("es-MX,es;q=0.9,en;q=0.5", "es-419", "Renovación en línea"),
        ("de-US,en;q=0.5", "de", "Online-Verlängerung"),
        ("no-NO", "nb", None),
        ("fr;q=inf, ja;Q=0.5", "ja", None),
    ]
    async with AsyncTestClient(app=create_app(platform)) as client:
        for accept_language, lang, site_name in cases:
            response = await client.get("/", headers={"Accept-Language": accept_language})
            assert response.status_code == 200
            assert response.headers["content-language"] == lang, accept_language
            assert f'<html lang="{lang}"' in response.text
            assert site_name is None or site_name in response.text


def test_an_overlong_tag_matches_nothing(translator):
    from core.i18n import match_locale

    assert match_locale("de-" + "x" * 5000, translator.codes["web"]) is None
    assert match_locale("de-CH", translator.codes["web"]) == "de"
