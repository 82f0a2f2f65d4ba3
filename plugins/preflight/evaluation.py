"""Measure the privacy guard against a labelled corpus: which leaks stop the publish, which
clean notes trip.

The corpus (tests/preflight/corpus/, see its README) has two halves, `tune/` (the rules may be
tuned on it) and `report/` (held out: figures only), each with `leaky/` and `clean/`. A leaky
note declares what must be found, `Expect: privacy-phone BLOCK` in Markdown metadata or
`<meta name="expect" content="privacy-phone BLOCK">` in an HTML note. Three figures per class:

- stopped: the guard raised a privacy finding that stops the publish (the leak does not go out);
- at level: it raised the expected code at the expected level;
- false positives: on a clean note, a privacy finding that stops the publish (reading level
  and link advice do not count: they never hold a note back).

The tests assert on this and benchmarks/preflight_eval.py prints it; kept here (not in the
tests) so both read the corpus the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .context import CheckContext
from .findings import Finding, Level, Report
from .notefile import read_note
from .runner import check_content
from .site_people import site_people
from .site_storms import site_storms

#: The note formats a corpus holds (an HTML note is read as Pelican's HTML reader would).
NOTE_SUFFIXES = (".md", ".html", ".htm")
_MD_META = re.compile(r"^(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")


@dataclass
class NoteResult:
    path: Path
    expected: tuple[str, Level] | None
    findings: list[Finding]
    lang: str = "en"

    @property
    def stopped(self) -> bool:
        """A leaky note is stopped when a privacy finding (or its expected one) holds it back."""
        code = self.expected[0] if self.expected else ""
        return any(
            f.blocking and (f.code.startswith("privacy-") or f.code == code)
            for f in self.findings
        )

    @property
    def caught(self) -> bool:
        """At the expected level: the expected code, at that level, stopping the publish."""
        if self.expected is None:
            return False
        code, level = self.expected
        return any(
            f.code == code and f.level is level and (f.blocking or level is Level.INFO)
            for f in self.findings
        )

    @property
    def false_positives(self) -> list[Finding]:
        """For a clean note: every privacy finding that would stop the publish."""
        return [f for f in self.findings if f.blocking and f.code.startswith("privacy-")]


@dataclass
class ClassFigures:
    """One row of the table: a class (`code LEVEL`) or a total."""

    notes: int = 0
    stopped: int = 0
    at_level: int = 0


@dataclass
class Evaluation:
    leaky: list[NoteResult] = field(default_factory=list)
    clean: list[NoteResult] = field(default_factory=list)

    def by_class(self, lang: str | None = None) -> dict[str, ClassFigures]:
        """{"privacy-phone BLOCK": figures}, sorted by class; `lang` keeps one language."""
        table: dict[str, ClassFigures] = defaultdict(ClassFigures)
        for result in self.leaky:
            if lang is not None and result.lang != lang:
                continue
            assert result.expected is not None
            row = table[f"{result.expected[0]} {result.expected[1].value}"]
            row.notes += 1
            row.stopped += int(result.stopped)
            row.at_level += int(result.caught)
        return dict(sorted(table.items()))

    def totals(self, lang: str | None = None) -> tuple[ClassFigures, int, int]:
        """(leaky figures, clean notes, clean notes with a false positive) for `lang` or all."""
        total = ClassFigures()
        for row in self.by_class(lang).values():
            total.notes += row.notes
            total.stopped += row.stopped
            total.at_level += row.at_level
        clean = [r for r in self.clean if lang is None or r.lang == lang]
        return total, len(clean), sum(1 for r in clean if r.false_positives)

    def recall_by_class(self) -> dict[str, tuple[int, int]]:
        """{"privacy-phone BLOCK": (at level, total)} (the older, single figure)."""
        return {k: (v.at_level, v.notes) for k, v in self.by_class().items()}

    @property
    def missed(self) -> list[NoteResult]:
        return [r for r in self.leaky if not r.caught]

    @property
    def false_positive_notes(self) -> list[NoteResult]:
        return [r for r in self.clean if r.false_positives]


def parse_expectation(value: str, path: Path) -> tuple[str, Level]:
    parts = value.split()
    if len(parts) != 2 or parts[1] not in Level.__members__:
        raise ValueError(f"{path}: 'Expect:' must be 'code LEVEL', not {value!r}")
    return parts[0], Level(parts[1])


class _HeadMeta(HTMLParser):
    """`<meta name content>` pairs and `<html lang>` of an HTML note."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta" and "name" in values:
            self.meta.setdefault(values["name"].lower(), values.get("content", ""))
        elif tag == "html" and values.get("lang"):
            self.meta.setdefault("lang", values["lang"])


