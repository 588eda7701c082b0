"""The forms and JSON bodies of the checkout, as msgspec structs.

Form fields arrive as text; every value is checked against what the
catalog and price list offer before it is used, and a bad one is answered
with a localized message linked to its field, never a traceback.
"""

from __future__ import annotations

import msgspec


class OptionsForm(msgspec.Struct, frozen=True):
    level: str = ""
    term: str = ""
    action: str = "continue"


class CurrencyForm(msgspec.Struct, frozen=True):
    currency: str = ""
    action: str = "continue"


class MethodForm(msgspec.Struct, frozen=True):
    method: str = ""


# --- JSON API ----------------------------------------------------------------


class StartSession(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    token: str


class OptionsRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    upgrade_level: str | None = None
    term_years: int | None = None


class CurrencyRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    currency: str


class MethodRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    method: str


class Choice(msgspec.Struct, frozen=True):
    value: str
    label: str
    current: bool = False
    checked: bool = False
    hint: str | None = None
    button: str | None = None  # what the step's button says once this is chosen (payment methods)
    kind: str | None = None  # a payment method's kind: card, bank, wallet ... (the card-security note is for cards)


class ProblemDetail(msgspec.Struct, frozen=True):
    field: str
    message: str


class Problem(msgspec.Struct, frozen=True):
    """A JSON error: what was wrong, per field, in the page language."""

    status: int
    title: str
    problems: tuple[ProblemDetail, ...] = ()


class PayForm(msgspec.Struct, frozen=True):
    attempt: str = ""
