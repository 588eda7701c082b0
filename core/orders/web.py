"""Web routes payment plugins contribute (hook ``register_web_routes``), and the return route.

:func:`web_routes` gives the app factory one Litestar ``Router`` per plugin,
mounted at ``/pay/<prefix>/``, plus the core's ``GET /pay/return/{attempt}``:
the plugin's card form or sandbox bank sends the customer there with the
processor's token, the core records it (and completes a bank payment), then
answers 303 to the checkout's return URL. The core names no plugin: which
page a method starts at comes from the plugin's ``entry`` map.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlencode

import msgspec
import pluggy
from litestar import Request, Router, get
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Response

from core.catalog import collect
from core.clock import request_now
from core.errors import RenewalError
from core.i18n import Translator
from core.model import WebRoutes
from core.platform import Platform

PAY_ROOT = "/pay"
RETURN_PATH = "/pay/return"
_PREFIX = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_RESERVED = frozenset({"return"})


class WebRoutesError(RenewalError):
    message_id = "error-web-routes"


class Mounted(msgspec.Struct, frozen=True):
    plugin: str
    routes: WebRoutes


@lru_cache(maxsize=8)
def registrations(pm: pluggy.PluginManager) -> tuple[Mounted, ...]:
    """Every plugin's WebRoutes, validated once: a bad or duplicate prefix names the plugins."""
    found: list[Mounted] = []
    prefixes: dict[str, str] = {}
    methods: dict[str, str] = {}
    for contribution in collect(pm, "register_web_routes"):
        item = contribution.item
        if not isinstance(item, WebRoutes):
            raise WebRoutesError(plugin=contribution.plugin, problem=f"registered {type(item).__name__}")
        if not _PREFIX.match(item.prefix) or item.prefix in _RESERVED:
            raise WebRoutesError(plugin=contribution.plugin, problem=f"prefix {item.prefix!r}")
        if item.prefix in prefixes:
            raise WebRoutesError(plugin=contribution.plugin, problem=f"prefix {item.prefix!r} of {prefixes[item.prefix]}")
        prefixes[item.prefix] = contribution.plugin
        for method_id, path in item.entry.items():
            if method_id in methods or "{attempt}" not in path or not path.startswith("/"):
                raise WebRoutesError(plugin=contribution.plugin, problem=f"entry {method_id!r}: {path!r}")
            methods[method_id] = contribution.plugin
        found.append(Mounted(plugin=contribution.plugin, routes=item))
    return tuple(found)


def entry_url(pm: pluggy.PluginManager, method_id: str, attempt_id: str, locale: str | None = None) -> str | None:
    """Where a customer goes to pay ``method_id`` in this attempt; None when no plugin serves a page for it."""
    for mounted in registrations(pm):
        path = mounted.routes.entry.get(method_id)
        if path is not None:
            url = f"{PAY_ROOT}/{mounted.routes.prefix}{path.replace('{attempt}', attempt_id)}"
            return url + ("?" + urlencode({"lang": locale}) if locale else "")
    return None


def return_url(attempt_id: str, **answer: str) -> str:
    """The core's return URL for a plugin to send the customer back to, with the processor's answer."""
    query = urlencode({key: value for key, value in answer.items() if value})
    return f"{RETURN_PATH}/{attempt_id}" + (f"?{query}" if query else "")


def web_routes(platform: Platform) -> list[Router]:
    """The routers the app mounts: each plugin's under ``/pay/<prefix>``, and the core's return route."""
    routers = [Router(path=RETURN_PATH, route_handlers=[payment_return])]
    for mounted in registrations(platform.plugins):
        routers.append(Router(path=f"{PAY_ROOT}/{mounted.routes.prefix}",
                              route_handlers=list(mounted.routes.handlers)))
    return routers


@get("/{attempt:str}", name="payment-return")
async def payment_return(request: Request, attempt: FromPath[str], platform: NamedDependency[Platform],
                         translator: NamedDependency[Translator]) -> Response:
    """The processor's page sends the customer back here; record the answer, then go to the checkout.

    An unknown (guessed, altered) attempt gets the localized "no such payment page" answer, 404.
    """
    from core.orders.records import AttemptNotFound
    from core.orders.service import payment_returned
    from core.payment_pages import environment, render

    params = request.query_params
    try:
        outcome = await payment_returned(attempt, platform=platform, token=params.get("token"),
                                         last4=params.get("last4"), brand=params.get("brand"),
                                         now=request_now(request))
    except AttemptNotFound:
        return render(environment(), "payment_closed.html.j2", request, translator, None, status_code=404)
    return Redirect(outcome.return_url or "/", status_code=303)
