"""Plan → send → record: the syndication engine (DESIGN.md, "Syndication rules").

`plan()` is pure: from the posts the build described, the ledger, the connected accounts
and the clock it decides what goes out now and what is held back, and why. `send()` is the
edge: for each planned post it writes `pending` to the ledger (flushed), calls the network,
and records the answer; an unknown outcome (a crash, a timeout) is reconciled with the
network before anything is sent again, so a post never goes out twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import crashpoints
from .ledger import (
    EXISTING_BEFORE,
    FAILED,
    HELD,
    PENDING,
    POSTED,
    QUEUED,
    Ledger,
    LedgerStore,
    parse_time,
    timestamp,
)
from .model import Message, PostSource
from .networks.base import (
    AlreadyPosted,
    Network,
    NetworkError,
    RateLimited,
    Rejected,
    RemotePost,
    Transient,
)

DEFAULT_MAX_AGE_DAYS = 14
#: Network names as a person reads them.
LABELS = {"x": "X", "mastodon": "Mastodon", "bluesky": "Bluesky", "facebook": "Facebook"}

# Why a post is held back (codes for tests and tools; `HeldBack.detail` is for people).
DRAFT = "draft"
HIDDEN = "hidden"
FUTURE = "future"
OPTED_OUT = "opted-out"
TOO_OLD = "too-old"
BUDGET = "over-budget"
WAITING = "queued"
ALREADY_POSTED = "already-posted"
NOT_LIVE = "not-live"

# What to do with a planned post.
POST = "post"  # never tried: send it
RETRY = "retry"  # tried before with a known outcome (rate limit, refusal): send again
RECONCILE = "reconcile"  # outcome unknown: ask the network first, send only if absent


def label(network: str) -> str:
    return LABELS.get(network, network)


def account_label(account: str) -> str:
    """"x:1500…:@RoundsPediatrics" → "@RoundsPediatrics": the handle a person recognises."""
    handle = account.rsplit(":", 1)[-1]
    return handle if handle.startswith("@") else account


@dataclass(frozen=True)
class Planned:
    """One post to send to one account now."""

    post: PostSource
    network: str
    #: None in preview mode (no credentials: nothing is recorded).
    account: str | None
    action: str
    #: Set when the post was chosen by hand (`invoke syndicate --post`).
    chosen: bool = False


@dataclass(frozen=True)
class HeldBack:
    """A post that does not go out now, with the reason in words."""

    post: PostSource
    network: str | None
    reason: str
    detail: str
    #: Decided by an earlier run (existing-before, too old): summarised, not listed, each time.
    settled: bool = False


@dataclass
class Plan:
    now: datetime
    to_send: list[Planned] = field(default_factory=list)
    held: list[HeldBack] = field(default_factory=list)
    #: Records to write before sending (existing-before, held, budget-queued); never
    #: overwrite a record that exists.
    new_records: list[dict[str, Any]] = field(default_factory=list)
    #: Accounts seen for the first time by this plan (network, account).
    first_connections: list[tuple[str, str]] = field(default_factory=list)
    already_posted: int = 0

    def held_for(self, reason: str) -> list[HeldBack]:
        return [h for h in self.held if h.reason == reason]


def idempotency_key(post_id: str, network: str, account: str) -> str:
    """Stable per (post, network, account): a resend of the same post carries the same key."""
    digest = hashlib.sha256(f"{post_id}\n{network}\n{account}".encode()).hexdigest()
    return digest[:32]


def max_age(settings: Mapping[str, Any]) -> timedelta:
    return timedelta(days=float(settings.get("SYNDICATION_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS)))


def _record(post: PostSource, network: str, account: str, state: str, now: datetime,
            **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "post_id": post.post_id,
        "network": network,
        "account": account,
        "state": state,
        "source": post.source_path,
        "url": post.url,
        "first_seen": timestamp(now),
        "updated_at": timestamp(now),
    }
    record.update({k: v for k, v in extra.items() if v is not None})
    return record


def when_text(moment: datetime, now: datetime) -> str:
    """A moment in the site's time zone (the clock's), as a person writes it."""
    local = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    return f"{local:%Y-%m-%d %H:%M} ({local.tzname() or 'UTC'})"


def _opted_out_detail(post: PostSource, network: str) -> str:
    if post.networks == ():
        return f"{post.source_path} says `syndicate: no`, so it is not posted anywhere."
    allowed = ", ".join(post.networks or ())
    return (f"{post.source_path} says `syndicate: {allowed}`, which leaves out "
            f"{label(network)}.")


def plan(
    posts: Iterable[PostSource],
    ledger: Ledger,
    accounts: Mapping[str, str | None],
    now: datetime,
    settings: Mapping[str, Any],
    chosen: str | None = None,
) -> Plan:
    """Decide what goes out now and what is held back and why. Pure; O(posts × networks).

    `accounts` maps each network to send to onto its account id, or None for preview mode
    (no credentials): then nothing is recorded and no account is "connected".
    `chosen` is a post id picked by hand (`invoke syndicate --post`): only that post is
    considered, and it goes out even when it is too old or existed before the account was
    connected; still never twice.
    """
    result = Plan(now=now)
    oldest_allowed = now - max_age(settings)
    first_time = {
        network: account is not None and not ledger.is_connected(network, account)
        for network, account in accounts.items()
    }
    # A hand-picked post does not "connect" the account: the next publish must still record
    # every other existing note as existing-before (no flood).
    result.first_connections = [] if chosen is not None else [
        (n, a) for n, a in accounts.items() if a and first_time[n]]
    # A page already posted under another identity (a renamed file): never post it again.
    posted_urls = {
        (network, account, record.get("url")): post_id
        for (post_id, network, account), record in ledger.records.items()
        if record["state"] == POSTED
    }
    for post in posts:
        if chosen is not None and post.post_id != chosen:
            continue
        if post.status == "draft":
            result.held.append(HeldBack(post, None, DRAFT, (
                f"{post.source_path} is a draft (`Status: draft`), so it is not published "
                "or posted. Fix: set `Status: published` when it is ready.")))
            continue
        if post.status == "hidden":
            result.held.append(HeldBack(post, None, HIDDEN, (
                f"{post.source_path} is hidden (`Status: hidden`): it has a page but is not "
                "announced.")))
            continue
        if post.date > now:
            result.held.append(HeldBack(post, None, FUTURE, (
                f"{post.source_path} is dated {when_text(post.date, now)}, in the future: it "
                "goes out with the first publish after that.")))
            continue
        for network, account in accounts.items():
            twin = posted_urls.get((network, account, post.url))
            if twin is not None and twin != post.post_id:
                result.held.append(HeldBack(post, network, ALREADY_POSTED, (
                    f"{post.source_path}: its page {post.url} is already on "
                    f"{label(network)}, posted as {twin} (was the file renamed?). It is never "
                    f"posted twice. Fix: add `syndication_id: {twin}` to the note to keep its "
                    "history.")))
                continue
            _plan_one(result, post, network, account, ledger, now, oldest_allowed,
                      first_time[network], chosen is not None)
    _apply_budgets(result, ledger, settings, now)
    return result


def _plan_one(result: Plan, post: PostSource, network: str, account: str | None,
              ledger: Ledger, now: datetime, oldest_allowed: datetime, first_time: bool,
              chosen: bool) -> None:
    allowed = post.networks is None or network in post.networks
    record = ledger.get(post.post_id, network, account) if account is not None else None
    how_to_force = f"To post it anyway: `invoke syndicate --post {post.source_path}`."
    if not allowed:
        result.held.append(HeldBack(post, network, OPTED_OUT, _opted_out_detail(post, network)))
        if account is not None and record is None:
            result.new_records.append(_record(post, network, account, HELD, now,
                                              reason=OPTED_OUT))
        return
    if record is not None:
        state = record["state"]
        if state == POSTED:
            result.already_posted += 1
            if chosen:
                result.held.append(HeldBack(post, network, ALREADY_POSTED, (
                    f"{post.source_path} is already on {label(network)}: "
                    f"{record.get('remote_url') or record.get('remote_id')}. It is never "
                    "posted twice.")))
            return
        if state == PENDING:
            result.to_send.append(Planned(post, network, account, RECONCILE, chosen))
            return
        if state == FAILED:
            result.to_send.append(Planned(post, network, account, _resend(record), chosen))
            return
        if state == QUEUED:
            due = parse_time(record.get("next_attempt_at"))
            if chosen or due is None or due <= now:
                result.to_send.append(Planned(post, network, account, _resend(record), chosen))
            else:
                result.held.append(HeldBack(post, network, WAITING, (
                    f"{post.source_path} is queued for {label(network)} until "
                    f"{when_text(due, now)}: {record.get('reason', 'waiting to retry')}.")))
            return
        if state == HELD and record.get("reason") == OPTED_OUT:
            # The note has since opted in: judge its age from when it first appeared.
            first_seen = parse_time(record.get("first_seen")) or now
            if chosen or post.date >= first_seen - (now - oldest_allowed):
                result.to_send.append(Planned(post, network, account, POST, chosen))
            else:
                detail = _too_old(post, now, oldest_allowed, how_to_force)
                result.held.append(HeldBack(post, network, TOO_OLD, detail))
            return
        # existing-before, or held as too old: settled by an earlier run.
        if chosen:
            result.to_send.append(Planned(post, network, account, POST, chosen))
            return
        reason = EXISTING_BEFORE if state == EXISTING_BEFORE else TOO_OLD
        result.held.append(HeldBack(post, network, reason, "", settled=True))
        return
    if chosen:
        result.to_send.append(Planned(post, network, account, POST, chosen))
        return
    if first_time:
        assert account is not None
        result.new_records.append(_record(post, network, account, EXISTING_BEFORE, now))
        result.held.append(HeldBack(post, network, EXISTING_BEFORE, (
            f"{post.source_path} was already published when {label(network)} "
            f"({account_label(account)}) "
            f"was connected, so it is not announced. {how_to_force}")))
        return
    if post.date < oldest_allowed:
        if account is not None:
            result.new_records.append(_record(post, network, account, HELD, now,
                                              reason=TOO_OLD))
        detail = _too_old(post, now, oldest_allowed, how_to_force)
        result.held.append(HeldBack(post, network, TOO_OLD, detail))
        return
    result.to_send.append(Planned(post, network, account, POST, chosen))


def _too_old(post: PostSource, now: datetime, oldest_allowed: datetime,
             how_to_force: str) -> str:
    days = round((now - oldest_allowed).total_seconds() / 86400)
    return (f"{post.source_path} is dated {when_text(post.date, now)}, more than {days} days "
            "(SYNDICATION_MAX_AGE_DAYS) before it first appeared — an imported or back-dated "
            f"note — so it is not posted automatically. {how_to_force}")


def _resend(record: Mapping[str, Any]) -> str:
    """A record whose last outcome is unknown is reconciled before it is sent again."""
    return RECONCILE if record.get("uncertain") else RETRY


def _period_starts(now: datetime) -> tuple[datetime, datetime, datetime, datetime]:
    """Start of today, tomorrow, this month and next month, in the clock's time zone."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    next_month = (month + timedelta(days=32)).replace(day=1)
    return day, day + timedelta(days=1), month, next_month


