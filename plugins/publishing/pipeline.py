"""`invoke publish` as a list of named steps, each refusing to start when one before failed.

check → build → deploy → verify → syndicate → refresh (rebuild + redeploy with links).

A step is a plain function `(PublishContext) -> StepOutcome`. Later features plug in by
replacing a step in `default_steps()`; nothing else changes. Steps never print directly:
they call `context.say`, so tests read exactly what the doctor would see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from notemeta import practice_now

from .build import BuildResult, build_site
from .deploy import DeployTarget, parse_target
from .errors import RoundsError
from .project import Project


@dataclass
class StepOutcome:
    ok: bool
    message: str = ""

    @classmethod
    def done(cls, message: str = "") -> StepOutcome:
        return cls(True, message)

    @classmethod
    def failed(cls, message: str) -> StepOutcome:
        return cls(False, message)


@dataclass
class PublishContext:
    """Everything a step may read or leave for the steps after it."""

    project: Project
    settings: dict[str, Any]
    say: Callable[[str], None] = print
    now: datetime | None = None
    options: dict[str, Any] = field(default_factory=dict)
    #: Filled in as the pipeline goes.
    build: BuildResult | None = None
    target: DeployTarget | None = None
    deployed_to: str | None = None
    #: Scratch space for steps to hand data on (e.g. the syndication plan).
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def output_path(self) -> Path:
        return Path(self.settings["OUTPUT_PATH"])

    @property
    def content_path(self) -> Path:
        return Path(self.settings["PATH"])

    def clock(self) -> datetime:
        if self.now is not None:
            return self.now
        return practice_now(self.settings)


Step = tuple[str, Callable[[PublishContext], StepOutcome]]


def check_step(context: PublishContext) -> StepOutcome:
    from preflight.context import CheckContext
    from preflight.runner import check_content, source_files

    # `invoke watch` leaves out notes it has set aside (and keeps out of the build).
    excluded = set(context.options.get("exclude_notes", ()))
    paths = None
    if excluded:
        every = source_files(context.content_path, context.settings)
        paths = [p for p in every if p not in excluded]
    report = check_content(
        CheckContext.for_site(context.project.root, context.settings, context.clock()),
        paths,
    )
    context.state["check_report"] = report
    for finding in report.sorted():
        context.say(finding.format())
    if not report.ok:
        return StepOutcome.failed(
            f"{report.summary()} Nothing was deployed or posted. Fix the lines above, then "
            "run `invoke publish` again."
        )
    return StepOutcome.done(report.summary())


def build_step(context: PublishContext) -> StepOutcome:
    context.build = build_site(context.settings)
    for warning in context.build.warnings:
        context.say(f"  build warning: {warning}")
    return StepOutcome.done(
        f"{context.build.articles} note(s) and {context.build.pages} page(s) built in "
        f"{context.build.seconds:.1f} s"
    )


def deploy_step(context: PublishContext) -> StepOutcome:
    context.target = parse_target(str(context.settings["DEPLOY_TARGET"]), context.project.root)
    context.deployed_to = context.target.deploy(context.output_path)
    return StepOutcome.done(f"live at {context.target.describe()}")


def default_steps() -> list[Step]:
    """The publish pipeline, in order."""
    return [
        ("check", check_step),
        ("build", build_step),
        ("deploy", deploy_step),
        *syndication_steps(),
    ]


def syndication_steps() -> list[Step]:
    """verify → syndicate → refresh (plugins/syndication/steps.py); also `invoke syndicate`."""
    from syndication.steps import refresh_step, syndicate_step, verify_step

    return [("verify", verify_step), ("syndicate", syndicate_step), ("refresh", refresh_step)]


def run_pipeline(steps: Sequence[Step], context: PublishContext) -> bool:
    """Run `steps` in order; stop at the first that fails. True when every step succeeded."""
    for name, step in steps:
        try:
            outcome = step(context)
        except RoundsError as error:
            outcome = StepOutcome.failed(str(error))
        context.say(f"{'✓' if outcome.ok else '✗'} {name}: {outcome.message}".rstrip(": "))
        if not outcome.ok:
            later = [n for n, _ in steps[steps.index((name, step)) + 1 :]]
            if later:
                context.say(f"  stopped before: {', '.join(later)}")
            return False
    return True


def closing_words(context: PublishContext) -> str:
    """The last lines of a successful publish: where the site is and how to look at it."""
    where = context.target.describe() if context.target else "nowhere"
    siteurl = context.settings.get("SITEURL") or ""
    lines = [f"Published: the site is live in {where}."]
    if siteurl:
        lines.append(f"Its address is {siteurl}/")
    lines.append("To look at it on this computer: `invoke serve`, then open http://localhost:8000/")
    return "\n".join(lines)
