"""Operator-facing text (CLI, logs, config errors), rendered from Fluent.

Customer-facing text comes from locale plugins instead; this bundle is the
core's own, for people running the platform.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

_SAFE_PLACEABLE = 1000
_RESOURCE = Path(__file__).parent / "messages" / "operator.ftl"


@cache
def _bundle() -> FluentBundle:
    bundle = FluentBundle(["en"], use_isolating=False)
    bundle.add_resource(FluentResource(_RESOURCE.read_text(encoding="utf-8")))
    return bundle


def operator_text(message_id: str, **arguments: Any) -> str:
    bundle = _bundle()
    message = bundle.get_message(message_id)
    if message is None or message.value is None:
        raise KeyError(f"operator message {message_id!r} missing from {_RESOURCE.name}")
    values = {k: _plain(v) for k, v in arguments.items()}
    # fluent.runtime refuses a placeable over 2,500 characters (a guard against message-reference
    # bombs): a list of 100 bad rows or a 5,000-character cell is our own text, so it is put in
    # after formatting instead of failing the message that reports it
    long = {f"\x00{k}\x00": v for k, v in values.items() if isinstance(v, str) and len(v) > _SAFE_PLACEABLE}
    text, errors = bundle.format_pattern(message.value, {k: f"\x00{k}\x00" if f"\x00{k}\x00" in long else v
                                                         for k, v in values.items()})
    if errors:
        raise ValueError(f"operator message {message_id!r}: {errors}")
    for marker, value in long.items():
        text = text.replace(marker, value)
    return text


def _plain(value: Any) -> Any:
    """Counts stay numbers (plural selectors); everything else is passed as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return str(value)
