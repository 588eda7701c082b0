"""Layout: Jinja2 templates (layout only) around the localized content, the
MIME message with its headers, and the PDF quote.

Headers: a non-ASCII subject is written as RFC 2047 encoded words only
(``_set_subject``: the stdlib's folder would add a space where it folds);
``Message-ID`` comes from the ledger row, so a retry carries the same id;
``From`` shows the seller entity unless the setting names a sender. The message
is the stdlib's own ``set_content``/``add_alternative``/``add_attachment``
result, header order included (``Content-Language`` last, where it has to be
set after those calls), built without their repeated header parsing: the
per-locale and per-sender headers are parsed and folded once per process, a
customer's (To, Subject, Message-ID, Date) once per message.
tests/test_notices_mime.py holds the two byte for byte equal."""

from __future__ import annotations

import binascii
import re
import secrets
from datetime import datetime
from email import quoprimime
from email.header import Header
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from functools import cache, lru_cache
from pathlib import Path

from babel.core import get_global
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from core.i18n import babel_locale
from core.notices.content import NoticeContent, QuoteContent
from core.notices.settings import MailSettings

TEMPLATES = Path(__file__).parent / "templates"


class _FoldOnceHeader(BaseHeader):
    """A header object folds to the same text for the same folding rules (line length,
    line separator, 8-bit or not), so it folds once: the constant headers below are
    shared by every message and each fold costs tens of µs in the stdlib's folder."""

    def fold(self, *, policy) -> str:
        folds = self.__dict__.setdefault("_folds", {})
        key = (policy.linesep, policy.max_line_length, policy.utf8)
        found = folds.get(key)
        if found is None:
            found = folds[key] = super().fold(policy=policy)
        return found


class _CachedHeaderRegistry(HeaderRegistry):
    """The stdlib's registry builds a new header class on every lookup (~60 µs each,
    a dozen per message); the classes never change, so build each once."""

    def __init__(self) -> None:
        super().__init__(base_class=_FoldOnceHeader)
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = super().__getitem__(name)
        return found


POLICY = SMTP.clone(header_factory=_CachedHeaderRegistry())


@lru_cache(maxsize=512)
def _fixed_header(name: str, value: str) -> BaseHeader:
    """A header that is the same in many messages: the sender, Reply-To, the MIME
    type lines, Content-Language. Keyed by its whole value, and never used for a
    header that names a customer (To, Subject, Message-ID, Date are built per message)."""
    return POLICY.header_factory(name, value)


@lru_cache(maxsize=64)
def _sender(display_name: str, username: str, domain: str) -> BaseHeader:
    """From: the sender setting's name, else the seller entity (a few per deployment)."""
    return POLICY.header_factory("From", Address(display_name=display_name, username=username, domain=domain))


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
    if ".html" in name:
        return environment().get_template(name).render(c=content, word_break=word_break(content.locale))
    return _plain().get_template(name).render(c=content)


def render_text(content: NoticeContent) -> str:
    return _plain().get_template("reminder.txt.j2").render(c=content)


def render_html(content: NoticeContent) -> str:
    return environment().get_template("reminder.html.j2").render(c=content, word_break=word_break(content.locale))


@cache
def _script(code: str) -> str:
    """The locale's writing system (ISO 15924), from CLDR's likely subtags where the code names none."""
    locale = babel_locale(code)
    script = locale.script
    if script is None:
        likely = get_global("likely_subtags").get(locale.language, "")
        script = next((part for part in likely.split("_") if len(part) == 4 and part.istitle()), None)
    return script or ""


@cache
def word_break(code: str) -> str:
    """The HTML email's CSS ``word-break``: Korean puts spaces between words, but mail programs
    break Hangul between any two syllables, mid-word, unless told ``keep-all``; "" elsewhere."""
    return "keep-all" if _script(code) == "Kore" else ""