def _apply_budgets(result: Plan, ledger: Ledger, settings: Mapping[str, Any],
                   now: datetime) -> None:
    """Hold back what would exceed an account's daily or monthly post budget (X bills each)."""
    budgets: Mapping[str, Mapping[str, int]] = settings.get("SYNDICATION_BUDGETS") or {}
    if not budgets or not result.to_send:
        return
    day, tomorrow, month, next_month = _period_starts(now)
    used: dict[tuple[str, str | None], list[int]] = {}
    limited = {n for n in budgets if budgets[n]}
    for (_, network, account), record in ledger.records.items():
        if network not in limited or record["state"] != POSTED:
            continue
        posted_at = parse_time(record.get("posted_at"))
        if posted_at is None or posted_at < month:
            continue
        counts = used.setdefault((network, account), [0, 0])
        counts[1] += 1
        if posted_at >= day:
            counts[0] += 1
    kept: list[Planned] = []
    for item in result.to_send:
        budget = budgets.get(item.network) or {}
        counts = used.setdefault((item.network, item.account), [0, 0])
        daily, monthly = budget.get("daily"), budget.get("monthly")
        over = None
        if monthly is not None and counts[1] >= monthly:
            over = ("monthly", monthly, next_month)
        elif daily is not None and counts[0] >= daily:
            over = ("daily", daily, tomorrow)
        if over is None:
            counts[0] += 1
            counts[1] += 1
            kept.append(item)
            continue
        period, limit, until = over
        reason = (f"over the {period} budget of {limit} posts for {label(item.network)} "
                  "(SYNDICATION_BUDGETS)")
        result.held.append(HeldBack(item.post, item.network, BUDGET, (
            f"{item.post.source_path} is queued: {reason}; it goes out with the first "
            f"publish or `invoke syndicate` after {when_text(until, now)}.")))
        if item.account is not None:
            result.new_records.append(_record(
                item.post, item.network, item.account, QUEUED, now, reason=reason,
                next_attempt_at=timestamp(until),
                uncertain=True if item.action == RECONCILE else None))
    result.to_send = kept


