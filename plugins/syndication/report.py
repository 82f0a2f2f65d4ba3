"""Syndication in the doctor's words: every sentence the planner's and sender's data becomes.

The planner returns reason codes with their facts (`model.HeldBack`), the sender an
`Outcome` per post; this module is the one place that turns them into text, for the
publish log and for the ledger's human-readable `reason`/`fix` fields. Pure: no I/O
(functions that print take a `say`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from common.commands import command

from . import model
from .ledger import EXISTING_BEFORE, POSTED, QUEUED
from .model import HeldBack, Message, Outcome, Plan, PostSource
from .networks import registry
from .networks.base import Connection

Say = Callable[[str], None]

#: How many notes held back for one reason are listed one by one before "… and N more".
HELD_LISTED = 5


def label(network: str) -> str:
    """The network's name as a person reads it (from the registry)."""
    return registry.label(network)


def account_label(account: str) -> str:
    """"x:1500…:@RoundsPediatrics" → "@RoundsPediatrics": the handle a person recognises."""
    handle = account.rsplit(":", 1)[-1]
    return handle if handle.startswith("@") else account


def when_text(moment: datetime, now: datetime) -> str:
    """A moment in the site's time zone (the clock's), as a person writes it."""
    local = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    return f"{local:%Y-%m-%d %H:%M} ({local.tzname() or 'UTC'})"


# --- Why a note is held back --------------------------------------------------------------


def budget_reason(period: str, limit: int, network: str, channel: str = "",
                  setting: str = "SYNDICATION_BUDGETS") -> str:
    """Why a post over its account's budget is queued (also the ledger record's `reason`)."""
    where = channel_label(network, channel)
    return f"over the {period} budget of {limit} posts for {where} ({setting})"


def channel_label(network: str, channel: str | None) -> str:
    """"X" for the network's default channel, "X (drlee)" for another of its accounts."""
    if not channel or channel == network:
        return label(network)
    return f"{label(network)} ({channel})"


def _how_to_force(post: PostSource) -> str:
    return f"To post it anyway: {command('syndicate', '--post', post.source_path)}"


def _too_old(post: PostSource, now: datetime, max_age: timedelta) -> str:
    days = round(max_age.total_seconds() / 86400)
    return (f"{post.source_path} is dated {when_text(post.date, now)}, more than {days} days "
            "(SYNDICATION_MAX_AGE_DAYS) before it first appeared — an imported or back-dated "
            f"note — so it is not posted automatically. {_how_to_force(post)}")


def _opted_out(post: PostSource, network: str) -> str:
    if post.networks == ():
        return f"{post.source_path} says `syndicate: no`, so it is not posted anywhere."
    allowed = ", ".join(post.networks or ())
    return (f"{post.source_path} says `syndicate: {allowed}`, which leaves out "
            f"{label(network)}.")


def held_detail(held: HeldBack, now: datetime) -> str:
    """One held-back note, in words ("" for a decision an earlier run already reported)."""
    post, where = held.post, held.post.source_path
    network = channel_label(held.network or "", held.channel)
    if held.settled:
        return ""
    if held.reason == model.DRAFT:
        return (f"{where} is a draft (`Status: draft`), so it is not published or posted. "
                "Fix: set `Status: published` when it is ready.")
    if held.reason == model.HIDDEN:
        return f"{where} is hidden (`Status: hidden`): it has a page but is not announced."
    if held.reason == model.FUTURE:
        return (f"{where} is dated {when_text(post.date, now)}, in the future: it goes out "
                "with the first publish after that.")
    if held.reason == model.ALREADY_POSTED and held.twin is not None:
        return (f"{where}: its page {post.url} is already on {network}, posted as "
                f"{held.twin} (was the file renamed?). It is never posted twice. Fix: add "
                f"`syndication_id: {held.twin}` to the note to keep its history.")
    if held.reason == model.ALREADY_POSTED:
        return f"{where} is already on {network}: {held.remote}. It is never posted twice."
    if held.reason == model.OPTED_OUT:
        return _opted_out(post, held.network or "")
    if held.reason == model.OTHER_AUTHOR:
        return (f"{where} is by {post.author or 'no named author'}; {network} carries only "
                "its own author's notes (SYNDICATION_ACCOUNTS). To send it there too, add "
                f"`syndicate: {held.channel}` and the networks it should reach.")
    if held.reason == model.NOT_DEFAULT:
        return (f"{where} does not name {network}, which only carries the notes that do "
                f"(`syndicate: {held.channel}`).")
    if held.reason == model.WAITING and held.until is not None:
        return (f"{where} is queued for {network} until {when_text(held.until, now)}: "
                f"{held.note or 'waiting to retry'}.")
    if held.reason == model.TOO_OLD and held.max_age is not None:
        return _too_old(post, now, held.max_age)
    if held.reason == EXISTING_BEFORE:
        return (f"{where} was already published when {network} "
                f"({account_label(held.account or '')}) was connected, so it is not "
                f"announced. {_how_to_force(post)}")
    if held.reason == model.BUDGET and held.until is not None:
        return (f"{where} is queued: {held.note}; it goes out with the first publish or "
                f"{command('syndicate')} after {when_text(held.until, now)}.")
    return f"{where}: {held.reason}."


