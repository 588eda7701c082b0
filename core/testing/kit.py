"""The conformance kit: the checks every payment plugin passes, as a base test class.

Subclass :class:`PaymentPluginConformance` in a test module, name the plugin
object (what the entry point names) and, unless the plugin declares it
itself, its :class:`~core.testing.inputs.Conformance` inputs::

    from core.testing import PaymentPluginConformance
    import renewal_payment_bancontact as under_test

    class TestBancontact(PaymentPluginConformance):
        plugin = under_test.plugin
        conformance = under_test.conformance

Each check talks to the plugin only through the hooks the checkout calls
(``register_payment_methods``, ``tokenize_card``, ``authorize_payment``,
``offline_instructions``, ``settle_offline_payment``) on a plugin manager
holding nothing else, so a pass means the checkout can use it. A failure says
which method, which input, what came back, and what to change. The pattern is
pandas' extension-array base tests: the core owns the checks, the plugin its
inputs.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.metadata
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

import pluggy
import pytest
from fluent.runtime import FluentBundle, FluentResource

from core import hookspecs
from core import model as core_model
from core.coverage import message_ids, method_messages
from core.model import (
    AuthorizationRequest,
    AuthorizationResult,
    LocaleResource,
    OfflineInstructions,
    OfflineRequest,
    PaymentMethod,
    SettlementNotice,
    SettlementResult,
    TokenizeRequest,
)
from core.plugins import get_plugin_manager
from core.testing.inputs import CardDetails, Conformance, InstantSamples, OfflineSamples, Sample, declared_conformance

ENGLISH = "en"
NOT_OWNED = "conformance-kit-unknown-method"
_METHOD_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
REPORT: list[str] = []  # translation coverage lines; the pytest plugin prints them at the end


@dataclass
class UnderTest:
    """The plugin on a manager of its own, and what it registered."""

    pm: pluggy.PluginManager
    methods: dict[str, PaymentMethod]
    inputs: Conformance
    registered: list[object] = field(default_factory=list)


def fail(text: str) -> None:
    """Fail with the kit's message only: the author needs what is wrong, not the kit's traceback."""
    pytest.fail(text, pytrace=False)


class PaymentPluginConformance:
    """Base class of a payment plugin's conformance tests (see the module docstring)."""

    plugin: object = None
    module: object = None
    conformance: Conformance | None = None

    # -- set-up --------------------------------------------------------------

    @pytest.fixture(autouse=True)
    def _under_test(self, tmp_path):
        if self.plugin is None:
            fail(f"{type(self).__name__} names no plugin: set `plugin = <what your entry point names>`.")
        inputs = self.conformance or declared_conformance(self.plugin, self.module)
        if inputs is None:
            fail(f"{_name(self.plugin)} declares no conformance inputs: set `conformance = Conformance(...)` "
                 "beside the plugin (core.testing.Conformance: which tokens or test cards the sandbox approves, "
                 "declines and fails with); see docs/plugins.md, 'Testing your plugin'.")
        try:
            pm = get_plugin_manager(load_entry_points=False, extra_plugins=[self.plugin])
        except pluggy.PluginValidationError as error:
            fail(f"{_name(self.plugin)} does not match the hook specifications: {error}. "
                 "Hook implementations take exactly the argument names of core/hookspecs.py.")
        registered: list[object] = []
        pm.hook.register_payment_methods(register=registered.append)
        methods = {m.id: m for m in registered if isinstance(m, PaymentMethod)}
        _bind_sqlite(tmp_path / "conformance.sqlite")
        if inputs.reset is not None:
            inputs.reset()
        self.kit = UnderTest(pm=pm, methods=methods, inputs=inputs, registered=registered)
        yield

    # -- registration --------------------------------------------------------

    def test_registration_is_valid(self):
        kit = self.kit
        if not kit.registered:
            fail(f"{_name(self.plugin)} registers no payment method: implement register_payment_methods "
                 "and call register(PaymentMethod(...)).")
        problems = []
        for item in kit.registered:
            if not isinstance(item, PaymentMethod):
                problems.append(f"registered a {type(item).__name__}, not a core.model.PaymentMethod")
                continue
            problems += [f"method {item.id!r}: {p}" for p in _method_problems(item)]
        if len(kit.methods) != len([m for m in kit.registered if isinstance(m, PaymentMethod)]):
            problems.append("registers the same method id twice")
        if problems:
            fail("Invalid registration:\n  - " + "\n  - ".join(problems))

    def test_every_method_has_a_processor_for_its_flow(self):
        missing = []
        for method in self.kit.methods.values():
            hooks = ("authorize_payment",) if method.flow == "instant" else ("offline_instructions",
                                                                             "settle_offline_payment")
            for hook in hooks:
                if not getattr(self.kit.pm.hook, hook).get_hookimpls():
                    missing.append(f"{method.id!r} is {method.flow} but the plugin implements no {hook}")
        if missing:
            fail("No processor: " + "; ".join(missing) + ". Implement the hook (core.payments.RedirectSandbox "
                 "or OfflineMethod do it for you), or the checkout cannot take the payment.")

    def test_samples_cover_every_flow_it_processes(self):
        declared = {s.method_id for s in (*self.kit.inputs.instant, *self.kit.inputs.offline)}
        unknown = sorted(declared - self.kit.methods.keys())
        if unknown:
            fail(f"The conformance inputs name {', '.join(unknown)}, which the plugin does not register "
                 f"(it registers {', '.join(sorted(self.kit.methods)) or 'nothing'}).")
        unexercised = sorted(self.kit.methods.keys() - declared)
        if unexercised:
            REPORT.append(f"{_name(self.plugin)}: no sandbox inputs for {', '.join(unexercised)} "
                          "(registration and messages checked, payments not)")
        for flow, samples in (("instant", self.kit.inputs.instant), ("offline", self.kit.inputs.offline)):
            if any(m.flow == flow for m in self.kit.methods.values()) and not samples:
                fail(f"The plugin registers {flow} methods but its Conformance declares no "
                     f"{'InstantSamples' if flow == 'instant' else 'OfflineSamples'}, so the kit cannot "
                     "exercise its sandbox.")

    # -- messages ------------------------------------------------------------

    def test_every_needed_message_exists_in_english(self):
        english = _english_ids(self.plugin, self.module)
        missing = []
        for method in self.kit.methods.values():
            for channel, ids in method_messages(method, english).items():
                missing += [f"{ident} ({channel})" for ident in ids if ident not in english.get(channel, ())]
        if missing:
            fail("Messages missing in English: " + ", ".join(missing) + ". Ship them in your package's "
                 "ftl/en/*.ftl for each channel and register them with register_locales "
                 "(core.locale_files.package_resources); the checkout names the method with "
                 "payment-method-<id> and shows offline-instructions-<id> after an offline order.")

    def test_translation_coverage_is_reported(self):
        """Never fails on a missing translation: reports it, the same way whether the plugin ships none or some."""
        ids_by_locale = _ids_by_locale(self.plugin, self.module)
        english = _english_ids(self.plugin, self.module)
        for method in sorted(self.kit.methods.values(), key=lambda m: m.id):
            for channel, ids in method_messages(method, english).items():
                codes = sorted(code for ch, code in ids_by_locale if ch == channel) or [ENGLISH]
                gaps = [code for code in codes if set(ids) - ids_by_locale.get((channel, code), set())]
                REPORT.append(f"{method.id} ({channel}): {len(codes) - len(gaps)} of {len(codes)} locales "
                              f"complete; missing in: {', '.join(gaps) or '-'}")

    # -- instant methods -----------------------------------------------------

    def test_instant_approve(self):
        for sample in self._instant():
            answer = self._authorize(sample, sample.approve, "approve")
            if answer.status != "approved":
                fail(f"{sample.method_id}: the approve input {_show(sample.approve)} answered {answer.status} "
                     f"({answer.unified_code}); expected approved.")
            if answer.processed_amount != sample.amount or answer.processed_currency != self._currency(sample):
                fail(f"{sample.method_id}: approved but processed_amount/processed_currency are "
                     f"{answer.processed_amount} {answer.processed_currency}, expected {sample.amount} "
                     f"{self._currency(sample)}: record what was actually charged.")
            if not answer.processor_reference:
                fail(f"{sample.method_id}: approved without a processor_reference; refunds and support need it.")

    def test_instant_decline(self):
        for sample in self._instant():
            answer = self._authorize(sample, sample.decline, "decline")
            if answer.status != "declined" or not answer.unified_code:
                fail(f"{sample.method_id}: the decline input {_show(sample.decline)} answered {answer.status} "
                     f"with unified_code {answer.unified_code!r}; expected declined with a unified_code.")
            if answer.processed_amount:
                fail(f"{sample.method_id}: a decline reports processed_amount {answer.processed_amount}; "
                     "nothing was charged, leave it None.")

    def test_instant_processor_error(self):
        for sample in self._instant():
            answer = self._authorize(sample, sample.error, "error")
            if answer.status != "error" or not answer.unified_code:
                fail(f"{sample.method_id}: the error input {_show(sample.error)} answered {answer.status} with "
                     f"unified_code {answer.unified_code!r}; expected error with a unified_code (an answer the "
                     "processor could not give is not a decline).")

    def test_instant_replay_answers_the_same_and_charges_once(self):
        charges = self.kit.inputs.charges
        for sample in self._instant():
            request = self._request(sample, self._token(sample, sample.approve), "replay")
            before = len(charges()) if charges else None
            first = self._call("authorize_payment", request=request)
            second = self._call("authorize_payment", request=request)
            if first != second:
                fail(f"{sample.method_id}: authorize_payment is not idempotent: the same idempotency_key "
                     f"answered {_answer(first)} then {_answer(second)}, so a retried request would charge "
                     "twice. Keep the first answer per key (core.payments.IdempotentAnswers).")
            if charges is not None and len(charges()) - before != 1:
                fail(f"{sample.method_id}: one payment sent twice with the same idempotency_key made "
                     f"{len(charges()) - before} charges; it must make exactly one.")

    def test_instant_reused_key_for_another_payment_is_refused(self):
        charges = self.kit.inputs.charges
        for sample in self._instant():
            token = self._token(sample, sample.approve)
            request = self._request(sample, token, "reused")
            self._call("authorize_payment", request=request)
            before = len(charges()) if charges else None
            other = AuthorizationRequest(**{**_fields(request), "amount": request.amount + Decimal("1"),
                                            "order_reference": request.order_reference + "-OTHER"})
            answer = self._call("authorize_payment", request=other)
            if answer.status != "error" or answer.unified_code != "idempotency_key_reused":
                fail(f"{sample.method_id}: an idempotency_key reused for a different payment answered "
                     f"{_answer(answer)}; expected status error, unified_code idempotency_key_reused "
                     "(core.payments.IdempotentAnswers does this).")
            if charges is not None and len(charges()) != before:
                fail(f"{sample.method_id}: a reused idempotency_key charged again.")

    def test_instant_payment_status_tells_what_became_of_a_payment(self):
        """The janitor's question (payment_status hook, once the platform has it): answers without charging."""
        status_request = getattr(core_model, "PaymentStatusRequest", None)
        if status_request is None or not hasattr(self.kit.pm.hook, "payment_status"):
            pytest.skip("this platform version has no payment_status hook")
        charges = self.kit.inputs.charges
        for sample in self._instant():
            if not self.kit.pm.hook.payment_status.get_hookimpls():
                fail(f"{sample.method_id}: the plugin implements no payment_status, so a payment left in doubt "
                     "(a time-out, a redirect never returned) can never be reconciled; answer paid, failed or "
                     "unknown from what the processor kept for the idempotency key.")
            for purpose, value, expected in (("status-approve", sample.approve, "paid"),
                                             ("status-decline", sample.decline, "failed")):
                request = self._request(sample, self._token(sample, value), purpose)
                answer = self._call("authorize_payment", request=request)
                before = len(charges()) if charges else None
                status = self._call("payment_status", request=status_request(
                    method_id=sample.method_id, attempt_id=f"kit-{purpose}", idempotency_key=request.idempotency_key,
                    order_reference=request.order_reference, amount=request.amount, currency=request.currency,
                    token=request.token, processor_reference=answer.processor_reference))
                if getattr(status, "status", None) != expected:
                    fail(f"{sample.method_id}: after {_answer(answer)}, payment_status answered {_answer(status)}; "
                         f"expected {expected}.")
                if expected == "paid" and (status.processed_amount, status.processed_currency) != (
                        answer.processed_amount, answer.processed_currency):
                    fail(f"{sample.method_id}: payment_status says paid {status.processed_amount} "
                         f"{status.processed_currency}, but the payment charged {answer.processed_amount} "
                         f"{answer.processed_currency}.")
                if charges is not None and len(charges()) != before:
                    fail(f"{sample.method_id}: payment_status charged; it must only ask.")

    def test_methods_it_does_not_own_get_none(self):
        today = date.today()
        calls = {
            "tokenize_card": {"request": TokenizeRequest(method_id=NOT_OWNED, number="4242424242424242",
                                                         expiry_month=12, expiry_year=today.year + 2, cvc="123",
                                                         holder="Kit")},
            "authorize_payment": {"request": AuthorizationRequest(
                method_id=NOT_OWNED, token="kit-token", amount=Decimal("1.00"), currency="USD",
                order_reference="KIT-NONE", idempotency_key="kit-none")},
            "offline_instructions": {"request": OfflineRequest(
                method_id=NOT_OWNED, order_reference="KIT-NONE", amount=Decimal("1.00"), currency="USD",
                country="US", seller=self.kit.inputs.sellers[0])},
            "settle_offline_payment": {"notice": SettlementNotice(
                method_id=NOT_OWNED, payment_reference="RN-KITNONE-00", amount=Decimal("1.00"), currency="USD",
                received_on=today, expected_amount=Decimal("1.00"), expected_currency="USD")},
        }
        status_request = getattr(core_model, "PaymentStatusRequest", None)
        if status_request is not None and hasattr(self.kit.pm.hook, "payment_status"):
            calls["payment_status"] = {"request": status_request(
                method_id=NOT_OWNED, attempt_id="kit-none", idempotency_key="kit-none", order_reference="KIT-NONE",
                amount=Decimal("1.00"), currency="USD")}
        answered = [hook for hook, kwargs in calls.items() if self._call(hook, **kwargs) is not None]
        if answered:
            fail(f"{', '.join(answered)} answered for a method the plugin does not own; processing hooks are "
                 "firstresult: return None unless request.method_id is one of yours, or you hide other plugins.")

    # -- offline methods -----------------------------------------------------

    def test_offline_instructions_for_each_seller(self):
        bundle = _english_bundle(self.plugin, self.module)
        for sample in self._offline():
            method = self.kit.methods[sample.method_id]
            for seller in self.kit.inputs.sellers:
                request = self._offline_request(sample, seller)
                answer = self._call("offline_instructions", request=request)
                where = f"{sample.method_id} for seller {seller!r}"
                if not isinstance(answer, OfflineInstructions):
                    fail(f"{where}: offline_instructions returned {answer!r}, not OfflineInstructions.")
                if answer.method_id != method.id or not answer.payment_reference:
                    fail(f"{where}: instructions need method_id {method.id!r} and a payment_reference the "
                         f"customer quotes (core.settlement.payment_reference); got {answer!r}.")
                expected = f"offline-instructions-{method.id}"
                if answer.message_id != expected and not answer.message_id.startswith(expected + "-"):
                    fail(f"{where}: message_id is {answer.message_id!r}; the checkout and emails render "
                         f"{expected!r} or a variant {expected + '-<variant>'!r}.")
                english = _english_ids(self.plugin, self.module)
                lacking = [channel for channel in ("web", "email") if answer.message_id not in english.get(channel, ())]
                if lacking:
                    fail(f"{where}: the instructions' message {answer.message_id!r} is missing in English "
                         f"({', '.join(lacking)}); ship it in ftl/<channel>/en/.")
                if not all(isinstance(v, str) for v in answer.arguments.values()):
                    fail(f"{where}: every argument must be text already formatted; got {answer.arguments!r}.")
                if answer.expires_in_days is None or answer.expires_in_days <= 0:
                    fail(f"{where}: expires_in_days is {answer.expires_in_days!r}; say how long the order waits.")
                _render(bundle, answer.message_id, {**answer.arguments, "amount": f"{request.amount} {request.currency}",
                                           "reference": answer.payment_reference,
                                           "due_date": (date.today() + timedelta(days=answer.expires_in_days))
                                           .isoformat()}, where)

    def test_offline_settlement_of_exact_short_and_over_amounts(self):
        for sample in self._offline():
            reference = self._reference(sample)
            expected = {Decimal("0"): ("settled", None), Decimal("-0.01"): ("underpaid", "amount_short"),
                        Decimal("10.00"): ("settled", None)}
            for delta, (status, reason) in expected.items():
                notice = self._notice(sample, reference, sample.amount + delta)
                answer = self._call("settle_offline_payment", notice=notice)
                if not isinstance(answer, SettlementResult) or answer.status != status or answer.reason != reason:
                    fail(f"{sample.method_id}: receiving {notice.amount} of {notice.expected_amount} "
                         f"{notice.currency} answered {_answer(answer)}; expected status {status}"
                         f"{f', reason {reason}' if reason else ''} (core.settlement.settle).")
                if answer.settled_amount != notice.amount:
                    fail(f"{sample.method_id}: settled_amount must record what arrived ({notice.amount}), "
                         f"got {answer.settled_amount}.")

    def test_offline_settlement_replay_answers_the_same(self):
        for sample in self._offline():
            notice = self._notice(sample, self._reference(sample), sample.amount)
            first = self._call("settle_offline_payment", notice=notice)
            second = self._call("settle_offline_payment", notice=notice)
            if first != second:
                fail(f"{sample.method_id}: the same settlement notice answered {_answer(first)} then "
                     f"{_answer(second)}; a replayed notice must get the same answer.")

    # -- helpers -------------------------------------------------------------

    def _instant(self) -> tuple[InstantSamples, ...]:
        samples = tuple(s for s in self.kit.inputs.instant if s.method_id in self.kit.methods)
        if not samples:
            pytest.skip("no instant method declared in the plugin's Conformance")
        return samples

    def _offline(self) -> tuple[OfflineSamples, ...]:
        samples = tuple(s for s in self.kit.inputs.offline if s.method_id in self.kit.methods)
        if not samples:
            pytest.skip("no offline method declared in the plugin's Conformance")
        return samples

    def _call(self, hook: str, **kwargs):
        answer = getattr(self.kit.pm.hook, hook)(**kwargs)
        if asyncio.iscoroutine(answer):
            answer.close()
            fail(f"{hook} is a coroutine function; processing hooks are firstresult and must answer "
                 "synchronously (a coroutine is never None, so it would hide every other plugin).")
        return answer

    def _currency(self, sample) -> str:
        method = self.kit.methods[sample.method_id]
        if sample.currency:
            return sample.currency
        return "USD" if not method.currencies or "USD" in method.currencies else sorted(method.currencies)[0]

    def _token(self, sample: InstantSamples, value: Sample) -> str:
        if not isinstance(value, CardDetails):
            return value
        result = self._call("tokenize_card", request=TokenizeRequest(
            method_id=sample.method_id, number=value.number, expiry_month=value.expiry_month,
            expiry_year=value.expiry_year, cvc=value.cvc, holder=value.holder))
        if result is None or not result.token:
            fail(f"{sample.method_id}: tokenize_card refused the test card ****{value.number[-4:]} "
                 f"({getattr(result, 'error', None) or 'no answer'}); fix the card in the plugin's Conformance.")
        return result.token

    def _request(self, sample: InstantSamples, token: str, purpose: str) -> AuthorizationRequest:
        order = f"KIT-{sample.method_id}-{purpose}".upper()
        return AuthorizationRequest(method_id=sample.method_id, token=token, amount=sample.amount,
                                    currency=self._currency(sample), order_reference=order,
                                    idempotency_key=f"kit-{sample.method_id}-{purpose}")

    def _authorize(self, sample: InstantSamples, value: Sample, purpose: str) -> AuthorizationResult:
        answer = self._call("authorize_payment", request=self._request(sample, self._token(sample, value), purpose))
        if not isinstance(answer, AuthorizationResult):
            fail(f"{sample.method_id}: authorize_payment returned {answer!r} for its own method; "
                 "return an AuthorizationResult.")
        return answer

    def _offline_request(self, sample: OfflineSamples, seller: str) -> OfflineRequest:
        method = self.kit.methods[sample.method_id]
        country = sample.country or (sorted(method.countries)[0] if method.countries else "US")
        return OfflineRequest(method_id=method.id, order_reference=f"KIT-{method.id}-1".upper(), amount=sample.amount,
                              currency=self._currency(sample), country=country, seller=seller)

    def _reference(self, sample: OfflineSamples) -> str:
        answer = self._call("offline_instructions", request=self._offline_request(sample, self.kit.inputs.sellers[0]))
        return answer.payment_reference if isinstance(answer, OfflineInstructions) else "RN-KIT-00"

    def _notice(self, sample: OfflineSamples, reference: str, amount: Decimal) -> SettlementNotice:
        currency = self._currency(sample)
        return SettlementNotice(method_id=sample.method_id, payment_reference=reference, amount=amount,
                                currency=currency, received_on=date.today(), expected_amount=sample.amount,
                                expected_currency=currency)


