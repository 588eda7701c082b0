"""Builds the plugin manager: specs, then every installed plugin distribution.

A factory, never import-time work: the CLI, the app factory and the tests
each call :func:`get_plugin_manager`; tests pass ``load_entry_points=False``
and register fixture plugins themselves.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable

import msgspec
import pluggy

from core import hookspecs
from core.errors import PluginLoadError

REGISTER_HOOKS = {
    "register_payment_methods": "payments",
    "register_currencies": "currencies",
    "register_regions": "regions",
    "register_price_lists": "price lists",
    "register_locales": "locales",
}
PROCESSING_HOOKS = (
    "tokenize_card",
    "authorize_payment",
    "offline_instructions",
    "settle_offline_payment",
)


class PluginInfo(msgspec.Struct, frozen=True):
    name: str
    distribution: str | None
    version: str | None
    kinds: tuple[str, ...]
    hooks: tuple[str, ...]


def get_plugin_manager(
    load_entry_points: bool = True, extra_plugins: Iterable[object] = ()
) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if load_entry_points:
        _load_entry_points(pm)
    for plugin in extra_plugins:
        pm.register(plugin)
    return pm


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    """Load each entry point on its own so one broken plugin is named, not a traceback."""
    entry_points = importlib.metadata.entry_points(group=hookspecs.ENTRY_POINT_GROUP)
    for name in sorted({ep.name for ep in entry_points}):
        try:
            pm.load_setuptools_entrypoints(hookspecs.ENTRY_POINT_GROUP, name=name)
        except Exception as error:  # any import or registration failure of third-party code
            dist = next(
                (ep.dist.name for ep in entry_points if ep.name == name and ep.dist), name
            )
            raise PluginLoadError(name=name, distribution=dist, detail=f"{type(error).__name__}: {error}") from error


def describe_plugins(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Installed plugins, their distribution and version, and which hooks they implement."""
    dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is hookspecs:
            continue
        hooks = tuple(
            sorted(caller.name for caller in pm.get_hookcallers(plugin) or ())
        )
        dist = dists.get(id(plugin))
        infos.append(
            PluginInfo(
                name=plugin_label(name, plugin),
                distribution=dist.metadata["Name"] if dist else None,
                version=dist.version if dist else None,
                kinds=_kinds(hooks),
                hooks=hooks,
            )
        )
    return sorted(infos, key=lambda info: info.name)


def plugin_label(name: str, plugin: object) -> str:
    """A readable plugin name: its entry-point name, or its module or class for ad-hoc plugins."""
    if not name.isdigit():
        return name
    return getattr(plugin, "__name__", None) or type(plugin).__name__


def _kinds(hooks: tuple[str, ...]) -> tuple[str, ...]:
    kinds = []
    if "register_payment_methods" in hooks or any(h in hooks for h in PROCESSING_HOOKS):
        kinds.append("payment")
    if "register_regions" in hooks or "register_price_lists" in hooks:
        kinds.append("region")
    if "register_locales" in hooks:
        kinds.append("locale")
    return tuple(kinds)
