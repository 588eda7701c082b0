"""Reminders and personal links per contract *term*.

- ``renewal_link`` learns which term it opens (``term_end``), which stored quote
  it carries (``quote_id``) and whether it was revoked (when, why).
- ``quote`` becomes a stored, immutable version: ``version_hash`` (printed on
  the PDF), ``valid_until``, the ``term_end`` it belongs to and the whole quote
  as the engine returned it (``snapshot``).
- ``sent_notice`` becomes the reminder ledger: one row per contract, term end,
  reminder and contact, written (status ``claimed``) before the send. Its old
  unique index on (contract, days_before, email) would block a renewed
  contract's next term, so the table is rebuilt with the index on
  (contract, term_end, days_before, email); existing rows are kept, dated to
  the contract's current term and marked ``sent``.

Hand-written DDL that both SQLite and PostgreSQL accept; the column types are
the ones piccolo itself declares, so its converters apply.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import Date, ForeignKey, Integer, Timestamptz, Varchar
from piccolo.table import Table

ID = "2026-11-25T08:25:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "links per term, stored quote versions, reminder ledger per term"

_ADD_COLUMNS = (
    ("renewal_link", "term_end", "DATE"),
    ("renewal_link", "quote_id", "INTEGER"),
    ("renewal_link", "revoked_at", "TIMESTAMPTZ"),
    ("renewal_link", "revoked_reason", "VARCHAR(20)"),
    ("quote", "version_hash", "VARCHAR(16)"),
    ("quote", "valid_until", "TIMESTAMPTZ"),
    ("quote", "term_end", "DATE"),
    ("quote", "snapshot", "JSON"),
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def change():
        for table, column, kind in _ADD_COLUMNS:
            await SentNotice.raw(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind} NULL')
        await SentNotice.raw(
            "UPDATE renewal_link SET term_end = (SELECT end_date FROM contract WHERE contract.id = renewal_link.contract)")
        old = await SentNotice.raw(
            "SELECT s.contract, c.end_date AS term_end, s.days_before, s.email, s.locale, s.message_id, s.sent_at "
            "FROM sent_notice s JOIN contract c ON c.id = s.contract")
        await SentNotice.raw("DROP TABLE sent_notice")
        await SentNotice.create_table()
        for statement in _INDEXES:
            await SentNotice.raw(statement)
        for row in old or ():
            await SentNotice.insert(SentNotice(
                contract=row["contract"], term_end=row["term_end"], days_before=row["days_before"],
                email=row["email"], locale=row["locale"], message_id=row["message_id"], status="sent",
                attempts=1, claimed_at=row["sent_at"], sent_at=row["sent_at"], updated_at=row["sent_at"]))

    manager.add_raw(change)
    return manager


class Contract(Table, tablename="contract"):
    pass


class SentNotice(Table, tablename="sent_notice"):
    """The ledger as this migration creates it (frozen here: later table changes get their own migration)."""

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


_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS sent_notice_once_per_term "
    "ON sent_notice (contract, term_end, days_before, email)",
    "CREATE INDEX IF NOT EXISTS sent_notice_pending ON sent_notice (status)",
)
