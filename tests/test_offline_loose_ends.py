"""Offline payments' loose ends (issue 9 review), on SQLite and PostgreSQL: a customer who switches
away from a placed offline order, instructions per switch, the PDF's date, a payment the janitor
found failed, an underpaid order as the customer sees it, and the janitor's schedule as settings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.offline import janitor
from core.orders import pay
from tests.orders_helpers import NOW, TIMEOUT, card_ready

# -- the janitor's schedule is a setting ------------------------------------------------


def test_the_janitor_schedule_defaults_and_reads_its_settings():
    assert janitor.load_janitor_settings({}) == janitor.JanitorSettings()
    assert janitor.JanitorSettings().backoff == tuple(
        timedelta(minutes=m) for m in (1, 5, 30, 120, 720))
    custom = janitor.load_janitor_settings({
        janitor.BACKOFF_ENV: " 2, 10 ", janitor.REPORTED_EVERY_ENV: "60", janitor.REDIRECT_GRACE_ENV: "15"})
    assert custom == janitor.JanitorSettings(backoff=(timedelta(minutes=2), timedelta(minutes=10)),
                                             reported_every=timedelta(hours=1), redirect_grace=timedelta(minutes=15))


@pytest.mark.parametrize(("name", "value"), [
    (janitor.BACKOFF_ENV, "1,5,x"), (janitor.BACKOFF_ENV, ""), (janitor.BACKOFF_ENV, "30,5"),
    (janitor.BACKOFF_ENV, "0,5"), (janitor.BACKOFF_ENV, "1.5"), (janitor.REPORTED_EVERY_ENV, "-1"),
    (janitor.REPORTED_EVERY_ENV, "99999999999"), (janitor.REDIRECT_GRACE_ENV, "half an hour")])
def test_a_bad_janitor_setting_names_the_variable_and_what_to_write(name, value):
    with pytest.raises(janitor.JanitorSettingError) as error:
        janitor.load_janitor_settings({name: value})
    text = str(error.value)
    assert name in text and f'"{value}"' in text and "whole" in text and "restart" in text


def test_payments_reconcile_refuses_a_bad_schedule_before_asking_anyone(monkeypatch):
    from click.testing import CliRunner

    from core.cli.main import main

    monkeypatch.setenv(janitor.BACKOFF_ENV, "5,1")
    result = CliRunner().invoke(main, ["payments", "reconcile"])  # refused before the database
    assert result.exit_code == 2 and janitor.BACKOFF_ENV in result.output and "Traceback" not in result.output


async def test_the_janitor_follows_a_configured_schedule(db, platform):
    lost = await card_ready(platform, TIMEOUT)
    assert (await pay(lost.reference, lost.attempt_id, platform=platform, now=NOW)).state == "processing"
    settings = janitor.JanitorSettings(backoff=(timedelta(minutes=10),))
    early = await janitor.reconcile(platform, now=NOW + timedelta(minutes=2), settings=settings)
    assert early.checked == [] and early.waiting == 1  # the default would have asked after one minute
    done = await janitor.reconcile(platform, now=NOW + timedelta(minutes=11), settings=settings)
    assert [c.answer for c in done.checked] == ["paid"]
