"""Offline payments as a lifecycle, and the janitor for payments in doubt (core/offline/).

- ``offline_settlement``: every sum of money that arrived for an offline
  order, once per event (unique ``event_key``): the plugin's verdict, the
  overpayment when there was one.
- ``payment_check``: the janitor's back-off schedule per payment whose outcome
  the processor did not give.
- ``offline_email``: claim-before-send ledger of the instructions and expiry
  emails (unique per order, kind and contact).
- ``renewal_order.payment_reference`` gets an index: settlement looks orders up by it.

Hand-written DDL both engines accept (the tables as created here are frozen below).
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import BigInt, Date, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table

ID = "2026-11-25T08:50:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "offline settlements, payment checks, offline emails"

_INDEXES = (
    'CREATE UNIQUE INDEX IF NOT EXISTS offline_email_once ON offline_email ("order", kind, email)',
    "CREATE INDEX IF NOT EXISTS renewal_order_payment_reference ON renewal_order (payment_reference)",
)


class RenewalOrder(Table, tablename="renewal_order"):
    """Referenced only (its columns are not changed here)."""


class Payment(Table, tablename="payment"):
    """Referenced only."""


class OfflineSettlement(Table, tablename="offline_settlement"):
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


class PaymentCheck(Table, tablename="payment_check"):
    payment = ForeignKey(Payment, null=False, unique=True)
    checks = Integer(default=0)
    first_seen_at = Timestamptz()
    next_check_at = Timestamptz()
    last_answer = Varchar(length=20, null=True, default=None)
    resolved = Varchar(length=20, null=True, default=None)
    reported_at = Timestamptz(null=True, default=None)


class OfflineEmail(Table, tablename="offline_email"):
    order = ForeignKey(RenewalOrder, null=False, index=True)
    kind = Varchar(length=20)
    email = Varchar(length=254)
    status = Varchar(length=20)
    locale = Varchar(length=20, null=True, default=None)
    detail = Text(null=True, default=None)
    created_at = Timestamptz()
    sent_at = Timestamptz(null=True, default=None)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def change():
        for table in (OfflineSettlement, PaymentCheck, OfflineEmail):
            await table.create_table(if_not_exists=True)
        for statement in _INDEXES:
            await OfflineSettlement.raw(statement)

    manager.add_raw(change)
    return manager
