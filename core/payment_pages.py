"""What a payment plugin's own pages share: language, layout, CSRF field, the attempt they serve.

A processor's page (a hosted card form, a sandbox bank) is served by its
plugin through ``register_web_routes``, yet must read like the checkout: the
customer's language (``?lang=`` from the checkout or the page's language
switcher, else the language picked on the checkout, else the language the
attempt was opened in, else Accept-Language), ``lang``/``dir``, Fluent text
only, amounts formatted for the contract's country, Litestar's CSRF field,
no inline script or style but the CSP-nonce'd error-summary focus. The layout
pieces every checkout page has (language switcher, error summary, help box)
are the checkout's own partials (``core/checkout/templates/_*.html.j2``),
filled from the app's ``PageKit``. Templates extend ``payment_base.html.j2``
from here and are rendered with autoescaping.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from litestar import Request
from litestar.response import Response
from litestar.utils.empty import value_or_default
from litestar.utils.scope.state import ScopeState

from core.checkout.language import LANG_COOKIE, pick_cookie
from core.checkout.pages import PageKit
from core.checkout.security import NONCE_KEY
from core.i18n import Translator, direction, money, parse_accept_language
from core.orders.service import AttemptPage

CHANNEL = "web"
_TEMPLATES = Path(__file__).resolve().parent / "payment_templates"
_CHECKOUT_PARTIALS = Path(__file__).resolve().parent / "checkout" / "templates"


def environment(*template_dirs: Path) -> jinja2.Environment:
    """A Jinja environment over the plugin's templates and the shared base layout."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader([*map(str, template_dirs), str(_TEMPLATES),
                                                                     str(_CHECKOUT_PARTIALS)]),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def page_locale(request: Request, translator: Translator, attempt: AttemptPage | None) -> str:
    tags: list[str] = []
    if request.query_params.get("lang"):
        tags.append(request.query_params["lang"])
    if request.cookies.get(LANG_COOKIE):
        tags.append(request.cookies[LANG_COOKIE])
    if attempt is not None and attempt.locale:
        tags.append(attempt.locale)
    tags += parse_accept_language(request.headers.get("accept-language"))
    return translator.negotiate(CHANNEL, tags)


class PageText:
    """``t(id, **arguments)`` for templates, in one locale."""

    def __init__(self, translator: Translator, code: str) -> None:
        self.translator = translator
        self.code = code

    def __call__(self, message_id: str, **arguments: Any) -> str:
        return self.translator.text(CHANNEL, self.code, message_id, **arguments)


def render(env: jinja2.Environment, template: str, request: Request, translator: Translator,
           attempt: AttemptPage | None, *, status_code: int = 200, errors: Iterable[tuple[str, str]] = (),
           **context: Any) -> Response[str]:
    """The page as an HTML response; ``errors`` are (field id, message id) pairs for the error summary.

    A language given with ``?lang=`` (the checkout's, or one picked with the page's
    switcher) sticks as the checkout's pick does: the form posted next, and the
    checkout the customer returns to, speak it.
    """
    code = page_locale(request, translator, attempt)
    kit: PageKit = request.app.state.kit
    t = PageText(translator, code)
    page = {
        "code": code, "dir": direction(code), "t": t,
        "csrf_token": value_or_default(ScopeState.from_scope(request.scope).csrf_token, ""),
        "errors": [{"field": field, "text": t(message_id)} for field, message_id in errors],
        "amount": money(attempt.amount, attempt.currency, code, country=attempt.country) if attempt else None,
        "attempt": attempt,
        "languages": kit.languages.choices,
        "path": request.url.path,
        "help": kit.help_box(code, attempt.contract if attempt else None, attempt.country if attempt else None),
        "nonce": request.scope.get("state", {}).get(NONCE_KEY, ""),
    }
    body = env.get_template(template).render(page=page, **context)
    response = Response(body, status_code=status_code, media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-store", "Content-Language": code, "Vary": "Accept-Language"})
    picked = kit.languages.picked(request.query_params.get("lang"))
    if picked and request.method == "GET" and picked != request.cookies.get(LANG_COOKIE):
        response.set_cookie(pick_cookie(picked, kit.settings.tls))
    return response
