"""Pelican plugin: a content cache that is safe to use for every build, publishing included.

Reading (Markdown → HTML) is about half of a full build at 1,000 notes, and Pelican's
content cache removes it for unchanged notes. Pelican checks each cached note only against
the note's file, so on its own the cache goes stale when what *reads* the notes changes: a
plugin's code (micronotes derives titles at read time), the Markdown settings, Pelican or
Markdown themselves. This plugin points `CACHE_PATH` at a sub-folder named by a fingerprint
of all of those, so any such change starts a fresh cache instead of serving stale pages.
Together with `CHECK_MODIFIED_METHOD = "sha256"` (a note's content, not its timestamp,
decides; synced folders preserve timestamps) the cache never changes what is built.

`register()` only wires the signal; `fingerprint` and `use_fingerprinted_cache` are plain.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

from pelican import signals

#: Settings that do not change how a note is read (paths out, switches of this cache,
#: preview/deploy options): leaving them out lets `invoke build` and the preview share.
NOT_READING = frozenset(
    {"OUTPUT_PATH", "DELETE_OUTPUT_DIRECTORY", "LOAD_CONTENT_CACHE", "CACHE_CONTENT",
     "CACHE_PATH", "ROUNDS_PREVIEW", "SEARCH_INDEX", "DEPLOY_TARGET", "OUTPUT_RETENTION"}
)
#: How many fingerprints' caches to keep (dev, preview and publish settings differ).
KEEP = 4


def _code_digest(folders: list[Path]) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(settings: dict[str, Any]) -> str:
    """A short name for "these settings, this plugin code, these library versions"."""
    relevant = {k: v for k, v in settings.items() if k.isupper() and k not in NOT_READING}
    digest = hashlib.sha256()
    try:
        described = json.dumps(relevant, sort_keys=True, default=lambda o: type(o).__name__)
    except TypeError:  # a dict with keys of mixed types somewhere: compare less finely
        described = json.dumps(sorted(relevant), default=str) + str(len(str(relevant)))
    digest.update(described.encode())
    digest.update(_code_digest([Path(p) for p in settings.get("PLUGIN_PATHS", [])]).encode())
    for package in ("pelican", "markdown"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}=={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def use_fingerprinted_cache(pelican: Any) -> None:
    """`initialized` handler: move CACHE_PATH to CACHE_PATH/<fingerprint>, prune old ones."""
    settings = pelican.settings
    if not settings.get("CACHE_CONTENT") or settings.get("ROUNDS_CACHE_FINGERPRINTED"):
        return
    base = Path(settings["CACHE_PATH"])
    folder = base / f"content-{fingerprint(settings)}"
    settings["CACHE_PATH"] = str(folder)
    settings["ROUNDS_CACHE_FINGERPRINTED"] = True
    folder.mkdir(parents=True, exist_ok=True)
    folder.touch()  # most recently used first when pruning
    olds = sorted(base.glob("content-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in olds[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)


def register() -> None:
    signals.initialized.connect(use_fingerprinted_cache)
