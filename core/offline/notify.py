"""A processor's signed settlement notification for an offline method: ``POST /pay/<method>/notify``.

The body is JSON ``{"event_id", "reference", "amount", "currency",
"received_on"}`` (amount as a decimal string, day as ISO date). The header
``X-Renewals-Signature: t=<unix time>,v1=<hex>`` carries HMAC-SHA256 over
``"<t>." + raw body`` with the method's secret from
``RENEWALS_<METHOD>_WEBHOOK_SECRET`` (e.g. ``RENEWALS_WIRE_TRANSFER_WEBHOOK_SECRET``).

- no secret configured: 503, nothing read (a missing setting must not open the door);
- missing, altered or stale signature (more than five minutes from ``t``): 401, nothing changes;
- a malformed body: 400 with what is wrong;
- a replayed ``event_id``: 200 with outcome ``duplicate`` and nothing changes
  (the processor stops retrying; ``offline_settlement.event_key`` is unique).

The endpoint is exempt from CSRF (it has no browser session) and trusts only the signature.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date

from litestar import Request, post
from litestar.di import NamedDependency
from litestar.response import Response

from core.clock import request_now
from core.errors import RenewalError
from core.model import WebRoutes
from core.signatures import sign, signature_valid  # noqa: F401  (sign: for tests and tools)
from core.platform import Platform

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "x-renewals-signature"


def secret_setting(method_id: str) -> str:
    return f"RENEWALS_{method_id.upper()}_WEBHOOK_SECRET"


def webhook_secret(method_id: str) -> bytes | None:
    value = os.environ.get(secret_setting(method_id), "")
    return value.encode() if value else None


def routes(method_id: str) -> WebRoutes:
    """The notification endpoint of one offline method, mounted at ``/pay/<method_id>/notify``."""

    @post("/notify", name=f"{method_id}-offline-notify", exclude_from_csrf=True, status_code=200)
    async def notify(request: Request, platform: NamedDependency[Platform]) -> Response[dict]:
        from core.offline.settle import settle_payment

        secret = webhook_secret(method_id)
        if secret is None:
            log.warning("%s notification refused: %s is not set", method_id, secret_setting(method_id))
            return Response({"error": "not_configured"}, status_code=503)
        body = await request.body()
        if not signature_valid(body, request.headers.get(SIGNATURE_HEADER), secret):
            return Response({"error": "bad_signature"}, status_code=401)
        try:
            payload = json.loads(body)
            event_id, reference = str(payload["event_id"]), str(payload["reference"])
            amount, currency = str(payload["amount"]), str(payload["currency"])
            received_on = date.fromisoformat(str(payload["received_on"]))
        except (ValueError, KeyError, TypeError):
            return Response({"error": "bad_body", "expected": ["event_id", "reference", "amount", "currency",
                                                              "received_on"]}, status_code=400)
        if not event_id or len(event_id) > 100:
            return Response({"error": "bad_body", "field": "event_id"}, status_code=400)
        try:
            result = await settle_payment(reference, amount, currency, received_on=received_on, platform=platform,
                                          now=request_now(request), source=method_id, event_id=event_id)
        except RenewalError as error:
            return Response({"error": type(error).__name__, "message": str(error)}, status_code=422)
        if result.outcome == "underpaid":  # tell the customer what arrived and what is still due (never raises)
            from core.offline.emails import email_now

            settings = getattr(request.app.state, "settings", None)
            await email_now("underpaid", result.order_reference, platform,
                            base_url=settings.base_url if settings else None, now=request_now(request))
        return Response({"outcome": result.outcome, "reference": result.payment_reference}, status_code=200)

    return WebRoutes(prefix=method_id, handlers=(notify,))
