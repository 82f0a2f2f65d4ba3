"""The labelled corpus: every leaky note caught at its level, no clean note blocked or warned.

The clean notes are written at a parent's reading level (grade 8 or below), so the reading
level check is part of the "no WARN" assertion, not excluded from it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from preflight.evaluation import Evaluation, NoteResult, evaluate
from preflight.findings import Level
from support.preflight_helpers import CORPUS, REPO, site_settings

LEAKY = sorted((CORPUS / "leaky").glob("*.md"))
CLEAN = sorted((CORPUS / "clean").glob("*.md"))


@cache
def evaluation() -> Evaluation:
    return evaluate(CORPUS, site_settings(), root=REPO)


def result_for(path: Path, results: list[NoteResult]) -> NoteResult:
    return next(r for r in results if r.path == path)


def test_the_corpus_is_big_enough() -> None:
    assert len(LEAKY) >= 40
    assert len(CLEAN) >= 40


@pytest.mark.parametrize("path", LEAKY, ids=lambda p: p.stem)
def test_every_leaky_note_is_caught_at_its_level(path: Path) -> None:
    result = result_for(path, evaluation().leaky)
    code, level = result.expected
    shown = "\n".join(f.format() for f in result.findings)
    assert result.caught, f"{path.name}: expected {code} {level.value}, got:\n{shown}"
    if level in (Level.BLOCK, Level.WARN):
        assert any(f.code == code and f.blocking for f in result.findings)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_no_clean_note_gets_a_block_or_a_warn(path: Path) -> None:
    result = result_for(path, evaluation().clean)
    assert not result.false_positives, "\n".join(f.format() for f in result.false_positives)


def test_findings_point_at_the_exact_line_and_column() -> None:
    """Where a message quotes the text it found, the file has that text at line:col."""
    checked = 0
    for result in evaluation().leaky:
        lines = result.path.read_text(encoding="utf-8").split("\n")
        for finding in result.findings:
            quoted = re.search(r'"([^"]+)"', finding.message.split(" Fix:")[0])
            if not finding.code.startswith("privacy-") or not quoted:
                continue
            text = lines[finding.line - 1][finding.col - 1 :]
            first = quoted.group(1).split()[0]
            assert text.startswith(first), f"{finding.format()} -> {text[:30]!r}"
            checked += 1
    assert checked >= 35


def test_the_report_names_path_line_and_column_in_linter_format() -> None:
    finding = result_for(CORPUS / "leaky" / "04-phone-cell.md", evaluation().leaky).findings[0]
    assert re.match(
        r"^tests/preflight/corpus/leaky/04-phone-cell\.md:4:\d+: BLOCK privacy-phone ",
        finding.format(),
    )
