"""The link-guessing budget, shared by every app process (core/checkout/guessing.py).

- ``link_attempt``: per client key (a keyed hash of the client's address, never
  the address), the minute counted (``window_minute``, minutes since the epoch),
  the attempts in it and in the minute before. ``uvicorn --workers N`` or several
  machines on one PostgreSQL database share one budget instead of N.

Hand-written DDL both engines accept (the table as created here is frozen below).
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import BigInt, Integer, Varchar
from piccolo.table import Table

ID = "2026-11-25T12:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "link-guessing budget shared by app processes"


class LinkAttempt(Table, tablename="link_attempt"):
    client_key = Varchar(length=64, unique=True)
    window_minute = BigInt()
    attempts = Integer(default=0)
    previous_attempts = Integer(default=0)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="renewals", description=DESCRIPTION)

    async def change():
        await LinkAttempt.create_table(if_not_exists=True)

    manager.add_raw(change)
    return manager
