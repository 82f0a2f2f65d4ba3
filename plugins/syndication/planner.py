"""What goes out now, and why not: the syndication planner (DESIGN.md, "Syndication rules").

Pure: from the posts the build described, the ledger, the connected accounts, the rules
(`PlanRules`) and the clock, `plan()` decides what to send now and what is held back, as
data with reason codes (`HeldBack.reason` and its facts). The words for people are in
`report.py`; sending is `sender.py`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from common.settings import ProjectSettings

from .ledger import (
    EXISTING_BEFORE,
    FAILED,
    HELD,
    PENDING,
    POSTED,
    QUEUED,
    Ledger,
    new_record,
    parse_time,
    timestamp,
)
from .model import (
    ALREADY_POSTED,
    BUDGET,
    DRAFT,
    FUTURE,
    HIDDEN,
    NOTE_CHOICES,
    POST,
    RECONCILE,
    RETRY,
    TOO_OLD,
    WAITING,
    Channel,
    HeldBack,
    Plan,
    Planned,
    PostSource,
)
from .report import budget_reason


@dataclass(frozen=True)
class PlanRules:
    """The settings the planner follows (DESIGN.md, "Syndication rules")."""

    #: SYNDICATION_MAX_AGE_DAYS (its default is the settings' own).
    max_age: timedelta = field(default_factory=lambda: timedelta(
        days=ProjectSettings.default("SYNDICATION_MAX_AGE_DAYS")))
    #: Posts per account per period: {"x": {"daily": 17, "monthly": 500}}.
    budgets: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: ProjectSettings) -> PlanRules:
        return cls(max_age=timedelta(days=config.SYNDICATION_MAX_AGE_DAYS),
                   budgets=config.SYNDICATION_BUDGETS)


def plan(
    posts: Iterable[PostSource],
    ledger: Ledger,
    channels: Sequence[Channel],
    now: datetime,
    rules: PlanRules,
    chosen: str | None = None,
    preview: Collection[str] = (),
) -> Plan:
    """Decide what goes out now and what is held back and why. Pure; O(posts × channels).

    Each channel's id is its account in the ledger. A channel in `preview` (no credentials,
    or an offline preview) records nothing and is never "connected".
    `chosen` is a post id picked by hand (`invoke syndicate --post`): only that post is
    considered, and it goes out even when it is too old or existed before the account was
    connected; still never twice.
    """
    result = Plan(now=now)
    oldest_allowed = now - rules.max_age
    accounts = {c.id: (None if c.id in preview else c.id) for c in channels}
    first_time = {
        c.id: accounts[c.id] is not None and not ledger.is_connected(c.network, c.id)
        for c in channels
    }
    # A hand-picked post does not "connect" the account: the next publish must still record
    # every other existing note as existing-before (no flood).
    result.first_connections = [] if chosen is not None else [
        (c.network, c.id) for c in channels if first_time[c.id]]
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
            result.held.append(HeldBack(post, None, DRAFT))
            continue
        if post.status == "hidden":
            result.held.append(HeldBack(post, None, HIDDEN))
            continue
        if post.date > now:
            result.held.append(HeldBack(post, None, FUTURE, until=post.date))
            continue
        for channel in channels:
            account = accounts[channel.id]
            twin = posted_urls.get((channel.network, channel.id, post.url))
            if twin is not None and twin != post.post_id:
                result.held.append(HeldBack(post, channel.network, ALREADY_POSTED, twin=twin,
                                            channel=channel.id))
                continue
            _plan_one(result, post, channel, account, ledger, now, oldest_allowed,
                      first_time[channel.id], chosen is not None)
    _apply_budgets(result, ledger, _budgets(channels, rules), now, _budget_setting(channels))
    return result


def _budgets(channels: Sequence[Channel], rules: PlanRules) -> dict[str, Mapping[str, int]]:
    """Each channel's budget: its own (SYNDICATION_ACCOUNTS), else SYNDICATION_BUDGETS for
    its network."""
    return {c.id: c.budget if c.budget is not None else rules.budgets.get(c.network) or {}
            for c in channels}


def _budget_setting(channels: Sequence[Channel]) -> dict[str, str]:
    """Where each channel's budget is set, for the words of a queued post."""
    return {c.id: "SYNDICATION_ACCOUNTS" if c.budget is not None else "SYNDICATION_BUDGETS"
            for c in channels}


