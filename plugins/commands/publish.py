"""`invoke publish` as a list of named steps, each refusing to start when one before failed.

check → build → deploy → verify → syndicate → refresh (rebuild + redeploy with the links).

A step is a plain function `(PublishContext) -> StepOutcome`; the real work is in
`publishing.steps` (check, build, deploy) and `syndication.steps` (verify, syndicate),
which this recipe hands typed inputs. Steps never print directly: they call
`context.say`, so tests read exactly what the doctor would see.

Quiet by default: one line per step, one per note that went out or needs action, and the
result last. A pediatrician publishes between patients and must not dig for the line that
matters; everything else (full message previews, notes already reported) goes to
`context.detail`, which prints only with `--verbose`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from common.commands import command
from common.errors import RoundsError
from common.outcome import StepOutcome
from common.settings import ProjectSettings
from notemeta import practice_now, practice_zone
from preflight.findings import Report
from publishing import steps as publishing
from publishing.build import BuildResult
from publishing.deploy import DeployTarget, configured_target
from publishing.lock import bucket_of, publish_lock
from publishing.project import Project
from syndication import steps as syndication
from syndication.channels import syndicate_names


@dataclass
class PublishContext:
    """One publish: its inputs, and what each step leaves for the steps after it."""

    project: Project
    settings: dict[str, Any]
    say: Callable[[str], None] = print
    #: `--verbose`: also the lines a publish does not need to show (see `detail`).
    verbose: bool = False
    now: datetime | None = None
    #: Notes `invoke watch` set aside: left out of the check (and, by it, of the build).
    excluded_notes: Collection[Path] = ()
    #: `invoke syndicate` options, handed to the syndication steps.
    dry_run: bool = False
    post: str | None = None
    env: Mapping[str, str] | None = None
    sleep: Callable[[float], None] | None = None
    # --- filled in as the recipe goes ---
    check_report: Report | None = None
    build: BuildResult | None = None
    target: DeployTarget | None = None
    deployed_to: str | None = None
    _config: ProjectSettings | None = field(default=None, repr=False)
    _syndication: syndication.SyndicationRun | None = field(default=None, repr=False)

    @property
    def config(self) -> ProjectSettings:
        """The project's own settings, typed (read once per publish)."""
        if self._config is None:
            self._config = self.project.config(self.settings)
        return self._config

    def detail(self, line: str) -> None:
        """A line shown only with `--verbose` (previews, notes already reported, noise)."""
        if self.verbose:
            self.say(line)

    @property
    def output_path(self) -> Path:
        return Path(self.settings["OUTPUT_PATH"])

    def clock(self) -> datetime:
        return self.now if self.now is not None else practice_now(self.settings)

    def deploy_target(self) -> DeployTarget:
        """Where this publish deploys (built on first use: `invoke syndicate` never deploys)."""
        if self.target is None:
            self.target = configured_target(self.config, self.project.root)
        return self.target

    @property
    def syndication(self) -> syndication.SyndicationRun:
        """The syndication steps' own state, shared by verify and syndicate."""
        if self._syndication is None:
            self._syndication = syndication.SyndicationRun(
                root=self.project.root, settings=self.settings, config=self.config,
                clock=self.clock, say=self.say, verbose=self.verbose,
                dry_run=self.dry_run, post=self.post,
                env=self.env, sleep=self.sleep,
                served_from=lambda: self.deploy_target().served_from(),
            )
        return self._syndication


Step = tuple[str, Callable[[PublishContext], StepOutcome]]


def check_step(context: PublishContext) -> StepOutcome:
    context.check_report, outcome = publishing.check(
        context.project.root, context.settings, context.clock(), context.say,
        context.excluded_notes, detail=context.detail,
        syndicate_names=syndicate_names(context.settings))
    return outcome


def build_step(context: PublishContext) -> StepOutcome:
    context.build, outcome = publishing.build(context.settings, context.say,
                                              verbose=context.verbose)
    return outcome


def deploy_step(context: PublishContext) -> StepOutcome:
    context.deployed_to, outcome = publishing.deploy(context.deploy_target(),
                                                     context.output_path)
    return outcome


def verify_step(context: PublishContext) -> StepOutcome:
    return syndication.verify_step(context.syndication)


def syndicate_step(context: PublishContext) -> StepOutcome:
    return syndication.syndicate_step(context.syndication)


