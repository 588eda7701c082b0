"""What a payment plugin's own pages share: language, layout, CSRF field, the attempt they serve.

A processor's page (a hosted card form, a sandbox bank) is served by its
plugin through ``register_web_routes``, yet must read like the checkout: the
customer's language (``?lang=`` from the checkout, else the language the
attempt was opened in, else Accept-Language), ``lang``/``dir``, Fluent text
only, amounts formatted for the contract's country, Litestar's CSRF field,
no inline script or style (the checkout's CSP). Templates extend
``payment_base.html.j2`` from here and are rendered with autoescaping.
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

from core.i18n import Translator, direction, money, parse_accept_language
from core.orders.service import AttemptPage

CHANNEL = "web"
_TEMPLATES = Path(__file__).resolve().parent / "payment_templates"


def environment(*template_dirs: Path) -> jinja2.Environment:
    """A Jinja environment over the plugin's templates and the shared base layout."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader([*map(str, template_dirs), str(_TEMPLATES)]),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def page_locale(request: Request, translator: Translator, attempt: AttemptPage | None) -> str:
    tags: list[str] = []
    if request.query_params.get("lang"):
        tags.append(request.query_params["lang"])
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
    """The page as an HTML response; ``errors`` are (field id, message id) pairs for the error summary."""
    code = page_locale(request, translator, attempt)
    t = PageText(translator, code)
    page = {
        "code": code, "dir": direction(code), "t": t,
        "csrf_token": value_or_default(ScopeState.from_scope(request.scope).csrf_token, ""),
        "errors": [{"field": field, "text": t(message_id)} for field, message_id in errors],
        "amount": money(attempt.amount, attempt.currency, code, country=attempt.country) if attempt else None,
        "attempt": attempt,
        "lang_query": f"?lang={code}",
    }
    body = env.get_template(template).render(page=page, **context)
    return Response(body, status_code=status_code, media_type="text/html; charset=utf-8",
                    headers={"Cache-Control": "no-store", "Content-Language": code, "Vary": "Accept-Language"})
