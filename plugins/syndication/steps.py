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
from urllib.parse import urljoin, urlsplit

from common.commands import command
from common.errors import RoundsError
from common.outcome import StepOutcome
from common.settings import ProjectSettings
from common.siteurl import is_public

from . import opengraph, planner, report
from .channels import channels_from
from .describe import read_manifest
from .ledger import FAILED, POSTED, QUEUED, Ledger, LedgerStore, parse_time
from .model import Channel, Message, Plan, Planned, PostSource
from .networks import registry
from .networks.base import Connection, Network, NetworkError, Rejected
from .planner import PlanRules
from .sender import Composer, RetryPolicy, Sender

VERIFY_TIMEOUT = 10.0
USER_AGENT = "Rounds link check"
#: Said of a network that scrapes the card once (marks a card problem in the verify lines).
CARD_KEPT = "draws the card once and keeps it"
FIX_CARD = ("  Fix for a card: make sure the note's `image:` (or the card Rounds draws) was "
            f"deployed with the page and answers at its address, then run `{command('publish')}`; "
            "nothing was posted anywhere, so every network gets the note together.")


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
    #: Channel id → the account as its network names it ("x:1500…:@Handle").
    remote_accounts: dict[str, str] = field(default_factory=dict)


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


def adapter_options(config: ProjectSettings) -> dict[str, Any]:
    """The settings adapters read (each takes the ones it knows). Sessions (Bluesky) are
    kept beside the manifest, in the git-ignored cache folder."""
    return {"visibility": config.SYNDICATION_MASTODON_VISIBILITY,
            "reply_settings": config.SYNDICATION_X_REPLY_SETTINGS,
            "threadgate": config.SYNDICATION_BLUESKY_THREADGATE,
            "graph_version": config.SYNDICATION_FACEBOOK_GRAPH_VERSION,
            "facebook_scrape": config.SYNDICATION_FACEBOOK_SCRAPE,
            "session_dir": str(config.SYNDICATION_MANIFEST.parent)}


def open_channel(channel: Channel, env: Mapping[str, str],
                 options: Mapping[str, Any]) -> Network | None:
    """The channel's adapter from its environment variables, or None (preview mode)."""
    spec = registry.spec(channel.network)
    if spec.credentials_from(env, channel.env_prefix) is None:
        return None
    return spec.adapter_class().from_env(env, channel.env_prefix, options=options)


def run_channels(run: SyndicationRun) -> list[Channel]:
    env = run.env if run.env is not None else os.environ
    return channels_from(run.config.SYNDICATION_ACCOUNTS, env,
                         run.config.SYNDICATION_NETWORKS)


def connections(run: SyndicationRun, offline: bool = False) -> list[Connection]:
    """The channels of this run. `offline` (preview): no API call; a channel with
    credentials counts as connected when the ledger knows it, so what was posted or existed
    before still counts."""
    if run.connections is not None and not offline:
        return run.connections
    env = run.env if run.env is not None else os.environ
    options = adapter_options(run.config)
    found: list[Connection] = []
    ledger = _ledger(run) if offline else None
    for channel in run_channels(run):
        spec = registry.spec(channel.network)
        if spec.credentials_from(env, channel.env_prefix) is None:
            found.append(Connection(channel, None, None))
            continue
        if ledger is not None:
            known = ledger.is_connected(channel.network, channel.id)
            found.append(Connection(channel, None, channel.id if known else None, True))
            continue
        where = report.channel_label(channel.network, channel.id)
        try:
            network = open_channel(channel, env, options)  # a wrong setting is Rejected
            assert network is not None
            remote = network.account()
        except Rejected as error:
            raise RoundsError(
                f"{where} refused the account's credentials: {error}. Nothing "
                f"was posted. Fix: {error.fix}"
            ) from None
        except NetworkError as error:
            raise RoundsError(
                f"Could not reach {where} to identify the account: {error}. Nothing was "
                f"posted; the site is published. Fix: run {command('syndicate')} later."
            ) from None
        found.append(Connection(channel, network, channel.id, True))
        run.remote_accounts[channel.id] = remote
    if not offline:
        run.connections = found
    return found


