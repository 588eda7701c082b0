"""``renewals notices`` as operators run it (real migrations, SQLite and
PostgreSQL): the summary and its JSON, re-runs, two concurrent processes,
the ledger listing and the preview files."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta

import pypdf
import pytest

from tests.conftest import ROOT
from tests.notices_helpers import outbox_messages, settings_env

TODAY = date(2026, 11, 25)
HEADER = "contract_number,customer,country,oem,sku,quantity,service_level,term_years,start_date,end_date,contacts\n"


def _csv(tmp_path, count: int) -> str:
    end = TODAY + timedelta(days=30)
    rows = "".join(
        f"R-{i:03d},Customer {i},{('DE', 'JP', 'MX', 'US')[i % 4]},false,VS8-STD-C,1,basic,1,"
        f"{end - timedelta(days=365)},{end},a{i}@c.example;b{i}@c.example\n" for i in range(count))
    path = tmp_path / "contracts.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return str(path)


def _env(url: str, tmp_path) -> dict[str, str]:
    return {**os.environ, "RENEWALS_DATABASE_URL": url, "RENEWALS_BASE_URL": "https://renew.example",
            **settings_env(tmp_path / "outbox")}


def cli(url, tmp_path, *args, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                            env=_env(url, tmp_path))
    assert "Traceback" not in result.stderr, result.stderr
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_run_summary_rerun_list_and_preview(database_url, tmp_path):
    cli(database_url, tmp_path, "contracts", "import", _csv(tmp_path, 4))
    dry = json.loads(cli(database_url, tmp_path, "notices", "run", "--today", str(TODAY), "--dry-run",
                         "--json").stdout)
    assert len(dry["due"]) == 8 and all(d["reminder"] == 30 and d["eligible"] for d in dry["due"])
    first = cli(database_url, tmp_path, "notices", "run", "--today", str(TODAY))
    assert "sent" in first.stdout and f"Outbox (open the .eml files with a mail program): {tmp_path / 'outbox'}" \
        in first.stdout
    assert "Links in these emails open https://renew.example" in first.stdout  # where customers' links point
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 8
    again = json.loads(cli(database_url, tmp_path, "notices", "run", "--today", str(TODAY), "--json").stdout)
    assert (again["claimed"], again["sent"], again["failed"]) == (0, 0, 0)

    rows = json.loads(cli(database_url, tmp_path, "notices", "list", "--json").stdout)
    assert len(rows) == 8 and {r["status"] for r in rows} == {"sent"}
    assert {r["locale"] for r in rows} == {"de", "ja", "es-419", "en"}
    cut = cli(database_url, tmp_path, "notices", "list", "--limit", "3", "--json")  # was cut off without a word
    assert len(json.loads(cut.stdout)) == 3 and "Showing 3 of 8 ledger rows: give --limit 8" in cut.stderr
    listed = cli(database_url, tmp_path, "notices", "list", "--contract", "R-001", "--status", "sent").stdout
    assert "R-001" in listed and "R-002" not in listed
    unknown = cli(database_url, tmp_path, "notices", "list", "--contract", "NOPE", check=False)
    assert unknown.returncode == 2 and 'No contract numbered "NOPE"' in unknown.stderr  # was an empty table, 0

    out = tmp_path / "preview"
    written = cli(database_url, tmp_path, "notices", "preview", "R-001", "--reminder", "15", "--locale", "ko",
                  "--out", str(out)).stdout.split()
    assert sorted(p.rsplit("-ko", 1)[1] for p in written) == [".eml", ".html", ".pdf", ".quote.html", ".txt"]
    assert "15" in (out / "R-001-15d-ko.txt").read_text(encoding="utf-8")
    shown = cli(database_url, tmp_path, "notices", "preview", "R-001", "--today", str(TODAY), "--out", str(out))
    assert "Previewing the reminder as sent on 2026-11-25: 30 days before the end date (2026-12-25)" in shown.stderr
    outside = cli(database_url, tmp_path, "notices", "preview", "R-001", "--today", "2026-01-05", "--out", str(out),
                  check=False)  # was silently moved to the 60-day reminder: a quote no reminder carries
    assert outside.returncode == 2 and "No reminder of contract R-001 goes out on 2026-01-05" in outside.stderr
    assert "--today a day from 2026-10-26 to 2026-12-25" in outside.stderr and "2026-12-10 (15)" in outside.stderr
    deadline = re.search(r"有効期限：([^<]+)<", (out / "R-001-30d-ja.quote.html").read_text(encoding="utf-8"))[1]
    assert re.search(r"\d{1,2}:\d{2} 日本標準時$", deadline)  # the time, and on whose clock
    sent = next(m for m in outbox_messages(tmp_path / "outbox") if "R-001" in m["Subject"])
    [pdf] = [pypdf.PdfReader(io.BytesIO(a.get_content())) for a in sent.iter_attachments()]
    assert deadline in "".join(page.extract_text() for page in pdf.pages)  # the stored quote the run sent
    bad = cli(database_url, tmp_path, "notices", "preview", "R-001", "--locale", "xx", check=False)
    assert bad.returncode == 2 and '"xx" is not an email locale' in bad.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for target in (blocker, blocker / "sub"):  # was a FileExistsError / NotADirectoryError traceback
        refused = cli(database_url, tmp_path, "notices", "preview", "R-001", "--out", str(target), check=False)
        assert refused.returncode == 2 and f"The preview cannot be written to {target}" in refused.stderr
        assert "--out" in refused.stderr


def test_two_concurrent_runs_send_each_reminder_once(database_url, tmp_path):
    """On PostgreSQL two processes split the work (on SQLite the lock is tested in test_notices_job)."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite runs one job at a time: tests/test_notices_job.py checks the refusal")
    cli(database_url, tmp_path, "contracts", "import", _csv(tmp_path, 12))
    command = [sys.executable, "-m", "core.cli", "notices", "run", "--today", str(TODAY), "--json"]
    runs = [subprocess.Popen(command, cwd=ROOT, env=_env(database_url, tmp_path), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [(p.wait(timeout=300), *p.communicate()) for p in runs]
    sent = 0
    for code, stdout, stderr in outputs:
        assert "Traceback" not in stderr, stderr
        assert code == 0, stderr
        sent += json.loads(stdout)["sent"]
    sent += json.loads(cli(database_url, tmp_path, "notices", "run", "--today", str(TODAY), "--json").stdout)["sent"]
    assert sent == 24
    rows = json.loads(cli(database_url, tmp_path, "notices", "list", "--json").stdout)
    assert len(rows) == 24 and {(r["status"], r["attempts"]) for r in rows} == {("sent", 1)}
