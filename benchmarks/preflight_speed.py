"""How long `invoke check` takes next to a full build, on a 1,000-note site (goal: < 20%).

    .venv/bin/python benchmarks/preflight_speed.py [--notes 1000]

Copies the site (settings, theme, plugins, pages) into a temporary folder, writes N
realistic notes there — the clean corpus's pediatric notes, each with its own title, date,
tags and a sentence or two varied, plus links between notes — then times `check_content`
(cold: a fresh process pays for loading the name list, textstat and the syllable
dictionary) and one full Pelican build of the same content with the production settings.
Pelican itself is imported before either is timed, since both steps need it.
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from preflight.context import CheckContext  # noqa: E402
from preflight.notefile import read_note  # noqa: E402
from preflight.runner import check_content  # noqa: E402
from publishing.build import build_site  # noqa: E402
from publishing.project import Project  # noqa: E402

CLEAN = ROOT / "tests" / "preflight" / "corpus" / "clean"
COPIED = ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py")
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
    rng = random.Random(seed)
    templates = []
    for path in sorted(CLEAN.glob("*.md")):
        note = read_note(path, CLEAN)
        if "{static}" in note.body or "{filename}" in note.body:
            continue
        templates.append((note.meta("title"), note.meta("tags") or "notes", note.body.strip()))
    notes = content / "notes"
    start = datetime(2024, 1, 1, 8, 0)
    previous: str | None = None
    for index in range(count):
        title, tags, body = templates[index % len(templates)]
        when = start + timedelta(hours=13 * index)
        name = f"{when:%Y-%m-%d}-{index:04d}.md"
        opener = rng.choice(OPENERS)
        link = f"\n\nSee also [our earlier note]({{filename}}{previous})." if previous else ""
        text = (
            f"Title: {title} ({index + 1})\nDate: {when:%Y-%m-%d %H:%M}\nTags: {tags}\n\n"
            f"{opener} {body}{link}\n"
        )
        (notes / name).write_text(text, encoding="utf-8")
        previous = name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    logging.getLogger("pelican").setLevel(logging.ERROR)
    import pelican  # noqa: F401  (both steps need Pelican: its import is timed in neither)

    with tempfile.TemporaryDirectory(prefix="rounds-speed-") as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, site / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, site / name)
        content = site / "content"
        write_corpus(content, args.notes)
        settings = Project(site).load_settings(
            overrides={"PATH": str(content), "OUTPUT_PATH": str(site / "output"),
                       "DEPLOY_TARGET": str(site / "deploy")}
        )
        check = Timer()
        with check:
            report = check_content(CheckContext(site, content, settings))
        warm = Timer()
        with warm:
            check_content(CheckContext(site, content, settings))
        build = Timer()
        with build:
            built = build_site(settings)
        print(f"notes: {args.notes} (+ {report.files_checked - args.notes} other file(s)); "
              f"{report.summary()}")
        print(f"check: {check}  (again in the same process: {warm})")
        print(f"build: {build}  ({built.articles} notes, {built.pages} page(s))")
        wall, cpu = check.wall / build.wall, check.cpu / build.cpu
        verdict = "meets" if cpu < 0.20 else "MISSES"
        print(f"check / build: {wall:.1%} wall, {cpu:.1%} CPU — {verdict} the < 20% goal "
              "(CPU time is the steadier figure on a shared machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
