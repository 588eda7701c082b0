"""The customer's checkout session: a short-lived, signed cookie bound to one contract.

A cookie rather than server memory, so any worker (``uvicorn --workers 2``)
serves any request; signed with HMAC-SHA256 so it cannot be forged or moved
to another contract. It holds no personal data beyond the contract number and
the customer's choices (upgrade, currency, method, quote version) and a
notice for the next page; the
order's true state always comes from the database, never from the cookie.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

import msgspec

COOKIE = "renewal_session"


class CheckoutSession(msgspec.Struct, frozen=True, omit_defaults=True):
    contract: str
    expires: int  # epoch seconds: sliding, renewed on every request, never past the link's expiry
    link_expires: int
    quote_id: int | None = None
    upgrade_level: str | None = None
    term_years: int | None = None
    currency: str | None = None
    method: str | None = None
    flash: str | None = None  # a notice's Fluent id for the next page shown (it survives the 303), then dropped
    cancel_seen: str | None = None  # the attempt cancelled at the bank whose notice was already flashed

    def expires_at(self) -> datetime:
        return datetime.fromtimestamp(self.expires, UTC)


class SessionState(msgspec.Struct, frozen=True):
    """What the request carried: a live session, an expired one, or none."""

    session: CheckoutSession | None
    expired: bool = False


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(CheckoutSession)


class SessionCodec:
    def __init__(self, secret: str, minutes: int) -> None:
        self._key = hashlib.sha256(b"checkout-session:" + secret.encode()).digest()
        self.lifetime = timedelta(minutes=minutes)

    def _sign(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self._key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def start(self, contract: str, link_expires: datetime, now: datetime) -> CheckoutSession:
        return self.refresh(CheckoutSession(contract=contract, expires=0,
                                            link_expires=int(link_expires.timestamp())), now)

    def refresh(self, session: CheckoutSession, now: datetime) -> CheckoutSession:
        until = min(int((now + self.lifetime).timestamp()), session.link_expires)
        return msgspec.structs.replace(session, expires=until)

    def encode(self, session: CheckoutSession) -> str:
        payload = _encoder.encode(session)
        return base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + self._sign(payload)

    def decode(self, value: str | None, now: datetime) -> SessionState:
        """A forged or unreadable cookie counts as no session; a stale one as expired."""
        if not value or "." not in value:
            return SessionState(None)
        body, _, signature = value.partition(".")
        try:
            payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            if not hmac.compare_digest(self._sign(payload), signature):
                return SessionState(None)
            session = _decoder.decode(payload)
        except (ValueError, msgspec.DecodeError):
            return SessionState(None)
        if session.expires <= int(now.timestamp()):
            return SessionState(None, expired=True)
        return SessionState(session)
