"""`invoke new --help` creates nothing; `invoke serve` says what it serves and 404s properly."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from common.errors import RoundsError
from publishing.notes import create_note
from publishing.serve import choose_folder, make_server
from support.sites import run_invoke


@pytest.mark.parametrize("title", ["--help", "-h", "--halp", "-"])
def test_a_title_that_looks_like_an_option_is_never_a_note(tmp_path: Path, title: str) -> None:
    with pytest.raises(RoundsError, match="looks like an option"):
        create_note(tmp_path, title, datetime(2026, 11, 30, 9, 0), {})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_invoke_new_help_prints_usage_and_creates_nothing(project_dir: Path, flag: str) -> None:
    notes = project_dir / "content" / "notes"
    before = sorted(notes.iterdir())
    result = run_invoke(project_dir, "new", flag)
    assert result.returncode == 0, result.stderr
    assert 'invoke new "Title of the note"' in result.stdout
    assert sorted(notes.iterdir()) == before


@pytest.fixture
def site_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "deploy" / "site"
    (folder / "notes" / "fever").mkdir(parents=True)
    (folder / "index.html").write_text("<h1>home</h1>", "utf-8")
    (folder / "notes" / "fever" / "index.html").write_text("<h1>fever</h1>", "utf-8")
    (folder / "404.html").write_text("<h1>We could not find that page</h1>", "utf-8")
    return folder


@pytest.fixture
def served(site_folder: Path) -> Iterator[str]:
    server = make_server(site_folder, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_missing_page_gets_the_sites_404_page(served: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(f"{served}/notes/no-such-note/", timeout=10)
    assert raised.value.code == 404
    assert "We could not find that page" in raised.value.read().decode()
    with urllib.request.urlopen(f"{served}/notes/fever/", timeout=10) as response:
        assert response.read() == b"<h1>fever</h1>"


def test_serve_prefers_the_deployed_folder_and_says_so(tmp_path: Path, site_folder: Path) -> None:
    output = tmp_path / "output"
    (output / "drafts").mkdir(parents=True)
    chosen = choose_folder(tmp_path, output, site_folder)
    assert chosen.path == site_folder and "deployed site" in chosen.what
    built = choose_folder(tmp_path, output, site_folder, prefer_output=True)
    assert built.path == output
    assert "output/" in built.what and "drafts included" in built.what
    assert "not necessarily what is live" in choose_folder(tmp_path, output, None).what


def test_serve_without_any_build_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(RoundsError, match="Fix: run `make build`"):
        choose_folder(tmp_path, tmp_path / "output", tmp_path / "deploy" / "site")


@pytest.mark.slow
@pytest.mark.parametrize("command", [("preview",), ("publish",)])
def test_a_far_future_note_stops_with_the_line_not_a_traceback(
    project_dir: Path, command: tuple[str, ...]
) -> None:
    note = project_dir / "content" / "notes" / "2026-11-01-far.md"
    note.write_text("Title: Far\nDate: 9999-12-31 23:59\n\nText.\n", "utf-8")
    result = run_invoke(project_dir, *command,
                        env={"DEPLOY_TARGET": str(project_dir / "deploy" / "site")})
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert "Traceback" not in said and "OverflowError" not in said
    assert "content/notes/2026-11-01-far.md:2:1: BLOCK date-range" in said
    assert not (project_dir / "deploy" / "site").exists()
