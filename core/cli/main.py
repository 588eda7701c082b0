"""Entry point: global options, then one sub-command group per domain."""

from __future__ import annotations

from pathlib import Path

import click

from core.cli.catalog import catalog, plugins
from core.cli.coverage import coverage
from core.cli.plugins_new import plugins as plugins_with_new
from core.cli.domain import COMMANDS
from core.cli.links import links
from core.cli.notices import notices
from core.cli.payments import payments
from core.operator_text import operator_text
from core.platform import Platform, load_platform


class Context:
    """Loads the platform on first use, so ``--help`` works even with a broken config."""

    def __init__(self, config: Path | None) -> None:
        self.config = config
        self._platform: Platform | None = None

    def platform(self, strict: bool = True) -> Platform:
        if self._platform is None:
            self._platform = load_platform(self.config, strict=strict)
        return self._platform


class _GlobalOptions(click.Group):
    """``--config FILE`` is a global option, yet people write it after the command too
    (``renewals catalog check --config x.yaml``): it is accepted anywhere before ``--``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[-1] == "--config" and "--" not in args:
            ctx.fail(operator_text("cli-config-needs-file"))
        return super().parse_args(ctx, _config_first(args))


def _config_first(args: list[str]) -> list[str]:
    """The arguments with every ``--config X`` / ``--config=X`` moved to the front (the last one wins)."""
    moved, rest = [], []
    position = 0
    while position < len(args):
        arg = args[position]
        if arg == "--":
            rest.extend(args[position:])
            break
        if arg == "--config" and position + 1 < len(args):
            moved += args[position:position + 2]
            position += 2
            continue
        if arg.startswith("--config="):
            moved.append(arg)
        else:
            rest.append(arg)
        position += 1
    return moved + rest


@click.group(cls=_GlobalOptions, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Regions config (default: config/regions.yaml or $RENEWALS_REGIONS_CONFIG); "
                   "before or after the command.")
@click.pass_context
def main(ctx: click.Context, config: Path | None) -> None:
    """Online Renewal: plugins, catalog, contracts and quotes."""
    ctx.obj = Context(config)


main.add_command(plugins)
main.add_command(plugins_with_new)  # replaces it: `renewals plugins` lists, `plugins new` scaffolds
main.add_command(catalog)
catalog.add_command(coverage)  # renewals catalog coverage: the translation table behind `catalog check`
for command in COMMANDS:
    main.add_command(command)
main.add_command(links)
main.add_command(notices)
main.add_command(payments)
