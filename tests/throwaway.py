"""One throwaway virtual environment per test session, shared by every test that
installs distributions for real (non-editable, offline from the wheelhouse
./dev builds): the scaffold, the guide's examples and the install test.

Building one costs about a minute on the CI machine, so it is built once
(:func:`throwaway_venv`) with the platform, the north_america region and the
cards plugin; a test that installs more uninstalls it again when done
(:func:`installed`), so the environment is the same for the next test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = os.environ.get("RENEWALS_WHEELHOUSE", str(ROOT / ".cache" / "wheels"))
BASE_PLUGINS = ("plugins/regions/north_america", "plugins/payments/cards")
BROWSER_TESTING = {"playwright", "axe-playwright-python", "greenlet", "pyee"}


def throwaway_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's environment; the first caller builds it."""
    if not Path(WHEELHOUSE).is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the wheelhouse {WHEELHOUSE} is missing; ./dev test builds it")
        pytest.skip(f"no wheelhouse at {WHEELHOUSE}: run ./dev test to build it")
    return _build(tmp_path_factory.getbasetemp())


@cache
def _build(base: Path) -> Path:
    base = base / "throwaway"
    # build from a copy, so the build leaves no build/ or *.egg-info in the working tree
    shutil.copytree(ROOT, base / "src", ignore=shutil.ignore_patterns(
        ".git", ".venv", ".cache", "data", "__pycache__", "*.egg-info", "build", ".pytest_cache"))
    path = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    # the pinned set minus the browser-test stack, which nothing installed here imports (and is most of the size)
    requirements = base / "requirements.txt"
    requirements.write_text("".join(line + "\n" for line in (ROOT / "requirements.lock").read_text().splitlines()
                                    if line.split("==")[0].lower() not in BROWSER_TESTING), encoding="utf-8")
    pip(path, "install", "--no-compile", "--no-deps", "-r", str(requirements))
    pip(path, "install", "--no-build-isolation", "--no-deps", str(base / "src"),
        *(str(base / "src" / plugin) for plugin in BASE_PLUGINS))
    return path


def source(venv: Path) -> Path:
    """The copy of the working tree the environment was built from."""
    return venv.parent / "src"


def pip(venv: Path, *args: str) -> None:
    offline = ("--no-index", "--find-links", WHEELHOUSE) if args[0] == "install" else ()
    result = subprocess.run([str(venv / "bin" / "pip"), *args, *offline, "-q", "--disable-pip-version-check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@contextmanager
def installed(venv: Path, folders: list[Path], distributions: list[str]) -> Iterator[None]:
    """Install ``folders`` (non-editable) for the block, then uninstall ``distributions``."""
    try:
        pip(venv, "install", "--no-build-isolation", "--no-deps", "--no-compile", *map(str, folders))
        yield
    finally:
        subprocess.run([str(venv / "bin" / "pip"), "uninstall", "-y", "-q", *distributions],
                       capture_output=True, text=True)


def run(venv: Path, program: str, *args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(venv / "bin" / program), *args], capture_output=True, text=True, cwd=cwd)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def renewals_json(venv: Path, config: Path, *args: str):
    return json.loads(run(venv, "renewals", "--config", str(config), *args, "--json", cwd=config.parent).stdout)
