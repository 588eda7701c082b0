"""Right-to-left pages keep product codes and lettered currency signs whole."""

from __future__ import annotations

import re

from core.renewals.contracts import find_contract
from tests.test_checkout_pages import client, enter, links  # noqa: F401  (shared fixtures)


async def test_an_arabic_quote_isolates_product_codes_and_keeps_us_dollars_whole(client, links):  # noqa: F811
    page = await enter(client, links["arabic"])  # a UAE contract quoted in US dollars, shown in Arabic
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    contract = await find_contract(links["arabic"].contract)
    for line in contract.lines:  # "VS8-ESS-KIT" as one left-to-right word, not "-VS8 / ESS-KIT"
        assert f'<bdi class="code">{line.sku}</bdi>' in page.text
    assert (await client.get("/api/checkout")).json()["quote"]["currency"] == "USD"
    amounts = re.findall(r'<td class="amount(?: total)?"><bdi>([^<]*)</bdi>', page.text)
    assert amounts and all(re.fullmatch("\u200f[\\d,.]+\u00a0US\\$\u200e", amount) for amount in amounts), amounts


async def test_english_pages_keep_the_same_words_around_the_code(client, links):  # noqa: F811
    page = await enter(client, links["card"], **{"Accept-Language": "en"})
    contract = await find_contract(links["card"].contract)
    sku = contract.lines[0].sku
    assert re.search(rf'Renewal: <bdi class="code">{re.escape(sku)}</bdi>, ', page.text)
    state = (await client.get("/api/checkout")).json()
    assert any(line["text"].startswith(f"Renewal: {sku}, ") and line["sku"] == sku for line in state["quote"]["lines"])
