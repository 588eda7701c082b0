"""``renewals links create|revoke``: personal links for support staff (and tests)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from core import links as link_store
from core.cli.domain import run_db
from core.cli.output import checked_base_url, emit_json, friendly_errors
from core.operator_text import operator_text


@click.group()
def links() -> None:
    """Personal renewal links: mint one for a contract, or revoke them all."""


@links.command("create")
@click.argument("contract_number")
@click.option("--base-url", default=None, callback=checked_base_url,
              help="Public address of the checkout, http:// or https:// (default: $RENEWALS_BASE_URL).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@friendly_errors
def create(contract_number: str, base_url: str | None, as_json: bool) -> None:
    """Print a fresh link for the contract's current term (earlier links keep working)."""
    base = base_url.rstrip("/") if base_url else link_store.base_url()
    issued = run_db(lambda: link_store.issue_link(contract_number, now=datetime.now(UTC), base_url=base,
                                                  refuse_closed=True))
    if as_json:
        emit_json(issued)
        return
    click.echo(issued.url)
    click.echo(operator_text("link-created", contract=contract_number, expires=issued.expires_at.isoformat()),
               err=True)


@links.command("revoke")
@click.argument("contract_number")
@friendly_errors
def revoke(contract_number: str) -> None:
    """Revoke every open link of the contract (a forwarded email stops working)."""
    count = run_db(lambda: link_store.revoke_links(contract_number, now=datetime.now(UTC), reason="manual"))
    click.echo(operator_text("links-revoked", contract=contract_number, count=count))
