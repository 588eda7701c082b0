"""The reminder job on SQLite and PostgreSQL, day by day: 60, 30 and 15 exactly
once each, skipped days collapse into the most recent reminder, a partner
renewal stops the rest, the next term starts over, a re-run or a run after
a crash sends nothing twice, and the mailed link opens the mailed quote."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from core.links import resolve_link
from core.notices import ledger
from core.notices.job import NoticesBusy, claim_due, run, single_runner
from core.notices.transports import OutboxTransport
from core.renewals.contracts import mark_renewed, upsert_contracts
from core.renewals.quote_store import load_quote
from tests.notices_helpers import contract, job_context, outbox_messages

DAY0 = date(2026, 11, 25)
END = DAY0 + timedelta(days=65)
CONTACTS = ("buyer@acme.example", "it@acme.example")


@pytest.fixture
def context(catalog, tmp_path):
    return job_context(catalog, tmp_path / "outbox")


async def run_on(day: date, context):
    return await run(day, context, OutboxTransport(context.settings.outbox))


async def sent_rows(number: str = "N-1") -> list[tuple]:
    return sorted((r.term_end, r.days_before, r.email) for r in await ledger.list_rows(number, ledger.SENT))


async def test_a_70_day_calendar_sends_60_30_and_15_once_each(db, context):
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS)])
    sent_per_day = {}
    for offset in range(71):
        summary = await run_on(DAY0 + timedelta(days=offset), context)
        if summary.sent:
            sent_per_day[offset] = summary.sent
        assert summary.failed == summary.bounced == 0
    assert sent_per_day == {5: 2, 35: 2, 50: 2}  # 60, 30 and 15 days before the end, to both contacts
    assert await sent_rows() == sorted((END, days, email) for days in (60, 30, 15) for email in CONTACTS)
    messages = outbox_messages(context.settings.outbox)
    assert len(messages) == 6 and len({m["Message-ID"] for m in messages}) == 6
    assert {m["Content-Language"] for m in messages} == {"de"}
    assert {row.locale for row in await ledger.list_rows("N-1")} == {"de"}


async def test_skipped_days_send_only_the_most_recent_overdue_reminder(db, context):
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS[:1])])
    assert (await run_on(DAY0, context)).sent == 0          # 65 days left: nothing due yet
    assert (await run_on(END - timedelta(days=20), context)).sent == 1  # missed 60 and 30: one 30
    assert (await run_on(END - timedelta(days=19), context)).sent == 0
    assert (await run_on(END - timedelta(days=3), context)).sent == 1   # missed the 15th day: the 15
    assert (await run_on(END + timedelta(days=1), context)).sent == 0   # ended: no more reminders
    assert await sent_rows() == [(END, 15, CONTACTS[0]), (END, 30, CONTACTS[0])]
    [thirty, fifteen] = sorted(outbox_messages(context.settings.outbox), key=lambda m: m["Message-ID"], reverse=True)
    assert "20 Tagen" in thirty["Subject"] and "3 Tagen" in fifteen["Subject"]


async def test_a_partner_renewal_stops_reminders_and_the_next_term_gets_its_own(db, context):
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS[:1])])
    assert (await run_on(END - timedelta(days=60), context)).sent == 1
    await mark_renewed("N-1", "partner")
    for days_left in (30, 15, 1):
        assert (await run_on(END - timedelta(days=days_left), context)).sent == 0
    next_end = END + timedelta(days=365)
    await upsert_contracts([contract("N-1", "DE", next_end, contacts=CONTACTS[:1])])  # the new term arrives
    assert (await run_on(next_end - timedelta(days=60), context)).sent == 1
    assert await sent_rows() == [(END, 60, CONTACTS[0]), (next_end, 60, CONTACTS[0])]


async def test_eligibility_is_checked_again_when_sending(db, context):
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS)])
    today = END - timedelta(days=30)
    assert await claim_due(today, settings=context.settings) == 2
    await mark_renewed("N-1", "partner")  # renewed through a partner a minute before the send
    summary = await run_on(today, context)
    assert (summary.sent, summary.skipped) == (0, {"already_renewed_partner": 2})
    assert outbox_messages(context.settings.outbox) == []
    assert {r.reason for r in await ledger.list_rows("N-1", ledger.SKIPPED)} == {"already_renewed_partner"}


async def test_an_ineligible_contract_gets_nothing_and_the_summary_says_why(db, context):
    oem = contract("N-2", "DE", END)
    import msgspec

    await upsert_contracts([msgspec.structs.replace(oem, oem=True), contract("N-3", "DE", END, quantity=500)])
    summary = await run_on(END - timedelta(days=60), context)
    assert (summary.sent, summary.skipped) == (0, {"oem": 1, "over_limit": 1})
    await upsert_contracts([contract("N-4", "DE", END, contacts=())])
    assert (await run_on(END - timedelta(days=60), context)).without_contacts == ["N-4"]


async def test_a_rerun_and_a_run_after_a_crash_between_claim_and_send_send_once(db, context):
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS)])
    today = END - timedelta(days=60)
    assert await claim_due(today, settings=context.settings) == 2  # the job dies here, before sending
    assert [r.status for r in await ledger.list_rows("N-1")] == ["claimed", "claimed"]
    first = await run_on(today, context)
    again = await run_on(today, context)
    assert (first.claimed, first.sent, again.claimed, again.sent) == (0, 2, 0, 0)
    assert len(outbox_messages(context.settings.outbox)) == 2
    rows = await ledger.list_rows("N-1")
    assert [(r.status, r.attempts) for r in rows] == [("sent", 1), ("sent", 1)]


async def test_the_mailed_link_opens_the_contract_and_the_mailed_quote(db, context):
    await upsert_contracts([contract("N-1", "DE", END)])
    today = END - timedelta(days=60)
    await run_on(today, context)
    [message] = outbox_messages(context.settings.outbox)
    text = message.get_body(("plain",)).get_content()
    token = re.search(r"https://renew\.example/renew/([A-Za-z0-9_-]+)", text).group(1)
    state = await resolve_link(token, now=datetime.now(UTC))
    assert (state.status, state.contract_number, state.term_end) == ("valid", "N-1", END)
    stored = await load_quote(state.quote_id)
    assert stored.version_hash in text and stored.quote.contract == "N-1"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"N-1-{stored.version_hash}.pdf"
    await mark_renewed("N-1", "partner")
    assert (await resolve_link(token, now=datetime.now(UTC))).revoked_reason == "renewed"


async def test_a_second_run_on_the_same_sqlite_database_is_refused(db, context):
    if not hasattr(db, "path"):
        pytest.skip("PostgreSQL runs in parallel by design")
    with single_runner():
        with pytest.raises(NoticesBusy) as refused:
            with single_runner():
                pass
    assert "already running" in str(refused.value) and ".notices.lock" in str(refused.value)


async def test_a_fresh_link_on_request_goes_to_every_contact_in_their_language(db, platform, tmp_path, monkeypatch):
    from core.links import issue_link
    from core.notices.fresh_link import send_link

    monkeypatch.setenv("RENEWALS_OUTBOX", str(tmp_path / "fresh"))
    await upsert_contracts([contract("K-1", "KR", END, contacts=CONTACTS)])
    link = await issue_link("K-1", now=datetime.now(UTC), base_url="https://renew.example")
    assert await send_link(link, platform=platform, now=datetime.now(UTC)) == 2
    messages = outbox_messages(tmp_path / "fresh")
    assert sorted(m["To"] for m in messages) == sorted(CONTACTS)
    for message in messages:
        assert message["Content-Language"] == "ko" and "K-1" in message["Subject"]
        assert link.url in message.get_body(("plain",)).get_content()
        assert link.url in message.get_body(("html",)).get_content()


async def test_an_unwritable_outbox_fails_the_messages_and_the_next_run_delivers_them(db, catalog, tmp_path):
    blocked = tmp_path / "outbox"
    blocked.write_text("a file where the outbox folder should be", encoding="utf-8")
    context = job_context(catalog, blocked)
    await upsert_contracts([contract("N-1", "DE", END, contacts=CONTACTS)])
    today = END - timedelta(days=60)
    failed = await run_on(today, context)
    assert (failed.sent, failed.failed) == (0, 2) and str(blocked) in failed.failures[0].detail
    dry = await run(today, context, OutboxTransport(context.settings.outbox), dry_run=True)
    assert [(d["kind"], d["contract"], d["email"], d["reminder"]) for d in dry.due] == [
        ("retry", "N-1", email, 60) for email in CONTACTS]  # what the next real run sends
    blocked.unlink()
    assert (await run_on(today, context)).sent == 2
    assert len(outbox_messages(blocked)) == 2


async def test_the_reminders_pdf_and_the_checkout_show_one_deadline_to_the_minute(db, context, platform):
    """The stored quote's validity is a moment: the PDF and the page it links to both give its time and zone."""
    import io

    import pypdf
    from litestar.testing import AsyncTestClient

    from app import create_app
    from core.checkout.settings import CheckoutSettings
    from core.i18n import moment

    await upsert_contracts([contract("N-1", "DE", END)])
    await run_on(END - timedelta(days=60), context)
    [message] = outbox_messages(context.settings.outbox)
    token = re.search(r"https://renew\.example/renew/([A-Za-z0-9_-]+)",
                      message.get_body(("plain",)).get_content()).group(1)
    stored = await load_quote((await resolve_link(token, now=datetime.now(UTC))).quote_id)
    deadline = moment(stored.valid_until, "de", "DE")
    assert re.search(r"\d{2}:\d{2} Mitteleuropäische (Normal|Sommer)zeit$", deadline)
    [attachment] = list(message.iter_attachments())
    pages = pypdf.PdfReader(io.BytesIO(attachment.get_content())).pages
    pdf = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert f"Gültig bis: {deadline}" in pdf
    opened = stored.valid_until - timedelta(days=29)  # the customer clicks the next day
    app = create_app(platform, settings=CheckoutSettings(secret_key="notices-test-key"), clock=lambda: opened,
                     manage_database=False)
    async with AsyncTestClient(app=app) as client:
        page = await client.get(f"/renew/{token}", headers={"Accept-Language": "de"})
        assert stored.version_hash in page.text and f"Dieser Preis gilt bis {deadline}." in page.text
