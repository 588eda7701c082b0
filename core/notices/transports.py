"""Where a message goes: the embedded ``.eml`` outbox (default: no mail server
needed) or SMTP through aiosmtplib (``RENEWALS_SMTP_HOST``).

Each message has one recipient, so a refusal concerns exactly one ledger row:
a 5xx is ``bounced`` (permanent, not retried), anything else (connection
refused, timeout, 4xx such as 421 or 451) is ``failed`` and retried next run.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path
from typing import Literal, Protocol

import aiosmtplib
import msgspec

from core.notices.settings import MailSettings


class Delivery(msgspec.Struct, frozen=True):
    status: Literal["sent", "failed", "bounced"]
    detail: str | None = None


class Transport(Protocol):
    description: str

    async def send(self, message: EmailMessage) -> Delivery: ...

    async def close(self) -> None: ...


class OutboxTransport:
    """Writes ``<outbox>/<message-id>.eml``; the same Message-ID overwrites, never duplicates."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = str(folder)

    async def send(self, message: EmailMessage) -> Delivery:
        name = re.sub(r"[^A-Za-z0-9._-]", "_", str(message["Message-ID"]).strip("<>")) + ".eml"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / (name + ".part")
            temporary.write_bytes(message.as_bytes())
            temporary.replace(self.folder / name)  # atomic: a reader never sees half a message
        except OSError as error:  # full disk, no permission: failed, retried by the next run
            return Delivery("failed", f"{self.folder}: {error.strerror or error}")
        return Delivery("sent")

    async def close(self) -> None:
        return None


class SmtpTransport:
    """One connection per run, reopened after a failure."""

    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings
        self.description = f"smtp://{settings.smtp_host}:{settings.smtp_port} ({settings.smtp_security})"
        self._client: aiosmtplib.SMTP | None = None

    async def _connect(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        s = self.settings
        client = aiosmtplib.SMTP(hostname=s.smtp_host, port=s.smtp_port, timeout=s.smtp_timeout,
                                 use_tls=s.smtp_security == "tls", start_tls=s.smtp_security == "starttls")
        await client.connect()
        if s.smtp_user:
            await client.login(s.smtp_user, s.smtp_password or "")
        self._client = client
        return client

    async def send(self, message: EmailMessage) -> Delivery:
        try:
            client = await self._connect()
            await client.send_message(message)
        except aiosmtplib.SMTPRecipientsRefused as error:
            refusal = error.recipients[0] if error.recipients else None
            code = refusal.code if refusal else 0
            return self._refused(code, refusal.message if refusal else str(error))
        except aiosmtplib.SMTPResponseException as error:
            await self._drop()
            return self._refused(error.code, error.message)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            await self._drop()
            return Delivery("failed", f"{type(error).__name__}: {error}")
        return Delivery("sent")

    @staticmethod
    def _refused(code: int, text: str) -> Delivery:
        detail = f"{code} {text}".strip()
        return Delivery("bounced" if 500 <= code < 600 else "failed", detail)

    async def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - a broken connection may fail to close; it is gone either way
                pass

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()


def transport_for(settings: MailSettings) -> Transport:
    return SmtpTransport(settings) if settings.transport == "smtp" else OutboxTransport(settings.outbox)
