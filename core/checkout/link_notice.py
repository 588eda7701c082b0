"""What a link that no longer opens the checkout told us, carried to a token-less page.

Every answer to ``GET /renew/{token}`` leaves the token out of the address bar
(303 to ``/link/...``). The page after it needs a little of what the token
said: which state (renewed, expired with a new link possible, past the
reinstatement window), the country (for the language and the support phone)
and, when a new link may be mailed, the contract number. That travels in a
short-lived, signed, HttpOnly cookie: never the token, never an address.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Literal

import msgspec
from litestar.datastructures import Cookie

COOKIE = "renewal_link"
KEPT = timedelta(minutes=30)

Kind = Literal["renewed", "expired", "closed", "sent", "not-sent", "sent-recently"]


class LinkNotice(msgspec.Struct, frozen=True, omit_defaults=True):
    kind: Kind
    until: int  # epoch seconds
    country: str | None = None
    contract: str | None = None  # only while a new link may be sent


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(LinkNotice)


class LinkNoticeCodec:
    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"link-notice:" + secret.encode()).digest()

    def _sign(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self._key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def cookie(self, notice: LinkNotice, *, tls: bool, now: datetime) -> Cookie:
        payload = _encoder.encode(notice)
        value = base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + self._sign(payload)
        return Cookie(key=COOKIE, value=value, path="/link", httponly=True, samesite="lax", secure=tls,
                      max_age=max(notice.until - int(now.timestamp()), 0))

    def read(self, value: str | None, now: datetime) -> LinkNotice | None:
        """The notice, or None when missing, forged or past its time."""
        if not value or "." not in value:
            return None
        body, _, signature = value.partition(".")
        try:
            payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            if not hmac.compare_digest(self._sign(payload), signature):
                return None
            notice = _decoder.decode(payload)
        except (ValueError, msgspec.DecodeError):
            return None
        return notice if notice.until > int(now.timestamp()) else None


def notice(kind: Kind, now: datetime, *, country: str | None = None, contract: str | None = None) -> LinkNotice:
    return LinkNotice(kind=kind, until=int((now + KEPT).timestamp()), country=country, contract=contract)
