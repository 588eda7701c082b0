"""What plugins contribute, as immutable msgspec structs.

Plugins build these and hand them to the ``register`` callback of a
``register_*`` hook; the catalog validates them, merges them with
``config/regions.yaml`` and freezes the result. Money is ``Decimal``
throughout, dates are ``datetime.date``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec

Flow = Literal["instant", "offline"]
Channel = Literal["email", "web"]
# Constraints the catalog checks on every plugin contribution (msgspec.convert at assembly):
# a typo in a plugin's data is an error naming the plugin and the field, not a silent "offered".
MethodId = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
MethodKind = Literal["card", "wallet", "bank_redirect", "bank_transfer", "bank_slip", "check", "cash", "direct_debit",
                     "voucher"]
CountryCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
CurrencyCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]
Capability = Literal["refund", "partial_refund", "tokenize", "3ds", "recurring"]


class Window(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """From ``valid_from`` to ``valid_until``, both inclusive; either end may be open."""

    valid_from: date | None = None
    valid_until: date | None = None

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until)


class CountryRestriction(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The method is NOT offered in ``countries`` from ``valid_from`` to ``valid_until``
    (inclusive; open ends are allowed): a scheme's suspension in a country (cards and
    PayPal in Russia from March 2022) is right for every date asked about.
    ``note`` says why, for operators reading ``catalog explain``."""

    countries: frozenset[CountryCode]
    valid_from: date | None = None
    valid_until: date | None = None
    note: str = ""

    def applies(self, country: str, day: date) -> bool:
        return country in self.countries and Window(self.valid_from, self.valid_until).covers(day)


class Currency(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A currency the program accepts, with the window in which it is legal tender.

    ``valid_until`` is the last day the currency may be quoted or paid in
    (LVL: 2013-12-31); ``replaced_by`` names its successor (EUR).
    """

    code: str
    valid_from: date | None = None
    valid_until: date | None = None
    replaced_by: str | None = None

    def valid_on(self, day: date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until


class CountryCurrency(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The transaction currency of a country from ``since`` (inclusive) on."""

    code: str
    since: date | None = None


class RegionPolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Commercial rules a sales region sets; ``config/regions.yaml`` may override each.

    ``eligibility_limit`` is the largest contract total (in
    ``eligibility_currency``) that renews online; ``eligibility_equivalents``
    gives the region's published equivalent per other currency (a quote in a
    currency without one is converted at the stored rate). The reinstatement fee for an
    expired contract is ``reinstatement_fee_percent`` of the renewal subtotal,
    at least ``reinstatement_fee_minimum`` (in the quote currency's list, see
    price lists), charged when the contract ended more than
    ``reinstatement_grace_days`` ago. ``fx_surcharge_percent`` is added after
    conversion when the customer pays in another currency than the quote's.
    """

    eligibility_limit: Decimal = Decimal("3000.00")
    eligibility_currency: str = "USD"
    eligibility_equivalents: dict[str, Decimal] = {}
    reinstatement_fee_percent: Decimal = Decimal("20")
    reinstatement_grace_days: int = 0
    fx_surcharge_percent: Decimal = Decimal("3")


class Country(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A country a region plugin can switch on, with its rollout wave and defaults.

    ``currencies`` lists the transaction currency over time, oldest first
    (Latvia: LVL, then EUR from 2014-01-01). ``embargoed`` countries are never
    switched on unless the config acknowledges the embargo explicitly.
    """

    code: str
    wave: int
    live_from: date
    currencies: tuple[CountryCurrency, ...]
    seller: str
    email_locale: str
    web_locale: str
    support_phone: str
    embargoed: bool = False

    def currency_on(self, day: date) -> str:
        current = self.currencies[0].code
        for entry in self.currencies:
            if entry.since is None or entry.since <= day:
                current = entry.code
        return current


