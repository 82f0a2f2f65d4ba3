"""A cache of the privacy guard's results per note content, so `invoke check` stays fast.

The guard's scan is a pure function of (the texts of a note, the practice's allowlists, the
rules): the same note checked again gives the same hits. Its lexicon and context rules cost
about a millisecond a note, which on a 1,000-note site is more than the whole check may take
(benchmarks/preflight_speed.py: under 20% of a build). So the hits of each note are kept in
`CACHE_PATH/privacy/<sha256>.json`, keyed by the note's texts, the allowlist settings and a
fingerprint of the rules themselves (the detector modules and the word lists): editing a
note, a setting or a rule misses the cache, never reads a stale answer.

Any read or write problem (no cache folder, a full disk, a corrupt file) only means the
scan runs again: the cache can never change a result.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from .findings import Level
from .hits import Hit

HERE = Path(__file__).resolve().parent
#: What the rules are made of: any change to these files is a new fingerprint.
RULE_FILES = (
    "privacy.py",
    "hits.py",
    "lexicon.py",
    "detect_names.py",
    "detect_numbers.py",
    "detect_dates.py",
    "detect_places.py",
    "detect_people.py",
    "segments.py",
)


@cache
def rules_fingerprint() -> str:
    """sha256 of the detector modules and the word lists (computed once per process)."""
    digest = hashlib.sha256()
    files = [HERE / name for name in RULE_FILES] + sorted((HERE / "data").glob("*.txt"))
    for path in files:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key_for(parts: Sequence[str]) -> str:
    """The cache key of one note: its texts, the policy's settings, the rules."""
    digest = hashlib.sha256(rules_fingerprint().encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _load(path: Path) -> list[list[Hit]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [[Hit(h[0], h[1], h[2], Level(h[3]), h[4]) for h in group] for group in data]
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        return None


def _store(path: Path, groups: list[list[Hit]]) -> None:
    data = [[[h.start, h.end, h.code, h.level.value, h.message] for h in g] for g in groups]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temp, path)
    except OSError:
        return


def cached_hits(
    folder: Path | None, parts: Sequence[str], compute: Callable[[], list[list[Hit]]]
) -> list[list[Hit]]:
    """`compute()` (a list of hits per text), or the stored answer for the same `parts`."""
    if folder is None:
        return compute()
    path = folder / f"{key_for(parts)}.json"
    stored = _load(path)
    if stored is not None:
        return stored
    groups = compute()
    _store(path, groups)
    return groups
