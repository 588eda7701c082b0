"""Sending a fresh personal link to the contract's contacts on file (the expired-link page).

The reminders' own mail sending (``core.notices.fresh_link``) delivers it, in
the contacts' email language; the checkout never takes an address from the
page. A link that would already be expired when issued (the term ended
longer ago than the grace period: past the reinstatement window) cannot be
sent, so the page asks :func:`can_send_fresh_link` before it offers one and
says how to renew instead when it cannot.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from core.checkout.settings import CheckoutSettings
from core.errors import RenewalError
from core.links import expiry_for, issue_link
from core.notices.fresh_link import send_link
from core.renewals.contracts import RENEWED, ContractData

log = logging.getLogger("renewals.checkout")


def can_send_fresh_link(contract: ContractData | None, now: datetime) -> bool:
    """A new link would open the checkout: the contract is not renewed and its term's link grace is not over."""
    if contract is None or contract.status == RENEWED:
        return False
    try:
        return expiry_for(contract.end_date) > now
    except RenewalError as error:  # a bad RENEWALS_LINK_GRACE_DAYS: offer nothing rather than fail the page
        log.warning("no fresh link offered for %s: %s", contract.contract_number, error)
        return False


FRESH_LINK_EVERY = timedelta(hours=1)


async def send_fresh_link(contract_number: str, *, now: datetime, settings: CheckoutSettings, platform) -> int:
    """Issue a new link and mail it to the contacts; how many messages went out (0 is logged).

    At most one link per contract per :data:`FRESH_LINK_EVERY` (any link issued, by the database, so every
    worker agrees): raises ``LinkSentRecently`` instead of mailing the contacts again."""
    try:
        link = await issue_link(contract_number, now=now, base_url=settings.base_url, refuse_closed=True,
                                not_since=now - FRESH_LINK_EVERY)
        sent = await send_link(link, platform=platform, now=now)
    except (RenewalError, OSError) as error:
        log.warning("fresh link for %s not sent: %s", contract_number, error)
        return 0
    if not sent:
        log.warning("fresh link for %s: no contact accepted the message", contract_number)
    return sent
