"""The publishing half of the recipe: check, build, deploy, each over typed inputs.

Each returns what it made and a `StepOutcome`; it never prints (it calls `say`), so the
recipe in `commands/` and the tests read exactly what the doctor would see.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from common.commands import command
from common.outcome import StepOutcome
from notemeta import SyndicateNames
from preflight.context import CheckContext
from preflight.findings import Level, Report
from preflight.runner import check_content, source_files

from .build import BuildResult, build_site, is_noise
from .deploy import DeployTarget

Say = Callable[[str], None]

#: INFO codes that are advice, not news: shown by `invoke check`, in a publish only with
#: `--verbose`.
SUGGESTIONS = frozenset({"trust-signals"})


def check(root: Path, settings: dict[str, Any], now: datetime, say: Say,
          excluded: Collection[Path] = (), detail: Say | None = None,
          syndicate_names: SyndicateNames | None = None,
          ) -> tuple[Report, StepOutcome]:
    """Check every note Pelican will read, except `excluded` (notes `invoke watch` set aside).

    `syndicate_names` (from the syndication layer, handed down by the recipe) lets the
    check stop a `syndicate:` that names no network or account.

    Every finding is said (a scheduled note, an attested privacy finding: the doctor
    should see them), except the gentle suggestions (`SUGGESTIONS`), which go to `detail`
    (`--verbose`): a publish prints one line per thing that matters, not advice repeated
    on every run.
    """
    content = Path(settings["PATH"])
    paths = None
    if excluded:
        paths = [p for p in source_files(content, settings) if p not in excluded]
    report = check_content(CheckContext.for_site(root, settings, now, syndicate_names), paths)
    for finding in report.sorted():
        suggestion = finding.level is Level.INFO and finding.code in SUGGESTIONS
        (detail if suggestion and detail is not None else say)(finding.format())
    if not report.ok:
        return report, StepOutcome.failed(
            f"{report.summary()} Nothing was deployed or posted. Fix the lines above, then "
            f"run {command('publish')} again."
        )
    return report, StepOutcome.done(report.summary())


def build(settings: dict[str, Any], say: Say, verbose: bool = False,
          ) -> tuple[BuildResult, StepOutcome]:
    """One production build; Pelican's real warnings are passed on, its errors fail the
    step; its known noise (`build.is_noise`) and summary print only when `verbose`."""
    result = build_site(settings, quiet=not verbose)
    for warning in result.warnings:
        if verbose or not is_noise(warning):
            say(f"  build warning: {warning}")
    return result, StepOutcome.done(
        f"{result.articles} note(s) and {result.pages} page(s) built in {result.seconds:.1f} s"
    )


def deploy(target: DeployTarget, output: Path) -> tuple[str, StepOutcome]:
    """Put `output` live at `target`, atomically."""
    where = target.deploy(output)
    report = getattr(target, "last_report", None)  # object storage counts what it sent
    counts = f": {report.words()}" if report is not None else ""
    return where, StepOutcome.done(f"live at {target.describe()}{counts}")
