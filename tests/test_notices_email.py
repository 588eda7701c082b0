"""The reminder as a customer reads it: their language, their country's amount
and date formats, the right seller, correct headers, a PDF whose text matches
the email, and every template in every email locale with no missing message
and no English left over."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import msgspec
import pypdf
import pytest

from core.notices.content import email_locale, fresh_link_content, notice_content
from core.notices.render import build_message, render_html, render_pdf, render_quote_html, render_template, render_text
from core.notices.settings import load_mail_settings
from core.renewals.quotes import QuoteOptions, price_quote
from core.renewals.rates import Rates
from tests.notices_helpers import FROM, REPLY_TO, contract, job_context

TODAY = date(2026, 11, 25)
END = date(2026, 12, 25)
EXPIRES = datetime(2027, 3, 25, 23, 59, tzinfo=UTC)


@pytest.fixture(scope="module")
def context(catalog, tmp_path_factory):
    return job_context(catalog, tmp_path_factory.mktemp("outbox"))


def render(context, country: str, locale: str | None = None, *, customer: str = "Customer Ltd"):
    catalog = context.catalog
    entry = catalog.countries[country]
    data = contract(f"C-{country}-1", country, END, customer=customer)
    quote = price_quote(data, catalog, QuoteOptions(on=TODAY), Rates([], TODAY))
    assert quote.eligible, quote.reasons
    return notice_content(context.translator, locale=locale or email_locale(context.translator, entry.email_locale),
                          country=country, quote=quote, term_end=END, today=TODAY, url="https://renew.example/renew/T",
                          link_expires=EXPIRES, version="2D5C849B5323", valid_until=END, phone=entry.support_phone)


CUSTOMERS = [
    # country, locale, subject, total as printed, end date as printed, seller
    ("KR", "ko", "지원 계약 C-KR-1 만료까지 30일 남았습니다", "₩764,000", "2026년 12월 25일", "VMware International Limited"),
    ("JP", "ja", "サポート契約 C-JP-1 の有効期限まであと30日です", "￥84,600", "2026年12月25日", "VMware International Limited"),
    ("BR", "pt-BR", "Seu contrato de suporte C-BR-1 vence em 30 dias", "R$\xa03.060,00", "25 de dezembro de 2026",
     "VMware International Limited"),
    ("MX", "es-419", "Su contrato de soporte C-MX-1 vence en 30 días", "$10,380.00", "25 de diciembre de 2026",
     "VMware International Limited"),
    ("DE", "de", "Ihr Supportvertrag C-DE-1 läuft in 30 Tagen ab", "502,00\xa0€", "25. Dezember 2026",
     "VMware International Limited"),
    ("CH", "de", "Ihr Supportvertrag C-CH-1 läuft in 30 Tagen ab", "CHF\xa0492.00", "25. Dezember 2026",
     "VMware International Limited"),
    ("US", "en", "Your support contract C-US-1 expires in 30 days", "$546.00", "December 25, 2026", "VMware, Inc."),
]


@pytest.mark.parametrize(("country", "locale", "subject", "total", "end", "seller"), CUSTOMERS)
def test_each_customer_reads_their_language_formats_and_seller(context, country, locale, subject, total, end, seller):
    content = render(context, country)
    assert content.locale == locale
    assert content.subject == subject
    facts = {fact.label: fact.value for fact in content.facts}
    assert total in facts.values() and end in facts.values() and seller in facts.values()
    assert f"C-{country}-1" in facts.values() and "30" in facts.values()
    text = render_text(content)
    html = render_html(content)
    for part in (text, html):
        assert total in part.replace("&nbsp;", "\xa0") or total in part
        assert seller in part and "https://renew.example/renew/T" in part and f"C-{country}-1" in part
    assert content.pdf.total == total


def test_headers_subject_encoding_language_ids_and_addresses(context):
    content = render(context, "KR")
    now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    message = build_message(content, to="it@customer.example", message_id="<renewal.x@vendor.example>",
                            settings=context.settings, now=now, pdf=b"%PDF-1.7 test", pdf_name="C-KR-1-ABC.pdf")
    raw = message.as_bytes()
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"Subject: =?utf-8?" in header_block  # RFC 2047: a 7-bit header on the wire
    assert header_block.isascii()
    assert message["Subject"] == content.subject
    assert message["Content-Language"] == "ko"
    assert message["Message-ID"] == "<renewal.x@vendor.example>"
    assert message["Date"] == "Wed, 25 Nov 2026 09:30:00 +0000"
    assert message["From"] == FROM and message["Reply-To"] == REPLY_TO and message["To"] == "it@customer.example"
    kinds = [part.get_content_type() for part in message.walk()]
    assert kinds[:4] == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html"]
    assert [a.get_filename() for a in message.iter_attachments()] == ["C-KR-1-ABC.pdf"]
    default_from = build_message(render(context, "US"), to="a@b.example", message_id="<m@x>",
                                 settings=load_mail_settings({}), now=now)
    assert default_from["From"] == '"VMware, Inc." <renewals@example.com>' and default_from["Reply-To"] is None


@pytest.mark.parametrize("country", ["KR", "JP", "CN"])
def test_the_pdf_text_shows_the_contract_and_total_as_the_email_does(context, country):
    content = render(context, country)
    assert content.locale == {"KR": "ko", "JP": "ja", "CN": "zh-Hans"}[country]
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(content.pdf)))
    text = "".join(page.extract_text() for page in reader.pages)
    fonts = {font.get_object()["/BaseFont"].split("+")[-1] for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    face = {"KR": "KR", "JP": "JP", "CN": "SC"}[country]  # the region's own Han glyphs
    assert fonts == {f"Noto-Sans-CJK-{face}", f"Noto-Sans-CJK-{face}-Bold"}, fonts
    assert f"C-{country}-1" in text
    email_total = next(f.value for f in content.facts if f.value == content.pdf.total)
    assert email_total in text
    assert content.pdf.title in text


def fresh(context, locale: str):
    entry = context.catalog.countries["DE"]
    return fresh_link_content(context.translator, locale=locale, country="DE", contract="C-DE-1",
                              seller=entry.seller, url="https://renew.example/renew/T", link_expires=EXPIRES,
                              phone=entry.support_phone)


def _fragments(text: str, skip: set[str]) -> set[str]:
    """Three-word runs of an English rendering, without the data every language shares."""
    for item in skip:
        text = text.replace(item, " | ")
    runs = set()
    for piece in re.split(r"[|.,:;!?()\n<>\"=/]", text):
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", piece)
        runs |= {" ".join(words[i:i + 3]).lower() for i in range(len(words) - 2)}
    return runs


def _visible(content) -> str:
    html = re.sub(r"<(style|title)[^>]*>.*?</\1>|<[^>]+>", " ", render_html(content), flags=re.S)
    pdf = " ".join([content.pdf.title, *content.pdf.headings, content.pdf.version, content.pdf.column_item,
                    content.pdf.column_amount, *(line.description for line in content.pdf.lines),
                    content.pdf.total_label, content.pdf.note, content.pdf.seller])
    return "\n".join([content.subject, render_text(content), html, pdf])


def test_every_template_in_every_email_locale_has_its_messages_and_no_english(context, translator):
    locales = sorted(context.translator.codes["email"])
    assert len(locales) == 11
    english = render(context, "DE", "en")
    data = {"C-DE-1", "Customer Ltd", "VMware International Limited", "VS8-STD-C", "https://renew.example/renew/T",
            "2D5C849B5323"}
    english_runs = _fragments(_visible(english), data)
    english_fresh = fresh(context, "en")
    fresh_runs = _fragments("\n".join([english_fresh.subject, render_template("fresh_link.txt.j2", english_fresh)]),
                            data)
    assert len(english_runs) > 60  # the probe really covers the email, the HTML and the PDF
    for locale in locales:
        content = render(context, "DE", locale)
        missing = sorted(i for i in content.used if not context.translator.has("email", locale, i))
        assert not missing, f"email/{locale} lacks {missing}: add them to its reminder.ftl or notices.ftl"
        if locale == "en":
            continue
        leftovers = sorted(english_runs & _fragments(_visible(content), data))
        assert not leftovers, f"email/{locale} shows English: {leftovers[:5]}"
        other = fresh(context, locale)
        missing = sorted(i for i in other.used if not context.translator.has("email", locale, i))
        assert not missing, f"email/{locale} lacks {missing} (fresh-link email)"
        shown = "\n".join([other.subject, render_template("fresh_link.txt.j2", other),
                           render_template("fresh_link.html.j2", other)])
        leftovers = sorted(fresh_runs & _fragments(shown, data))
        assert not leftovers, f"email/{locale} fresh-link email shows English: {leftovers[:5]}"
        same = sorted(i for i in content.used if _words(context, "en", i) and
                      _words(context, locale, i) == _words(context, "en", i) and _words(context, "en", i) not in SAME)
        assert not same, f"email/{locale} leaves these labels in English: {same}"


# Words several languages share with English (a spelling, not a leftover).
SAME = {"Total", "Basic", "Production", "Partner", "Item"}


def _words(context, locale: str, message_id: str) -> str | None:
    """A message without arguments (labels, headings), or None."""
    try:
        return context.translator.text("email", locale, message_id)
    except Exception:  # noqa: BLE001 - needs arguments: covered by the three-word runs
        return None


# The word each email locale uses on the end date and the day before (subject and first paragraph).
TODAY_TOMORROW = {
    "de": ("heute", "morgen"), "en": ("today", "tomorrow"), "es-419": ("hoy", "mañana"), "es-ES": ("hoy", "mañana"),
    "fr": ("aujourd’hui", "demain"), "it": ("oggi", "domani"), "ja": ("本日", "明日"), "ko": ("오늘", "내일"),
    "nl": ("vandaag", "morgen"), "pt-BR": ("hoje", "amanhã"), "zh-Hans": ("今天", "明天"),
}


@pytest.mark.parametrize("locale", sorted(TODAY_TOMORROW))
def test_the_last_two_reminder_days_say_today_and_tomorrow_not_0_days(context, locale):
    """A reminder sent on the end date said "expires in 0 days" ("expire dans 0 jour")."""
    from datetime import timedelta

    entry = context.catalog.countries["DE"]
    quote = price_quote(contract("C-DE-1", "DE", END), context.catalog, QuoteOptions(on=END), Rates([], END))
    for word, days in zip(TODAY_TOMORROW[locale], (0, 1), strict=True):
        content = notice_content(context.translator, locale=locale, country="DE", quote=quote, term_end=END,
                                 today=END - timedelta(days=days), url="https://renew.example/renew/T",
                                 link_expires=EXPIRES, version="2D5C849B5323", valid_until=END,
                                 phone=entry.support_phone)
        assert word in content.subject and word in content.intro, (content.subject, content.intro)
        assert not re.search(rf"\b{days}\s?\w*\b", content.subject.replace("C-DE-1", "")), content.subject
    assert set(context.translator.codes["email"]) == set(TODAY_TOMORROW)  # every email locale is here


@pytest.mark.parametrize(("locale", "contract_line", "link_lead", "version_line"), [
    ("fr", "Numéro de contrat\u00a0: C-DE-1", "Renouveler en ligne\u00a0:", "Devis\u00a0: 2D5C849B5323"),
    ("ja", "契約番号：C-DE-1", "オンラインで更新する：", "：2D5C849B5323"),
    ("zh-Hans", "：C-DE-1", "在线续订：", "：2D5C849B5323"),
    ("en", "Contract number: C-DE-1", "Renew online:", "Quote: 2D5C849B5323"),
])
def test_labels_and_values_are_joined_as_each_language_writes_them(context, locale, contract_line, link_lead,
                                                                    version_line):
    """A hard-coded ": " gave "Numéro de contrat: …" in French and a half-width colon after Japanese."""
    content = render(context, "DE", locale)
    lines = render_text(content).splitlines()
    assert any(line.endswith(contract_line) for line in lines), lines
    assert link_lead in lines and lines[lines.index(link_lead) + 1] == content.url
    assert content.pdf.version.endswith(version_line)
    if locale != "en":
        assert not any(re.search(r"\S:", line) for line in lines if "C-DE-1" in line or line == link_lead)
    fresh_lines = render_template("fresh_link.txt.j2", fresh(context, locale)).splitlines()
    assert link_lead in fresh_lines


def test_korean_html_emails_break_lines_between_words_only(context):
    """Mail programs broke Hangul mid-word; the other languages keep the default."""
    korean = render_html(render(context, "KR"))
    assert korean.count("word-break:keep-all") == 1 and "word-break:break-all" in korean  # the long URL still wraps
    assert "word-break:keep-all" in render_template("fresh_link.html.j2", fresh(context, "ko"))
    for locale in ("ja", "zh-Hans", "de"):  # no spaces between Japanese or Chinese words: keep-all would never wrap
        assert "keep-all" not in render_html(render(context, "DE", locale))


def test_the_korean_pdf_breaks_lines_between_words_only(context):
    """WeasyPrint ignores keep-all: a Korean quote's long note still breaks at spaces, never inside a word."""
    content = render(context, "KR")
    sentence = content.pdf.note.split(".")[0].strip() + "."
    long_note = " ".join([sentence] * 6)  # as long as a note can get: it must wrap
    pdf = msgspec.structs.replace(content.pdf, note=long_note)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(pdf))).pages)
    start = text.index(sentence.split()[0])
    lines = text[start:text.index(content.pdf.seller.split()[0], start)].strip().split("\n")
    words = set(long_note.split())
    assert len(lines) > 1 and all(set(line.split()) <= words for line in lines), lines
    german = render(context, "DE", "de")
    assert 'class="w"' not in render_quote_html(german.pdf) and 'class="w"' in render_quote_html(content.pdf)
