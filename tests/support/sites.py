"""Helpers shared by the publishing tests: build a tmp site, run the pipeline, snapshot folders."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from commands import publish as recipe
from publishing.project import Project

REPO = Path(__file__).resolve().parents[2]
INVOKE = str(Path(sys.executable).parent / "invoke")


def settings_for(site: Path, **overrides: Any) -> dict[str, Any]:
    return Project(site).load_settings(production=True, overrides=overrides)


def publish_in_process(site: Path, deploy: Path, **overrides: Any) -> tuple[bool, str]:
    """Run the real publish pipeline in this process; returns (ok, everything it said)."""
    said: list[str] = []
    settings = settings_for(site, DEPLOY_TARGET=str(deploy), **overrides)
    context = recipe.PublishContext(project=Project(site), settings=settings, say=said.append)
    ok = recipe.run_steps(recipe.default_steps(), context)
    return ok, "\n".join(said)


def run_invoke(
    site: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `invoke <args>` as the doctor would, in `site`, as a separate process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [INVOKE, "-r", str(site), *args],
        cwd=site, capture_output=True, text=True, env=full_env, timeout=180, check=False,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (links followed) with the SHA-256 of its bytes."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def write_note(notes: Path, name: str, text: str) -> Path:
    path = notes / name
    path.write_text(text, encoding="utf-8")
    return path
