"""Checks that a note can be built at all, and built into what the doctor meant.

These are the foundation's bad inputs: a file that is not UTF-8, a malformed metadata line
(Pelican would silently make it body text), a date Pelican cannot read, an empty note, and
two notes that would be written to the same URL (Pelican would keep only one of them).

Hardening (issue 12) adds what went wrong past the check before: dates outside the years a
calendar library handles, slugs and tags that make broken addresses, `{static}/../` paths
that leave `content/`, a flood of tags, notes that are symlinks out of the project, and
active content (scripts, frames, event handlers, `javascript:` links) pasted into a note.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from notemeta import (
    MAX_SLUG_LENGTH,
    YEAR_RANGE,
    shorten_slug,
    slug_substitutions,
    syndicate_networks,
)

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile

#: Metadata keys Rounds and Pelican understand whatever networks Rounds posts to; with the
#: networks' own text keys (`known_keys`), a near miss ("Titel") is almost always a typo.
#: `tag` is not one of them: Pelican reads only `tags`, so `Tag: fever` was silently dropped.
CORE_KEYS = frozenset(
    {
        "title", "date", "modified", "reviewed", "tags", "category", "slug", "summary",
        "status", "author", "authors", "lang", "save_as", "url", "template", "translation",
        "syndicate", "syndication_id", "image", "image_alt", "sponsored", "coi", "sources",
        "deidentified",
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


#: Keys whose misspelling would publish or post what the doctor held back.
STOPPING_KEYS = ("status", "syndicate", "deidentified")
_KEY_LIKE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z_-]+)[ \t]+\S")
#: "Date : 2026-11-30": a key, then spaces, then its colon (the Markdown reader wants none).
_SPACED_COLON = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z_-]+)[ \t]+:")


def known_keys(context: CheckContext) -> frozenset[str]:
    """Every metadata key a note may carry: CORE_KEYS and each network's text key (`x:`,
    `social:`). The network registry is the one home of those; the syndication layer hands
    them down with the `syndicate:` names (`SyndicateNames.override_keys`), since this
    package sits below it. Not handed down (a check run without the syndication layer):
    only CORE_KEYS, so a network's key is neither flagged nor corrected there."""
    names = context.syndicate_names
    return CORE_KEYS | frozenset(names.override_keys) if names is not None else CORE_KEYS


def _known_key_line(line: str, keys: frozenset[str]) -> str | None:
    """The key of a `Key: value` line whose key is one of `keys`, else None."""
    from .notefile import METADATA_LINE

    match = METADATA_LINE.match(line)
    return match["key"].lower() if match and match["key"].lower() in keys else None


def _leading_blank_lines(lines: list[str]) -> int:
    """How many empty lines open the file (the Markdown reader wants metadata on line 1)."""
    count = 0
    while count < len(lines) - 1 and not lines[count].strip():
        count += 1
    return count


def _empty_lines(count: int) -> str:
    return "an empty line" if count == 1 else f"{count} empty lines"


def _metadata_read_as_text(note: NoteFile, keys: frozenset[str]) -> Iterator[Finding]:
    """Metadata Pelican would publish as the note's text, which the block parser cannot see:
    a first line without its colon ("Title Back to sleep" above "Date: …": Pelican then
    reads no metadata at all), or a blank line inside the block (the keys after it start
    the body). Both would print "Date: …" on the page and in every post."""
    if note.format != "markdown" or note.decode_error is not None:
        return
    lines = note.text.split("\n")
    first = 1 if lines and lines[0].strip() == "---" else 0
    if not note.metadata and (blank := _leading_blank_lines(lines)) \
            and _known_key_line(lines[blank], keys):
        yield Finding(
            note.relpath, 1, 1, Level.BLOCK, "metadata-line",
            f"The note starts with {_empty_lines(blank)} above \"{lines[blank].strip()[:40]}\", "
            "so Pelican reads none of the metadata: every line of it would be published as "
            "the note's text, and a \"Status: draft\" or \"syndicate: no\" in it would be "
            f"ignored. Fix: delete the {_empty_lines(blank)} at the top, so that "
            f"\"{lines[blank].split(':')[0].strip()}:\" is on line 1.",
        )
        return
    if not note.metadata and len(lines) > first + 1:
        head = _KEY_LIKE.match(lines[first])
        if head and head["key"].lower() in keys and _known_key_line(lines[first + 1], keys):
            spaced = lines[first][head.end() - 1] == ":"
            yield Finding(
                note.relpath, first + 1, 1, Level.BLOCK, "metadata-line",
                f"\"{lines[first].strip()[:40]}\" starts the metadata block but "
                + ("has a space before its colon" if spaced else "has no colon")
                + ", so Pelican reads none of the metadata: every line of it would be "
                f"published as the note's text. Fix: write \"{head['key']}:\" "
                + ("with no space before the colon." if spaced else "with a colon."),
            )
            return
    if note.metadata:
        body = note.body_lines()
        text = next(((n, t) for n, t in body if t.strip()), None)
        if text and (key := _known_key_line(text[1], keys)):
            yield Finding(
                note.relpath, text[0], 1, Level.BLOCK, "metadata-line",
                f"\"{text[1].strip()[:40]}\" looks like metadata, but a blank line above it "
                "ended the metadata block: it would be published as the note's first line. "
                f"Fix: remove the blank line above line {text[0]} so \"{key}\" stays in the "
                "metadata, or reword the line if it is meant as text.",
            )


