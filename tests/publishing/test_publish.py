"""`invoke publish` end to end, and every bad input stopping it before anything is deployed."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.sites import publish_in_process, run_invoke, snapshot, write_note

# Full builds and deploys, some through `invoke` in a subprocess.
pytestmark = pytest.mark.slow

@pytest.fixture
def deploy(tmp_path: Path) -> Path:
    return tmp_path / "www" / "site"


def test_new_note_then_publish_shows_it_on_the_home_page(project_dir: Path, deploy: Path) -> None:
    created = run_invoke(project_dir, "new", "Fever myths")
    assert created.returncode == 0, created.stderr
    today = datetime.now(ZoneInfo("America/Chicago")).strftime("%Y-%m-%d")
    note = project_dir / "content" / "notes" / f"{today}-fever-myths.md"
    assert note.is_file()
    template = note.read_text(encoding="utf-8")
    assert template.startswith("Title: Fever myths\nDate: ")
    assert "Reviewed:" in template and "Tags:" in template and "Sources:" in template

    note.write_text(
        template + "\nA fever does not cause brain damage. Fevers from infections rarely go "
        "above 105°F.\n",
        encoding="utf-8",
    )
    published = run_invoke(project_dir, "publish", env={"DEPLOY_TARGET": str(deploy)})
    assert published.returncode == 0, published.stdout + published.stderr
    home = (deploy / "index.html").read_text(encoding="utf-8")
    assert "Fever myths" in home
    assert (deploy / "notes" / "fever-myths" / "index.html").is_file()
    assert "make serve" in published.stdout
    assert str(deploy) in published.stdout


def test_new_refuses_to_overwrite_a_note(project_dir: Path) -> None:
    assert run_invoke(project_dir, "new", "Twice").returncode == 0
    again = run_invoke(project_dir, "new", "Twice")
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert "Traceback" not in again.stderr


def test_new_note_left_empty_blocks_the_publish(project_dir: Path, deploy: Path) -> None:
    assert run_invoke(project_dir, "new", "Not written yet").returncode == 0
    ok, said = publish_in_process(project_dir, deploy)
    assert not ok
    assert "empty-note" in said
    assert not deploy.exists()


BAD_INPUTS = {
    "malformed-metadata": (
        "bad-meta.md",
        b"Title: Bad metadata\nDate 2026-11-01\nTags: fever\n\nText.\n",
        ":2:1: BLOCK metadata-line",
        "colon",
    ),
    "unparseable-date": (
        "bad-date.md",
        b"Title: Bad date\nTags: fever\nDate: the third of Novembruary\n\nText.\n",
        ":3:1: BLOCK bad-date",
        "YYYY-MM-DD",
    ),
    "not-utf8": (
        "latin1.md",
        "Title: Caf\u00e9\nDate: 2026-11-01\n\nNi\u00f1os.\n".encode("latin-1"),
        ":1:11: BLOCK not-utf8",
        "UTF-8",
    ),
    "duplicate-slug": (
        "copy-of-safe-sleep.md",
        b"Title: Safe sleep is as easy as ABC\nDate: 2026-11-01\n\nAgain.\n",
        ":1:1: BLOCK duplicate-slug",
        "Slug:",
    ),
    "empty-note": (
        "empty.md",
        b"Title: Nothing here\nDate: 2026-11-01\n\n\n",
        ":4:1: BLOCK empty-note",
        "write the note",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_stops_publish_and_leaves_the_live_site_unchanged(
    case: str, project_dir: Path, deploy: Path
) -> None:
    ok, said = publish_in_process(project_dir, deploy)
    assert ok, said
    before = snapshot(deploy)
    assert before

    name, data, where, fix = BAD_INPUTS[case]
    (project_dir / "content" / "notes" / name).write_bytes(data)
    result = run_invoke(project_dir, "publish", env={"DEPLOY_TARGET": str(deploy)})

    assert result.returncode != 0
    assert f"content/notes/{name}{where}" in result.stdout
    assert fix in result.stdout
    assert "Nothing was deployed or posted" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(deploy) == before


def test_check_reports_in_linter_format_and_json(project_dir: Path) -> None:
    write_note(project_dir / "content" / "notes", "bad.md", "Title: X\nDate: soon\n\nText.\n")
    text = run_invoke(project_dir, "check")
    assert text.returncode == 1
    assert "content/notes/bad.md:2:1: BLOCK bad-date" in text.stdout
    as_json = run_invoke(project_dir, "check", "--json")
    assert as_json.returncode == 1
    assert '"code": "bad-date"' in as_json.stdout


def test_future_note_is_scheduled_then_published_after_its_date(
    project_dir: Path, deploy: Path
) -> None:
    zone = ZoneInfo("America/Chicago")
    when = datetime.now(zone) + timedelta(seconds=3)
    write_note(
        project_dir / "content" / "notes", "soon.md",
        f"Title: Clinic closed for the holiday\nDate: {when:%Y-%m-%d %H:%M:%S}\n\n"
        "The office is closed on Thursday.\n",
    )
    ok, said = publish_in_process(project_dir, deploy)
    assert ok, said
    assert "content/notes/soon.md:2:1: INFO scheduled" in said
    assert not (deploy / "notes" / "clinic-closed-for-the-holiday").exists()

    time.sleep(max(0.0, (when - datetime.now(zone)).total_seconds()) + 0.2)
    ok, said = publish_in_process(project_dir, deploy)
    assert ok, said
    assert "INFO scheduled" not in said
    assert (deploy / "notes" / "clinic-closed-for-the-holiday" / "index.html").is_file()
