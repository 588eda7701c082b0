"""``config/regions.yaml``: how a regional team switches countries on, moves a
go-live date or restricts a method, without a code change.

The file is decoded straight into msgspec structs, so a typo or a wrong type
is reported with the file and the key path (``countries.US.live_from``)
instead of a traceback, in words a team can act on: a key written twice names
both lines, a non-UTF-8 byte its line, a bad boolean, date or currency code the
form to write. Booleans are only ``true``/``false`` (strict conversion), so
``1``, ``"true"`` and ``yes`` are refused alike rather than read differently.
"""

from __future__ import annotations

import difflib
import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import msgspec
import msgspec.inspect
import yaml

from core.errors import ConfigError
from core.operator_text import operator_text

# The project's own config, wherever the command runs from (as the database's default,
# data/renewals.sqlite, is the project's); --config or RENEWALS_REGIONS_CONFIG override it
# and a relative override is read from the current directory, as a shell user expects.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "regions.yaml"
CONFIG_ENV = "RENEWALS_REGIONS_CONFIG"


class MethodRules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``exclude`` removes methods; ``only`` (when given) keeps just those methods.
    With ``valid_from``/``valid_until`` (inclusive) the rule applies only on those days:
    a suspension that began on a date is right for every date asked about."""

    exclude: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None
    valid_from: date | None = None
    valid_until: date | None = None

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_until is not None

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until)

    def __post_init__(self) -> None:
        _check_window(self.valid_from, self.valid_until)


class MethodSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``methods.<id>``: when a payment method exists at all, overriding its plugin's window."""

    valid_from: date | None = None
    valid_until: date | None = None

    def __post_init__(self) -> None:
        _check_window(self.valid_from, self.valid_until)


def _check_window(valid_from: date | None, valid_until: date | None) -> None:
    """A window that ends before it starts holds no day: a typo, never a rule anyone meant."""
    if valid_from is not None and valid_until is not None and valid_until < valid_from:
        raise ValueError(operator_text("config-window-inverted", valid_from=valid_from.isoformat(),
                                       valid_until=valid_until.isoformat()))


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
    methods: dict[str, MethodSettings] = {}
    source: str = ""


class DuplicateKey(yaml.YAMLError):
    """The same key twice in one mapping: YAML would silently keep the last one."""

    def __init__(self, key: Any, first: int, second: int) -> None:
        super().__init__(f"{key} {first} {second}")
        self.key, self.first, self.second = key, first, second


class _ConfigLoader(yaml.SafeLoader):
    """YAML 1.2 booleans only (so Norway's ``NO:`` stays a country code), decimals as
    ``Decimal`` (so ``fx_surcharge_percent: 2.5`` never passes through a float), and a
    key written twice at any level is an error naming both lines, not a silent override."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        lines: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if isinstance(key, (str, int, bool, date, Decimal)) and key in lines:
                raise DuplicateKey(key, lines[key], line)
            if isinstance(key, (str, int, bool, date, Decimal)):
                lines[key] = line
        return super().construct_mapping(node, deep=deep)


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
    """A date that cannot exist (2013-02-30) stays text, so validation names its key and
    the expected form instead of a "YAML syntax" error."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


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
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise fail(operator_text("config-line", line=str(line), column=str(error.start - raw.rfind(b"\n", 0, error.start))),
                   operator_text("config-not-utf8", byte=f"0x{raw[error.start]:02X}"), "config-fix-utf8") from None
    try:
        data = yaml.load(text, Loader=_ConfigLoader)
    except DuplicateKey as error:
        raise fail(operator_text("config-line", line=str(error.second), column="1"),
                   operator_text("config-duplicate-key-lines", key=str(error.key), first=str(error.first),
                                 second=str(error.second)), "config-fix-duplicate") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = (operator_text("config-line", line=str(mark.line + 1), column=str(mark.column + 1)) if mark
                 else operator_text("config-whole-file"))
        raise fail(where, getattr(error, "problem", None) or str(error), "config-fix-yaml") from None
    except RecursionError:  # thousands of nested brackets: no config, and never a traceback
        raise fail(operator_text("config-whole-file"), operator_text("config-too-deep"), "config-fix-too-deep") from None
    except ValueError as error:  # a well-formed but impossible value, e.g. the date 2013-02-30
        raise fail(operator_text("config-whole-file"), str(error), "config-fix-value") from None
    if data is None:  # empty or only comments: valid, and the catalog says nothing is switched on
        data = {}
    if not isinstance(data, dict):
        raise fail("(top level)", operator_text("config-not-mapping"), "config-fix-top")
    data = _normalise_keys(path, data)
    top = _convert(path, {k: v if v is not None else {} for k, v in data.items()}, _TopLevel, "")
    regions = {key: _convert(path, value if value is not None else {}, RegionSettings, f"regions.{key}")
               for key, value in top.regions.items()}
    countries = {key: _convert(path, value if value is not None else {}, CountrySettings, f"countries.{key}")
                 for key, value in top.countries.items()}
    methods = {key: _convert(path, value if value is not None else {}, MethodSettings, f"methods.{key}")
               for key, value in top.methods.items()}
    return RegionsConfig(regions=regions, countries=countries, methods=methods, source=str(path))


