"""`invoke check`: run every rule over every note and page that would be published."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from . import disclosures, links, privacy, readability, structure
from .context import CheckContext
from .findings import Finding, Level, Report
from .notefile import NoteFile, read_note
from .sources import note_files

FileRule = Callable[[NoteFile, CheckContext], Iterable[Finding]]
SiteRule = Callable[[list[NoteFile], CheckContext], Iterable[Finding]]

#: Every per-file rule, in report order. A new check is one function added here.
FILE_RULES: list[FileRule] = [
    *structure.FILE_RULES,
    *privacy.FILE_RULES,
    *links.FILE_RULES,
    *disclosures.FILE_RULES,
    *readability.FILE_RULES,
]
#: Rules that need all files at once (duplicates across notes).
SITE_RULES: list[SiteRule] = [*structure.SITE_RULES, *links.SITE_RULES]


def source_files(content_path: Path, settings: dict[str, Any] | None = None) -> list[Path]:
    """Every file Pelican will read as a note or page (any reader's extension), in a stable
    order: see `sources.note_files`.

    When `content_path` is not the settings' `PATH` (a folder checked on its own, such as
    the evaluation corpus), the settings' folders do not describe it: it is read whole.
    """
    settings = dict(settings or {})
    site = settings.get("PATH")
    if site is None or Path(site).resolve() != Path(content_path).resolve():
        settings.update(ARTICLE_PATHS=[""], ARTICLE_EXCLUDES=[], PAGE_PATHS=[],
                        PAGE_EXCLUDES=[], STATIC_PATHS=[])
    settings["PATH"] = str(content_path)
    return note_files(settings)


def check_unreadable(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A format Pelican publishes but the check cannot read is refused, never waved through."""
    if note.format != "other":
        return
    kind = note.path.suffix or note.path.name
    yield Finding(
        note.relpath, 1, 1, Level.BLOCK, "unreadable-format",
        f"Pelican would publish this {kind} file, but the privacy check cannot read that "
        "format, so it cannot promise the note is safe. Fix: save it as a Markdown note "
        f"(\"{note.path.stem}.md\"), or move it out of the content folder.",
    )


def check_content(context: CheckContext, paths: Iterable[Path] | None = None) -> Report:
    """Check `paths` (default: every file Pelican will read, see `sources.note_files`)."""
    files = list(paths) if paths is not None else source_files(
        context.content_path, context.settings
    )
    notes = [read_note(path, context.root) for path in files]
    report = Report(files_checked=len(notes))
    for note in notes:
        if note.format == "other":
            report.extend(check_unreadable(note, context))
            continue
        for rule in FILE_RULES:
            if note.decode_error is not None and rule is not structure.check_encoding:
                continue
            report.extend(rule(note, context))
    readable = [note for note in notes if note.format != "other"]
    for site_rule in SITE_RULES:
        report.extend(site_rule(readable, context))
    return report
