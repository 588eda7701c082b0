"""Shared pieces of the reminder tests: contracts in several countries, a job
context writing to a temporary outbox, and reading back what was delivered."""

from __future__ import annotations

import email
from datetime import date, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

from core.notices.job import Context, make_context
from core.notices.settings import load_mail_settings
from core.renewals.contracts import ContractData, LineData

FROM = "Renewals Desk <renewals@vendor.example>"
REPLY_TO = "renewals-help@vendor.example"


def contract(number: str, country: str, end: date, *, contacts: tuple[str, ...] = ("it@customer.example",),
             quantity: int = 2, customer: str = "Customer Ltd") -> ContractData:
    return ContractData(
        contract_number=number, customer=customer, country=country, oem=False, start_date=end - timedelta(days=365),
        end_date=end, lines=(LineData(sku="VS8-STD-C", quantity=quantity, service_level="basic", term_years=1),),
        contacts=contacts)


def settings_env(outbox: Path, **extra: str) -> dict[str, str]:
    return {"RENEWALS_MAIL_FROM": FROM, "RENEWALS_MAIL_REPLY_TO": REPLY_TO, "RENEWALS_OUTBOX": str(outbox), **extra}


def job_context(catalog, outbox: Path, **extra: str) -> Context:
    return make_context(catalog, load_mail_settings(settings_env(outbox, **extra)), "https://renew.example")


def outbox_messages(outbox: Path) -> list[EmailMessage]:
    return [email.message_from_bytes(path.read_bytes(), policy=policy.default)
            for path in sorted(outbox.glob("*.eml"))]