@cache
def pdf_fonts(code: str) -> str:
    """The CSS font stack for a locale's PDF."""
    script = _script(code)
    face = _CJK_FACES.get(script or "")
    return f'"Noto Sans CJK {face}", "DejaVu Sans", sans-serif' if face else _LATIN_FONTS


def render_quote_html(quote: QuoteContent) -> str:
    fonts = pdf_fonts(quote.locale)
    words = _whole_words if word_break(quote.locale) == "keep-all" else escape
    return environment().get_template("quote.html.j2").render(q=quote, fonts=fonts, words=words)


def _whole_words(text: str) -> Markup:
    """WeasyPrint ignores ``word-break: keep-all`` and breaks Hangul between any two syllables:
    each word of a Korean PDF is kept whole in a no-wrap span, lines break between words only."""
    return Markup(" ").join(Markup('<span class="w">{}</span>').format(word) for word in text.split(" "))


def render_pdf(quote: QuoteContent) -> bytes:
    """The quote as PDF bytes (WeasyPrint; fonts embedded and subset)."""
    from weasyprint import HTML  # imported on first PDF: it loads Pango

    return HTML(string=render_quote_html(quote), base_url=str(TEMPLATES)).write_pdf()


def build_message(content: NoticeContent, *, to: str, message_id: str, settings: MailSettings, now: datetime,
                  text: str | None = None, html: str | None = None, pdf: bytes | None = None,
                  pdf_name: str | None = None) -> EmailMessage:
    """One contact's message; ``text``/``html`` may be passed pre-rendered (shared by a contract's contacts).

    The tree is the one ``set_content``/``add_alternative``/``add_attachment`` build with
    ``email.policy.SMTP`` (same headers in the same order, same encoded bodies, byte for
    byte: tests/test_notices_mime.py compares both in every email locale), assembled
    directly: the stdlib's content manager parses and re-folds each MIME header several
    times per part, which cost more than everything else in a reminder."""
    text = text if text is not None else render_text(content)
    html = html if html is not None else render_html(content)
    cte = "quoted-printable" if text.isascii() or pdf_fonts(content.locale) == _LATIN_FONTS else "base64"
    message = EmailMessage(policy=POLICY)
    _set_subject(message, content.subject)
    sender = settings.sender_address
    user, _, domain = sender.rpartition("@")
    message["From"] = _sender(settings.sender_name or content.seller_name, user, domain)
    if settings.reply_to:
        message["Reply-To"] = _fixed_header("Reply-To", settings.reply_to)
    _set_simple(message, "To", to, _PLAIN_ADDRESS)
    message.set_raw("Date", format_datetime(now))  # always short ASCII: "Wed, 25 Nov 2026 09:30:00 +0000"
    _set_simple(message, "Message-ID", message_id, _PLAIN_MESSAGE_ID)
    message["Auto-Submitted"] = _fixed_header("Auto-Submitted", "auto-generated")
    message["MIME-Version"] = _fixed_header("MIME-Version", "1.0")
    alternative = _multipart("alternative", [_text_part("plain", text, cte), _text_part("html", html, cte, True)])
    if pdf is None:
        body = alternative
    else:
        attachment = EmailMessage(policy=POLICY)  # once per contract: the stdlib's own path
        attachment.set_content(pdf, maintype="application", subtype="pdf", filename=pdf_name or "quote.pdf")
        body = _multipart("mixed", [alternative, attachment])
    message["Content-Type"] = body["Content-Type"]
    message.set_payload(body.get_payload())
    message["Content-Language"] = _fixed_header("Content-Language", content.locale)
    return message


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATOM}(?:\.{_ATOM})*"
_NO_ENCODED_WORD = r"(?!.*=\?)"  # the parser would decode "=?charset?q?...?=" wherever it stands
_PLAIN_ADDRESS = re.compile(rf"{_NO_ENCODED_WORD}{_DOT_ATOM}@{_DOT_ATOM}")
_PLAIN_MESSAGE_ID = re.compile(rf"{_NO_ENCODED_WORD}<{_DOT_ATOM}@{_DOT_ATOM}>")
_PLAIN_TEXT = re.compile(rf"{_NO_ENCODED_WORD}[!-~]+(?: [!-~]+)*")  # printable ASCII words, single spaces


