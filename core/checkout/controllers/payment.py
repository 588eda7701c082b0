"""Choosing how to pay, paying, and every page an order's state can call for.

The method POST checks the choice against the catalog and the quote's
validity (an expired currency quote is re-quoted and shown again, never
charged at the old rate), then hands over to the payments domain, which
answers where the customer goes next: the plugin's card form or bank page,
or the offline instructions. Every state page is the one
``core.checkout.states`` allows for the order's true state.
"""

from __future__ import annotations

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import URLEncodedBody
from litestar.response import Redirect

from core.checkout import orders_bridge
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import flash, kit_of, load, redirect_if_elsewhere, render_step
from core.checkout.methods import method_choices, step_button
from core.checkout.pages import FieldError
from core.checkout.schemas import MethodForm, PayForm
from core.checkout.states import PageName
from core.checkout.views import day, money


def _see(request: Request, page: PageName | str) -> Response:
    url = page.url if isinstance(page, PageName) else page
    return with_session(Redirect(url, status_code=303), request)


class PaymentController(Controller):
    path = "/checkout"
    include_in_schema = False

    @get("/method")
    async def method(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.METHOD) or self._method(request, loaded)

    def _method(self, request: Request, loaded, errors=(), status: int = 200) -> Response:
        methods = method_choices(kit_of(request), loaded, loaded.session.method)
        kit = kit_of(request)
        return render_step(request, loaded, "method.html.j2", "step-method-title", status=status, errors=errors,
                           methods=methods, button=step_button(kit, loaded, methods))

    @post("/method")
    async def choose_method(self, request: Request, data: URLEncodedBody[MethodForm]) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.METHOD)
        if elsewhere:
            return elsewhere
        choices = method_choices(kit_of(request), loaded)
        if loaded.requoted:  # the price hold ran out: the new total first, the choice kept (as on the pay step)
            if data.method in {choice.value for choice in choices}:
                remember(request, msgspec.structs.replace(loaded.session, method=data.method))
            flash(request, "price-hold-ended-notice")
            return _see(request, PageName.METHOD)
        if data.method not in {choice.value for choice in choices}:
            field = "method-" + (choices[0].value if choices else "none")
            error = FieldError(field, kit_of(request).text(loaded.code, "error-choose-method"))
            return self._method(request, loaded, (error,), status=400)
        remember(request, msgspec.structs.replace(loaded.session, method=data.method))
        try:
            order = await orders_bridge.choose_method(request, loaded, data.method)
        except orders_bridge.NotPayable:  # another tab moved on, or the price ran out: show the true state
            return _see(request, "/checkout")
        return _see(request, order.redirect_url or "/checkout")

    @get("/pay")
    async def pay_page(self, request: Request) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.PAY)
        if elsewhere or loaded.order is None:
            return elsewhere or _see(request, PageName.METHOD)
        if loaded.requoted:  # the hold ended while the page was away: the new total first, choices kept
            flash(request, "price-hold-ended-notice")
            return _see(request, PageName.METHOD)
        if not loaded.order.ready_to_pay and loaded.order.redirect_url:
            return _see(request, loaded.order.redirect_url)
        return render_step(request, loaded, "pay.html.j2", "step-pay-title", order=loaded.order,
                           method_name=kit_of(request).text(loaded.code, f"payment-method-{loaded.order.method_id}"))

    @post("/pay")
    async def pay(self, request: Request, data: URLEncodedBody[PayForm]) -> Response:
        loaded = await load(request)
        if loaded.order is None or redirect_if_elsewhere(request, loaded, PageName.PAY):
            return _see(request, loaded.true_page.home)
        if loaded.requoted:  # the price hold ended: keep the choices, show the new total on the method step
            flash(request, "price-hold-ended-notice")
            return _see(request, PageName.METHOD)
        try:
            await orders_bridge.pay(request, loaded.order, data.attempt, loaded.now)
        except orders_bridge.NotPayable:
            pass
        return _see(request, "/checkout")

    @get("/processing")
    async def processing(self, request: Request) -> Response:
        loaded = await load(request)
        if loaded.order is not None and loaded.true_page.home is PageName.PROCESSING:
            await orders_bridge.ask_again(request, loaded.order, loaded.now)
            loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.PROCESSING) or self._state(
            request, loaded, "processing-title", ["processing-body"], auto_check=True,
            link="/checkout/processing", link_label="processing-refresh-link")

    @get("/declined")
    async def declined(self, request: Request) -> Response:
        loaded = await load(request)
        cancelled = None if redirect_if_elsewhere(request, loaded, PageName.DECLINED) else (
            await orders_bridge.cancelled_by_customer(loaded.order))
        if cancelled:  # the customer's own cancel at the bank is no refusal: choose again, with a notice
            session = loaded.session
            if session.cancel_seen != cancelled:  # once per cancelled attempt, not on every visit
                remember(request, msgspec.structs.replace(session, method=loaded.order.method_id,
                                                          cancel_seen=cancelled))
                flash(request, "payment-cancelled-notice")
            return _see(request, PageName.METHOD)
        # A bank or wallet page that refused the payment is no card issuer's refusal: say so without one.
        method = kit_of(request).catalog.methods.get(loaded.order.method_id) if loaded.order else None
        body = "declined-body" if method is None or method.kind == "card" else "declined-body-bank"
        return redirect_if_elsewhere(request, loaded, PageName.DECLINED) or self._state(
            request, loaded, "declined-heading", [body], link="/checkout/method",
            link_label="change-payment-option")

    @get("/confirmation")
    async def confirmation(self, request: Request) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.CONFIRMATION)
        if elsewhere or loaded.order is None:
            return elsewhere or _see(request, PageName.REVIEW)
        kit, order, code, country = kit_of(request), loaded.order, loaded.code, loaded.contract.country
        body = kit.text(code, "confirmation-body", order=order.reference,
                        end=day(order.new_end_date, code, country) if order.new_end_date else "—")
        paid = kit.text(code, "confirmation-paid", amount=money(order.processed_amount or order.amount,
                                                               order.processed_currency or order.currency,
                                                               code, country))
        return self._state(request, loaded, "confirmation-heading", [], texts=[body, paid], panel=True)

    @get("/offline")
    async def offline(self, request: Request) -> Response:
        loaded = await load(request)
        elsewhere = redirect_if_elsewhere(request, loaded, PageName.OFFLINE)
        if elsewhere or loaded.order is None:
            return elsewhere or _see(request, PageName.REVIEW)
        texts = await orders_bridge.offline_texts(request, loaded)
        if loaded.order.received:  # money arrived: the rest comes the same way (core.orders.choose_method)
            return self._state(request, loaded, "offline-heading", [], texts=texts)
        return self._state(request, loaded, "offline-heading", [], texts=texts, link="/checkout/method",
                           link_label="change-payment-option")

    @get("/renewed")
    async def renewed(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.ALREADY_RENEWED) or self._state(
            request, loaded, "renewed-title", ["renewed-body"])

    @get("/not-eligible")
    async def not_eligible(self, request: Request) -> Response:
        loaded = await load(request)
        return redirect_if_elsewhere(request, loaded, PageName.NOT_ELIGIBLE) or render_step(
            request, loaded, "not_eligible.html.j2", "not-eligible-title")

    def _state(self, request: Request, loaded, title_id: str, body_ids: list[str], *, texts=(), **context) -> Response:
        kit = kit_of(request)
        paragraphs = [*texts, *(kit.text(loaded.code, body_id) for body_id in body_ids)]
        return render_step(request, loaded, "state.html.j2", title_id, paragraphs=paragraphs, **context)