# --- Sending ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What happened to one planned post."""

    item: Planned
    state: str
    message: Message | None = None
    remote: RemotePost | None = None
    detail: str = ""
    fix: str = ""
    next_attempt_at: datetime | None = None
    reconciled: bool = False
    #: Queued because the network's rate limit was reached (the rest of the run waits too).
    rate_limited: bool = False


@dataclass
class SendReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.state == state)

    @property
    def posted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == POSTED]

    @property
    def newly_posted(self) -> int:
        return self.count(POSTED)

    @property
    def ok(self) -> bool:
        """Failed (refused) posts make the step fail; queued ones do not (they retry)."""
        return self.count(FAILED) == 0


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries for server errors and timeouts, with exponential backoff."""

    attempts: int = 3
    first_delay: float = 2.0
    factor: float = 3.0
    #: After the last attempt fails, the post is queued this long.
    requeue_after: timedelta = timedelta(minutes=15)

    def delays(self) -> list[float]:
        return [self.first_delay * self.factor**i for i in range(self.attempts - 1)]


Composer = Callable[[PostSource, str], Message]


def apply_new_records(plan_: Plan, ledger: Ledger) -> bool:
    """Add the plan's held/existing-before/queued records and first connections to `ledger`.

    Never overwrites a record (a concurrent run may have written one). True when changed.
    """
    changed = False
    for network, account in plan_.first_connections:
        if not ledger.is_connected(network, account):
            ledger.connect(network, account, plan_.now)
            changed = True
    for record in plan_.new_records:
        existing = ledger.get(record["post_id"], record["network"], record["account"])
        if existing is None or (record["state"] == QUEUED and existing["state"] != POSTED):
            if existing is not None:
                record = {**existing, **record, "first_seen": existing.get("first_seen")}
            ledger.put(record)
            changed = True
    return changed


def send(
    items: Iterable[Planned],
    network: Network,
    store: LedgerStore,
    clock: Callable[[], datetime],
    compose: Composer,
    sleep: Callable[[float], None],
    retry: RetryPolicy | None = None,
    say: Callable[[str], None] = print,
) -> SendReport:
    """Send each planned post once, recording intent before and the result after each call.

    Call under `store.locked()`. The ledger is re-read here, so a post another run finished
    meanwhile is skipped. Exceptions from the network never escape: each becomes a state.
    """
    retry = retry or RetryPolicy()
    report = SendReport()
    ledger = store.load()
    rate_limited: Outcome | None = None
    for item in items:
        if item.network != network.name or item.account is None:
            continue
        if rate_limited is not None:
            # The rate limit holds for every post: queue the rest without asking again.
            outcome = _queue_untried(item, store, ledger, clock, retry, rate_limited)
        else:
            outcome = _send_one(item, network, store, ledger, clock, compose, sleep, retry,
                                say)
            if outcome.state == QUEUED and outcome.rate_limited:
                rate_limited = outcome
        report.outcomes.append(outcome)
    return report


def _save(store: LedgerStore, ledger: Ledger, record: dict[str, Any]) -> None:
    ledger.put(record)
    store.save(ledger)


def _send_one(item: Planned, network: Network, store: LedgerStore, ledger: Ledger,
              clock: Callable[[], datetime], compose: Composer,
              sleep: Callable[[float], None], retry: RetryPolicy,
              say: Callable[[str], None]) -> Outcome:
    post, account = item.post, item.account
    assert account is not None
    known = ledger.get(post.post_id, item.network, account)
    record = dict(known or _record(post, item.network, account, PENDING, clock()))
    if record["state"] == POSTED:
        return Outcome(item, POSTED, remote=RemotePost(record.get("remote_id", ""),
                                                        record.get("remote_url", "")),
                       detail="already posted by another run")
    record.update(url=post.url, source=post.source_path)
    # Only an attempt the ledger remembers can have landed: a first send asks nothing first
    # (an extra read per post would cost API calls and fail posts when reads fail).
    uncertain = known is not None and (bool(record.get("uncertain"))
                                       or record["state"] == PENDING)
    if uncertain:
        since = (parse_time(record.get("attempted_at")) or clock()) - timedelta(minutes=10)
        try:
            found = network.find_existing(post.url, since)
        except NetworkError as error:
            return _queue(store, ledger, record, item, clock, retry, uncertain=True,
                          reason=f"could not check whether the earlier attempt landed: {error}")
        if found is not None:
            return _posted(store, ledger, record, item, clock, found, reconciled=True)
    try:
        message = compose(post, item.network)
    except ValueError as error:  # compose.MessageTooLong: says what to shorten
        return _fail(store, ledger, record, item, clock, None, str(error),
                     f"shorten the text in {post.source_path}, then run `invoke syndicate`")
    if message.length > message.limit:
        return _fail(store, ledger, record, item, clock, message,
                     f"the message is {message.length} characters as {label(item.network)} "
                     f"counts them, over its limit of {message.limit}",
                     f"shorten the `{item.network}:` text in {post.source_path}")
    key = record.get("idempotency_key") or idempotency_key(post.post_id, item.network, account)
    record.update(state=PENDING, idempotency_key=key, attempted_at=timestamp(clock()),
                  updated_at=timestamp(clock()), uncertain=True,
                  attempts=int(record.get("attempts", 0)) + 1)
    for stale in ("reason", "fix", "next_attempt_at"):
        record.pop(stale, None)
    _save(store, ledger, record)
    crashpoints.reached("after-pending")
    delays = retry.delays()
    attempt = 0
    maybe_landed = False
    while True:
        try:
            remote = network.publish(message, key)
        except Transient as error:
            maybe_landed = True
            if attempt >= len(delays):
                return _queue(store, ledger, record, item, clock, retry, uncertain=True,
                              reason=f"{label(item.network)} did not answer properly after "
                                     f"{attempt + 1} tries ({error})", message=message)
            say(f"  {label(item.network)} did not answer properly ({error}); trying again in "
                f"{delays[attempt]:.0f} s")
            sleep(delays[attempt])
            attempt += 1
            try:
                found = network.find_existing(post.url, parse_time(record["attempted_at"])
                                              - timedelta(minutes=10))
            except NetworkError as unchecked:
                # The post may have landed and we cannot look: never resend blind. It stays
                # queued (uncertain), and the next run reconciles before anything is sent.
                return _queue(store, ledger, record, item, clock, retry, uncertain=True,
                              reason=f"{label(item.network)} did not answer, and whether the "
                                     f"post went out could not be checked ({unchecked})",
                              message=message)
            if found is not None:
                return _posted(store, ledger, record, item, clock, found, reconciled=True,
                               message=message)
            continue
        except RateLimited as error:
            queued = _queue(store, ledger, record, item, clock, retry, uncertain=maybe_landed,
                            reason=_reason(error, "rate limit", item.network),
                            at=error.retry_at, message=message)
            queued.rate_limited = True
            return queued
        except AlreadyPosted:
            try:
                found = network.find_existing(post.url, parse_time(record["attempted_at"])
                                              - timedelta(days=30))
            except NetworkError:
                found = None
            return _posted(store, ledger, record, item, clock,
                           found or RemotePost("", ""), reconciled=True, message=message)
        except Rejected as error:
            return _fail(store, ledger, record, item, clock, message, str(error), error.fix,
                         uncertain=maybe_landed)
        except NetworkError as error:
            return _fail(store, ledger, record, item, clock, message, str(error),
                         "run `invoke syndicate` again later; if it keeps failing, check the "
                         "account on the network's website", uncertain=maybe_landed)
        crashpoints.reached("after-api")
        return _posted(store, ledger, record, item, clock, remote, message=message)


def _reason(error: Exception, what: str, network: str) -> str:
    """The adapter's words when they name the network, else "<Network> <what> (<words>)"."""
    words = str(error).rstrip(".")
    return words if label(network) in words else f"{label(network)} {what} ({words})"