class _TopLevel(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    regions: dict[str, Any] = {}
    countries: dict[str, Any] = {}
    methods: dict[str, Any] = {}


def _convert(path: Path, value: Any, kind: type, prefix: str) -> Any:
    """msgspec.convert with the error's key path written out in full (countries.US.enabled).

    Strict, so ``enabled: 1`` and ``enabled: "true"`` are refused like ``yes`` (only the
    YAML 1.2 spellings true/false are booleans); msgspec's wording for a wrong boolean,
    date or currency code is replaced by what to write."""
    try:
        return msgspec.convert(value, kind, strict=True)
    except msgspec.ValidationError as error:
        message, found, key = str(error).rpartition(" - at ")
        if not found:
            message, key = str(error), ""
        key, is_key = _key_path(value, key)
        unknown = _UNKNOWN_FIELD.search(message)
        if unknown:  # the misspelt key ends the path, and the keys that section takes are named
            key = ".".join(part for part in (key, unknown.group(1)) if part)
            problem, fix = _unknown_key(unknown.group(1), _fields_at(kind, key.split(".")[:-1]))
        else:
            problem, fix = _explain(message, key.rpartition(".")[2] if is_key else _lookup(value, key))
        key = ".".join(part for part in (prefix, key) if part)
        raise ConfigError(file=str(path), key=key or "(top level)", problem=problem, fix=fix) from None


_EXPLAINED = (
    ("Expected `bool", "config-not-bool", "config-fix-bool"),
    ("RFC3339 encoded date", "config-not-date", "config-fix-date"),
    ("Expected `date", "config-not-date", "config-fix-date"),
    ("matching regex '^[A-Z]{3}$'", "config-not-currency", "config-fix-currency"),
    ("Invalid decimal", "config-not-number", "config-fix-number"),
)
# msgspec's wording, matched only to be replaced by ours
_UNKNOWN_FIELD = re.compile(r"Object contains unknown field `([^`]*)`")
_WRONG_TYPE = re.compile(r"Expected `(\w+)(?: \| null)?`, got `(\w+)`")
_OUT_OF_RANGE = re.compile(r"Expected `int` ([<>]=) (-?\d+)")
_FIX_FOR_KIND = {"int": "config-fix-int", "decimal": "config-fix-number", "float": "config-fix-number",
                 "array": "config-fix-list", "object": "config-fix-mapping", "str": "config-fix-text"}


def _explain(message: str, value: Any) -> tuple[str, str]:
    """msgspec's message in the file's terms: what is wrong with the value and what to write."""
    for marker, problem, fix in _EXPLAINED:
        if marker in message:
            return operator_text(problem, value=_shown(value)), operator_text(fix)
    wrong = _WRONG_TYPE.search(message)
    if wrong:
        expected, found = wrong.groups()
        return (operator_text("config-wrong-kind", value=_shown(value), found=operator_text("config-kind", kind=found),
                              expected=operator_text("config-kind", kind=expected)),
                operator_text(_FIX_FOR_KIND.get(expected, "config-fix-key")))
    bound = _OUT_OF_RANGE.search(message)
    if bound:
        comparison, limit = bound.groups()
        return (operator_text("config-int-bound", value=_shown(value), bound="lowest" if comparison == ">=" else
                              "highest", limit=limit), operator_text("config-fix-int"))
    return message, operator_text("config-fix-key")  # our own checks' words (__post_init__), already phrased


def _unknown_key(name: str, accepted: tuple[str, ...]) -> tuple[str, str]:
    close = difflib.get_close_matches(name, accepted, n=1)
    problem = operator_text("config-unknown-key", key=name, accepted=", ".join(accepted) or "-")
    fix = operator_text("config-fix-unknown-key", suggestion=close[0]) if close else operator_text("config-fix-key")
    return problem, fix


def _fields_at(kind: Any, parts: list[str]) -> tuple[str, ...]:
    """The keys the struct at a key path takes (``countries.DE`` → enabled, live_from, …)."""
    info: Any = msgspec.inspect.type_info(kind)
    for part in parts:
        while isinstance(info, msgspec.inspect.UnionType):  # X | None: the X
            info = next(t for t in info.types if not isinstance(t, msgspec.inspect.NoneType))
        if isinstance(info, msgspec.inspect.StructType):
            info = next((f.type for f in info.fields if f.encode_name == part), None)
        elif isinstance(info, msgspec.inspect.DictType):
            info = info.value_type
        else:
            return ()
    while isinstance(info, msgspec.inspect.UnionType):
        info = next(t for t in info.types if not isinstance(t, msgspec.inspect.NoneType))
    if not isinstance(info, msgspec.inspect.StructType):
        return ()
    return tuple(f.encode_name for f in info.fields if f.encode_name != "source")


def _shown(value: Any) -> str:
    """A value as the file writes it: 'ten', true, 5, (empty)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(empty)"
    return repr(value) if isinstance(value, str) else str(value)


def _key_path(value: Any, where: str) -> tuple[str, bool]:
    """msgspec's ``$.policy.x`` or ``key in $.policy.eligibility_equivalents`` as a dotted
    path; for a bad *key* the offending key itself ends the path."""
    where = where.strip("`")
    is_key = where.startswith("key` in `")
    path = where.removeprefix("key` in `").removeprefix("$").lstrip(".")
    path = re.sub(r"\[(\d+)\]", r".\1", path)
    if path.endswith("[...]"):  # a value of a mapping (eligibility_equivalents): name the entry that is not a number
        mapping = _lookup(value, path[:-5])
        bad = [k for k, v in mapping.items() if isinstance(v, bool) or not isinstance(v, (int, float, Decimal))] \
            if isinstance(mapping, dict) else []
        path = ".".join(p for p in (path[:-5], str(bad[0]) if bad else "") if p)
    if is_key:
        mapping = _lookup(value, path)
        bad = [k for k in mapping if not (isinstance(k, str) and re.fullmatch("[A-Z]{3}", k))] \
            if isinstance(mapping, dict) else []
        path = ".".join(p for p in (path, str(bad[0]) if bad else "") if p)
    return path, is_key


def _lookup(value: Any, path: str) -> Any:
    """The value at a dotted path (list indexes as numbers), None if there is none."""
    for part in path.split(".") if path else ():
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, (list, tuple)) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


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
