"""The checkout's only door into the payments domain (``core.orders``).

The pages speak the payments state machine's vocabulary: an order's
``page`` (``core.orders.states.PAGE``) decides which checkout page is shown,
``redirect_url`` where the customer goes to pay (the plugin's card form or
sandbox bank page). Every processor page sends the customer back to
``/checkout``, which redirects to the order's true state page.
"""

from __future__ import annotations

import asyncio

from markupsafe import Markup

from litestar import Request

from core.checkout.views import day, money
from core.db.tables import RenewalOrder
from core.offline.emails import email_now, pay_link
from core.offline.janitor import payment_not_completed as _payment_not_completed
from core.orders import (
    MethodNotOffered,
    OrderClosed,
    OrderView,
    QuoteNotPayable,
    choose_method as _choose_method,
    offline_instructions,
    open_order,
    order_view,
    pay as _pay,
    refresh,
)
from core.orders.states import OPEN_STATES
from core.renewals.contracts import RENEWED

RETURN_URL = "/checkout"
NotPayable = (QuoteNotPayable, OrderClosed, MethodNotOffered)


_OPEN = ", ".join(f"'{state}'" for state in sorted(OPEN_STATES))

# The order that decides the page, chosen as ``core.orders.current_order`` chooses it, as two
# columns of the page's one read (``core.renewals.contracts.find_contract_with``; ``c`` is the
# contract): the newest order in progress for the contract's current term, else, while the
# contract stands renewed online, the newest paid one. Most visits have no order: no more reads.
ORDER_COLUMNS = {
    "live_order": f"""(SELECT o.reference FROM renewal_order o LEFT JOIN quote q ON q.id = o.quote
        WHERE o.contract = c.id AND o.status IN ({_OPEN}) AND (q.term_end IS NULL OR q.term_end = c.end_date)
        ORDER BY o.id DESC LIMIT 1)""",
    "paid_order": f"""(SELECT o.reference FROM renewal_order o
        WHERE o.contract = c.id AND o.status IN ('paid', 'settled') AND c.status = '{RENEWED}'
        AND c.renewed_via = 'online' ORDER BY o.id DESC LIMIT 1)""",
}


async def current_order(request: Request, columns: dict) -> OrderView | None:
    """The order of :data:`ORDER_COLUMNS` as read with the contract, or None."""
    reference = columns.get("live_order") or columns.get("paid_order")
    if reference is None:
        return None
    return await order_view(reference, request.app.state.platform)


async def choose_method(request: Request, loaded, method_id: str) -> OrderView:
    """Open (or reuse) the order for the stored quote shown, then start paying with ``method_id``.

    Raises one of :data:`NotPayable` when the quote ran out, the order moved on
    meanwhile (another tab) or the method is no longer offered.
    """
    platform = request.app.state.platform
    view = await open_order(loaded.contract.contract_number, loaded.stored.id, now=loaded.now)
    was_offline = view.state == "pending_offline"
    view = await _choose_method(view.reference, method_id, platform=platform, now=loaded.now,
                                return_url=RETURN_URL, locale=loaded.code)
    # By email too, once per placement (never raises; the daily run retries): the new offline method's
    # instructions, or, leaving an offline order for an instant method, that its instructions no longer apply.
    base_url = request.app.state.settings.base_url
    if view.state == "pending_offline":
        await email_now("instructions", view.reference, platform, base_url=base_url)
    elif was_offline and view.state != "expired":
        await email_now("withdrawn", view.reference, platform, base_url=base_url)
    return view


async def pay(request: Request, order: OrderView, attempt_id: str, now) -> OrderView:
    return await _pay(order.reference, attempt_id, platform=request.app.state.platform, now=now)


async def ask_again(request: Request, order: OrderView, now) -> OrderView:
    """The processing page's reload: ask the processor again (same idempotency key, never a second charge)."""
    return await refresh(order.reference, platform=request.app.state.platform, now=now)


async def offline_texts(request: Request, loaded) -> list[str]:
    """The offline order's instructions, in the page language, amounts and dates formatted for the country.

    The plugin hook runs in a thread: processor plugins may keep state in the database synchronously."""
    kit = request.app.state.kit
    order, code, country = loaded.order, loaded.code, loaded.contract.country
    seller = loaded.stored.quote.seller or ""
    answer = await asyncio.to_thread(offline_instructions, order, request.app.state.platform, seller)
    due = day(order.expires_at.date(), code, country) if order.expires_at else "—"
    texts = [kit.text(code, "offline-body", order=order.reference, due_date=due)]
    received = order.received
    if received:  # an underpaid order: what arrived and what is still due
        texts.append(kit.text(code, "offline-underpaid", received=money(received, order.currency, code, country),
                              remaining=money(order.to_pay, order.currency, code, country)))
    if answer is not None:
        arguments = {key: str(value) for key, value in answer.arguments.items()}
        arguments |= {"amount": money(order.to_pay, order.currency, code, country),  # once money arrived: the rest
                      "reference": order.payment_reference or answer.payment_reference, "due_date": due}
        texts.append(kit.text(code, answer.message_id, **arguments))
        if pay_link(answer.arguments):  # the method's own pay page: a short labelled link, never the long URL
            texts.append(Markup('<a href="{}" class="button">{}</a>').format(
                answer.arguments["link"], kit.text(code, f"{answer.message_id}-label")))
    return texts


async def payment_not_completed(order: OrderView | None) -> bool:
    """The review step says the last payment was not completed (the janitor found it failed)."""
    return order is not None and order.state == "choosing_method" and await _payment_not_completed(order.reference)


async def cancelled_by_customer(order: OrderView | None) -> str | None:
    """The attempt the customer cancelled on the bank's or wallet's page when that ended the order's last
    payment, else None: no refusal, so the checkout shows the method step with a notice (once per attempt)
    instead of the declined page."""
    if order is None or order.state != "declined":
        return None
    rows = await RenewalOrder.raw(
        "SELECT p.unified_code, p.attempt_id FROM renewal_order o JOIN payment p ON p.attempt_id = o.attempt_id "
        "WHERE o.reference = {} AND o.status = 'declined'", order.reference)
    return rows[0]["attempt_id"] if rows and rows[0]["unified_code"] == "cancelled_by_customer" else None
