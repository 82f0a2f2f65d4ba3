"""Every build failure names the note, the line and the fix (not "sequence item 1: expected
str instance, list found"); the check catches each of these notes first."""

from __future__ import annotations

from pathlib import Path

import pytest
from common.errors import RoundsError
from preflight.context import CheckContext
from preflight.runner import check_content
from support.sites import build

CASES = {
    "two-titles": ("Title: A\nTitle: B\n\nText.\n", 2, "repeated-key"),
    "two-langs": ("Title: L\nLang: en\nLang: es\n\nText.\n", 3, "repeated-key"),
    "empty-date": ("Title: D\nDate:\n\nText.\n", 2, "bad-date"),
    "no-template": ("Title: T\nTemplate: fancy\n\nText.\n", 2, "bad-template"),
    "save-outside": ("Title: S\nSave_as: ../../x.html\n\nText.\n", 2, "bad-save-as"),
    # Built and deployed before, then every publish/preview/syndicate hit OverflowError.
    "far-future": ("Title: F\nDate: 9999-12-31 23:59\n\nText.\n", 2, "date-range"),
    "year-one": ("Title: O\nTags: a\nDate: 0001-01-01\n\nText.\n", 3, "date-range"),
    "modified-far": ("Title: M\nModified: 9999-01-01\n\nText.\n", 2, "date-range"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_check_names_the_line_and_the_fix(tmp_path: Path, name: str) -> None:
    text, line, code = CASES[name]
    (tmp_path / "content" / "notes").mkdir(parents=True)
    (tmp_path / "content" / "notes" / f"{name}.md").write_text(text, "utf-8")
    (tmp_path / "theme" / "templates").mkdir(parents=True)
    settings = {"THEME": str(tmp_path / "theme")}
    report = check_content(CheckContext(tmp_path, tmp_path / "content", settings, None))
    found = [(f.line, f.code) for f in report.findings if f.blocking]
    assert found == [(line, code)]
    assert "Fix:" in report.findings[0].message


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_a_failed_build_names_the_note_the_line_and_the_fix(project_dir: Path,
                                                            name: str) -> None:
    text, line, code = CASES[name]
    (project_dir / "content" / "notes" / f"2026-11-01-{name}.md").write_text(text, "utf-8")
    with pytest.raises(RoundsError) as raised:
        build(project_dir, "https://example.org")
    message = str(raised.value)
    assert f"content/notes/2026-11-01-{name}.md:{line}:1: BLOCK {code}" in message
    assert "Fix:" in message.split(f"BLOCK {code}")[1]
