"""``GET /renew/{token}``: the only way in. The token is exchanged for a session and leaves the URL.

Every answer is a 303 to an address without the token, so it never stays in
the address bar, the history or a Referer. A valid link goes to ``/checkout``
with the session cookie; the link keeps working until it expires (customers
click reminders more than once). Every other state goes to a ``/link/...``
page, with what that page needs in a short-lived signed cookie
(``core.checkout.link_notice``): already renewed; expired while the contract
can still renew online, with "send me a new link" (mailed to the contacts on
file, never to a typed address, then a 303 to a confirmation page so a
reload does not post again); expired past the reinstatement window, with how
to renew instead (a partner or support, the help box) and no button that
could not keep its promise; unknown or tampered. Guessing is rate-limited
per client address, in the database (``core.checkout.guessing``).
"""

from __future__ import annotations

import logging

import msgspec
from litestar import Controller, Request, Response, get, head, post
from litestar.params import FromPath
from litestar.response import Redirect

from core.checkout import flow, orders_bridge
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import kit_of
from core.checkout.guessing import link_budget
from core.checkout.link_notice import COOKIE, LinkNotice, LinkNoticeCodec, notice
from core.checkout.mailer import can_send_fresh_link, send_fresh_link
from core.links import LinkSentRecently, LinkState, resolve_link
from core.checkout.session import CheckoutSession
from core.renewals.contracts import RENEWED, find_contract_with

log = logging.getLogger("renewals.checkout")


def _reissuable(state: LinkState) -> bool:
    return state.status == "expired" or (state.status == "revoked" and state.revoked_reason == "new_term")


def _codec(request: Request) -> LinkNoticeCodec:
    return request.app.state.link_codec


def _to(request: Request, url: str, found: LinkNotice | None = None) -> Response:
    response = Redirect(url, status_code=303)
    if found is not None:
        now = request.app.state.clock()
        response.set_cookie(_codec(request).cookie(found, tls=request.app.state.settings.tls, now=now))
    return response


async def _resume_open_payment(request: Request, session: CheckoutSession) -> tuple[CheckoutSession, str]:
    """Reopening the link while a payment attempt is open (card form, bank page): the checkout's own page for
    it, with the order's quote and method kept: the pay step once the card is entered, else the method step
    with the method chosen. Never straight to the plugin's page, which the customer may have left on purpose."""
    _, columns = await find_contract_with(session.contract, orders_bridge.ORDER_COLUMNS)
    order = await orders_bridge.current_order(request, columns)
    if order is None or order.page != "pay":
        return session, "/checkout"
    stored = await flow.stored_version(order.quote_id)
    if stored is not None:
        choice = flow.choice_from_quote(stored)
        session = msgspec.structs.replace(session, quote_id=stored.id, upgrade_level=choice.upgrade_level,
                                          term_years=choice.term_years, currency=choice.currency)
    session = msgspec.structs.replace(session, method=order.method_id)
    return session, "/checkout/pay" if order.ready_to_pay else "/checkout?step=method"


class EntryController(Controller):
    path = "/renew"
    include_in_schema = False
    guards = [link_budget]  # one budget per client in the database, whichever process answers

    @get("/{token:str}")
    async def open_link(self, request: Request, token: FromPath[str]) -> Response:
        return await _open_link(request, token)

    @head("/{token:str}")
    async def check_link(self, request: Request, token: FromPath[str]) -> Response[None]:
        """Mail link scanners ask with HEAD: the same status and Location as GET, but no cookie (no session starts,
        no link notice is kept), so a scanner opens nothing. It counts in the link budget as GET does: HEAD tells
        a valid token from a guessed one just as well."""
        answer = await _open_link(request, token)
        return Redirect(answer.url, status_code=answer.status_code)


