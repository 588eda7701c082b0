"""The renewal domain's tables.

Money columns hold integer **minor units** (``*_minor``) beside their
currency: exact on every engine (piccolo's SQLite adapter turns Numeric into
float, which money never goes through). Rates and percentages are decimal
text. Timestamps are timezone-aware UTC.
"""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    BigInt,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table


class Customer(Table):
    """An end customer; ``key`` is the customer's name or number as the import gives it."""

    key = Varchar(length=200, unique=True)
    name = Varchar(length=200)


class Contact(Table):
    """A contact of a contract, from its initial license order: who gets its reminders."""

    contract = ForeignKey("Contract", null=False, index=True)
    email = Varchar(length=254)
    source = Varchar(length=40, default="initial_license_order")


class Contract(Table):
    """An SnS contract.

    ``status`` is ``active`` or ``renewed`` (for the current term: an import
    that moves the end date starts a new term and makes it active again);
    ``renewed_via`` keeps how it was last renewed, ``online`` or ``partner``.
    """

    number = Varchar(length=40, unique=True, index=True)
    customer = ForeignKey(Customer, null=False)
    country = Varchar(length=2, index=True)
    oem = Boolean(default=False)
    start_date = Date()
    end_date = Date(index=True)
    status = Varchar(length=20, default="active")
    renewed_via = Varchar(length=20, null=True, default=None)
    renewed_at = Timestamptz(null=True, default=None)
    updated_at = Timestamptz()


class ContractLine(Table):
    contract = ForeignKey(Contract, null=False, index=True)
    position = Integer()
    sku = Varchar(length=40)
    quantity = Integer()
    service_level = Varchar(length=40)
    term_years = Integer()


class ExchangeRate(Table):
    """Units of ``quote_currency`` per one ``base_currency``, from ``valid_on``."""

    base_currency = Varchar(length=3)
    quote_currency = Varchar(length=3)
    rate = Varchar(length=40)
    valid_on = Date()


class Quote(Table):
    """A quote as shown to the customer (email PDF or checkout), kept for the record.

    A stored version is never edited (core/renewals/quote_store.py): ``snapshot``
    holds the engine's whole quote, ``version_hash`` is printed on the PDF, and
    the checkout may show it while ``valid_until`` lies ahead and ``term_end``
    is still the contract's.
    """

    contract = ForeignKey(Contract, null=False, index=True)
    created_at = Timestamptz()
    quoted_on = Date()
    currency = Varchar(length=3)
    total_minor = BigInt()
    eligible = Boolean()
    reasons = JSON(default=[])
    lines = JSON(default=[])
    options = JSON(default={})
    version_hash = Varchar(length=16, null=True, default=None)
    valid_until = Timestamptz(null=True, default=None)
    term_end = Date(null=True, default=None)
    snapshot = JSON(null=True, default=None)


class RenewalOrder(Table):
    """What the customer bought, for one stored quote version (core/orders/).

    ``status`` is a state of core/orders/states.py; ``attempt_id`` names the
    current payment attempt (a Payment row), ``quote_version`` the quote's
    version hash as the customer saw it.
    """

    reference = Varchar(length=40, unique=True)
    contract = ForeignKey(Contract, null=False, index=True)
    quote = ForeignKey(Quote, null=False)
    status = Varchar(length=20, default="pending_payment")
    method_id = Varchar(length=40)
    currency = Varchar(length=3)
    amount_minor = BigInt()
    payment_reference = Varchar(length=40, null=True, default=None)
    created_at = Timestamptz()
    expires_at = Timestamptz(null=True, default=None)
    paid_at = Timestamptz(null=True, default=None)
    attempt_id = Varchar(length=64, null=True, default=None)
    quote_version = Varchar(length=16, null=True, default=None)
    updated_at = Timestamptz(null=True, default=None)
    #: The offline method whose instructions carry ``payment_reference``; both stay when the customer
    #: switches to another method, so money sent later for that reference still finds the order.
    offline_method_id = Varchar(length=40, null=True, default=None)
    #: How many times the order was placed offline (each placement has its own instructions email).
    offline_placement = Integer(default=0)


