"""Errors become pages in the reader's language, never a traceback.

A 500 is an apology with a short reference id; the log line carries the same
id and the whole exception, so support can find it. ``/api`` paths get the
same answers as JSON (:class:`core.checkout.schemas.Problem`).
"""

from __future__ import annotations

import logging
import secrets

from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException

from core.checkout.schemas import Problem

log = logging.getLogger("renewals.web")


def _page(request: Request, status: int, title_id: str, body_id: str, **context) -> Response:
    kit = request.app.state.kit
    code, country = kit.reader_of(request)
    if request.url.path.startswith("/api"):
        return Response(Problem(status=status, title=kit.text(code, title_id)), status_code=status,
                        media_type=MediaType.JSON, headers={"Cache-Control": "no-store"})
    body = kit.text(code, body_id, **context.pop("arguments", {}))
    return kit.render(request, "message.html.j2", code=code, title_id=title_id, status=status,
                      country=country, paragraphs=[body], **context)


def session_ended(request: Request, _: Exception) -> Response:
    return _page(request, 401, "session-expired-title", "session-expired-body")


def not_found(request: Request, _: Exception) -> Response:
    return _page(request, 404, "page-not-found-title", "page-not-found-body")


def too_many(request: Request, _: Exception) -> Response:
    response = _page(request, 429, "too-many-title", "too-many-body")
    response.headers["Retry-After"] = "60"
    return response


def http_error(request: Request, error: HTTPException) -> Response:
    if error.status_code >= 500:
        return server_error(request, error)
    if error.status_code == 403:  # CSRF token missing or wrong: the form was stale or forged
        return _page(request, 403, "form-expired-title", "form-expired-body")
    if error.status_code == 405:  # e.g. GET /api/session, PUT on a page: the address is right, the request is not
        response = _page(request, 405, "method-not-allowed-title", "method-not-allowed-body")
        if allowed := (error.headers or {}).get("allow"):
            response.headers["Allow"] = allowed  # what the address does take (RFC 9110 15.5.6)
        return response
    return _page(request, error.status_code, "bad-request-title", "bad-request-body")


def server_error(request: Request, error: Exception) -> Response:
    reference = secrets.token_hex(4).upper()
    log.error("checkout page failed, reference %s: %s %s", reference, request.method, request.url.path,
              exc_info=error)
    try:
        return _page(request, 500, "error-page-title", "error-page-body", reference=reference)
    except Exception:  # the error page itself failed: still no traceback for the customer
        log.exception("error page failed, reference %s", reference)
        return Response(f"500 {reference}", status_code=500, media_type=MediaType.TEXT)
