"""Delivery through a real SMTP server (aiosmtpd on 127.0.0.1): an outage
(refused connection, then 421 and 451 answers) leaves the reminders failed and
reported; the next runs deliver each exactly once with its Message-ID; a 550
for one contact bounces that contact only and is not retried."""

from __future__ import annotations

import email
import socket
from datetime import timedelta
from email import policy

import pytest
from aiosmtpd.controller import Controller

from core.notices import ledger
from core.notices.job import run
from core.notices.transports import transport_for
from core.renewals.contracts import upsert_contracts
from tests.notices_helpers import contract, job_context
from tests.test_notices_job import END

GONE = "gone@acme.example"
CONTACTS = ("buyer@acme.example", GONE, "it@acme.example")


class FlakyServer:
    """Answers DATA with ``answer`` until it is None; always refuses GONE at RCPT."""

    def __init__(self) -> None:
        self.answer: str | None = None
        self.received: list[email.message.EmailMessage] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == GONE:
            return "550 5.1.1 <gone@acme.example>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.answer:
            return self.answer
        self.received.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 2.0.0 queued"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    handler = FlakyServer()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    yield handler, controller
    if getattr(controller, "_thread", None) is not None:
        controller.stop()


async def test_an_outage_then_recovery_delivers_every_message_once(db, catalog, tmp_path, smtp):
    handler, controller = smtp
    context = job_context(catalog, tmp_path / "unused", RENEWALS_SMTP_HOST="127.0.0.1",
                          RENEWALS_SMTP_PORT=str(controller.port), RENEWALS_SMTP_SECURITY="none")
    await upsert_contracts([contract("S-1", "DE", END, contacts=CONTACTS)])
    today = END - timedelta(days=60)

    async def run_once():
        return await run(today, context, transport_for(context.settings))

    down = await run_once()  # nothing listens on the port yet
    assert (down.claimed, down.sent, down.failed) == (3, 0, 3)
    assert {f.status for f in down.failures} == {"failed"}

    controller.start()
    handler.answer = "421 4.3.2 Service not available, closing transmission channel"
    closing = await run_once()
    assert (closing.sent, closing.failed, closing.bounced) == (0, 2, 1)  # the 550 contact bounced for good
    handler.answer = "451 4.3.0 Try again later"
    assert (await run_once()).failed == 2

    handler.answer = None
    recovered = await run_once()
    assert (recovered.claimed, recovered.sent, recovered.failed, recovered.bounced) == (0, 2, 0, 0)
    assert (await run_once()).sent == 0

    assert sorted(m["To"] for m in handler.received) == ["buyer@acme.example", "it@acme.example"]
    rows = {r.email: r for r in await ledger.list_rows("S-1")}
    assert {e: r.status for e, r in rows.items()} == {"buyer@acme.example": "sent", GONE: "bounced",
                                                      "it@acme.example": "sent"}
    assert rows["buyer@acme.example"].attempts == 4 and rows[GONE].attempts == 2
    assert "550" in rows[GONE].error
    assert {m["Message-ID"] for m in handler.received} == {rows["buyer@acme.example"].message_id,
                                                           rows["it@acme.example"].message_id}


class HangingServer:
    """Hangs in DATA until released (the sending job is killed meanwhile), then accepts."""

    def __init__(self) -> None:
        import threading

        self.hanging = threading.Event()
        self.release = False
        self.received: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        while not self.release:  # the killed client's connection drops and aiosmtpd cancels this
            self.hanging.set()
            await asyncio.sleep(0.05)
        self.received.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 2.0.0 queued"


def test_a_job_killed_while_sending_is_completed_by_the_next_run_once(database_url, tmp_path):
    import json
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.notices_helpers import settings_env
    from tests.test_notices_cli import _csv

    handler = HangingServer()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        env = {**os.environ, "RENEWALS_DATABASE_URL": database_url, "RENEWALS_BASE_URL": "https://renew.example",
               **settings_env(tmp_path / "outbox", RENEWALS_SMTP_HOST="127.0.0.1",
                              RENEWALS_SMTP_PORT=str(controller.port), RENEWALS_SMTP_SECURITY="none")}

        def cli(*args):
            return subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                                  env=env)

        assert cli("contracts", "import", _csv(tmp_path, 2)).returncode == 0
        job = subprocess.Popen([sys.executable, "-m", "core.cli", "notices", "run", "--today", "2026-11-25"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert handler.hanging.wait(timeout=120), "the job never reached the SMTP DATA phase"
        job.send_signal(signal.SIGKILL)  # after claiming, in the middle of the first send
        job.wait(timeout=30)
        handler.release = True
        rerun = cli("notices", "run", "--today", "2026-11-25", "--json")
        assert rerun.returncode == 0, rerun.stderr
        assert json.loads(rerun.stdout)["sent"] == 4
        assert json.loads(cli("notices", "run", "--today", "2026-11-25", "--json").stdout)["sent"] == 0
    finally:
        controller.stop()
    ids = [m["Message-ID"] for m in handler.received]
    assert len(ids) == 4 and len(set(ids)) == 4
    rows = json.loads(cli("notices", "list", "--json").stdout)
    assert sorted(r["message_id"] for r in rows) == sorted(ids) and {r["status"] for r in rows} == {"sent"}
