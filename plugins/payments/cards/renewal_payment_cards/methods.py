"""The card methods this plugin offers and where.

``countries`` empty means every country, ``currencies`` empty every supported
currency (see core.model.PaymentMethod). ``max_amount`` is set where the card
type really has a per-payment ceiling (debit schemes); credit networks leave
the limit to the issuer, so Visa, Mastercard, Amex, Discover and JCB have none.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.model import CountryRestriction, PaymentMethod

CARD_CAPABILITIES = frozenset({"tokenize", "refund", "partial_refund", "3ds"})

EU = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})

# Visa and Mastercard suspended their operations in Russia from 10 March 2022: cards
# issued in Russia stopped working abroad. Before that date they were offered there.
RUSSIA_2022 = CountryRestriction(countries=frozenset({"RU"}), valid_from=date(2022, 3, 10),
                                 note="the card scheme suspended its operations in Russia")

VISA = PaymentMethod(id="visa", kind="card", flow="instant", capabilities=CARD_CAPABILITIES,
                     restrictions=(RUSSIA_2022,))

MASTERCARD = PaymentMethod(id="mastercard", kind="card", flow="instant", capabilities=CARD_CAPABILITIES,
                           restrictions=(RUSSIA_2022,))

# American Express, a US company, neither issues nor acquires under comprehensive
# US sanctions (Cuba, Iran, North Korea, Syria) and suspended its Russian and
# Belarusian operations on 6 March 2022.
AMEX = PaymentMethod(
    id="amex",
    kind="card",
    flow="instant",
    excluded_countries=frozenset({"CU", "IR", "KP", "SY"}),
    capabilities=CARD_CAPABILITIES,  # 3-D Secure is "SafeKey"
    restrictions=(CountryRestriction(countries=frozenset({"RU", "BY"}), valid_from=date(2022, 3, 6),
                                     note="American Express suspended its operations in Russia and Belarus"),),
)

# Discover cards are issued in the US; Discover Global Network acceptance online
# covers North America and Japan (JCB reciprocity) and the USD markets where its
# Diners Club franchises issue (Puerto Rico, Guam, US Virgin Islands, Ecuador, Panama).
DISCOVER = PaymentMethod(
    id="discover",
    kind="card",
    flow="instant",
    countries=frozenset({"US", "CA", "MX", "JP", "PR", "GU", "VI", "EC", "PA"}),
    currencies=frozenset({"USD", "CAD", "MXN", "JPY"}),
    capabilities=CARD_CAPABILITIES,  # 3-D Secure is "ProtectBuy"
)

# JCB: Japan, the APJ markets where it is issued, and the US (Discover reciprocity).
# Only the program's currencies are named: customers in ID, PH, VN and MO pay in USD.
JCB = PaymentMethod(
    id="jcb",
    kind="card",
    flow="instant",
    countries=frozenset({"JP", "HK", "SG", "TW", "TH", "KR", "AU", "NZ", "MY", "ID", "PH", "VN",
                         "CN", "MO", "US"}),
    currencies=frozenset({"JPY", "HKD", "SGD", "TWD", "THB", "KRW", "AUD", "NZD", "MYR", "CNY", "USD"}),
    capabilities=CARD_CAPABILITIES,  # 3-D Secure is "J/Secure"
)

# Maestro: European debit. LVL and LTL are included because Latvia and
# Lithuania paid in them until 2013-12-31 and 2014-12-31 (the catalog drops a
# currency outside its validity window). Debit ceilings are about EUR 5,000.
MAESTRO = PaymentMethod(
    id="maestro",
    kind="card",
    flow="instant",
    countries=EU | {"GB", "CH", "NO", "IS", "LI", "MC", "SM", "AD"},
    currencies=frozenset({"EUR", "GBP", "CHF", "DKK", "SEK", "NOK", "PLN", "CZK", "HUF", "LVL", "LTL"}),
    capabilities=CARD_CAPABILITIES,  # SecureCode is mandatory for Maestro e-commerce
    max_amount={
        "EUR": Decimal("5000.00"),
        "GBP": Decimal("4000.00"),
        "CHF": Decimal("5000.00"),
        "DKK": Decimal("37000.00"),
        "SEK": Decimal("45000.00"),
        "NOK": Decimal("45000.00"),
        "PLN": Decimal("20000.00"),
        "CZK": Decimal("125000.00"),
        "HUF": Decimal("1500000.00"),
        "LVL": Decimal("3500.00"),
        "LTL": Decimal("17000.00"),
    },
)

# Carte Bancaire: the French domestic scheme, co-badged on Visa and Mastercard cards.
CARTE_BANCAIRE = PaymentMethod(
    id="carte_bancaire",
    kind="card",
    flow="instant",
    countries=frozenset({"FR", "MC"}),
    currencies=frozenset({"EUR"}),
    capabilities=CARD_CAPABILITIES,
)

# Solo: UK and Irish debit (a Maestro sibling). The scheme closed on 31 March 2011; the
# FAQ (2013) still lists it, so it is kept with its window: offered for dates before.
SOLO = PaymentMethod(
    id="solo",
    kind="card",
    flow="instant",
    valid_until=date(2011, 3, 31),
    countries=frozenset({"GB", "IE"}),
    currencies=frozenset({"GBP", "EUR"}),
    capabilities=frozenset({"tokenize", "refund", "partial_refund"}),
    max_amount={"GBP": Decimal("2500.00"), "EUR": Decimal("3000.00")},
)

METHODS: tuple[PaymentMethod, ...] = (VISA, MASTERCARD, AMEX, DISCOVER, JCB, MAESTRO, CARTE_BANCAIRE, SOLO)
BY_ID: dict[str, PaymentMethod] = {method.id: method for method in METHODS}
