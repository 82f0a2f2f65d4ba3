"""The syndication half of the publish recipe: verify, then syndicate (and the preview).

Each step is a plain `(SyndicationRun) -> StepOutcome`; `commands/publish.py` puts them in
order after the deploy (and rebuilds the pages when something was posted). The engine
(plan, send) is pure or injected; this module is the edge that reads the manifest, the
environment and the ledger, checks the public pages, and talks to the person. It knows
nothing of the build or the deploy: the recipe hands it what it needs (`SyndicationRun`).
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

from common.errors import RoundsError
from common.outcome import StepOutcome
from common.settings import ProjectSettings
from common.siteurl import is_public

from . import engine
from .describe import read_manifest
from .engine import Plan, Planned, label
from .ledger import Ledger, LedgerStore
from .model import PostSource
from .networks.base import Network, NetworkError, Rejected

#: Networks this release can post to (each has an adapter with `from_env`).
DEFAULT_NETWORKS = ("x",)
#: The environment each network needs (DESIGN.md, "Interfaces"), for the preview's words.
CREDENTIALS = {
    "x": "X_API_KEY, X_API_KEY_SECRET, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET",
    "mastodon": "MASTODON_API_BASE_URL and MASTODON_ACCESS_TOKEN",
    "bluesky": "BLUESKY_HANDLE and BLUESKY_APP_PASSWORD",
    "facebook": "FACEBOOK_PAGE_ID and FACEBOOK_PAGE_ACCESS_TOKEN",
}
VERIFY_TIMEOUT = 10.0


@dataclass
class Connection:
    """One network for this run: its adapter and account, or None in preview mode."""

    name: str
    network: Network | None
    account: str | None
    #: Credentials are set (in an offline preview the adapter is not used even then).
    has_credentials: bool = False

    @property
    def preview(self) -> bool:
        return self.network is None


@dataclass
class SyndicationRun:
    """One run of the syndication steps: what they read, and what they hand each other."""

    root: Path
    settings: Mapping[str, Any]
    config: ProjectSettings
    clock: Callable[[], datetime]
    say: Callable[[str], None] = print
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
            "so nothing can be posted. Fix: run `invoke publish` (it builds, deploys, then "
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
                f"{label(name)} refused the account's credentials: {error}. Nothing was "
                f"posted. Fix: {error.fix}"
            ) from None
        except NetworkError as error:
            raise RoundsError(
                f"Could not reach {label(name)} to identify the account: {error}. Nothing "
                "was posted; the site is published. Fix: run `invoke syndicate` later."
            ) from None
        found.append(Connection(name, network, account, True))
    if not offline:
        run.connections = found
    return found


def _ledger(run: SyndicationRun) -> Ledger:
    return LedgerStore(run.config.SYNDICATION_LEDGER).load()


def make_plan(run: SyndicationRun, links: list[Connection], ledger: Any) -> Plan:
    posts = load_posts(run)
    chosen = _chosen_post_id(run, posts)
    accounts = {c.name: c.account for c in links}
    return engine.plan(posts, ledger, accounts, run.clock(), run.settings, chosen)


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
        "run `invoke publish` first if it is new."
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
        names = ", ".join(label(c.name) for c in connected)
        return StepOutcome.failed(
            f"The site's address is {siteurl or '(none)'}, which only this computer can open, "
            f"and {names} is connected: a post would link to a page nobody else can see. "
            "Nothing was posted. Fix: set SITEURL to the practice's public address (in .env: "
            "SITEURL=https://www.example-practice.com), then run `invoke publish`."
        )
    items = _unique_posts(plan.to_send)
    problems = verify_urls(run, items, preview=not connected)
    if problems:
        return StepOutcome.failed(
            "These notes are not live yet, so they were not announced:\n"
            + "\n".join(problems)
            + "\n  Fix: check the deploy went to the address in SITEURL, then run "
            "`invoke syndicate`."
        )
    return StepOutcome.done(f"{len(items)} page(s) to announce answer at their public address")


def _unique_posts(items: list[Planned]) -> list[Planned]:
    seen: dict[str, Planned] = {}
    for item in items:
        seen.setdefault(item.post.url, item)
    return list(seen.values())


# --- syndicate ----------------------------------------------------------------------------


def _compose() -> engine.Composer:
    from .compose import compose

    return compose


def _say_message(run: SyndicationRun, verb: str, item: Planned) -> None:
    try:
        message = _compose()(item.post, item.network)
    except ValueError as error:
        run.say(f"  ✗ {item.post.source_path}: {error}")
        return
    shortened = ", shortened" if message.shortened else ""
    run.say(f"  {verb} {label(item.network)} ({message.length}/{message.limit}"
                f"{shortened}) for {item.post.source_path}:")
    for line in message.text.splitlines() or [""]:
        run.say(f"    │ {line}")


#: How many notes held back for one reason are listed one by one before "… and N more".
HELD_LISTED = 5


def say_held(run: SyndicationRun, plan: Plan) -> None:
    """Why notes are held back: new decisions listed (a few per reason), settled ones counted.

    A first connection on a big archive holds back every note: naming them all would bury
    the lines that matter, so each reason lists its first few and counts the rest.
    """
    settled: dict[str, int] = {}
    listed: dict[str, int] = {}
    for held in plan.held:
        if held.settled:
            settled[held.reason] = settled.get(held.reason, 0) + 1
            continue
        listed[held.reason] = listed.get(held.reason, 0) + 1
        if listed[held.reason] <= HELD_LISTED:
            run.say(f"  held back: {held.detail}")
    for reason, count in sorted(listed.items()):
        if count > HELD_LISTED:
            run.say(f"  held back: … and {count - HELD_LISTED} more note(s) for the same "
                        f"reason ({reason}).")
    words = {engine.EXISTING_BEFORE: "existed before the account was connected",
             engine.TOO_OLD: "were too old when they first appeared"}
    for reason, count in sorted(settled.items()):
        run.say(f"  held back: {count} earlier note(s) {words.get(reason, reason)} and are "
                    "not posted automatically (`invoke syndicate --post PATH` posts one).")


def say_plan(run: SyndicationRun, plan: Plan, links: list[Connection]) -> None:
    """What a publish would post now, exactly, with each message's counted length."""
    for link in links:
        if link.preview and link.has_credentials:
            run.say(
                f"  {label(link.name)} has credentials but has not been connected yet: the "
                "first publish records the notes already published as existing-before and "
                "posts none of them. Notes published after that go out like this:")
        elif link.preview:
            run.say(
                f"  {label(link.name)} is not connected ({CREDENTIALS.get(link.name, '')} "
                "are not set): preview only, nothing is posted or recorded. The first publish "
                "with credentials records the notes already published as existing-before.")
    for item in plan.to_send:
        _say_message(run, "would post to", item)
    say_held(run, plan)
    if not plan.to_send:
        run.say("  nothing would be posted now")


