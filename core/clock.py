"""The one clock: UTC wall time, or the web app's own clock when it has one.

The web app keeps its clock in ``app.state.clock`` (the checkout reads it for
sessions and quotes); every route that records a payment reads the same clock
through :func:`request_now`, so a page, its return and its notification agree
on what time it is (and a test app can run at a fixed hour of a fixed day).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar import Request

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def request_now(request: Request) -> datetime:
    """What time it is for this request: the app's clock when it has one, else UTC now."""
    clock = request.app.state.get("clock")
    return clock() if callable(clock) else utc_now()
