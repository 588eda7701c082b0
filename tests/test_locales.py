"""Every locale has every message English has, parses cleanly, is really
translated, and renders plurals with the locale's own categories."""

from __future__ import annotations

import re

import pytest
from babel import Locale
from fluent.syntax import FluentParser, FluentSerializer, ast

from core.i18n import babel_locale

WEB = {"ar", "cs", "da", "de", "el", "en", "es", "es-419", "fi", "fr", "he", "hi", "hr", "hu", "it", "ja", "ko", "nl",
       "nb", "pl", "pt-BR", "pt-PT", "ro", "ru", "sk", "sl", "sv", "th", "tr", "zh-Hant", "zh-Hans"}
EMAIL = {"en", "de", "fr", "it", "nl", "es-ES", "es-419", "pt-BR", "ja", "zh-Hans", "ko"}
COUNTS = (0, 1, 2, 3, 5, 11, 21, 100)
# Text a translation may keep as in English: brand names and pure placeholders.
MAY_MATCH_ENGLISH = re.compile(r"^(payment-method-(?!wire_transfer|check).*|site-name)$")



def test_the_spec_languages_are_installed(catalog):
    assert set(catalog.locale_codes("web")) == WEB
    assert set(catalog.locale_codes("email")) == EMAIL


def test_no_locale_misses_a_message_english_has(catalog):
    for (channel, code), locale in catalog.locales.items():
        english = catalog.locale(channel, "en")
        assert not (english.message_ids - locale.message_ids), f"{channel}/{code} lacks messages"
        assert not (locale.message_ids - english.message_ids), f"{channel}/{code} has messages English lacks"


def test_no_fluent_junk_anywhere(catalog):
    assert [p.text for p in catalog.problems if p.code == "ftl-junk"] == []


def _messages(locale):
    parser = FluentParser()
    for text in locale.ftl:
        for entry in parser.parse(text).body:
            if isinstance(entry, ast.Message):
                yield entry


def test_translations_are_not_english_copies(catalog, translator):
    for (channel, code), locale in catalog.locales.items():
        if code == "en":
            continue
        ids = sorted(m for m in locale.message_ids if not MAY_MATCH_ENGLISH.match(m))
        same = [m for m in ids if translator.text(channel, code, m, **_sample_args()) ==
                translator.text(channel, "en", m, **_sample_args())]
        assert len(same) <= len(ids) // 10, f"{channel}/{code}: {len(same)} messages identical to English: {same[:6]}"


def _sample_args():
    return {name: "⟨x⟩" for name in ("contract", "date", "start", "end", "sku", "level", "term", "quantity",
                                       "from_amount", "rate", "percent", "seller", "amount", "order", "due_date",
                                       "beneficiary", "iban", "bic", "reference", "payee", "address", "account",
                                       "limit", "currency", "phone", "name", "customer", "method", "last4",
                                       "bank", "routing", "link", "received", "remaining", "label", "value", "cta", "example")} | {"years": 1, "days": 30, "when": "later"}


def test_every_message_renders_with_its_arguments_in_every_locale(catalog, translator):
    for (channel, code), locale in catalog.locales.items():
        for message_id in sorted(locale.message_ids):
            text = translator.text(channel, code, message_id, **_sample_args())
            assert text and text != message_id, f"{channel}/{code}/{message_id}"
            assert "{" not in text and "$" not in text, f"{channel}/{code}/{message_id}: {text}"


PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


def _number_selectors(message, numeric=frozenset()):
    """(selected variable, keys, expression) of each select expression of a message that chooses
    by a number: its keys are CLDR plural categories, or it selects on a variable that the
    English message chooses by number (``numeric``)."""
    for pattern in (message.value, *(a.value for a in message.attributes)):
        for element in pattern.elements if pattern else ():
            expression = getattr(element, "expression", None)
            if isinstance(expression, ast.SelectExpression):
                keys = {v.key.name if isinstance(v.key, ast.Identifier) else v.key.value
                        for v in expression.variants}
                selector = expression.selector
                name = selector.id.name if isinstance(selector, ast.VariableReference) else None
                if (keys & (PLURAL_CATEGORIES - {"other"}) or name in numeric
                        or any(isinstance(v.key, ast.NumberLiteral) for v in expression.variants)):
                    yield name, keys, expression


# Messages that read right for every count without choosing: Hungarian and Turkish put a
# noun after a numeral in the singular, "år" (da, nb, sv), "jaar" after a number (nl) and
# "वर्ष" (hi) do not change.
SAME_FORM_FOR_EVERY_COUNT = {(code, message_id) for code in ("da", "nb", "sv", "nl", "hu", "tr", "hi")
                             for message_id in ("term-years", "quote-term-years")}