def note_metadata(path: Path) -> dict[str, str]:
    """The metadata the corpus needs (expect, lang), from a Markdown or an HTML note."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        parser = _HeadMeta()
        parser.feed(text)
        return parser.meta
    meta: dict[str, str] = {}
    for line in text.split("\n"):
        if not line.strip():
            break
        if match := _MD_META.match(line):
            meta.setdefault(match["key"].lower(), match["value"].strip())
    return meta


def corpus_files(folder: Path) -> list[Path]:
    """Every note (Markdown or HTML) under `folder`, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in NOTE_SUFFIXES)


#: A batch's file-name prefix ("y4-012-vitamina-d.md"): the notes one writer wrote for one
#: practice, i.e. one site. A folder of notes without one ("012-fever.md") is one site.
_BATCH = re.compile(r"^(?P<batch>[a-z]+\d*)-")


def site_of(path: Path) -> str:
    """The site a corpus note belongs to: its batch (see `_BATCH`), or "" for the folder."""
    match = _BATCH.match(path.name)
    return match["batch"] if match else ""


def _sites(corpus: Path, settings: dict[str, Any], root: Path | None
           ) -> tuple[dict[str, list[Path]], dict[str, dict[str, CheckContext]]]:
    """The corpus' notes by kind ("leaky", "clean") and, per kind and site, the context
    its notes are checked in.

    Each batch is one practice's site (`site_of`): what the site says of its own people (who
    signs, who is staff) and of the storms it remembers holds across its leaky and clean
    notes, never across batches written for other practices.
    """
    # Measure the rules themselves: no cached answers read, none written into the project.
    settings = {**settings, "CACHE_PATH": None}
    files_of = {kind: corpus_files(corpus / kind) for kind in ("leaky", "clean")}
    sites: dict[str, list[Path]] = defaultdict(list)
    for path in (*files_of["leaky"], *files_of["clean"]):
        sites[site_of(path)].append(path)
    notes = {site: [read_note(path, root or corpus) for path in paths]
             for site, paths in sites.items()}
    people = {site: site_people(read) for site, read in notes.items()}
    storms = {site: site_storms(read) for site, read in notes.items()}
    contexts = {kind: {site: CheckContext(root or corpus, corpus / kind, settings,
                                          site_people=people[site], site_storms=storms[site])
                       for site in sites}
                for kind in files_of}
    return files_of, contexts


def labelled_notes(corpus: Path, settings: dict[str, Any], root: Path | None = None
                   ) -> Iterator[tuple[Path, tuple[str, Level] | None, CheckContext]]:
    """Every note of the corpus with its label (None for a clean note) and the context the
    guard reads it in (as `evaluate` does): for tools that learn from the guard's hits."""
    files_of, contexts = _sites(corpus, settings, root)
    for kind, files in files_of.items():
        for path in files:
            expect = note_metadata(path).get("expect") if kind == "leaky" else None
            if kind == "leaky" and not expect:
                raise ValueError(f"{path}: a leaky note needs 'Expect: code LEVEL'")
            yield (path, parse_expectation(expect, path) if expect else None,
                   contexts[kind][site_of(path)])


def evaluate(corpus: Path, settings: dict[str, Any], root: Path | None = None) -> Evaluation:
    """Check `corpus/leaky` and `corpus/clean`.

    `corpus` is one half (`.../corpus/tune`) or any folder laid out the same way; each batch
    is one practice's site (`_sites`).
    """
    result = Evaluation()
    files_of, contexts = _sites(corpus, settings, root)
    for kind, files in files_of.items():
        report = Report()
        for site in sorted({site_of(path) for path in files}):
            report.extend(check_content(contexts[kind][site],
                                        [p for p in files if site_of(p) == site]).findings)
        by_path: dict[str, list[Finding]] = defaultdict(list)
        for finding in report.findings:
            by_path[finding.path].append(finding)
        for path in files:
            meta = note_metadata(path)
            expect = meta.get("expect")
            if kind == "leaky" and not expect:
                raise ValueError(f"{path}: a leaky note needs 'Expect: code LEVEL'")
            expected = parse_expectation(expect, path) if kind == "leaky" and expect else None
            try:
                relpath = str(path.relative_to(root or corpus))  # as read_note names it
            except ValueError:
                relpath = str(path)
            lang = (meta.get("lang") or "en").lower()[:2]
            entry = NoteResult(path, expected, by_path.get(relpath, []), lang)
            (result.leaky if kind == "leaky" else result.clean).append(entry)
    return result