class Payment(Table):
    """One attempt to pay an order; the idempotency key makes a retried request safe.

    ``attempt_id`` is the attempt's public id (in the processor page's URL);
    ``token`` is the processor's opaque token (never a card number); ``last4``
    and ``brand`` are what the checkout may show.
    """

    order = ForeignKey(RenewalOrder, null=False, index=True)
    idempotency_key = Varchar(length=80, unique=True)
    method_id = Varchar(length=40)
    status = Varchar(length=20)
    currency = Varchar(length=3)
    amount_minor = BigInt()
    processed_currency = Varchar(length=3, null=True, default=None)
    processed_amount_minor = BigInt(null=True, default=None)
    processor_reference = Varchar(length=80, null=True, default=None)
    decline_code = Varchar(length=20, null=True, default=None)
    unified_code = Varchar(length=40, null=True, default=None)
    created_at = Timestamptz()
    attempt_id = Varchar(length=64, null=True, default=None)
    token = Varchar(length=200, null=True, default=None)
    last4 = Varchar(length=4, null=True, default=None)
    brand = Varchar(length=40, null=True, default=None)
    return_url = Varchar(length=500, null=True, default=None)
    locale = Varchar(length=20, null=True, default=None)
    tries = Integer(default=0)
    updated_at = Timestamptz(null=True, default=None)


class RenewalLink(Table):
    """A personal checkout link for one contract term; only the token's hash is stored (core/links.py)."""

    contract = ForeignKey(Contract, null=False, index=True)
    token_hash = Varchar(length=64, unique=True)
    created_at = Timestamptz()
    expires_at = Timestamptz()
    term_end = Date(null=True, default=None)
    quote_id = Integer(null=True, default=None)
    revoked_at = Timestamptz(null=True, default=None)
    revoked_reason = Varchar(length=20, null=True, default=None)


class SentNotice(Table):
    """The reminder ledger: one row per contract, term end, reminder (60, 30, 15) and contact.

    Written as ``claimed`` before the message is sent (core/notices/ledger.py), then
    ``sent``, ``failed`` (retried next run), ``bounced`` (permanent refusal),
    ``skipped`` or ``superseded`` (``reason`` says why); ``locale`` is the one the
    message was rendered in, ``message_id`` stays the same on every retry.
    """

    contract = ForeignKey(Contract, null=False, index=True)
    term_end = Date()
    days_before = Integer()
    email = Varchar(length=254)
    locale = Varchar(length=20)
    message_id = Varchar(length=200)
    status = Varchar(length=20, default="claimed")
    reason = Varchar(length=60, null=True, default=None)
    quote_id = Integer(null=True, default=None)
    attempts = Integer(default=0)
    error = Varchar(length=500, null=True, default=None)
    claimed_at = Timestamptz()
    sent_at = Timestamptz(null=True, default=None)
    updated_at = Timestamptz()


class PluginState(Table):
    """Plugins' shared state (core/plugin_state.py): a sandbox vault works across app processes."""

    namespace = Varchar(length=40)
    key = Varchar(length=200)
    value = Text()
    created_at = Varchar(length=40)


class OfflineSettlement(Table):
    """Money that arrived for an offline order, recorded once per event (core/offline/).

    ``event_key`` is unique: the processor's event id, or for an operator the
    reference, amount, currency and day, so a replayed notification or a
    repeated command records (and renews) nothing twice. ``outcome`` is the
    plugin's verdict (``settled``, ``underpaid``, ``rejected``) or
    ``after_close`` for money that came after the order was settled or expired.
    """

    order = ForeignKey(RenewalOrder, null=False, index=True)
    event_key = Varchar(length=160, unique=True)
    source = Varchar(length=20)
    method_id = Varchar(length=40)
    currency = Varchar(length=3)
    amount_minor = BigInt()
    received_on = Date()
    outcome = Varchar(length=20)
    reason = Varchar(length=40, null=True, default=None)
    overpaid_minor = BigInt(null=True, default=None)
    created_at = Timestamptz()


