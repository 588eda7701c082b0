"""A small app serving only the payment routes (plugins' pages and the core's return), for
the payment tests: run in-process with AsyncTestClient, or as a separate process by
``uvicorn tests.payment_app:create --factory`` on the database named by RENEWALS_DATABASE_URL."""

from __future__ import annotations

from datetime import UTC, datetime

from litestar import Litestar, Request, post
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath

from core.checkout.pages import PageKit
from core.checkout.settings import CheckoutSettings
from core.clock import Clock, request_now
from core.i18n import Translator
from core.orders import order_view, pay, web_routes
from core.platform import Platform, load_platform
from tests.conftest import ROOT

CSRF_SECRET = "payment-tests-csrf-secret-0123456789"


@post("/test/pay/{reference:str}/{attempt:str}", exclude_from_csrf=True, status_code=200)
async def pay_now(request: Request, reference: FromPath[str], attempt: FromPath[str],
                  platform: NamedDependency[Platform]) -> dict:
    """What the checkout's pay button does (the checkout itself is another engineer's app)."""
    view = await pay(reference, attempt, platform=platform, now=request_now(request))
    return {"state": view.state}


@post("/test/order/{reference:str}", exclude_from_csrf=True, status_code=200)
async def order_state(reference: FromPath[str]) -> dict:
    return {"state": (await order_view(reference)).state}


def running_from(start: datetime) -> Clock:
    """A clock that reads ``start`` when made and moves on with the wall clock from there."""
    offset = start - datetime.now(UTC)
    return lambda: datetime.now(UTC) + offset


def build(platform: Platform, manage_database: bool = False, clock: Clock | None = None) -> Litestar:
    """The payment routes; in-process tests pass the clock their quotes were made with (tests.orders_helpers.NOW)."""
    from core.db import session

    async def start() -> None:
        await session.start()

    async def stop() -> None:
        await session.stop()

    translator = Translator(platform.catalog)
    # The checkout's page kit: the payment pages take its language list and help box.
    kit = PageKit(translator, platform.catalog, CheckoutSettings(secret_key=CSRF_SECRET))
    return Litestar(
        route_handlers=[*web_routes(platform), pay_now, order_state],
        dependencies={"platform": Provide(lambda: platform, use_cache=True, sync_to_thread=False),
                      "translator": Provide(lambda: translator, use_cache=True, sync_to_thread=False)},
        csrf_config=CSRFConfig(secret=CSRF_SECRET, cookie_httponly=True),
        on_startup=[start] if manage_database else [], on_shutdown=[stop] if manage_database else [],
        state=State({"kit": kit, **({"clock": clock} if clock else {})}),
    )


def create() -> Litestar:
    return build(load_platform(ROOT / "config" / "regions.yaml"), manage_database=True)
