"""The JSON API for the same steps as the pages, documented in the OpenAPI schema at ``/schema``.

Same session cookie, same validation, same state rules and the same words
(messages come back in the page language: Accept-Language or the picked
language). Changing requests need the CSRF cookie's value in the
``x-csrftoken`` header, except the link exchange, which needs the token.
"""

from __future__ import annotations

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.openapi import ResponseSpec
from litestar.params import JSONBody

from core.checkout import flow, orders_bridge
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import kit_of, load, views
from core.checkout.guessing import link_budget
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


def _problem(request: Request, code: str, field: str, message_id: str) -> Response:
    kit = kit_of(request)
    return Response(Problem(status=400, title=kit.text(code, "error-summary-title"),
                            problems=(ProblemDetail(field=field, message=kit.text(code, message_id)),)),
                    status_code=400, headers={"Cache-Control": "no-store"})


class ApiController(Controller):
    path = "/api"
    tags = ["checkout"]

    @post("/session", status_code=201, guards=[link_budget], responses={
        404: ResponseSpec(data_container=Problem, description="Unknown, expired or revoked link"),
        429: ResponseSpec(data_container=Problem, description="Too many link attempts from this client this minute")})
    async def start_session(self, request: Request, data: JSONBody[StartSession]) -> Response[CheckoutState]:
        """Exchange a personal link's token for the session cookie (the pages do this at /renew/{token})."""
        now = request.app.state.clock()
        state = await resolve_link(data.token, now=now)
        stored = await flow.stored_version(state.quote_id) if state.status == "valid" and state.quote_id else None
        if state.status != "valid" or not state.contract_number:
            raise NotFoundException()
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

    @post("/checkout/options", status_code=200)
    async def choose_options(self, request: Request, data: JSONBody[OptionsRequest]) -> Response[CheckoutState]:
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

    @post("/checkout/currency", status_code=200)
    async def choose_currency(self, request: Request, data: JSONBody[CurrencyRequest]) -> Response[CheckoutState]:
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

    @post("/checkout/method", status_code=200)
    async def choose_method(self, request: Request, data: JSONBody[MethodRequest]) -> Response[NextStep]:
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
