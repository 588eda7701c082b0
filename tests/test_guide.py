"""The guide cannot drift from the code: every complete plugin in docs/plugins.md
(the code blocks titled with a file path) is written out, installed
non-editable into the session's throwaway environment and checked: it appears
in the catalog, the check has nothing to say about it, and its own tests pass.
Every other block at least parses."""

from __future__ import annotations

import ast
import re
import tomllib
from collections import defaultdict

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from tests.conftest import ROOT
from tests.throwaway import installed, renewals_json, run, source, throwaway_venv

GUIDE = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
BLOCK = re.compile(r'^```(\w*)(?: title="([^"]+)")?\n(.*?)^```$', re.S | re.M)
EXAMPLES = {"bancontact": "online-renewal-payment-bancontact", "boleto": "online-renewal-payment-boleto",
            "kosovo": "online-renewal-region-kosovo"}


def blocks() -> list[tuple[str, str | None, str]]:
    return [(language, title, body) for language, title, body in BLOCK.findall(GUIDE)]


def examples() -> dict[str, dict[str, str]]:
    """Complete plugins: folder -> {relative path: text}."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for _, title, body in blocks():
        if title:
            folder, _, relative = title.partition("/")
            found[folder][relative] = body
    return dict(found)


@pytest.mark.parametrize("index", range(len(blocks())))
def test_every_block_parses(index):
    language, title, body = blocks()[index]
    where = title or f"block {index + 1} ({language or 'text'})"
    if language == "python":
        ast.parse(body, filename=where)
    elif language == "toml":
        tomllib.loads(body)
    elif language == "ftl":
        junk = [e for e in FluentParser().parse(body).body if isinstance(e, fluent_ast.Junk)]
        assert not junk, f"{where}: Fluent syntax error"


def test_the_guide_holds_a_complete_plugin_of_each_shape():
    assert set(examples()) == set(EXAMPLES)
    for folder, files in examples().items():
        project = tomllib.loads(files["pyproject.toml"])
        targets = project["project"]["entry-points"]["online_renewal"].values()
        assert all(":" in target for target in targets), f"{folder}: entry point is not module:object"
        package = project["tool"]["setuptools"]["packages"][0]
        data = [path for path in files if not path.endswith(".py") and path.startswith(package + "/")]
        assert not data or project["tool"]["setuptools"]["package-data"][package], f"{folder}: no package-data"


@pytest.fixture(scope="module")
def guide_examples(tmp_path_factory):
    venv = throwaway_venv(tmp_path_factory)
    where = tmp_path_factory.mktemp("guide")
    for folder, files in examples().items():
        for relative, text in files.items():
            path = where / folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    regions = [source(venv) / "plugins" / "regions" / name for name in ("emea", "latam")]
    with installed(venv, [where / folder for folder in EXAMPLES] + regions,
                   [*EXAMPLES.values(), "online-renewal-region-emea", "online-renewal-region-latam"]):
        yield venv, where


@pytest.mark.slow
def test_the_examples_install_and_appear_in_the_catalog(guide_examples, tmp_path):
    venv, _ = guide_examples
    config = tmp_path / "regions.yaml"
    config.write_text("regions:\n  emea:\n    enabled: true\n  latam:\n    enabled: true\n"
                      "  kosovo:\n    enabled: true\n", encoding="utf-8")
    on = ("--on", "2026-11-25")
    assert "bancontact" in {m["id"] for m in renewals_json(venv, config, "catalog", "methods", "--country", "BE", *on)}
    assert "boleto" in {m["id"] for m in renewals_json(venv, config, "catalog", "methods", "--country", "BR", *on)}
    countries = {c["country"]: c for c in renewals_json(venv, config, "catalog", "countries", *on)}
    assert countries["XK"]["region"] == "kosovo" and countries["XK"]["live"]
    plugins = {p["name"]: p["distribution"] for p in renewals_json(venv, config, "plugins")}
    assert {name: plugins.get(name) for name in ("bancontact", "boleto", "region_kosovo")} == {
        "bancontact": EXAMPLES["bancontact"], "boleto": EXAMPLES["boleto"], "region_kosovo": EXAMPLES["kosovo"]}
    check = run(venv, "renewals", "--config", str(config), "catalog", "check", "--strict", cwd=tmp_path, check=False)
    about_examples = [line for line in (check.stdout + check.stderr).splitlines()
                      if line.startswith(("error", "warning")) and re.search(r"bancontact|boleto|kosovo|XK", line)]
    assert about_examples == []


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["bancontact", "boleto"])
def test_the_examples_pass_the_conformance_kit(guide_examples, folder):
    venv, where = guide_examples
    result = run(venv, "pytest", "-q", "-p", "no:cacheprovider", cwd=where / folder, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout
