"""Orders and payment attempts for the checkout; plugin state shared by app processes.

- ``renewal_order`` learns its current payment attempt (``attempt_id``), the
  stored quote version it sells (``quote_version``) and ``updated_at``; a
  partial unique index allows one order in progress per contract, so two tabs
  can never pay twice.
- ``payment`` learns its public ``attempt_id`` (unique), the processor's opaque
  ``token``, what the checkout may show (``last4``, ``brand``), where the
  customer returns (``return_url``, ``locale``), ``tries`` and ``updated_at``.
- ``plugin_state`` (core/plugin_state.py): a processor sandbox's vault and
  answers, shared by every app process.

Hand-written DDL both SQLite and PostgreSQL accept (as the migration before it).
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import Text, Varchar
from piccolo.table import Table

ID = "2026-11-25T08:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "orders, payment attempts, plugin state"

_ADD_COLUMNS = (
    ("renewal_order", "attempt_id", "VARCHAR(64)"),
    ("renewal_order", "quote_version", "VARCHAR(16)"),
    ("renewal_order", "updated_at", "TIMESTAMPTZ"),
    ("payment", "attempt_id", "VARCHAR(64)"),
    ("payment", "token", "VARCHAR(200)"),
    ("payment", "last4", "VARCHAR(4)"),
    ("payment", "brand", "VARCHAR(40)"),
    ("payment", "return_url", "VARCHAR(500)"),
    ("payment", "locale", "VARCHAR(20)"),
    ("payment", "updated_at", "TIMESTAMPTZ"),
)

_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS payment_attempt ON payment (attempt_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS plugin_state_key ON plugin_state (namespace, key)",
    "CREATE UNIQUE INDEX IF NOT EXISTS renewal_order_one_open ON renewal_order (contract) "
    "WHERE status IN ('choosing_method', 'awaiting_payment', 'processing', 'declined', 'pending_offline')",
)


class PluginState(Table, tablename="plugin_state"):
    """The table as this migration creates it (frozen here)."""

    namespace = Varchar(length=40)
    key = Varchar(length=200)
    value = Text()
    created_at = Varchar(length=40)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def change():
        for table, column, kind in _ADD_COLUMNS:
            await PluginState.raw(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind} NULL')
        await PluginState.raw('ALTER TABLE "payment" ADD COLUMN "tries" INTEGER NOT NULL DEFAULT 0')
        # Orders written before this migration were never paid online: they are closed.
        await PluginState.raw("UPDATE renewal_order SET status = 'expired' WHERE status = 'pending_payment'")
        await PluginState.create_table(if_not_exists=True)
        for statement in _INDEXES:
            await PluginState.raw(statement)

    manager.add_raw(change)
    return manager
