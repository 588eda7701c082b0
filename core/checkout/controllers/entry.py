"""``GET /renew/{token}``: the only way in. The token is exchanged for a session and leaves the URL.

A valid link answers 303 to ``/checkout`` with the session cookie, so the
token never stays in the address bar, the history or a Referer; the link
keeps working until it expires (customers click reminders more than once).
Unknown or tampered: 404. Expired (or replaced by a newer term): 410 with
"send me a new link", which mails a fresh link to the contacts on file,
never to a typed address, and answers the same whatever the token was, so
no page tells whether a contract exists. Renewed: the already-renewed page.
Guessing is rate-limited per client address, in the database (``core.checkout.guessing``).
"""

from __future__ import annotations

import logging

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.response import Redirect

from core.checkout import flow
from core.checkout.context import remember, with_session
from core.checkout.controllers.common import kit_of
from core.checkout.guessing import link_budget
from core.checkout.mailer import send_fresh_link
from core.links import LinkState, resolve_link

log = logging.getLogger("renewals.checkout")
REISSUABLE = ("expired",)


def _reissuable(state: LinkState) -> bool:
    return state.status == "expired" or (state.status == "revoked" and state.revoked_reason == "new_term")


class EntryController(Controller):
    path = "/renew"
    include_in_schema = False
    guards = [link_budget]  # one budget per client in the database, whichever process answers

    @get("/{token:str}")
    async def open_link(self, request: Request, token: FromPath[str]) -> Response:
        kit = kit_of(request)
        now = request.app.state.clock()
        state = await resolve_link(token, now=now)  # one statement each (core.db.reads), no transaction
        contract = await flow.contract_for(state.contract_number) if state.contract_number else None
        stored = await flow.stored_version(state.quote_id) if state.status == "valid" and state.quote_id else None
        country = contract.country if contract else None
        code = kit.code_for(request, country)
        if state.status == "valid" and contract is not None:
            session = request.app.state.codec.start(contract.contract_number, state.expires_at, now)
            if stored is not None and stored.quote.contract == contract.contract_number:
                choice = flow.choice_from_quote(stored)
                session = msgspec.structs.replace(session, quote_id=stored.id, upgrade_level=choice.upgrade_level,
                                                  term_years=choice.term_years, currency=choice.currency)
            remember(request, session)
            return with_session(Redirect("/checkout", status_code=303), request)
        if state.status == "revoked" and state.revoked_reason == "renewed":
            return kit.render(request, "message.html.j2", code=code, title_id="renewed-title",
                              country=country, paragraphs=[kit.text(code, "renewed-body")])
        if _reissuable(state):
            return kit.render(request, "message.html.j2", code=code, title_id="link-expired-title", status=410,
                              country=country, paragraphs=[kit.text(code, "link-expired-body")],
                              action=f"/renew/{token}/new-link", action_label="new-link-button")
        return kit.render(request, "message.html.j2", code=code, title_id="link-unknown-title", status=404,
                          paragraphs=[kit.text(code, "link-unknown-body")])

    @post("/{token:str}/new-link")
    async def new_link(self, request: Request, token: FromPath[str]) -> Response:
        """Same answer for every token: only an expired link of ours mails its contacts."""
        kit = kit_of(request)
        now = request.app.state.clock()
        state = await resolve_link(token, now=now)
        code = kit.code_for(request)
        if _reissuable(state) and state.contract_number:
            await send_fresh_link(state.contract_number, now=now, settings=kit.settings, platform=request.app.state.platform)
        return kit.render(request, "message.html.j2", code=code, title_id="new-link-sent-title",
                          paragraphs=[kit.text(code, "new-link-sent-body")])
