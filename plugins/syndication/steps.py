"""The publish pipeline's syndication steps: verify → syndicate → refresh.

Each is a plain `(PublishContext) -> StepOutcome` (see publishing/pipeline.py). The engine
(plan, send) is pure or injected; this module is the edge that reads the manifest, the
environment and the ledger, checks the public pages, and talks to the person.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from common.errors import RoundsError
from common.siteurl import is_public
from publishing.deploy import configured_target
from publishing.pipeline import PublishContext, StepOutcome

from . import engine
from .describe import read_manifest
from .engine import Plan, Planned, label
from .ledger import LedgerStore
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


# --- Inputs -------------------------------------------------------------------------------


def ledger_store(settings: Mapping[str, Any], root: Path) -> LedgerStore:
    return LedgerStore(settings.get("SYNDICATION_LEDGER") or root / "syndication.json")


def load_posts(context: PublishContext) -> list[PostSource]:
    """The posts the last production build described (cache/syndication-manifest.json)."""
    if "syndication_posts" in context.state:
        return context.state["syndication_posts"]
    path = Path(context.settings.get("SYNDICATION_MANIFEST")
                or context.project.root / "cache" / "syndication-manifest.json")
    try:
        _siteurl, posts = read_manifest(path)
    except FileNotFoundError:
        raise RoundsError(
            f"There is no description of the published notes yet ({path.name} is missing), "
            "so nothing can be posted. Fix: run `invoke publish` (it builds, deploys, then "
            "posts)."
        ) from None
    context.state["syndication_posts"] = posts
    return posts


def _adapter_from_env(name: str, env: Mapping[str, str]) -> Network | None:
    if name == "x":
        try:
            from .networks.x import XNetwork
        except ImportError:  # the adapter has not landed on this branch yet
            return None
        return XNetwork.from_env(env)
    return None


def connections(context: PublishContext, offline: bool = False) -> list[Connection]:
    """The networks of this run. `offline` (preview): no API call; the account is the one
    the ledger knows for that network, so what was posted or existed before still counts."""
    if "syndication_connections" in context.state and not offline:
        return context.state["syndication_connections"]
    env = context.options.get("env") or os.environ
    names = context.settings.get("SYNDICATION_NETWORKS") or DEFAULT_NETWORKS
    found: list[Connection] = []
    for name in names:
        network = _adapter_from_env(name, env)
        if network is None:
            found.append(Connection(name, None, None))
            continue
        if offline:
            known = [a["account"] for a in _ledger(context).accounts.values()
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
        context.state["syndication_connections"] = found
    return found


def _ledger(context: PublishContext) -> Any:
    return ledger_store(context.settings, context.project.root).load()


def make_plan(context: PublishContext, links: list[Connection], ledger: Any) -> Plan:
    posts = load_posts(context)
    chosen = _chosen_post_id(context, posts)
    accounts = {c.name: c.account for c in links}
    return engine.plan(posts, ledger, accounts, context.clock(), context.settings, chosen)


def _chosen_post_id(context: PublishContext, posts: list[PostSource]) -> str | None:
    """`--post PATH`: the post whose source file is PATH (as typed, from the repo root)."""
    wanted = context.options.get("post")
    if not wanted:
        return None
    root = context.project.root
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


def _deployed_file(context: PublishContext, url: str) -> Path | None:
    """In preview with a local-folder deploy: the file that serves `url`, if any."""
    target = context.target or configured_target(context.project.config(context.settings),
                                                 context.project.root)
    folder = target.served_from()
    if folder is None:
        return None
    site_path = urlsplit(str(context.settings.get("SITEURL") or "")).path.rstrip("/")
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


def verify_urls(context: PublishContext, items: list[Planned], preview: bool) -> list[str]:
    """Problems (one line each) for the posts about to be announced and their card images;
    [] when every one is live. Each address is checked once per run."""
    problems: list[str] = []
    for item in items:
        problem = _check(context, item.post.url, preview)
        if problem:
            problems.append(f"  {item.post.source_path}: {item.post.url} {problem}")
        elif item.post.image_url and (problem := _check(context, item.post.image_url, preview)):
            problems.append(f"  {item.post.source_path}: its image {item.post.image_url} "
                            f"{problem}")
    return problems


def _check(context: PublishContext, url: str, preview: bool) -> str | None:
    """None when `url` is live: HTTP 200, or (preview, local-folder deploy) its file exists."""
    checked: dict[str, str | None] = context.state.setdefault("syndication_verified", {})
    if url not in checked:
        file = _deployed_file(context, url) if preview else None
        if file is not None:
            checked[url] = None if file.is_file() else f"is not in the deployed folder ({file})"
        else:
            checked[url] = check_live(url)
    return checked[url]


def verify_step(context: PublishContext) -> StepOutcome:
    """Every post about to be announced answers 200 at its public URL (no dead links)."""
    links = connections(context)
    plan = make_plan(context, links, _ledger(context))
    context.state["syndication_plan"] = plan
    if not plan.to_send:
        return StepOutcome.done("nothing new to announce")
    connected = [c for c in links if not c.preview]
    siteurl = str(context.settings.get("SITEURL") or "")
    if connected and not is_public(siteurl or plan.to_send[0].post.url):
        names = ", ".join(label(c.name) for c in connected)
        return StepOutcome.failed(
            f"The site's address is {siteurl or '(none)'}, which only this computer can open, "
            f"and {names} is connected: a post would link to a page nobody else can see. "
            "Nothing was posted. Fix: set SITEURL to the practice's public address (in .env: "
            "SITEURL=https://www.example-practice.com), then run `invoke publish`."
        )
    items = _unique_posts(plan.to_send)
    problems = verify_urls(context, items, preview=not connected)
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


def _say_message(context: PublishContext, verb: str, item: Planned) -> None:
    try:
        message = _compose()(item.post, item.network)
    except ValueError as error:
        context.say(f"  ✗ {item.post.source_path}: {error}")
        return
    shortened = ", shortened" if message.shortened else ""
    context.say(f"  {verb} {label(item.network)} ({message.length}/{message.limit}"
                f"{shortened}) for {item.post.source_path}:")
    for line in message.text.splitlines() or [""]:
        context.say(f"    │ {line}")


#: How many notes held back for one reason are listed one by one before "… and N more".
HELD_LISTED = 5


def say_held(context: PublishContext, plan: Plan) -> None:
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
            context.say(f"  held back: {held.detail}")
    for reason, count in sorted(listed.items()):
        if count > HELD_LISTED:
            context.say(f"  held back: … and {count - HELD_LISTED} more note(s) for the same "
                        f"reason ({reason}).")
    words = {engine.EXISTING_BEFORE: "existed before the account was connected",
             engine.TOO_OLD: "were too old when they first appeared"}
    for reason, count in sorted(settled.items()):
        context.say(f"  held back: {count} earlier note(s) {words.get(reason, reason)} and are "
                    "not posted automatically (`invoke syndicate --post PATH` posts one).")


def say_plan(context: PublishContext, plan: Plan, links: list[Connection]) -> None:
    """What a publish would post now, exactly, with each message's counted length."""
    for link in links:
        if link.preview and link.has_credentials:
            context.say(
                f"  {label(link.name)} has credentials but has not been connected yet: the "
                "first publish records the notes already published as existing-before and "
                "posts none of them. Notes published after that go out like this:")
        elif link.preview:
            context.say(
                f"  {label(link.name)} is not connected ({CREDENTIALS.get(link.name, '')} "
                "are not set): preview only, nothing is posted or recorded. The first publish "
                "with credentials records the notes already published as existing-before.")
    for item in plan.to_send:
        _say_message(context, "would post to", item)
    say_held(context, plan)
    if not plan.to_send:
        context.say("  nothing would be posted now")


