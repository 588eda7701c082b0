"""The Litestar application factory: ``uvicorn app:create_app --factory``."""

from __future__ import annotations

from litestar import Litestar
from litestar.openapi import OpenAPIConfig

from core.checkout.context import Clock
from core.checkout.settings import CheckoutSettings
from core.errors import RenewalError
from core.platform import Platform, load_platform
from core.web.app_core import ApplicationCore, utc_now

OPENAPI = OpenAPIConfig(title="Online Renewal checkout API", version="1.0.0", path="/schema")


def create_app(platform: Platform | None = None, *, settings: CheckoutSettings | None = None,
               clock: Clock = utc_now, manage_database: bool = True) -> Litestar:
    """Load plugins, config and settings once, then wire routes; tests pass their own platform and clock.

    A broken plugin, config or setting stops start-up with its message (file, key, plugin), not a traceback.
    ``manage_database=False`` leaves the database pool to the caller (tests bind their own engine).
    """
    try:
        if platform is None:
            platform = load_platform()
        core = ApplicationCore(platform, settings=settings, clock=clock, manage_database=manage_database)
    except RenewalError as error:
        raise SystemExit(str(error)) from None
    return Litestar(plugins=[core], openapi_config=OPENAPI)
