"""One glossary per language: every channel spells a payment or contract concept the
same way, because every message naming it uses the shared Fluent term.

A failure names the channel, locale, file and message id to fix.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fluent.syntax import FluentParser, ast
from renewal_locale_glossary import CHANNEL_CODES

from core.catalog import LocaleCatalog

TERMS = ("service-level-basic", "service-level-production", "term", "list-price", "reinstatement-fee",
         "fx-surcharge", "subtotal", "total", "seller", "quote", "renewal", "partner")


# English words that name a glossary concept: an English message spelling one of them
# outside a term reference is a second spelling waiting to happen in translation.
ENGLISH_SPELLINGS = {
    "reinstatement-fee": r"reinstatement fee", "fx-surcharge": r"surcharge", "subtotal": r"subtotal",
    "seller": r"\bseller\b", "list-price": r"list price\b",
}
# Spellings a locale once used beside its glossary word (the issue's review, and the
# words of the other variety of the language). The language's channels must not use them.
FORBIDDEN = {
    "de": {"fx-surcharge": r"[Aa]ufschlag", "service-level-basic": r"\bBasic\b",
           "service-level-production": r"\bProduction\b"},
    "nl": {"service-level-basic": r"\bBasic\b", "service-level-production": r"\bProduction\b",
           "list-price": r"[Ll]ijstprij[sz]"},
    "fr": {"reinstatement-fee": r"rétablissement", "fx-surcharge": r"[Ff]rais de conversion"},
    "ko": {"reinstatement-fee": r"복원 수수료", "fx-surcharge": r"환전 수수료"},
    "pt-BR": {"reinstatement-fee": r"restabelecimento", "fx-surcharge": r"[Aa]créscimo",
              "list-price": r"[Pp]reços? de lista"},
    "pt-PT": {"reinstatement-fee": r"restabelecimento", "list-price": r"[Pp]reços? de lista"},
    "es": {"reinstatement-fee": r"[Rr]ecargo por reactivación", "fx-surcharge": r"cambio de divisa",
           "quote": r"[Cc]otizaci[oó]n"},
    "es-419": {"quote": r"[Pp]resupuesto", "fx-surcharge": r"divisa", "list-price": r"[Pp]recios? de tarifa",
               "reinstatement-fee": r"[Rr]ecargo por reactivación", "partner": r"\b[Pp]artner\b"},
    "it": {"reinstatement-fee": r"[Cc]osto di riattivazione|ripristino"},
    "ja": {"service-level-production": r"プロダクション", "seller": r"販売者"},
    "zh-Hans": {"service-level-production": r"生产(?!环境)"},
    "zh-Hant": {"service-level-production": r"生產"},
    "ar": {"service-level-production": r"الإنتاج"},
    "he": {"service-level-production": r"ייצור"},
    "ru": {"service-level-production": r"[Пп]роизводств"},
}
# The glossary language of each channel's locale code, where the two differ.
LANGUAGE_OF = {(channel, code): language for language, codes in CHANNEL_CODES.items()
               for channel, code in codes.items()}


def _entries(locale):
    """(source file, Message or Term) for every entry of one channel's locale."""
    parser = FluentParser()
    for source, text in zip(locale.sources, locale.ftl):
        for entry in parser.parse(text).body:
            if isinstance(entry, (ast.Message, ast.Term)):
                yield source, entry


@lru_cache(maxsize=None)
def _terms(locale):
    return {entry.id.name: entry for _, entry in _entries(locale) if isinstance(entry, ast.Term)}


def test_every_locale_of_every_channel_has_the_whole_glossary(catalog):
    for (channel, code), locale in catalog.locales.items():
        missing = [t for t in TERMS if t not in _terms(locale)]
        assert not missing, f"{channel}/{code} lacks glossary terms {missing}: add them to its glossary.ftl"


def test_the_web_and_the_email_of_one_language_share_one_glossary(catalog):
    email_to_web = {code: language for (channel, code), language in LANGUAGE_OF.items() if channel == "email"}
    for code in catalog.locale_codes("email"):
        web_code = email_to_web.get(code, code)
        assert catalog.locale("web", web_code), f"email/{code} has no web counterpart {web_code}"
        email, web = _glossary(catalog, "email", code), _glossary(catalog, "web", web_code)
        for term in TERMS:
            assert email[term] == web[term], f"-{term} differs between email/{code} and web/{web_code}"


def _glossary(catalog, channel, code):
    """Every term of one locale, rendered in its label and inline forms."""
    from fluent.runtime import FluentBundle, FluentResource

    bundle = FluentBundle([code], use_isolating=False)
    for text in catalog.locale(channel, code).ftl:
        bundle.add_resource(FluentResource(text))
    bundle.add_resource(FluentResource("".join(
        f"probe-{term} = {{ -{term} }} / {{ -{term}(form: \"inline\") }}\n" for term in TERMS)))
    rendered = {}
    for term in TERMS:
        rendered[term], errors = bundle.format_pattern(bundle.get_message(f"probe-{term}").value, {})
        assert not errors, f"{channel}/{code}: {errors}"
    return rendered


