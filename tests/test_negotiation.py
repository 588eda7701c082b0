"""Picking the reader's language from Accept-Language or the language picker."""

from __future__ import annotations

import pytest

from core.i18n import parse_accept_language



@pytest.mark.parametrize(
    ("header", "web", "email"),
    [
        ("de-CH,de;q=0.9,en;q=0.5", "de", "de"),
        ("es-MX", "es", "es-419"),
        ("es-ES", "es", "es-ES"),
        ("es", "es", "es-ES"),
        ("pt-PT", "pt-PT", "pt-BR"),
        ("pt", "pt-BR", "pt-BR"),
        ("zh-TW", "zh-Hant", "en"),
        ("zh-CN", "zh-Hans", "zh-Hans"),
        ("zh", "zh-Hans", "zh-Hans"),
        ("no", "nb", "en"),
        ("iw", "he", "en"),
        ("sw, fr;q=0.4", "fr", "fr"),
        ("en;q=0.1, ja", "ja", "ja"),
        ("xx-YY, *", "en", "en"),
        ("", "en", "en"),
        ("de;q=0, it", "it", "it"),
        ("garbage;;;q=abc", "en", "en"),
    ],
)
def test_negotiation(translator, header, web, email):
    tags = parse_accept_language(header)
    assert translator.negotiate("web", tags) == web
    assert translator.negotiate("email", tags) == email