class Region(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A sales region: the countries it sells to and the commercial policy it sets."""

    id: str
    name: str
    countries: tuple[Country, ...]
    policy: RegionPolicy = RegionPolicy()


class PriceItem(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The list price of one SnS renewal unit: a SKU at a service level for a term."""

    sku: str
    service_level: str
    term_years: int
    price: Decimal


class PriceList(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A regional price list in one currency, for the countries it names.

    ``service_levels`` orders the levels from lowest to highest so upgrades
    can be recognised; ``reinstatement_fee_minimum`` is in this list's currency.
    """

    id: str
    currency: str
    countries: tuple[str, ...]
    service_levels: tuple[str, ...]
    items: tuple[PriceItem, ...]
    reinstatement_fee_minimum: Decimal = Decimal("0")


class PaymentMethod(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A way to pay, with where it may be offered. Availability is default-deny.

    ``countries`` empty means every country; otherwise only those listed.
    ``currencies`` empty means every supported currency. ``flow`` is
    ``instant`` (authorised during checkout) or ``offline`` (instructions on
    the confirmation page, settled when the money arrives).
    ``capabilities`` names what the processor can do (``refund``, ``tokenize``,
    ``3ds``, ``partial_refund``); ``min_amount``/``max_amount`` bound a payment
    per currency; ``offline_expiry_days`` is how long an offline order waits.
    ``valid_from``/``valid_until`` is when the method exists at all (Solo closed in
    2011); ``restrictions`` switch it off in some countries for a while (a
    suspension); ``config/regions.yaml`` may override both (``methods:``).
    """

    id: MethodId
    kind: MethodKind
    flow: Flow
    countries: frozenset[CountryCode] = frozenset()
    excluded_countries: frozenset[CountryCode] = frozenset()
    currencies: frozenset[CurrencyCode] = frozenset()
    capabilities: frozenset[Capability] = frozenset()
    min_amount: dict[CurrencyCode, Decimal] = {}
    max_amount: dict[CurrencyCode, Decimal] = {}
    offline_expiry_days: Annotated[int, msgspec.Meta(ge=1, le=365)] | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    restrictions: tuple[CountryRestriction, ...] = ()

    def exists_on(self, day: date) -> bool:
        return Window(self.valid_from, self.valid_until).covers(day)

    def restriction_on(self, country: str, day: date) -> CountryRestriction | None:
        return next((r for r in self.restrictions if r.applies(country, day)), None)


class LocaleResource(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Fluent messages for one locale and channel.

    ``code`` is the canonical tag (``de``, ``pt-BR``, ``es-419``,
    ``zh-Hans``). Several plugins may contribute resources to one locale; the
    catalog merges them. ``source`` names the file, for error messages.
    """

    code: str
    channel: Channel
    ftl: str
    source: str


# Payment processing: what the core sends to processor plugins and gets back.


class TokenizeRequest(msgspec.Struct, frozen=True):
    """Card details on their way to the processor; never stored by the core."""

    method_id: str
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str

    def __repr__(self) -> str:
        """Masked: a log line or traceback must never carry a card number or CVC."""
        return f"TokenizeRequest(method_id={self.method_id!r}, number='****{self.number[-4:]}', cvc='***')"


class TokenizeResult(msgspec.Struct, frozen=True):
    """``token`` stands for the card from now on; ``error`` is a unified code."""

    token: str | None
    last4: str | None = None
    brand: str | None = None
    error: str | None = None


class AuthorizationRequest(msgspec.Struct, frozen=True):
    """An instant payment to authorise; ``idempotency_key`` makes retries safe."""

    method_id: str
    token: str
    amount: Decimal
    currency: str
    order_reference: str
    idempotency_key: str


AuthorizationStatus = Literal["approved", "declined", "error"]


class AuthorizationResult(msgspec.Struct, frozen=True):
    """What the processor answered.

    ``decline_code`` is the processor's own code, ``unified_code`` ours
    (``insufficient_funds``, ``expired_card``, ``do_not_honor``,
    ``processor_unavailable``...). The customer never sees either.
    ``processed_amount``/``processed_currency`` record what was actually charged.
    """

    status: AuthorizationStatus
    processor_reference: str | None = None
    decline_code: str | None = None
    unified_code: str | None = None
    processed_amount: Decimal | None = None
    processed_currency: str | None = None


class OfflineRequest(msgspec.Struct, frozen=True):
    """An order that will be paid outside the checkout.

    ``amount`` is what the customer still has to send: the order's total, less
    money already received for it (an underpaid order's instructions ask for the rest).
    """

    method_id: str
    order_reference: str
    amount: Decimal
    currency: str
    country: str
    seller: str


class OfflineInstructions(msgspec.Struct, frozen=True):
    """How to pay an offline order.

    ``message_id`` is a Fluent id the page renders with ``arguments``;
    ``payment_reference`` must accompany the payment so it can be matched.
    """

    method_id: str
    payment_reference: str
    message_id: str
    arguments: dict[str, str] = {}
    expires_in_days: int | None = None


class SettlementNotice(msgspec.Struct, frozen=True):
    """Money that arrived for an offline order (bank statement line, check deposit...)."""

    method_id: str
    payment_reference: str
    amount: Decimal
    currency: str
    received_on: date
    expected_amount: Decimal
    expected_currency: str


SettlementStatus = Literal["settled", "underpaid", "rejected"]


class SettlementResult(msgspec.Struct, frozen=True):
    """Whether the money settles the order; ``reason`` is a unified code otherwise."""

    status: SettlementStatus
    payment_reference: str
    settled_amount: Decimal
    currency: str
    reason: str | None = None


class WebRoutes(msgspec.Struct, frozen=True):
    """Pages and endpoints a payment plugin serves, mounted under ``/pay/<prefix>/``.

    ``handlers`` are Litestar route handlers or controllers (paths relative to
    the prefix). ``entry`` maps each method id the plugin owns to the path,
    relative to the prefix, the customer is sent to for a payment attempt;
    ``{attempt}`` in it is replaced by the attempt's id (e.g. ``/card/{attempt}``).
    A notification endpoint marks its handler ``exclude_from_csrf=True`` and
    checks the processor's signature instead.
    """

    prefix: str
    handlers: tuple[Any, ...]
    entry: dict[str, str] = {}


class PaymentStatusRequest(msgspec.Struct, frozen=True):
    """A payment whose outcome the processor did not give (time-out, error, a redirect never returned).

    ``idempotency_key`` is the one the payment was (or would have been)
    authorised with; ``token`` the processor's token or transaction id, when
    one came back.
    """

    method_id: str
    attempt_id: str
    idempotency_key: str
    order_reference: str
    amount: Decimal
    currency: str
    token: str | None = None
    processor_reference: str | None = None


PaymentOutcome = Literal["paid", "failed", "unknown"]


class PaymentStatusResult(msgspec.Struct, frozen=True):
    """What the processor now says: ``paid`` (with what it charged), ``failed`` (nothing charged) or ``unknown``."""

    status: PaymentOutcome
    processor_reference: str | None = None
    unified_code: str | None = None
    processed_amount: Decimal | None = None
    processed_currency: str | None = None
