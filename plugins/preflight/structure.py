"""Checks that a note can be built at all, and built into what the doctor meant.

These are the foundation's bad inputs: a file that is not UTF-8, a malformed metadata line
(Pelican would silently make it body text), a date Pelican cannot read, an empty note, and
two notes that would be written to the same URL (Pelican would keep only one of them).
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

from notemeta import slug_substitutions

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile

#: Metadata keys Rounds and Pelican understand. A near miss ("Titel") is almost always a typo.
KNOWN_KEYS = frozenset(
    {
        "title", "date", "modified", "reviewed", "tags", "tag", "category", "slug", "summary",
        "status", "author", "authors", "lang", "save_as", "url", "template", "translation",
        "syndicate", "syndication_id", "x", "mastodon", "bluesky", "facebook", "social",
        "image", "image_alt", "sponsored", "coi", "sources", "deidentified",
    }
)
DATE_KEYS = ("date", "modified", "reviewed")
STATUSES = ("published", "draft", "hidden")


def check_encoding(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    if note.decode_error is None:
        return
    bad = note.decode_error.object[note.decode_error.start : note.decode_error.start + 1]
    yield Finding(
        note.relpath, note.error_line, note.error_col, Level.BLOCK, "not-utf8",
        f"This file is not UTF-8 text (byte 0x{bad.hex().upper()} here). Fix: open it in your "
        "editor and save it with the encoding \"UTF-8\", then check that accented letters "
        "and quotes still look right.",
    )


def check_metadata_lines(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    for bad in note.malformed:
        shown = bad.text.strip()[:40]
        yield Finding(
            note.relpath, bad.line, 1, Level.BLOCK, "metadata-line",
            f"\"{shown}\" is in the metadata block at the top but is not \"Key: value\"; "
            "everything from here on would be published as text. Fix: add the missing colon "
            "(for example \"Date: 2026-11-02\"), or leave a blank line after the metadata "
            "so this line starts the note.",
        )
    for entry in note.metadata.values():
        if entry.key in KNOWN_KEYS:
            continue
        close = difflib.get_close_matches(entry.key, KNOWN_KEYS, n=1, cutoff=0.75)
        if close:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "metadata-key",
                f"Unknown metadata key \"{entry.key}\". Fix: did you mean \"{close[0]}\"?",
            )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


@lru_cache(maxsize=8192)
def read_date(value: str) -> datetime:
    """A metadata date as Pelican reads it. Raises ValueError/OverflowError when it cannot.

    The usual `YYYY-MM-DD[ HH:MM[:SS]]` is read directly: Pelican's dateutil-based
    `get_date` is exact for it too, but costs a fifth of a whole check on a large site.
    """
    from pelican.utils import get_date

    if _ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return get_date(value)


def check_dates(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    for key in DATE_KEYS:
        entry = note.metadata.get(key)
        if entry is None:
            continue
        try:
            read_date(entry.value)
        except (ValueError, OverflowError):
            problem = impossible_date(entry.value)
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "bad-date",
                f"\"{entry.value}\": {problem}. Fix: correct it, for example "
                f"\"{key.capitalize()}: 2026-11-02 09:30\"." if problem else
                f"\"{entry.value}\" is not a date Rounds can read. Fix: write it as "
                "YYYY-MM-DD, optionally with a time, for example "
                f"\"{key.capitalize()}: 2026-11-02 09:30\".",
            )


_ISO_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")


def impossible_date(value: str) -> str | None:
    """What is wrong with a date already written as YYYY-MM-DD[ HH:MM[:SS]] ("month 13
    does not exist"), or None when it is not in that form: telling the doctor to use the
    form they used would send them looking for the wrong mistake."""
    import calendar

    match = _ISO_PARTS.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = (int(match[i]) for i in (1, 2, 3))
    if not 1 <= month <= 12:
        return f"month {month} does not exist (months go from 01 to 12)"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return (f"day {day} does not exist: {calendar.month_name[month]} {year} has "
                f"{last} days")
    if match[4] is not None and int(match[4]) > 23:
        return f"hour {int(match[4])} does not exist (hours go from 00 to 23)"
    if match[5] is not None and int(match[5]) > 59:
        return f"minute {int(match[5])} does not exist (minutes go from 00 to 59)"
    if match[6] is not None and int(match[6]) > 59:
        return f"second {int(match[6])} does not exist"
    return None


def check_status(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    entry = note.metadata.get("status")
    if entry and entry.value.lower() not in STATUSES:
        yield Finding(
            note.relpath, entry.line, 1, Level.BLOCK, "bad-status",
            f"Status \"{entry.value}\" is not one Pelican knows. Fix: use one of "
            f"{', '.join(STATUSES)} (\"draft\" keeps the note off the site).",
        )


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def visible_body(note: NoteFile) -> str:
    """The body without HTML comments (the `invoke new` template's guidance is one)."""
    return _COMMENT.sub("", note.body).strip()


def check_not_empty(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    if note.decode_error is None and not visible_body(note):
        line = note.body_start_line if note.metadata else 1
        yield Finding(
            note.relpath, line, 1, Level.BLOCK, "empty-note",
            "This note has no text, so there is nothing to publish. Fix: write the note "
            "below the metadata (after one blank line), or mark it \"Status: draft\".",
        )


def scheduled_date(note: NoteFile, context: CheckContext) -> datetime | None:
    """The note's date when it lies after `context.now` (the note is scheduled, not late)."""
    entry = note.metadata.get("date")
    if entry is None or context.now is None:
        return None
    try:
        when = read_date(entry.value)
    except (ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=context.now.tzinfo)
    return when if when > context.now else None


def check_scheduled(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    when = scheduled_date(note, context)
    if when is not None and note.meta("status", "published").lower() == "published":
        yield Finding(
            note.relpath, note.line_of("date"), 1, Level.INFO, "scheduled",
            f"Scheduled: this note goes out with the first publish after "
            f"{when:%Y-%m-%d %H:%M}; until then it stays off the site.",
        )


def note_slug(note: NoteFile, settings: dict[str, Any]) -> str:
    """The slug Pelican will give the note (explicit `Slug:`, else from the title)."""
    from pelican.utils import slugify

    explicit = note.meta("slug")
    if explicit:
        return explicit
    title = note.meta("title")
    if not title:
        from micronotes.titles import slug_source_from_filename

        title = slug_source_from_filename(note.path.name)
    return slugify(
        title,
        regex_subs=slug_substitutions(settings),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def check_duplicate_slugs(notes: list[NoteFile], context: CheckContext) -> Iterator[Finding]:
    """Two notes with one slug would be written to one URL; Pelican keeps only one."""
    groups: dict[tuple[str, str, str], list[NoteFile]] = defaultdict(list)
    for note in notes:
        if note.decode_error is not None or not visible_body(note):
            continue
        status = note.meta("status", "published").lower()
        kind = "page" if "/pages/" in f"/{note.relpath}" else "note"
        groups[(kind, status, note_slug(note, context.settings))].append(note)
    for (_, _, slug), same in groups.items():
        if len(same) < 2:
            continue
        names = ", ".join(n.relpath for n in same)
        for note in same[1:]:
            yield Finding(
                note.relpath, note.line_of("title"), 1, Level.BLOCK, "duplicate-slug",
                f"This note would be published at the same address (\"{slug}\") as "
                f"another one ({names}); one of them would disappear. Fix: give one of "
                "them a different title, or a line \"Slug: another-name\".",
            )


#: Rules applied to each file, in order. Other preflight modules add theirs in runner.py.
FILE_RULES = (
    check_encoding,
    check_metadata_lines,
    check_dates,
    check_status,
    check_not_empty,
    check_scheduled,
)
SITE_RULES = (check_duplicate_slugs,)
