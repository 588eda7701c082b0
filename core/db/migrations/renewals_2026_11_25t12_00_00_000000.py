"""Offline orders remember their payment reference and method after the customer switches away.

- ``renewal_order.offline_method_id``: the offline method whose instructions
  carry the order's ``payment_reference``. Both stay when the customer goes
  back and pays another way, so money that arrives later for the old
  reference is matched to the order (settles it while unpaid, recorded for
  finance when it was paid otherwise), never refused as unknown.
- ``renewal_order.offline_placement``: how many times the order was placed
  offline (a switch from wire to check is a new placement, with its own
  instructions email; a reload or a repeated form is not).
- ``offline_email.occasion``: what one email is about (the placement it gives
  or withdraws instructions for; the settlement row of an underpayment), so
  the claim-before-send ledger is unique per order, kind, occasion and contact.

Hand-written DDL both engines accept (as the migrations before it).
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-25T12:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "offline method, placement and email occasion"

_STATEMENTS = (
    'ALTER TABLE "renewal_order" ADD COLUMN "offline_method_id" VARCHAR(40) NULL',
    'ALTER TABLE "renewal_order" ADD COLUMN "offline_placement" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "offline_email" ADD COLUMN "occasion" INTEGER NOT NULL DEFAULT 0',
    # Orders placed offline before this migration: their reference belongs to their method.
    "UPDATE renewal_order SET offline_method_id = method_id WHERE payment_reference IS NOT NULL",
    "DROP INDEX IF EXISTS offline_email_once",
    'CREATE UNIQUE INDEX IF NOT EXISTS offline_email_once_per_occasion ON offline_email '
    '("order", kind, occasion, email)',
)


class RenewalOrder(Table, tablename="renewal_order"):
    """Referenced only (to run raw statements)."""


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def change():
        for statement in _STATEMENTS:
            await RenewalOrder.raw(statement)

    manager.add_raw(change)
    return manager
