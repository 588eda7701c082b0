"""The Litestar application factory: ``uvicorn app:create_app --factory``."""

from __future__ import annotations

from litestar import Litestar

from core.platform import Platform, load_platform
from core.web.app_core import ApplicationCore


def create_app(platform: Platform | None = None) -> Litestar:
    """Load plugins and config once, then wire routes; tests pass their own platform."""
    return Litestar(plugins=[ApplicationCore(platform or load_platform())])
