"""Which language a page speaks, and the list of languages every page offers.

Order of preference: the customer's pick (a cookie, set by ``?lang=``), then
the browser's Accept-Language, then the web language of the contract's
country, then English. Responses say ``Vary: Accept-Language``.
"""

from __future__ import annotations

import msgspec
from litestar import Request
from litestar.datastructures import Cookie

from core.catalog import BASE_LOCALE
from core.i18n import babel_locale, match_locale, parse_accept_language

LANG_COOKIE = "renewal_lang"
PICK_KEPT_SECONDS = 365 * 24 * 3600


def pick_cookie(code: str, tls: bool) -> Cookie:
    """The cookie that keeps a customer's language pick (the checkout's pages and the payment pages alike)."""
    return Cookie(key=LANG_COOKIE, value=code, path="/", httponly=True, samesite="lax", secure=tls,
                  max_age=PICK_KEPT_SECONDS)


READER_COOKIE = "renewal_reader"
READER_KEPT_SECONDS = 7 * 24 * 3600


def reader_cookie(code: str, country: str, tls: bool) -> Cookie:
    """The language and country of the last checkout page shown, so an error page after the session lapsed
    (a stale form's 403, a 404) speaks the same language and shows the same support phone."""
    return Cookie(key=READER_COOKIE, value=f"{code}.{country}", path="/", httponly=True, samesite="lax", secure=tls,
                  max_age=READER_KEPT_SECONDS)


def read_reader_cookie(request: Request, codes, countries) -> tuple[str | None, str | None]:
    """(code, country) from the cookie, each only when it is one we serve (the cookie is not trusted)."""
    code, _, country = (request.cookies.get(READER_COOKIE) or "").partition(".")
    return (code if code in codes else None), (country if country in countries else None)


class LanguageChoice(msgspec.Struct, frozen=True):
    code: str
    name: str  # in its own language: "Deutsch", "日本語", "العربية"


def native_name(code: str) -> str:
    name = babel_locale(code).display_name or code
    return name[:1].upper() + name[1:]


class Languages:
    def __init__(self, codes: tuple[str, ...]) -> None:
        self.codes = tuple(codes)
        self.choices = tuple(LanguageChoice(code, native_name(code)) for code in self.codes)

    def picked(self, value: str | None) -> str | None:
        """A picked code if it is one we serve (tags are matched, so ``pt-br`` works)."""
        if not value:
            return None
        return value if value in self.codes else match_locale(value, self.codes)

    def for_request(self, request: Request, country_locale: str | None = None) -> str:
        picked = self.picked(request.cookies.get(LANG_COOKIE))
        if picked:
            return picked
        for tag in parse_accept_language(request.headers.get("accept-language")):
            found = match_locale(tag, self.codes)
            if found:
                return found
        if country_locale:
            found = self.picked(country_locale)
            if found:
                return found
        return BASE_LOCALE