def _plan_one(result: Plan, post: PostSource, channel: Channel, account: str | None,
              ledger: Ledger, now: datetime, oldest_allowed: datetime, first_time: bool,
              chosen: bool) -> None:
    network = channel.network

    def planned(action: str) -> Planned:
        return Planned(post, network, account, action, chosen, channel.id)

    def held(reason: str, **facts: Any) -> HeldBack:
        return HeldBack(post, network, reason, channel=channel.id, **facts)

    refusal = channel.refuses(post)
    record = ledger.get(post.post_id, network, account) if account is not None else None
    if refusal is not None:
        result.held.append(held(refusal))
        if account is not None and record is None:
            result.new_records.append(new_record(post, network, account, HELD, now,
                                                 reason=refusal))
        return
    if record is not None:
        state = record["state"]
        if state == POSTED:
            result.already_posted += 1
            if chosen:
                result.held.append(held(
                    ALREADY_POSTED, remote=record.get("remote_url") or record.get("remote_id")))
            return
        if state == PENDING:
            result.to_send.append(planned(RECONCILE))
            return
        if state == FAILED:
            result.to_send.append(planned(_resend(record)))
            return
        if state == QUEUED:
            due = parse_time(record.get("next_attempt_at"))
            if chosen or due is None or due <= now:
                result.to_send.append(planned(_resend(record)))
            else:
                result.held.append(held(WAITING, until=due, note=record.get("reason")))
            return
        if state == HELD and record.get("reason") in NOTE_CHOICES:
            # The note has since opted in: judge its age from when it first appeared.
            first_seen = parse_time(record.get("first_seen")) or now
            if chosen or post.date >= first_seen - (now - oldest_allowed):
                result.to_send.append(planned(POST))
            else:
                result.held.append(held(TOO_OLD, max_age=now - oldest_allowed))
            return
        # existing-before, or held as too old: settled by an earlier run.
        if chosen:
            result.to_send.append(planned(POST))
            return
        reason = EXISTING_BEFORE if state == EXISTING_BEFORE else TOO_OLD
        result.held.append(held(reason, settled=True))
        return
    if chosen:
        result.to_send.append(planned(POST))
        return
    if first_time:
        assert account is not None
        result.new_records.append(new_record(post, network, account, EXISTING_BEFORE, now))
        result.held.append(held(EXISTING_BEFORE, account=account))
        return
    if post.date < oldest_allowed:
        if account is not None:
            result.new_records.append(new_record(post, network, account, HELD, now,
                                                 reason=TOO_OLD))
        result.held.append(held(TOO_OLD, max_age=now - oldest_allowed))
        return
    result.to_send.append(planned(POST))


def _resend(record: Mapping[str, Any]) -> str:
    """A record whose last outcome is unknown is reconciled before it is sent again."""
    return RECONCILE if record.get("uncertain") else RETRY


def _period_starts(now: datetime) -> tuple[datetime, datetime, datetime, datetime]:
    """Start of today, tomorrow, this month and next month, in the clock's time zone."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    next_month = (month + timedelta(days=32)).replace(day=1)
    return day, day + timedelta(days=1), month, next_month


def _apply_budgets(result: Plan, ledger: Ledger, budgets: Mapping[str, Mapping[str, int]],
                   now: datetime, settings: Mapping[str, str]) -> None:
    """Hold back what would exceed a channel's daily or monthly post budget (X bills each)."""
    if not any(budgets.values()) or not result.to_send:
        return
    day, tomorrow, month, next_month = _period_starts(now)
    used: dict[str, list[int]] = {}
    for (_, _network, account), record in ledger.records.items():
        if not budgets.get(account) or record["state"] != POSTED:
            continue
        posted_at = parse_time(record.get("posted_at"))
        if posted_at is None or posted_at < month:
            continue
        counts = used.setdefault(account, [0, 0])
        counts[1] += 1
        if posted_at >= day:
            counts[0] += 1
    kept: list[Planned] = []
    for item in result.to_send:
        budget = budgets.get(item.channel) or {}
        counts = used.setdefault(item.channel, [0, 0])
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
        reason = budget_reason(period, limit, item.network, item.channel,
                               settings.get(item.channel, "SYNDICATION_BUDGETS"))
        result.held.append(HeldBack(item.post, item.network, BUDGET, until=until, note=reason,
                                    channel=item.channel))
        if item.account is not None:
            result.new_records.append(new_record(
                item.post, item.network, item.account, QUEUED, now, reason=reason,
                next_attempt_at=timestamp(until),
                uncertain=True if item.action == RECONCILE else None))
    result.to_send = kept


def apply_new_records(plan_: Plan, ledger: Ledger,
                      remote: Mapping[str, str] | None = None) -> bool:
    """Add the plan's held/existing-before/queued records and first connections to `ledger`
    (`remote`: channel id → the account as the network names it, kept beside it).

    Never overwrites a record (a concurrent run may have written one). True when changed.
    """
    changed = False
    for network, account in plan_.first_connections:
        if not ledger.is_connected(network, account):
            ledger.connect(network, account, plan_.now, (remote or {}).get(account))
            changed = True
    for record in plan_.new_records:
        existing = ledger.get(record["post_id"], record["network"], record["account"])
        if existing is None or (record["state"] == QUEUED and existing["state"] != POSTED):
            if existing is not None:
                record = {**existing, **record, "first_seen": existing.get("first_seen")}
            ledger.put(record)
            changed = True
    return changed
