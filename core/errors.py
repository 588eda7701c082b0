"""One application error; every subclass names a Fluent message id and its arguments.

``str(error)`` renders the operator message (core/messages/operator.ftl), so
the CLI and the web layer print the same text and no English lives in code.
"""

from __future__ import annotations

from typing import Any


class RenewalError(Exception):
    """Base of every error a person can act on."""

    message_id = "error-unexpected"

    def __init__(self, **arguments: Any) -> None:
        self.arguments = arguments
        super().__init__(self.message_id)

    def __str__(self) -> str:
        from core.operator_text import operator_text

        return operator_text(self.message_id, **self.arguments)


class PluginLoadError(RenewalError):
    message_id = "error-plugin-load"


class ConfigError(RenewalError):
    message_id = "error-config"


class CatalogError(RenewalError):
    """The assembled catalog has problems; ``problems`` lists them all."""

    message_id = "error-catalog"

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__(count=len(problems), details="\n".join(f"  - {p.text}" for p in problems))


class UnknownCountry(RenewalError):
    message_id = "error-unknown-country"


class UnknownCurrency(RenewalError):
    message_id = "error-unknown-currency"
