"""Measure the checks against a labelled corpus: which leaks are caught, which clean notes trip.

The corpus (tests/preflight/corpus/) has two folders. Each note in `leaky/` declares the
finding it must raise in its metadata, `Expect: privacy-phone BLOCK`; every note in `clean/`
must raise no BLOCK and no WARN at all. The tests assert on this; benchmarks/preflight_eval.py
prints it. Kept here (not in the tests) so both read the corpus the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .context import CheckContext
from .findings import Finding, Level
from .notefile import read_note
from .runner import check_content, source_files


@dataclass
class NoteResult:
    path: Path
    expected: tuple[str, Level] | None
    findings: list[Finding]

    @property
    def caught(self) -> bool:
        """A leaky note is caught when its expected finding is raised, at that level, blocking."""
        if self.expected is None:
            return False
        code, level = self.expected
        return any(
            f.code == code and f.level is level and (f.blocking or level is Level.INFO)
            for f in self.findings
        )

    @property
    def false_positives(self) -> list[Finding]:
        """For a clean note: every BLOCK or WARN it raised."""
        return [f for f in self.findings if f.level in (Level.BLOCK, Level.WARN)]


@dataclass
class Evaluation:
    leaky: list[NoteResult] = field(default_factory=list)
    clean: list[NoteResult] = field(default_factory=list)

    def recall_by_class(self) -> dict[str, tuple[int, int]]:
        """{"privacy-phone BLOCK": (caught, total)}, sorted by class."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in self.leaky:
            assert result.expected is not None
            key = f"{result.expected[0]} {result.expected[1].value}"
            table[key][1] += 1
            table[key][0] += int(result.caught)
        return {key: (c, t) for key, (c, t) in sorted(table.items())}

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


def evaluate(corpus: Path, settings: dict[str, Any], root: Path | None = None) -> Evaluation:
    """Check `corpus/leaky` and `corpus/clean` (each as its own content folder)."""
    result = Evaluation()
    for kind in ("leaky", "clean"):
        folder = corpus / kind
        context = CheckContext(root or corpus, folder, settings)
        report = check_content(context)
        by_path: dict[str, list[Finding]] = defaultdict(list)
        for finding in report.findings:
            by_path[finding.path].append(finding)
        for path in source_files(folder):
            note = read_note(path, context.root)
            expect = note.meta("expect")
            expected = parse_expectation(expect, path) if kind == "leaky" else None
            if kind == "leaky" and expected is None:
                raise ValueError(f"{path}: a leaky note needs 'Expect: code LEVEL'")
            entry = NoteResult(path, expected, by_path.get(note.relpath, []))
            (result.leaky if kind == "leaky" else result.clean).append(entry)
    return result