async def _open_link(request: Request, token: str) -> Response:
    """GET /renew/{token}: where the link leads, with the session (or the link notice) in a cookie."""
    now = request.app.state.clock()
    state = await resolve_link(token, now=now)  # one statement each (core.db.reads), no transaction
    contract = await flow.contract_for(state.contract_number) if state.contract_number else None
    country = contract.country if contract else None
    if state.status == "valid" and contract is not None:
        stored = await flow.stored_version(state.quote_id) if state.quote_id else None
        session = request.app.state.codec.start(contract.contract_number, state.expires_at, now)
        if stored is not None and stored.quote.contract == contract.contract_number:
            choice = flow.choice_from_quote(stored)
            session = msgspec.structs.replace(session, quote_id=stored.id, upgrade_level=choice.upgrade_level,
                                              term_years=choice.term_years, currency=choice.currency)
        session, target = await _resume_open_payment(request, session)
        remember(request, session)
        return with_session(Redirect(target, status_code=303), request)
    if state.status == "revoked" and state.revoked_reason == "renewed":
        return _to(request, "/link/renewed", notice("renewed", now, country=country))
    if _reissuable(state):
        if can_send_fresh_link(contract, now):
            return _to(request, "/link/expired", notice("expired", now, country=country,
                                                        contract=contract.contract_number))
        return _to(request, "/link/expired", notice("closed", now, country=country))
    return _to(request, "/link/unknown")


class LinkPagesController(Controller):
    """The pages a link that does not open the checkout leads to; none of them carries the token."""

    path = "/link"
    include_in_schema = False

    def _notice(self, request: Request) -> LinkNotice | None:
        return _codec(request).read(request.cookies.get(COOKIE), request.app.state.clock())

    def _unknown(self, request: Request) -> Response:
        kit = kit_of(request)
        code = kit.code_for(request)
        return kit.render(request, "message.html.j2", code=code, title_id="link-unknown-title", status=404,
                          paragraphs=[kit.text(code, "link-unknown-body")])

    def _say(self, request: Request, found: LinkNotice, title_id: str, body_id: str, status: int = 200,
             **context) -> Response:
        kit = kit_of(request)
        code = kit.code_for(request, found.country)
        return kit.render(request, "message.html.j2", code=code, title_id=title_id, status=status,
                          country=found.country, paragraphs=[kit.text(code, body_id)], **context)

    @get("/unknown")
    async def unknown(self, request: Request) -> Response:
        return self._unknown(request)

    @get("/renewed")
    async def renewed(self, request: Request) -> Response:
        found = self._notice(request)
        if found is None or found.kind != "renewed":
            return self._unknown(request)
        return self._say(request, found, "renewed-title", "renewed-body")

    @get("/expired")
    async def expired(self, request: Request) -> Response:
        found = self._notice(request)
        if found is not None and found.kind == "expired":
            return self._say(request, found, "link-expired-title", "link-expired-body", status=410,
                             action="/link/expired", action_label="new-link-button")
        if found is not None and found.kind == "closed":
            return self._say(request, found, "link-expired-title", "link-closed-body", status=410)
        return self._unknown(request)

    @post("/expired", guards=[link_budget])
    async def new_link(self, request: Request) -> Response:
        """Mail a new link to the contacts on file, once the contract is checked again; then say what happened."""
        found = self._notice(request)
        if found is None or found.kind != "expired" or not found.contract:
            return _to(request, "/link/expired")
        now = request.app.state.clock()
        kit = kit_of(request)
        contract = await flow.contract_for(found.contract)
        if not can_send_fresh_link(contract, now):  # renewed or past the window since the page was shown
            if contract is not None and contract.status == RENEWED:
                return _to(request, "/link/renewed", notice("renewed", now, country=found.country))
            return _to(request, "/link/expired", notice("closed", now, country=found.country))
        try:
            sent = await send_fresh_link(found.contract, now=now, settings=kit.settings,
                                         platform=request.app.state.platform)
        except LinkSentRecently:  # one fresh link an hour: the contacts are not mailed again
            return _to(request, "/link/sent", notice("sent-recently", now, country=found.country))
        return _to(request, "/link/sent", notice("sent" if sent else "not-sent", now, country=found.country))

    @get("/sent")
    async def sent(self, request: Request) -> Response:
        found = self._notice(request)
        if found is not None and found.kind == "sent":
            return self._say(request, found, "new-link-sent-title", "new-link-sent-body")
        if found is not None and found.kind == "sent-recently":
            return self._say(request, found, "new-link-sent-title", "new-link-recent-body")
        if found is not None and found.kind == "not-sent":
            return self._say(request, found, "error-page-title", "new-link-failed-body", status=503)
        return self._unknown(request)