#: Reasons whose new notes are one summary line by default: they concern many notes at
#: once (an imported archive, a first connection) and need no action.
SUMMARISED = {
    model.TOO_OLD: "dated more than {days} days before they first appeared (imported or "
                   "back-dated): not posted automatically",  # days: the planner's max age
    EXISTING_BEFORE: "already published when the account was connected: not announced",
}
#: Reasons that are the doctor's own choice, said only with `--verbose`.
QUIET_REASONS = {model.DRAFT, model.HIDDEN, model.OPTED_OUT}


def say_held(say: Say, plan: Plan, verbose: bool = True) -> None:
    """Why notes are held back.

    `verbose`: new decisions listed (a few per reason), settled ones counted. Quiet (the
    publish's default): one summary line per known, harmless reason (too old, existed
    before the connection), one line per note that needs action, nothing already reported.
    """
    if not verbose:
        _say_held_quietly(say, plan)
        return
    settled: dict[str, int] = {}
    listed: dict[str, int] = {}
    for held in plan.held:
        if held.settled:
            settled[held.reason] = settled.get(held.reason, 0) + 1
            continue
        listed[held.reason] = listed.get(held.reason, 0) + 1
        if listed[held.reason] <= HELD_LISTED:
            say(f"  held back: {held_detail(held, plan.now)}")
    for reason, count in sorted(listed.items()):
        if count > HELD_LISTED:
            say(f"  held back: … and {count - HELD_LISTED} more note(s) for the same "
                f"reason ({reason}).")
    words = {EXISTING_BEFORE: "existed before the account was connected",
             model.TOO_OLD: "were too old when they first appeared"}
    force = command("syndicate", "--post", "PATH")
    for reason, count in sorted(settled.items()):
        say(f"  held back: {count} earlier note(s) {words.get(reason, reason)} and are "
            f"not posted automatically ({force} posts one).")


def _say_held_quietly(say: Say, plan: Plan) -> None:
    grouped: dict[str, list[HeldBack]] = {}
    max_age: timedelta | None = None
    for held in plan.held:
        if held.settled or held.reason in QUIET_REASONS:
            continue
        if held.reason in SUMMARISED:
            grouped.setdefault(held.reason, []).append(held)
            max_age = held.max_age or max_age
            continue
        if held.reason == model.ALREADY_POSTED and held.twin is None:
            continue
        say(f"  held back: {held_detail(held, plan.now)}")
    days = f"{round(max_age.total_seconds() / 86400)}" if max_age else "SYNDICATION_MAX_AGE_DAYS"
    force = command("syndicate", "--post", "PATH")
    for reason, notes in sorted(grouped.items()):
        if len(notes) == 1:  # one note: name it, and the command that posts it
            say(f"  held back: {held_detail(notes[0], plan.now)}")
            continue
        say(f"  held back: {len(notes)} note(s) {SUMMARISED[reason].format(days=days)} "
            f"({force} posts one).")


def chosen_but_held(plan: Plan) -> str | None:
    """`--post PATH` that cannot go out (a draft, hidden, future, opted out): why, or None.

    Already posted is not a failure: the note is on the network, exactly once.
    """
    if plan.to_send:
        return None
    reasons = [h for h in plan.held if h.reason != model.ALREADY_POSTED]
    if not reasons:
        return None
    return "The chosen note was not posted: " + held_detail(reasons[0], plan.now)


# --- What would be posted -----------------------------------------------------------------


def say_message(say: Say, verb: str, source: str, network: str,
                compose: Callable[[], Message], channel: str = "", full: bool = True) -> None:
    """One message as it would go out, with its counted length (and, when `full`, its text,
    image and card)."""
    try:
        message = compose()
    except ValueError as error:
        say(f"  ✗ {source}: {error}")
        return
    shortened = ", shortened" if message.shortened else ""
    language = f", in \"{message.language}\":" if full else ""
    say(f"  {verb} {channel_label(network, channel)} ({message.length}/{message.limit}"
        f"{shortened}) for {source}{language}")
    if not full:
        return
    for line in message.text.splitlines() or [""]:
        say(f"    │ {line}")
    spec = registry.BY_NAME.get(network)
    if message.image is not None and spec is not None and spec.image_as_card:
        say(f"    │ [link card with the image {message.image.url} as its picture: "
            f"{label(network)} cannot show both an image and a link card]")
    elif message.image is not None:
        say(f"    │ [image {message.image.url}, alt text: {message.image.alt}]")
    elif message.card is not None and spec is not None and spec.link == registry.LINK_FACET_CARD:
        say(f"    │ [link card: {message.card.title}]")
    elif spec is not None and spec.link == registry.LINK_FIELD:
        say(f"    │ [link {message.url}: {label(network)} draws its card from the page]")