def _chosen_but_held(context: PublishContext, plan: Plan) -> str | None:
    """`--post PATH` that cannot go out (a draft, hidden, future, opted out): say why, fail.

    Already posted is not a failure: the note is on the network, exactly once.
    """
    if not context.options.get("post") or plan.to_send:
        return None
    reasons = [h for h in plan.held if h.reason != engine.ALREADY_POSTED]
    if not reasons:
        return None
    return "The chosen note was not posted: " + " ".join(h.detail for h in reasons[:1])


def syndicate_step(context: PublishContext) -> StepOutcome:
    """Post each new note once to each connected account; preview the rest."""
    dry_run = bool(context.options.get("dry_run"))
    links = connections(context)
    store = ledger_store(context.settings, context.project.root)
    previews = [c for c in links if c.preview]
    live = [c for c in links if not c.preview]
    if previews or dry_run:
        plan = make_plan(context, previews if not dry_run else links, store.load())
        say_plan(context, plan, previews if not dry_run else [])
    if dry_run or not live:
        context.state["syndication_posted"] = 0
        what = "dry run" if dry_run else "preview"
        return StepOutcome.done(f"{what}: nothing was posted or recorded")
    counts = {engine.POSTED: 0, engine.QUEUED: 0, engine.FAILED: 0}
    sleep = context.options.get("sleep") or time.sleep
    with store.locked():
        ledger = store.load()
        plan = make_plan(context, live, ledger)
        if engine.apply_new_records(plan, ledger):
            store.save(ledger)
        for network, account in plan.first_connections:
            context.say(f"  {label(network)} account {engine.account_label(account)} connected "
                        "for the first time: the notes already published are recorded as "
                        "existing-before, not posted.")
        say_held(context, plan)
        refused = _chosen_but_held(context, plan)
        if refused:
            return StepOutcome.failed(refused)
        problems = verify_urls(context, _unique_posts(plan.to_send), preview=False)
        if problems:
            return StepOutcome.failed(
                "These notes are not live, so they were not announced:\n"
                + "\n".join(problems) + "\n  Fix: run `invoke publish`.")
        for link in live:
            assert link.network is not None
            report = engine.send(plan.to_send, link.network, store, context.clock,
                                 _compose(), sleep, retry_policy(context.settings),
                                 say=context.say)
            for outcome in report.outcomes:
                counts[outcome.state] += 1
                context.say(_outcome_line(context, outcome))
    posted, queued, failed = (counts[s] for s in (engine.POSTED, engine.QUEUED, engine.FAILED))
    context.state["syndication_posted"] = posted
    summary = f"{posted} posted, {queued} queued, {failed} failed"
    if failed:
        return StepOutcome.failed(f"{summary}: see the lines above for the fix")
    if not (posted or queued):
        return StepOutcome.done("nothing new to post")
    return StepOutcome.done(summary + (" (queued posts go out on the next run)"
                                       if queued else ""))


