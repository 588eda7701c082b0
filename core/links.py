"""Personal renewal links: the only way into the checkout (SPEC: Access).

A link is ``{base_url}/renew/{token}`` with ``token = secrets.token_urlsafe(32)``
(256 random bits). Only the token's SHA-256 is stored, so a database leak
opens no checkout. A link belongs to one contract **term** (its end date) and
may carry the id of the stored quote the reminder showed.

Expiry: the term's end date plus ``RENEWALS_LINK_GRACE_DAYS`` (default 90:
an expired contract can still renew online with a reinstatement fee, so the
link outlives the end date), at the end of that day, UTC.

A new reminder mints a new link and leaves the older ones of the same term
working; a renewal (``renewed``), a new term (``new_term``) or support staff
(``manual``) revoke every open link of the contract. A link whose term is no
longer the contract's current one reads as revoked (``new_term``) even if no
one revoked it, so a stale link never opens the next term's checkout.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from urllib.parse import urlsplit

import msgspec
from piccolo.engine.postgres import PostgresEngine

from core.db import reads
from core.db.session import engine, unit_of_work
from core.db.tables import Contract, RenewalLink
from core.errors import RenewalError
from core.renewals.contracts import RENEWED, AlreadyRenewed, ContractNotFound

BASE_URL_ENV = "RENEWALS_BASE_URL"
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
GRACE_ENV = "RENEWALS_LINK_GRACE_DAYS"
DEFAULT_GRACE_DAYS = 90
REVOKE_REASONS = ("renewed", "new_term", "manual")


class LinkSettingError(RenewalError):
    message_id = "error-setting"


class LinkWindowClosed(RenewalError):
    """A link for a contract past its reinstatement window would be expired before anyone opened it."""

    message_id = "error-link-window-closed"


class LinkSentRecently(Exception):
    """A link was issued for the contract since ``not_since`` (a fresh one or a reminder's): none more yet."""


class IssuedLink(msgspec.Struct, frozen=True):
    token: str
    url: str
    contract_number: str
    expires_at: datetime


class LinkState(msgspec.Struct, frozen=True):
    status: Literal["valid", "expired", "revoked", "unknown"]
    contract_id: int | None = None
    contract_number: str | None = None
    term_end: date | None = None
    quote_id: int | None = None
    expires_at: datetime | None = None
    revoked_reason: str | None = None  # "renewed" | "new_term" | "manual"


def base_url() -> str:
    """The public address links point at (``RENEWALS_BASE_URL``), without a trailing slash."""
    value = os.environ.get(BASE_URL_ENV, "").strip() or DEFAULT_BASE_URL
    if not is_base_url(value):
        raise LinkSettingError(name=BASE_URL_ENV, value=value, expected="an http:// or https:// address")
    return value.rstrip("/")


def is_base_url(value: str) -> bool:
    """An http(s) address with a host, and no query or fragment a token could be glued onto."""
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not parts.query and not parts.fragment


def grace_days() -> int:
    raw = os.environ.get(GRACE_ENV, "").strip()
    if not raw:
        return DEFAULT_GRACE_DAYS
    if not raw.isdigit() or int(raw) > 3650:
        raise LinkSettingError(name=GRACE_ENV, value=raw, expected="a whole number of days from 0 to 3650")
    return int(raw)


def expiry_for(term_end: date) -> datetime:
    """The end of the grace period's last day, UTC."""
    return datetime.combine(term_end + timedelta(days=grace_days()), time.max, tzinfo=UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


async def issue_link(contract_number: str, *, now: datetime, base_url: str, quote_id: int | None = None,
                     refuse_closed: bool = False, not_since: datetime | None = None) -> IssuedLink:
    """Mint a fresh link for the contract's current term (earlier links stay valid); ``refuse_closed``
    raises ``LinkWindowClosed`` instead of minting a link that would already be expired at ``now``;
    ``not_since`` raises ``LinkSentRecently`` when the database holds a working link of the contract's
    current term issued since then (a fresh one or a reminder's; the contract row is locked meanwhile on
    PostgreSQL, SQLite's write transaction is exclusive, so two workers never both send)."""
    token = secrets.token_urlsafe(32)
    async with unit_of_work(write=True):
        lock = " FOR UPDATE" if not_since is not None and isinstance(engine(), PostgresEngine) else ""
        rows = await Contract.raw(f"SELECT id, end_date, status, renewed_via FROM contract WHERE number = {{}}{lock}",
                                  contract_number)
        contract = rows[0] if rows else None
        if contract is None:
            raise ContractNotFound(number=contract_number)
        contract["end_date"] = _day(contract["end_date"])
        if not_since is not None and await RenewalLink.exists().where(  # a working link of this term went out
                (RenewalLink.contract == contract["id"]) & (RenewalLink.term_end == contract["end_date"])
                & (RenewalLink.created_at >= not_since) & RenewalLink.revoked_at.is_null()):
            raise LinkSentRecently()
        if contract["status"] == RENEWED:
            raise AlreadyRenewed(number=contract_number, channel=contract["renewed_via"] or "online")
        expires_at = expiry_for(contract["end_date"])
        if refuse_closed and expires_at <= now:
            raise LinkWindowClosed(number=contract_number, end=contract["end_date"].isoformat(),
                                   closed=expires_at.date().isoformat(), setting=GRACE_ENV, days=grace_days())
        await RenewalLink.insert(RenewalLink(
            contract=contract["id"], token_hash=hash_token(token), created_at=now, expires_at=expires_at,
            term_end=contract["end_date"], quote_id=quote_id,
        ))
    return IssuedLink(token=token, url=f"{base_url.rstrip('/')}/renew/{token}", contract_number=contract_number,
                      expires_at=expires_at)


_RESOLVE = """
SELECT l.contract, l.term_end, l.quote_id, l.expires_at, l.revoked_reason, l.revoked_at,
       c.number, c.end_date
FROM renewal_link l JOIN contract c ON c.id = l.contract
WHERE l.token_hash = {}
"""


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # raw SQL on SQLite returns the stored text
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _day(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


async def resolve_link(token: str, *, now: datetime) -> LinkState:
    """What a token opens, judged at ``now``; a malformed or unknown token is ``unknown``."""
    if not token or len(token) > 100:
        return LinkState(status="unknown")
    rows = await reads.read(_RESOLVE, hash_token(token))
    if not rows:
        return LinkState(status="unknown")
    row = rows[0]
    term_end = _day(row["term_end"])
    state = dict(contract_id=row["contract"], contract_number=row["number"], term_end=term_end,
                 quote_id=row["quote_id"], expires_at=_aware(row["expires_at"]))
    if row["revoked_at"] is not None:
        return LinkState(status="revoked", revoked_reason=row["revoked_reason"] or "manual", **state)
    if term_end != _day(row["end_date"]):
        return LinkState(status="revoked", revoked_reason="new_term", **state)
    if now >= state["expires_at"]:
        return LinkState(status="expired", **state)
    return LinkState(status="valid", **state)


async def revoke_links(contract_number: str, *, now: datetime, reason: str = "manual") -> int:
    """Revoke every open link of the contract; returns how many were open."""
    if reason not in REVOKE_REASONS:
        raise ValueError(f"revoke reason must be one of {REVOKE_REASONS}")
    async with unit_of_work(write=True):
        contract = await Contract.select(Contract.id).where(Contract.number == contract_number).first()
        if contract is None:
            raise ContractNotFound(number=contract_number)
        return await revoke_contract_links(contract["id"], now=now, reason=reason)


async def revoke_contract_links(contract_id: int, *, now: datetime, reason: str) -> int:
    """The same by contract id, inside the caller's unit of work (renewals and imports)."""
    revoked = await RenewalLink.update({RenewalLink.revoked_at: now, RenewalLink.revoked_reason: reason}).where(
        (RenewalLink.contract == contract_id) & RenewalLink.revoked_at.is_null()).returning(RenewalLink.id)
    return len(revoked)