def _ledger(run: SyndicationRun) -> Ledger:
    return LedgerStore.for_config(run.config).load()


def make_plan(run: SyndicationRun, links: list[Connection], ledger: Ledger) -> Plan:
    posts = load_posts(run)
    chosen = _chosen_post_id(run, posts)
    preview = {c.channel.id for c in links if c.account is None}
    return planner.plan(posts, ledger, [c.channel for c in links], run.clock(),
                        PlanRules.from_config(run.config), chosen, preview)


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
    [] when every one is live. Each address is checked once per run.

    A post going to a network that draws its card from the page once and keeps it
    (Facebook: `scrapes_card`) also needs a card that is right the first time: its
    `og:image` answers 200 as an image, with `og:image:width`/`height` given. A problem
    stops the whole step, so the note is posted nowhere until its card is fixed.
    """
    problems: list[str] = []
    scraped = {item.post.url for item in items
               if item.network in registry.BY_NAME and registry.spec(item.network).scrapes_card}
    for item in _unique_posts(items):
        problem = _check(run, item.post.url, preview)
        if problem:
            problems.append(f"  {item.post.source_path}: {item.post.url} {problem}")
        elif item.post.image_url and (problem := _check(run, item.post.image_url, preview)):
            problems.append(f"  {item.post.source_path}: its image {item.post.image_url} "
                            f"{problem}")
        elif item.post.url in scraped and (problem := _check_card(run, item.post.url,
                                                                  preview)):
            readers = ", ".join(sorted({registry.label(i.network) for i in items
                                        if i.post.url == item.post.url
                                        and registry.BY_NAME.get(i.network) is not None
                                        and registry.spec(i.network).scrapes_card}))
            problems.append(f"  {item.post.source_path}: its page {problem} ({readers} "
                            f"{CARD_KEPT})")
    return problems


def _check_card(run: SyndicationRun, url: str, preview: bool) -> str | None:
    """None when the page's card is right: og:image with its width and height, and the
    image answering 200 as an image (preview, local-folder deploy: the deployed files)."""
    checked = run.verified
    key = f"card:{url}"
    if key in checked:
        return checked[key]
    file = _deployed_file(run, url) if preview else None
    if file is not None:
        html = file.read_text(encoding="utf-8", errors="replace") if file.is_file() else ""
    else:
        html = _fetch_text(url)
    tags = opengraph.card_tags(html)
    problem = tags.problem()
    if problem is None and tags.image:
        image = urljoin(url, tags.image)
        image_file = _deployed_file(run, image) if preview else None
        if image_file is not None:
            found = None if image_file.is_file() else \
                f"is not in the deployed folder ({image_file})"
        else:
            found = check_image(image)
        if found:
            problem = f"gives the card image {image}, which {found}"
    checked[key] = problem
    return problem


def _fetch_text(url: str, timeout: float = VERIFY_TIMEOUT) -> str:
    import requests

    try:
        response = requests.get(url, timeout=timeout, headers={"User-Agent": USER_AGENT})
    except requests.RequestException:
        return ""
    return response.text if response.status_code == 200 else ""


def check_image(url: str, timeout: float = VERIFY_TIMEOUT) -> str | None:
    """None when `url` answers 200 with an image content type; else what is wrong."""
    import requests

    try:
        with requests.get(url, timeout=timeout, stream=True,
                          headers={"User-Agent": USER_AGENT}) as response:
            return opengraph.image_problem(response.status_code,
                                           response.headers.get("Content-Type", ""))
    except requests.RequestException as error:
        return f"could not be reached ({type(error).__name__})"


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
    problems = verify_urls(run, plan.to_send, preview=not connected)
    if problems:
        cards = any(CARD_KEPT in line for line in problems)
        what = "notes' cards are not right" if all(CARD_KEPT in line for line in problems) \
            else "notes are not live"
        return StepOutcome.failed(
            f"These {what} yet, so they were not announced:\n"
            + "\n".join(problems)
            + f"\n  Fix: run {command('publish')}, which deploys them before posting; if they "
            "were deployed, check that SITEURL is the address they went to."
            + ("\n" + FIX_CARD if cards else "")
        )
    if not connected:  # preview: nothing is posted, so only the deployed files were read
        return StepOutcome.done(f"{len(items)} page(s) to announce are in the deployed site")
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


def composer_for(network: Network) -> Composer:
    """Compose by the account's own rules where its server has them (a Mastodon server's
    character limit and URL length, read once); by the registry's when they cannot be read
    (the adapter still refuses an over-long text before sending)."""
    from .compose import compose

    try:
        rules = network.counting_rules()
    except NetworkError:
        rules = None

    def composer(post: PostSource, name: str) -> Message:
        return compose(post, name, rules if rules is not None and rules.network == name
                       else None)

    return composer


def syndicate_step(run: SyndicationRun) -> StepOutcome:
    """Post each new note once to each connected account; preview the rest."""
    dry_run = run.dry_run
    links = connections(run)
    store = LedgerStore.for_config(run.config)
    previews = [c for c in links if c.preview]
    live = [c for c in links if not c.preview]
    if previews or dry_run:
        ledger = store.load()
        plan = make_plan(run, previews if not dry_run else links, ledger)
        say_plan(run.say, plan, previews if not dry_run else [], ledger, run.config,
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
        if planner.apply_new_records(plan, ledger, run.remote_accounts):
            store.save(ledger)
        for network, account in plan.first_connections:
            run.say(report.first_connection(network, account,
                                            run.remote_accounts.get(account)))
        report.say_held(run.say, plan, verbose=run.verbose or bool(run.post))
        refused = report.chosen_but_held(plan) if run.post else None
        if refused:
            return StepOutcome.failed(refused)
        problems = verify_urls(run, plan.to_send, preview=False)
        if problems:
            return StepOutcome.failed(
                "These notes are not live, so they were not announced:\n"
                + "\n".join(problems) + f"\n  Fix: run {command('publish')}.")
        for link in live:
            assert link.network is not None
            sender = Sender(link.network, store, run.clock, composer_for(link.network), sleep,
                            retry_policy(run.config), say=run.detail, account=link.account)
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
    ledger = _ledger(run)
    plan = make_plan(run, links, ledger)
    run.say("Planned posts:")
    report.say_connections(run.say, [c for c in links if c.account is None])
    say_plan(run.say, plan, [], ledger, run.config)
    for line in cost_lines(plan, links, ledger, run.config):
        run.say(line)


def say_plan(say: report.Say, plan: Plan, links: list[Connection],
             ledger: Ledger | None = None, config: ProjectSettings | None = None,
             full: bool = True) -> None:
    """What a publish would post now, with each message's counted length: in `full`, the
    exact text, every held note explained and what the month costs on networks that bill per
    post (`invoke preview`, `--dry-run`, `--verbose`); else one line per channel and note."""
    report.say_connections(say, links, full=full)
    compose = _compose()
    for item in plan.to_send:
        report.say_message(say, "would post to", item.post.source_path, item.network,
                           lambda item=item: compose(item.post, item.network), item.channel,
                           full=full)
    report.say_held(say, plan, verbose=full)
    if not plan.to_send:
        say("  nothing would be posted now")
    if not full:
        return
    for line in cost_lines(plan, links, ledger or Ledger(), config):
        say(line)


def cost_lines(plan: Plan, links: list[Connection], ledger: Ledger,
               config: ProjectSettings | None) -> list[str]:
    """One estimate per channel on a network that bills per post (X)."""
    month = plan.now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    lines: list[str] = []
    for link in links:
        spec = registry.spec(link.name)
        if spec.cost_per_post is None:
            continue
        channel = link.channel
        posted = sum(1 for (_, network, account), record in ledger.records.items()
                     if network == channel.network and account == channel.id
                     and record["state"] == POSTED
                     and (parse_time(record.get("posted_at")) or month) >= month)
        planned = sum(1 for item in plan.to_send if item.channel == channel.id)
        budgets = config.SYNDICATION_BUDGETS if config is not None else {}
        budget = channel.budget if channel.budget is not None else budgets.get(spec.name) or {}
        lines.append(report.cost_line(report.channel_label(spec.name, channel.id),
                                      spec.cost_per_post, posted, planned,
                                      budget.get("monthly")))
    return lines
