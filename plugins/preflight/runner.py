"""`invoke check`: run every rule over every note and page that would be published.

Most rules read only the note (its bytes and path) and the settings: their findings are
kept per note (`NOTE_ONLY_RULES`, scan_cache.py), so a second `invoke check` reads each
note, hashes it and reads one small record instead of running the privacy guard and the
reading level again. Rules that look at anything else (the clock, the file system, other
notes) always run.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from . import disclosures, language, links, privacy, readability, scan_cache, structure
from .context import CheckContext
from .findings import Finding, Level, Report
from .notefile import NoteFile, read_note
from .site_people import site_people
from .site_storms import site_storms
from .sources import note_files

FileRule = Callable[[NoteFile, CheckContext], Iterable[Finding]]
SiteRule = Callable[[list[NoteFile], CheckContext], Iterable[Finding]]

#: Every per-file rule, in report order. A new check is one function added here.
FILE_RULES: list[FileRule] = [
    *structure.FILE_RULES,
    *language.FILE_RULES,
    *privacy.FILE_RULES,
    *links.FILE_RULES,
    *disclosures.FILE_RULES,
    *readability.FILE_RULES,
]
#: Rules that need all files at once (duplicates across notes).
SITE_RULES: list[SiteRule] = [*structure.SITE_RULES, *links.SITE_RULES]

#: The per-file rules whose findings depend only on the note's bytes and path, the
#: settings and the code of the checks: never on the clock, the file system or other
#: notes. Their findings are cached per note. A rule is cached only once it is listed
#: here (a new rule runs every time until someone checks it belongs), and the rules left
#: out say why: `check_scheduled` reads the clock, `check_linked_paths` and
#: `check_symlink` resolve paths on disk, `check_output_keys` lists the theme's templates.
NOTE_ONLY_RULES: frozenset[FileRule] = frozenset({
    structure.check_encoding,
    structure.check_metadata_lines,
    structure.check_language,
    structure.check_leftovers,
    structure.check_dates,
    structure.check_status,
    structure.check_not_empty,
    structure.check_slug,
    structure.check_tags,
    structure.check_active_content,
    structure.check_repeated_keys,
    structure.check_invisible_characters,
    language.check_note_language,
    privacy.check_privacy,
    links.check_alt_text,
    disclosures.check_disclosure_values,
    disclosures.check_brand_mentions,
    disclosures.check_trust_signals,
    readability.check_reading_level,
})


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
    if context.site_people is None or context.site_storms is None:
        # (a full check holds every note of the site already; a check of some notes reads
        # the others' bylines, introductions and storms too)
        every = notes if paths is None else _with_the_rest(context, notes)
        if context.site_people is None:
            context = dataclasses.replace(context, site_people=site_people(
                every, scan_cache.cache_folder(context.settings)))
        if context.site_storms is None:
            context = dataclasses.replace(context, site_storms=site_storms(every))
    report = Report(files_checked=len(notes))
    folder = scan_cache.cache_folder(context.settings)
    settings = scan_cache.settings_digest(context.settings) if folder else ""
    for note in notes:
        if note.format == "other":
            report.extend(check_unreadable(note, context))
            continue
        rules = [rule for rule in FILE_RULES
                 if note.decode_error is None or rule is structure.check_encoding]
        known = _note_only_findings(note, context, rules, folder, settings)
        for rule in rules:
            report.extend(known[_name(rule)] if rule in NOTE_ONLY_RULES
                          else rule(note, context))
    readable = [note for note in notes if note.format != "other"]
    # Site rules are never cached: their answer for one note depends on the others.
    for site_rule in SITE_RULES:
        report.extend(site_rule(readable, context))
    return report


def _with_the_rest(context: CheckContext, notes: list[NoteFile]) -> list[NoteFile]:
    """`notes` and every other note of the content folder: a note checked on its own may
    name a nurse the others introduce (`site_people`)."""
    checked = {note.path for note in notes}
    settings = context.settings
    with tempfile.TemporaryDirectory() as scratch:
        if not settings.get("CACHE_PATH"):  # Pelican's readers are listed with a cache folder
            settings = {**settings, "CACHE_PATH": scratch}
        paths = source_files(context.content_path, settings)
    return [*notes, *(read_note(path, context.root) for path in paths if path not in checked)]


def _name(rule: FileRule) -> str:
    return f"{rule.__module__}.{rule.__qualname__}"


def _note_only_findings(note: NoteFile, context: CheckContext, rules: list[FileRule],
                        folder: Path | None, settings: str) -> dict[str, list[Finding]]:
    """The findings of each of `rules` in `NOTE_ONLY_RULES`, by rule name: computed, or
    read from the cache under the note's bytes, its path, the project's folders, every
    setting (`settings` is their digest), what the syndication layer handed down (its
    networks' keys are code outside the checks' fingerprint) and the code (scan_cache.py)."""
    names = {_name(rule): rule for rule in rules if rule in NOTE_ONLY_RULES}

    def compute() -> dict[str, list[Finding]]:
        return {name: list(rule(note, context)) for name, rule in names.items()}

    def decode(stored: Any) -> dict[str, list[Finding]]:
        found = _decode(stored)
        if found.keys() != names.keys():
            raise KeyError("not the record of these rules")
        return found

    parts = ["note", settings, repr(sorted(context.site_people or ())),
             repr(sorted(context.site_storms or ())), str(context.root),
             str(context.content_path), str(note.path),
             note.relpath, note.format, note.digest, repr(context.syndicate_names), *names]
    if not note.digest:  # not read from a file (read_note): nothing safe to key it by
        return compute()
    return scan_cache.cached(folder, parts, compute, _encode, decode)


def _encode(found: dict[str, list[Finding]]) -> dict[str, list[list[object]]]:
    return {
        name: [[f.path, f.line, f.col, f.level.value, f.code, f.message, f.blocking,
                f.fingerprint] for f in findings]
        for name, findings in found.items()
    }


def _decode(stored: Any) -> dict[str, list[Finding]]:
    """A stored record back into findings; raises on anything not shaped as `_encode`
    writes it (the cache then computes the answer again)."""
    if not isinstance(stored, dict):
        raise TypeError("not a record")
    found: dict[str, list[Finding]] = {}
    for name, rows in stored.items():
        findings = []
        for path, line, col, level, code, message, blocking, stamp in rows:
            if not (isinstance(line, int) and isinstance(col, int)
                    and isinstance(blocking, bool)
                    and all(isinstance(v, str) for v in (path, code, message, stamp))):
                raise TypeError("not a finding")
            findings.append(Finding(path, line, col, Level(level), code, message,
                                    blocking=blocking, fingerprint=stamp))
        found[str(name)] = findings
    return found
