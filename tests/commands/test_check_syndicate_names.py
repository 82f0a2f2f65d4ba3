"""Every command that runs the check hands it the names `syndicate:` may use, so a note
naming `twitter` is stopped before anything is deployed (publish, watch, `invoke check`)
and marked in the preview (livereload), instead of going live and then posting nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sites import publish_in_process, run_invoke, write_note
from syndication.channels import syndicate_names
from writing.incremental import RebuildResult
from writing.livereload import LiveReload
from writing.server import ReloadHub

TEXT = "Fever helps the body fight germs: treat the child, not the number."


def test_the_preview_banner_names_the_unknown_network(tmp_path: Path) -> None:
    class Builder:
        def build(self, paths=()):
            return RebuildResult("full", 0.1, 1)

    content = tmp_path / "content"
    note = write_note(content / "notes", "fever.md", TEXT, "2026-11-01T09:00",
                      Title="Fever", syndicate="x, mastadon")
    settings = {"PATH": str(content), "TIMEZONE": "UTC", "SYNDICATION_ACCOUNTS": []}
    logs: list[str] = []
    live = LiveReload(tmp_path, Builder(), ReloadHub(), lambda: settings, logs.append,
                      syndicate_names=syndicate_names)
    live.handle({note})
    [finding] = [f for f in live.findings["content/notes/fever.md"]
                 if f.code == "syndicate-name"]
    assert finding.blocking and "did you mean `syndicate: x, mastodon`" in finding.message
    assert any("would not publish" in line for line in logs)


@pytest.mark.slow
def test_publish_stops_before_the_deploy(project_dir: Path, tmp_path: Path) -> None:
    write_note(project_dir / "content" / "notes", "fever.md", TEXT, "2026-11-01T09:00",
               Title="Fever", syndicate="twitter")
    deploy = tmp_path / "deploy"
    ok, said = publish_in_process(project_dir, deploy)
    assert not ok
    assert "content/notes/fever.md:3:12: BLOCK syndicate-name" in said
    assert "Fix: did you mean `syndicate: x`?" in said
    assert "Nothing was deployed or posted" in said
    assert not deploy.exists()


@pytest.mark.slow
def test_invoke_check_stops_it_and_knows_the_accounts(project_dir: Path) -> None:
    conf = project_dir / "publishconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nSYNDICATION_ACCOUNTS = ['
                    '{"id": "office", "network": "x"}, {"id": "drlee", "network": "x"}]\n',
                    encoding="utf-8")
    notes = project_dir / "content" / "notes"
    write_note(notes, "fever.md", TEXT, "2026-11-01T09:00", Title="Fever", syndicate="drle")
    write_note(notes, "sleep.md", "Babies sleep on their backs.", "2026-11-02T09:00",
               Title="Sleep", syndicate="office, bluesky")
    done = run_invoke(project_dir, "check")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "content/notes/fever.md:3:12: BLOCK syndicate-name" in done.stdout
    assert "did you mean `syndicate: drlee`" in done.stdout
    assert [line for line in done.stdout.splitlines() if "syndicate-name" in line] == [
        line for line in done.stdout.splitlines() if "fever.md:3:12" in line]
    assert "Traceback" not in done.stdout + done.stderr
