"""Print every finding `check_content` gives over a folder, to prove a speed-up changed none.

    .venv/bin/python benchmarks/preflight_snapshot.py FOLDER [--cache DIR] > before.txt
    .venv/bin/python benchmarks/preflight_snapshot.py --bench-site DIR [--notes 1000]

One line per finding, in the order the check reports them (path, line, col, level, code,
whether it blocks, its fingerprint, message), then the summary line. Two runs that print the
same bytes found the same things in the same places, so a cache or a lazy import that
changes any answer shows up in `diff`. Run it twice with the same `--cache` folder: the first
run fills the privacy cache (cold), the second reads it (warm); both must print the same.

The repository's pelicanconf.py gives the settings (the practice's own numbers, address and
staff names are the allowlists) and the clock is fixed, so a scheduled note reads the same
on every day. A FOLDER that is a site's content folder (`content/`, or the benchmark site's)
is checked as `invoke check` checks it; any other folder (a corpus half) is read whole.
`--bench-site DIR` writes the 1,000-note site of benchmarks/preflight_speed.py into DIR
(when it is not there yet) and checks its content folder with its own settings.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from preflight.context import CheckContext  # noqa: E402
from preflight.runner import check_content, source_files  # noqa: E402
from publishing.project import Project  # noqa: E402

#: The clock every snapshot is taken at (a scheduled note is "scheduled" on every day).
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def settings_for(site: Path, content: Path, cache: Path | None) -> dict[str, Any]:
    """`site`'s development settings with `content` as PATH when it is the site's own
    folder, and the privacy cache in `cache` (no cache at all when None)."""
    overrides: dict[str, Any] = {"CACHE_PATH": str(cache) if cache else None}
    if content.resolve() == (site / "content").resolve():
        overrides["PATH"] = str(content)
    return Project(site).load_settings(production=False, overrides=overrides)


def snapshot(site: Path, content: Path, cache: Path | None) -> list[str]:
    """Every finding of one check of `content`, as lines, then the summary."""
    settings = settings_for(site, content, cache)
    files = None
    if cache is None:  # Pelican's readers need a CACHE_PATH to be listed: list them first
        with tempfile.TemporaryDirectory() as scratch:
            files = source_files(content, {**settings, "CACHE_PATH": scratch})
    report = check_content(CheckContext(site, content, settings, NOW), files)
    lines = [
        "\t".join((f.path, str(f.line), str(f.col), f.level.value, f.code,
                   "blocks" if f.blocking else "-", f.fingerprint or "-", f.message))
        for f in report.findings
    ]
    lines.append(report.summary())
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", help="the folder to check")
    parser.add_argument("--cache", type=Path, help="CACHE_PATH (default: no privacy cache)")
    parser.add_argument("--bench-site", type=Path, help="the benchmark site's folder")
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    logging.getLogger("pelican").setLevel(logging.ERROR)
    if args.bench_site:
        from preflight_speed import make_site

        site = args.bench_site / "site"
        if not site.exists():
            make_site(args.bench_site, args.notes)
        lines = snapshot(site, site / "content", args.cache)
    elif args.folder:
        lines = snapshot(ROOT, args.folder, args.cache)
    else:
        parser.error("give a FOLDER or --bench-site DIR")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
