"""Helpers shared by the tests that build real sites: settings, a build, a note, a publish.

The one place a test loads a copy's settings (`settings_for`), builds it (`build`) or writes
a note (`write_note`); the theme, publishing and syndication tests all use these.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from commands import publish as recipe
from publishing.build import build_site
from publishing.project import Project

REPO = Path(__file__).resolve().parents[2]
INVOKE = str(Path(sys.executable).parent / "invoke")


def settings_for(site: Path, **overrides: Any) -> dict[str, Any]:
    """`site`'s production settings (publishconf.py), with `overrides`."""
    return Project(site).load_settings(production=True, overrides=overrides)


def build(site: Path, siteurl: str = "https://maple.test", **overrides: Any) -> Path:
    """A production build of `site` at the address `siteurl` (its feeds too); the output."""
    settings = settings_for(site, SITEURL=siteurl, FEED_DOMAIN=siteurl, **overrides)
    build_site(settings)
    return Path(settings["OUTPUT_PATH"])


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


def write_note(notes: Path, name: str, text: str, date: datetime | str | None = None,
               **metadata: Any) -> Path:
    """`notes/<name>` (".md" added when missing). `text` as written, or, given a `date` or
    metadata (`Title="…"`), the note's body under those metadata lines."""
    when = date.isoformat(timespec="seconds") if isinstance(date, datetime) else date
    header = [f"Date: {when}"] if when is not None else []
    header += [f"{key}: {value}" for key, value in metadata.items()]
    path = notes / (name if name.endswith(".md") else f"{name}.md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header) + "\n\n" + text + "\n" if header else text, encoding="utf-8")
    return path
