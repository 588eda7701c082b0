"""Contracts as the domain sees them, and how they are read and written.

Reading a contract for a quote is **one query** (its lines joined with the
contract and customer); writing goes through :func:`upsert_contracts`, which
import and demo seeding share, so both are idempotent on re-run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import msgspec

from core.db import bulk, reads
from core.db.session import unit_of_work
from core.db.tables import Contact, Contract, ContractLine
from core.errors import RenewalError

ACTIVE = "active"
RENEWED = "renewed"
CHANNELS = ("online", "partner")


class ContractNotFound(RenewalError):
    message_id = "error-contract-not-found"


class AlreadyRenewed(RenewalError):
    message_id = "error-already-renewed"


class UnknownChannel(RenewalError):
    message_id = "error-unknown-channel"


class LineData(msgspec.Struct, frozen=True):
    sku: str
    quantity: int
    service_level: str
    term_years: int


class ContractData(msgspec.Struct, frozen=True):
    """A contract with its lines; what import reads and what a quote needs."""

    contract_number: str
    customer: str
    country: str
    oem: bool
    start_date: date
    end_date: date
    lines: tuple[LineData, ...]
    contacts: tuple[str, ...] = ()
    status: str = ACTIVE
    renewed_via: str | None = None


class UpsertReport(msgspec.Struct):
    created: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    country_changed: dict[str, tuple[str, str]] = {}  # number -> (before, after)
    lines_replaced: list[str] = []


def _line_columns():
    return (
        ContractLine.position, ContractLine.sku, ContractLine.quantity, ContractLine.service_level,
        ContractLine.term_years, ContractLine.contract.number, ContractLine.contract.country,
        ContractLine.contract.oem, ContractLine.contract.start_date, ContractLine.contract.end_date,
        ContractLine.contract.status, ContractLine.contract.renewed_via, ContractLine.contract.customer.key,
    )


def _assemble(rows: list[dict]) -> list[ContractData]:
    """Rows of lines (ordered by contract, position) into contracts."""
    contracts: dict[str, ContractData] = {}
    lines: dict[str, list[LineData]] = {}
    for row in rows:
        number = row["contract.number"]
        if number not in contracts:
            contracts[number] = ContractData(
                contract_number=number, customer=row["contract.customer.key"], country=row["contract.country"],
                oem=bool(row["contract.oem"]), start_date=row["contract.start_date"],
                end_date=row["contract.end_date"], lines=(), status=row["contract.status"],
                renewed_via=row["contract.renewed_via"],
            )
            lines[number] = []
        lines[number].append(LineData(sku=row["sku"], quantity=row["quantity"],
                                      service_level=row["service_level"], term_years=row["term_years"]))
    return [msgspec.structs.replace(c, lines=tuple(lines[n])) for n, c in contracts.items()]


# A contract with its lines, written once as SQL (one contract for the quote, many for the
# reminder job): building the same joined select with piccolo's query builder costs
# ~1.5 ms a call, ten times the query itself.
_CONTRACT_LINE_COLUMNS = """l.position, l.sku, l.quantity, l.service_level, l.term_years,
       c.number AS "contract.number", c.country AS "contract.country", c.oem AS "contract.oem",
       c.start_date AS "contract.start_date", c.end_date AS "contract.end_date",
       c.status AS "contract.status", c.renewed_via AS "contract.renewed_via",
       k.key AS "contract.customer.key"