def cost_line(where: str, per_post: float, posted: int, planned: int,
              monthly_budget: int | None) -> str:
    """The month's estimate for a network that bills per post, next to its budget."""
    total = (posted + planned) * per_post
    budget = f"budget {monthly_budget} posts a month" if monthly_budget is not None else \
        "no monthly budget set (SYNDICATION_BUDGETS)"
    return (f"  {where} this month: {posted} posted, {planned} more now ≈ ${total:.2f} at "
            f"${per_post:.2f} a post; {budget}.")


def say_connections(say: Say, links: list[Connection], full: bool = True) -> None:
    """Why a network is only previewed (not connected, or connected for the first time);
    one line each unless `full`."""
    for link in links:
        where = channel_label(link.name, link.channel.id)
        if link.preview and not full:
            variables = registry.credential_words(link.name, link.channel.env_prefix or None)
            state = ("has credentials, not connected yet" if link.has_credentials
                     else f"is not connected ({variables} are not set)")
            say(f"  {where} {state}: preview only, nothing is posted "
                f"({command('preview')} shows the messages).")
        elif link.preview and link.has_credentials:
            say(f"  {where} has credentials but has not been connected yet: the "
                "first publish records the notes already published as existing-before and "
                "posts none of them. Notes published after that go out like this:")
        elif link.preview:
            variables = registry.credential_words(link.name, link.channel.env_prefix or None)
            say(f"  {where} is not connected ({variables} are not set): preview only, "
                "nothing is posted or recorded. The first publish with credentials records "
                "the notes already published as existing-before.")


def first_connection(network: str, account: str, remote: str | None = None) -> str:
    who = f" {account_label(remote)}" if remote else ""
    return (f"  {channel_label(network, account)} account{who} connected for the first "
            "time: the notes already published are recorded as existing-before, not posted.")


# --- What the sender did ------------------------------------------------------------------


def outcome_line(outcome: Outcome, now: datetime) -> str:
    """One line per post sent (or not), in the doctor's words."""
    where = outcome.item.post.source_path
    network = channel_label(outcome.item.network, outcome.item.channel)
    if outcome.state == POSTED:
        how = " (it was already there: recorded, not sent again)" if outcome.reconciled else ""
        return f"  posted {where} to {network}: {outcome.remote.url if outcome.remote else ''}{how}"
    if outcome.state == QUEUED:
        when = outcome.next_attempt_at
        after = when_text(when, now) if when else "now"
        return (f"  queued {where} for {network}: {outcome.detail}. It is retried by the first "
                f"{command('publish')} or {command('syndicate')} after {after}.")
    return (f"  ✗ {where} was not posted to {network}: {outcome.detail.rstrip('.')}. "
            f"Fix: {outcome.fix.rstrip('.')}.")


def network_reason(error: Exception, what: str, network: str) -> str:
    """The adapter's words when they name the network, else "<Network> <what> (<words>)"."""
    words = str(error).rstrip(".")
    return words if label(network) in words else f"{label(network)} {what} ({words})"


def unchecked_earlier_attempt(error: Exception) -> str:
    return f"could not check whether the earlier attempt landed: {error}"


def no_answer_after(network: str, tries: int, error: Exception) -> str:
    return f"{label(network)} did not answer properly after {tries} tries ({error})"


def retrying(network: str, error: Exception, delay: float) -> str:
    return (f"  {label(network)} did not answer properly ({error}); trying again in "
            f"{delay:.0f} s")


def no_answer_unchecked(network: str, error: Exception) -> str:
    return (f"{label(network)} did not answer, and whether the post went out could not be "
            f"checked ({error})")


def too_long(message: Message) -> str:
    return (f"the message is {message.length} characters as {label(message.network)} counts "
            f"them, over its limit of {message.limit}")


def fix_too_long(network: str, source: str) -> str:
    return f"shorten the `{network}:` text in {source}"


def fix_uncomposable(source: str) -> str:
    return f"shorten the text in {source}, then run {command('syndicate')}"


FIX_NETWORK_ERROR = (f"run {command('syndicate')} again later; if it keeps failing, check the "
                     "account on the network's website")
ALREADY_BY_ANOTHER_RUN = "already posted by another run"
