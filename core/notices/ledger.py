"""The reminder ledger (``sent_notice``): exactly once lives in our schema.

A row per contract, term end, reminder and contact is inserted as ``claimed``
*before* anything is sent (the unique index makes a second claim a no-op),
with a ``Message-ID`` derived from those four, so a retry carries the same id.
Delivery then moves it to ``sent``, ``failed`` (retried by the next run),
``bounced`` (a permanent 5xx: not retried), ``skipped`` (not eligible at send
time; ``reason`` is the quote engine's code) or ``superseded`` (a newer
reminder or a new term made it pointless).

On PostgreSQL a group (one contract's reminder) is delivered inside a
transaction holding its rows FOR UPDATE SKIP LOCKED: parallel jobs never send
the same row, and a killed job's locks vanish with its connection. On SQLite
one job runs at a time (see ``job.single_runner``).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

import msgspec
from piccolo.engine.postgres import PostgresEngine

from core.db.tables import Contract, SentNotice
from core.notices.schedule import DueContact

CLAIMED, SENT, FAILED, BOUNCED, SKIPPED, SUPERSEDED = "claimed", "sent", "failed", "bounced", "skipped", "superseded"
STATUSES = (CLAIMED, SENT, FAILED, BOUNCED, SKIPPED, SUPERSEDED)
PENDING = (CLAIMED, FAILED)


class LedgerRow(msgspec.Struct, frozen=True):
    id: int
    contract_id: int
    contract_number: str
    term_end: date
    days_before: int
    email: str
    status: str
    message_id: str
    locale: str
    attempts: int
    quote_id: int | None
    reason: str | None = None
    error: str | None = None
    claimed_at: datetime | None = None
    sent_at: datetime | None = None


def message_id_for(contract_number: str, term_end: date, days_before: int, email: str, domain: str) -> str:
    """Stable per ledger row: the same reminder to the same contact always has this id."""
    safe = re.sub(r"[^A-Za-z0-9.-]", "-", contract_number)
    digest = hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()[:12]
    return f"<renewal.{safe}.{term_end:%Y%m%d}.{days_before}.{digest}@{domain}>"


async def claim(due: list[DueContact], *, now: datetime, domain: str) -> int:
    """Insert ``claimed`` rows; a row someone else claimed first is left alone. Returns rows inserted."""
    if not due:
        return 0
    rows = [SentNotice(contract=d.contract_id, term_end=d.term_end, days_before=d.days_before, email=d.email,
                       locale="", message_id=message_id_for(d.contract_number, d.term_end, d.days_before, d.email,
                                                            domain),
                       status=CLAIMED, attempts=0, claimed_at=now, updated_at=now) for d in due]
    inserted = await SentNotice.insert(*rows).on_conflict(action="DO NOTHING").returning(SentNotice.id)
    return len(inserted)


_COLUMNS = """s.id, s.contract, c.number, s.term_end, s.days_before, s.email, s.status, s.message_id, s.locale,
s.attempts, s.quote_id, s.reason, s.error, s.claimed_at, s.sent_at"""


def _row(raw: dict) -> LedgerRow:
    from core.links import _aware, _day

    return LedgerRow(
        id=raw["id"], contract_id=raw["contract"], contract_number=raw["number"], term_end=_day(raw["term_end"]),
        days_before=raw["days_before"], email=raw["email"], status=raw["status"], message_id=raw["message_id"],
        locale=raw["locale"], attempts=raw["attempts"], quote_id=raw["quote_id"], reason=raw["reason"],
        error=raw["error"], claimed_at=_aware(raw["claimed_at"]) if raw["claimed_at"] else None,
        sent_at=_aware(raw["sent_at"]) if raw["sent_at"] else None)


def _postgres() -> bool:
    return isinstance(SentNotice._meta.db, PostgresEngine)


async def next_group(*, started: datetime) -> list[LedgerRow]:
    """The pending rows of one contract's reminder, locked on PostgreSQL (call inside a unit of work).

    A row that failed during this run (``updated_at >= started``) waits for the next run.
    """
    lock = " FOR UPDATE OF s SKIP LOCKED" if _postgres() else ""
    pending = "(s.status = 'claimed' OR (s.status = 'failed' AND s.updated_at < {}))"
    first = await SentNotice.raw(
        f"SELECT s.contract, s.term_end, s.days_before FROM sent_notice s WHERE {pending} "
        f"ORDER BY s.contract, s.term_end, s.days_before LIMIT 1{lock}", started)
    if not first:
        return []
    key = first[0]
    rows = await SentNotice.raw(
        f"SELECT {_COLUMNS} FROM sent_notice s JOIN contract c ON c.id = s.contract "
        "WHERE s.contract = {} AND s.term_end = {} AND s.days_before = {} AND "
        f"{pending} ORDER BY s.email{lock}", key["contract"], key["term_end"], key["days_before"], started)
    return [_row(r) for r in rows]


async def count_pending(*, started: datetime) -> int:
    rows = await SentNotice.raw("SELECT count(*) AS n FROM sent_notice s WHERE s.status = 'claimed' OR "
                                "(s.status = 'failed' AND s.updated_at < {})", started)
    return int(rows[0]["n"])


async def record(row_id: int, status: str, *, now: datetime, locale: str | None = None, quote_id: int | None = None,
                 reason: str | None = None, error: str | None = None, attempted: bool = False) -> None:
    changes = {SentNotice.status: status, SentNotice.updated_at: now, SentNotice.reason: reason,
               SentNotice.error: (error or "")[:500] or None}
    if locale is not None:
        changes[SentNotice.locale] = locale
    if quote_id is not None:
        changes[SentNotice.quote_id] = quote_id
    if attempted:
        changes[SentNotice.attempts] = SentNotice.attempts + 1
    if status == SENT:
        changes[SentNotice.sent_at] = now
    await SentNotice.update(changes).where(SentNotice.id == row_id)


async def pending_rows() -> list[LedgerRow]:
    """Every row the next run delivers before claiming anything new: failed, or claimed and never sent."""
    rows = await SentNotice.raw(f"SELECT {_COLUMNS} FROM sent_notice s JOIN contract c ON c.id = s.contract "
                                "WHERE s.status IN ('claimed', 'failed') ORDER BY c.number, s.term_end, s.email")
    return [_row(r) for r in rows]


def _filter(contract: str | None, status: str | None) -> tuple[str, list]:
    where, arguments = [], []
    if contract:
        where.append("c.number = {}")
        arguments.append(contract)
    if status:
        where.append("s.status = {}")
        arguments.append(status)
    return ("WHERE " + " AND ".join(where)) if where else "", arguments


async def count_rows(contract: str | None = None, status: str | None = None) -> int:
    """How many rows ``list_rows`` would give without its limit."""
    clause, arguments = _filter(contract, status)
    rows = await Contract.raw(f"SELECT count(*) AS n FROM sent_notice s JOIN contract c ON c.id = s.contract {clause}",
                              *arguments)
    return int(rows[0]["n"])


async def list_rows(contract: str | None = None, status: str | None = None, limit: int = 1000) -> list[LedgerRow]:
    clause, arguments = _filter(contract, status)
    rows = await Contract.raw(f"SELECT {_COLUMNS} FROM sent_notice s JOIN contract c ON c.id = s.contract {clause} "
                              f"ORDER BY c.number, s.term_end, s.days_before DESC, s.email LIMIT {int(limit)}",
                              *arguments)
    return [_row(r) for r in rows]
