"""The JSON API for the same steps as the pages, documented in the OpenAPI schema at ``/schema``.

Same session cookie, same validation, same state rules and the same words
(messages come back in the page language: Accept-Language or the picked
language). Changing requests need the CSRF cookie's value in the
``x-csrftoken`` header, except the link exchange, which needs the token; the
schema documents the header on each of them. A link that no longer opens the
checkout answers as its page does: 410 when it expired (or the contract is
already renewed), 404 when it is unknown. A body with a field the request
does not have, or a value of the wrong kind, is refused (422, naming the field).
"""

from __future__ import annotations

import re
from typing import Annotated

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.exceptions import ValidationException
from litestar.openapi import ResponseSpec
from litestar.params import HeaderParameter, JSONBody

from core.checkout import flow, orders_bridge
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import kit_of, load, views
from core.checkout.guessing import link_budget
from core.checkout.mailer import can_send_fresh_link
from core.checkout.methods import method_choices
from core.checkout.schemas import (
    Choice,
    CurrencyRequest,
    MethodRequest,
    OptionsRequest,
    Problem,
    ProblemDetail,
    StartSession,
)
from core.checkout.states import STEPS
from core.checkout.upgrades import currency_choices, upgrade_choices
from core.checkout.views import ContractView, QuoteView
from core.links import resolve_link


class CheckoutState(msgspec.Struct, frozen=True):
    page: str  # the page the order's true state calls for (review, pay, processing, confirmation...)
    steps_open: bool
    contract: ContractView
    quote: QuoteView
    upgrade_level: str | None
    term_years: int | None
    currency: str | None
    method: str | None
    #: What the customer must be told on this page, in their language: e.g. that the last payment was
    #: not completed (a processor never confirmed it, no money was taken) and to choose a method again.
    notice: str | None = None


class NextStep(msgspec.Struct, frozen=True):
    url: str


async def _state(request: Request, loaded=None) -> Response:
    loaded = loaded or await load(request)
    contract, quote = views(request, loaded)
    session = loaded.session
    failed = await orders_bridge.payment_not_completed(loaded.order)
    body = CheckoutState(page=loaded.true_page.home.value, steps_open=loaded.true_page.steps_open,
                         contract=contract, quote=quote, upgrade_level=session.upgrade_level,
                         term_years=session.term_years, currency=session.currency, method=session.method,
                         notice=kit_of(request).text(loaded.code, "payment-not-completed-notice") if failed else None)
    return with_session(Response(body, headers={"Cache-Control": "no-store", "Vary": "Accept-Language"}), request)


def _problem(request: Request, code: str, where: str, message_id: str, *, status: int = 400,
             title_id: str = "error-summary-title", **arguments) -> Response:
    kit = kit_of(request)
    return Response(Problem(status=status, title=kit.text(code, title_id),
                            problems=(ProblemDetail(field=where, message=kit.text(code, message_id, **arguments)),)),
                    status_code=status, headers={"Cache-Control": "no-store"})


_UNKNOWN_FIELD = re.compile(r"unknown field `([^`]*)`")
_NAMED_FIELD = re.compile(r"(?:missing required field `([^`]*)`|at `\$(?:\.data)?\.(?!data`)([A-Za-z_]\w*)`)")


def bad_body(request: Request, error: ValidationException) -> Response:
    """A JSON body msgspec refused: 422 naming the field (one the request does not have, or a wrong value)."""
    items = [item for item in error.extra if isinstance(item, dict)] if isinstance(error.extra, list) else []
    said = " ".join(str(item.get("message", "")) for item in items) or str(error.detail)
    code = kit_of(request).code_for(request)
    unknown = _UNKNOWN_FIELD.search(said)
    if unknown:
        return _problem(request, code, unknown.group(1), "api-field-unknown", status=422, name=unknown.group(1))
    named = _NAMED_FIELD.search(said)
    keys = [str(item["key"]) for item in items if item.get("key") and item["key"] != "data"]
    field = next((name for name in named.groups() if name), "") if named else (keys[0] if keys else "")
    example = _EXAMPLE_BODIES.get(request.url.path)
    if not field and example:  # an empty body, [], null or a number: no field to name, the whole body is wrong
        return _problem(request, code, "", "api-body-not-object", status=422, example=example)
    return _problem(request, code, field, "api-field-invalid", status=422, name=field or "-")


#: What each request's body looks like, for the answer to a body that is not a JSON object at all.
_EXAMPLE_BODIES = {
    "/api/session": '{"token": "…"}',
    "/api/checkout/options": '{"upgrade_level": "production", "term_years": 3}',
    "/api/checkout/currency": '{"currency": "USD"}',
    "/api/checkout/method": '{"method": "…"}',  # the value of one of GET /api/checkout/methods
}


#: Every changing request but the link exchange needs it (the CSRF middleware answers 403 without it).
CSRF_HEADER = Annotated[str | None, HeaderParameter(
    name="x-csrftoken", required=False,
    description="The value of the `csrftoken` cookie, which any GET under /api sets; every POST but "
                "/api/session must send it, or it is refused with 403.")]

_BAD_BODY = ResponseSpec(data_container=Problem, description="A field the request does not have, or a wrong value "
                                                             "(the problem names the field)")
_CHANGES = {422: _BAD_BODY, 403: ResponseSpec(data_container=Problem,
                                              description="The x-csrftoken header is missing or wrong")}


