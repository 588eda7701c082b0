"""Signed processor notifications: HMAC-SHA256 over ``"<unix time>." + raw body``.

One scheme for every notification endpoint (bank-redirect sandboxes, offline
settlements). The header value is ``t=<unix time>,v1=<hex digest>``; a
signature is accepted only within :data:`TOLERANCE_SECONDS` of its timestamp
(an old notification replayed later is refused) and is compared in constant
time.
"""

from __future__ import annotations

import hashlib
import hmac
import time

TOLERANCE_SECONDS = 300


def _digest(body: bytes, secret: bytes, timestamp: int) -> str:
    return hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(body: bytes, secret: bytes, timestamp: int | None = None) -> str:
    """The header value a processor sends (tests and operators' tools use it)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={_digest(body, secret, timestamp)}"


def signature_valid(body: bytes, header: str | None, secret: bytes, now: float | None = None) -> bool:
    """True when ``header`` signs ``body`` with ``secret`` and its timestamp is fresh."""
    if not header:
        return False
    parts = dict(part.strip().split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(_digest(body, secret, timestamp), parts.get("v1", ""))
