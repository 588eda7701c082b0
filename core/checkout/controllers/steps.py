"""Review, options (upgrade) and currency: the steps before choosing how to pay.

Each GET shows the step for the stored quote; each POST validates the
choice against what the price list and catalog offer, stores the new quote
version and answers 303 (so a reload never re-posts), or re-renders the
step with a localized error linked to its field.
"""

from __future__ import annotations


import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import URLEncodedBody
from litestar.response import Redirect

from core.checkout import flow, orders_bridge
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import kit_of, load, redirect_if_elsewhere, render_step
from core.checkout.pages import FieldError
from core.checkout.schemas import CurrencyForm, OptionsForm
from core.checkout.states import PageName, allowed
from core.checkout.upgrades import currency_choices, upgrade_choices
from core.checkout.views import quote_view


async def _refusal(request: Request, loaded, session):
    """(Why the quote in the newly chosen currency cannot be paid, in words, or None; the stored version)."""
    kit = kit_of(request)
    trial, _ = await flow.fresh_quote(kit.catalog, loaded.contract, None, flow.choice_of(session),
                                      loaded.now, kit.settings.currency_quote_minutes)
    if trial.quote.eligible:
        return None, trial
    return " ".join(quote_view(trial.quote, kit.translator, loaded.code).reasons), trial


class StepsController(Controller):
    path = "/checkout"
    include_in_schema = False

    @get("/")
    async def start(self, request: Request) -> Response:
        """The true state's page; ``?step=method`` (a processor page's "Change payment option") asks for
        that step instead, when the order still allows it, so an open card form is not a dead end."""
        loaded = await load(request)
        target = loaded.true_page.home
        if request.query_params.get("step") == PageName.METHOD.value and allowed(PageName.METHOD, loaded.true_page):
            target = PageName.METHOD
        return with_session(Redirect(target.url, status_code=303), request)

    @get("/review")
    async def review(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.REVIEW) or render_step(
            request, loaded, "review.html.j2", "step-review-title",
            payment_not_completed=await orders_bridge.payment_not_completed(loaded.order))

    @get("/options")
    async def options(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.OPTIONS) or self._options(request, loaded)

    def _options(self, request: Request, loaded, errors=(), status: int = 200) -> Response:
        levels, terms = upgrade_choices(kit_of(request), loaded)
        return render_step(request, loaded, "options.html.j2", "step-options-title", status=status,
                           errors=errors, levels=levels, terms=terms)

    @post("/options")
    async def choose_options(self, request: Request, data: URLEncodedBody[OptionsForm]) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.OPTIONS)
        if elsewhere:
            return elsewhere
        levels, terms = upgrade_choices(kit_of(request), loaded)
        errors = []
        if data.level not in {choice.value for choice in levels}:
            errors.append(FieldError("level-" + (levels[0].value if levels else "none"),
                                     kit_of(request).text(loaded.code, "error-choose-level")))
        if data.term not in {choice.value for choice in terms}:
            errors.append(FieldError("term-" + (terms[0].value if terms else "none"),
                                     kit_of(request).text(loaded.code, "error-choose-term")))
        if errors:
            return self._options(request, loaded, tuple(errors), status=400)
        current_level = next(c.value for c in levels if c.current)
        current_term = next(c.value for c in terms if c.current)
        session = msgspec.structs.replace(
            loaded.session,
            upgrade_level=None if data.level == current_level else data.level,
            term_years=None if data.term == current_term else int(data.term))
        remember(request, session)
        target = PageName.OPTIONS if data.action == "update" else PageName.CURRENCY
        return with_session(Redirect(target.url, status_code=303), request)

    @get("/currency")
    async def currency(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.CURRENCY) or self._currency(request, loaded)

    def _currency(self, request: Request, loaded, errors=(), status: int = 200) -> Response:
        return render_step(request, loaded, "currency.html.j2", "step-currency-title", status=status,
                           errors=errors, currencies=currency_choices(kit_of(request), loaded))

    @post("/currency")
    async def choose_currency(self, request: Request, data: URLEncodedBody[CurrencyForm]) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.CURRENCY)
        if elsewhere:
            return elsewhere
        offered = {choice.value for choice in currency_choices(kit_of(request), loaded)}
        if data.currency not in offered:
            error = FieldError("currency", kit_of(request).text(loaded.code, "error-choose-currency"))
            return self._currency(request, loaded, (error,), status=400)
        quote_currency = loaded.stored.quote.quote_currency
        session = msgspec.structs.replace(
            loaded.session, currency=None if data.currency == quote_currency else data.currency)
        refusal, trial = await _refusal(request, loaded, session)
        if refusal:  # e.g. no current exchange rate: say so here instead of ending on the not-eligible page
            return self._currency(request, loaded, (FieldError("currency", refusal),), status=400)
        remember(request, msgspec.structs.replace(session, quote_id=trial.id))
        target = PageName.CURRENCY if data.action == "update" else PageName.METHOD
        return with_session(Redirect(target.url, status_code=303), request)


