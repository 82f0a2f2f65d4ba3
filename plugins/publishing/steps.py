"""The publishing half of the recipe: check, build, deploy, each over typed inputs.

Each returns what it made and a `StepOutcome`; it never prints (it calls `say`), so the
recipe in `commands/` and the tests read exactly what the doctor would see.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from common.outcome import StepOutcome
from preflight.context import CheckContext
from preflight.findings import Report
from preflight.runner import check_content, source_files

from .build import BuildResult, build_site
from .deploy import DeployTarget

Say = Callable[[str], None]


def check(root: Path, settings: dict[str, Any], now: datetime, say: Say,
          excluded: Collection[Path] = ()) -> tuple[Report, StepOutcome]:
    """Check every note Pelican will read, except `excluded` (notes `invoke watch` set aside)."""
    content = Path(settings["PATH"])
    paths = None
    if excluded:
        paths = [p for p in source_files(content, settings) if p not in excluded]
    report = check_content(CheckContext.for_site(root, settings, now), paths)
    for finding in report.sorted():
        say(finding.format())
    if not report.ok:
        return report, StepOutcome.failed(
            f"{report.summary()} Nothing was deployed or posted. Fix the lines above, then "
            "run `invoke publish` again."
        )
    return report, StepOutcome.done(report.summary())


def build(settings: dict[str, Any], say: Say) -> tuple[BuildResult, StepOutcome]:
    """One production build; Pelican's warnings are passed on, its errors fail the step."""
    result = build_site(settings)
    for warning in result.warnings:
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
