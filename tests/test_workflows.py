"""The CI publish workflow (.github/workflows/publish.yml): valid for GitHub, and it keeps
the promises of issue 11 — when it runs, one at a time, a folder-less deploy, the ledger."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"
#: actionlint, from the pinned dev dependency (a wheel with the binary inside).
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def load() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_actionlint_finds_nothing_wrong() -> None:
    assert ACTIONLINT.is_file(), "actionlint is missing: run `make venv`"
    result = subprocess.run([str(ACTIONLINT), "-no-color", str(WORKFLOW)], cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_runs_on_a_push_to_main_every_15_minutes_and_by_hand() -> None:
    triggers = load()[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["branches"] == ["main"]
    assert triggers["schedule"] == [{"cron": "*/15 * * * *"}]
    assert "workflow_dispatch" in triggers


def test_one_publish_at_a_time_never_cancelled_mid_post() -> None:
    assert load()["concurrency"]["cancel-in-progress"] is False


def test_credentials_come_from_the_repository_secrets() -> None:
    env = load()["jobs"]["publish"]["env"]
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "X_API_KEY",
                 "X_ACCESS_TOKEN_SECRET", "BLUESKY_APP_PASSWORD"):
        assert env[name] == f"${{{{ secrets.{name} }}}}"


def test_it_refuses_a_folder_deploy_and_commits_the_ledger_file_back() -> None:
    steps = load()["jobs"]["publish"]["steps"]
    text = "\n".join(str(step.get("run", "")) for step in steps)
    assert "s3://*|gh-pages) ;;" in text
    commit = next(s for s in steps if s.get("name") == "Commit the ledger back")
    assert "startsWith(vars.DEPLOY_TARGET, 's3://')" in commit["if"]
    assert "git add syndication.json" in commit["run"] and "git push" in commit["run"]
    names = [s.get("name") for s in steps]
    assert names.index("Publish") < names.index("Commit the ledger back")
