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


async def test_an_expired_link_is_gone_and_an_unknown_one_not_found_in_the_readers_language(client, links):  # noqa: F811
    from datetime import UTC, datetime, timedelta

    unknown = await client.post("/api/session", json={"token": "guess"}, headers={"Accept-Language": "en"})
    assert unknown.status_code == 404 and unknown.json()["title"] == "This link does not work"
    now = datetime.now(UTC) + timedelta(days=400)  # long after the link's expiry
    client.app.state.clock = lambda: now
    expired = await client.post("/api/session", json={"token": links["japan"].token},
                                headers={"Accept-Language": "de"})
    assert expired.status_code == 410, expired.text  # as its page says (/link/expired), not "Page not found"
    assert expired.json()["title"] == "Dieser Verlängerungslink ist abgelaufen"
    assert expired.json()["problems"][0]["field"] == "token" and expired.json()["problems"][0]["message"]


async def test_a_body_with_a_field_the_request_does_not_have_is_refused_naming_it(client, links):  # noqa: F811
    english = {"Accept-Language": "en"}
    extra = await client.post("/api/session", json={"token": links["card"].token, "level": "x"}, headers=english)
    assert extra.status_code == 422 and extra.json()["problems"][0] == {
        "field": "level", "message": 'This request has no field "level". Remove it and send the request again.'}
    assert (await client.post("/api/session", json={"token": links["card"].token})).status_code == 201
    await client.get("/api/checkout")
    headers = {"x-csrftoken": csrf(client), "Accept-Language": "nl"}
    ignored_before = await client.post("/api/checkout/options", json={"level": "production", "term": 3},
                                       headers=headers)
    assert ignored_before.status_code == 422 and ignored_before.json()["problems"][0]["field"] in ("level", "term")
    assert "Dit verzoek heeft geen veld" in ignored_before.json()["problems"][0]["message"]  # in Dutch, as asked
    wrong = await client.post("/api/checkout/options", json={"term_years": "three"}, headers=headers)
    assert wrong.status_code == 422 and wrong.json()["problems"][0]["field"] == "term_years"
    state = (await client.get("/api/checkout")).json()
    assert state["upgrade_level"] is None and state["term_years"] is None  # nothing was half-applied


async def test_the_schema_lists_gone_links_bad_bodies_and_the_csrf_header(client):  # noqa: F811
    schema = (await client.get("/schema/openapi.json")).json()
    session = schema["paths"]["/api/session"]["post"]
    assert {"404", "410", "422", "429"} <= set(session["responses"])
    assert not any(p["name"] == "x-csrftoken" for p in session.get("parameters", []))  # the token is its proof
    for path in ("/api/checkout/options", "/api/checkout/currency", "/api/checkout/method"):
        operation = schema["paths"][path]["post"]
        [header] = [p for p in operation["parameters"] if p["name"] == "x-csrftoken"]
        assert header["in"] == "header" and "csrftoken" in header["description"] and "403" in header["description"]
        assert {"403", "422"} <= set(operation["responses"])


async def test_a_body_that_is_not_a_json_object_is_refused_saying_what_it_must_be(client, links):  # noqa: F811
    for body in (b"", b"[]", b"null"):
        refused = await client.post("/api/session", content=body,
                                    headers={"Accept-Language": "en", "Content-Type": "application/json"})
        assert refused.status_code == 422, body
        assert refused.json()["problems"] == [{"field": "", "message": 'The request body must be a JSON object, for '
                                               'example {"token": "…"}. Correct it and send the request again.'}]
    german = await client.post("/api/session", json=[], headers={"Accept-Language": "de"})
    assert "JSON-Objekt" in german.json()["problems"][0]["message"]


async def test_a_method_the_address_does_not_take_is_answered_as_such(client):  # noqa: F811
    for method in ("GET", "DELETE"):
        refused = await client.request(method, "/api/session", headers={"Accept-Language": "en"})
        assert refused.status_code == 405 and refused.json()["title"] == "This address does not take that request"
        assert "POST" in refused.headers["allow"]
    french = await client.get("/api/session", headers={"Accept-Language": "fr"})
    assert french.json()["title"] == "Cette adresse n’accepte pas ce type de requête"
    page = await client.put("/checkout/review", headers={"Accept-Language": "nl"})
    assert page.status_code == 405 and "Dit adres accepteert dit soort verzoek niet" in page.text
