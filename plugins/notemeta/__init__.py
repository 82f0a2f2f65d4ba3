"""How Rounds reads its own metadata keys, in one place (pure functions, no Pelican needed).

The theme, the preflight checks and the syndication composer all need the same reading of
`sources:`, `syndicate:`, `sponsored:`/`coi:` and `deidentified:`; each calls these.
"""

from __future__ import annotations

import re
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


def syndicate_networks(value: object) -> tuple[str, ...] | None:
    """Where a note may go: None = everywhere (no `syndicate:`), () = nowhere (`no`).

    `syndicate: x, bluesky` or `syndicate: office, drlee` limits it to those networks or
    channels (ids from SYNDICATION_ACCOUNTS); names are lower-cased and kept as written,
    since only the syndication step knows the practice's channels.
    """
    if value is None or str(value).strip() == "" or is_yes(value):
        return None
    if is_no(value):
        return ()
    return tuple(dict.fromkeys(
        part.strip().lower() for part in re.split(r"[,\s]+", str(value)) if part.strip()))


def disclosure_text(sponsored: object = None, coi: object = None) -> str | None:
    """The disclosure shown first on the page and in every post, or None.

    `sponsored: Acme Vaccines` → "Sponsored by Acme Vaccines."; `sponsored: yes` →
    "Sponsored."; `coi: I consult for Acme` → "Conflict of interest: I consult for Acme."
    """
    parts: list[str] = []
    if sponsored is not None and str(sponsored).strip() and not is_no(sponsored):
        sponsor = str(sponsored).strip()
        parts.append("Sponsored." if is_yes(sponsor) else f"Sponsored by {sponsor.rstrip('.')}.")
    if coi is not None and str(coi).strip() and not is_no(coi):
        text = str(coi).strip()
        declared = f"Conflict of interest: {text.rstrip('.')}."
        parts.append("Conflict of interest declared." if is_yes(text) else declared)
    return " ".join(parts) or None


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
