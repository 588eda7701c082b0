"""Requests per second of the checkout's review page, one app process. A benchmark, not a test:

    .venv/bin/python bench/portal.py [--seconds 8] [--connections 32] [--rounds 4]

Serves one uvicorn worker on a fresh SQLite file with the demo customers and
measures, in the same run and from the same load generator:

1. ``/checkout/review`` for a personal link's session (cookie, session check,
   the contract, its lines and its order in one read, the stored quote
   version, quote lines and amounts formatted, template rendered);
2. the same page rendered from an in-memory quote (no database at all);
3. a bare Litestar JSON route.

Prints the three rates and both ratios (targets: 1 ≥ ½ × 2 and 1 ≥ ⅒ × 3).
Each route's time is split over interleaved rounds, so a change in the
machine's other load during the run weighs on all three alike.
The load generator shares the machine's cores with the server, so absolute
numbers are low; the ratios are what the run compares.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from litestar import Request  # noqa: E402
from litestar.response import Response  # noqa: E402

SECRET = "bench-secret-not-for-production"


def bench_app():
    """The checkout app plus two comparison routes (uvicorn factory; database from the environment)."""
    import msgspec
    from litestar import Litestar, get

    from app import OPENAPI
    from core.checkout.controllers.common import render_step
    from core.checkout.settings import CheckoutSettings
    from core.checkout.states import PageName, TruePage
    from core.platform import load_platform
    from core.web.app_core import ApplicationCore

    platform = load_platform()
    core = ApplicationCore(platform, settings=CheckoutSettings(secret_key=SECRET))
    frozen: dict = {}

    @get("/bench/json", sync_to_thread=False)
    def bare_json() -> dict[str, str]:
        return {"status": "ok"}

    @get("/bench/in-memory-review")
    async def in_memory_review(request: Request) -> Response:
        """The review page from a Loaded captured once: rendering only, no database."""
        if "loaded" not in frozen:
            from core.checkout.controllers.common import load

            frozen["loaded"] = await load(request)
        loaded = frozen["loaded"]
        fresh = msgspec.structs.replace(loaded, now=datetime.now(UTC), code=core.kit.code_for(request, "KR"),
                                        true_page=TruePage(PageName.REVIEW, True))
        return render_step(request, fresh, "review.html.j2", "step-review-title")

    return Litestar(plugins=[core], route_handlers=[bare_json, in_memory_review], openapi_config=OPENAPI)


async def _prepare(database: str) -> str:
    from piccolo.engine.postgres import PostgresEngine
    from piccolo.engine.sqlite import SQLiteEngine
    from piccolo.table import create_db_tables

    from core.checkout.demo import seed_demo_links, store_todays_demo_rates
    from core.db import session
    from core.db.tables import TABLES, create_unique_indexes
    from core.platform import load_platform

    if database.startswith("postgres"):
        engine = PostgresEngine(config={"dsn": database})
        names = ", ".join(f'"{t._meta.tablename}"' for t in TABLES)
        await engine.run_ddl(f"DROP TABLE IF EXISTS {names} CASCADE")
    else:
        engine = SQLiteEngine(path=database.removeprefix("sqlite:///"))
    session.bind(engine)
    await create_db_tables(*TABLES, if_not_exists=True)
    await create_unique_indexes()
    catalog = load_platform().catalog
    await store_todays_demo_rates(catalog, datetime.now(UTC).date())
    links = await seed_demo_links(catalog, now=datetime.now(UTC), base_url="http://bench", kinds=("card",))
    return links[0].token


async def _rate(port: int, path: str, cookie: str, seconds: float, connections: int) -> tuple[int, float]:
    """Keep-alive GETs on ``connections`` raw sockets (a light load generator: httpx would be the bottleneck)."""
    request = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: ko\r\n"
               f"Cookie: {cookie}\r\n\r\n").encode()
    done = 0
    stop = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < stop:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise SystemExit(f"{path} answered {head.splitlines()[0].decode()}")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            await reader.readexactly(length)
            done += 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return done, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=4, help="each route's seconds are split over this many "
                        "interleaved rounds")
    parser.add_argument("--database", default="", help="a postgresql:// DSN (its tables are dropped and "
                        "recreated); default: a fresh SQLite file")
    options = parser.parse_args()
    print(f"{'load average before the run':<30} {os.getloadavg()[0]:8.2f}   (a quiet machine: < 1.5)")
    with tempfile.TemporaryDirectory() as folder:
        database = options.database or f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        token = asyncio.run(_prepare(database))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {**os.environ, "RENEWALS_DATABASE_URL": database, "PYTHONPATH": str(ROOT)}
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bench.portal:bench_app", "--factory", "--port", str(port),
             "--log-level", "warning", "--no-access-log"], cwd=ROOT, env=env, stderr=open(Path(folder) / "server.log", "w"))
        try:
            base = f"http://127.0.0.1:{port}"
            asyncio.run(_measure(base, port, token, options, server))
        except SystemExit:
            print((Path(folder) / "server.log").read_text()[-3000:])
            raise
        finally:
            server.terminate()
            server.wait(timeout=20)


async def _measure(base: str, port: int, token: str, options, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit status {server.returncode}) before answering")
        try:
            async with httpx.AsyncClient(base_url=base) as client:
                await client.get("/health")
            break
        except httpx.TransportError:
            await asyncio.sleep(0.2)
    else:
        raise SystemExit("the server did not answer /health within a minute")
    async with httpx.AsyncClient(base_url=base) as client:
        await client.get(f"/renew/{token}")
        for path in ("/checkout/review", "/bench/in-memory-review", "/bench/json"):  # warm up
            await client.get(path, headers={"Accept-Language": "ko"})
        latest = {cookie.name: cookie.value for cookie in client.cookies.jar}  # the session as last set
        cookie = "; ".join(f"{name}={value}" for name, value in latest.items())
    routes = {"review page, link session": "/checkout/review",
              "review page, in-memory quote": "/bench/in-memory-review",
              "bare JSON route": "/bench/json"}
    counted = {name: [0, 0.0] for name in routes}
    for _ in range(options.rounds):  # interleaved, so a change in the machine's other load hits all three
        for name, path in routes.items():
            done, elapsed = await _rate(port, path, cookie, options.seconds / options.rounds, options.connections)
            counted[name][0] += done
            counted[name][1] += elapsed
    rates = {name: done / elapsed for name, (done, elapsed) in counted.items()}
    for name, rate in rates.items():
        print(f"{name:<30} {rate:8.0f} req/s")
    real, memory, bare = rates.values()
    print(f"{'real / in-memory':<30} {real / memory:8.2f}   (target ≥ 0.50)")
    print(f"{'real / bare JSON':<30} {real / bare:8.2f}   (target ≥ 0.10)")


if __name__ == "__main__":
    main()
