"""Opening an order for a stored quote, choosing a method, and the processor's return.

Each function is one write transaction that first locks the order (or the
contract, when opening), so a double click, two tabs or a retried request
see each other's result. Paying is in ``core.orders.payments``.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from decimal import Decimal

import msgspec

from core.db.session import unit_of_work
from core.db.tables import Contract, Payment, RenewalOrder
from core.errors import RenewalError
from core.model import OfflineInstructions, OfflineRequest, PaymentMethod
from core.orders import records
from core.orders.records import OrderView, lock_contract, lock_order
from core.orders.states import CHOOSING_STATES, OPEN_STATES, PAYMENT_TRANSITIONS, check
from core.orders.web import entry_url
from core.platform import Platform
from core.renewals.contracts import RENEWED, ContractNotFound
from core.renewals.quote_store import StoredQuote, load_quote
from core.settlement import payment_reference


class QuoteNotPayable(RenewalError):
    """The stored quote cannot be bought: unknown, another contract's, not eligible, expired or an old term's."""

    message_id = "error-quote-not-payable"


class MethodNotOffered(RenewalError):
    message_id = "error-method-not-offered"


class OrderClosed(RenewalError):
    """The order is paid, settled or expired: nothing can change it any more."""

    message_id = "error-order-closed"


class Returned(msgspec.Struct, frozen=True):
    view: OrderView
    return_url: str | None


class AttemptPage(msgspec.Struct, frozen=True):
    """What a processor plugin's page may know of an attempt (never the customer's data).

    ``open`` is False once the attempt is paid, declined or replaced: the
    page then only offers the way back (``checkout_url``). ``contract`` is the
    contract number, for the help box every page carries (the customer quotes it
    to support); the page shows nothing else of the contract.
    """

    attempt_id: str
    method_id: str
    open: bool
    amount: Decimal
    currency: str
    country: str
    locale: str | None
    checkout_url: str
    contract: str = ""


async def attempt_page(attempt_id: str) -> AttemptPage | None:
    """The attempt a plugin's page serves, or None for an unknown (guessed, altered) id."""
    payment = await records.attempt_row(attempt_id)
    if payment is None:
        return None
    order = await RenewalOrder.select(RenewalOrder.status, RenewalOrder.attempt_id, RenewalOrder.contract.country,
                                      RenewalOrder.contract.number).where(RenewalOrder.id == payment["order"]).first()
    is_open = (order["attempt_id"] == attempt_id and order["status"] == "awaiting_payment"
               and payment["status"] in ("created", "ready"))
    return AttemptPage(attempt_id=attempt_id, method_id=payment["method_id"], open=is_open,
                       amount=records.from_minor(payment["amount_minor"], payment["currency"]),
                       currency=payment["currency"], country=order["contract.country"], locale=payment["locale"],
                       checkout_url=payment["return_url"] or "/", contract=order["contract.number"])


def new_reference() -> str:
    return "ORD-" + secrets.token_hex(5).upper()


def quote_usable(stored: StoredQuote | None, contract: dict, now: datetime) -> str | None:
    """Why the stored quote cannot be paid now (a problem code), or None."""
    if stored is None:
        return "unknown"
    if stored.quote.contract != contract["number"]:
        return "other-contract"
    if not stored.quote.eligible or stored.quote.total is None or not stored.quote.currency:
        return "not-eligible"
    if contract["status"] == RENEWED:
        return "already-renewed"
    if stored.term_end is not None and stored.term_end != contract["end_date"]:
        return "old-term"
    if now >= stored.valid_until:
        return "expired"
    return None


async def open_order(contract_number: str, quote_id: int, *, now: datetime) -> OrderView:
    """The contract's order in progress, now for this quote version; a new order when there is none.

    An order whose money is on its way (processing, offline) is returned as
    it is: the page shows its state instead of a second way to pay.
    """
    async with unit_of_work(write=True):
        row = await Contract.select(Contract.id).where(Contract.number == contract_number).first()
        if row is None:
            raise ContractNotFound(number=contract_number)
        contract = await lock_contract(row["id"])
        stored = await load_quote(quote_id)
        problem = quote_usable(stored, contract, now)
        if problem is not None:
            raise QuoteNotPayable(contract=contract_number, quote=str(quote_id), problem=problem)
        amount_minor = records.to_minor(stored.quote.total, stored.quote.currency)
        live = await RenewalOrder.select().where(
            (RenewalOrder.contract == contract["id"]) & RenewalOrder.status.is_in(list(OPEN_STATES))).first()
        if live is None:
            reference = new_reference()
            await RenewalOrder.insert(RenewalOrder(
                reference=reference, contract=contract["id"], quote=stored.id, status="choosing_method",
                method_id="", currency=stored.quote.currency, amount_minor=amount_minor, created_at=now,
                updated_at=now, quote_version=stored.version_hash,
            ))
            return await records.load_view(reference)
        reference = live["reference"]
        if live["quote"] != stored.id and live["status"] in ("choosing_method", "declined", "awaiting_payment"):
            payment = await records.attempt_row(live["attempt_id"])
            if payment is None or payment["status"] in ("created", "ready", "declined", "abandoned"):
                await _abandon(payment, now)
                if live["status"] != "choosing_method":
                    check(live["status"], "choosing_method")
                await RenewalOrder.update({
                    RenewalOrder.quote: stored.id, RenewalOrder.quote_version: stored.version_hash,
                    RenewalOrder.currency: stored.quote.currency, RenewalOrder.amount_minor: amount_minor,
                    RenewalOrder.status: "choosing_method", RenewalOrder.attempt_id: None, RenewalOrder.updated_at: now,
                }).where(RenewalOrder.id == live["id"])
    return await order_view(reference)


