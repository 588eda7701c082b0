"""A customer's journeys in a real browser (Debian's Chromium), keyboard and accessibility included."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS

CARD_OK, CARD_DECLINED, CARD_NO_ANSWER = "4111111111111111", "4000000000000002", "4000000000000119"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]


def open_link(page, site, kind: str):
    page.goto(site.links[kind].url)
    assert site.links[kind].token not in page.url  # the token left the address bar after the 303
    return page


def choose(page, field_id: str):
    page.locator(f"#{field_id}").check()


def pay_with_card(page, number: str):
    choose(page, "method-visa")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/pay/**")  # the card plugin's hosted form
    page.locator("#card-number").fill(number)
    page.locator("#card-expiry").fill("12/39")
    page.locator("#card-cvc").fill("123")
    page.locator("#card-holder").fill("Test Customer")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/checkout/pay")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/checkout/(confirmation|declined|processing)$"))


def continue_to_method(page):
    page.goto(page.url.split("/checkout")[0] + "/checkout/method")


def test_chromium_starts(browser):
    assert browser.version.split(".")[0].isdigit()


def test_korean_customer_renews_by_card_with_the_keyboard(site, page_in):
    page = open_link(page_in("ko-KR"), site, "card")
    assert page.url.endswith("/checkout/review")
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    page.keyboard.press("Tab")  # the skip link comes first and is visible when focused
    expect(page.locator(".skip-link")).to_be_focused()
    page.locator("a.button[href='/checkout/options']").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/checkout/options")
    page.locator("button[value=continue]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/checkout/currency")
    page.locator("button[value=continue]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/checkout/method")
    pay_with_card(page, CARD_OK)
    assert page.url.endswith("/checkout/confirmation")
    expect(page.locator("h1")).to_contain_text("갱신")
    page.go_back()
    assert page.url.endswith("/checkout/confirmation") or "/pay/" in page.url


def test_declined_card_then_a_second_card_keeps_the_upgrade(site, page_in):
    page = open_link(page_in("en-GB"), site, "japan")
    page.goto(site.base_url + "/checkout/options")
    choose(page, "level-production")
    page.locator("button[value=update]").click()
    upgraded = page.locator("td.total bdi").inner_text()
    continue_to_method(page)
    pay_with_card(page, CARD_DECLINED)
    assert page.url.endswith("/checkout/declined")
    expect(page.locator("main")).to_contain_text("No money was taken")
    page.get_by_role("link", name="Change payment option").click()
    assert page.locator(".total-line bdi").inner_text() == upgraded
    pay_with_card(page, CARD_OK)
    assert page.url.endswith("/checkout/confirmation")


def test_dutch_customer_pays_with_ideal(site, page_in):
    page = open_link(page_in("nl-NL"), site, "ideal")
    continue_to_method(page)
    choose(page, "method-ideal")
    page.locator("main form button[type=submit]").click()
    assert "/pay/" in page.url
    page.locator("button[value=approve]").click()
    assert page.url.endswith("/checkout/confirmation")
    expect(page.locator("html")).to_have_attribute("lang", "nl")


def test_a_latin_american_customer_pays_a_usd_quote_in_mxn_and_sees_the_surcharge(site, page_in):
    """The issue's case. Mexico's own quotes are in MXN (its price list and the FAQ's peso), so the USD
    quote is a Colombian contract's (LATAM quotes in USD): paid in Mexican pesos, with the surcharge line."""
    page = page_in("es-MX")
    page.goto(site.customer("usdquote", "CO"))
    expect(page.locator("td.total")).to_contain_text("US$")
    page.goto(site.base_url + "/checkout/currency")
    page.locator("#currency").select_option("MXN")
    page.locator("button[value=update]").click()
    expect(page.locator("tr.line-fx_surcharge")).to_be_visible()
    expect(page.locator("p.rate")).to_contain_text("1 USD =")
    page.locator("button[value=continue]").click()
    expect(page.locator(".total-line")).to_contain_text("MXN")
    pay_with_card(page, CARD_OK)
    assert page.url.endswith("/checkout/confirmation")
    expect(page.locator("main")).to_contain_text("MXN")


def test_arabic_page_is_right_to_left(site, page_in):
    page = open_link(page_in("ar"), site, "arabic")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    main_box = page.locator("main h1").bounding_box()
    assert main_box["x"] + main_box["width"] > 600  # the heading sits on the right
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "checkout-review-ar.png"), full_page=True)


@pytest.mark.parametrize("locale", ["en", "ar", "ja"])
def test_review_method_declined_and_processing_pages_pass_axe(site, page_in, locale):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = page_in(locale)
    page.goto(site.customer(f"axe{locale}", {"en": "GB", "ar": "SA", "ja": "JP"}[locale]))
    page.goto(site.base_url + f"/checkout/review?lang={locale}")
    scans = {"review": axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})}
    continue_to_method(page)
    scans["method"] = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    pay_with_card(page, CARD_DECLINED)
    assert page.url.endswith("/checkout/declined")
    scans["declined"] = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    page.locator("main a.button[href='/checkout/method']").click()
    pay_with_card(page, CARD_NO_ANSWER)  # the processor does not answer: the processing page
    assert page.url.endswith("/checkout/processing")
    expect(page.locator("#auto-check")).to_be_visible()  # its nonce'd re-check runs under the CSP
    scans["processing"] = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    problems = {name: result.generate_report() for name, result in scans.items() if result.violations_count}
    assert not problems, problems