class PaymentCheck(Table):
    """The janitor's schedule for a payment whose outcome the processor did not give (core/offline/janitor.py)."""

    payment = ForeignKey(Payment, null=False, unique=True)
    checks = Integer(default=0)
    first_seen_at = Timestamptz()
    next_check_at = Timestamptz()
    last_answer = Varchar(length=20, null=True, default=None)
    resolved = Varchar(length=20, null=True, default=None)
    reported_at = Timestamptz(null=True, default=None)


class OfflineEmail(Table):
    """Claim-before-send ledger of offline payment emails: one per order, kind, occasion and contact.

    ``occasion`` is the order's ``offline_placement`` the email gives (``instructions``), withdraws
    (``withdrawn``) or expires (``expired``); for ``underpaid`` the ``offline_settlement`` row it reports.
    """

    order = ForeignKey(RenewalOrder, null=False, index=True)
    kind = Varchar(length=20)
    occasion = Integer(default=0)
    email = Varchar(length=254)
    status = Varchar(length=20)
    locale = Varchar(length=20, null=True, default=None)
    detail = Text(null=True, default=None)
    created_at = Timestamptz()
    sent_at = Timestamptz(null=True, default=None)


class LinkAttempt(Table):
    """The link-guessing budget per client (core/checkout/guessing.py), shared by every app process.

    ``client_key`` is a keyed hash of the client's address, never the address;
    ``window_minute`` the minute counted (minutes since the epoch); ``attempts``
    the attempts in it and ``previous_attempts`` those of the minute before.
    """

    client_key = Varchar(length=64, unique=True)
    window_minute = BigInt()
    attempts = Integer(default=0)
    previous_attempts = Integer(default=0)


# Composite uniqueness as unique indexes: piccolo emits ALTER TABLE ... ADD CONSTRAINT
# for its Unique constraint, which SQLite does not support; an index works on both.
UNIQUE_INDEXES = (
    'CREATE UNIQUE INDEX IF NOT EXISTS contact_contract_email ON contact (contract, email)',
    'CREATE UNIQUE INDEX IF NOT EXISTS contract_line_position ON contract_line (contract, position)',
    'CREATE UNIQUE INDEX IF NOT EXISTS exchange_rate_pair_day ON exchange_rate '
    '(base_currency, quote_currency, valid_on)',
    'CREATE UNIQUE INDEX IF NOT EXISTS sent_notice_once_per_term ON sent_notice '
    '(contract, term_end, days_before, email)',
    'CREATE INDEX IF NOT EXISTS sent_notice_pending ON sent_notice (status)',
    'CREATE UNIQUE INDEX IF NOT EXISTS payment_attempt ON payment (attempt_id)',
    'CREATE UNIQUE INDEX IF NOT EXISTS plugin_state_key ON plugin_state (namespace, key)',
    # At most one order in progress per contract: two tabs can never pay twice.
    "CREATE UNIQUE INDEX IF NOT EXISTS renewal_order_one_open ON renewal_order (contract) "
    "WHERE status IN ('choosing_method', 'awaiting_payment', 'processing', 'declined', 'pending_offline')",
    "CREATE UNIQUE INDEX IF NOT EXISTS offline_email_once_per_occasion ON offline_email "
    "(\"order\", kind, occasion, email)",
    "CREATE INDEX IF NOT EXISTS renewal_order_payment_reference ON renewal_order (payment_reference)",
)


async def create_unique_indexes() -> None:
    for statement in UNIQUE_INDEXES:
        await Customer.raw(statement)


TABLES: tuple[type[Table], ...] = (
    Customer, Contact, Contract, ContractLine, ExchangeRate, Quote, RenewalOrder, Payment, RenewalLink, SentNotice,
    PluginState, OfflineSettlement, PaymentCheck, OfflineEmail, LinkAttempt,
)
