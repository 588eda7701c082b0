"""One glossary per language: every channel spells a payment or contract concept the
same way, because every message naming it uses the shared Fluent term.

A failure names the channel, locale, file and message id to fix.
"""

from __future__ import annotations

import re

from fluent.syntax import FluentParser, ast

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
               "reinstatement-fee": r"[Rr]ecargo por reactivación"},
    "it": {"reinstatement-fee": r"[Cc]osto di riattivazione|ripristino"},
    "ja": {"service-level-production": r"プロダクション", "seller": r"販売者"},
    "zh-Hans": {"service-level-production": r"生产(?!环境)"},
    "zh-Hant": {"service-level-production": r"生產"},
    "ar": {"service-level-production": r"الإنتاج"},
    "he": {"service-level-production": r"ייצור"},
    "ru": {"service-level-production": r"[Пп]роизводств"},
}
# The glossary language of each channel's locale code, where the two differ.
LANGUAGE_OF = {("email", "es-ES"): "es"}


def _entries(locale):
    """(source file, Message or Term) for every entry of one channel's locale."""
    parser = FluentParser()
    for source, text in zip(locale.sources, locale.ftl):
        for entry in parser.parse(text).body:
            if isinstance(entry, (ast.Message, ast.Term)):
                yield source, entry


def _terms(locale):
    return {entry.id.name: entry for _, entry in _entries(locale) if isinstance(entry, ast.Term)}


def test_every_locale_of_every_channel_has_the_whole_glossary(catalog):
    for (channel, code), locale in catalog.locales.items():
        missing = [t for t in TERMS if t not in _terms(locale)]
        assert not missing, f"{channel}/{code} lacks glossary terms {missing}: add them to its glossary.ftl"


def test_the_web_and_the_email_of_one_language_share_one_glossary(catalog, translator):
    email_to_web = {"es-ES": "es"}
    for code in catalog.locale_codes("email"):
        web_code = email_to_web.get(code, code)
        assert catalog.locale("web", web_code), f"email/{code} has no web counterpart {web_code}"
        for term in TERMS:
            probe = f"{{ -{term} }} / {{ -{term}(form: \"inline\") }}"
            assert _render(catalog, "email", code, probe) == _render(catalog, "web", web_code, probe), \
                f"-{term} differs between email/{code} and web/{web_code}"


def _render(catalog, channel, code, pattern):
    from fluent.runtime import FluentBundle, FluentResource

    bundle = FluentBundle([code], use_isolating=False)
    for text in catalog.locale(channel, code).ftl:
        bundle.add_resource(FluentResource(text))
    bundle.add_resource(FluentResource(f"glossary-probe = {pattern}\n"))
    text, errors = bundle.format_pattern(bundle.get_message("glossary-probe").value, {})
    assert not errors, f"{channel}/{code}: {errors}"
    return text


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


def _messages(locale):
    """{message id: (source file, text, term ids)} of one channel's locale."""
    found = {}
    for source, entry in _entries(locale):
        if isinstance(entry, ast.Message):
            patterns = [entry.value, *(a.value for a in entry.attributes)]
            walked = [_walk(p) for p in patterns if p]
            found[entry.id.name] = (source, " ".join(t for t, _ in walked), set().union(*(f for _, f in walked)))
    return found


def test_english_names_every_glossary_concept_through_its_term(catalog):
    problems = []
    for channel in ("web", "email"):
        for message_id, (source, text, _) in sorted(_messages(catalog.locale(channel, "en")).items()):
            for term, spelling in ENGLISH_SPELLINGS.items():
                if re.search(spelling, text, re.IGNORECASE):
                    problems.append(f"{source}: {message_id} spells '{spelling}' itself; use {{ -{term} }}")
    assert not problems, "\n".join(problems)


def test_every_translation_uses_the_terms_its_english_message_uses(catalog):
    problems = []
    for (channel, code), locale in catalog.locales.items():
        english = _messages(catalog.locale(channel, "en"))
        for message_id, (source, _, terms) in sorted(_messages(locale).items()):
            wanted = english.get(message_id, (None, None, set()))[2]
            for term in sorted(wanted - terms):
                problems.append(f"{source} ({channel}/{code}): {message_id} must name the concept with "
                                f"{{ -{term} }} as the English message does")
    assert not problems, "\n".join(problems)


def test_no_channel_spells_a_concept_the_other_way(catalog):
    problems = []
    for (channel, code), locale in catalog.locales.items():
        language = LANGUAGE_OF.get((channel, code), code)
        for message_id, (source, text, _) in sorted(_messages(locale).items()):
            for term, spelling in FORBIDDEN.get(language, {}).items():
                if re.search(spelling, text):
                    problems.append(f"{source} ({channel}/{code}): {message_id} spells {term} as "
                                    f"'{re.search(spelling, text).group(0)}'; use {{ -{term} }}")
        for term, entry in _terms(locale).items():
            text, _ = _walk(entry.value)
            for concept, spelling in FORBIDDEN.get(language, {}).items():
                assert not re.search(spelling, text), f"-{term} in {channel}/{code} uses the rejected '{spelling}'"
    assert not problems, "\n".join(problems)
