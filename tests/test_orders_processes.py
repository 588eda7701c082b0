"""A card token made by one app process charges in another (``uvicorn --workers 2``), on both engines.

The server runs the payment routes with two worker processes on the test's
database; the customer's card goes to its hosted form, and this test process
(which never saw the card) charges the token: the sandbox's vault lives in
the database, not in any process's memory.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time

import httpx
from piccolo.engine.postgres import PostgresEngine

from core.orders import choose_method, order_view, pay
from renewal_payment_cards import sandbox
from tests.conftest import ROOT
from tests.orders_helpers import APPROVE, NOW, order_for

CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(engine) -> str:
    return engine.config["dsn"] if isinstance(engine, PostgresEngine) else f"sqlite:///{engine.path}"


def serve(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "RENEWALS_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "tests.payment_app:create", "--factory", "--workers", "2",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def wait_until_up(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the app did not start: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{base}/pay/cards/card/att_probe").status_code == 404:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError("the app did not answer within a minute")


async def test_a_token_made_in_one_process_charges_in_another(db, platform):
    view = await order_for(platform, "US")
    view = await choose_method(view.reference, "visa", platform=platform, now=NOW, return_url="/checkout",
                               locale="ko")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = serve(database_url(db), port)
    try:
        wait_until_up(base, server)
        async with httpx.AsyncClient(base_url=base) as browser:
            form = await browser.get(view.redirect_url)
            assert form.status_code == 200 and '<html lang="ko"' in form.text
            sent = await browser.post(view.redirect_url.split("?")[0], data={
                "card-number": APPROVE, "card-expiry": "12/30", "card-cvc": "123", "card-holder": "Kim Minji",
                "_csrf_token": CSRF.search(form.text).group(1)})
            assert sent.status_code == 303, sent.text[-500:]
            back = await browser.get(sent.headers["location"])
            assert back.status_code == 303 and back.headers["location"] == "/checkout"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    ready = await order_view(view.reference)
    assert ready.ready_to_pay and ready.card_last4 == "1111"
    paid = await pay(view.reference, view.attempt_id, platform=platform, now=NOW)
    assert paid.state == "paid"
    assert len([c for c in sandbox.charges() if c.order_reference == view.reference]) == 1
