"""What counts as a good outcome for a bad note, and how to try one (check, build, deploy).

Every note must end as a built note or as findings in the `path:line:col` form with a fix;
never a traceback, a hang, or a deploy that is half the old site and half the new. The
property test and `benchmarks/fuzz_report.py` both judge with these functions.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import signal
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from common.errors import RoundsError
from preflight.context import CheckContext
from preflight.findings import Report
from preflight.runner import check_content
from publishing.build import build_site
from publishing.deploy import LocalFolder
from publishing.project import Project

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
FINDING = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?:BLOCK|WARN|INFO) "
                     r"[a-z0-9-]+ .+", re.S)


class Hang(Exception):
    """A step ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise `Hang` in this (main) thread when the block runs longer than `seconds`."""

    def expired(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Tally:
    """The figures `fuzz_report.py` prints."""

    tried: int = 0
    built: int = 0
    refused: int = 0
    tracebacks: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    partial_deploys: list[str] = field(default_factory=list)
    bad_findings: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)


def lines_in(data: bytes) -> int:
    """How many lines a reader could number in `data` (any newline convention)."""
    text = data.decode("utf-8", errors="replace")
    return max(1, len(text.splitlines())) + 1


def finding_problems(report: Report, relpath: str, data: bytes) -> list[str]:
    """What is wrong with the findings about one note (empty when each is well formed)."""
    problems = []
    limit = lines_in(data)
    for finding in report.findings:
        shown = finding.format()
        match = FINDING.match(shown)
        if match is None or finding.path != relpath:
            problems.append(f"not path:line:col: {shown[:200]!r}")
        elif not 1 <= finding.line <= limit or finding.col < 1:
            problems.append(f"line {finding.line} outside 1..{limit}: {shown[:200]!r}")
        elif finding.blocking and "Fix" not in finding.message:
            problems.append(f"blocks without a fix: {shown[:200]!r}")
    return problems


def check_one(site: Path, settings: dict[str, Any], path: Path) -> Report:
    """The check of one note, as `invoke check` runs it."""
    return check_content(CheckContext(site, Path(settings["PATH"]), settings, NOW), [path])


def site_settings(site: Path, **overrides: Any) -> dict[str, Any]:
    """Production settings, quick: no search index (it is not what the fuzz is about)."""
    return Project(site).load_settings(production=True, overrides={
        "SEARCH_INDEX": False, **overrides})


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def try_note(site: Path, settings: dict[str, Any], name: str, data: bytes,
             tally: Tally, seconds: int = 30) -> bool:
    """Write and check one note; count its outcome. True when the check lets it through
    (the note stays in the site for the next build), False when it is refused (removed)."""
    notes = Path(settings["PATH"]) / "notes"
    path = notes / name
    path.write_bytes(data)
    relpath = str(path.relative_to(site))
    tally.tried += 1
    try:
        with time_limit(seconds):
            report = check_one(site, settings, path)
    except Hang as error:
        tally.hangs.append(f"{name}: check {error}")
        path.unlink()
        return False
    except Exception:
        tally.tracebacks.append(f"{name}: check\n{traceback.format_exc()}")
        path.unlink()
        return False
    tally.bad_findings.extend(f"{name}: {p}" for p in finding_problems(report, relpath, data))
    if not report.ok:
        tally.refused += 1
        path.unlink()
        return False
    return True


def publish_batch(site: Path, settings: dict[str, Any], names: Sequence[str],
                  refused: dict[str, bytes], tally: Tally, seconds: int = 300) -> None:
    """The publishing half (check → build → deploy, the real steps) with the batch's notes.

    First with one refused note among them: the check step must fail and the deploy stay
    as it was. Then the notes the whole-site check refuses (two notes with one slug) are
    set aside, as `invoke watch` does, and the rest must build, and the deploy must be
    exactly the build.
    """
    from publishing import steps

    deploy = LocalFolder(site / "deploy" / "site")
    notes = Path(settings["PATH"]) / "notes"
    before = snapshot(deploy.path)
    names = list(names)
    for name, data in list(refused.items())[:1]:
        (notes / name).write_bytes(data)
        try:
            _, outcome = steps.check(site, settings, NOW, lambda line: None)
            if outcome.ok:
                tally.unexplained.append(f"{name}: refused alone, passed with the others")
        finally:
            (notes / name).unlink()
        if snapshot(deploy.path) != before:
            tally.partial_deploys.append(f"{name}: the deploy changed after a failed check")
    report, outcome = steps.check(site, settings, NOW, lambda line: None)
    if not outcome.ok:
        blocked = {Path(f.path).name for f in report.blocking}
        tally.refused += len(blocked & set(names))
        _remove(notes, [n for n in names if n in blocked])
        names = [n for n in names if n not in blocked]
        if not check_content(CheckContext.for_site(site, settings, NOW)).ok:
            tally.unexplained.append(f"the check still blocks after setting aside {blocked}")
            _remove(notes, names)
            return
    try:
        with time_limit(seconds):
            result = build_site(settings)
            output = Path(result.output_path)
            deploy.deploy(output)
    except Hang as error:
        tally.hangs.append(f"build of {len(names)} notes: {error}")
        _remove(notes, names)
        return
    except RoundsError as error:
        tally.unexplained.append(f"build of {', '.join(names)} failed: {str(error)[:600]}")
        if snapshot(deploy.path) != before:
            tally.partial_deploys.append("the deploy changed after a failed build")
        _remove(notes, names)
        return
    except Exception:
        tally.tracebacks.append(f"build of {', '.join(names)}\n{traceback.format_exc()}")
        _remove(notes, names)
        return
    if snapshot(deploy.path) != snapshot(output):
        tally.partial_deploys.append(f"deploy differs from the build of {len(names)} notes")
    tally.built += len(names)
    _remove(notes, names)


def _remove(notes: Path, names: Sequence[str]) -> None:
    for name in names:
        (notes / name).unlink(missing_ok=True)


def fresh_site(source: Path, destination: Path) -> Path:
    """A copy of the site at `source` with the fixture notes (not the practice's own)."""
    from publishing.project import copy_site

    shutil.rmtree(destination, ignore_errors=True)
    site = copy_site(source, destination)
    fixture = source / "tests" / "fixtures" / "content"
    for folder in ("notes", "pages"):
        shutil.rmtree(site / "content" / folder, ignore_errors=True)
        shutil.copytree(fixture / folder, site / "content" / folder)
    return site