def _walk(pattern):
    """(text, term ids) of a pattern, select expressions included."""
    texts, terms = [], set()
    for element in pattern.elements if pattern else ():
        if isinstance(element, ast.TextElement):
            texts.append(element.value)
            continue
        expression = element.expression
        if isinstance(expression, ast.TermReference):
            terms.add(expression.id.name)
        elif isinstance(expression, ast.SelectExpression):
            for variant in expression.variants:
                text, found = _walk(variant.value)
                texts.append(text)
                terms |= found
    return " ".join(texts), terms


@lru_cache(maxsize=None)
def _messages(locale):
    """{message id: (source file, text, term ids)} of one channel's locale."""
    found = {}
    for source, entry in _entries(locale):
        if isinstance(entry, ast.Message):
            patterns = [entry.value, *(a.value for a in entry.attributes)]
            walked = [_walk(p) for p in patterns if p]
            found[entry.id.name] = (source, " ".join(t for t, _ in walked), set().union(*(f for _, f in walked)))
    return found


def _english_problems(locales):
    problems = []
    for channel in ("web", "email"):
        for message_id, (source, text, _) in sorted(_messages(locales[(channel, "en")]).items()):
            for term, spelling in ENGLISH_SPELLINGS.items():
                if re.search(spelling, text, re.IGNORECASE):
                    problems.append(f"{source}: {message_id} spells '{spelling}' itself; use {{ -{term} }}")
    return problems


def _term_usage_problems(locales):
    problems = []
    for (channel, code), locale in locales.items():
        english = _messages(locales[(channel, "en")])
        for message_id, (source, _, terms) in sorted(_messages(locale).items()):
            wanted = english.get(message_id, (None, None, set()))[2]
            for term in sorted(wanted - terms):
                problems.append(f"{source} ({channel}/{code}): {message_id} must name the concept with "
                                f"{{ -{term} }} as the English message does")
    return problems


def _spelling_problems(locales):
    problems = []
    for (channel, code), locale in locales.items():
        language = LANGUAGE_OF.get((channel, code), code)
        for message_id, (source, text, _) in sorted(_messages(locale).items()):
            for term, spelling in FORBIDDEN.get(language, {}).items():
                if re.search(spelling, text):
                    problems.append(f"{source} ({channel}/{code}): {message_id} spells {term} as "
                                    f"'{re.search(spelling, text).group(0)}'; use {{ -{term} }}")
        for term, entry in _terms(locale).items():
            text, _ = _walk(entry.value)
            for spelling in FORBIDDEN.get(language, {}).values():
                if re.search(spelling, text):
                    problems.append(f"-{term} in {channel}/{code} uses the rejected '{spelling}'")
    return problems


def test_english_names_every_glossary_concept_through_its_term(catalog):
    assert not (problems := _english_problems(catalog.locales)), "\n".join(problems)


def test_every_translation_uses_the_terms_its_english_message_uses(catalog):
    assert not (problems := _term_usage_problems(catalog.locales)), "\n".join(problems)


def test_no_channel_spells_a_concept_the_other_way(catalog):
    assert not (problems := _spelling_problems(catalog.locales)), "\n".join(problems)


def test_the_checks_catch_a_second_spelling():
    """A new Korean email saying 복원 수수료, an English page spelling the surcharge, and a
    German page dropping the term its English message uses: each is reported by file and id."""
    def locale(channel, code, text):
        return LocaleCatalog(code=code, channel=channel, sources=(f"x/{code}/notices.ftl",), ftl=(text,),
                             message_ids=frozenset())

    locales = {
        ("web", "en"): locale("web", "en", "fee-note = A { -reinstatement-fee(form: \"inline\") } applies.\n"
                                           "fx-note = A surcharge applies.\n"),
        ("web", "de"): locale("web", "de", "fee-note = Es fällt eine Wiederherstellungsgebühr an.\n"),
        ("email", "en"): locale("email", "en", "fee-note = A { -reinstatement-fee } applies.\n"),
        ("email", "ko"): locale("email", "ko", "fee-note = 복원 수수료가 부과됩니다.\n"),
    }
    assert _english_problems(locales) == [
        "x/en/notices.ftl: fx-note spells 'surcharge' itself; use { -fx-surcharge }"]
    assert _term_usage_problems(locales) == [
        "x/de/notices.ftl (web/de): fee-note must name the concept with { -reinstatement-fee } as the English "
        "message does",
        "x/ko/notices.ftl (email/ko): fee-note must name the concept with { -reinstatement-fee } as the English "
        "message does"]
    assert _spelling_problems(locales) == [
        "x/ko/notices.ftl (email/ko): fee-note spells reinstatement-fee as '복원 수수료'; use { -reinstatement-fee }"]
