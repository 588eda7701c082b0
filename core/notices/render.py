"""Layout: Jinja2 templates (layout only) around the localized content, the
MIME message with its headers, and the PDF quote.

Headers: the subject is RFC 2047-encoded by ``email.policy.SMTP``;
``Content-Language`` is set last because ``set_content``/``add_alternative``
delete it; ``Message-ID`` comes from the ledger row, so a retry carries the
same id; ``From`` shows the seller entity unless the setting names a sender.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from functools import cache
from pathlib import Path

from babel.core import get_global
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from core.i18n import babel_locale
from core.notices.content import NoticeContent, QuoteContent
from core.notices.settings import MailSettings

TEMPLATES = Path(__file__).parent / "templates"


class _CachedHeaderRegistry(HeaderRegistry):
    """The stdlib's registry builds a new header class on every lookup (~60 µs each,
    a dozen per message); the classes never change, so build each once."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = super().__getitem__(name)
        return found


POLICY = SMTP.clone(header_factory=_CachedHeaderRegistry())

# Per PDF-NOTES.md: Han characters differ by region, so each CJK writing system gets its
# own Noto face (by ISO 15924 script, from CLDR's likely subtags: no language is named
# here); Latin text takes DejaVu first (small files), Noto CJK as the fallback.
_CJK_FACES = {"Jpan": "JP", "Kore": "KR", "Hans": "SC", "Hant": "TC"}
_LATIN_FONTS = '"DejaVu Sans", "Noto Sans CJK JP", sans-serif'


@cache
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "html.j2"]),
                       undefined=StrictUndefined, trim_blocks=False, keep_trailing_newline=True)


@cache
def _plain() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, undefined=StrictUndefined,
                       keep_trailing_newline=True)


def render_template(name: str, content) -> str:
    """``*.html.j2`` is HTML-escaped; ``*.txt.j2`` is plain text (escaping would show ``&amp;``)."""
    env = environment() if ".html" in name else _plain()
    return env.get_template(name).render(c=content)


def render_text(content: NoticeContent) -> str:
    return _plain().get_template("reminder.txt.j2").render(c=content)


def render_html(content: NoticeContent) -> str:
    return environment().get_template("reminder.html.j2").render(c=content)


@cache
def pdf_fonts(code: str) -> str:
    """The CSS font stack for a locale's PDF."""
    locale = babel_locale(code)
    script = locale.script
    if script is None:
        likely = get_global("likely_subtags").get(locale.language, "")
        script = next((part for part in likely.split("_") if len(part) == 4 and part.istitle()), None)
    face = _CJK_FACES.get(script or "")
    return f'"Noto Sans CJK {face}", "DejaVu Sans", sans-serif' if face else _LATIN_FONTS


def render_quote_html(quote: QuoteContent) -> str:
    fonts = pdf_fonts(quote.locale)
    return environment().get_template("quote.html.j2").render(q=quote, fonts=fonts)


def render_pdf(quote: QuoteContent) -> bytes:
    """The quote as PDF bytes (WeasyPrint; fonts embedded and subset)."""
    from weasyprint import HTML  # imported on first PDF: it loads Pango

    return HTML(string=render_quote_html(quote), base_url=str(TEMPLATES)).write_pdf()


def build_message(content: NoticeContent, *, to: str, message_id: str, settings: MailSettings, now: datetime,
                  text: str | None = None, html: str | None = None, pdf: bytes | None = None,
                  pdf_name: str | None = None) -> EmailMessage:
    """One contact's message; ``text``/``html`` may be passed pre-rendered (shared by a contract's contacts)."""
    message = EmailMessage(policy=POLICY)
    message["Subject"] = content.subject
    sender = settings.sender_address
    user, _, domain = sender.rpartition("@")
    message["From"] = Address(display_name=settings.sender_name or content.seller_name,
                              username=user, domain=domain)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    text = text if text is not None else render_text(content)
    cte = "quoted-printable" if text.isascii() or pdf_fonts(content.locale) == _LATIN_FONTS else "base64"
    message.set_content(text, subtype="plain", charset="utf-8", cte=cte)  # chosen here: the stdlib would
    message.add_alternative(html if html is not None else render_html(content), subtype="html", charset="utf-8",
                            cte=cte)  # encode both ways to pick the shorter
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name or "quote.pdf")
    message["Content-Language"] = content.locale  # after set_content/add_alternative, which drop it
    _set_boundaries(message)
    return message


def _set_boundaries(message: EmailMessage) -> None:
    """Boundaries chosen up front: "=_" can occur in neither quoted-printable nor base64
    bodies, so no check is needed (the stdlib otherwise compiles a regex per message)."""
    for part in message.walk():
        if part.is_multipart():
            part.set_boundary(f"=_renewal_{secrets.token_hex(12)}")


def readdress(message: EmailMessage, *, to: str, message_id: str, now: datetime) -> EmailMessage:
    """The same message for the next contact of a contract: only To, Message-ID and Date
    change, so the body parts and the PDF are encoded once per contract and reminder."""
    message.replace_header("To", to)
    message.replace_header("Message-ID", message_id)
    message.replace_header("Date", format_datetime(now))
    return message
