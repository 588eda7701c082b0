"""The web app starts from the factory and speaks the reader's language."""

from __future__ import annotations

import pytest
from litestar.testing import AsyncTestClient

from app import create_app


@pytest.fixture
async def client(platform):
    async with AsyncTestClient(app=create_app(platform)) as client:
        yield client


@pytest.mark.parametrize(
    ("headers", "query", "lang", "direction", "title"),
    [
        ({"Accept-Language": "de-CH,de;q=0.9"}, "", "de", "ltr", "Online-Verlängerung"),
        ({"Accept-Language": "he"}, "", "he", "rtl", None),
        ({"Accept-Language": "fr"}, "?lang=ja", "ja", "ltr", None),
        ({}, "", "en", "ltr", "Online Renewal"),
    ],
)
async def test_home_page_is_localized(client, headers, query, lang, direction, title):
    response = await client.get(f"/{query}", headers=headers)
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}">' in response.text
    assert response.headers["vary"] == "Accept-Language"
    assert response.headers["content-language"] == lang
    if title:
        assert f" – {title}</title>" in response.text


async def test_health_reports_the_catalog(client):
    assert (await client.get("/health")).json() == {"countries": 239, "payment_methods": 15}


def test_a_bad_config_stops_start_up_with_its_message(tmp_path, monkeypatch):
    config = tmp_path / "regions.yaml"
    config.write_text("countries:\n  US:\n    enabled: maybe\n", encoding="utf-8")
    monkeypatch.setenv("RENEWALS_REGIONS_CONFIG", str(config))
    with pytest.raises(SystemExit) as stopped:
        create_app()
    assert f"{config}: at countries.US.enabled" in str(stopped.value.code)
