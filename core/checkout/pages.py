"""Rendering a checkout page: language, direction, help, security nonce, CSRF, no caching.

Every page is built by :meth:`PageKit.render` so none can forget the
language list, the help box, ``Vary: Accept-Language`` or ``no-store``
(a payment page must never come back from the browser's cache: the back
button asks the server, which answers with the order's true state page).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote as url_quote

import msgspec
from litestar import Request
from litestar.response import Template

from core.catalog import Catalog
from core.checkout.language import LANG_COOKIE, Languages, read_reader_cookie, reader_cookie
from core.checkout.security import NONCE_KEY
from core.checkout.settings import CheckoutSettings
from core.i18n import Translator, direction

CHANNEL = "web"


class FieldError(msgspec.Struct, frozen=True):
    field: str  # the id of the input it belongs to
    text: str


class HelpBox(msgspec.Struct, frozen=True):
    mailto: str
    phone: str | None


class Page:
    """What the layout needs; ``t`` renders a Fluent message in the page language."""

    def __init__(self, kit: PageKit, request: Request, code: str, title_id: str,
                 errors: tuple[FieldError, ...], help_box: HelpBox, path: str) -> None:
        self.code = code
        self.dir = direction(code)
        self.languages = kit.languages.choices
        self.nonce = request.scope.get("state", {}).get(NONCE_KEY, "")
        self.errors = errors
        self.help = help_box
        self.path = path
        self._kit = kit
        self.title = self.t(title_id)
        if errors:
            self.title = f"{self.t('error-summary-prefix')} {self.title}"

    def t(self, message_id: str, **arguments: Any) -> str:
        return self._kit.translator.text(CHANNEL, self.code, message_id, **arguments)

    def error_for(self, field: str) -> str | None:
        return next((e.text for e in self.errors if e.field == field), None)


class PageKit:
    def __init__(self, translator: Translator, catalog: Catalog, settings: CheckoutSettings) -> None:
        self.translator = translator
        self.catalog = catalog
        self.settings = settings
        self.languages = Languages(translator.codes["web"])

    def code_for(self, request: Request, country: str | None = None) -> str:
        entry = self.catalog.countries.get(country) if country else None
        return self.languages.for_request(request, entry.web_locale if entry else None)

    def text(self, code: str, message_id: str, **arguments: Any) -> str:
        return self.translator.text(CHANNEL, code, message_id, **arguments)

    def help_box(self, code: str, contract: str | None, country: str | None) -> HelpBox:
        subject = self.text(code, "help-email-subject", contract=contract) if contract else self.text(
            code, "site-name")
        mailto = f"mailto:{self.settings.support_email}?subject={url_quote(subject)}"
        entry = self.catalog.countries.get(country) if country else None
        return HelpBox(mailto=mailto, phone=entry.support_phone if entry else None)

    def render(self, request: Request, template: str, *, code: str, title_id: str, status: int = 200,
               contract: str | None = None, country: str | None = None,
               errors: tuple[FieldError, ...] = (), headers: dict[str, str] | None = None,
               **context: Any) -> Template:
        page = Page(self, request, code, title_id, errors, self.help_box(code, contract, country), request.url.path)
        return Template(
            template_name=template,
            context={"page": page, **context},
            status_code=status,
            headers={"Vary": "Accept-Language", "Content-Language": code,
                     "Cache-Control": "no-store", **(headers or {})},
            cookies=[reader_cookie(code, country, self.settings.tls)] if country else [],
        )

    def reader_of(self, request: Request) -> tuple[str, str | None]:
        """(language, country) for a page that knows no contract: an error page, maybe after the session lapsed.

        The language and country the last checkout page was shown in (a cookie that outlives the session),
        unless the customer picked a language; else the browser's languages."""
        code, country = read_reader_cookie(request, self.languages.codes, self.catalog.countries)
        if code and not self.languages.picked(request.cookies.get(LANG_COOKIE)):
            return code, country
        return self.languages.for_request(request, None), country