async def current_order(contract_number: str, platform: Platform | None = None) -> OrderView | None:
    """The order that decides the checkout's page for the contract's current term, or None.

    An order in progress for this term (its quote's term end is the
    contract's), else, while the contract stands renewed online, the paid one
    that renewed it. Orders of an earlier term never show: a new term starts
    with a fresh review.
    """
    contract = await Contract.select(Contract.id, Contract.end_date, Contract.status, Contract.renewed_via).where(
        Contract.number == contract_number).first()
    if contract is None:
        return None
    orders = await RenewalOrder.select(RenewalOrder.reference, RenewalOrder.status, RenewalOrder.quote.term_end
                                       ).where(RenewalOrder.contract == contract["id"]).order_by(
        RenewalOrder.id, ascending=False)
    live = next((o for o in orders if o["status"] in OPEN_STATES
                 and o["quote.term_end"] in (None, records.as_date(contract["end_date"]))), None)
    renewed_online = contract["status"] == RENEWED and contract["renewed_via"] == "online"
    done = next((o for o in orders if o["status"] in ("paid", "settled")), None) if renewed_online else None
    chosen = live or done
    return await order_view(chosen["reference"], platform) if chosen else None


async def order_view(reference: str, platform: Platform | None = None) -> OrderView:
    """The order's page as of now (with the processor page's URL for an open attempt)."""
    view = await records.load_view(reference)
    if platform is not None and view.state == "awaiting_payment" and view.attempt_id and not view.ready_to_pay:
        payment = await records.attempt_row(view.attempt_id)
        url = entry_url(platform.plugins, view.method_id or "", view.attempt_id, payment["locale"])
        view = msgspec.structs.replace(view, redirect_url=url)
    return view


async def choose_method(reference: str, method_id: str, *, platform: Platform, now: datetime,
                        return_url: str, locale: str | None = None) -> OrderView:
    """Start paying with ``method_id``: an instant method opens a new attempt (its page is
    ``redirect_url``); an offline one places the order and waits for the money.

    ``return_url`` is the checkout page the customer comes back to after the
    processor's page (a path on this site, e.g. ``/checkout/pay``).

    Once money arrived for the order's payment reference, only that offline
    method may be chosen (``MethodNotOffered``, reason ``money-received``):
    another method would charge the full amount again while the money sent
    waits to be refunded. The rest comes the same way, or through support.
    """
    if not return_url.startswith("/") or return_url.startswith("//"):
        raise ValueError("return_url must be a path on this site")
    method = await _offered_method(reference, method_id, platform, now)
    answer = await _offline_answer(reference, method, platform) if method.flow == "offline" else None
    if method.flow != "offline" and entry_url(platform.plugins, method.id, "-") is None:
        raise MethodNotOffered(method=method_id, reason="no-page")
    async with unit_of_work(write=True):
        order = await lock_order(reference)
        if order["status"] not in CHOOSING_STATES:
            raise OrderClosed(reference=reference, state=order["status"])
        contract = await lock_contract(order["contract"])
        if quote_usable(await load_quote(order["quote"]), contract, now) is not None:
            await _close(order, "expired", now)
            return await records.load_view(reference)
        if method.id != order["offline_method_id"] and order["payment_reference"] and await records.received_minor(
                order["id"], order["currency"]):  # money arrived: the rest comes the same way (or through support)
            raise MethodNotOffered(method=method.id, reason="money-received")
        await _abandon(await records.attempt_row(order["attempt_id"]), now)
        if method.flow == "offline":
            await _place_offline(order, method, answer, now)
        else:
            attempt_id = "att_" + secrets.token_urlsafe(24)
            check(order["status"], "awaiting_payment")
            await Payment.insert(Payment(
                order=order["id"], idempotency_key=f"{order['reference']}-{secrets.token_hex(8)}",
                attempt_id=attempt_id, method_id=method.id, status="created", currency=order["currency"],
                amount_minor=order["amount_minor"], created_at=now, updated_at=now, return_url=return_url,
                locale=locale,
            ))
            # An earlier offline placement's payment reference (and its method) stays: money the
            # customer already sent with it must still find this order (core.offline.settle).
            await RenewalOrder.update({
                RenewalOrder.status: "awaiting_payment", RenewalOrder.method_id: method.id,
                RenewalOrder.attempt_id: attempt_id, RenewalOrder.expires_at: None, RenewalOrder.updated_at: now,
            }).where(RenewalOrder.id == order["id"])
    return await order_view(reference, platform)


