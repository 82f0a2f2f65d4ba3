"""How long `invoke check` takes next to a full build, on a 1,000-note site (goal: < 20%).

    .venv/bin/python benchmarks/preflight_speed.py [--notes 1000] [--runs 3]

Copies the site (settings, theme, plugins, pages) into a temporary folder, writes N
realistic notes there — the clean corpus's pediatric notes, each with its own title, date,
tags and a sentence or two varied, plus links between notes — then times the check in a
fresh process, as `invoke check` runs it: importing the checks (the detectors compile their
patterns when imported) and `check_content`, which loads the name lexicon, textstat and the
syllable dictionary when a note needs them. Loading the settings is not counted: the build
loads them too. The first fresh process starts with no cache (`CACHE_PATH/preflight`,
scan_cache.py: cold, a fresh clone or CI); the next ones find what it stored (warm, what a
doctor's second `invoke check` sees). Then one full Pelican build of the same content with
the production settings, and the check again in the same process (already loaded). Each is
run `--runs` times and the fastest counts (the run least disturbed by other work on a
shared machine), except the cold check, which only the first process is; CPU time is the
figure compared, wall time is shown beside it.
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

# The checks (preflight.runner, the detectors) are imported where they are timed: in the
# child, importing them is part of what `invoke check` costs.
from publishing.project import Project, copy_site  # noqa: E402

CLEAN = ROOT / "tests" / "preflight" / "corpus" / "tune" / "clean"
OPENERS = (
    "Parents ask us about this every week.",
    "Here is what we tell families.",
    "This comes up a lot this time of year.",
    "A quick note for busy parents.",
    "",
)


class Timer:
    """Wall-clock and CPU seconds of a block (CPU time ignores other users of the machine)."""

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall, {self.cpu:.2f} s CPU"


def write_corpus(content: Path, count: int, seed: int = 5) -> None:
    """`count` notes in content/notes, built from the clean corpus (no images: no binaries)."""
    from preflight.notefile import read_note

    rng = random.Random(seed)
    templates = []
    for path in sorted(CLEAN.glob("*.md")):
        note = read_note(path, CLEAN)
        if "{static}" in note.body or "{filename}" in note.body:
            continue
        templates.append((note.meta("title"), note.meta("tags") or "notes", note.body.strip(),
                          note.meta("lang")))
    notes = content / "notes"
    start = datetime(2024, 1, 1, 8, 0)
    previous: str | None = None
    for index in range(count):
        title, tags, body, lang = templates[index % len(templates)]
        when = start + timedelta(hours=13 * index)
        name = f"{when:%Y-%m-%d}-{index:04d}.md"
        # (a Spanish note keeps its `Lang:` and gets no English opener: the check stops a
        # note that reads as Spanish without it, and a real site would not carry one)
        opener = rng.choice(OPENERS) if not lang or lang == "en" else ""
        lang_line = f"Lang: {lang}\n" if lang else ""
        link = f"\n\nSee also [our earlier note]({{filename}}{previous})." if previous else ""
        text = (
            f"Title: {title} ({index + 1})\nDate: {when:%Y-%m-%d %H:%M}\nTags: {tags}\n"
            f"{lang_line}\n"
            f"{opener} {body}{link}\n"
        )
        (notes / name).write_text(text, encoding="utf-8")
        previous = name


def make_site(tmp: Path, notes: int) -> Path:
    site = tmp / "site"
    copy_site(ROOT, site)
    write_corpus(site / "content", notes)
    return site


def site_settings(site: Path) -> dict[str, object]:
    return Project(site).load_settings(
        overrides={"PATH": str(site / "content"), "OUTPUT_PATH": str(site / "output"),
                   "DEPLOY_TARGET": str(site / "deploy")}
    )


def fresh_check(site: Path) -> None:
    """Child mode: one check in a fresh interpreter, importing the checks included; prints
    'wall cpu import-cpu files summary'."""
    settings = site_settings(site)
    timer, imports = Timer(), Timer()
    with timer:
        with imports:
            from preflight.context import CheckContext
            from preflight.runner import check_content
        report = check_content(CheckContext(site, site / "content", settings))
    print(f"{timer.wall} {timer.cpu} {imports.cpu} {report.files_checked} {report.summary()}")


def best(timers: list[Timer]) -> Timer:
    """The fastest run: the one least disturbed by other work on the machine."""
    return min(timers, key=lambda t: t.cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--fresh-check", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("pelican").setLevel(logging.ERROR)
    if args.fresh_check:
        fresh_check(args.fresh_check)
        return 0
    with tempfile.TemporaryDirectory(prefix="rounds-speed-") as tmp:
        site = make_site(Path(tmp), args.notes)
        fresh: list[Timer] = []
        imports: list[float] = []
        # The first fresh process starts with no cache (scan_cache.py), the others find
        # the answers the first one stored: both figures are printed.
        shutil.rmtree(site / "cache" / "preflight", ignore_errors=True)
        for _ in range(1 + args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--fresh-check", str(site)],
                capture_output=True, text=True, check=True,
            )
            wall, cpu, imported, files, summary = done.stdout.strip().split(" ", 4)
            timer = Timer()
            timer.wall, timer.cpu = float(wall), float(cpu)
            fresh.append(timer)
            imports.append(float(imported))
        from preflight.context import CheckContext
        from preflight.runner import check_content
        from publishing.build import build_site

        settings = site_settings(site)
        check_content(CheckContext(site, site / "content", settings))
        warms, builds = [], []
        for _ in range(args.runs):
            with Timer() as warm:
                check_content(CheckContext(site, site / "content", settings))
            warms.append(warm)
            with Timer() as build:
                built = build_site(settings)
            builds.append(build)
        cold, check, again, build = fresh[0], best(fresh[1:]), best(warms), best(builds)
        print(f"notes: {args.notes} (+ {int(files) - args.notes} other file(s)); {summary}")
        print(f"build: {build}   ({built.articles} notes, {built.pages} page(s))")
        print(f"check, fresh process, cold cache: {cold}   ({cold.cpu / build.cpu:.1%} of the "
              f"build's CPU; importing the checks {imports[0]:.2f} s of it)")
        print(f"check, fresh process, warm cache: {check}   ({check.cpu / build.cpu:.1%}; "
              f"best of {len(fresh) - 1}; importing the checks {min(imports[1:]):.2f} s)")
        print(f"check, same process again: {again}   ({again.cpu / build.cpu:.1%})")
        cpu, wall = check.cpu / build.cpu, check.wall / build.wall
        verdict = "meets" if cpu < 0.20 else "MISSES"
        print(f"check / build: {cpu:.1%} CPU, {wall:.1%} wall (fresh process, warm cache) — "
              f"{verdict} the < 20% goal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
