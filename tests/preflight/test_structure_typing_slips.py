"""Slips a doctor makes typing a note's metadata, found by trying Rounds as a new user.

An editor that leaves an empty line at the top of the file: the Markdown reader wants the
metadata on line 1, so it read none of it and published "Title: …", "Date: …" and
"Status: draft" as the note's text (a draft went live; `syndicate: no` was ignored), while
the check said "nothing stops the publish". And "Date : …" (a space before the colon) was
told to "add the missing colon" it already had.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from preflight.context import CheckContext
from preflight.findings import Finding
from preflight.runner import check_content

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
NOTE = "Title: Ear infections\nDate: 2026-11-20 09:00\nStatus: draft\n\nMost get better.\n"


def findings(tmp_path: Path, text: str) -> list[Finding]:
    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True, exist_ok=True)
    (notes / "ears.md").write_text(text, encoding="utf-8")
    report = check_content(CheckContext(tmp_path, tmp_path / "content", {}, NOW))
    return [f for f in report.sorted() if f.code == "metadata-line"]


@pytest.mark.parametrize(("top", "said"), [("\n", "an empty line"), ("\n \n", "2 empty lines")])
def test_empty_lines_above_the_metadata_block_the_publish(tmp_path: Path, top: str,
                                                          said: str) -> None:
    [found] = findings(tmp_path, top + NOTE)
    assert (found.line, found.level.value, found.blocking) == (1, "BLOCK", True)
    assert f"starts with {said} above \"Title: Ear infections\"" in found.message
    assert f"Fix: delete the {said} at the top, so that \"Title:\" is on line 1." \
        in found.message


def test_text_after_an_empty_first_line_is_just_text(tmp_path: Path) -> None:
    assert findings(tmp_path, "\nMost ear infections get better.\nTitle: not metadata\n") == []
    assert findings(tmp_path, NOTE) == []


def test_a_space_before_the_colon_of_the_first_key_is_named(tmp_path: Path) -> None:
    [found] = findings(tmp_path, "Title : Ear infections\nDate: 2026-11-20\n\nText.\n")
    assert "has a space before its colon" in found.message
    assert "Fix: write \"Title:\" with no space before the colon." in found.message


def test_a_space_before_the_colon_of_a_later_key_is_named(tmp_path: Path) -> None:
    [found] = findings(tmp_path, "Title: Ear infections\nDate : 2026-11-20\n\nText.\n")
    assert found.line == 2
    assert "Fix: write \"Date:\" with no space before the colon." in found.message
    assert "missing colon" not in found.message


def test_a_line_without_its_colon_still_gets_the_colon_fix(tmp_path: Path) -> None:
    [found] = findings(tmp_path, "Title: Ear infections\nDate 2026-11-20\n\nText.\n")
    assert "Fix: add the missing colon" in found.message
