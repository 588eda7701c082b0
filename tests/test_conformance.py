"""Every payment plugin under plugins/payments/ passes the conformance kit, and
a broken plugin fails it with a message naming what is wrong.

The kit's test classes are built here exactly as a plugin author writes one
(``class TestX(PaymentPluginConformance): plugin = ...``), one per plugin
distribution, from the entry point its pyproject.toml declares; each plugin
declares its sandbox's inputs itself (``conformance``) or inherits them from
the core helper it is built on.
"""

from __future__ import annotations

import importlib
import textwrap
import tomllib

from core import hookspecs
from core.testing import PaymentPluginConformance
from tests.conftest import ROOT

pytest_plugins = ["pytester"]
QUIET = ("-o", "asyncio_default_fixture_loop_scope=function")  # the inner run has no pyproject of ours


def shipped_payment_plugins():
    """(entry point name, plugin, module) for every distribution under plugins/payments/."""
    for pyproject in sorted((ROOT / "plugins" / "payments").glob("*/pyproject.toml")):
        entry_points = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["entry-points"]
        for name, target in entry_points["online_renewal"].items():
            module_name, _, attribute = target.partition(":")
            module = importlib.import_module(module_name)
            yield name, (getattr(module, attribute) if attribute else module), module


for _name, _plugin, _module in shipped_payment_plugins():
    globals()[f"TestConformance_{_name}"] = type(f"TestConformance_{_name}", (PaymentPluginConformance,), {
        "plugin": _plugin, "module": _module})


def test_every_shipped_payment_plugin_is_under_the_kit():
    names = {name for name, _, _ in shipped_payment_plugins()}
    assert {"cards", "ideal", "alipay", "webmoney", "wire_transfer", "check", "paypal", "paynearme"} <= names
    assert all(f"TestConformance_{name}" in globals() for name in names)


BROKEN_PLUGIN = '''
import itertools
from core.hookspecs import hookimpl
from core.model import AuthorizationResult, PaymentMethod
from core.testing import Conformance, InstantSamples

_serial = itertools.count(1)

@hookimpl
def register_payment_methods(register):
    register(PaymentMethod(id="brokenpay", kind="wallet", flow="instant"))

@hookimpl
def authorize_payment(request):
    if request.method_id != "brokenpay":
        return None
    if request.token == "ok":  # answers anew every time: no idempotency
        return AuthorizationResult(status="approved", processor_reference=f"BRK-{next(_serial)}",
                                   processed_amount=request.amount, processed_currency=request.currency)
    if request.token == "no":
        return AuthorizationResult(status="declined", unified_code="do_not_honor")
    return AuthorizationResult(status="error", unified_code="processor_unavailable")

conformance = Conformance(instant=(InstantSamples(method_id="brokenpay", approve="ok", decline="no", error="err"),))
'''


def test_a_broken_plugin_fails_the_kit_naming_what_is_wrong(pytester):
    pytester.makepyfile(brokenpay=BROKEN_PLUGIN)
    pytester.makepyfile(test_brokenpay=textwrap.dedent("""
        import brokenpay
        from core.testing import PaymentPluginConformance

        class TestBrokenpay(PaymentPluginConformance):
            plugin = brokenpay
    """))
    result = pytester.runpytest_inprocess("-p", "core.testing.conformance", "-p", "no:cacheprovider", *QUIET)
    outcomes = result.parseoutcomes()
    janitor = hasattr(hookspecs, "payment_status")  # its check fails too: the plugin does not implement it
    assert outcomes["failed"] == 3 + janitor, result.stdout.str()
    output = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*TestBrokenpay.test_every_needed_message_exists_in_english*",
        "Messages missing in English: payment-method-brokenpay (web), payment-method-brokenpay (email).*",
        "*TestBrokenpay.test_instant_replay_answers_the_same_and_charges_once*",
        "brokenpay: authorize_payment is not idempotent: the same idempotency_key answered*",
        "*TestBrokenpay.test_instant_reused_key_for_another_payment_is_refused*",
        "brokenpay: an idempotency_key reused for a different payment answered (status=approved*",
    ])
    assert "translation coverage and untested methods (conformance kit)" in output
    assert "brokenpay (web): 0 of" in output
    assert "Traceback" not in output


def test_a_plugin_without_declared_inputs_is_told_how_to_declare_them(pytester):
    pytester.makepyfile(test_bare=textwrap.dedent("""
        from core.hookspecs import hookimpl
        from core.model import PaymentMethod
        from core.testing import PaymentPluginConformance

        class Bare:
            @hookimpl
            def register_payment_methods(self, register):
                register(PaymentMethod(id="bare", kind="wallet", flow="instant"))

        class TestBare(PaymentPluginConformance):
            plugin = Bare()
    """))
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-k", "registration", *QUIET)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*Bare declares no conformance inputs: set `conformance = Conformance(...)`*"])