# -- module helpers -------------------------------------------------------------


def _method_problems(method: PaymentMethod) -> list[str]:
    problems = []
    if not _METHOD_ID.match(method.id):
        problems.append("id must be lower-case letters, digits and underscores (it becomes a Fluent id part)")
    if not method.kind:
        problems.append("kind is empty")
    problems += [f"country {c!r} is not an ISO alpha-2 code" for c in sorted(method.countries | method.excluded_countries)
                 if not _COUNTRY.match(c)]
    problems += [f"currency {c!r} is not an ISO 4217 code" for c in sorted(method.currencies) if not _CURRENCY.match(c)]
    for bound in (method.min_amount, method.max_amount):
        problems += [f"limit {c} {v!r} must be a Decimal" for c, v in bound.items() if not isinstance(v, Decimal)]
    for currency, low in method.min_amount.items():
        high = method.max_amount.get(currency)
        if high is not None and isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
            problems.append(f"min_amount {low} exceeds max_amount {high} in {currency}")
    if method.flow == "offline" and not method.offline_expiry_days:
        problems.append("an offline method needs offline_expiry_days (how long its orders wait)")
    return problems


@cache
def _installed_locale_plugins() -> tuple[tuple[str, object, object], ...]:
    """Installed entry-point plugins that register locales: (name, plugin, module)."""
    found = []
    for entry_point in importlib.metadata.entry_points(group=hookspecs.ENTRY_POINT_GROUP):
        try:
            plugin = entry_point.load()
        except Exception:  # a broken neighbour is the catalog check's business, not this plugin's
            continue
        if hasattr(plugin, "register_locales"):
            found.append((entry_point.name, plugin, entry_point.module))
    return tuple(found)


