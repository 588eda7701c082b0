"""The JSON API walks the same steps as the pages, with the same rules, and is in the OpenAPI schema."""

from __future__ import annotations

from tests.test_checkout_pages import client, csrf, links  # noqa: F401  (shared fixtures)


async def test_the_api_walks_the_steps_in_the_readers_language(client, links):  # noqa: F811
    started = await client.post("/api/session", json={"token": links["mexico"].token},
                                headers={"Accept-Language": "es-MX"})
    assert started.status_code == 201
    state = started.json()
    assert state["page"] == "review" and state["contract"]["number"] == "DEMO-MX-MEXICO"
    assert state["quote"]["currency"] == "MXN" and state["quote"]["total_amount"]
    await client.get("/api/checkout")  # a safe request hands out the CSRF cookie
    headers = {"x-csrftoken": csrf(client), "Accept-Language": "es-MX"}
    upgraded = await client.post("/api/checkout/options", json={"upgrade_level": "production"}, headers=headers)
    assert upgraded.status_code == 200 and upgraded.json()["upgrade_level"] == "production"
    assert upgraded.json()["quote"]["total_amount"] != state["quote"]["total_amount"]
    converted = await client.post("/api/checkout/currency", json={"currency": "usd"}, headers=headers)
    kinds = [line["kind"] for line in converted.json()["quote"]["lines"]]
    assert converted.json()["quote"]["currency"] == "USD" and "fx_surcharge" in kinds
    methods = (await client.get("/api/checkout/methods", headers=headers)).json()
    assert {"visa", "wire_transfer"} <= {m["value"] for m in methods} and all(m["hint"] for m in methods)
    refused = await client.post("/api/checkout/method", json={"method": "ideal"}, headers=headers)
    assert refused.status_code == 400
    assert refused.json()["problems"][0] == {"field": "method", "message": "Elija cómo desea pagar."}
    chosen = await client.post("/api/checkout/method", json={"method": "visa"}, headers=headers)
    assert chosen.status_code == 200 and chosen.json()["url"].startswith("/pay/")


async def test_the_api_refuses_bad_tokens_missing_sessions_and_forged_requests(client, links):  # noqa: F811
    assert (await client.post("/api/session", json={"token": "guess"})).status_code == 404
    no_session = await client.get("/api/checkout", headers={"Accept-Language": "en"})
    assert no_session.status_code == 401 and no_session.json()["title"] == "Your session has ended"
    await client.post("/api/session", json={"token": links["card"].token})
    await client.get("/api/checkout")
    forged = await client.post("/api/checkout/currency", json={"currency": "USD"})  # no CSRF header
    assert forged.status_code == 403
    bad = await client.post("/api/checkout/currency", json={"currency": "XYZ"},
                            headers={"x-csrftoken": csrf(client), "Accept-Language": "en"})
    assert bad.status_code == 400 and bad.json()["problems"][0]["field"] == "currency"


async def test_the_schema_documents_the_api_and_hides_the_pages(client):  # noqa: F811
    schema = (await client.get("/schema/openapi.json")).json()
    assert {"/api/session", "/api/checkout", "/api/checkout/options", "/api/checkout/currency",
            "/api/checkout/methods", "/api/checkout/method"} <= set(schema["paths"])
    assert not any(path.startswith(("/checkout", "/renew")) for path in schema["paths"])
