"""HEAD /renew/{token}: mail link scanners ask with HEAD before (or instead of) the customer clicking."""

from __future__ import annotations

from datetime import UTC, datetime

from litestar.testing import AsyncTestClient

from app import create_app
from core.checkout.settings import CheckoutSettings
from core.links import revoke_links
from tests.test_checkout_pages import SETTINGS, client, links  # noqa: F401  (shared fixtures)


def _cookie_names(answer) -> set[str]:
    return {c.split("=", 1)[0] for c in answer.headers.get_list("set-cookie")}


async def test_head_answers_as_get_does_without_opening_a_session(client, links):  # noqa: F811
    await revoke_links(links["ideal"].contract, now=datetime.now(UTC), reason="renewed")
    for path in (f"/renew/{links['card'].token}", "/renew/not-a-real-token", f"/renew/{links['ideal'].token}"):
        client.cookies.clear()
        checked = await client.head(path, follow_redirects=False)
        assert checked.status_code == 303 and checked.content == b"", path
        assert not _cookie_names(checked) & {"renewal_session", "renewal_link"}, path  # nothing opened or kept
        opened = await client.get(path, follow_redirects=False)
        assert (checked.status_code, checked.headers["location"]) == (opened.status_code, opened.headers["location"])
    client.cookies.clear()
    await client.head(f"/renew/{links['card'].token}", follow_redirects=False)
    after_scan = await client.get("/checkout/review", headers={"Accept-Language": "en"}, follow_redirects=False)
    assert after_scan.status_code != 200 and "Your session has ended" in after_scan.text  # the scanner got in nowhere


async def test_head_counts_in_the_guessing_budget_as_get_does(platform, links):  # noqa: F811
    strict = CheckoutSettings(secret_key=SETTINGS.secret_key, link_attempts_per_minute=3)
    async with AsyncTestClient(app=create_app(platform, settings=strict, manage_database=False)) as scanner:
        answers = [(await scanner.head(f"/renew/guess-{n}", follow_redirects=False)).status_code for n in range(3)]
        assert answers == [303, 303, 303]
        assert (await scanner.head("/renew/guess-x", follow_redirects=False)).status_code == 429
        assert (await scanner.get("/renew/guess-y", headers={"Accept-Language": "en"})).status_code == 429
