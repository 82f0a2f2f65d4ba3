"""The syndication half of the publish recipe: verify, then syndicate (and the preview).

Each step is a plain `(SyndicationRun) -> StepOutcome`; `commands/publish.py` puts them in
order after the deploy (and rebuilds the pages when something was posted). The planner is
pure, the sender injected, the words are report.py's; this module is the edge that reads
the manifest, the environment and the ledger, checks the public pages, and talks to the
person. It knows nothing of the build or the deploy: the recipe hands it what it needs
(`SyndicationRun`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from common.commands import command
from common.errors import RoundsError
from common.outcome import StepOutcome
from common.settings import ProjectSettings
from common.siteurl import is_public

from . import planner, report
from .describe import read_manifest
from .ledger import FAILED, POSTED, QUEUED, Ledger, LedgerStore
from .model import Plan, Planned, PostSource
from .networks.base import Connection, Network, NetworkError, Rejected
from .planner import PlanRules
from .sender import Composer, RetryPolicy, Sender

#: Networks this release can post to (each has an adapter with `from_env`).
DEFAULT_NETWORKS = ("x",)
VERIFY_TIMEOUT = 10.0


@dataclass
class SyndicationRun:
    """One run of the syndication steps: what they read, and what they hand each other."""

    root: Path
    settings: Mapping[str, Any]
    config: ProjectSettings
    clock: Callable[[], datetime]
    say: Callable[[str], None] = print
    #: `--verbose`: every message previewed in full, every held note explained.
    verbose: bool = False
    #: `invoke syndicate --dry-run`: show what would be posted; post and record nothing.
    dry_run: bool = False
    #: `invoke syndicate --post PATH`: post this one note (as typed, from the repo root).
    post: str | None = None
    #: The environment with the networks' credentials (default: the process's).
    env: Mapping[str, str] | None = None
    #: How to wait between retries (tests pass a fake).
    sleep: Callable[[float], None] | None = None
    #: The folder on this machine that serves the live site, if any (preview verification).
    served_from: Callable[[], Path | None] = lambda: None
    # --- handed from step to step ---
    posts: list[PostSource] | None = None
    connections: list[Connection] | None = None
    #: URL → None when live, else what is wrong: each address is checked once per run.
    verified: dict[str, str | None] = field(default_factory=dict)
    plan: Plan | None = None
    #: How many posts this run sent (the recipe refreshes the pages when any).
    posted: int = 0


    def detail(self, line: str) -> None:
        """A line shown only with `--verbose`."""
        if self.verbose:
            self.say(line)


# --- Inputs -------------------------------------------------------------------------------


def load_posts(run: SyndicationRun) -> list[PostSource]:
    """The posts the last production build described (cache/syndication-manifest.json)."""
    if run.posts is not None:
        return run.posts
    path = run.config.SYNDICATION_MANIFEST
    try:
        _siteurl, posts = read_manifest(path)
    except FileNotFoundError:
        raise RoundsError(
            f"There is no description of the published notes yet ({path.name} is missing), "
            f"so nothing can be posted. Fix: run {command('publish')} (it builds, deploys, then "
            "posts)."
        ) from None
    run.posts = posts
    return posts


def _adapter_from_env(name: str, env: Mapping[str, str]) -> Network | None:
    if name == "x":
        try:
            from .networks.x import XNetwork
        except ImportError:  # the adapter has not landed on this branch yet
            return None
        return XNetwork.from_env(env)
    return None


def connections(run: SyndicationRun, offline: bool = False) -> list[Connection]:
    """The networks of this run. `offline` (preview): no API call; the account is the one
    the ledger knows for that network, so what was posted or existed before still counts."""
    if run.connections is not None and not offline:
        return run.connections
    env = run.env if run.env is not None else os.environ
    names = run.config.SYNDICATION_NETWORKS or DEFAULT_NETWORKS
    found: list[Connection] = []
    for name in names:
        network = _adapter_from_env(name, env)
        if network is None:
            found.append(Connection(name, None, None))
            continue
        if offline:
            known = [a["account"] for a in _ledger(run).accounts.values()
                     if a.get("network") == name]
            found.append(Connection(name, None, known[0] if len(known) == 1 else None, True))
            continue
        try:
            account = network.account()
        except Rejected as error:
            raise RoundsError(
                f"{report.label(name)} refused the account's credentials: {error}. Nothing "
                f"was posted. Fix: {error.fix}"
            ) from None
        except NetworkError as error:
            raise RoundsError(
                f"Could not reach {report.label(name)} to identify the account: {error}. "
                f"Nothing was posted; the site is published. Fix: run {command('syndicate')} later."
            ) from None
        found.append(Connection(name, network, account, True))
    if not offline:
        run.connections = found
    return found


def _ledger(run: SyndicationRun) -> Ledger:
    return LedgerStore(run.config.SYNDICATION_LEDGER).load()


def make_plan(run: SyndicationRun, links: list[Connection], ledger: Ledger) -> Plan:
    posts = load_posts(run)
    chosen = _chosen_post_id(run, posts)
    accounts = {c.name: c.account for c in links}
    return planner.plan(posts, ledger, accounts, run.clock(), PlanRules.from_config(run.config),
                        chosen)


def _chosen_post_id(run: SyndicationRun, posts: list[PostSource]) -> str | None:
    """`--post PATH`: the post whose source file is PATH (as typed, from the repo root)."""
    wanted = run.post
    if not wanted:
        return None
    root = run.root
    target = Path(wanted)
    target = (target if target.is_absolute() else Path.cwd() / target).resolve()
    for post in posts:
        if (root / post.source_path).resolve() == target:
            return post.post_id
    try:
        shown = target.relative_to(root)
    except ValueError:
        shown = target
    raise RoundsError(
        f"{shown} is not a note of the last published build. Nothing was posted. Fix: give "
        "the path of a note in content/notes/ (e.g. content/notes/2026-11-02-fever.md), and "
        f"run {command('publish')} first if it is new."
    )


# --- verify -------------------------------------------------------------------------------


def _deployed_file(run: SyndicationRun, url: str) -> Path | None:
    """In preview with a local-folder deploy: the file that serves `url`, if any."""
    folder = run.served_from()
    if folder is None:
        return None
    site_path = urlsplit(str(run.settings.get("SITEURL") or "")).path.rstrip("/")
    path = urlsplit(url).path
    if site_path and path.startswith(site_path):
        path = path[len(site_path):]
    relative = path.lstrip("/")
    candidate = folder / relative
    return candidate / "index.html" if (relative == "" or relative.endswith("/")) else candidate


def check_live(url: str, timeout: float = VERIFY_TIMEOUT) -> str | None:
    """None when `url` answers HTTP 200; else what went wrong, in words."""
    import requests

    try:
        response = requests.get(url, timeout=timeout, allow_redirects=True,
                                headers={"User-Agent": "Rounds link check"})
    except requests.RequestException as error:
        return f"could not be reached ({type(error).__name__})"
    if response.status_code != 200:
        return f"answers HTTP {response.status_code}"
    return None


def verify_urls(run: SyndicationRun, items: list[Planned], preview: bool) -> list[str]:
    """Problems (one line each) for the posts about to be announced and their card images;
    [] when every one is live. Each address is checked once per run."""
    problems: list[str] = []
    for item in items:
        problem = _check(run, item.post.url, preview)
        if problem:
            problems.append(f"  {item.post.source_path}: {item.post.url} {problem}")
        elif item.post.image_url and (problem := _check(run, item.post.image_url, preview)):
            problems.append(f"  {item.post.source_path}: its image {item.post.image_url} "
                            f"{problem}")
    return problems


def _check(run: SyndicationRun, url: str, preview: bool) -> str | None:
    """None when `url` is live: HTTP 200, or (preview, local-folder deploy) its file exists."""
    checked = run.verified
    if url not in checked:
        file = _deployed_file(run, url) if preview else None
        if file is not None:
            checked[url] = None if file.is_file() else f"is not in the deployed folder ({file})"
        else:
            checked[url] = check_live(url)
    return checked[url]


def verify_step(run: SyndicationRun) -> StepOutcome:
    """Every post about to be announced answers 200 at its public URL (no dead links)."""
    links = connections(run)
    plan = make_plan(run, links, _ledger(run))
    run.plan = plan
    if not plan.to_send:
        return StepOutcome.done("nothing new to announce")
    connected = [c for c in links if not c.preview]
    siteurl = str(run.settings.get("SITEURL") or "")
    if connected and not is_public(siteurl or plan.to_send[0].post.url):
        names = ", ".join(report.label(c.name) for c in connected)
        return StepOutcome.failed(
            f"The site's address is {siteurl or '(none)'}, which only this computer can open, "
            f"and {names} is connected: a post would link to a page nobody else can see. "
            "Nothing was posted. Fix: set SITEURL to the practice's public address (in .env: "
            f"SITEURL=https://www.example-practice.com), then run {command('publish')}."
        )
    items = _unique_posts(plan.to_send)
    problems = verify_urls(run, items, preview=not connected)
    if problems:
        return StepOutcome.failed(
            "These notes are not live yet, so they were not announced:\n"
            + "\n".join(problems)
            + "\n  Fix: check the deploy went to the address in SITEURL, then run "
            f"{command('syndicate')}."
        )
    return StepOutcome.done(f"{len(items)} page(s) to announce answer at their public address")


def _unique_posts(items: list[Planned]) -> list[Planned]:
    seen: dict[str, Planned] = {}
    for item in items:
        seen.setdefault(item.post.url, item)
    return list(seen.values())


# --- syndicate ----------------------------------------------------------------------------


def _compose() -> Composer:
    from .compose import compose

    return compose


def syndicate_step(run: SyndicationRun) -> StepOutcome:
    """Post each new note once to each connected account; preview the rest."""
    dry_run = run.dry_run
    links = connections(run)
    store = LedgerStore(run.config.SYNDICATION_LEDGER)
    previews = [c for c in links if c.preview]
    live = [c for c in links if not c.preview]
    if previews or dry_run:
        plan = make_plan(run, previews if not dry_run else links, store.load())
        say_plan(run.say, plan, previews if not dry_run else [],
                 full=run.verbose or dry_run)
    if dry_run or not live:
        run.posted = 0
        what = "dry run" if dry_run else "preview"
        return StepOutcome.done(f"{what}: nothing was posted or recorded")
    counts = {POSTED: 0, QUEUED: 0, FAILED: 0}
    sleep = run.sleep or time.sleep
    with store.locked():
        ledger = store.load()
        plan = make_plan(run, live, ledger)
        if planner.apply_new_records(plan, ledger):
            store.save(ledger)
        for network, account in plan.first_connections:
            run.say(report.first_connection(network, account))
        report.say_held(run.say, plan, verbose=run.verbose or bool(run.post))
        refused = report.chosen_but_held(plan) if run.post else None
        if refused:
            return StepOutcome.failed(refused)
        problems = verify_urls(run, _unique_posts(plan.to_send), preview=False)
        if problems:
            return StepOutcome.failed(
                "These notes are not live, so they were not announced:\n"
                + "\n".join(problems) + f"\n  Fix: run {command('publish')}.")
        for link in live:
            assert link.network is not None
            sender = Sender(link.network, store, run.clock, _compose(), sleep,
                            retry_policy(run.config), say=run.detail)
            for outcome in sender.send(plan.to_send).outcomes:
                counts[outcome.state] += 1
                run.say(report.outcome_line(outcome, run.clock()))
    posted, queued, failed = (counts[s] for s in (POSTED, QUEUED, FAILED))
    run.posted = posted
    summary = f"{posted} posted, {queued} queued, {failed} failed"
    if failed:
        return StepOutcome.failed(f"{summary}: see the lines above for the fix")
    if not (posted or queued):
        return StepOutcome.done("nothing new to post")
    return StepOutcome.done(summary + (" (queued posts go out on the next run)"
                                       if queued else ""))


def retry_policy(config: ProjectSettings) -> RetryPolicy:
    """`SYNDICATION_RETRY = {"attempts": 3, "first_delay": 2, "factor": 3}` (seconds); its
    keys were checked when the settings were loaded (`common.settings`)."""
    values = dict(config.SYNDICATION_RETRY)
    if "requeue_minutes" in values:
        values["requeue_after"] = timedelta(minutes=float(values.pop("requeue_minutes")))
    return RetryPolicy(**values)


def preview_posts(run: SyndicationRun) -> None:
    """`invoke preview`: print the planned posts, offline (no API call, nothing recorded)."""
    links = connections(run, offline=True)
    plan = make_plan(run, links, _ledger(run))
    run.say("Planned posts:")
    say_plan(run.say, plan, [c for c in links if c.account is None])


def say_plan(say: report.Say, plan: Plan, links: list[Connection], full: bool = True) -> None:
    """What a publish would post now, with each message's counted length: in `full`, the
    exact text and every held note explained (`invoke preview`, `--dry-run`, `--verbose`);
    else one line per network and per note."""
    report.say_connections(say, links, full=full)
    compose = _compose()
    for item in plan.to_send:
        report.say_message(say, "would post to", item.post.source_path, item.network,
                           lambda item=item: compose(item.post, item.network), full=full)
    report.say_held(say, plan, verbose=full)
    if not plan.to_send:
        say("  nothing would be posted now")
