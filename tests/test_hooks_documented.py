"""Keep the hook surface honest: every hook is in the authors' guide with its
exact signature, and has a test of its own named ``test_hook_<name>``."""

from __future__ import annotations

import inspect
import re

import pytest

from core import hookspecs
from core.plugins import get_plugin_manager
from tests.conftest import ROOT

HOOKS = sorted(name for name in dir(get_plugin_manager(load_entry_points=False).hook) if not name.startswith("_"))
GUIDE = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
TEST_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))


def test_the_spec_module_defines_the_hooks_later_issues_need():
    assert {"register_payment_methods", "register_currencies", "register_regions", "register_price_lists",
            "register_locales", "tokenize_card", "authorize_payment", "offline_instructions",
            "settle_offline_payment"} <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_signature(hook):
    arguments = ", ".join(inspect.signature(getattr(hookspecs, hook)).parameters)
    assert f"### {hook}({arguments})" in GUIDE, f"docs/plugins.md lacks '### {hook}({arguments})'"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test_of_its_own(hook):
    assert re.search(rf"def test_hook_{hook}\b", TEST_SOURCES), f"no test named test_hook_{hook}"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_spec_docstring_says_when_it_is_called(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert doc.startswith("Called"), hook
    firstresult = getattr(hookspecs, hook).online_renewal_spec["firstresult"]
    assert ("Stops at first non-None result" in doc) == firstresult


def test_the_core_names_no_concrete_method_country_or_language():
    """Names of methods, countries and locales appear only in plugins (and operator text)."""
    words = r"\b(visa|mastercard|ideal|paypal|alipay|webmoney|carte_bancaire|es-419|pt-BR|zh-Hans)\b"
    for path in (ROOT / "core").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        code = re.sub(r'""".*?"""', "", source, flags=re.S)  # docstrings may give examples
        code = re.sub(r"#.*", "", code)
        assert not re.search(words, code), f"{path.relative_to(ROOT)} names a concrete method or locale"