def _queue_untried(item: Planned, store: LedgerStore, ledger: Ledger,
                   clock: Callable[[], datetime], retry: RetryPolicy,
                   cause: Outcome) -> Outcome:
    """Queue a post without calling the network, until `cause`'s rate limit resets."""
    assert item.account is not None
    existing = ledger.get(item.post.post_id, item.network, item.account)
    record = dict(existing or _record(item.post, item.network, item.account, QUEUED, clock()))
    uncertain = bool(record.get("uncertain")) or record["state"] == PENDING
    outcome = _queue(store, ledger, record, item, clock, retry, uncertain=uncertain,
                     reason=cause.detail, at=cause.next_attempt_at)
    outcome.rate_limited = True
    return outcome


def _posted(store: LedgerStore, ledger: Ledger, record: dict[str, Any], item: Planned,
            clock: Callable[[], datetime], remote: RemotePost, reconciled: bool = False,
            message: Message | None = None) -> Outcome:
    record.update(state=POSTED, remote_id=remote.remote_id or None,
                  remote_url=remote.url or None, posted_at=timestamp(clock()),
                  updated_at=timestamp(clock()), uncertain=False)
    if reconciled:
        record["reconciled"] = True
    record = {k: v for k, v in record.items() if v is not None}
    for stale in ("reason", "fix", "next_attempt_at"):
        record.pop(stale, None)
    _save(store, ledger, record)
    return Outcome(item, POSTED, message=message, remote=remote, reconciled=reconciled)


def _queue(store: LedgerStore, ledger: Ledger, record: dict[str, Any], item: Planned,
           clock: Callable[[], datetime], retry: RetryPolicy, uncertain: bool, reason: str,
           at: datetime | None = None, message: Message | None = None) -> Outcome:
    now = clock()
    when = at if at is not None and at > now else now + (
        timedelta(0) if at is not None else retry.requeue_after)
    record.update(state=QUEUED, reason=reason, next_attempt_at=timestamp(when),
                  updated_at=timestamp(now), uncertain=uncertain)
    _save(store, ledger, record)
    return Outcome(item, QUEUED, message=message, detail=reason, next_attempt_at=when)


def _fail(store: LedgerStore, ledger: Ledger, record: dict[str, Any], item: Planned,
          clock: Callable[[], datetime], message: Message | None, reason: str, fix: str,
          uncertain: bool = False) -> Outcome:
    record.update(state=FAILED, reason=reason, fix=fix, updated_at=timestamp(clock()),
                  uncertain=uncertain)
    _save(store, ledger, record)
    return Outcome(item, FAILED, message=message, detail=reason, fix=fix)
