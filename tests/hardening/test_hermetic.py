"""`make test` depends on nothing of the person running it: not their notes, not their shell.

A practice after a month has dozens of notes in content/notes/, and its shell (or `.env`)
exports SITEURL, DEPLOY_TARGET and the X credentials. The autouse fixture in conftest.py
clears those for every test; the slow test below proves it on a copy of this checkout with
40 extra notes and those variables exported, running tests that build the sample site.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHELL = {
    "SITEURL": "https://real-practice.example",
    "DEPLOY_TARGET": "/nonexistent/real/site",
    "X_API_KEY": "shell-key", "X_API_KEY_SECRET": "shell-secret",
    "X_ACCESS_TOKEN": "shell-token", "X_ACCESS_TOKEN_SECRET": "shell-token-secret",
    "X_DRLEE_API_KEY": "shell-channel-key",
}
#: Tests that build the sample site (copies of content/) and read the environment.
PROVED_ON = [
    "tests/hardening/test_hermetic.py::test_no_test_sees_the_shells_site_or_credentials",
    "tests/publishing/test_build.py",
    "tests/theme/test_theme_site.py",
]


def test_no_test_sees_the_shells_site_or_credentials() -> None:
    from support.environment import inherited_variables

    assert inherited_variables(os.environ) == []


def test_the_fixture_recognises_every_kind_of_inherited_variable() -> None:
    from support.environment import inherited_variables

    shell = {**SHELL, "AWS_SECRET_ACCESS_KEY": "s", "BLUESKY_APP_PASSWORD": "p",
             "PATH": "/usr/bin", "HOME": "/root"}
    assert inherited_variables(shell) == sorted(set(shell) - {"PATH", "HOME"})


@pytest.mark.slow
def test_make_test_passes_with_40_extra_notes_and_the_shell_exporting_secrets(
    tmp_path: Path,
) -> None:
    from corpus import write_corpus

    checkout = tmp_path / "checkout"
    shutil.copytree(REPO, checkout, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "output", "cache", "deploy", "node_modules",
        ".pytest_cache", ".env"))
    write_corpus(checkout / "content" / "notes", 40, seed=12)
    assert len(list((checkout / "content" / "notes").glob("*.md"))) >= 49
    env = {**os.environ, **SHELL}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
         "-m", "not browser", *PROVED_ON],
        cwd=checkout, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
