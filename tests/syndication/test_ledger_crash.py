"""The ledger survives a real kill (SIGKILL: no exception handler, no cleanup) mid-write."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from syndication.ledger import LedgerStore

# Subprocesses killed for real while writing the ledger.
pytestmark = pytest.mark.slow
PLUGINS = Path(__file__).resolve().parents[2] / "plugins"

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from syndication.ledger import LedgerStore
    store = LedgerStore(sys.argv[2])
    start, stop = int(sys.argv[3]), int(sys.argv[4])
    with store.locked():
        ledger = store.load()
        for number in range(start, stop):
            ledger.put({"post_id": f"notes/{number:05d}.md", "network": "x",
                        "account": "42 @maple", "state": "posted", "remote_id": str(number),
                        "text": "padding " * 40})
            store.save(ledger)
            print(number, flush=True)
""")


def writer(tmp_path: Path, start: int, stop: int, **env: str) -> subprocess.Popen[str]:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    return subprocess.Popen(
        [sys.executable, str(script), str(PLUGINS), str(tmp_path / "syndication.json"),
         str(start), str(stop)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, **env},
    )


def saved_ids(tmp_path: Path) -> set[str]:
    document = json.loads((tmp_path / "syndication.json").read_text())
    return {record["remote_id"] for record in document["records"]}


def test_killed_half_way_through_writing_keeps_the_previous_ledger(tmp_path):
    first = writer(tmp_path, 0, 20)
    assert first.wait(timeout=60) == 0
    crashed = writer(tmp_path, 20, 21, ROUNDS_CRASH_AT="ledger-write")
    assert crashed.wait(timeout=60) == -signal.SIGKILL
    assert saved_ids(tmp_path) == {str(n) for n in range(20)}
    # The half-written temp file is the only trace, and the next save clears it.
    assert list(tmp_path.glob(".syndication.json.*.tmp"))
    with LedgerStore(tmp_path / "syndication.json").locked():
        LedgerStore(tmp_path / "syndication.json").save(
            LedgerStore(tmp_path / "syndication.json").load())
    assert not list(tmp_path.glob(".syndication.json.*.tmp"))


def test_killed_at_random_moments_never_loses_a_saved_record(tmp_path):
    rng = random.Random(1234)
    confirmed: set[str] = set()
    start = 0
    for _ in range(6):
        process = writer(tmp_path, start, start + 100_000)
        assert process.stdout is not None
        wanted = rng.randint(1, 30)
        last = start - 1
        for _ in range(wanted):
            last = int(process.stdout.readline())
            confirmed.add(str(last))
        time.sleep(rng.random() * 0.02)  # land the kill anywhere in the next save
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stdout.close()
        on_disk = saved_ids(tmp_path)  # valid JSON, or this raises
        assert confirmed <= on_disk
        start = max(int(i) for i in on_disk) + 1
