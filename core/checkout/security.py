"""Security headers on every response, with a fresh CSP nonce per request.

Litestar has no security-headers middleware, so this small ASGI one adds
them. The nonce is put into the request state before the handler runs and
templates give it to the inline scripts a page may carry (the error summary's
focus, the processing page's quiet re-check); nothing else inline runs.
HSTS only when the app is served over TLS (a browser would pin
plain-HTTP development to HTTPS otherwise). The generated OpenAPI pages under
``/schema`` load their viewer's own assets, so they get the headers without
the strict CSP.
"""

from __future__ import annotations

import secrets

from litestar.datastructures import MutableScopeHeaders
from litestar.types import ASGIApp, Message, Receive, Scope, Send

NONCE_KEY = "csp_nonce"


def content_security_policy(nonce: str) -> str:
    return "; ".join((
        "default-src 'none'",
        f"script-src 'nonce-{nonce}'",
        "connect-src 'self'",  # the processing page asks for its order's state again
        "style-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'none'",
    ))


def security_headers(tls: bool):
    """The middleware factory Litestar calls with the next app."""

    def middleware(app: ASGIApp) -> ASGIApp:
        async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            nonce = secrets.token_urlsafe(16)
            scope.setdefault("state", {})[NONCE_KEY] = nonce
            strict = not scope["path"].startswith("/schema")

            async def send_with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    headers = MutableScopeHeaders.from_message(message)
                    if strict:
                        headers["Content-Security-Policy"] = content_security_policy(nonce)
                    headers["Referrer-Policy"] = "no-referrer"
                    headers["X-Content-Type-Options"] = "nosniff"
                    headers["X-Frame-Options"] = "SAMEORIGIN"
                    if tls:
                        headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
                await send(message)

            await app(scope, receive, send_with_headers)

        return wrapped

    return middleware
