"""Helper for locale plugins: every .ftl file under a package's ftl/<locale>/ folders."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

from core.model import Channel, LocaleResource


def package_resources(package: str, channel: Channel, folder: str = "ftl") -> Iterator[LocaleResource]:
    """Yield one LocaleResource per ``<package>/<folder>/<locale>/*.ftl``, in a stable order."""
    root = files(package) / folder
    for locale_dir in sorted(root.iterdir(), key=lambda f: f.name):
        if not locale_dir.is_dir():
            continue
        for resource in sorted(locale_dir.iterdir(), key=lambda f: f.name):
            if resource.name.endswith(".ftl"):
                yield LocaleResource(
                    code=locale_dir.name,
                    channel=channel,
                    ftl=resource.read_text(encoding="utf-8"),
                    source=f"{package}/{folder}/{locale_dir.name}/{resource.name}",
                )
