"""The sandbox's hosted card form, mounted by the core at ``/pay/cards/``.

Like a real hosted-fields provider, the card number and security code are
posted here and nowhere else: this page swaps them for a token
(:func:`renewal_payment_cards.sandbox.tokenize`) and sends the customer back
to the checkout with only the token, the last four digits and the brand
(303 to the core's return URL). A form with a problem comes back with the
problems named and linked to their fields, keeping the expiry and the name
but never echoing the number or the security code. The page needs no
JavaScript; its text is the web locale's Fluent messages.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from litestar import Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Response

from core.i18n import Translator
from core.model import TokenizeRequest, WebRoutes
from core.orders import attempt_page
from core.orders.web import return_url
from core.payment_pages import environment, render

from renewal_payment_cards import sandbox
from renewal_payment_cards.methods import BY_ID

PREFIX = "cards"
MAX_FAILED_TRIES = 5
_ENV = environment(Path(__file__).resolve().parent / "templates")
_EXPIRY = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*$")

# Unified tokenize error -> (field, message id).
_ERRORS = {
    "invalid_number": ("card-number", "card-error-number"),
    "unsupported_brand": ("card-number", "card-error-brand"),
    "brand_mismatch": ("card-number", "card-error-brand"),
    "invalid_expiry": ("card-expiry", "card-error-expiry"),
    "expired_card": ("card-expiry", "card-error-expired"),
    "invalid_cvc": ("card-cvc", "card-error-cvc"),
}
# id, label, autocomplete token, digits only (numeric keypad), input width (portal.css's .input-*)
_FIELDS = (
    ("card-number", "card-number-label", "cc-number", True, "card"),
    ("card-expiry", "card-expiry-label", "cc-exp", True, "short"),
    ("card-cvc", "card-cvc-label", "cc-csc", True, "short"),
    ("card-holder", "card-holder-label", "cc-name", False, "full"),
)
_KEPT = frozenset({"card-expiry", "card-holder"})  # never echo the number or the security code


def _form(request: Request, translator: Translator, attempt, values: dict[str, str] | None = None,
          errors: dict[str, str] | None = None, status_code: int = 200) -> Response[str]:
    values, errors = values or {}, errors or {}
    fields = [{"id": field, "label": label, "autocomplete": autocomplete, "numeric": numeric, "width": width,
               "value": values.get(field, "") if field in _KEPT else "", "error": errors.get(field)}
              for field, label, autocomplete, numeric, width in _FIELDS]
    return render(_ENV, "card_form.html.j2", request, translator, attempt, status_code=status_code,
                  errors=[(field, errors[field]) for field, *_ in _FIELDS if field in errors], fields=fields,
                  action=f"/pay/{PREFIX}/card/{attempt.attempt_id}")


async def _open_attempt(attempt_id: str):
    attempt = await attempt_page(attempt_id)
    if attempt is None or attempt.method_id not in BY_ID:
        return None
    return attempt


def _closed(request: Request, translator: Translator, attempt, status_code: int,
            body_message: str | None = None) -> Response[str]:
    return render(_ENV, "payment_closed.html.j2", request, translator, attempt, status_code=status_code,
                  body_message=body_message)


def _failures(attempt_id: str) -> int:
    return sandbox.store().get(f"fails:{attempt_id}") or 0


async def _locked(attempt_id: str) -> bool:
    """Card testing (trying many numbers on one page) closes the form, as hosted-fields providers do."""
    return await asyncio.to_thread(_failures, attempt_id) >= MAX_FAILED_TRIES


@get("/card/{attempt_id:str}", name="cards-form")
async def card_form(request: Request, attempt_id: FromPath[str], translator: NamedDependency[Translator]) -> Response[str]:
    attempt = await _open_attempt(attempt_id)
    if attempt is None:
        return _closed(request, translator, None, 404)
    if not attempt.open:
        return _closed(request, translator, attempt, 409)
    if await _locked(attempt_id):
        return _closed(request, translator, attempt, 429, "card-too-many-tries")
    return _form(request, translator, attempt)


@post("/card/{attempt_id:str}", name="cards-tokenize")
async def card_submit(request: Request, attempt_id: FromPath[str], translator: NamedDependency[Translator]) -> Response:
    attempt = await _open_attempt(attempt_id)
    if attempt is None:
        return _closed(request, translator, None, 404)
    if not attempt.open:
        return _closed(request, translator, attempt, 409)
    if await _locked(attempt_id):
        return _closed(request, translator, attempt, 429, "card-too-many-tries")
    form = await request.form()
    values = {field: str(form.get(field, ""))[:64] for field, *_ in _FIELDS}
    errors: dict[str, str] = {}
    expiry = _EXPIRY.match(values["card-expiry"])
    if sandbox.card_digits(values["card-number"]) is None:  # said at once with the other fields' mistakes
        errors["card-number"] = "card-error-number"
    if not values["card-holder"].strip():
        errors["card-holder"] = "card-error-holder"
    if expiry is None:
        errors["card-expiry"] = "card-error-expiry"
    if not values["card-cvc"].strip().isdigit():
        errors["card-cvc"] = "card-error-cvc"
    result = None
    if expiry is not None:
        details = TokenizeRequest(method_id=attempt.method_id, number=values["card-number"],
                                  expiry_month=int(expiry.group(1)), expiry_year=int(expiry.group(2)),
                                  cvc=values["card-cvc"].strip(), holder=values["card-holder"].strip())
        result = await asyncio.to_thread(sandbox.tokenize, details)
        if result.error:
            field, message = _ERRORS.get(result.error, ("card-number", "card-error-number"))
            errors.setdefault(field, message)
            failures = await asyncio.to_thread(_failures, attempt_id)
            await asyncio.to_thread(sandbox.store().put, f"fails:{attempt_id}", failures + 1)
    if errors or result is None or result.token is None:
        return _form(request, translator, attempt, values, errors, status_code=422)
    return Redirect(return_url(attempt.attempt_id, token=result.token, last4=result.last4 or "",
                               brand=result.brand or attempt.method_id), status_code=303)


ROUTES = WebRoutes(
    prefix=PREFIX,
    handlers=(card_form, card_submit),
    entry={method_id: "/card/{attempt}" for method_id in BY_ID},
)
