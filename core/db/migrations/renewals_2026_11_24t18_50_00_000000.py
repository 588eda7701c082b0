"""Composite unique indexes (piccolo's Unique constraint needs ALTER TABLE ADD
CONSTRAINT, which SQLite lacks; a unique index works on SQLite and PostgreSQL)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-11-24T18:50:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "composite unique indexes"


_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS contact_contract_email ON contact (contract, email)",
    "CREATE UNIQUE INDEX IF NOT EXISTS contract_line_position ON contract_line (contract, position)",
    "CREATE UNIQUE INDEX IF NOT EXISTS exchange_rate_pair_day ON exchange_rate "
    "(base_currency, quote_currency, valid_on)",
    "CREATE UNIQUE INDEX IF NOT EXISTS sent_notice_once ON sent_notice (contract, days_before, email)",
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def create_indexes():
        # The statements as they were when this migration was written (tables.UNIQUE_INDEXES
        # moves on with later migrations: sent_notice's index now includes term_end).
        from core.db.tables import Customer

        for statement in _INDEXES:
            await Customer.raw(statement)

    manager.add_raw(create_indexes)
    return manager
