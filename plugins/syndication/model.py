"""The data the syndication engine works on. Pure data: no I/O, no Pelican objects.

The Pelican plugin turns each built article into a `PostSource` (written to the manifest
after the build); compose.py turns a `PostSource` into a `Message` per network; the
planner turns posts into a `Plan` (`Planned` posts, and `HeldBack` ones with a reason
code); the sender sends through a `networks.base.Network` and reports an `Outcome` each;
report.py puts all of it in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class PostSource:
    """One article as syndication sees it, described at build time."""

    #: Identity: the source path under content/ ("notes/2026-11-02-fever.md"), or the
    #: note's `syndication_id:`. Never the title or slug, so editing those is not "new".
    post_id: str
    source_path: str
    #: Absolute public URL of the note's page (SITEURL + url).
    url: str
    title: str
    #: Plain text (Markdown/HTML stripped) of the summary and of the whole note.
    summary: str
    text: str
    #: True for a title-less note: its text is the message, not a headline.
    micro: bool
    date: datetime
    tags: tuple[str, ...] = ()
    status: str = "published"
    #: None = every network; otherwise the networks it may go to (empty = `syndicate: no`).
    networks: tuple[str, ...] | None = None
    #: Per-network text overrides: {"x": "...", "mastodon": "...", "social": "..."}.
    overrides: dict[str, str] = field(default_factory=dict)
    image_url: str | None = None
    image_alt: str | None = None
    #: "Sponsored: …" / "Conflict of interest: …", put first in every message.
    disclosure: str | None = None
    #: The note's language (`Lang:`, else DEFAULT_LANG): the page's `lang` and every post's.
    language: str = "en"
    #: Who wrote it (`Author:`, else AUTHOR): a doctor's own channel carries only theirs.
    author: str | None = None
    #: The note's card image (its own `image:` or the one drawn for it), absolute URL.
    card_image_url: str | None = None


@dataclass(frozen=True)
class Image:
    """A picture that goes with a post. Never without its description (`alt`)."""

    url: str
    alt: str


@dataclass(frozen=True)
class Card:
    """A link card (Bluesky's `app.bsky.embed.external`): the page's title, summary, image."""

    url: str
    title: str
    description: str
    thumbnail_url: str | None = None


@dataclass(frozen=True)
class Message:
    """What will be sent to one network for one post: the parts, and `text` rendered from
    them in the network's form (registry: where the link goes), counted by its rules.

    Adapters send `text` and render the rest their own way: the image with its alt text,
    the card, the language, the link as a facet (Bluesky) or a field (Facebook).
    """

    network: str
    #: The text as the network receives it (disclosure, body, hashtags, link when inline).
    text: str
    #: Length of `text` as the network counts it (X: weighted; Bluesky: graphemes).
    length: int
    limit: int
    #: The link to the note (`link` in DESIGN.md's words): never cut.
    url: str
    #: True when the text had to be shortened to fit.
    shortened: bool = False
    #: The composed text without disclosure, hashtags and link.
    body: str = ""
    #: The hashtags that fitted, with their "#".
    tags: tuple[str, ...] = ()
    disclosure: str | None = None
    image: Image | None = None
    card: Card | None = None
    #: BCP 47 language tag ("en", "es").
    language: str = "en"

    @property
    def link(self) -> str:
        return self.url


@dataclass(frozen=True)
class RemotePost:
    """A post that exists on the network."""

    remote_id: str
    url: str


@dataclass(frozen=True)
class Channel:
    """One account on one network (`SYNDICATION_ACCOUNTS`; DESIGN.md "Channels").

    Its `id` is the account in the ledger, so two X accounts never share a record.
    """

    id: str
    network: str
    #: The prefix of its environment variables ("X" → X_API_KEY; "X_DRLEE" → X_DRLEE_API_KEY).
    env_prefix: str = ""
    #: {"daily": n, "monthly": n}; None: SYNDICATION_BUDGETS[network].
    budget: Mapping[str, int] | None = None
    #: False: only notes that name it (`syndicate: drlee`) go to it.
    default_on: bool = True
    #: Only notes by this author (`Author:`) go to it, unless a note names it.
    author: str | None = None

    def refuses(self, post: PostSource) -> str | None:
        """Why `post` does not go to this channel (a reason code), or None when it does."""
        names = post.networks
        if names == ():
            return OPTED_OUT
        if names is not None and self.id in names:
            return None  # named by its id: the note chose this very account
        if names is not None and self.network not in names:
            return OPTED_OUT
        if not self.default_on:
            return NOT_DEFAULT
        if self.author and (post.author or "").casefold() != self.author.casefold():
            return OTHER_AUTHOR
        return None


# Why a post is held back (codes for tests, tools and `report.held_detail`).
DRAFT = "draft"
HIDDEN = "hidden"
FUTURE = "future"
OPTED_OUT = "opted-out"
TOO_OLD = "too-old"
BUDGET = "over-budget"
WAITING = "queued"
ALREADY_POSTED = "already-posted"
NOT_LIVE = "not-live"
OTHER_AUTHOR = "other-author"  # the channel carries one author's notes only
NOT_DEFAULT = "not-default"  # the channel is off by default and the note does not name it
#: Reasons the note itself decides (its `syndicate:`, its author): recorded as held, and
#: judged again if the note changes.
NOTE_CHOICES = (OPTED_OUT, OTHER_AUTHOR, NOT_DEFAULT)

# What to do with a planned post.
POST = "post"  # never tried: send it
RETRY = "retry"  # tried before with a known outcome (rate limit, refusal): send again
RECONCILE = "reconcile"  # outcome unknown: ask the network first, send only if absent


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
    #: The channel id (also in preview mode, where `account` is None).
    channel: str = ""


@dataclass(frozen=True)
class HeldBack:
    """A post that does not go out now: the reason code and the facts behind it."""

    post: PostSource
    network: str | None
    reason: str
    #: Decided by an earlier run (existing-before, too old): summarised, not listed, each time.
    settled: bool = False
    account: str | None = None
    #: When it may go out (future, queued, over budget).
    until: datetime | None = None
    #: The post id under which its page was already posted (a renamed file).
    twin: str | None = None
    #: Where it already is on the network (a hand-picked note posted before).
    remote: str | None = None
    #: Why it waits, as the ledger says (queued) or the budget rule (over budget).
    note: str | None = None
    #: SYNDICATION_MAX_AGE_DAYS as it applied (too old).
    max_age: timedelta | None = None
    #: The channel id.
    channel: str = ""


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


@dataclass
class Outcome:
    """What happened to one planned post (its `state` is a ledger state)."""

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
