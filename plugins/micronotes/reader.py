"""A Markdown reader that gives title-less notes a title instead of skipping them."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from notemeta import MAX_SLUG_LENGTH, YEAR_RANGE, sane_year, shorten_slug
from pelican.readers import MarkdownReader
from pelican.utils import slugify

from .titles import slug_source_from_filename, title_from_body

#: A slug that is already safe in every link: lower-case ASCII letters, digits, - and _.
SAFE_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def file_date(source_path: str, timezone: str | None) -> datetime:
    """The file's modification time, in the practice's timezone.

    Pelican's `DEFAULT_DATE = "fs"` gives a naive machine-local time that it then reads as
    the practice's timezone: on a machine in UTC, a note just saved in Chicago would be six
    hours "in the future" and silently held back as scheduled.
    """
    zone = ZoneInfo(timezone) if timezone else UTC
    return datetime.fromtimestamp(os.stat(source_path).st_mtime, tz=zone)


def note_modified(metadata: dict[str, Any], timezone: str | None) -> datetime | None:
    """The note's own last-change date: `Modified:`, else `Reviewed:`, else None; never
    earlier than the note's `date`.

    Never a file time: a note deleted and saved again with the same text is not "modified".
    A date without a zone is the practice's (`TIMEZONE`). A note reviewed before it went
    out (`Reviewed: 2026-11-24`, read as midnight, under `Date: 2026-11-24 07:45`) was not
    changed after it was published: its last change is its publication, so the feed's
    `<updated>` and the page's `dateModified` never come before `<published>`.
    """
    from pelican.utils import get_date

    zone = ZoneInfo(timezone) if timezone else UTC
    published = metadata.get("date")
    if isinstance(published, datetime) and published.tzinfo is None:
        published = published.replace(tzinfo=zone)
    for key in ("modified", "reviewed"):
        value = metadata.get(key)
        if value is None or value == "":
            continue
        try:
            when = value if isinstance(value, datetime) else get_date(str(value))
        except (ValueError, OverflowError, TypeError):
            continue  # `invoke check` names the line; the build carries on without it
        if not sane_year(when):
            continue
        when = when if when.tzinfo is not None else when.replace(tzinfo=zone)
        return max(when, published) if isinstance(published, datetime) else when
    return None


class MicroNoteMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, plus a derived title, a `micro` flag and a sound file date.

    `micro` tells the theme to show the note's text rather than repeat its first sentence
    as a headline above itself.
    """

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        content, metadata = super().read(source_path)
        if "date" not in metadata:
            metadata["date"] = file_date(source_path, self.settings.get("TIMEZONE"))
        for key in ("date", "modified"):
            value = metadata.get(key)
            if isinstance(value, datetime) and not sane_year(value):
                # Pelican logs this as "Could not process"; the build's failure then lists
                # the check's finding for the line, with the fix.
                raise ValueError(f"{key} {value:%Y-%m-%d} is outside the years "
                                 f"{YEAR_RANGE[0]}–{YEAR_RANGE[1]}")
        declared = note_modified(metadata, self.settings.get("TIMEZONE"))
        metadata["declared_modified"] = declared
        # Pelican's "fs" default would set `modified` to the file's time (a fresh clone's, or
        # a re-saved file's); the feed's <updated> and dateModified come from the note.
        metadata["modified"] = declared or metadata["date"]
        if not metadata.get("title"):
            metadata["title"] = title_from_body(content)
            metadata["micro"] = True
            if not metadata.get("slug"):
                metadata["slug"] = slugify(
                    slug_source_from_filename(source_path),
                    regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
                )
        else:
            metadata.setdefault("micro", False)
        if metadata.get("slug") and not SAFE_SLUG.fullmatch(str(metadata["slug"])):
            # "Slug: niños sanos" would cut post links at the space: the address is made of
            # the slug's letters instead (`invoke check` asks for it to be written so).
            metadata["slug"] = slugify(str(metadata["slug"]),
                                       regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
        if not metadata.get("slug") and len(str(metadata.get("title") or "")) > MAX_SLUG_LENGTH:
            # A slug made from a long title would be longer than a folder name may be.
            subs = self.settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
            metadata["slug"] = slugify(str(metadata["title"]), regex_subs=subs)
        if len(str(metadata.get("slug") or "")) > MAX_SLUG_LENGTH:
            metadata["slug"] = shorten_slug(str(metadata["slug"]))
        return content, metadata


def use_micronote_reader(readers: Any) -> None:
    """`readers_init` handler: read every Markdown extension with the micro-note reader."""
    for extension in MicroNoteMarkdownReader.file_extensions:
        if extension in readers.reader_classes:
            readers.reader_classes[extension] = MicroNoteMarkdownReader
