"""The conformance kit's pytest plugin: ``pytest -p core.testing.conformance``, or
``pytest_plugins = ["core.testing.conformance"]`` in a plugin's conftest.py.

It prints, after the run, the translation coverage the kit measured, one
line per method and channel, so a missing translation is reported (never
failed) the same way for every plugin, whether it ships no translation or some.
"""

from __future__ import annotations

from core.testing.kit import REPORT


def pytest_report_header(config) -> str:
    return "online-renewal conformance kit: core.testing.PaymentPluginConformance"


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not REPORT:
        return
    terminalreporter.section("translation coverage and untested methods (conformance kit)")
    for line in dict.fromkeys(REPORT):
        terminalreporter.write_line(line)
