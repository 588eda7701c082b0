"""A redirect method's sandbox bank: its page, its transactions, its signed notification.

What a real online-banking or wallet redirect does, in miniature:

1. the checkout sends the customer to ``/pay/<method>/bank/<attempt>``; the
   page shows the amount and the seller and asks to approve or cancel;
2. the decision becomes a bank transaction (kept in ``core.plugin_state``,
   so any app process can answer for it) and the customer is sent back to
   the core's return URL with the transaction id as the token;
3. the bank also notifies the shop: ``POST /pay/<method>/notify`` with a JSON
   body, signed ``X-Sandbox-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of
   "<t>." + raw body>`` with the secret in ``RENEWALS_SANDBOX_WEBHOOK_SECRET``
   (no secret set: notifications are refused). The endpoint is exempt from
   CSRF and trusts only the signature, within five minutes of ``t``.

The return and the notification may arrive in either order; both go to
``core.orders`` which pays the attempt once. The store is synchronous, so
handlers call it in a worker thread: on SQLite a blocked event loop could
otherwise wait on a write lock held by one of its own coroutines.
:func:`signed_notification`
builds what the bank would send (tests and a developer's tools use it).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
from typing import TYPE_CHECKING

from litestar import Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Response

from core.clock import request_now
from core.i18n import Translator
from core.model import WebRoutes
from core.signatures import sign, signature_valid  # noqa: F401  (sign: for tests and tools)
from core.payment_pages import environment, render
from core.platform import Platform
from core.plugin_state import PluginStore

if TYPE_CHECKING:
    from core.payments import RedirectSandbox

log = logging.getLogger(__name__)

SECRET_ENV = "RENEWALS_SANDBOX_WEBHOOK_SECRET"
SIGNATURE_HEADER = "x-sandbox-signature"
_ENV = environment()


def webhook_secret() -> bytes | None:
    value = os.environ.get(SECRET_ENV, "")
    return value.encode() if value else None


def signed_notification(method_id: str, transaction: str, secret: bytes) -> tuple[bytes, dict[str, str]]:
    """The body and headers the sandbox bank sends for ``transaction``."""
    record = PluginStore(method_id).get(f"txn:{transaction}")
    body = json.dumps({"transaction": transaction, "attempt": record["attempt"],
                       "status": record["decision"]}).encode()
    return body, {"content-type": "application/json", SIGNATURE_HEADER: sign(body, secret)}


def transactions(method_id: str) -> list[dict]:
    return PluginStore(method_id).values("txn:")


def routes(sandbox: RedirectSandbox) -> WebRoutes:
    """The bank page, the decision and the notification endpoint for one redirect method."""
    from core.orders import attempt_page, payment_notified
    from core.orders.web import return_url

    method_id = sandbox.method.id
    store = PluginStore(method_id)

    async def current(attempt_id: str):
        attempt = await attempt_page(attempt_id)
        return attempt if attempt is not None and attempt.method_id == method_id else None

    def page(request: Request, translator: Translator, platform: Platform, attempt, status_code: int = 200):
        if attempt is None or not attempt.open:
            return render(_ENV, "payment_closed.html.j2", request, translator, attempt,
                          status_code=404 if attempt is None else 409)
        entry = platform.catalog.countries.get(attempt.country)
        return render(_ENV, "bank_page.html.j2", request, translator, attempt, status_code=status_code,
                      bank_message=f"payment-method-{method_id}",
                      seller=entry.seller if entry else "", action=f"/pay/{method_id}/bank/{attempt.attempt_id}")

    @get("/bank/{attempt_id:str}", name=f"{method_id}-bank")
    async def bank_page(request: Request, attempt_id: FromPath[str], translator: NamedDependency[Translator],
                        platform: NamedDependency[Platform]) -> Response[str]:
        return page(request, translator, platform, await current(attempt_id))

    @post("/bank/{attempt_id:str}", name=f"{method_id}-decide")
    async def decide(request: Request, attempt_id: FromPath[str], translator: NamedDependency[Translator],
                     platform: NamedDependency[Platform]) -> Response:
        attempt = await current(attempt_id)
        if attempt is None or not attempt.open:
            return page(request, translator, platform, attempt)
        decision = (await request.form()).get("decision")
        if decision not in ("approve", "cancel"):
            return page(request, translator, platform, attempt, status_code=422)
        transaction = f"{method_id}-txn-{secrets.token_hex(12)}"
        await asyncio.to_thread(store.add, f"txn:{transaction}", {
            "transaction": transaction, "attempt": attempt_id,
            "decision": "approved" if decision == "approve" else "cancelled",
            "amount": str(attempt.amount), "currency": attempt.currency,
        })
        return Redirect(return_url(attempt_id, token=transaction), status_code=303)

    @post("/notify", name=f"{method_id}-notify", exclude_from_csrf=True, status_code=200)
    async def notify(request: Request, platform: NamedDependency[Platform]) -> Response[dict]:
        secret = webhook_secret()
        if secret is None:
            log.warning("%s notification refused: %s is not set", method_id, SECRET_ENV)
            return Response({"error": "not_configured"}, status_code=503)
        body = await request.body()
        if not signature_valid(body, request.headers.get(SIGNATURE_HEADER), secret):
            return Response({"error": "bad_signature"}, status_code=401)
        try:
            payload = json.loads(body)
            transaction, attempt_id = str(payload["transaction"]), str(payload["attempt"])
        except (ValueError, KeyError, TypeError):
            return Response({"error": "bad_body"}, status_code=400)
        record = await asyncio.to_thread(store.get, f"txn:{transaction}")
        if record is None or record["attempt"] != attempt_id or await current(attempt_id) is None:
            return Response({"error": "unknown_transaction"}, status_code=404)
        view = await payment_notified(attempt_id, platform=platform, token=transaction, now=request_now(request))
        return Response({"received": True, "order_state": view.state})

    return WebRoutes(prefix=method_id, handlers=(bank_page, decide, notify), entry={method_id: "/bank/{attempt}"})


def answer_for(sandbox: RedirectSandbox, token: str) -> dict | None:
    """The bank transaction behind a token the bank page returned, or None."""
    return PluginStore(sandbox.method.id).get(f"txn:{token}")
