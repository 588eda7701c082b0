"""Start-up: plugins, config and catalog, assembled once and shared read-only."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import msgspec
import pluggy

from core.catalog import Catalog, assemble_catalog
from core.config import load_config
from core.plugins import get_plugin_manager


class Platform(msgspec.Struct, frozen=True):
    plugins: pluggy.PluginManager
    catalog: Catalog


def load_platform(
    config: Path | None = None,
    load_entry_points: bool = True,
    extra_plugins: Iterable[object] = (),
    strict: bool = True,
) -> Platform:
    """Load every installed plugin, read ``config/regions.yaml`` and freeze the catalog.

    Raises PluginLoadError, ConfigError or (with ``strict``) CatalogError, each
    with a message that names the plugin, file and key at fault.
    """
    pm = get_plugin_manager(load_entry_points=load_entry_points, extra_plugins=extra_plugins)
    catalog = assemble_catalog(pm, load_config(config), strict=strict)
    return Platform(plugins=pm, catalog=catalog)
