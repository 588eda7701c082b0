"""Reminders pause while a contract's offline order waits for money, and resume after it expires
(SQLite and PostgreSQL, the real reminder job with the outbox transport)."""

from __future__ import annotations

from datetime import date, timedelta

from core.offline.expiry import expire_due
from tests.orders_helpers import NOW
from tests.test_offline import offline_order


async def test_reminders_pause_while_an_offline_order_waits_and_resume_after_it_expires(
        db, platform, catalog, tmp_path):
    from core.notices.job import run
    from core.notices.transports import OutboxTransport
    from tests.notices_helpers import job_context, outbox_messages

    context = job_context(catalog, tmp_path)
    placed = await offline_order(platform, "NL", "wire_transfer", "nl")  # contract ends 2026-12-20
    for day in (date(2026, 11, 25), date(2026, 12, 6)):  # the 30-day and the 15-day reminder would be due
        summary = await run(day, context, OutboxTransport(tmp_path))
        assert summary.sent == 0 and outbox_messages(tmp_path) == []
    await expire_due(today=date(2026, 12, 10), now=NOW + timedelta(days=15))
    summary = await run(date(2026, 12, 10), context, OutboxTransport(tmp_path))
    assert summary.sent == 1
    [reminder] = outbox_messages(tmp_path)
    assert placed.contract_number in reminder["Subject"] and reminder["To"] == "buyer@example.com"


async def test_an_order_placed_between_claim_and_send_skips_the_reminder(db, platform, catalog, tmp_path):
    from core.notices.job import claim_due, run
    from core.notices.transports import OutboxTransport
    from tests.notices_helpers import job_context, outbox_messages
    from core.orders import choose_method, open_order
    from tests.orders_helpers import contract_with_quote

    context = job_context(catalog, tmp_path)
    number, quote_id = await contract_with_quote(platform, "NL")
    assert await claim_due(date(2026, 11, 25), settings=context.settings) == 1
    view = await open_order(number, quote_id, now=NOW)
    await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW,
                        return_url="/checkout")
    summary = await run(date(2026, 11, 25), context, OutboxTransport(tmp_path))
    assert summary.sent == 0 and summary.skipped == {"offline_pending": 1} and outbox_messages(tmp_path) == []
