"""The piccolo app: its tables and checked-in migrations."""

from pathlib import Path

from piccolo.conf.apps import AppConfig

from core.db.tables import TABLES

APP_CONFIG = AppConfig(
    app_name="renewals",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=list(TABLES),
    migration_dependencies=[],
    commands=[],
)
