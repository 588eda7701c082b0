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
from typing import Annotated, Any

import msgspec
import yaml

from core.errors import ConfigError
from core.operator_text import operator_text

DEFAULT_CONFIG = Path("config") / "regions.yaml"
CONFIG_ENV = "RENEWALS_REGIONS_CONFIG"


class MethodRules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``exclude`` removes methods; ``only`` (when given) keeps just those methods."""

    exclude: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None


_RANGES = {
    "eligibility_limit": (Decimal(0), Decimal(10) ** 9),
    "reinstatement_fee_percent": (Decimal(0), Decimal(100)),
    "fx_surcharge_percent": (Decimal(0), Decimal(50)),
}


class PolicyOverrides(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    eligibility_limit: Decimal | None = None
    eligibility_currency: Annotated[str, msgspec.Meta(pattern="^[A-Z]{3}$")] | None = None
    eligibility_equivalents: dict[Annotated[str, msgspec.Meta(pattern="^[A-Z]{3}$")], Decimal] | None = None
    reinstatement_fee_percent: Decimal | None = None
    reinstatement_grace_days: Annotated[int, msgspec.Meta(ge=0, le=3650)] | None = None
    fx_surcharge_percent: Decimal | None = None

    def __post_init__(self) -> None:
        """Decimals have no msgspec range constraints: check them here (NaN and infinity included)."""
        for field, (low, high) in _RANGES.items():
            _check_range(field, getattr(self, field), low, high)
        for code, value in (self.eligibility_equivalents or {}).items():
            _check_range(f"eligibility_equivalents.{code}", value, Decimal(0), Decimal(10) ** 12)


def _check_range(field: str, value: Decimal | None, low: Decimal, high: Decimal) -> None:
    if value is not None and (not value.is_finite() or not low <= value <= high):
        raise ValueError(operator_text("config-out-of-range", field=field, low=str(low), high=str(high)))


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
def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    """A YAML number as Decimal; ``.inf``/``.nan`` stay text so validation names the key."""
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except ArithmeticError:
        return text
    return value if value.is_finite() else text


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node):
    """A date that cannot exist (2013-02-30) is a YAML error at its line, not a crash."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(None, None, str(error), node.start_mark) from None


_ConfigLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
_ConfigLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def config_path() -> Path:
    return Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG))


def load_config(path: Path | None = None) -> RegionsConfig:
    path = path or config_path()

    def fail(key: str, problem: str, fix: str) -> ConfigError:
        return ConfigError(file=str(path), key=key, problem=problem, fix=operator_text(fix))

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise fail(operator_text("config-whole-file"), error.strerror or str(error), "config-fix-missing") from None
    try:
        data = yaml.load(raw, Loader=_ConfigLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = (operator_text("config-line", line=str(mark.line + 1), column=str(mark.column + 1)) if mark
                 else operator_text("config-whole-file"))
        raise fail(where, getattr(error, "problem", None) or str(error), "config-fix-yaml") from None
    except ValueError as error:  # a well-formed but impossible value, e.g. the date 2013-02-30
        raise fail(operator_text("config-whole-file"), str(error), "config-fix-value") from None
    if not isinstance(data, dict):
        raise fail("(top level)", operator_text("config-not-mapping"), "config-fix-top")
    data = _normalise_keys(path, data)
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
                          fix=operator_text("config-fix-key")) from None


def _normalise_keys(path: Path, data: dict) -> dict:
    """Country codes are upper case, region ids lower case, whatever the file says;
    two spellings of one key (JP and jp) are a mistake, not a silent override."""
    data = dict(data)
    for section, normalise in (("countries", str.upper), ("regions", str.lower)):
        if not isinstance(data.get(section), dict):
            continue
        normalised: dict[str, Any] = {}
        for key, value in data[section].items():
            name = normalise(str(key))
            if name in normalised:
                raise ConfigError(file=str(path), key=f"{section}.{name}",
                                  problem=operator_text("config-duplicate-key"),
                                  fix=operator_text("config-fix-duplicate"))
            normalised[name] = value
        data[section] = normalised
    return data