def _chosen_but_held(run: SyndicationRun, plan: Plan) -> str | None:
    """`--post PATH` that cannot go out (a draft, hidden, future, opted out): say why, fail.

    Already posted is not a failure: the note is on the network, exactly once.
    """
    if not run.post or plan.to_send:
        return None
    reasons = [h for h in plan.held if h.reason != engine.ALREADY_POSTED]
    if not reasons:
        return None
    return "The chosen note was not posted: " + " ".join(h.detail for h in reasons[:1])


def syndicate_step(run: SyndicationRun) -> StepOutcome:
    """Post each new note once to each connected account; preview the rest."""
    dry_run = run.dry_run
    links = connections(run)
    store = LedgerStore(run.config.SYNDICATION_LEDGER)
    previews = [c for c in links if c.preview]
    live = [c for c in links if not c.preview]
    if previews or dry_run:
        plan = make_plan(run, previews if not dry_run else links, store.load())
        say_plan(run, plan, previews if not dry_run else [])
    if dry_run or not live:
        run.posted = 0
        what = "dry run" if dry_run else "preview"
        return StepOutcome.done(f"{what}: nothing was posted or recorded")
    counts = {engine.POSTED: 0, engine.QUEUED: 0, engine.FAILED: 0}
    sleep = run.sleep or time.sleep
    with store.locked():
        ledger = store.load()
        plan = make_plan(run, live, ledger)
        if engine.apply_new_records(plan, ledger):
            store.save(ledger)
        for network, account in plan.first_connections:
            run.say(f"  {label(network)} account {engine.account_label(account)} connected "
                        "for the first time: the notes already published are recorded as "
                        "existing-before, not posted.")
        say_held(run, plan)
        refused = _chosen_but_held(run, plan)
        if refused:
            return StepOutcome.failed(refused)
        problems = verify_urls(run, _unique_posts(plan.to_send), preview=False)
        if problems:
            return StepOutcome.failed(
                "These notes are not live, so they were not announced:\n"
                + "\n".join(problems) + "\n  Fix: run `invoke publish`.")
        for link in live:
            assert link.network is not None
            report = engine.send(plan.to_send, link.network, store, run.clock,
                                 _compose(), sleep, retry_policy(run.config),
                                 say=run.say)
            for outcome in report.outcomes:
                counts[outcome.state] += 1
                run.say(_outcome_line(run, outcome))
    posted, queued, failed = (counts[s] for s in (engine.POSTED, engine.QUEUED, engine.FAILED))
    run.posted = posted
    summary = f"{posted} posted, {queued} queued, {failed} failed"
    if failed:
        return StepOutcome.failed(f"{summary}: see the lines above for the fix")
    if not (posted or queued):
        return StepOutcome.done("nothing new to post")
    return StepOutcome.done(summary + (" (queued posts go out on the next run)"
                                       if queued else ""))


def _outcome_line(run: SyndicationRun, outcome: engine.Outcome) -> str:
    """One line per post sent (or not), in the doctor's words."""
    where, network = outcome.item.post.source_path, label(outcome.item.network)
    if outcome.state == engine.POSTED:
        how = " (it was already there: recorded, not sent again)" if outcome.reconciled else ""
        return f"  posted {where} to {network}: {outcome.remote.url if outcome.remote else ''}{how}"
    if outcome.state == engine.QUEUED:
        when = outcome.next_attempt_at
        after = engine.when_text(when, run.clock()) if when else "now"
        return (f"  queued {where} for {network}: {outcome.detail}. It is retried by the first "
                f"`invoke publish` or `invoke syndicate` after {after}.")
    return (f"  ✗ {where} was not posted to {network}: {outcome.detail.rstrip('.')}. "
            f"Fix: {outcome.fix.rstrip('.')}.")


def retry_policy(config: ProjectSettings) -> engine.RetryPolicy:
    """`SYNDICATION_RETRY = {"attempts": 3, "first_delay": 2, "factor": 3}` (seconds); its
    keys were checked when the settings were loaded (`common.settings`)."""
    values = dict(config.SYNDICATION_RETRY)
    if "requeue_minutes" in values:
        values["requeue_after"] = timedelta(minutes=float(values.pop("requeue_minutes")))
    return engine.RetryPolicy(**values)


def preview_posts(run: SyndicationRun) -> None:
    """`invoke preview`: print the planned posts, offline (no API call, nothing recorded)."""
    links = connections(run, offline=True)
    plan = make_plan(run, links, _ledger(run))
    run.say("Planned posts:")
    say_plan(run, plan, [c for c in links if c.account is None])
