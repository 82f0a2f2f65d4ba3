"""A cache of the privacy guard's results per note content, so `invoke check` stays fast.

The guard's scan is a pure function of (the texts of a note, the practice's allowlists, the
rules): the same note checked again gives the same hits. Its lexicon and context rules cost
about a millisecond a note, which on a 1,000-note site is more than the whole check may take
(benchmarks/preflight_speed.py: under 20% of a build). So the hits of each note are kept under
`CACHE_PATH/privacy/`, keyed by the note's texts, the allowlist settings and a fingerprint of
the rules themselves (the detector modules and the word lists): editing a note, a setting or
a rule misses the cache, never reads a stale answer.

One file per note made a cold check (a fresh clone, CI) pay for creating 1,000 files, about
as much as the scan itself; so each process appends its new answers as JSON lines to one
pack file of its own (`<rules>-<pid>-<random>.jsonl`: no two writers share a file, no lock),
and the packs of the current rules are read once per process. A line cut short by a crash is
skipped; packs written for other rules are removed; many small packs are merged into one.

Any read or write problem (no cache folder, a full disk, a corrupt file) only means the
scan runs again: the cache can never change a result.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TextIO

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


#: More packs than this for the current rules are merged into one when the cache is read.
MAX_PACKS = 8


def _decode(groups: Any) -> list[list[Hit]]:
    return [[Hit(h[0], h[1], h[2], Level(h[3]), h[4]) for h in group] for group in groups]


def _encode(groups: list[list[Hit]]) -> list[list[list[object]]]:
    return [[[h.start, h.end, h.code, h.level.value, h.message] for h in g] for g in groups]


def _line(key: str, groups: list[list[Hit]]) -> str:
    return json.dumps([key, _encode(groups)], ensure_ascii=False) + "\n"


def _read_pack(path: Path, into: dict[str, list[list[Hit]]]) -> None:
    """Every complete line of one pack into `into` (a torn or corrupt line is skipped)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return
    for line in lines:
        try:
            key, groups = json.loads(line)
            into[str(key)] = _decode(groups)
        except (ValueError, TypeError, IndexError, KeyError):
            continue


class _Packs:
    """The answers stored in one folder (read once) and this process's own pack to append to."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.prefix = rules_fingerprint()[:16]
        self.answers: dict[str, list[list[Hit]]] = {}
        self.writer: TextIO | None = None
        self._read()

    def _read(self) -> None:
        try:
            packs = sorted(self.folder.glob("*.jsonl"))
        except OSError:
            return
        mine = [p for p in packs if p.name.startswith(self.prefix + "-")]
        for stale in (p for p in packs if not p.name.startswith(self.prefix + "-")):
            stale.unlink(missing_ok=True)  # written for rules that changed since
        for pack in mine:
            _read_pack(pack, self.answers)
        if len(mine) > MAX_PACKS:
            self._merge(mine)

    def _merge(self, packs: list[Path]) -> None:
        """One pack holding every answer read, in place of `packs` (written atomically)."""
        merged = self.folder / f"{self.prefix}-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
        try:
            handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.writelines(_line(key, groups) for key, groups in self.answers.items())
            os.replace(temp, merged)
            for pack in packs:
                pack.unlink(missing_ok=True)
        except OSError:
            return

    def store(self, key: str, groups: list[list[Hit]]) -> None:
        """Append one answer to this process's pack (opened on the first new answer)."""
        self.answers[key] = groups
        try:
            if self.writer is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                name = f"{self.prefix}-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
                self.writer = open(self.folder / name, "a", encoding="utf-8")  # noqa: SIM115
            self.writer.write(_line(key, groups))
            self.writer.flush()
        except OSError:
            self.writer = None


_PACKS: dict[Path, _Packs] = {}


def _packs(folder: Path) -> _Packs:
    """The packs of `folder`, read once per process (and again when the rules change)."""
    packs = _PACKS.get(folder)
    if packs is None or packs.prefix != rules_fingerprint()[:16]:
        packs = _PACKS[folder] = _Packs(folder)
    return packs


def cached_hits(
    folder: Path | None, parts: Sequence[str], compute: Callable[[], list[list[Hit]]]
) -> list[list[Hit]]:
    """`compute()` (a list of hits per text), or the stored answer for the same `parts`."""
    if folder is None:
        return compute()
    packs = _packs(folder)
    key = key_for(parts)
    stored = packs.answers.get(key)
    if stored is not None:
        return stored
    groups = compute()
    packs.store(key, groups)
    return groups
