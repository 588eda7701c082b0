"""A Dutch customer pays by bank transfer in a real browser (Debian's Chromium): the order is
placed and the confirmation page shows the IBAN, the amount and the payment reference, in Dutch."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

from playwright.sync_api import expect

from core.settlement import reference_is_valid
from tests.browser.test_checkout_browser import choose, continue_to_method, open_link


def test_dutch_customer_pays_by_wire_and_sees_iban_amount_and_reference_in_dutch(site, page_in, tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path))  # the server thread reads it when it sends
    monkeypatch.delenv("RENEWALS_SMTP_HOST", raising=False)
    page = open_link(page_in("nl-NL"), site, "ideal")  # the Dutch demo customer
    page.set_viewport_size({"width": 360, "height": 740})  # a phone: the IBAN and PayPal pages must reflow
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    continue_to_method(page)
    choose(page, "method-wire_transfer")
    page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/checkout/offline"), page.url
    text = page.locator("main").inner_text()
    assert "Maak" in text and "over naar VMware International Limited" in text
    assert "IE73 SBOX 9900 1112 3456 78" in text and "SBOXIE2D" in text
    assert re.search(r"€\s?[\d.]+,\d\d", text), text  # Dutch amount format: € 1.234,50
    reference = re.search(r"RN-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}", text).group(0)
    assert reference_is_valid(reference) and "referentienummer" in text
    page.reload()  # the page reopens as long as the order waits for the money
    assert reference in page.locator("main").inner_text()
    [sent] = [message_from_bytes(path.read_bytes(), policy=policy.default) for path in tmp_path.glob("*.eml")]
    assert sent["Subject"].startswith("Betaalinstructies") and sent["Content-Language"] == "nl"
    assert reference in sent.get_body(("plain",)).get_content()
    assert [part.get_content_type() for part in sent.iter_attachments()] == ["application/pdf"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    continue_to_method(page)  # PayPal instead: its pay page is a labelled button, not a 200-character URL
    choose(page, "method-paypal")
    page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/checkout/offline"), page.url
    expect(page.get_by_role("link", name="Betalen met PayPal")).to_have_attribute("href", re.compile(r"^https://"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
