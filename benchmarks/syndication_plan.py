"""How long planning a publish takes for a big site (goal: under 0.2 s).

A site of 10,000 notes, 9,999 of them already in the ledger (posted), one new: the planner
must decide with one dictionary look-up per note and network, not a scan of the ledger.
Also times loading the ledger file (JSON) and reading the build's manifest, which a
publish does too. Run: `.venv/bin/python benchmarks/syndication_plan.py`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from syndication.describe import read_manifest, write_manifest
from syndication.ledger import POSTED, Ledger, LedgerStore, timestamp
from syndication.model import Channel, PostSource
from syndication.planner import PlanRules, plan

NOTES = 10_000
#: The default X channel: its id is the ledger's account.
ACCOUNT = "x"
CHANNELS = [Channel(ACCOUNT, "x", "X")]
SETTINGS = PlanRules(max_age=timedelta(days=14), budgets={"x": {"daily": 17, "monthly": 500}})


def site(now: datetime) -> tuple[list[PostSource], Ledger]:
    posts = []
    ledger = Ledger()
    ledger.connect("x", ACCOUNT, now - timedelta(days=400))
    for number in range(NOTES):
        date = now - timedelta(hours=2.4 * (NOTES - number))  # ten notes a day
        post = PostSource(
            post_id=f"notes/{number:05d}.md", source_path=f"content/notes/{number:05d}.md",
            url=f"https://www.example.com/notes/{number:05d}/", title=f"Note {number}",
            summary="A short summary of the note for parents.",
            text="A short note for parents about fevers, colds and sleep. " * 3,
            micro=True, date=date, tags=("colds", "fever"),
        )
        posts.append(post)
        if number < NOTES - 1:
            ledger.put({"post_id": post.post_id, "network": "x", "account": ACCOUNT,
                        "state": POSTED, "remote_id": str(10**18 + number),
                        "remote_url": f"https://x.com/RoundsPediatrics/status/{number}",
                        "posted_at": timestamp(date), "url": post.url})
    return posts, ledger


def timed(function, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    now = datetime.now(UTC)
    posts, ledger = site(now)
    result = plan(posts, ledger, CHANNELS, now, SETTINGS)
    assert [item.post.post_id for item in result.to_send] == [f"notes/{NOTES - 1:05d}.md"]
    planning = timed(lambda: plan(posts, ledger, CHANNELS, now, SETTINGS))
    with tempfile.TemporaryDirectory() as folder:
        store = LedgerStore(Path(folder) / "syndication.json")
        with store.locked():
            store.save(ledger)
        manifest = Path(folder) / "manifest.json"
        write_manifest(manifest, posts, {"SITEURL": "https://www.example.com"}, now)
        loading = timed(store.load)
        reading = timed(lambda: read_manifest(manifest))
        saving = timed(lambda: store.save(ledger), repeat=3)
        size = store.path.stat().st_size
    rows = [
        (f"plan a publish ({NOTES:,} notes, {NOTES - 1:,} in the ledger)", planning,
         "goal < 200 ms: " + ("OK" if planning < 0.2 else "TOO SLOW")),
        (f"load the ledger ({size / 1e6:.1f} MB)", loading, ""),
        ("read the build's manifest", reading, ""),
        ("save the ledger (atomic, fsync), per save", saving, ""),
        ("plan + load + read, as a publish does", planning + loading + reading, ""),
    ]
    for label, seconds, note in rows:
        print(f"{label:<55} {seconds * 1000:8.1f} ms  {note}".rstrip())

if __name__ == "__main__":
    main()
