"""Composite unique indexes (piccolo's Unique constraint needs ALTER TABLE ADD
CONSTRAINT, which SQLite lacks; a unique index works on SQLite and PostgreSQL)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-11-24T18:50:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "composite unique indexes"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def create_indexes():
        from core.db.tables import create_unique_indexes

        await create_unique_indexes()

    manager.add_raw(create_indexes)
    return manager
