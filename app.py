"""The Litestar application factory: ``uvicorn app:create_app --factory``."""

from __future__ import annotations

from litestar import Litestar

from core.errors import RenewalError
from core.platform import Platform, load_platform
from core.web.app_core import ApplicationCore


def create_app(platform: Platform | None = None) -> Litestar:
    """Load plugins and config once, then wire routes; tests pass their own platform.

    A broken plugin or config stops start-up with its message (file, key, plugin), not a traceback.
    """
    if platform is None:
        try:
            platform = load_platform()
        except RenewalError as error:
            raise SystemExit(str(error)) from None
    return Litestar(plugins=[ApplicationCore(platform)])
