"""``renewals catalog coverage``: the translation coverage of every plugin, locale by locale.

``renewals catalog check`` prints one summary line per plugin and channel;
this is the full table behind it (core/coverage.py states the policy).
"""

from __future__ import annotations

import click

from core.cli.output import emit_json, emit_table, friendly_errors
from core.coverage import translation_coverage
from core.errors import RenewalError


class UnknownPlugin(RenewalError):
    message_id = "error-coverage-unknown-plugin"


@click.command()
@click.option("--plugin", "plugin_name", default=None, help="Only this plugin (its name in `renewals plugins`).")
@click.option("--missing", "only_missing", is_flag=True, help="Only locales that lack something.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
@friendly_errors
def coverage(ctx, plugin_name: str | None, only_missing: bool, as_json: bool) -> None:
    """Per plugin, channel and locale: how many of its messages exist, which are missing, and whether
    a switched-on country reads that locale (then a gap fails `catalog check --strict`)."""
    platform = ctx.platform(strict=False)
    every = [row for row in translation_coverage(platform.plugins, platform.catalog).rows if row.total]
    names = sorted({row.plugin for row in every})
    if plugin_name is not None and plugin_name not in names:  # a typo is not "fully translated"
        raise UnknownPlugin(name=plugin_name, names=", ".join(names))
    rows = [row for row in every
            if (plugin_name is None or row.plugin == plugin_name) and (not only_missing or row.missing)]
    if as_json:
        emit_json(rows)
    else:
        emit_table(["plugin", "channel", "locale", "needed", "present", "missing"],
                   ([r.plugin, r.channel, r.locale, r.needed, f"{r.present}/{r.total}", list(r.missing)]
                    for r in rows))
