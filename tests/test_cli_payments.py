"""``renewals payments`` as finance runs it (real migrations, SQLite and PostgreSQL), in one
journey to keep the suite fast: list with ages and amounts, a mistyped reference refused with
what to do, an underpayment then the rest, expiry with its email, show with every receipt."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

from core.db import session
from core.db.engine import make_engine
from core.i18n import money
from core.orders import choose_method
from tests.orders_helpers import NOW, order_for
from tests.test_notices_cli import cli


async def place_wire_orders(url: str, platform, count: int):
    """The customers' side, in-process on the database the CLI migrated."""
    engine = make_engine(url)
    session.bind(engine)
    await session.start(engine)
    try:
        placed = []
        for _ in range(count):
            view = await order_for(platform, "NL")
            placed.append(await choose_method(view.reference, "wire_transfer", platform=platform, now=NOW,
                                              return_url="/checkout", locale="nl"))
        return placed
    finally:
        await session.stop(engine)


async def test_finance_lists_settles_expires_and_shows_offline_payments(database_url, tmp_path, platform):
    assert "No payments match." in cli(database_url, tmp_path, "payments", "list").stdout  # migrates, lists nothing
    paid, forgotten = await place_wire_orders(database_url, platform, 2)
    rows = json.loads(cli(database_url, tmp_path, "payments", "list", "--status", "pending", "--json").stdout)
    assert [(r["payment_reference"], r["amount"], r["currency"]) for r in rows] == [
        (paid.payment_reference, str(paid.amount), "EUR"), (forgotten.payment_reference, str(forgotten.amount), "EUR")]
    assert rows[0]["age_days"] >= 0 and rows[0]["expires_at"].startswith(str(NOW.date() + timedelta(days=14)))

    mistyped = paid.payment_reference[:-1] + ("2" if paid.payment_reference[-1] != "2" else "3")
    typo = cli(database_url, tmp_path, "payments", "settle", mistyped, "--amount", "1",
               "--currency", "EUR", check=False)
    assert typo.returncode == 2 and "is not a payment reference" in typo.stderr
    early = cli(database_url, tmp_path, "payments", "settle", paid.payment_reference, "--amount", "1",
                "--currency", "EUR", "--received-on", "2020-01-01", check=False)  # before the order existed
    assert early.returncode == 2 and "2020-01-01" in early.stderr and f"placed on {NOW.date()}" in early.stderr
    short = cli(database_url, tmp_path, "payments", "settle", paid.payment_reference, "--amount", "10.00",
                "--currency", "eur", "--received-on", "2026-11-25").stdout
    assert f"{money(Decimal('10.00'), 'EUR', 'en')} of {money(paid.amount, 'EUR', 'en')}" in short  # €10.00 of €…
    assert "stays pending" in short
    dollars = cli(database_url, tmp_path, "payments", "settle", paid.payment_reference, "--amount", "5.00",
                  "--currency", "USD", check=False)  # recorded for finance, settles nothing: not status 0
    assert dollars.returncode == 1 and "not settled" in dollars.stdout
    done = cli(database_url, tmp_path, "payments", "settle", paid.payment_reference, "--amount",
               str(paid.amount - 10), "--currency", "EUR").stdout
    assert "settled" in done and "renewed until" in done

    day = (forgotten.expires_at + timedelta(days=1)).date().isoformat()
    result = json.loads(cli(database_url, tmp_path, "payments", "expire", "--today", day, "--json").stdout)
    assert [e["order_reference"] for e in result["expired"]] == [forgotten.reference]
    assert result["emails_sent"] == 1  # the expiry notice to the one contact, in Dutch
    # the outbox also holds the underpayment email the short settle sent (what arrived, what is due)
    notices = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(notices) == 2 and sum(b"verlopen" in n.read_bytes() for n in notices) == 1

    shown = json.loads(cli(database_url, tmp_path, "payments", "show", paid.payment_reference, "--json").stdout)
    assert shown["payment"]["status"] == "settled" and [r["outcome"] for r in shown["receipts"]] == [
        "underpaid", "rejected", "settled"]
    table = cli(database_url, tmp_path, "payments", "list").stdout
    assert paid.payment_reference in table and forgotten.payment_reference in table and "to_refund" in table
    assert money(paid.amount, "EUR", "en") in table and " EUR" not in table  # the one money function: €1,234.50
    detail = cli(database_url, tmp_path, "payments", "show", paid.payment_reference).stdout
    assert money(Decimal(0), "EUR", "en") in detail and "0 EUR" not in detail  # remaining: €0.00 (was "0 EUR")
    assert money(Decimal("5.00"), "USD", "en") in detail  # the rejected dollars, in their own currency
