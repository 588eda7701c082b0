"""One glossary per language: every channel spells a payment or contract concept the
same way, because every message naming it uses the shared Fluent term.

A failure names the channel, locale, file and message id to fix.
"""

from __future__ import annotations

from fluent.syntax import FluentParser, ast

TERMS = ("service-level-basic", "service-level-production", "term", "list-price", "reinstatement-fee",
         "fx-surcharge", "subtotal", "total", "seller", "quote", "renewal", "partner")


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
        if catalog.locale("web", web_code) is None:
            continue
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