def test_every_number_selector_covers_exactly_the_locale_plural_categories(catalog):
    """babel's CLDR data decides: Arabic needs zero/one/two/few/many, es/fr/it/pt need many
    (1 000 000 de años), ja/ko/th/zh only other. A missing category silently falls back
    to [other]; a category the language lacks is dead text. A message whose English chooses
    by a number must choose by it too wherever the language has more than one form."""
    problems = []
    for (channel, code), locale in catalog.locales.items():
        english = {m.id.name: {name for name, _, _ in _number_selectors(m)}
                   for m in _messages(catalog.locale(channel, "en"))}
        wanted = set(babel_locale(code).plural_form.tags) | {"other"}
        for message in _messages(locale):
            numeric = english.get(message.id.name, set())
            chosen = set()
            for name, keys, expression in _number_selectors(message, frozenset(numeric)):
                chosen.add(name)
                named = {k for k in keys if not k.replace(".", "").isdigit()}
                if named != wanted:
                    problems.append(f"{channel}/{code}/{message.id.name}: missing {sorted(wanted - named)}, "
                                    f"not in CLDR {sorted(named - wanted)}")
                if not any(v.default for v in expression.variants):
                    problems.append(f"{channel}/{code}/{message.id.name}: no default variant")
            if wanted != {"other"} and numeric - chosen and (code, message.id.name) not in SAME_FORM_FOR_EVERY_COUNT:
                problems.append(f"{channel}/{code}/{message.id.name}: does not choose by "
                                f"{', '.join('$' + n for n in sorted(numeric - chosen))} as English does")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("count", COUNTS)
def test_plurals_render_for_awkward_counts(catalog, translator, count):
    for code in catalog.locale_codes("web"):
        text = translator.text("web", code, "term-years", years=count)
        assert text.strip() and "term-years" not in text
    for code in catalog.locale_codes("email"):
        assert translator.text("email", code, "email-subject", days=count, contract="C-1").strip()


def test_right_to_left_only_for_arabic_and_hebrew(catalog):
    from core.i18n import direction

    assert {code for code in catalog.locale_codes("web") if direction(code) == "rtl"} == {"ar", "he"}


def test_every_locale_code_is_a_real_cldr_locale(catalog):
    for channel in ("web", "email"):
        for code in catalog.locale_codes(channel):
            assert isinstance(Locale.parse(code, sep="-"), Locale)


# The register a professional product keeps: Arabic asks with يُرجى and a verbal noun and
# titles with a noun (never a bare imperative); Thai asks with โปรด, without casual or
# gendered particles or exclamation marks.
INFORMAL = {
    "ar": re.compile(r"(?<!\S)(ادفع|أرسل|أرسلوا|حوّل|اتصل|اختر|افتح|أضف|جدّد|جدد|قم|راجع|أكّد|أكد|حدّث|استخدم|"
                     r"تحقّق|قدّم|أدخل|انقر|اضغط)(?!\S)"),
    "th": re.compile(r"ใช่ไหม|ครับ|ค่ะ|จ้ะ|จ๊ะ|!"),
}


def test_arabic_and_thai_keep_a_formal_register(catalog):
    problems = []
    for (channel, code), locale in catalog.locales.items():
        pattern = INFORMAL.get(code)
        for message in _messages(locale) if pattern else ():
            text = FluentSerializer().serialize_entry(message)
            if found := pattern.search(text):
                problems.append(f"{channel}/{code}/{message.id.name}: '{found.group(0)}' in {text.strip()!r}")
    assert not problems, "\n".join(problems)


def test_latin_american_spanish_keeps_to_its_own_words(catalog):
    """es-419 readers see cotización, monto, vencimiento; Spain's words give the page away."""
    spain = re.compile(r"\b([Ii]mporte|[Cc]aducidad|[Cc]aducad[oa]s?|[Pp]resupuestos?|[Oo]rdenador|vosotros)\b")
    problems = []
    for channel in ("web", "email"):
        for message in _messages(catalog.locale(channel, "es-419")):
            text = FluentSerializer().serialize_entry(message)
            if found := spain.search(text):
                problems.append(f"{channel}/es-419/{message.id.name}: '{found.group(0)}'")
    assert not problems, "\n".join(problems)


# Messages given a moment (its date, time and zone), which never ends with the date.
MOMENTS = {"quote-valid-until": {"date": "10.12.2026 15:00 UTC"}}


def test_no_sentence_ends_twice_after_a_date_that_ends_with_a_period(catalog, translator):
    """Russian long dates end "г." (10 декабря 2026 г.), Croatian "2026.", Hungarian "10.": a message
    that puts its own period after such a date showed "10 декабря 2026 г.." on the checkout."""
    from datetime import date

    from core.i18n import day

    problems = []
    for channel in ("web", "email"):
        for code in catalog.locale_codes(channel):
            written = day(date(2026, 12, 10), code)
            if not written.endswith("."):
                continue
            arguments = _sample_args() | {name: written for name in ("date", "start", "end", "due_date")}
            for message_id in sorted(catalog.locale(channel, code).message_ids):
                given = arguments | MOMENTS.get(message_id, {})
                text = translator.text(channel, code, message_id, **given)
                if re.search(r"(?<!\.)\.\.(?!\.)", text):
                    problems.append(f"{channel}/{code}/{message_id}: {text}")
    assert not problems, "\n".join(problems)


CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
SPACED_VALUE = re.compile(rf"[{CJK}][ \u00a0]+\{{ \$|\$[a-z0-9_]+ \}}[ \u00a0]+[{CJK}]")


def test_japanese_and_chinese_pages_put_no_spaces_around_inserted_values(catalog):
    """"この価格は 2026年11月26日 …まで", "在 支付宝 页面上": Japanese and Chinese set no spaces between words."""
    problems = []
    for (channel, code), locale in catalog.locales.items():
        if channel != "web" or code not in ("ja", "zh-Hans", "zh-Hant"):
            continue
        for message in _messages(locale):
            text = FluentSerializer().serialize_entry(message)
            if SPACED_VALUE.search(text):
                problems.append(f"{code}/{message.id.name}: {text.strip()}")
    assert not problems, "\n".join(problems)
