"""Stored quote versions: the email, its PDF and the checkout show one quote.

The reminder stores the engine's quote before rendering, prints the version
hash on the PDF and puts the row id in the personal link, so the checkout can
show that very quote while ``now < valid_until`` and the contract is still in
the same term (``term_end``). A row is never edited: a changed price or a
currency change stores a new version.

``version_hash`` is the first 12 hex digits of a SHA-256 over what the customer
reads (contract, currency, lines, total, seller): two quotes with the same hash
show the same figures.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import msgspec

from core.db.session import unit_of_work
from core.db.tables import Contract
from core.db.tables import Quote as QuoteRow
from core.money import minor_units, quantize
from core.renewals.contracts import ContractNotFound
from core.renewals.quotes import Quote, QuoteOptions, Reason


class StoredQuote(msgspec.Struct, frozen=True):
    id: int
    version_hash: str
    quote: Quote
    options: QuoteOptions
    valid_until: datetime
    created_at: datetime
    term_end: date | None = None


def version_hash(quote: Quote) -> str:
    """Stable over processes and engines: canonical JSON of what the customer reads."""
    lines = [[line.kind, line.message_id, sorted((k, str(v)) for k, v in line.arguments.items()), str(line.amount),
              None if line.original_amount is None else str(line.original_amount)] for line in quote.lines]
    payload = [quote.contract, quote.currency, lines, None if quote.total is None else str(quote.total),
               quote.seller]
    return hashlib.sha256(msgspec.json.encode(payload)).hexdigest()[:12].upper()


async def store_quote(quote: Quote, options: QuoteOptions, *, now: datetime, valid_until: datetime) -> StoredQuote:
    """Insert a new version for the contract's current term (never edits an old row)."""
    async with unit_of_work(write=True):
        contract = await Contract.select(Contract.id, Contract.end_date).where(
            Contract.number == quote.contract).first()
        if contract is None:
            raise ContractNotFound(number=quote.contract)
        digest = version_hash(quote)
        total_minor = (int(quantize(quote.total, quote.currency).scaleb(minor_units(quote.currency)))
                       if quote.total is not None and quote.currency else 0)
        inserted = await QuoteRow.insert(QuoteRow(
            contract=contract["id"], created_at=now, quoted_on=quote.quoted_on, currency=quote.currency or "",
            total_minor=total_minor, eligible=quote.eligible, reasons=[r.code for r in quote.reasons],
            lines=msgspec.to_builtins(quote.lines), options=msgspec.to_builtins(options), version_hash=digest,
            valid_until=valid_until, term_end=contract["end_date"],
            snapshot=msgspec.json.encode(quote).decode(),
        )).returning(QuoteRow.id)
    return StoredQuote(id=inserted[0]["id"], version_hash=digest, quote=quote, options=options,
                       valid_until=valid_until, created_at=now, term_end=contract["end_date"])


async def load_quote(quote_id: int) -> StoredQuote | None:
    """The stored version exactly as stored (Decimal amounts, dates), or None."""
    row = await QuoteRow.select(
        QuoteRow.id, QuoteRow.version_hash, QuoteRow.snapshot, QuoteRow.options, QuoteRow.valid_until,
        QuoteRow.created_at, QuoteRow.term_end,
    ).where(QuoteRow.id == quote_id).first()
    if row is None or row["snapshot"] is None:
        return None
    snapshot = row["snapshot"]
    quote = msgspec.json.decode(snapshot if isinstance(snapshot, (str, bytes)) else msgspec.json.encode(snapshot),
                                type=Quote)
    options = row["options"]
    if isinstance(options, str):
        options = msgspec.json.decode(options)
    return StoredQuote(
        id=row["id"], version_hash=row["version_hash"], quote=_typed(quote),
        options=msgspec.convert(options, QuoteOptions), valid_until=_aware(row["valid_until"]),
        created_at=_aware(row["created_at"]), term_end=row["term_end"],
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# Arguments are free-form (dict[str, Any]) and come back from JSON as text;
# these are the ones the presentation formats as numbers or dates.
_DECIMAL_ARGUMENTS = frozenset({"percent", "limit"})
_DATE_ARGUMENTS = frozenset({"date"})


def _argument(name: str, value: Any) -> Any:
    if name in _DECIMAL_ARGUMENTS and isinstance(value, (str, int)):
        return Decimal(str(value))
    if name in _DATE_ARGUMENTS and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _typed(quote: Quote) -> Quote:
    lines = tuple(msgspec.structs.replace(line, arguments={k: _argument(k, v) for k, v in line.arguments.items()})
                  for line in quote.lines)
    reasons = tuple(Reason(r.code, {k: _argument(k, v) for k, v in r.details.items()}) for r in quote.reasons)
    return msgspec.structs.replace(quote, lines=lines, reasons=reasons)


__all__ = ["StoredQuote", "load_quote", "store_quote", "version_hash"]
