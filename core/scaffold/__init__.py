"""``renewals plugins new``: write a complete, installable plugin distribution.

Why: the guide alone let authors ship plugins that installed but failed in
production (no package data, the wrong entry-point form, no messages). The
scaffold writes what the shipped plugins do, from Jinja2 templates kept as
package data beside this module (``templates/<kind>/``), and a test suite
that passes unchanged once the folder is installed (``pip install DIR``):
payment plugins run the conformance kit (core.testing), regions and locales
assemble a clean catalog. Nothing is ever overwritten.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import msgspec
from babel import Locale, UnknownLocaleError
from jinja2 import Environment, PackageLoader, StrictUndefined

from core.errors import RenewalError

KINDS = ("payment", "region", "locale")
FLOWS = ("instant", "offline")
PLACEHOLDER_COUNTRY = "XA"  # ISO 3166 user-assigned: no shipped region provides it
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


class ScaffoldError(RenewalError):
    message_id = "error-scaffold"


class Scaffold(msgspec.Struct, frozen=True):
    """What was written, for the CLI to print."""

    kind: str
    name: str
    distribution: str
    package: str
    entry_point: str
    folder: Path
    files: tuple[str, ...]


def create(kind: str, name: str, directory: Path, flow: str = "instant",
           english: dict[str, str] | None = None, taken: frozenset[str] = frozenset()) -> Scaffold:
    """Write the plugin distribution for ``name`` into ``directory/<folder>`` and return what was written.

    ``english`` maps a channel to the English Fluent text installed now; a
    locale plugin starts from it so the translator sees every message.
    ``taken`` holds the ids installed plugins already give (payment method ids for a
    payment plugin, region ids for a region): a plugin reusing one would install but
    be refused by the catalog as a duplicate, so nothing is written.
    """
    if kind not in KINDS:
        raise ScaffoldError(problem="kind", value=kind, expected=", ".join(KINDS))
    if flow not in FLOWS:
        raise ScaffoldError(problem="flow", value=flow, expected=", ".join(FLOWS))
    context = _locale_context(name) if kind == "locale" else _context(kind, name, flow)
    if kind != "locale" and context["name"] in taken:
        raise ScaffoldError(problem="taken", value=context["name"],
                            expected="payment method" if kind == "payment" else "region")
    folder = directory / context["folder"]
    if folder.exists() and any(folder.iterdir()):
        raise ScaffoldError(problem="exists", value=str(folder), expected="an empty or new folder")
    files = _files(kind, context, english or {})
    env = Environment(loader=PackageLoader("core.scaffold", "templates"), undefined=StrictUndefined,
                      keep_trailing_newline=True, autoescape=False)
    rendered = {relative: env.get_template(f"{kind}/{template}").render(**context, **extra)
                for relative, (template, extra) in files.items()}
    existed = folder.exists()
    written = []
    try:
        for relative, text in rendered.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(relative)
    except OSError as error:  # a read-only or missing mount: leave no half-written plugin behind
        if not existed:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            for relative in written:
                (folder / relative).unlink(missing_ok=True)
        raise ScaffoldError(problem="write", value=str(folder),
                            expected=error.strerror or str(error)) from None
    return Scaffold(kind=kind, name=context["name"], distribution=context["distribution"],
                    package=context["package"], entry_point=context["entry_point"], folder=folder,
                    files=tuple(sorted(written)))


def _context(kind: str, name: str, flow: str) -> dict:
    if not _NAME.match(name):
        raise ScaffoldError(problem="name", value=name,
                            expected="2-40 lower-case letters, digits or underscores, starting with a letter")
    package = f"renewal_{kind}_{name}"
    entry = name if kind == "payment" else f"region_{name}"
    return {
        "name": name, "flow": flow, "folder": name, "package": package,
        "distribution": f"online-renewal-{kind}-{name.replace('_', '-')}",
        "entry_point": entry, "title": name.replace("_", " ").title(),
        "class_name": "".join(part.title() for part in name.split("_")),
        "prefix": name.upper(), "country": PLACEHOLDER_COUNTRY, "today": date.today().isoformat(),
    }


def _locale_context(tag: str) -> dict:
    try:
        locale = Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        raise ScaffoldError(problem="locale", value=tag,
                            expected="a language tag babel knows, such as ga, pt-PT or sr-Latn") from None
    name = tag.lower().replace("-", "_")
    return {
        "tag": tag, "name": name, "folder": f"locale_{name}", "package": f"renewal_locale_{name}",
        "distribution": f"online-renewal-locale-{tag.lower()}", "entry_point": f"locale_{name}",
        "language": locale.english_name,
    }


def _files(kind: str, context: dict, english: dict[str, str]) -> dict[str, tuple[str, dict]]:
    package = context["package"]
    common = {"pyproject.toml": ("pyproject.toml.j2", {}), "README.md": ("README.md.j2", {}),
              f"{package}/__init__.py": ("__init__.py.j2", {})}
    if kind == "payment":
        name = context["name"]
        return {**common,
                **{f"{package}/ftl/{channel}/en/{name}.ftl": ("messages.ftl.j2", {"channel": channel})
                   for channel in ("web", "email")},
                "tests/conftest.py": ("conftest.py.j2", {}),
                "tests/test_plugin.py": ("test_plugin.py.j2", {})}
    if kind == "region":
        return {**common,
                f"{package}/region.toml": ("region.toml.j2", {}),
                f"{package}/countries.csv": ("countries.csv.j2", {}),
                f"{package}/prices/{context['name']}-usd.csv": ("prices.csv.j2", {}),
                "tests/test_region.py": ("test_region.py.j2", {})}
    return {**common,
            **{f"{package}/ftl/{channel}/{context['tag']}/messages.ftl":
               ("messages.ftl.j2", {"channel": channel, "messages": english.get(channel, "")})
               for channel in ("web", "email")},
            "tests/test_locale.py": ("test_locale.py.j2", {})}