async def payment_returned(attempt_id: str, *, platform: Platform, token: str | None,
                           last4: str | None = None, brand: str | None = None,
                           now: datetime | None = None) -> Returned:
    """The processor's page handed back a token for this attempt.

    A card's token waits for the customer's "pay"; any other instant method
    (bank, wallet) is completed at once, exactly as its notification would:
    whichever of the two arrives first pays, the other finds it done.
    A stale attempt (the customer chose again meanwhile) changes nothing.
    """
    from core.clock import utc_now
    from core.orders.payments import pay

    now = now or utc_now()
    reference = await records.order_reference_of(attempt_id)
    async with unit_of_work(write=True):
        order = await lock_order(reference)
        payment = await records.attempt_row(attempt_id)
        current = order["attempt_id"] == attempt_id and order["status"] == "awaiting_payment"
        if current and token and payment["status"] in ("created", "ready"):
            check(payment["status"], "ready", PAYMENT_TRANSITIONS)
            await Payment.update({
                Payment.status: "ready", Payment.token: token[:200], Payment.last4: _digits(last4, 4),
                Payment.brand: (brand or payment["method_id"])[:40], Payment.updated_at: now,
            }).where(Payment.id == payment["id"])
    method = platform.catalog.methods.get(payment["method_id"])
    if method is not None and method.kind != "card":
        view = await pay(reference, attempt_id, platform=platform, now=now)
    else:
        view = await order_view(reference, platform)
    return Returned(view=view, return_url=payment["return_url"])


def offline_instructions(view: OrderView, platform: Platform, seller: str) -> OfflineInstructions | None:
    """What the confirmation page shows for an offline order (from the method's plugin): once money
    arrived, for the rest only (``OrderView.to_pay``)."""
    if view.state != "pending_offline" or not view.method_id:
        return None
    return platform.plugins.hook.offline_instructions(request=OfflineRequest(
        method_id=view.method_id, order_reference=view.reference, amount=view.to_pay, currency=view.currency,
        country=view.country, seller=seller))


async def _offered_method(reference: str, method_id: str, platform: Platform, now: datetime) -> PaymentMethod:
    view = await records.load_view(reference)
    offered = platform.catalog.methods_for(view.country, view.currency, now.date(), view.amount)
    method = next((m for m in offered if m.id == method_id), None)
    if method is None:
        raise MethodNotOffered(method=method_id, reason="not-offered")
    return method


async def _offline_answer(reference: str, method: PaymentMethod, platform: Platform) -> OfflineInstructions:
    """The plugin's instructions, asked before the order is locked (a hook never runs inside our write lock)."""
    view = await records.load_view(reference)
    entry = platform.catalog.countries.get(view.country)
    answer = offline_instructions(msgspec.structs.replace(view, state="pending_offline", method_id=method.id),
                                  platform, entry.seller if entry else "")
    if answer is None:
        raise MethodNotOffered(method=method.id, reason="no-instructions")
    return answer


async def _place_offline(order: dict, method: PaymentMethod, answer: OfflineInstructions, now: datetime) -> None:
    """Place (or re-place) the order offline. The same method chosen again (a repeated form) keeps its
    placement and deadline; another method, or coming back from an instant one, is a new placement
    (``offline_placement`` + 1: its own instructions email)."""
    if order["status"] == "pending_offline" and order["method_id"] == method.id:
        return
    days = answer.expires_in_days or method.offline_expiry_days
    check(order["status"], "pending_offline")
    await RenewalOrder.update({
        RenewalOrder.status: "pending_offline", RenewalOrder.method_id: method.id, RenewalOrder.attempt_id: None,
        RenewalOrder.payment_reference: answer.payment_reference or payment_reference(order["reference"]),
        RenewalOrder.offline_method_id: method.id, RenewalOrder.offline_placement: order["offline_placement"] + 1,
        RenewalOrder.expires_at: now + timedelta(days=days) if days else None, RenewalOrder.updated_at: now,
    }).where(RenewalOrder.id == order["id"])


async def _abandon(payment: dict | None, now: datetime) -> None:
    if payment is not None and payment["status"] in ("created", "ready"):
        check(payment["status"], "abandoned", PAYMENT_TRANSITIONS)
        await Payment.update({Payment.status: "abandoned", Payment.updated_at: now}).where(Payment.id == payment["id"])


async def _close(order: dict, state: str, now: datetime) -> None:
    check(order["status"], state)
    await _abandon(await records.attempt_row(order["attempt_id"]), now)
    await RenewalOrder.update({RenewalOrder.status: state, RenewalOrder.updated_at: now}).where(
        RenewalOrder.id == order["id"])


def _digits(text: str | None, length: int) -> str | None:
    return text if text and text.isdigit() and len(text) == length else None