def refresh_step(context: PublishContext) -> StepOutcome:
    """Rebuild and redeploy when something was posted, so its page shows "Also on X"."""
    if not context.syndication.posted:
        return StepOutcome.done("nothing new was posted; the pages are up to date")
    if context.check_report is None:  # `invoke syndicate`: the notes were not checked yet
        checked = check_step(context)
        if not checked.ok:
            return StepOutcome.failed(
                "The posts went out, but the notes no longer pass the checks, so the pages "
                f"were not rebuilt: {checked.message}")
    build_step(context)
    deploy_step(context)
    return StepOutcome.done("pages rebuilt and redeployed with their syndication links")


def default_steps() -> list[Step]:
    """The publish recipe, in order."""
    return [("check", check_step), ("build", build_step), ("deploy", deploy_step),
            *syndication_steps()]


def syndication_steps() -> list[Step]:
    """verify → syndicate → refresh: the end of a publish, and all of `invoke syndicate`."""
    return [("verify", verify_step), ("syndicate", syndicate_step), ("refresh", refresh_step)]


def run_steps(steps: Sequence[Step], context: PublishContext) -> bool:
    """Run `steps` in order; stop at the first that fails. True when every step succeeded."""
    for index, (name, step) in enumerate(steps):
        try:
            outcome = step(context)
        except RoundsError as error:
            outcome = StepOutcome.failed(str(error))
        context.say(f"{'✓' if outcome.ok else '✗'} {name}: {outcome.message}".rstrip(": "))
        if not outcome.ok:
            later = [n for n, _ in steps[index + 1 :]]
            if later:
                context.say(f"  stopped before: {', '.join(later)}")
            return False
    return True


def closing_words(context: PublishContext) -> str:
    """The last lines of a successful publish: how to look at the site, then the result.

    The command is printed exactly as it runs in a new terminal (`make serve`), never a bare
    `invoke …` that only an activated environment finds.
    """
    where = context.target.describe() if context.target else "nowhere"
    siteurl = str(context.settings.get("SITEURL") or "").rstrip("/")
    posted = context.syndication.posted if context._syndication is not None else 0
    news = f"{posted} post(s) sent; " if posted else ""
    return (f"To look at it on this computer: {command('serve')}, then open "
            "http://localhost:8000/\n"
            f"✓ Published: {news}the site is live in {where}"
            + (f" ({siteurl}/)." if siteurl else "."))


# --- The commands -------------------------------------------------------------------------


def fixed_clock(settings: Mapping[str, Any], env: Mapping[str, str]) -> datetime | None:
    """`ROUNDS_NOW` (ISO 8601) fixes the clock, for the tests; a naive time is the site's."""
    if not env.get("ROUNDS_NOW"):
        return None
    now = datetime.fromisoformat(env["ROUNDS_NOW"])
    return now if now.tzinfo is not None else now.replace(tzinfo=practice_zone(settings))


def run_locked(project: Project, steps: Sequence[Step],
               make_context: Callable[[dict[str, Any]], PublishContext]) -> PublishContext | None:
    """Run `steps` under the publish lock (one publish or syndicate at a time; with an
    s3:// deploy, one across every machine that publishes to the bucket).

    A manual run waits for one already running (`PUBLISH_LOCK_WAIT_SECONDS`), saying so.
    Returns the context when every step succeeded, None when one failed. Raises
    `RoundsError` when the settings are wrong or the lock cannot be had.
    """
    settings = project.load_settings(production=True)
    config = project.config(settings)
    with publish_lock(project.root, wait_seconds=config.PUBLISH_LOCK_WAIT_SECONDS,
                      shared=bucket_of(config.DEPLOY_TARGET)):
        context = make_context(settings)
        return context if run_steps(steps, context) else None


def publish(project: Project, verbose: bool = False) -> PublishContext | None:
    """`invoke publish`: the whole recipe."""
    return run_locked(project, default_steps(), lambda settings: PublishContext(
        project=project, settings=settings, verbose=verbose))


def syndicate(project: Project, dry_run: bool = False, post: str | None = None,
              verbose: bool = False) -> PublishContext | None:
    """`invoke syndicate`: post what is waiting, without rebuilding first (still locked:
    its refresh rebuilds and redeploys, which must never overlap another publish).

    The check runs first, as in a publish: a per-network text edited since the last build
    must never be posted unchecked."""
    return run_locked(project, [("check", check_step), *syndication_steps()],
                      lambda settings: PublishContext(
        project=project, settings=settings, now=fixed_clock(settings, os.environ),
        dry_run=dry_run, post=post, verbose=verbose))


def preview_posts(project: Project) -> None:
    """`invoke preview`, after its build: the planned posts (offline, nothing is sent)."""
    settings = project.load_settings(production=True)
    context = PublishContext(project=project, settings=settings, verbose=True,
                             now=fixed_clock(settings, os.environ))
    syndication.preview_posts(context.syndication)