def _resources(plugin: object, module: object) -> list[LocaleResource]:
    """Fluent resources the plugin registers plus those of installed locale plugins (where labels usually live)."""
    found = list(_registered_resources(plugin))
    for _, other, other_module in _installed_locale_plugins():
        if other is not plugin and other_module != getattr(module, "__name__", None):
            found += _registered_resources(other)
    return found


@cache
def _registered_resources(plugin: object) -> tuple[LocaleResource, ...]:
    found: list[object] = []
    get_plugin_manager(load_entry_points=False, extra_plugins=[plugin]).hook.register_locales(register=found.append)
    return tuple(r for r in found if isinstance(r, LocaleResource))


def _ids_by_locale(plugin: object, module: object) -> dict[tuple[str, str], set[str]]:
    ids: dict[tuple[str, str], set[str]] = {}
    for resource in _resources(plugin, module):
        ids.setdefault((resource.channel, resource.code), set()).update(message_ids(resource.ftl))
    return {key: found for key, found in ids.items() if found}  # a locale with only terms has no page text


def _english_ids(plugin: object, module: object) -> dict[str, set[str]]:
    return {channel: ids for (channel, code), ids in _ids_by_locale(plugin, module).items() if code == ENGLISH}


def _english_bundle(plugin: object, module: object) -> FluentBundle:
    bundle = FluentBundle([ENGLISH], use_isolating=False)
    for resource in _resources(plugin, module):
        if resource.code == ENGLISH and resource.channel == "web":
            bundle.add_resource(FluentResource(resource.ftl), allow_overrides=True)
    return bundle


