"""How Rounds reads its own metadata keys, in one place (pure functions, no Pelican needed).

The theme, the preflight checks and the syndication composer all need the same reading of
`sources:`, `syndicate:`, `sponsored:`/`coi:` and `deidentified:`; each calls these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

_NO = {"no", "false", "off", "none", "0"}
_YES = {"yes", "true", "on", "1"}


def is_yes(value: object) -> bool:
    """`yes`/`true`/`on`/`1` (any case) — the way a person writes an attestation."""
    return str(value or "").strip().lower() in _YES


def is_no(value: object) -> bool:
    return str(value or "").strip().lower() in _NO


def parse_sources(value: object) -> list[str]:
    """`Sources:` entries, separated by `;` (a source's own title may contain commas).

    A list (from a plugin that already split it) is accepted as is.
    """
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else re.split(r"\s*;\s*", str(value))
    return [str(item).strip() for item in items if str(item).strip()]


#: `syndicate: all` (or `everywhere`): every account, as with no `syndicate:` at all.
_EVERYWHERE = {"all", "everywhere"}


def syndicate_networks(value: object) -> tuple[str, ...] | None:
    """Where a note may go: None = everywhere (no `syndicate:`, `yes`, `all`), () = nowhere
    (`no`, `none`).

    `syndicate: x, bluesky` or `syndicate: office, drlee` limits it to those networks or
    channels (ids from SYNDICATION_ACCOUNTS); names are lower-cased and kept as written,
    since only the syndication step knows the practice's channels (`SyndicateNames` is
    what it knows, handed to the check).
    """
    if value is None or str(value).strip() == "" or is_yes(value):
        return None
    if str(value).strip().lower() in _EVERYWHERE:
        return None
    if is_no(value):
        return ()
    return tuple(dict.fromkeys(
        part.strip().lower() for part in re.split(r"[,\s]+", str(value)) if part.strip()))


def edit_distance(first: str, second: str) -> int:
    """Letters to add, drop, change or swap to turn `first` into `second` ("mastadon" →
    "mastodon": 1, "blusky" → "bluesky": 1, "bluesky" → "blueksy": 1)."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


@dataclass(frozen=True)
class SyndicateNames:
    """What a note may say about where it is posted: the names its `syndicate:` may give
    (the networks Rounds posts to and the practice's accounts, SYNDICATION_ACCOUNTS ids,
    with the other names people give a network, `twitter` → `x`) and the metadata keys of
    its own text for a post (`x:`, `mastodon:`, … and `social:` for all of them).

    Only the syndication layer knows them (`syndication.channels.syndicate_names`, from the
    network registry); it hands them to the check, which lives below it and never imports
    it, so an unknown name stops the note before it is deployed instead of being skipped
    after, and a new network's text key is known to the check without a line of it changing.
    """

    networks: tuple[str, ...]
    accounts: tuple[str, ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict)
    #: The per-note text keys, one per network plus `social` (the registry's OVERRIDE_KEYS).
    override_keys: tuple[str, ...] = ()

    @property
    def known(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.networks, *self.accounts)))

    def unknown(self, value: object) -> tuple[str, ...]:
        """The names in a `syndicate:` value that are neither a network nor an account."""
        names = syndicate_networks(value) or ()
        return tuple(name for name in names if name not in self.known)

    def suggestion(self, name: str) -> str | None:
        """The known name `name` was probably meant as: the closest known name or network's
        other name (`twiter` → `x`) by edit distance, 1 letter off for short names and 2
        for longer ones; None when nothing is that close."""
        name = name.strip().lower()
        spellings = [(known, known) for known in self.known]
        spellings += [(alias, meant) for alias, meant in self.aliases.items()
                      if meant in self.known]
        allowed = 1 if len(name) <= 5 else 2
        scored = sorted((edit_distance(name, spelling), index, meant)
                        for index, (spelling, meant) in enumerate(spellings))
        return scored[0][2] if scored and scored[0][0] <= allowed else None


@dataclass(frozen=True)
class Disclosure:
    """What a note discloses (`sponsored:`, `coi:`), in no language yet: the theme's words
    (`trust.words.Words.disclose`) write it in the note's, on the page and in every post.

    `sponsor`/`interest` are None when the note only says `yes` ("Sponsored.").
    """

    sponsored: bool = False
    sponsor: str | None = None
    conflict: bool = False
    interest: str | None = None


def disclosure_of(sponsored: object = None, coi: object = None) -> Disclosure | None:
    """The note's disclosure, or None when it declares nothing (absent, empty or `no`).

    `sponsored: Acme Vaccines` → sponsor "Acme Vaccines"; `sponsored: yes` → sponsored, no
    name; `coi: I consult for Acme.` → interest "I consult for Acme" (the words add the
    full stop)."""

    def declared(value: object) -> tuple[bool, str | None]:
        if value is None or not str(value).strip() or is_no(value):
            return False, None
        text = str(value).strip()
        return True, None if is_yes(text) else (text.rstrip(".") or None)

    (is_sponsored, sponsor), (has_conflict, interest) = declared(sponsored), declared(coi)
    if not (is_sponsored or has_conflict):
        return None
    return Disclosure(is_sponsored, sponsor, has_conflict, interest)


def slug_substitutions(settings: dict[str, object]) -> list[tuple[str, str]]:
    """Pelican's slug rules from `settings`, or Pelican's defaults when they are not loaded.

    Without them `slugify("Safe sleep")` keeps the space, and two notes that Pelican would
    write to one address would not look like duplicates.
    """
    from pelican.settings import DEFAULT_CONFIG

    value = settings.get("SLUG_REGEX_SUBSTITUTIONS") or DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
    return list(value)  # type: ignore[arg-type]


#: The years a note's dates may fall in. Outside them time-zone arithmetic overflows
#: (9999-12-31 plus an offset is year 10000) or falls into local mean time (0001 → -05:50:36):
#: the check blocks such a date (line and fix) and the build refuses the note.
YEAR_RANGE = (1900, 2200)


def sane_year(when: datetime) -> bool:
    """Whether `when` lies in `YEAR_RANGE`."""
    return YEAR_RANGE[0] <= when.year <= YEAR_RANGE[1]


#: The longest slug: it is a folder name, and the card image adds to it (255 bytes at most).
MAX_SLUG_LENGTH = 80


def shorten_slug(slug: str) -> str:
    """`slug` cut to `MAX_SLUG_LENGTH`, at a hyphen where there is one."""
    if len(slug) <= MAX_SLUG_LENGTH:
        return slug
    head = slug[:MAX_SLUG_LENGTH]
    cut = head.rfind("-")
    return (head[:cut] if cut > MAX_SLUG_LENGTH // 2 else head).strip("-_")


def practice_zone(settings: dict[str, object]) -> ZoneInfo:
    """The practice's time zone (`TIMEZONE`), UTC when unset."""
    return ZoneInfo(str(settings.get("TIMEZONE") or "UTC"))


def practice_now(settings: dict[str, object]) -> datetime:
    """Now, where the practice is: what "scheduled", "today" and dates in notes mean."""
    return datetime.now(practice_zone(settings))
