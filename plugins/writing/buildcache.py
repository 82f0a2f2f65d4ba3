"""Pelican plugin: a content cache that is safe to use for every build, publishing included.

Reading (Markdown → HTML) is about half of a full build at 1,000 notes, and Pelican's
content cache removes it for unchanged notes. Pelican checks each cached note only against
the note's file, so on its own the cache goes stale when what *reads* the notes changes: a
plugin's code (micronotes derives titles at read time), the Markdown settings, Pelican or
Markdown themselves. This plugin keeps a fingerprint of all of those next to the cache
(`cache/content-cache.fingerprint`) and empties Pelican's cache when it changes, so such a
change starts a fresh cache instead of serving stale pages. Settings that only affect
writing (SITEURL, output paths) are left out, so `invoke build`, `invoke livereload` and
`invoke publish` share one cache.
Together with `CHECK_MODIFIED_METHOD = "sha256"` (a note's content, not its timestamp,
decides; synced folders preserve timestamps) the cache never changes what is built.

`register()` only wires the signal; `fingerprint` and `use_fingerprinted_cache` are plain.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from pelican import signals

#: Settings that do not change how a note is read (paths out, switches of this cache,
#: preview/deploy options): leaving them out lets `invoke build` and the preview share.
NOT_READING = frozenset(
    {"OUTPUT_PATH", "DELETE_OUTPUT_DIRECTORY", "LOAD_CONTENT_CACHE", "CACHE_CONTENT",
     "CACHE_PATH", "ROUNDS_PREVIEW", "SEARCH_INDEX", "CARD_IMAGES", "DEPLOY_TARGET",
     "OUTPUT_RETENTION", "SITEURL", "RELATIVE_URLS", "FEED_DOMAIN", "IGNORE_FILES",
     "JINJA_ENVIRONMENT", "PUBLISH_LOCK_WAIT_SECONDS", "WATCH_QUIET_SECONDS",
     "DRAFT_SAVE_AS", "DRAFT_URL", "SECURITY_POLICY"}
)
STAMP = "content-cache.fingerprint"


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
    """`initialized` handler: drop Pelican's content cache when the fingerprint changed.

    Only Pelican's own cache files go (`*Generator*` in CACHE_PATH); other plugins' caches
    in sub-folders (card images, keyed by their own content) stay.
    """
    settings = pelican.settings
    if not settings.get("CACHE_CONTENT"):
        return
    folder = Path(settings["CACHE_PATH"])
    stamp = folder / STAMP
    current = fingerprint(settings)
    try:
        previous = stamp.read_text(encoding="utf-8").strip()
    except OSError:
        previous = ""
    if previous == current:
        return
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*Generator*"):
        if stale.is_file():
            stale.unlink(missing_ok=True)
    stamp.write_text(current + "\n", encoding="utf-8")


def register() -> None:
    signals.initialized.connect(use_fingerprinted_cache)