async def _link_problem(request: Request, state) -> Response:
    """Why a link's token opens no session, as its page says it (410 expired or renewed, 404 unknown)."""
    contract = await flow.contract_for(state.contract_number) if state.contract_number else None
    code = kit_of(request).code_for(request, contract.country if contract else None)
    if state.status == "revoked" and state.revoked_reason == "renewed":
        return _problem(request, code, "token", "renewed-body", status=410, title_id="renewed-title")
    if contract is not None and (state.status == "expired" or state.revoked_reason == "new_term"):
        body = "link-expired-body" if can_send_fresh_link(contract, request.app.state.clock()) else "link-closed-body"
        return _problem(request, code, "token", body, status=410, title_id="link-expired-title")
    return _problem(request, code, "token", "link-unknown-body", status=404, title_id="link-unknown-title")


class ApiController(Controller):
    path = "/api"
    tags = ["checkout"]
    exception_handlers = {ValidationException: bad_body}

    @post("/session", status_code=201, guards=[link_budget], responses={
        404: ResponseSpec(data_container=Problem, description="Unknown link"),
        410: ResponseSpec(data_container=Problem, description="Expired link (the page at /renew/{token} offers a new "
                                                              "one while the contract can renew), or already renewed"),
        422: _BAD_BODY,
        429: ResponseSpec(data_container=Problem, description="Too many link attempts from this client this minute")})
    async def start_session(self, request: Request, data: JSONBody[StartSession]) -> Response[CheckoutState]:
        """Exchange a personal link's token for the session cookie (the pages do this at /renew/{token})."""
        now = request.app.state.clock()
        state = await resolve_link(data.token, now=now)
        stored = await flow.stored_version(state.quote_id) if state.status == "valid" and state.quote_id else None
        if state.status != "valid" or not state.contract_number:
            return await _link_problem(request, state)
        session = request.app.state.codec.start(state.contract_number, state.expires_at, now)
        if stored is not None and stored.quote.contract == state.contract_number:
            choice = flow.choice_from_quote(stored)
            session = msgspec.structs.replace(session, quote_id=stored.id, upgrade_level=choice.upgrade_level,
                                              term_years=choice.term_years, currency=choice.currency)
        remember(request, session)
        response = await _state(request)
        response.status_code = 201
        return response

    @get("/checkout")
    async def checkout(self, request: Request) -> Response[CheckoutState]:
        """The checkout as it stands: the true state's page, the contract and the stored quote shown."""
        return await _state(request)

    @get("/checkout/options")
    async def options(self, request: Request) -> dict[str, tuple[Choice, ...]]:
        """Service levels and terms the customer may choose (upgrades only go up)."""
        loaded = await load(request)
        levels, terms = upgrade_choices(kit_of(request), loaded)
        return {"levels": levels, "terms": terms, "currencies": currency_choices(kit_of(request), loaded)}

    @post("/checkout/options", status_code=200, responses=_CHANGES)
    async def choose_options(self, request: Request,
                             x_csrftoken: CSRF_HEADER, data: JSONBody[OptionsRequest]) -> Response[CheckoutState]:
        loaded = await load(request)
        if not loaded.true_page.steps_open:
            return await _state(request, loaded)
        levels, terms = upgrade_choices(kit_of(request), loaded)
        current_level = next((c.value for c in levels if c.current), None)
        current_term = next((int(c.value) for c in terms if c.current), None)
        level = data.upgrade_level or current_level
        term = data.term_years or current_term
        if level not in {c.value for c in levels}:
            return _problem(request, loaded.code, "upgrade_level", "error-choose-level")
        if str(term) not in {c.value for c in terms}:
            return _problem(request, loaded.code, "term_years", "error-choose-term")
        remember(request, msgspec.structs.replace(
            loaded.session, upgrade_level=None if level == current_level else level,
            term_years=None if term == current_term else term))
        return await _state(request)

    @post("/checkout/currency", status_code=200, responses=_CHANGES)
    async def choose_currency(self, request: Request,
                              x_csrftoken: CSRF_HEADER, data: JSONBody[CurrencyRequest]) -> Response[CheckoutState]:
        loaded = await load(request)
        if not loaded.true_page.steps_open:
            return await _state(request, loaded)
        currency = data.currency.upper()
        if currency not in {c.value for c in currency_choices(kit_of(request), loaded)}:
            return _problem(request, loaded.code, "currency", "error-choose-currency")
        quote_currency = loaded.stored.quote.quote_currency
        remember(request, msgspec.structs.replace(loaded.session,
                                                  currency=None if currency == quote_currency else currency))
        return await _state(request)

    @get("/checkout/methods")
    async def methods(self, request: Request) -> tuple[Choice, ...]:
        """The methods offered for the contract's country, the payment currency, today and the total."""
        loaded = await load(request)
        return method_choices(kit_of(request), loaded, loaded.session.method)

    @post("/checkout/method", status_code=200, responses=_CHANGES)
    async def choose_method(self, request: Request,
                            x_csrftoken: CSRF_HEADER, data: JSONBody[MethodRequest]) -> Response[NextStep]:
        """Choose how to pay; the answer is where the customer goes next (card form, bank page, instructions)."""
        loaded = await load(request)
        if not loaded.true_page.steps_open or loaded.true_page.home not in (*STEPS, loaded.true_page.home):
            return with_session(Response(NextStep(url=loaded.true_page.home.url)), request)
        if loaded.requoted:
            return await _state(request, loaded)
        if data.method not in {c.value for c in method_choices(kit_of(request), loaded)}:
            return _problem(request, loaded.code, "method", "error-choose-method")
        remember(request, msgspec.structs.replace(loaded.session, method=data.method))
        try:
            order = await orders_bridge.choose_method(request, loaded, data.method)
        except orders_bridge.NotPayable:
            return with_session(Response(NextStep(url="/checkout")), request)
        return with_session(Response(NextStep(url=order.redirect_url or "/checkout")), request)
