"""Mail settings from the environment, read once per command or app start.

``RENEWALS_SMTP_HOST`` switches from the outbox (``.eml`` files under the data
folder, or ``RENEWALS_OUTBOX``) to SMTP. A bad value stops the command with a
message naming the variable, never a traceback at send time.
"""

from __future__ import annotations

import os
from email.headerregistry import Address
from email.utils import parseaddr
from pathlib import Path
from typing import Literal

import msgspec

from core.db.engine import PROJECT_DATA
from core.errors import RenewalError

SECURITY = ("starttls", "tls", "none")


class MailSettingError(RenewalError):
    message_id = "error-setting"


class MailSettings(msgspec.Struct, frozen=True):
    mail_from: str
    reply_to: str | None
    outbox: Path
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_timeout: float = 30.0
    quote_valid_days: int = 30

    @property
    def transport(self) -> str:
        return "smtp" if self.smtp_host else "outbox"

    @property
    def sender_address(self) -> str:
        return parseaddr(self.mail_from)[1]

    @property
    def sender_name(self) -> str:
        return parseaddr(self.mail_from)[0]

    @property
    def domain(self) -> str:
        return self.sender_address.rpartition("@")[2] or "localhost"


def _address(name: str, value: str) -> str:
    display, address = parseaddr(value)
    if "@" not in address or address.startswith("@") or address.endswith("@"):
        raise MailSettingError(name=name, value=value, expected='an email address, e.g. "Renewals <renewals@example.com>"')
    try:
        Address(display_name=display, addr_spec=address)
    except (ValueError, IndexError):
        raise MailSettingError(name=name, value=value, expected="a valid email address") from None
    return value


def _int(env, name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise MailSettingError(name=name, value=raw, expected=f"a whole number from {low} to {high}")
    return int(raw)


def load_mail_settings(env=None) -> MailSettings:
    env = os.environ if env is None else env
    security = env.get("RENEWALS_SMTP_SECURITY", "").strip().lower() or "starttls"
    if security not in SECURITY:
        raise MailSettingError(name="RENEWALS_SMTP_SECURITY", value=security, expected="starttls, tls or none")
    reply_to = env.get("RENEWALS_MAIL_REPLY_TO", "").strip()
    outbox = env.get("RENEWALS_OUTBOX", "").strip()
    return MailSettings(
        mail_from=_address("RENEWALS_MAIL_FROM", env.get("RENEWALS_MAIL_FROM", "").strip() or "renewals@example.com"),
        reply_to=_address("RENEWALS_MAIL_REPLY_TO", reply_to) if reply_to else None,
        outbox=Path(outbox) if outbox else PROJECT_DATA / "outbox",
        smtp_host=env.get("RENEWALS_SMTP_HOST", "").strip() or None,
        smtp_port=_int(env, "RENEWALS_SMTP_PORT", 465 if security == "tls" else 587, 1, 65535),
        smtp_security=security,
        smtp_user=env.get("RENEWALS_SMTP_USER", "").strip() or None,
        smtp_password=env.get("RENEWALS_SMTP_PASSWORD") or None,
        quote_valid_days=_int(env, "RENEWALS_QUOTE_VALID_DAYS", 30, 1, 365),
    )
