"""Sending a fresh personal link to the contract's contacts on file (the expired-link page).

The reminders' own mail sending (``core.notices.fresh_link``) delivers it, in
the contacts' email language; the checkout never takes an address from the
page. A link that would already be expired when issued (the term ended
longer ago than the grace period) is not sent: online renewal is over for
that term, and the page still says only "check your email".
"""

from __future__ import annotations

import logging
from datetime import datetime

from core.checkout.settings import CheckoutSettings
from core.errors import RenewalError
from core.links import issue_link
from core.notices.fresh_link import send_link

log = logging.getLogger("renewals.checkout")


async def send_fresh_link(contract_number: str, *, now: datetime, settings: CheckoutSettings, platform) -> int:
    """Issue a new link and mail it to the contacts; how many messages went out (0 is logged)."""
    try:
        link = await issue_link(contract_number, now=now, base_url=settings.base_url)
        if link.expires_at <= now:
            log.info("no fresh link for %s: its term is past the link grace period", contract_number)
            return 0
        sent = await send_link(link, platform=platform, now=now)
    except (RenewalError, OSError) as error:
        log.warning("fresh link for %s not sent: %s", contract_number, error)
        return 0
    if not sent:
        log.warning("fresh link for %s: no contact accepted the message", contract_number)
    return sent
