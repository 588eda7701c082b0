"""``renewals plugins`` as a group: the listing (unchanged) and ``new`` (the scaffold)."""

from __future__ import annotations

from pathlib import Path

import click
from fluent.syntax import FluentParser, FluentSerializer, ast

from core.catalog import BASE_LOCALE
from core.cli.catalog import plugins as list_plugins
from core.cli.output import friendly_errors
from core.model import LocaleResource
from core.operator_text import operator_text
from core.plugins import get_plugin_manager
from core.scaffold import FLOWS, KINDS, create


@click.group(name="plugins", invoke_without_command=True, help=list_plugins.help)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def plugins(ctx: click.Context, as_json: bool) -> None:
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_plugins, as_json=as_json)


@plugins.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("name")
@click.option("--flow", type=click.Choice(FLOWS), default="instant", show_default=True,
              help="Payment plugins: authorised in the checkout (instant) or paid outside it (offline).")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder to create the plugin's folder in.")
@friendly_errors
def new(kind: str, name: str, flow: str, directory: Path) -> None:
    """Write a complete, installable plugin: pyproject, module, messages, README and tests.

    KIND is payment, region or locale; NAME is the method or region id
    (bancontact, benelux) or, for a locale, its tag (ga, pt-PT).
    """
    english = _installed_english() if kind == "locale" else {}
    scaffold = create(kind, name, directory, flow=flow, english=english, taken=_installed_ids(kind))
    click.echo(operator_text("scaffold-written", kind=kind, name=scaffold.name, distribution=scaffold.distribution,
                             folder=scaffold.folder))
    for relative in scaffold.files:
        click.echo(f"  {relative}")
    # an absolute path: "pip install bancontact" would fetch a package of that name from PyPI
    click.echo(operator_text("scaffold-next", folder=scaffold.folder.resolve()))


def _installed_ids(kind: str) -> frozenset[str]:
    """The payment method or region ids installed plugins give now (read from their hooks, no config needed)."""
    hook = {"payment": "register_payment_methods", "region": "register_regions"}.get(kind)
    if hook is None:
        return frozenset()
    given: list[object] = []
    getattr(get_plugin_manager().hook, hook)(register=given.append)
    return frozenset(str(getattr(item, "id", "")) for item in given)


def _installed_english() -> dict[str, str]:
    """The English messages and terms installed now, per channel, as one Fluent text to translate.

    Read straight from the locale hooks: a new locale needs no regions config.
    """
    resources: list[object] = []
    get_plugin_manager().hook.register_locales(register=resources.append)
    english: dict[str, list] = {}
    for resource in resources:
        if isinstance(resource, LocaleResource) and resource.code == BASE_LOCALE:
            english.setdefault(resource.channel, []).extend(
                entry for entry in FluentParser().parse(resource.ftl).body if isinstance(entry, (ast.Message, ast.Term)))
    for entries in english.values():
        for entry in entries:
            entry.comment = None
    return {channel: FluentSerializer().serialize(ast.Resource(entries)) for channel, entries in english.items()}
