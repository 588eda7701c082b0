"""Human tables by default, JSON for machines; errors as one readable message."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import wraps
from typing import Any

import click
import msgspec
from rich.console import Console
from rich.table import Table

from core.errors import RenewalError
from core.operator_text import operator_text


def emit_json(value: Any) -> None:
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(value).decode(), indent=2) + "\n")


def emit_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    table = Table(*columns, title=title, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=max(console.width, 240))
    console.print(table)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return operator_text("cli-yes" if value else "cli-no")
    if value is None:
        return "-"
    if isinstance(value, (list, tuple, frozenset, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def friendly_errors(command: Callable) -> Callable:
    """Turn a RenewalError into its message on stderr and exit status 2, never a traceback."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RenewalError as error:
            click.echo(str(error), err=True)
            sys.exit(2)

    return run


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_YEAR, LAST_YEAR = 1990, 2200


class DateParam(click.ParamType):
    """YYYY-MM-DD, within the years a renewal can concern."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> date:
        if isinstance(value, date):
            return value
        try:
            if not _ISO_DATE.match(str(value)):
                raise ValueError
            parsed = date.fromisoformat(value)
        except ValueError:
            self.fail(operator_text("cli-bad-date", value=str(value)), param, ctx)
        if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            self.fail(operator_text("cli-date-range", value=str(value), first=str(FIRST_YEAR),
                                    last=str(LAST_YEAR)), param, ctx)
        return parsed


class CodeParam(click.ParamType):
    """A country or currency code, upper-cased."""

    def __init__(self, length: int, name: str) -> None:
        self.length = length
        self.name = name

    def convert(self, value: Any, param: Any, ctx: Any) -> str:
        text = str(value).strip().upper()
        if len(text) != self.length or not text.isascii() or not text.isalpha():
            self.fail(operator_text("cli-bad-code", value=str(value), length=self.length, kind=self.name),
                      param, ctx)
        return text


DATE = DateParam()
COUNTRY = CodeParam(2, "country")
CURRENCY = CodeParam(3, "currency")


def checked_base_url(ctx: Any, param: Any, value: str | None) -> str | None:
    """``--base-url``: an http(s) address with a host, or a link printed or mailed to a customer is broken."""
    from core.links import is_base_url

    if value is not None and not is_base_url(value):
        raise click.BadParameter(operator_text("cli-bad-base-url", value=value))
    return value
