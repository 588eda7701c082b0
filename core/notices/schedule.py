"""Which reminder is due: decided by the ledger, not by today's date alone.

A contract ``d`` days from its end date is in the window of the most recent
reminder whose day has come: ``d <= 15`` → 15, ``d <= 30`` → 30, ``d <= 60`` → 60
(the end date itself still counts; an ended contract gets no reminder). A
contact is due when the ledger holds no row for that contract, **term end**,
contact and a reminder at least as recent. So a day the job did not run loses
nothing, several overdue reminders collapse into the most recent one, and an
older reminder never follows a newer one.

The selection is one indexed query (``contract.end_date``), not a Python loop.
"""

from __future__ import annotations

from datetime import date, timedelta

import msgspec
from piccolo.engine.postgres import PostgresEngine

from core.db.tables import Contract
from core.offline.pause import NO_PENDING_OFFLINE_ORDER  # issue 9: no reminder while an offline order waits

REMINDERS = (60, 30, 15)


def reminder_for(days_left: int) -> int | None:
    """The most recent reminder whose day has come, or None outside the window."""
    if days_left < 0 or days_left > REMINDERS[0]:
        return None
    return min(r for r in REMINDERS if days_left <= r)


class DueContact(msgspec.Struct, frozen=True):
    contract_id: int
    contract_number: str
    term_end: date
    email: str
    days_before: int


# Boundaries are passed as dates (the SQL is the same on both engines). The
# NOT EXISTS compares against the reminder due now, so a newer row blocks older ones.
_DUE = """
SELECT c.id, c.number, c.end_date, k.email
FROM contract c JOIN contact k ON k.contract = c.id
WHERE c.status = 'active' AND c.end_date >= {} AND c.end_date <= {}
  AND NOT EXISTS (
    SELECT 1 FROM sent_notice s
    WHERE s.contract = c.id AND s.term_end = c.end_date AND s.email = k.email
      AND s.days_before <= CASE WHEN c.end_date <= {} THEN 15 WHEN c.end_date <= {} THEN 30 ELSE 60 END)
  AND """ + NO_PENDING_OFFLINE_ORDER + """
"""


def _day(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


async def due_contacts(today: date, *, limit: int | None = None, lock: bool = False) -> list[DueContact]:
    """Contacts due a reminder on ``today``; ``lock`` (PostgreSQL, inside a transaction)
    takes their contracts with FOR UPDATE SKIP LOCKED, so parallel jobs split the work."""
    sql = _DUE
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if lock and isinstance(Contract._meta.db, PostgresEngine):
        sql += " FOR UPDATE OF c SKIP LOCKED"
    rows = await Contract.raw(sql, today, today + timedelta(days=REMINDERS[0]), today + timedelta(days=15),
                              today + timedelta(days=30))
    found = []
    for row in rows:
        term_end = _day(row["end_date"])
        found.append(DueContact(contract_id=row["id"], contract_number=row["number"], term_end=term_end,
                                email=row["email"], days_before=reminder_for((term_end - today).days)))
    return found


_WITHOUT_CONTACTS = """
SELECT c.number FROM contract c
WHERE c.status = 'active' AND c.end_date >= {} AND c.end_date <= {}
  AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.contract = c.id)
ORDER BY c.number LIMIT 100
"""


async def due_without_contacts(today: date) -> list[str]:
    """Contracts in the reminder window with nobody to write to (the summary names them)."""
    rows = await Contract.raw(_WITHOUT_CONTACTS, today, today + timedelta(days=REMINDERS[0]))
    return [row["number"] for row in rows]
