"""Token guessing is rate-limited per client in the database, so every app process shares one budget.

``RENEWALS_LINK_ATTEMPTS_PER_MINUTE`` attempts per client address and minute
open a link (``/renew/{token}``, its "send me a new link" and
``POST /api/session``); the next ones get the localized 429 page. A count kept
in process memory would grant each ``uvicorn`` worker, and each machine on one
PostgreSQL database, a budget of its own; ``link_attempt`` holds one row per
client instead, updated by one atomic upsert.

The window slides: the minute before still counts in proportion to how much
of it the last 60 seconds overlap (``previous × (60 − s) / 60 + current``, s
the seconds into this minute), so a burst at a minute's end does not buy a
fresh budget a second later. Every attempt counts, refused ones too: a client
that keeps guessing stays refused. The key is an HMAC of the address under
the app's secret key, so the table holds no address.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

from litestar.connection import ASGIConnection
from litestar.exceptions import TooManyRequestsException
from litestar.handlers import BaseRouteHandler

from core.db.tables import LinkAttempt

_COUNT = """
INSERT INTO link_attempt (client_key, window_minute, attempts, previous_attempts) VALUES ({}, {}, 1, 0)
ON CONFLICT (client_key) DO UPDATE SET
    previous_attempts = CASE
        WHEN link_attempt.window_minute = excluded.window_minute THEN link_attempt.previous_attempts
        WHEN link_attempt.window_minute = excluded.window_minute - 1 THEN link_attempt.attempts
        ELSE 0 END,
    attempts = CASE
        WHEN link_attempt.window_minute = excluded.window_minute THEN link_attempt.attempts + 1
        ELSE 1 END,
    window_minute = excluded.window_minute
RETURNING attempts, previous_attempts
"""
_PRUNE = "DELETE FROM link_attempt WHERE window_minute < {}"
_pruned_before: list[int] = [0]  # the minute this process last pruned rows older than the one before it


def client_key(secret: str, address: str) -> str:
    return hmac.new(b"link-attempts:" + secret.encode(), address.encode(), hashlib.sha256).hexdigest()


async def within_budget(key: str, now: datetime, per_minute: int) -> bool:
    """Count one attempt for ``key`` at ``now``; whether it stays within ``per_minute``."""
    seconds = int(now.timestamp())
    minute, into = divmod(seconds, 60)
    rows = await LinkAttempt.raw(_COUNT, key, minute)
    if _pruned_before[0] < minute - 1:  # rows nobody has used for two minutes count for nothing
        _pruned_before[0] = minute - 1
        await LinkAttempt.raw(_PRUNE, minute - 1)
    current, previous = rows[0]["attempts"], rows[0]["previous_attempts"]
    return previous * (60 - into) + current * 60 <= per_minute * 60


async def link_budget(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Litestar guard for the routes a token opens: 429 (the localized page) past the budget."""
    app_state = connection.app.state
    address = connection.client.host if connection.client else "unknown"
    key = client_key(app_state.settings.secret_key, address)
    if not await within_budget(key, app_state.clock(), app_state.settings.link_attempts_per_minute):
        raise TooManyRequestsException()
