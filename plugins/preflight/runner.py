"""`invoke check`: run every rule over every note and page that would be published."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from . import disclosures, links, privacy, readability, structure
from .context import CheckContext
from .findings import Finding, Report
from .notefile import NoteFile, read_note

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
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")


def source_files(content_path: Path) -> list[Path]:
    """Every Markdown file under `content_path`, in a stable order."""
    return sorted(
        p for p in content_path.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES
    )


def check_content(context: CheckContext, paths: Iterable[Path] | None = None) -> Report:
    """Check `paths` (default: all sources under the content folder)."""
    files = list(paths) if paths is not None else source_files(context.content_path)
    notes = [read_note(path, context.root) for path in files]
    report = Report(files_checked=len(notes))
    for note in notes:
        for rule in FILE_RULES:
            if note.decode_error is not None and rule is not structure.check_encoding:
                continue
            report.extend(rule(note, context))
    for site_rule in SITE_RULES:
        report.extend(site_rule(notes, context))
    return report