def _set_simple(message: EmailMessage, name: str, value: str, simple: re.Pattern) -> None:
    """A value the stdlib would write exactly as given (plain ASCII on one line: a bare
    address, a dot-atom Message-ID, an English subject) is stored as such and skips the
    parse (a header is parsed again only if read); anything else goes through the parser
    and the RFC 2047 folder."""
    if len(name) + 2 + len(value) <= POLICY.max_line_length and simple.fullmatch(value):
        message.set_raw(name, value)
    else:
        message[name] = value


def _set_subject(message: EmailMessage, subject: str) -> None:
    """The subject decodes to exactly the Fluent text. The stdlib's folder mixes encoded and
    plain words in a non-ASCII subject and keeps the space before a fold in the plain word,
    so "30 \\r\\n =?utf-8?q?d=C3=ADas?=" reads "30  días" (two spaces). A non-ASCII subject
    (or one naming an encoded word) is therefore written as encoded words only, folded between
    them (``email.header.Header``): a reader drops the whitespace between two encoded words."""
    if subject.isascii() and "=?" not in subject:
        _set_simple(message, "Subject", subject, _PLAIN_TEXT)
    else:
        message.set_raw("Subject", encoded_subject(subject))


def encoded_subject(subject: str) -> str:
    """A subject as RFC 2047 encoded words, lines within the SMTP policy's length."""
    return Header(subject, "utf-8", maxlinelen=POLICY.max_line_length, header_name="Subject").encode()


def _multipart(subtype: str, parts: list[EmailMessage]) -> EmailMessage:
    """Boundaries chosen up front: "=_" can occur in neither quoted-printable nor base64
    bodies, so no check is needed (the stdlib otherwise compiles a regex per message)."""
    part = EmailMessage(policy=POLICY)
    part["Content-Type"] = f'multipart/{subtype}; boundary="=_renewal_{secrets.token_hex(12)}"'
    part.set_payload(parts)
    return part


def _text_part(subtype: str, body: str, cte: str, added: bool = False) -> EmailMessage:
    """As ``set_content`` makes it; a part added by ``add_alternative`` also carries
    MIME-Version (the stdlib adds it to every ``EmailMessage`` it sets content on)."""
    part = EmailMessage(policy=POLICY)
    part["Content-Type"] = _fixed_header("Content-Type", f'text/{subtype}; charset="utf-8"')
    part["Content-Transfer-Encoding"] = _fixed_header("Content-Transfer-Encoding", cte)
    if added:
        part["MIME-Version"] = _fixed_header("MIME-Version", "1.0")
    part.set_payload(_encode_text(body, cte))
    return part


def _encode_text(text: str, cte: str) -> str:
    """``email.contentmanager``'s text encoding for utf-8 and the given transfer encoding."""
    lines = text.encode("utf-8").splitlines()
    if cte == "quoted-printable":
        return quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"), POLICY.max_line_length)
    data = b"\r\n".join(lines) + b"\r\n"
    step = POLICY.max_line_length // 4 * 3
    return "".join(binascii.b2a_base64(data[i:i + step]).decode("ascii") for i in range(0, len(data), step))


def readdress(message: EmailMessage, *, to: str, message_id: str, now: datetime) -> EmailMessage:
    """The same message for the next contact of a contract: only To, Message-ID and Date
    change, so the body parts and the PDF are encoded once per contract and reminder."""
    message.replace_header("To", to)
    message.replace_header("Message-ID", message_id)
    message.replace_header("Date", format_datetime(now))
    return message
