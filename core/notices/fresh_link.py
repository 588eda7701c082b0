"""Mail a freshly issued personal link to the contract's contacts on file.

The checkout's expired-link page asks for this (it never takes an address
from the page): the same settings, transport and email locale as the
reminders, no quote attached, a new Message-ID each time (a request, not a
scheduled reminder, so no ledger row).
"""

from __future__ import annotations

from datetime import datetime
from email.utils import make_msgid

from core.links import IssuedLink
from core.notices.content import email_locale, fresh_link_content
from core.notices.job import make_context
from core.notices.render import build_message, render_template
from core.notices.settings import load_mail_settings
from core.notices.transports import transport_for
from core.renewals.contracts import get_contract, with_contacts


async def send_link(link: IssuedLink, *, platform, now: datetime) -> int:
    """Send ``link`` to every contact; returns how many messages were accepted."""
    settings = load_mail_settings()
    context = make_context(platform.catalog, settings)
    contract = await with_contacts(await get_contract(link.contract_number))
    entry = platform.catalog.countries[contract.country]
    content = fresh_link_content(
        context.translator, locale=email_locale(context.translator, entry.email_locale), country=contract.country,
        contract=contract.contract_number, seller=entry.seller, url=link.url, link_expires=link.expires_at,
        phone=entry.support_phone)
    text = render_template("fresh_link.txt.j2", content)
    html = render_template("fresh_link.html.j2", content)
    transport = transport_for(settings)
    accepted = 0
    try:
        for address in contract.contacts:
            message = build_message(content, to=address, message_id=make_msgid("link", domain=settings.domain),
                                    settings=settings, now=now, text=text, html=html)
            accepted += (await transport.send(message)).status == "sent"
    finally:
        await transport.close()
    return accepted