"""
_CONTRACT_FROM = """FROM contract c
JOIN contract_line l ON l.contract = c.id
JOIN customer k ON k.id = c.customer
"""
_CONTRACT_ROWS = f"\nSELECT {_CONTRACT_LINE_COLUMNS}{_CONTRACT_FROM}"
_FIND_CONTRACT = _CONTRACT_ROWS + "WHERE c.number = {}\nORDER BY l.position\n"


async def find_contract(number: str) -> ContractData | None:
    """The contract and its lines in one query; None when there is no such contract."""
    found = _assemble(await reads.read(_FIND_CONTRACT, number))
    return found[0] if found else None


async def find_contract_with(number: str, columns: dict[str, str]) -> tuple[ContractData | None, dict[str, Any]]:
    """The contract and its lines, and in the same statement (one snapshot) the values of ``columns``:
    name → an SQL expression over ``c``, the contract row (a scalar subquery, say). A checkout page
    reads all it needs this way in one statement. ``(None, {})`` when there is no such contract."""
    extra = "".join(f',       {expression} AS "{name}"\n' for name, expression in columns.items())
    rows = await reads.read(f"SELECT {_CONTRACT_LINE_COLUMNS}{extra}{_CONTRACT_FROM}WHERE c.number = {{}}\n"
                            "ORDER BY l.position\n", number)
    found = _assemble(rows)
    if not found:
        return None, {}
    return found[0], {name: rows[0][name] for name in columns}


async def get_contract(number: str) -> ContractData:
    contract = await find_contract(number)
    if contract is None:
        raise ContractNotFound(number=number)
    return contract


async def list_contracts(country: str | None = None) -> list[ContractData]:
    """Every contract (or one country's) with its lines and contacts, in two queries per 500."""
    query = ContractLine.select(*_line_columns()).order_by(ContractLine.contract.number).order_by(
        ContractLine.position)
    if country:
        query = query.where(ContractLine.contract.country == country.upper())
    return await _with_contacts(_assemble(await query))


async def with_contacts(contract: ContractData) -> ContractData:
    return (await _with_contacts([contract]))[0]


async def _with_contacts(contracts: list[ContractData]) -> list[ContractData]:
    numbers = [c.contract_number for c in contracts]
    contacts: dict[str, set[str]] = {}
    for start in range(0, len(numbers), 500):
        for number, email in await _contacts_for(numbers[start:start + 500]):
            contacts.setdefault(number, set()).add(email)
    return [msgspec.structs.replace(c, contacts=tuple(sorted(contacts.get(c.contract_number, ()))))
            for c in contracts]


def _comparable(contract: ContractData) -> tuple:
    """What import owns: status and renewals are the platform's, not the file's."""
    return (contract.customer, contract.country, contract.oem, contract.start_date, contract.end_date,
            contract.lines, tuple(sorted(set(contract.contacts))))


async def upsert_contracts(contracts: list[ContractData],
                           progress: Callable[[int], None] | None = None) -> UpsertReport:
    """Create or update contracts by number in one write transaction; unchanged ones are not touched.

    Writes go in batches (core.db.bulk): 50,000 lines in a few seconds, all or nothing.
    ``progress`` is called with the number of contracts handled since the last call.
    The report says which updates moved a contract to another country or replaced its lines.
    """
    report = UpsertReport()
    tick = progress or (lambda count: None)
    async with unit_of_work(write=True):
        existing = {c.contract_number: c for c in await _load(list({c.contract_number for c in contracts}))}
        new: list[ContractData] = []
        changed: list[tuple[ContractData, ContractData]] = []
        for contract in contracts:
            before = existing.get(contract.contract_number)
            if before is not None and _comparable(before) == _comparable(contract):
                report.unchanged.append(contract.contract_number)
            elif before is not None:
                changed.append((contract, before))
            else:
                new.append(contract)
        tick(len(report.unchanged))
        customers = await _customer_ids({c.customer for c in new} | {c.customer for c, _ in changed})
        ids = await _update(changed, customers, report)
        tick(len(changed))
        for start in range(0, len(new), BATCH):
            batch = new[start:start + BATCH]
            ids.update(await _insert(batch, customers))
            report.created.extend(c.contract_number for c in batch)
            await _write_children(batch, ids)
            tick(len(batch))
    return report


BATCH = 1000
_CONTRACT_COLUMNS = ("number", "customer", "country", "oem", "start_date", "end_date", "status", "updated_at")


async def _customer_ids(keys: set[str]) -> dict[str, int]:
    found = {r["key"]: r["id"] for r in await bulk.select_in("SELECT id, key FROM customer WHERE key IN ({})",
                                                              sorted(keys))}
    missing = sorted(keys - found.keys())
    found.update({r["key"]: r["id"] for r in await bulk.insert("customer", ("key", "name"),
                                                                 [(key, key) for key in missing], ("id", "key"))})
    return found


async def _insert(contracts: list[ContractData], customers: dict[str, int]) -> dict[str, int]:
    now = datetime.now(UTC)
    rows = [(c.contract_number, customers[c.customer], c.country, c.oem, c.start_date, c.end_date, ACTIVE, now)
            for c in contracts]
    return {r["number"]: r["id"] for r in await bulk.insert("contract", _CONTRACT_COLUMNS, rows, ("id", "number"))}


async def _update(changed: list[tuple[ContractData, ContractData]], customers: dict[str, int],
                  report: UpsertReport) -> dict[str, int]:
    """Rewrite changed contracts; a moved end date is a new term (active again, old links revoked)."""
    if not changed:
        return {}
    now = datetime.now(UTC)
    ids = {r["number"]: r["id"] for r in await bulk.select_in("SELECT id, number FROM contract WHERE number IN ({})",
                                                               [c.contract_number for c, _ in changed])}
    await bulk.execute_many(
        "UPDATE contract SET customer = ?, country = ?, oem = ?, start_date = ?, end_date = ?, updated_at = ? "
        "WHERE number = ?",
        [(customers[c.customer], c.country, c.oem, c.start_date, c.end_date, now, c.contract_number)
         for c, _ in changed])
    new_terms = [c for c, before in changed if c.end_date != before.end_date]
    await bulk.execute_many("UPDATE contract SET status = ? WHERE number = ?",
                            [(ACTIVE, c.contract_number) for c in new_terms])
    # renewed_via stays as history; the old term's links must not open the new one
    # (core.links.revoke_contract_links, for many contracts in one statement)
    await bulk.execute_many(
        "UPDATE renewal_link SET revoked_at = ?, revoked_reason = ? WHERE contract = ? AND revoked_at IS NULL",
        [(now, "new_term", ids[c.contract_number]) for c in new_terms])
    for contract, before in changed:
        report.updated.append(contract.contract_number)
        if contract.country != before.country:
            report.country_changed[contract.contract_number] = (before.country, contract.country)
        if contract.lines != before.lines:
            report.lines_replaced.append(contract.contract_number)
    stale = [(ids[c.contract_number],) for c, _ in changed]
    await bulk.execute_many("DELETE FROM contract_line WHERE contract = ?", stale)
    await bulk.execute_many("DELETE FROM contact WHERE contract = ?", stale)
    await _write_children([c for c, _ in changed], ids)
    return ids


async def _write_children(contracts: list[ContractData], ids: dict[str, int]) -> None:
    await bulk.insert("contract_line", ("contract", "position", "sku", "quantity", "service_level", "term_years"), [
        (ids[c.contract_number], position, line.sku, line.quantity, line.service_level, line.term_years)
        for c in contracts for position, line in enumerate(c.lines, start=1)])
    await bulk.insert("contact", ("contract", "email", "source"), [
        (ids[c.contract_number], email, "initial_license_order") for c in contracts for email in sorted(set(c.contacts))])


_LOAD_CONTRACTS = _CONTRACT_ROWS + "WHERE c.number IN ({})\nORDER BY c.number, l.position\n"
_LOAD_CONTACTS = "SELECT c.number, k.email FROM contact k JOIN contract c ON c.id = k.contract WHERE c.number IN ({})"


async def _load(numbers: list[str]) -> list[ContractData]:
    """The stored state of ``numbers`` with contacts, two statements per 500 (an import compares to it)."""
    found = _assemble(await bulk.select_in(_LOAD_CONTRACTS, numbers))
    contacts: dict[str, set[str]] = {}
    for row in await bulk.select_in(_LOAD_CONTACTS, numbers):
        contacts.setdefault(row["number"], set()).add(row["email"])
    return [msgspec.structs.replace(c, contacts=tuple(sorted(contacts.get(c.contract_number, ())))) for c in found]


async def _contacts_for(numbers: list[str]) -> list[tuple[str, str]]:
    rows = await Contact.select(Contact.contract.number, Contact.email).where(
        Contact.contract.is_in(Contract.select(Contract.id).where(Contract.number.is_in(numbers))))
    return [(row["contract.number"], row["email"]) for row in rows]


async def mark_renewed(number: str, channel: str, when: datetime | None = None) -> ContractData:
    """Record a renewal (online or through a partner): reminders stop, the link says so."""
    if channel not in CHANNELS:
        raise UnknownChannel(channel=channel, channels=", ".join(CHANNELS))
    async with unit_of_work(write=True):
        current = await Contract.select(Contract.status, Contract.renewed_via).where(
            Contract.number == number).first()
        if current is None:
            raise ContractNotFound(number=number)
        if current["status"] == RENEWED:
            raise AlreadyRenewed(number=number, channel=current["renewed_via"] or "online")
        updated = await Contract.update({
            Contract.status: RENEWED, Contract.renewed_via: channel,
            Contract.renewed_at: when or datetime.now(UTC), Contract.updated_at: datetime.now(UTC),
        }).where(Contract.number == number).returning(Contract.id)
        if not updated:
            raise ContractNotFound(number=number)
        from core.links import revoke_contract_links  # the link now says "already renewed"

        await revoke_contract_links(updated[0]["id"], now=datetime.now(UTC), reason="renewed")
    return await get_contract(number)
