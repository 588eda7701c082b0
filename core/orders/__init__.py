"""Orders and payments of the checkout: one state machine, charge once, renew once.

How the checkout (core/checkout) uses it, one call per step; every call
returns an :class:`OrderView` whose ``page`` names the page to render
(``states.PAGE``), so a reload or a second tab shows the order's true state::

    view = await open_order(contract_number, stored_quote_id, now=now)      # page "method"
    view = await choose_method(view.reference, "visa", platform=platform, now=now,
                               return_url="/checkout/pay", locale="de")
    # instant method: send the customer to view.redirect_url (the plugin's card
    # form or bank page, under /pay/<plugin>/). It returns them through
    # GET /pay/return/{attempt} to return_url. For a card, the order is then
    # ready_to_pay (card_last4 shown) and the pay form posts view.attempt_id:
    view = await pay(view.reference, attempt_id, platform=platform, now=now)
    # -> "confirmation" (paid, contract renewed), "declined" (choose again:
    # choose_method works from there), "processing" (no answer yet: the page
    # refreshes and calls pay(...) again, which asks the processor again
    # with the same idempotency key), "quote-expired" (re-quote, open_order).
    view = await order_view(reference, platform)                            # any time
    view = await current_order(contract_number, platform)  # open order, else the paid one, else None
    view = await refresh(reference, platform=platform, now=now)  # processing page's reload

Offline methods: ``choose_method`` places the order (page "offline");
``offline_instructions(view, platform, seller)`` gives the text's message
id and arguments. Bank and wallet methods complete on the customer's return
or on the processor's signed notification (``payment_notified``),
whichever comes first. Mount the plugins' pages with
``web_routes(platform)`` (a list of Litestar routers; notification handlers
opt out of CSRF themselves with ``exclude_from_csrf=True``).
"""

from core.orders.payments import pay, payment_notified, processor_timeout, refresh
from core.orders.records import AttemptNotFound, OrderNotFound, OrderView
from core.orders.renewal import renew_contract
from core.orders.service import (
    AttemptPage,
    MethodNotOffered,
    OrderClosed,
    QuoteNotPayable,
    attempt_page,
    choose_method,
    current_order,
    offline_instructions,
    open_order,
    order_view,
    payment_returned,
)
from core.orders.states import PAGE, IllegalTransition
from core.orders.web import entry_url, return_url, web_routes

__all__ = [
    "PAGE", "AttemptPage", "attempt_page", "AttemptNotFound", "IllegalTransition", "MethodNotOffered", "OrderClosed", "OrderNotFound", "OrderView",
    "QuoteNotPayable", "choose_method", "current_order", "entry_url", "offline_instructions", "open_order", "order_view", "pay",
    "payment_notified", "payment_returned", "processor_timeout", "refresh", "renew_contract", "return_url", "web_routes",
]
