"""Personal links and stored quote versions on SQLite and PostgreSQL: a link
opens its contract's term until it expires or is revoked (by support, a
partner renewal or a new term); only the token's hash is stored; a stored
quote comes back exactly as the engine made it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from core.db.tables import RenewalLink
from core.links import issue_link, resolve_link, revoke_links
from core.renewals.contracts import AlreadyRenewed, ContractData, LineData, mark_renewed, upsert_contracts
from core.renewals.quote_store import load_quote, store_quote, version_hash
from core.renewals.quotes import QuoteOptions, quote_contract
from core.renewals.rates import RateRow, store_rates
from tests.conftest import ROOT

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
END = date(2026, 12, 31)
BASE = "https://renew.example"


def acme(end: date = END, number: str = "L-100") -> ContractData:
    return ContractData(
        contract_number=number, customer="Acme GmbH", country="DE", oem=False, start_date=end - timedelta(days=365),
        end_date=end, lines=(LineData(sku="VS8-STD-C", quantity=2, service_level="production", term_years=1),),
        contacts=("it@acme.example",),
    )


async def test_a_link_opens_its_contract_and_only_its_hash_is_stored(db):
    await upsert_contracts([acme()])
    issued = await issue_link("L-100", now=NOW, base_url=BASE + "/", quote_id=None)
    assert issued.url == f"{BASE}/renew/{issued.token}"
    assert len(issued.token) >= 43  # 32 random bytes, URL-safe
    stored = await RenewalLink.select(RenewalLink.token_hash).first()
    assert issued.token not in str(stored) and len(stored["token_hash"]) == 64

    state = await resolve_link(issued.token, now=NOW)
    assert (state.status, state.contract_number, state.term_end) == ("valid", "L-100", END)
    assert state.expires_at == issued.expires_at and issued.expires_at.date() == END + timedelta(days=90)

    assert (await resolve_link(issued.token, now=issued.expires_at + timedelta(seconds=1))).status == "expired"
    assert (await resolve_link(issued.token[:-1] + "x", now=NOW)).status == "unknown"
    assert (await resolve_link("", now=NOW)).status == "unknown"


async def test_new_links_leave_earlier_ones_working_until_revoked(db):
    await upsert_contracts([acme()])
    first = await issue_link("L-100", now=NOW, base_url=BASE)
    second = await issue_link("L-100", now=NOW, base_url=BASE)
    assert first.token != second.token
    assert (await resolve_link(first.token, now=NOW)).status == "valid"
    assert await revoke_links("L-100", now=NOW) == 2
    state = await resolve_link(first.token, now=NOW)
    assert (state.status, state.revoked_reason) == ("revoked", "manual")
    assert await revoke_links("L-100", now=NOW) == 0


async def test_support_gets_no_link_once_the_reinstatement_window_has_closed(db):
    from core.links import LinkWindowClosed

    ended = NOW.date() - timedelta(days=91)  # the default window is 90 days after the end date
    await upsert_contracts([acme(end=ended)])
    with pytest.raises(LinkWindowClosed) as refused:
        await issue_link("L-100", now=NOW, base_url=BASE, refuse_closed=True)
    assert f"ended on {ended}" in str(refused.value) and f"closed on {ended + timedelta(days=90)}" in str(refused.value)
    assert await RenewalLink.count() == 0
    await upsert_contracts([acme(end=NOW.date() - timedelta(days=90))])  # the window's last day: still a link
    assert (await issue_link("L-100", now=NOW, base_url=BASE, refuse_closed=True)).expires_at > NOW


async def test_a_partner_renewal_revokes_the_terms_links_as_renewed(db):
    await upsert_contracts([acme()])
    issued = await issue_link("L-100", now=NOW, base_url=BASE)
    await mark_renewed("L-100", "partner")
    state = await resolve_link(issued.token, now=NOW)
    assert (state.status, state.revoked_reason, state.contract_number) == ("revoked", "renewed", "L-100")
    with pytest.raises(AlreadyRenewed):
        await issue_link("L-100", now=NOW, base_url=BASE)


async def test_a_new_term_from_an_import_revokes_the_old_terms_links(db):
    await upsert_contracts([acme()])
    old = await issue_link("L-100", now=NOW, base_url=BASE)
    await upsert_contracts([acme(end=date(2027, 12, 31))])
    assert (await resolve_link(old.token, now=NOW)).revoked_reason == "new_term"
    new = await resolve_link((await issue_link("L-100", now=NOW, base_url=BASE)).token, now=NOW)
    assert (new.status, new.term_end) == ("valid", date(2027, 12, 31))


async def test_a_stored_quote_comes_back_exactly_and_is_never_edited(db, catalog):
    await upsert_contracts([acme(end=date(2026, 9, 1))])  # lapsed: the reinstatement fee line has a percent
    await store_rates([RateRow(base="EUR", quote="USD", rate=Decimal("1.0832"), valid_on=date(2026, 11, 1))])
    options = QuoteOptions(on=date(2026, 11, 25), currency="USD")
    quote = await quote_contract("L-100", catalog, options)
    assert quote.total is not None and any(line.kind == "reinstatement_fee" for line in quote.lines)
    stored = await store_quote(quote, options, now=NOW, valid_until=NOW + timedelta(days=30))
    again = await store_quote(quote, options, now=NOW, valid_until=NOW + timedelta(days=30))
    assert again.id != stored.id and again.version_hash == stored.version_hash == version_hash(quote)

    loaded = await load_quote(stored.id)
    assert loaded.quote == quote
    assert isinstance(loaded.quote.total, Decimal)
    assert (loaded.options, loaded.valid_until, loaded.version_hash) == (options, stored.valid_until,
                                                                         stored.version_hash)
    assert await load_quote(stored.id + 1000) is None

    link = await issue_link("L-100", now=NOW, base_url=BASE, quote_id=stored.id)
    assert (await resolve_link(link.token, now=NOW)).quote_id == stored.id


def test_version_hash_changes_with_the_figures(catalog):
    from core.renewals.quotes import Quote, QuoteLine

    line = QuoteLine(kind="renewal", message_id="line-renewal", arguments={"sku": "X"}, amount=Decimal("10.00"))
    one = Quote(contract="C", quoted_on=date(2026, 1, 1), eligible=True, reasons=(), currency="EUR", lines=(line,),
                total=Decimal("10.00"))
    other = Quote(contract="C", quoted_on=date(2026, 1, 2), eligible=True, reasons=(), currency="EUR",
                  lines=(line,), total=Decimal("10.01"))
    assert version_hash(one) == version_hash(one) and version_hash(one) != version_hash(other)


def _cli(url: str, *args: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "RENEWALS_DATABASE_URL": url, "RENEWALS_BASE_URL": BASE}
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                            env=env)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_links_cli_creates_and_revokes(database_url, tmp_path):
    rows = ("contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts\n"
            "L-100,Acme GmbH,DE,false,VS8-STD-C,2,production,1,2025-12-31,2099-12-31,it@acme.example\n"
            "L-OLD,Acme GmbH,DE,false,VS8-STD-C,2,production,1,2019-01-31,2020-01-31,it@acme.example\n")
    (tmp_path / "c.csv").write_text(rows, encoding="utf-8")
    assert _cli(database_url, "contracts", "import", str(tmp_path / "c.csv")).returncode == 0
    created = _cli(database_url, "links", "create", "L-100")
    assert created.returncode == 0 and created.stdout.startswith(BASE + "/renew/")
    other = _cli(database_url, "links", "create", "L-100", "--base-url", "https://support.example/")
    assert other.stdout.startswith("https://support.example/renew/")
    revoked = _cli(database_url, "links", "revoke", "L-100")
    assert "2 open links of contract L-100 revoked" in revoked.stdout
    closed = _cli(database_url, "links", "create", "L-OLD")  # was an already-expired link, status 0
    assert closed.returncode == 2 and closed.stdout == ""
    assert "ended on 2020-01-31" in closed.stderr and "closed on 2020-04-30" in closed.stderr
    missing = _cli(database_url, "links", "create", "NOPE-1")
    assert missing.returncode == 2 and "NOPE-1" in missing.stderr


@pytest.mark.parametrize("given", ["notaurl", "ftp://x", "javascript:alert(1)", "", "http://", "https://x/?a=1"])
@pytest.mark.parametrize("command", [("links", "create", "C-1"), ("notices", "run", "--dry-run"),
                                     ("payments", "expire")])
def test_a_base_url_that_is_no_checkout_address_is_refused_before_any_link_is_made(command, given):
    """A reminder carries its link once (exactly-once ledger): a broken base URL must never reach a customer."""
    from click.testing import CliRunner

    from core.cli.main import main

    result = CliRunner().invoke(main, [*command, "--base-url", given])  # refused before the database
    assert result.exit_code == 2 and f'"{given}" is not the checkout\'s address' in result.output
    assert "Traceback" not in result.output


def test_the_base_url_setting_needs_a_host(monkeypatch):
    from core.links import LinkSettingError, base_url

    monkeypatch.setenv("RENEWALS_BASE_URL", "https://")
    with pytest.raises(LinkSettingError):
        base_url()
    monkeypatch.setenv("RENEWALS_BASE_URL", "https://renew.example.com/")
    assert base_url() == "https://renew.example.com"


@pytest.mark.parametrize(("env", "expected"), [
    ({"RENEWALS_SMTP_HOST": "smtp.example"}, "Set RENEWALS_BASE_URL to the checkout's public address"),
    ({"RENEWALS_LINK_GRACE_DAYS": "-5"}, 'Setting RENEWALS_LINK_GRACE_DAYS is "-5"'),
])
@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_a_run_that_would_mail_broken_links_is_refused_before_anything_is_claimed(env, expected, dry_run):
    """SMTP without the public address would mail links to the local default; a bad grace period
    would fail every message at send time. Both stop the run (status 2) before the database."""
    from click.testing import CliRunner

    from core.cli.main import main

    env = {"RENEWALS_BASE_URL": "", "RENEWALS_SMTP_HOST": "", "RENEWALS_LINK_GRACE_DAYS": "", **env}
    result = CliRunner(env=env).invoke(main, ["notices", "run", *dry_run])
    assert result.exit_code == 2 and expected in result.output, result.output
    assert "restart the app" not in result.output and "Traceback" not in result.output
