"""Shared fixtures. The installed plugins are real distributions (./dev installs
them); validation tests build their own plugin manager with fixture plugins
and never load entry points."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import RegionsConfig, RegionSettings
from core.platform import Platform, load_platform

ROOT = Path(__file__).resolve().parent.parent
ALL_REGIONS = ("north_america", "apj", "emea", "latam")


@pytest.fixture(scope="session")
def platform() -> Platform:
    """The platform exactly as the app starts it: installed plugins + config/regions.yaml."""
    return load_platform(ROOT / "config" / "regions.yaml")


@pytest.fixture(scope="session")
def catalog(platform):
    return platform.catalog


@pytest.fixture
def write_config(tmp_path):
    """Write a regions.yaml into a temporary folder and return its path."""

    def write(text: str) -> Path:
        path = tmp_path / "regions.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def all_regions_on() -> RegionsConfig:
    return RegionsConfig(regions={r: RegionSettings(enabled=True) for r in ALL_REGIONS}, source="test")
