"""`invoke new` with and without a title (issue 13): a micro note that passes the check."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from common.commands import command
from common.errors import RoundsError
from micronotes.titles import slug_source_from_filename
from preflight.context import CheckContext
from preflight.runner import check_content
from publishing.notes import create_micro_note
from support.sites import settings_for

WHEN = datetime(2026, 11, 30, 7, 45, tzinfo=ZoneInfo("America/Chicago"))


def test_a_micro_note_is_named_by_its_date_and_passes_the_check_once_written(
        project_dir: Path) -> None:
    notes = project_dir / "content" / "notes"
    path = create_micro_note(notes, WHEN)
    assert path.name == "2026-11-30-0745.md"
    assert "Title:" not in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8")
                    + "Fevers help fight germs. Call us if your baby is under 3 months.\n",
                    encoding="utf-8")
    settings = settings_for(project_dir)
    report = check_content(CheckContext.for_site(project_dir, settings, WHEN))
    mine = [f for f in report.findings if f.path.endswith(path.name) and f.level.value != "INFO"]
    assert report.ok and mine == [], report.format_text()


def test_a_micro_note_is_never_overwritten(project_dir: Path) -> None:
    notes = project_dir / "content" / "notes"
    create_micro_note(notes, WHEN)
    with pytest.raises(RoundsError, match="never overwritten"):
        create_micro_note(notes, WHEN)


def test_a_time_only_file_name_keeps_its_date_in_the_slug() -> None:
    assert slug_source_from_filename("2026-11-30-0745.md") == "2026-11-30-0745"
    assert slug_source_from_filename("2026-11-02-fever.md") == "fever"


def test_commands_are_printed_as_they_run_in_a_fresh_terminal() -> None:
    assert command("serve") == "make serve"
    assert command("syndicate", "--post", "content/notes/a.md") == (
        ".venv/bin/invoke syndicate --post content/notes/a.md")
