"""Creating a new note from a title (`invoke new`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from common.commands import command
from common.errors import RoundsError
from notemeta import slug_substitutions

NOTE_TEMPLATE = """\
Title: {title}
Date: {date:%Y-%m-%d %H:%M}
Reviewed: {date:%Y-%m-%d}
Tags:
Sources:
Status: published

<!-- Write the note for parents below this comment, in a few plain sentences.
     Tags: words separated by commas (fever, sleep). Sources: separated by ";".
     Written in Spanish? Add the line "Lang: es" to the lines above.
     Nothing identifying a patient. Delete this comment when you are done. -->
"""


MICRO_TEMPLATE = """\
Date: {date:%Y-%m-%d %H:%M}
Reviewed: {date:%Y-%m-%d}
Tags:
Sources:

"""


def micro_filename(when: datetime) -> str:
    """A micro note's file name: its date and time (it has no title to name it by)."""
    return f"{when:%Y-%m-%d-%H%M}.md"


def create_micro_note(folder: Path, when: datetime) -> Path:
    """Write a new title-less (micro) note, named by its date and time; never overwrites.

    No title: the first sentence becomes it (`micronotes`). The file holds only the
    metadata, then the text: once a sentence is written under it, it passes `invoke check`.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / micro_filename(when)
    if path.exists():
        raise RoundsError(
            f"{path} already exists, and a note is never overwritten. "
            "Fix: open that file, or wait a minute and run the command again."
        )
    with path.open("x", encoding="utf-8") as handle:
        handle.write(MICRO_TEMPLATE.format(date=when))
    return path


def note_filename(title: str, when: datetime, settings: dict[str, Any]) -> str:
    from pelican.utils import slugify

    slug = slugify(title, regex_subs=slug_substitutions(settings))
    if not slug:
        raise RoundsError(
            f"\"{title}\" has no letters or digits to name the file with. "
            "Fix: give the note a title with at least one word."
        )
    return f"{when:%Y-%m-%d}-{slug}.md"


def create_note(folder: Path, title: str, when: datetime, settings: dict[str, Any]) -> Path:
    """Write a new note file and return its path. Never overwrites an existing note.

    A title that starts with "-" is an option typed in the wrong place (`--halp`), not a
    note: it is refused rather than written as a published `…--halp.md`.
    """
    title = " ".join(title.split())
    if title.startswith("-"):
        raise RoundsError(
            f"\"{title}\" looks like an option, not a title, so no note was created. "
            "Fix: give a title that starts with a word, in quotes, e.g. "
            f"make new TITLE=\"Fever in babies\" (and `{command('new', '--help')}` for help)."
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / note_filename(title, when, settings)
    if path.exists():
        raise RoundsError(
            f"{path} already exists, and a note is never overwritten. "
            "Fix: open that file, or choose another title."
        )
    with path.open("x", encoding="utf-8") as handle:
        handle.write(NOTE_TEMPLATE.format(title=title, date=when))
    return path
