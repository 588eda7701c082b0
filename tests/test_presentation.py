"""A quote reads the same in the checkout (web) and in the email and PDF (email
channel), in the reader's language, with babel-formatted amounts and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.renewals.presentation import describe_line, describe_reason
from core.renewals.quotes import REASONS, QuoteLine, Reason

RENEWAL = QuoteLine(kind="renewal", message_id="line-renewal", amount=Decimal("650.00"),
                    arguments={"sku": "VS8-STD-C", "level": "production", "term_years": 3, "quantity": 2})
SURCHARGE = QuoteLine(kind="fx_surcharge", message_id="line-fx-surcharge", amount=Decimal("35.68"),
                      arguments={"percent": Decimal("3.5")})



@pytest.mark.parametrize(
    ("channel", "locale", "expected"),
    [
        ("web", "en", "Renewal: VS8-STD-C, Production, 3 years, quantity 2"),
        ("email", "en", "Renewal: VS8-STD-C, Production, 3 years, quantity 2"),
        ("web", "de", "VS8-STD-C"),
        ("email", "ja", "VS8-STD-C"),
    ],
)
def test_lines_read_the_same_in_both_channels(translator, channel, locale, expected):
    text = describe_line(RENEWAL, translator, channel, locale)
    assert expected in text
    if locale != "en":
        assert text != describe_line(RENEWAL, translator, channel, "en")


def test_percent_is_formatted_for_the_reader(translator):
    assert "3.5%" in describe_line(SURCHARGE, translator, "web", "en")
    assert "3,5\u00a0%" in describe_line(SURCHARGE, translator, "web", "de")


def test_reasons_carry_babel_formatted_amounts_and_dates(translator):
    over = Reason("over_limit", {"limit": Decimal("2750.00"), "currency": "EUR"})
    assert "2.750,00\u00a0€" in describe_reason(over, translator, "web", "de")
    assert "€2,750.00" in describe_reason(over, translator, "web", "en")
    later = Reason("country_not_live", {"date": date(2013, 7, 15)})
    assert "15. Juli 2013" in describe_reason(later, translator, "web", "de")
    assert "2013年7月15日" in describe_reason(later, translator, "web", "ja")


@pytest.mark.parametrize("code", REASONS)
def test_every_reason_has_a_message_in_every_web_locale(catalog, translator, code):
    reason = Reason(code, {"limit": Decimal("3000.00"), "currency": "USD", "date": date(2013, 7, 15)})
    for locale in catalog.locale_codes("web"):
        assert describe_reason(reason, translator, "web", locale).strip()
        assert translator.has("web", locale, reason.message_id)


def test_reasons_follow_the_contract_country(translator):
    over = Reason("over_limit", {"limit": Decimal("2750.00"), "currency": "CHF"})
    assert "CHF\u00a02’750.00" in describe_reason(over, translator, "web", "de", country="CH")
    mexico = Reason("over_limit", {"limit": Decimal("50000.00"), "currency": "MXN"})
    assert "$50,000.00" in describe_reason(mexico, translator, "web", "es-419", country="MX")
    later = Reason("country_not_live", {"date": date(2013, 7, 15)})
    assert "15 July 2013" in describe_reason(later, translator, "web", "en", country="GB")
    assert "July 15, 2013" in describe_reason(later, translator, "web", "en", country="US")


def test_lines_use_the_glossary_in_both_channels(translator):
    """The German email used to keep 'Production' and 'Zuschlag' where the page said
    'Produktion' and 'Aufschlag': both now read the glossary."""
    for channel in ("web", "email"):
        assert "Produktion" in describe_line(RENEWAL, translator, channel, "de")
        assert describe_line(SURCHARGE, translator, channel, "de", country="CH") == \
            "Zuschlag für Währungsumrechnung (3.5%)"
        assert describe_line(SURCHARGE, translator, channel, "ko").startswith("통화 환산 추가 요금")