def _outcome_line(context: PublishContext, outcome: engine.Outcome) -> str:
    """One line per post sent (or not), in the doctor's words."""
    where, network = outcome.item.post.source_path, label(outcome.item.network)
    if outcome.state == engine.POSTED:
        how = " (it was already there: recorded, not sent again)" if outcome.reconciled else ""
        return f"  posted {where} to {network}: {outcome.remote.url if outcome.remote else ''}{how}"
    if outcome.state == engine.QUEUED:
        when = outcome.next_attempt_at
        after = engine.when_text(when, context.clock()) if when else "now"
        return (f"  queued {where} for {network}: {outcome.detail}. It is retried by the first "
                f"`invoke publish` or `invoke syndicate` after {after}.")
    return (f"  ✗ {where} was not posted to {network}: {outcome.detail.rstrip('.')}. "
            f"Fix: {outcome.fix.rstrip('.')}.")


def retry_policy(settings: Mapping[str, Any]) -> engine.RetryPolicy:
    """`SYNDICATION_RETRY = {"attempts": 3, "first_delay": 2, "factor": 3}` (seconds)."""
    values = dict(settings.get("SYNDICATION_RETRY") or {})
    if "requeue_minutes" in values:
        values["requeue_after"] = timedelta(minutes=float(values.pop("requeue_minutes")))
    return engine.RetryPolicy(**values)


# --- refresh ------------------------------------------------------------------------------


def refresh_step(context: PublishContext) -> StepOutcome:
    """Rebuild and redeploy when something was posted, so its page shows "Also on X"."""
    if not context.state.get("syndication_posted"):
        return StepOutcome.done("nothing new was posted; the pages are up to date")
    from publishing.pipeline import build_step, check_step, deploy_step

    if "check_report" not in context.state:
        checked = check_step(context)
        if not checked.ok:
            return StepOutcome.failed(
                "The posts went out, but the notes no longer pass the checks, so the pages "
                f"were not rebuilt: {checked.message}")
    build_step(context)
    deploy_step(context)
    return StepOutcome.done("pages rebuilt and redeployed with their syndication links")


def preview_posts(context: PublishContext) -> None:
    """`invoke preview`: print the planned posts, offline (no API call, nothing recorded)."""
    links = connections(context, offline=True)
    plan = make_plan(context, links, _ledger(context))
    context.say("Planned posts:")
    say_plan(context, plan, [c for c in links if c.account is None])
