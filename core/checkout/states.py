"""Which page the customer must see, from the true state in the database.

Every checkout page asks :func:`page_for` first and redirects when the
answer differs from the page requested: the back button, a reload or a
second tab therefore always land on the order's real state (paid,
processing, declined...), never on a form that would pay again. Order
states come from the payments domain's one state machine (``core.orders``);
this module only maps its answer, and the contract's, to checkout pages.
"""

from __future__ import annotations

from enum import Enum

import msgspec

from core.renewals.contracts import RENEWED, ContractData
from core.renewals.quotes import Quote


class PageName(str, Enum):
    REVIEW = "review"
    OPTIONS = "options"
    CURRENCY = "currency"
    METHOD = "method"
    PAY = "pay"
    PROCESSING = "processing"
    DECLINED = "declined"
    CONFIRMATION = "confirmation"
    OFFLINE = "offline"
    ALREADY_RENEWED = "renewed"
    NOT_ELIGIBLE = "not-eligible"

    @property
    def url(self) -> str:
        return f"/checkout/{self.value}"


STEPS = frozenset({PageName.REVIEW, PageName.OPTIONS, PageName.CURRENCY, PageName.METHOD})


class TruePage(msgspec.Struct, frozen=True):
    """Where ``/checkout`` sends the customer, and whether the choosing steps are still open."""

    home: PageName
    steps_open: bool


# The payments state machine's page (core.orders.states.PAGE) as a checkout page, and whether
# the customer may still walk the steps from there (change upgrade, currency or method).
_ORDER_PAGES = {
    "method": (PageName.REVIEW, True),
    "quote-expired": (PageName.REVIEW, True),
    "pay": (PageName.PAY, True),
    "declined": (PageName.DECLINED, True),
    "offline": (PageName.OFFLINE, True),
    "processing": (PageName.PROCESSING, False),
    "confirmation": (PageName.CONFIRMATION, False),
}


def page_for(contract: ContractData, quote: Quote | None, order_page: str | None,
             received: bool = False) -> TruePage:
    """The page this contract's state calls for, from the order first, then the contract and quote.

    Once money arrived for an offline order, its page is the only one: the rest comes the same way
    (``core.orders.choose_method`` refuses switching), so the choosing steps close."""
    if order_page == "offline" and received:
        return TruePage(PageName.OFFLINE, False)
    if order_page in ("processing", "confirmation"):
        home, open_ = _ORDER_PAGES[order_page]
        return TruePage(home, open_)
    if contract.status == RENEWED:
        return TruePage(PageName.ALREADY_RENEWED, False)
    if quote is not None and not quote.eligible:
        return TruePage(PageName.NOT_ELIGIBLE, False)
    if order_page in _ORDER_PAGES:
        home, open_ = _ORDER_PAGES[order_page]
        return TruePage(home, open_)
    return TruePage(PageName.REVIEW, True)


def allowed(requested: PageName, true_page: TruePage) -> bool:
    return requested is true_page.home or (true_page.steps_open and requested in STEPS)
