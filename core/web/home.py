"""Placeholder home page until the checkout lands: localized, with lang and dir set."""

from __future__ import annotations

from html import escape

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.response import Response

from core.i18n import Translator, direction, parse_accept_language
from core.platform import Platform


def page_locale(request: Request, translator: Translator) -> str:
    """``?lang=`` wins (the customer's pick), then Accept-Language, then English."""
    picked = request.query_params.get("lang")
    tags = ([picked] if picked else []) + parse_accept_language(request.headers.get("accept-language"))
    return translator.negotiate("web", tags)


class HomeController(Controller):
    path = "/"

    @get("/", sync_to_thread=False)
    def home(self, request: Request, translator: NamedDependency[Translator]) -> Response[str]:
        code = page_locale(request, translator)
        text = lambda message_id, **args: escape(translator.text("web", code, message_id, **args))  # noqa: E731
        body = (
            f'<!doctype html><html lang="{code}" dir="{direction(code)}"><head><meta charset="utf-8">'
            f"<title>{text('site-name')}</title></head><body><main>"
            f"<h1>{text('page-title')}</h1><p>{text('partner-note')}</p></main></body></html>"
        )
        return Response(body, media_type="text/html; charset=utf-8",
                        headers={"Vary": "Accept-Language", "Content-Language": code})

    @get("/health", sync_to_thread=False)
    def health(self, platform: NamedDependency[Platform]) -> dict[str, int]:
        catalog = platform.catalog
        return {"countries": len(catalog.countries), "payment_methods": len(catalog.methods)}