def check_metadata_lines(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    for bad in note.malformed:
        shown = bad.text.strip()[:40]
        spaced = _SPACED_COLON.match(bad.text)
        fix = (f"write \"{spaced['key']}:\" with no space before the colon" if spaced else
               "add the missing colon (for example \"Date: 2026-11-02\"), or leave a blank "
               "line after the metadata so this line starts the note")
        yield Finding(
            note.relpath, bad.line, 1, Level.BLOCK, "metadata-line",
            f"\"{shown}\" is in the metadata block at the top but is not \"Key: value\"; "
            f"everything from here on would be published as text. Fix: {fix}.",
        )
    keys = known_keys(context)
    yield from _metadata_read_as_text(note, keys)
    for entry in note.metadata.values():
        if entry.key in keys:
            continue
        close = difflib.get_close_matches(entry.key, keys, n=1, cutoff=0.75)
        if close:
            # A misspelt Status could publish a draft, a misspelt syndicate: post a note the
            # doctor kept off social media: those stop the publish.
            level = Level.BLOCK if close[0] in STOPPING_KEYS else Level.WARN
            yield Finding(
                note.relpath, entry.line, 1, level, "metadata-key",
                f"Unknown metadata key \"{entry.key}\": Pelican ignores this line. "
                f"Fix: did you mean \"{close[0].capitalize()}:\"?",
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


#: A date written with the day and the month as numbers before the year ("03/11/2026",
#: "3.11.26", "03-11-2026 09:30"): the form whose order a reader has to guess.
_NUMERIC_DATE = re.compile(
    r"\s*(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?P<time>(?:[ T]+.*)?)"
)


def numeric_date_finding(note: NoteFile, key: str, when: datetime) -> Finding | None:
    """A `Date: 03/11/2026` read by Pelican, with what the doctor should write instead.

    Pelican reads dates with dateutil (`pelican.utils.get_date`), month first: "03/11/2026"
    is 11 March, though a day-first writer meant 3 November, and nothing says so. When both
    numbers could be the month (and differ), the note would go out on a date nobody can be
    sure of: a BLOCK that gives both readings in the one safe form. When only one reading
    exists ("13/11/2026", "11/13/2026", "05/05/2026"), Pelican gets it right and the note
    builds as before; the same advice comes as a finding that does not stop the publish,
    so the next date is written the safe way before it is an ambiguous one.
    """
    entry = note.metadata[key]
    match = _NUMERIC_DATE.fullmatch(entry.value)
    if match is None:
        return None
    first, second = int(match["first"]), int(match["second"])
    if (when.month, when.day) not in ((first, second), (second, first)):
        return None  # read some other way (a time dateutil took for a date): not this advice
    timed = bool(match["time"].strip())
    name = key.capitalize()
    read = _iso(when, timed)
    if first <= 12 and second <= 12 and first != second:
        swapped = when.replace(month=when.day, day=when.month)
        return Finding(
            note.relpath, entry.line, 1, Level.BLOCK, "ambiguous-date",
            f"\"{name}: {entry.value}\" can be read two ways: Pelican reads the month first "
            f"({_spoken(when)}), but day first it is {_spoken(swapped)}, and nothing on the "
            f"page would say which was meant. Fix: write it as {read} or "
            f"{_iso(swapped, timed)} (year-month-day), whichever you meant, for example "
            f"\"{name}: {read}\".",
        )
    return Finding(
        note.relpath, entry.line, 1, Level.WARN, "date-form",
        f"\"{name}: {entry.value}\" is read as {_spoken(when)}, but a date written this way "
        "is read month first whenever both numbers could be the month (03/11/2026 is 11 "
        "March, not 3 November), so the next one may not say what you meant. This does not "
        f"stop the publish. Fix: write it as \"{name}: {read}\" (year-month-day), the one "
        "form nobody reads two ways.",
    )


def _iso(when: datetime, timed: bool) -> str:
    """`when` as a note's date is best written: 2026-03-11, or 2026-03-11 09:30."""
    if not timed:
        return f"{when:%Y-%m-%d}"
    return f"{when:%Y-%m-%d %H:%M}" + (f":{when:%S}" if when.second else "")


def _spoken(when: datetime) -> str:
    """`when`'s day as a person says it: "11 March 2026" (no zero, no order to guess)."""
    return f"{when.day} {when:%B %Y}"


def check_dates(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    for key in DATE_KEYS:
        entry = note.metadata.get(key)
        if entry is None:
            continue
        try:
            when = read_date(entry.value)
        except (ValueError, OverflowError, TypeError):
            problem = impossible_date(entry.value)
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "bad-date",
                f"\"{entry.value}\": {problem}. Fix: correct it, for example "
                f"\"{key.capitalize()}: 2026-11-02 09:30\"." if problem else
                f"\"{entry.value}\" is not a date Rounds can read. Fix: write it as "
                "YYYY-MM-DD, optionally with a time, for example "
                f"\"{key.capitalize()}: 2026-11-02 09:30\".",
            )
            continue
        low, high = YEAR_RANGE
        if not low <= when.year <= high:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "date-range",
                f"\"{entry.value}\" is in the year {when.year}, outside {low}–{high}: a "
                "typo, and one the feed, the pages and the posts cannot show. Fix: write the "
                f"real date, for example \"{key.capitalize()}: 2026-11-02 09:30\".",
            )
            continue
        advice = numeric_date_finding(note, key, when)
        if advice is not None:
            yield advice


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
    try:
        last = calendar.monthrange(year, month)[1]
    except ValueError:  # year 0: the range check says what is wrong
        return None
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


def check_syndicate(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A `syndicate:` naming no network or account Rounds knows (`twitter`, `mastadon`)
    would be deployed, then posted nowhere it meant (or only to the other names): stopped
    here, with the line it was probably meant to be and the names there are."""
    entry = note.metadata.get("syndicate")
    names = context.syndicate_names
    if entry is None or names is None:
        return
    unknown = names.unknown(entry.value)
    if not unknown:
        return
    written = syndicate_networks(entry.value) or ()
    meant = [names.suggestion(name) if name in unknown else name for name in written]
    corrected = list(dict.fromkeys(name for name in meant if name))
    nowhere = [name for name in unknown if names.suggestion(name) is None]
    fix = (f"did you mean `syndicate: {', '.join(corrected)}`?" if corrected else
           "name the networks or accounts it should go to.")
    if nowhere:
        fix += " Rounds does not post to " + " or ".join(f'"{n}"' for n in nowhere) + "."
    known = ", ".join(names.networks) + " (networks)"
    if names.accounts:
        known += ", " + ", ".join(names.accounts) + " (the practice's accounts)"
    line = note.text.split("\n")[entry.line - 1] if entry.line else ""
    col = line.lower().find(unknown[0], line.find(":") + 1) + 1 or 1
    yield Finding(
        note.relpath, entry.line, col, Level.BLOCK, "syndicate-name",
        f"\"syndicate: {entry.value}\" names " + ", ".join(f'"{n}"' for n in unknown)
        + (", which is neither a network Rounds posts to nor one of the practice's accounts"
           if len(unknown) == 1 else
           ", which are neither networks Rounds posts to nor accounts of the practice")
        + f": the note would not be posted where you meant. Fix: {fix} The names Rounds knows: "
        f"{known}; `syndicate: no` posts it nowhere.",
    )


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def visible_body(note: NoteFile) -> str:
    """The body without HTML comments (the `invoke new` template's guidance is one)."""
    return _COMMENT.sub("", note.body).strip()


def check_not_empty(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    # Text stuck to the metadata (no blank line) is already a metadata-line finding; an
    # "empty" finding at a line past the end of the file would only confuse.
    if note.malformed:
        return
    if note.decode_error is None and not visible_body(note):
        last = max(1, note.text.count("\n") + (0 if note.text.endswith("\n") else 1))
        line = min(note.body_start_line, last) if note.metadata else 1
        yield Finding(
            note.relpath, line, 1, Level.BLOCK, "empty-note",
            "This note has no text, so there is nothing to publish. Fix: write the note "
            "below the metadata (after one blank line), or mark it \"Status: draft\".",
        )


#: The last words of the guidance comment `invoke new` writes (publishing/notes.py).
TEMPLATE_MARK = "Delete this comment when you are done."
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def check_leftovers(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """`invoke new`'s guidance left in a written note: it would be published in the page
    source and the feed (a comment is hidden on the page, not from anyone who looks)."""
    at = note.text.find(TEMPLATE_MARK)
    if at >= 0 and visible_body(note):
        start = note.text.rfind("<!--", 0, at)
        line = note.text.count("\n", 0, start if start >= 0 else at) + 1
        yield Finding(
            note.relpath, line, 1, Level.WARN, "leftover-instructions",
            "The instructions from `invoke new` are still in the note: they would be "
            "published in the page's source and in the feed. Fix: delete the comment "
            "(from \"<!--\" to \"-->\").",
        )


def check_language(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """`Lang:` becomes the page's `lang` and each post's language: it must be a language
    code a browser, a screen reader and the networks understand ("es", "en", "pt-BR")."""
    entry = note.metadata.get("lang")
    if entry is not None and not LANGUAGE_TAG.match(entry.value.strip()):
        yield Finding(
            note.relpath, entry.line, 1, Level.BLOCK, "bad-language",
            f"\"Lang: {entry.value}\" is not a language code, so screen readers and the "
            "networks would not know the note's language. Fix: use the two-letter code, for "
            "example \"Lang: es\" for Spanish or \"Lang: en\" for English.",
        )


def scheduled_date(note: NoteFile, context: CheckContext) -> datetime | None:
    """The note's date when it lies after `context.now` (the note is scheduled, not late)."""
    entry = note.metadata.get("date")
    if entry is None or context.now is None:
        return None
    try:
        when = read_date(entry.value)
    except (ValueError, OverflowError, TypeError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=context.now.tzinfo)
    return when if when > context.now else None


def check_scheduled(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    when = scheduled_date(note, context)
    if when is not None and not YEAR_RANGE[0] <= when.year <= YEAR_RANGE[1]:
        return
    if when is not None and note.meta("status", "published").lower() == "published":
        yield Finding(
            note.relpath, note.line_of("date"), 1, Level.INFO, "scheduled",
            f"Scheduled: this note goes out with the first publish after "
            f"{when:%Y-%m-%d %H:%M}; until then it stays off the site.",
        )


def note_slug(note: NoteFile, settings: dict[str, Any]) -> str:
    """The slug Pelican will give the note (explicit `Slug:`, else from the title), cut to
    `MAX_SLUG_LENGTH` as the build cuts it."""
    return shorten_slug(full_slug(note, settings))


def full_slug(note: NoteFile, settings: dict[str, Any]) -> str:
    """The slug made from the note before any cut."""
    explicit = note.meta("slug")
    if explicit:
        return explicit
    title = note.meta("title")
    if not title:
        from micronotes.titles import slug_source_from_filename

        title = slug_source_from_filename(note.path.name)
    return _slugify(title, settings)


def check_duplicate_slugs(notes: list[NoteFile], context: CheckContext) -> Iterator[Finding]:
    """Two notes with one slug would be written to one URL; Pelican keeps only one."""
    groups: dict[tuple[str, str, str], list[NoteFile]] = defaultdict(list)
    for note in notes:
        if note.decode_error is not None or not visible_body(note):
            continue
        status = note.meta("status", "published").lower()
        # A hidden note is written at the same address as a published one (only drafts
        # have their own folder), so the two collide.
        status = "published" if status == "hidden" else status
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

#: The longest tag list a note may carry. Each tag is a page and a feed; a pasted keyword
#: list (2,000 tags) makes thousands of pages and a post no network accepts.
MAX_TAGS = 30
#: What an explicit `Slug:` may contain: it becomes a folder and part of every link.
_SAFE_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _slugify(text: str, settings: dict[str, Any]) -> str:
    """Pelican's slug of `text` under `settings` (cached: a site repeats its tags)."""
    return _cached_slug(
        text, tuple(map(tuple, slug_substitutions(settings))),
        bool(settings.get("SLUGIFY_PRESERVE_CASE", False)),
        bool(settings.get("SLUGIFY_USE_UNICODE", False)),
    )


@lru_cache(maxsize=16384)
def _cached_slug(text: str, subs: tuple[tuple[str, str], ...], preserve_case: bool,
                 use_unicode: bool) -> str:
    from pelican.utils import slugify

    return slugify(text, regex_subs=[list(sub) for sub in subs], preserve_case=preserve_case,
                   use_unicode=use_unicode)


def check_slug(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A slug is part of every link: spaces, accents or slashes in it break the posts' links.

    An explicit `Slug:` must already be a clean slug (the fix shows the normalised one);
    a slug made from the title must not come out empty (an emoji-only title).
    """
    entry = note.metadata.get("slug")
    if entry is not None:
        if not _SAFE_SLUG.fullmatch(entry.value):
            suggestion = _slugify(entry.value, context.settings) or "a-short-name"
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "bad-slug",
                f"The slug \"{entry.value[:60]}\" would make a broken address (only "
                "lower-case letters a–z, digits and single hyphens work in every link). "
                f"Fix: write \"Slug: {shorten_slug(suggestion)}\".",
            )
        elif len(entry.value) > MAX_SLUG_LENGTH:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "long-slug",
                f"This slug has {len(entry.value)} characters; an address longer than "
                f"{MAX_SLUG_LENGTH} cannot be a folder name. Fix: write "
                f"\"Slug: {shorten_slug(entry.value)}\".",
            )
        return
    slug = full_slug(note, context.settings) if note.metadata.get("title") else ""
    if len(slug) > MAX_SLUG_LENGTH:
        yield Finding(
            note.relpath, note.line_of("title"), 1, Level.WARN, "long-slug",
            f"The address made from this title is {len(slug)} characters long, so it is cut "
            f"to \"{shorten_slug(slug)}\". Fix: add a shorter \"Slug:\" under the title.",
        )
        return
    if note.metadata.get("title") and not note_slug(note, context.settings):
        yield Finding(
            note.relpath, note.line_of("title"), 1, Level.BLOCK, "empty-slug",
            "This title has no letters or digits to make the note's address from. "
            "Fix: add a line \"Slug: a-short-name\" under the title.",
        )


def _tag_names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",")]


def check_tags(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """Each tag becomes an address (`tag/<slug>/`): one that slugifies to nothing links to
    `tag//`; thousands of them flood the site."""
    entry = note.metadata.get("tags")
    if entry is None:
        return
    names = [name for name in _tag_names(entry.value) if name]
    if len(names) > MAX_TAGS:
        yield Finding(
            note.relpath, entry.line, 1, Level.BLOCK, "too-many-tags",
            f"This note has {len(names)} tags; each is a page and a feed, and no network "
            f"takes a post with that many hashtags. Fix: keep the {MAX_TAGS} or fewer topics "
            "a parent would look for.",
        )
        return
    for name in names:
        slug = _slugify(name, context.settings)
        if len(slug) > MAX_SLUG_LENGTH:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "long-tag",
                f"The tag \"{name[:40]}…\" is {len(slug)} characters long; its page and "
                "feed cannot have a file name that long. Fix: name the topic in a few "
                "words (tags are separated by commas).",
            )
        elif not slug:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "empty-tag",
                f"The tag \"{name[:40]}\" has no letters or digits, so its page would be "
                "at \"tag//\". Fix: spell the topic in words, or remove it.",
            )


_LINKED_PATH = re.compile(r"\{(?:static|attach|filename)\}(?P<path>[^\s)\"'>]*)")


def _located(note: NoteFile, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, re.Match[str]]]:
    """Every match of `pattern` in the metadata values and the body, with line and column."""
    for entry in note.metadata.values():
        for match in pattern.finditer(entry.value):
            yield entry.line, 1, match
    for number, text in note.body_lines():
        for match in pattern.finditer(text):
            yield number, match.start() + 1, match


def check_linked_paths(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """`{static}/../secret` points outside `content/`: never a file of the site."""
    if "}" not in note.text:
        return
    content = context.resolve(context.content_path)
    for line, col, match in _located(note, _LINKED_PATH):
        target = match["path"].split("#")[0].split("?")[0]
        base = content if target.startswith("/") else context.resolve(note.path.parent)
        try:
            inside = (base / target.lstrip("/")).resolve().is_relative_to(content)
        except (OSError, ValueError):  # a NUL byte or a name too long: no file of the site
            inside = False
        if not inside:
            yield Finding(
                note.relpath, line, col, Level.BLOCK, "path-escape",
                f"\"{match.group(0)[:60]}\" points outside the content folder, so it is not "
                "part of the site (and must never be). Fix: copy the file into "
                "content/images/ and link \"{static}/images/<name>\".",
            )


def check_symlink(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A note that is a link to a file elsewhere publishes a file nobody reviews here."""
    if not note.path.is_symlink():
        return
    target = note.path.resolve()
    if not target.is_relative_to(context.root.resolve()):
        yield Finding(
            note.relpath, 1, 1, Level.BLOCK, "symlink-outside",
            f"This note is a symbolic link to {target}, outside the project, so it would "
            "not travel with the site and is not checked with it. Fix: copy the file into "
            "content/notes/ (replace the link with the file itself).",
        )


#: Active content: what makes a reader's browser fetch or run something.
_ACTIVE_TAG = re.compile(r"<\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|"
                         r"link|form)\b", re.IGNORECASE)
_EVENT_HANDLER = re.compile(r"<[a-zA-Z][^>]*?\s(on[a-zA-Z]+)\s*=", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"(?:javascript|vbscript)\s*:|data\s*:\s*text/html", re.IGNORECASE)
#: Where a link's target starts: [text](…), a reference "[id]: …", an autolink <…>, or an
#: HTML attribute that loads or opens something.
_LINK_TARGET = re.compile(r"(?:\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|<|"
                          r"(?:href|src|action|formaction|xlink:href)\s*=\s*[\"']?\s*)"
                          r"(?P<url>[^\s)\"'>]+)", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"`[^`]*`")


def _code_free_lines(note: NoteFile) -> Iterator[tuple[int, str]]:
    """Body lines with code (fenced blocks, `spans`) blanked: Markdown escapes code."""
    fenced = False
    for number, text in note.body_lines():
        if _FENCE.match(text):
            fenced = not fenced
            continue
        if not fenced:
            yield number, _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def check_active_content(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """Scripts, frames, event handlers and `javascript:` links pasted into a note.

    The site promises no third-party requests and runs no script a reader did not ask
    for; text pasted from elsewhere carries embeds and trackers. Each is a BLOCK with the
    line and column, and the fix.
    """
    if "<" not in note.body and "](" not in note.body and "]:" not in note.body:
        return
    for number, text in _code_free_lines(note):
        if "<" not in text and "](" not in text and "]:" not in text:
            continue
        for match in _ACTIVE_TAG.finditer(text):
            yield Finding(
                note.relpath, number, match.start() + 1, Level.BLOCK, "active-content",
                f"A <{match.group(1).lower()}> element would load or run something from "
                "the page (embeds and trackers come with pasted text). Fix: remove it; link "
                "to the page instead, e.g. [Watch the video](https://…).",
            )
        for match in _EVENT_HANDLER.finditer(text):
            yield Finding(
                note.relpath, number, match.start(1) + 1, Level.BLOCK, "active-content",
                f"The attribute {match.group(1)}=… runs script in the reader's browser. "
                "Fix: delete the attribute (the text around it can stay).",
            )
        for match in _LINK_TARGET.finditer(text):
            url = match["url"].strip().lower()
            if _SCRIPT_URL.match(url):
                yield Finding(
                    note.relpath, number, match.start("url") + 1, Level.BLOCK,
                    "active-content",
                    f"The link \"{match['url'][:40]}\" runs script instead of opening a "
                    "page. Fix: link to an https:// address, or remove the link.",
                )


def check_repeated_keys(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A key given twice (two `Title:` lines) reaches Pelican as a list, which it cannot
    build ("sequence item 1: expected str instance, list found"), or keeps only one."""
    if not note.metadata:
        return
    from .notefile import METADATA_LINE

    seen: dict[str, int] = {}
    for number, text in enumerate(note.text.split("\n")[: note.body_start_line - 1], 1):
        match = METADATA_LINE.match(text)
        if match is None:
            continue
        key = match["key"].lower()
        if key in seen:
            yield Finding(
                note.relpath, number, 1, Level.BLOCK, "repeated-key",
                f"\"{match['key']}:\" is given twice (first on line {seen[key]}); Pelican "
                "cannot build a note with two values for one key. Fix: keep one of the two "
                "lines (for several tags, one line: \"Tags: fever, sleep\").",
            )
        else:
            seen[key] = number


def check_output_keys(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """`Template:`, `Save_as:` and `URL:` decide where and how a note is written: a theme
    template that does not exist, or a path that leaves the site, stops the whole build."""
    entry = note.metadata.get("template")
    theme = context.settings.get("THEME")
    if entry is not None and theme:
        templates = Path(str(theme)) / "templates"
        names = {p.stem for p in templates.glob("*.html")} if templates.is_dir() else set()
        if entry.value not in names:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "bad-template",
                f"The theme has no template \"{entry.value[:40]}\", so the site cannot be "
                "built. Fix: delete the \"Template:\" line (notes use the theme's own).",
            )
    for key in ("save_as", "url"):
        entry = note.metadata.get(key)
        if entry is None:
            continue
        parts = entry.value.replace("\\", "/").split("/")
        if entry.value.startswith("/") or ".." in parts or ":" in entry.value:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "bad-save-as",
                f"\"{entry.value[:60]}\" would write the note outside the site. Fix: delete "
                f"the \"{key.capitalize()}:\" line; \"Slug:\" sets the note's address.",
            )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Invisible characters that change what text *looks* like: bidirectional overrides and
#: isolates (a reversed "evil" shown as "live"), zero-width spaces and joiners in words.
_INVISIBLE = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")


def check_invisible_characters(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """Control characters (pasted from a terminal or a PDF) cannot be in a feed at all:
    XML forbids them, and the build would fail. Invisible direction marks and zero-width
    characters make text read differently from what it is: a warning, with the place."""
    for number, text in enumerate(note.text.split("\n"), 1):
        control = _CONTROL.search(text)
        if control:
            yield Finding(
                note.relpath, number, control.start() + 1, Level.BLOCK, "control-character",
                f"An invisible control character (U+{ord(control.group(0)):04X}) is here; "
                "feeds cannot carry it, so the site cannot be built. Fix: delete it (retype "
                "the words around it; it usually comes from copying out of a PDF or a "
                "terminal).",
            )
        invisible = _INVISIBLE.search(text)
        if invisible:
            yield Finding(
                note.relpath, number, invisible.start() + 1, Level.WARN, "invisible-character",
                f"An invisible character (U+{ord(invisible.group(0)):04X}: a direction "
                "override or a zero-width space) is here; it makes the text read differently "
                "from what it is. Fix: delete it, unless you wrote right-to-left text on "
                "purpose.",
            )


#: Rules applied to each file, in order. Other preflight modules add theirs in runner.py.
FILE_RULES = (
    check_encoding,
    check_metadata_lines,
    check_language,
    check_leftovers,
    check_dates,
    check_status,
    check_syndicate,
    check_not_empty,
    check_scheduled,
    check_slug,
    check_tags,
    check_linked_paths,
    check_symlink,
    check_active_content,
    check_repeated_keys,
    check_output_keys,
    check_invisible_characters,
)
SITE_RULES = (check_duplicate_slugs,)