def _render(bundle: FluentBundle, message_id: str, arguments: dict[str, str], where: str) -> None:
    message = bundle.get_message(message_id) if bundle.has_message(message_id) else None
    if message is None or message.value is None:
        return  # reported by test_every_needed_message_exists_in_english
    _, errors = bundle.format_pattern(message.value, arguments)
    if errors:
        fail(f"{where}: the English {message_id} cannot be rendered with the instructions' arguments "
             f"({', '.join(sorted(arguments))}): {'; '.join(str(e) for e in errors)}.")


def _bind_sqlite(path) -> None:
    """A fresh SQLite database with every table for each check: sandboxes keep their tokens and
    answers in the platform database (core.plugin_state), so a check never sees another's state.
    The schema is built once per run and copied, which is much faster than creating tables."""
    from piccolo.engine.sqlite import SQLiteEngine

    from core.db import session

    shutil.copyfile(_empty_schema(), path)
    session.bind(SQLiteEngine(path=str(path)))


@cache
def _empty_schema() -> str:
    from piccolo.engine.sqlite import SQLiteEngine
    from piccolo.table import create_db_tables

    from core.db import session
    from core.db.tables import TABLES, create_unique_indexes

    folder = tempfile.mkdtemp(prefix="conformance-kit-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = os.path.join(folder, "schema.sqlite")
    session.bind(SQLiteEngine(path=path))

    async def create() -> None:
        await create_db_tables(*TABLES, if_not_exists=True)
        await create_unique_indexes()

    asyncio.run(create())
    return path


def _fields(struct) -> dict:
    return {name: getattr(struct, name) for name in struct.__struct_fields__}


def _name(plugin: object) -> str:
    return getattr(plugin, "__name__", None) or type(plugin).__name__


def _show(value: Sample) -> str:
    return f"card ****{value.number[-4:]}" if isinstance(value, CardDetails) else repr(value)


def _answer(answer) -> str:
    if answer is None:
        return "None"
    shown = {k: v for k, v in _fields(answer).items() if v is not None}
    return "(" + ", ".join(f"{k}={v}" for k, v in shown.items()) + ")"
