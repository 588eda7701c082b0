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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Regions config (default: config/regions.yaml or $RENEWALS_REGIONS_CONFIG).")
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
