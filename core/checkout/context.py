"""Per-request plumbing shared by the checkout controllers: the session, the clock, the kit.

The session is read once per request into the request state; a handler that
changes the customer's choices stores the new session there, and every
checkout response goes through :func:`with_session`, which signs it back into
the cookie (sliding its expiry) with the right flags.
"""

from __future__ import annotations


from litestar import Request, Response
from litestar.datastructures import Cookie

from core.checkout.session import COOKIE, CheckoutSession, SessionCodec
from core.checkout.settings import CheckoutSettings
from core.clock import Clock

STATE_KEY = "checkout_session"


class SessionEnded(Exception):
    """No live session: the cookie is missing, forged or past its time."""


def current_session(request: Request) -> CheckoutSession:
    """The live session for this request, or SessionEnded (mapped to the session-expired page)."""
    session = request.scope.get("state", {}).get(STATE_KEY)
    if session is not None:
        return session
    codec: SessionCodec = request.app.state.codec
    clock: Clock = request.app.state.clock
    found = codec.decode(request.cookies.get(COOKIE), clock())
    if found.session is None:
        raise SessionEnded()
    remember(request, found.session)
    return found.session


def remember(request: Request, session: CheckoutSession) -> None:
    request.scope.setdefault("state", {})[STATE_KEY] = session


def session_cookie(settings: CheckoutSettings, value: str, max_age: int) -> Cookie:
    return Cookie(key=COOKIE, value=value, path="/", httponly=True, samesite="lax", secure=settings.tls,
                  max_age=max(max_age, 0))


def with_session(response: Response, request: Request) -> Response:
    session = request.scope.get("state", {}).get(STATE_KEY)
    if session is None:
        return response
    codec: SessionCodec = request.app.state.codec
    clock: Clock = request.app.state.clock
    now = clock()
    refreshed = codec.refresh(session, now)
    response.set_cookie(session_cookie(request.app.state.settings, codec.encode(refreshed),
                                       refreshed.expires - int(now.timestamp())))
    return response
