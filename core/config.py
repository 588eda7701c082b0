"""``config/regions.yaml``: how a regional team switches countries on, moves a
go-live date or restricts a method, without a code change.

The file is decoded straight into msgspec structs, so a typo or a wrong type
is reported with the file and the key path (``countries.US.live_from``)
instead of a traceback.
"""

from __future__ import annotations

import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import yaml

from core.errors import ConfigError

DEFAULT_CONFIG = Path("config") / "regions.yaml"
CONFIG_ENV = "RENEWALS_REGIONS_CONFIG"


class MethodRules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``exclude`` removes methods; ``only`` (when given) keeps just those methods."""

    exclude: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None


class PolicyOverrides(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    eligibility_limit: Decimal | None = None
    eligibility_currency: str | None = None
    eligibility_equivalents: dict[str, Decimal] | None = None
    reinstatement_fee_percent: Decimal | None = None
    reinstatement_grace_days: int | None = None
    fx_surcharge_percent: Decimal | None = None


class RegionSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``enabled`` switches on every non-embargoed country of the sales region."""

    enabled: bool = False
    methods: MethodRules = MethodRules()
    policy: PolicyOverrides = PolicyOverrides()


class CountrySettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Per-country overrides; ``enabled`` wins over the region's switch.

    An embargoed country is switched on only with ``enabled: true`` *and*
    ``embargo_acknowledged: true``.
    """

    enabled: bool | None = None
    live_from: date | None = None
    embargo_acknowledged: bool = False
    methods: MethodRules = MethodRules()


class RegionsConfig(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    regions: dict[str, RegionSettings] = {}
    countries: dict[str, CountrySettings] = {}
    source: str = ""


class _ConfigLoader(yaml.SafeLoader):
    """YAML 1.2 booleans only (so Norway's ``NO:`` stays a country code) and
    decimals as ``Decimal`` (so ``fx_surcharge_percent: 2.5`` never passes through a float)."""


_ConfigLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ConfigLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: Decimal(loader.construct_scalar(node).replace("_", ""))
)


def config_path() -> Path:
    return Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG))


def load_config(path: Path | None = None) -> RegionsConfig:
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(file=str(path), key="-", problem=error.strerror or str(error),
                          fix="create the file or set RENEWALS_REGIONS_CONFIG to its path") from None
    try:
        data = yaml.load(raw, Loader=_ConfigLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "-"
        raise ConfigError(file=str(path), key=where, problem=getattr(error, "problem", None) or str(error),
                          fix="correct the YAML syntax at that line") from None
    if not isinstance(data, dict):
        raise ConfigError(file=str(path), key="(top level)", problem="expected a mapping with 'regions' and 'countries'",
                          fix="start the file with 'regions:' or 'countries:'")
    data = _normalise_keys(data)
    top = _convert(path, data, _TopLevel, "")
    regions = {key: _convert(path, value if value is not None else {}, RegionSettings, f"regions.{key}")
               for key, value in top.regions.items()}
    countries = {key: _convert(path, value if value is not None else {}, CountrySettings, f"countries.{key}")
                 for key, value in top.countries.items()}
    return RegionsConfig(regions=regions, countries=countries, source=str(path))


class _TopLevel(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    regions: dict[str, Any] = {}
    countries: dict[str, Any] = {}


def _convert(path: Path, value: Any, kind: type, prefix: str) -> Any:
    """msgspec.convert with the error's key path written out in full (countries.US.enabled)."""
    try:
        return msgspec.convert(value, kind, strict=False)
    except msgspec.ValidationError as error:
        message, found, key = str(error).rpartition(" - at `$")
        if not found:
            message, key = str(error), ""
        key = ".".join(part for part in (prefix, key.rstrip("`").lstrip(".")) if part)
        raise ConfigError(file=str(path), key=key or "(top level)", problem=message,
                          fix="correct that key (see the comments at the top of the file)") from None


def _normalise_keys(data: dict) -> dict:
    """Country codes are upper case, region ids lower case, whatever the file says."""
    data = dict(data)
    if isinstance(data.get("countries"), dict):
        data["countries"] = {str(k).upper(): v for k, v in data["countries"].items()}
    if isinstance(data.get("regions"), dict):
        data["regions"] = {str(k).lower(): v for k, v in data["regions"].items()}
    return data
