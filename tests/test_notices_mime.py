"""What a customer's mail program receives is byte for byte what the stdlib's own
``EmailMessage`` API builds (``set_content``, ``add_alternative``, ``add_attachment``
with ``email.policy.SMTP``): ``build_message`` assembles the same tree directly and
reuses the headers every reminder shares, so this compares both in every email
locale, with and without the PDF, as the outbox writes it and as SMTP sends it.
And the reused parts never carry one customer's data into another's email."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import msgspec
import pytest
from aiosmtplib.email import flatten_message

from core.notices.content import email_locale, notice_content
from core.notices.render import build_message, pdf_fonts, readdress, render_html, render_text
from core.notices.settings import load_mail_settings
from core.renewals.quotes import QuoteOptions, price_quote
from core.renewals.rates import Rates
from tests.notices_helpers import contract, job_context

TODAY = date(2026, 11, 25)
END = date(2026, 12, 25)
EXPIRES = datetime(2027, 3, 25, 23, 59, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def context(catalog, tmp_path_factory):
    return job_context(catalog, tmp_path_factory.mktemp("outbox"))


def render(context, country: str, locale: str | None = None, *, number: str | None = None,
           customer: str = "Customer Ltd", url: str = "https://renew.example/renew/T"):
    catalog = context.catalog
    entry = catalog.countries[country]
    quote = price_quote(contract(number or f"C-{country}-1", country, END, customer=customer), catalog,
                        QuoteOptions(on=TODAY), Rates([], TODAY))
    return notice_content(context.translator, locale=locale or email_locale(context.translator, entry.email_locale),
                          country=country, quote=quote, term_end=END, today=TODAY, url=url, link_expires=EXPIRES,
                          version="2D5C849B5323", valid_until=END, phone=entry.support_phone)


def stdlib_message(content, *, to, message_id, settings, now, pdf=None, pdf_name=None) -> EmailMessage:
    """The reference: the message built through the stdlib's public API alone."""
    message = EmailMessage(policy=SMTP)
    if content.subject.isascii() and "=?" not in content.subject:
        message["Subject"] = content.subject
    else:  # encoded words only: the folder's mixed encoded and plain words decode with a space too many
        message.set_raw("Subject", Header(content.subject, "utf-8", header_name="Subject").encode())
    user, _, domain = settings.sender_address.rpartition("@")
    message["From"] = Address(display_name=settings.sender_name or content.seller_name, username=user, domain=domain)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    text = render_text(content)
    cjk = pdf_fonts(content.locale).startswith('"Noto Sans CJK')
    cte = "quoted-printable" if text.isascii() or not cjk else "base64"
    message.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    message.add_alternative(render_html(content), subtype="html", charset="utf-8", cte=cte)
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    message["Content-Language"] = content.locale
    return message


def assert_same(built: EmailMessage, reference: EmailMessage) -> None:
    for ours, theirs in zip(built.walk(), reference.walk(), strict=True):
        if ours.is_multipart():
            theirs.set_boundary(ours.get_boundary())  # the only random part of a message
        assert [(k, str(v)) for k, v in ours.items()] == [(k, str(v)) for k, v in theirs.items()]
    assert built.as_bytes() == reference.as_bytes()  # the outbox's .eml
    assert flatten_message(built) == flatten_message(reference)  # what aiosmtplib puts on the wire


SENDERS = {
    "named sender, Reply-To": {"RENEWALS_MAIL_FROM": "Renewals Desk <renewals@vendor.example>",
                               "RENEWALS_MAIL_REPLY_TO": "renewals-help@vendor.example"},
    "seller as sender": {},
    "non-ASCII sender": {"RENEWALS_MAIL_FROM": "Équipe des renouvellements <renew@vendor.example>"},
}


@pytest.mark.parametrize("sender", SENDERS)
def test_every_email_locale_is_byte_identical_to_the_stdlib_message(context, sender):
    settings = load_mail_settings(SENDERS[sender])
    locales = sorted(context.translator.codes["email"])
    assert len(locales) == 11
    for locale in locales:
        for country in ("DE", "US"):
            content = render(context, country, locale)
            for pdf in (None, b"%PDF-1.7 quote\n" * 300):
                name = f"C-{country}-1-2D5C849B5323.pdf" if pdf else None
                built = build_message(content, to="it@customer.example", message_id="<r.1@vendor.example>",
                                      settings=settings, now=NOW, text=render_text(content), html=render_html(content),
                                      pdf=pdf, pdf_name=name)
                reference = stdlib_message(content, to="it@customer.example", message_id="<r.1@vendor.example>",
                                           settings=settings, now=NOW, pdf=pdf, pdf_name=name)
                assert_same(built, reference)
                later = datetime(2026, 11, 25, 9, 31, tzinfo=UTC)  # the contract's second contact
                readdress(built, to="Ops <ops@customer.example>", message_id="<r.2@vendor.example>", now=later)
                reference.replace_header("To", "Ops <ops@customer.example>")
                reference.replace_header("Message-ID", "<r.2@vendor.example>")
                reference.replace_header("Date", format_datetime(later))
                assert_same(built, reference)


