"""Fuzz the pipeline with generated bad notes; print what happened to them.

    .venv/bin/python benchmarks/fuzz_report.py [--notes 1000] [--seed 12] [--batch 40]

Each note comes from the grammar in `fuzz_notes.py` (encodings, BOMs, control characters,
right-to-left and zero-width marks, huge files, empty values, YAML-like junk, broken
Markdown, odd dates and slugs, markup). It is checked alone; the notes the check lets
through are published in batches with the real steps (check → build → deploy to a local
folder), once with a refused note among them. Printed: notes tried, built, refused with
findings, and the failures that must stay 0: tracebacks, hangs, partial deploys, findings
not in `path:line:col` form or without a fix, and failures no finding explains.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "plugins"), str(HERE)]

from fuzz_notes import generate  # noqa: E402
from fuzz_oracle import Tally, fresh_site, publish_batch, site_settings, try_note  # noqa: E402


def run(count: int, seed: int, batch: int, folder: Path) -> Tally:
    rng = random.Random(seed)
    site = fresh_site(ROOT, folder / "site")
    settings = site_settings(site)
    tally = Tally()
    waiting: list[str] = []
    refused: dict[str, bytes] = {}
    for index in range(count):
        note = generate(rng.randrange, index)
        if try_note(site, settings, note.name, note.data, tally):
            waiting.append(note.name)
        else:
            refused[note.name] = note.data
        if len(waiting) >= batch or (index == count - 1 and waiting):
            publish_batch(site, settings, waiting, dict(list(refused.items())[-1:]), tally)
            waiting = []
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument("--show", type=int, default=3, help="failures of each kind shown")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # Pelican's warnings about the bad notes are expected
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rounds-fuzz-") as folder:
        tally = run(args.notes, args.seed, args.batch, Path(folder))
    seconds = time.perf_counter() - started
    failures = {
        "tracebacks": tally.tracebacks, "hangs": tally.hangs,
        "partial deploys": tally.partial_deploys,
        "findings without path:line:col or fix": tally.bad_findings,
        "failures no finding explains": tally.unexplained,
    }
    print(f"notes tried: {tally.tried} (seed {args.seed}, {seconds:.0f} s)")
    print(f"built and deployed: {tally.built}")
    print(f"refused with path:line:col findings: {tally.refused}")
    for label, items in failures.items():
        print(f"{label}: {len(items)}")
    for label, items in failures.items():
        for item in items[: args.show]:
            print(f"\n--- {label}: {item}")
    return 0 if not any(failures.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
