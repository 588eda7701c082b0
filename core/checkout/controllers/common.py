"""What every checkout page loads: session, contract, the stored quote, the true state.

One statement a page (``core.db.reads``): the contract with its lines and
which order decides the page. The stored quote version is kept in memory
once read (versions are never edited); an order, when there is one, is read
after.
"""

from __future__ import annotations

from datetime import datetime

import msgspec
from litestar import Request, Response
from litestar.response import Redirect

from core.checkout import flow, orders_bridge
from core.checkout.context import SessionEnded, current_session, remember, with_session
from core.checkout.pages import PageKit
from core.checkout.session import CheckoutSession
from core.checkout.states import PageName, TruePage, allowed, page_for
from core.checkout.views import ContractView, QuoteView, contract_view, quote_view
from core.orders import OrderView
from core.renewals.contracts import ContractData, find_contract_with
from core.renewals.quote_store import StoredQuote


class Loaded(msgspec.Struct):
    session: CheckoutSession
    contract: ContractData
    stored: StoredQuote
    requoted: bool
    true_page: TruePage
    order: OrderView | None
    code: str
    now: datetime


def kit_of(request: Request) -> PageKit:
    return request.app.state.kit


async def load(request: Request) -> Loaded:
    """The session's contract and quote; SessionEnded when there is none or its contract is gone."""
    session = current_session(request)
    kit = kit_of(request)
    now = request.app.state.clock()
    choice = flow.choice_of(session)
    contract, columns = await find_contract_with(session.contract, orders_bridge.ORDER_COLUMNS)
    if contract is None:
        raise SessionEnded()
    stored = await flow.stored_version(session.quote_id)  # kept in memory once read: versions never change
    order = await orders_bridge.current_order(request, columns)
    requoted = False
    if not flow.matches(stored, contract, choice, now):  # a write of its own, never inside the read
        stored, requoted = await flow.fresh_quote(kit.catalog, contract, stored, choice, now,
                                                  kit.settings.currency_quote_minutes)
    if stored.id != session.quote_id:
        session = msgspec.structs.replace(session, quote_id=stored.id)
        remember(request, session)
    code = kit.code_for(request, contract.country)
    true_page = page_for(contract, stored.quote, order.page if order else None, bool(order and order.received))
    return Loaded(session, contract, stored, requoted, true_page, order, code, now)


def redirect_if_elsewhere(request: Request, loaded: Loaded, requested: PageName) -> Response | None:
    """A 303 to the true state's page when ``requested`` is not allowed now."""
    if allowed(requested, loaded.true_page):
        return None
    return with_session(Redirect(loaded.true_page.home.url, status_code=303), request)


def views(request: Request, loaded: Loaded) -> tuple[ContractView, QuoteView]:
    kit = kit_of(request)
    stored = loaded.stored
    return (
        contract_view(loaded.contract, loaded.code, loaded.now.date(), loaded.session.term_years),
        quote_view(stored.quote, kit.translator, loaded.code, valid_until=stored.valid_until,
                   version=stored.version_hash),
    )


def flash(request: Request, message_id: str) -> None:
    """A notice for the next page this session shows, whatever the redirects before it."""
    remember(request, msgspec.structs.replace(current_session(request), flash=message_id))


def _notice(request: Request, loaded: Loaded) -> str | None:
    """The flashed notice (shown once), else the re-quote notice when this very request quoted again."""
    session = current_session(request)
    if session.flash:
        remember(request, msgspec.structs.replace(session, flash=None))
        kit = kit_of(request)
        method = kit.text(loaded.code, f"payment-method-{session.method}") if session.method else ""
        return kit.text(loaded.code, session.flash, method=method)  # e.g. payment-cancelled-notice names it
    return kit_of(request).text(loaded.code, "quote-updated-notice") if loaded.requoted else None


def render_step(request: Request, loaded: Loaded, template: str, title_id: str, *, status: int = 200,
                errors=(), **context) -> Response:
    kit = kit_of(request)
    contract, quote = views(request, loaded)
    response = kit.render(request, template, code=loaded.code, title_id=title_id, status=status,
                          contract=loaded.contract.contract_number, country=loaded.contract.country,
                          errors=errors, contract_view=contract, quote=quote, notice=_notice(request, loaded),
                          **context)
    return with_session(response, request)