def test_a_long_subject_and_odd_addresses_fold_as_the_stdlib_folds_them(context):
    settings = load_mail_settings(SENDERS["named sender, Reply-To"])
    number = "C-" + "VERY-LONG-CONTRACT-NUMBER-" * 4 + "1"
    for locale in ("ja", "de", "en"):
        content = render(context, "JP", locale, number=number)
        to = '"Müller, Jürgen (IT)" <juergen.mueller@kunde.example>'
        built = build_message(content, to=to, message_id=f"<{'x' * 90}@vendor.example>", settings=settings, now=NOW)
        assert_same(built, stdlib_message(content, to=to, message_id=f"<{'x' * 90}@vendor.example>",
                                          settings=settings, now=NOW))


@pytest.mark.parametrize("customer", ["Customer Ltd", "Compañía Española de Distribución y Servicios Informáticos"])
def test_the_subject_a_mail_program_reads_is_exactly_the_fluent_text(context, customer):
    """es-ES read "vence dentro de 30  días" (two spaces) where the stdlib folded the header."""
    settings = load_mail_settings({})
    for locale in sorted(context.translator.codes["email"]):
        for number in ("DEMO-AD-000236", "DEMO-ES-000064", "C-" + "VERY-LONG-CONTRACT-NUMBER-" * 3 + "1"):
            content = render(context, "ES", locale, number=number, customer=customer)
            built = build_message(content, to="it@customer.example", message_id="<r.1@vendor.example>",
                                  settings=settings, now=NOW)
            for raw in (built.as_bytes(), flatten_message(built)):  # the outbox's .eml, the SMTP wire
                assert max(len(line) for line in raw.split(b"\r\n")) <= 78
                parsed = message_from_bytes(raw, policy=policy.default)
                assert parsed["Subject"] == content.subject, (locale, raw.split(b"\r\n")[:3])


EDGES = [  # (To, Message-ID, subject): on either side of what is written as given
    ("first.last+renewals@sub.example.co.uk", "<renewal.C-1.20261225.30.ab12@vendor.example>", None),
    ("O'Brien#IT@Example.COM", "<a!#$%&'*+/^_`{|}~-b@x.example>", 'Contract "A-1" (due): 30 days; ok, @ <x> fine'),
    ("a" * 60 + "@abc.example", "<" + "m" * 50 + "@v.example>", "S" * 69),  # 78 characters with the name
    ("a" * 61 + "@abc.example", "<" + "m" * 51 + "@v.example>", "S" * 70),  # 79: folded or parsed
    ("dots..twice@x.example", "<a..b@x.example>", "two  spaces and a trailing one "),
    ("=?utf-8?q?x?=@x.example", "<=?utf-8?q?y?=@x.example>", "An =?utf-8?q?encoded=3F?= word"),
    ("Jürgen <j@kunde.example>, ops@kunde.example", "<id@[127.0.0.1]>", "Tab\there"),
]


@pytest.mark.parametrize(("to", "message_id", "subject"), EDGES)
def test_addresses_ids_and_subjects_near_the_plain_form_match_the_stdlib(context, to, message_id, subject):
    settings = load_mail_settings({})
    content = render(context, "US")
    if subject is not None:
        content = msgspec.structs.replace(content, subject=subject)
    built = build_message(content, to=to, message_id=message_id, settings=settings, now=NOW)
    assert_same(built, stdlib_message(content, to=to, message_id=message_id, settings=settings, now=NOW))
    assert built["To"] == stdlib_message(content, to=to, message_id=message_id, settings=settings, now=NOW)["To"]


def test_two_contacts_of_two_contracts_each_get_their_own_data(context):
    settings = load_mail_settings({})  # From names the seller: the US and the German seller differ
    first = render(context, "US", number="C-US-777", customer="First Corp", url="https://renew.example/renew/AAA")
    second = render(context, "DE", number="C-DE-888", customer="Second GmbH", url="https://renew.example/renew/BBB")
    mails = []
    for content, to, mid in ((first, "one@first.example", "<m.1@x>"), (second, "two@second.example", "<m.2@x>"),
                             (first, "three@first.example", "<m.3@x>")):
        mails.append(build_message(content, to=to, message_id=mid, settings=settings, now=NOW))
    one, two, three = (mail.as_bytes().decode("ascii") for mail in mails)
    assert mails[0]["From"] == '"VMware, Inc." <renewals@example.com>'
    assert mails[1]["From"] == "VMware International Limited <renewals@example.com>"
    assert mails[1]["Content-Language"] == "de" and mails[0]["Content-Language"] == "en"
    assert mails[1]["Subject"] == second.subject and "C-DE-888" in mails[1]["Subject"]
    for raw, own, other in ((one, ("one@first.example", "<m.1@x>", "C-US-777", "renew/AAA"),
                             ("two@second.example", "<m.2@x>", "C-DE-888", "renew/BBB", "three@first")),
                            (two, ("two@second.example", "<m.2@x>", "renew/BBB"),
                             ("one@first.example", "<m.1@x>", "C-US-777", "renew/AAA", "three@first"))):
        assert all(item in raw for item in own) and not any(item in raw for item in other)
    assert "three@first.example" in three and "one@first.example" not in three and "<m.1@x>" not in three
    texts = [part.get_content() for mail in mails[:2] for part in mail.walk()
             if part.get_content_type() == "text/plain"]
    assert "C-US-777" in texts[0] and "C-DE-888" not in texts[0]
    assert "C-DE-888" in texts[1] and "C-US-777" not in texts[1] and "https://renew.example/renew/BBB" in texts[1]
