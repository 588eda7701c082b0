"""A progress bar for long imports, on a terminal only (scripts and logs get the report alone)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from core.operator_text import operator_text


@contextmanager
def import_progress(total: int) -> Iterator[Callable[[int], None]]:
    """Yields ``advance(count)``; draws a bar on stderr when it is a terminal and the work is big."""
    console = Console(stderr=True)
    if not console.is_terminal or total < 1000:
        yield lambda count: None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task(operator_text("import-progress"), total=total)
        yield lambda count: bar.advance(task, count)
