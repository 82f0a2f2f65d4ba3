"""The data the syndication engine works on. Pure data: no I/O, no Pelican objects.

The Pelican plugin turns each built article into a `PostSource` (written to the manifest
after the build); compose.py turns a `PostSource` into a `Message` per network; the
engine plans, sends through a `networks.base.Network`, and records in the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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


@dataclass(frozen=True)
class Message:
    """What will be sent to one network for one post."""

    network: str
    text: str
    #: Length as the network counts it (X: weighted; Bluesky: graphemes).
    length: int
    limit: int
    url: str
    #: True when the text had to be shortened to fit.
    shortened: bool = False
