"""End to end: `invoke publish` in a copy of the site refuses a leaky note and deploys nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# `invoke check`/`invoke publish` in subprocesses.
pytestmark = pytest.mark.slow
INVOKE = Path(sys.executable).parent / "invoke"

LEAKY = """Title: Croup season
Date: 2026-11-01 09:00

Croup makes a cough that sounds like a seal.
Liam's mom called at 2 a.m. because his cough was so loud.
Text her at 312-555-7788 if you want her tips.
"""


def invoke(site: Path, *args: str, deploy: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEPLOY_TARGET": str(deploy), "SITEURL": "http://localhost:8000"}
    return subprocess.run(
        [str(INVOKE), "-r", str(site), *args],
        capture_output=True, text=True, env=env, timeout=240, cwd=site,
    )


def test_publish_with_a_leaky_note_deploys_nothing_and_says_where_and_how(
    project_dir: Path, tmp_path: Path
) -> None:
    (project_dir / "content" / "notes" / "2026-11-01-croup.md").write_text(LEAKY)
    deploy = tmp_path / "deploy"
    done = invoke(project_dir, "publish", deploy=deploy)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    assert not deploy.exists()
    assert not (project_dir / "output").exists(), "the build must not even start"
    assert "content/notes/2026-11-01-croup.md:6:13: BLOCK privacy-phone" in out
    assert "content/notes/2026-11-01-croup.md:5:1: WARN privacy-name" in out
    assert "run `.venv/bin/invoke attest content/notes/2026-11-01-croup.md`" in out
    # (the note is also read as one child's story: story_score)
    assert "content/notes/2026-11-01-croup.md:5:1: WARN privacy-anecdote" in out
    assert "3 stop the publish (1 privacy BLOCK, 2 privacy WARN until attested)" in out
    assert "Nothing was deployed or posted" in out
    assert "Traceback" not in out


def test_check_json_reports_the_same_and_exits_non_zero(project_dir: Path, tmp_path: Path) -> None:
    (project_dir / "content" / "notes" / "2026-11-01-croup.md").write_text(LEAKY)
    done = invoke(project_dir, "check", "--json", deploy=tmp_path / "deploy")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["ok"] is False
    spots = {(f["path"], f["line"], f["col"], f["code"], f["blocking"]) for f in data["findings"]}
    assert ("content/notes/2026-11-01-croup.md", 6, 13, "privacy-phone", True) in spots


def test_publish_goes_through_once_the_leak_is_removed_and_attested(
    project_dir: Path, tmp_path: Path
) -> None:
    fixed = LEAKY.replace("Text her at 312-555-7788 if you want her tips.\n", "")
    note = project_dir / "content" / "notes" / "2026-11-01-croup.md"
    note.write_text(fixed)
    deploy = tmp_path / "deploy"
    attested = invoke(project_dir, "attest", "content/notes/2026-11-01-croup.md", deploy=deploy)
    assert attested.returncode == 0, attested.stdout + attested.stderr
    assert "line 5:1 privacy-name" in attested.stdout
    assert "Deidentified: yes " in note.read_text()
    done = invoke(project_dir, "publish", deploy=deploy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (deploy / "notes" / "croup-season" / "index.html").exists()
    assert "INFO privacy-name" in done.stdout


HTML_LEAKY = """<html><head><title>Croup season</title></head>
<body>
<p>Croup makes a cough that sounds like a seal.</p>
<p>Text her at 312-555-7788 if you want her tips.</p>
</body></html>
"""


def test_publish_refuses_an_html_note_with_a_phone_number(project_dir: Path,
                                                          tmp_path: Path) -> None:
    (project_dir / "content" / "notes" / "2026-11-01-croup.html").write_text(HTML_LEAKY)
    deploy = tmp_path / "deploy"
    done = invoke(project_dir, "publish", deploy=deploy)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    assert not deploy.exists()
    assert "content/notes/2026-11-01-croup.html:4:16: BLOCK privacy-phone" in out
    assert "Traceback" not in out
