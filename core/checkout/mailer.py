"""Sending a fresh personal link to the contract's contacts on file (the expired-link page).

The reminders' own mail sending delivers it, in the contact's email
language; the checkout never takes an address from the page.
"""

from __future__ import annotations

import logging
from datetime import datetime

from core.checkout.settings import CheckoutSettings
from core.errors import RenewalError
from core.links import issue_link

log = logging.getLogger("renewals.checkout")


async def send_fresh_link(contract_number: str, *, now: datetime, settings: CheckoutSettings, platform) -> bool:
    """Issue a new link and mail it to the contacts; False (logged) when it could not be sent."""
    try:
        link = await issue_link(contract_number, now=now, base_url=settings.base_url)
        from core.notices.fresh_link import send_link  # REMIND's mail sending

        await send_link(link, platform=platform, now=now)
    except (RenewalError, ImportError, OSError) as error:
        log.warning("fresh link for %s not sent: %s", contract_number, error)
        return False
    return True
