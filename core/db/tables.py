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
    """A quote as shown to the customer (email PDF or checkout), kept for the record."""

    contract = ForeignKey(Contract, null=False, index=True)
    created_at = Timestamptz()
    quoted_on = Date()
    currency = Varchar(length=3)
    total_minor = BigInt()
    eligible = Boolean()
    reasons = JSON(default=[])
    lines = JSON(default=[])
    options = JSON(default={})


class RenewalOrder(Table):
    """What the customer bought; pending_payment until paid (offline orders wait here)."""

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


class Payment(Table):
    """One attempt to pay an order; the idempotency key makes a retried request safe."""

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


class RenewalLink(Table):
    """A personal checkout link; only the token's hash is stored."""

    contract = ForeignKey(Contract, null=False, index=True)
    token_hash = Varchar(length=64, unique=True)
    created_at = Timestamptz()
    expires_at = Timestamptz()


class SentNotice(Table):
    """A reminder sent (60, 30 or 15 days before expiry), with the locale it was sent in."""

    contract = ForeignKey(Contract, null=False, index=True)
    days_before = Integer()
    email = Varchar(length=254)
    locale = Varchar(length=20)
    message_id = Varchar(length=200)
    sent_at = Timestamptz()


# Composite uniqueness as unique indexes: piccolo emits ALTER TABLE ... ADD CONSTRAINT
# for its Unique constraint, which SQLite does not support; an index works on both.
UNIQUE_INDEXES = (
    'CREATE UNIQUE INDEX IF NOT EXISTS contact_contract_email ON contact (contract, email)',
    'CREATE UNIQUE INDEX IF NOT EXISTS contract_line_position ON contract_line (contract, position)',
    'CREATE UNIQUE INDEX IF NOT EXISTS exchange_rate_pair_day ON exchange_rate '
    '(base_currency, quote_currency, valid_on)',
    'CREATE UNIQUE INDEX IF NOT EXISTS sent_notice_once ON sent_notice (contract, days_before, email)',
)


async def create_unique_indexes() -> None:
    for statement in UNIQUE_INDEXES:
        await Customer.raw(statement)


TABLES: tuple[type[Table], ...] = (
    Customer, Contact, Contract, ContractLine, ExchangeRate, Quote, RenewalOrder, Payment, RenewalLink, SentNotice,
)