def test_the_card_forms_error_summary_takes_focus_and_leads_to_the_field(site, page_in):
    """GOV.UK's pattern: after a failed submit the summary has focus; each error moves focus to its field."""
    page = page_in("en-GB")
    page.goto(site.customer("focus", "GB"))
    continue_to_method(page)
    choose(page, "method-visa")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/pay/cards/card/**")
    page.locator("#card-expiry").fill("12/39")
    page.locator("#card-cvc").fill("123")
    page.locator("main form button[type=submit]").first.click()  # no number, no name
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#error-summary a")).to_have_count(2)
    page.locator("#error-summary a[href='#card-number']").click()
    expect(page.locator("#card-number")).to_be_focused()
    page.locator("#error-summary a[href='#card-holder']").click()
    expect(page.locator("#card-holder")).to_be_focused()
    expect(page.locator("aside.help")).to_contain_text("option 3 and then option 1")  # the help box is there too
    from axe_playwright_python.sync_playwright import Axe

    scan = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert not scan.violations_count, scan.generate_report()


def test_the_processing_page_opens_the_answer_by_itself_once_there_is_one(site, page_in, platform):
    """No meta refresh: the page's own check (a nonce'd script) asks again and follows the order's new state."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor
    from datetime import UTC, datetime, timedelta

    from core.offline.janitor import reconcile

    page = page_in("en-GB")
    page.clock.install()  # the page's timers run when the test says, not after real seconds
    page.goto(site.customer("waiting", "GB"))
    continue_to_method(page)
    pay_with_card(page, CARD_NO_ANSWER)
    assert page.url.endswith("/checkout/processing")
    expect(page.locator("#auto-check")).to_be_visible()
    with ThreadPoolExecutor(1) as worker:  # the payments janitor gets the processor's answer meanwhile
        later = datetime.now(UTC) + timedelta(hours=6)
        worker.submit(asyncio.run, reconcile(platform, now=later)).result()
    page.clock.run_for(6000)  # the first check is due after five seconds
    page.wait_for_url(re.compile(r".*/checkout/(?!processing)[a-z-]+$"))


def _fits(page, name: str, width: int) -> str | None:
    """None when the page needs no horizontal scrolling at this viewport width (WCAG 1.4.10 reflow)."""
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    return None if scroll_width <= width else f"{name} {page.url}: {scroll_width}px wide at {width}px"


def _card_form_layout(page) -> list[str]:
    """Each label sits above its own input; inputs are at least 44px tall (WCAG 2.5.8) and start on the
    reading side (right in Arabic) instead of running on from the label."""
    problems = []
    rtl = page.locator("html").get_attribute("dir") == "rtl"
    for field in ("card-number", "card-expiry", "card-cvc", "card-holder"):
        label, box = page.locator(f"label[for={field}]").bounding_box(), page.locator(f"#{field}").bounding_box()
        if box["height"] < 44:
            problems.append(f"#{field} is {box['height']}px tall")
        if label["y"] + label["height"] > box["y"] + 1:
            problems.append(f"#{field} runs on from its label")
        label_start = label["x"] + label["width"] if rtl else label["x"]
        box_start = box["x"] + box["width"] if rtl else box["x"]
        if abs(label_start - box_start) > 2:
            problems.append(f"#{field} does not line up with its label ({box_start} against {label_start})")
    return problems


@pytest.mark.parametrize("locale", ["en", "de", "ar", "th", "ko"])
def test_every_step_fits_a_360px_phone_without_horizontal_scrolling(site, page_in, locale):
    """Review, method, card form, bank page and confirmation reflow at 360px, left-to-right and right-to-left."""
    width = 360
    page = page_in(locale)
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(site.customer(f"narrow{locale}", "NL"))
    page.goto(site.base_url + f"/checkout/review?lang={locale}")
    problems = [_fits(page, "review", width)]
    continue_to_method(page)
    problems.append(_fits(page, "method", width))
    choose(page, "method-visa")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/pay/cards/card/**")
    problems.append(_fits(page, "card form", width))
    problems += _card_form_layout(page)
    page.locator("main a[href*='step=method']").click()
    page.wait_for_url("**/checkout/method")
    choose(page, "method-ideal")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/pay/**")
    problems.append(_fits(page, "bank page", width))
    page.locator("button[value=approve]").click()
    page.wait_for_url("**/checkout/confirmation")
    problems.append(_fits(page, "confirmation", width))
    assert [problem for problem in problems if problem] == []
