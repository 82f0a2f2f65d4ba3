"""Watching the site's sources: which file events matter, and turning bursts into one batch.

Editors do not simply "write the file": vim writes `4913` and `.swp` files, many editors
write a temporary file and rename it over the note (an *atomic save*: watchdog reports a
move whose destination is the note), synced folders drop `.part`/`.tmp` files first. All of
those are filtered here, and a burst of events (20 saves, or one save that is 5 events)
becomes one batch of changed paths after a quiet period.

`Debouncer` is a plain class with an injected clock, so its timing is tested without
sleeping; `DebounceThread` runs it on a real thread; `start_observer` wires watchdog.
"""

from __future__ import annotations

import fnmatch
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

#: Editor swap/backup/temporary files and OS droppings: never a reason to rebuild.
IGNORED_NAMES = (
    "*.swp", "*.swx", "*.swo", "*~", "#*#", ".#*", ".DS_Store", "4913", "*.tmp", "*.temp",
    "*.part", "*.crdownload", ".goutputstream-*", "*.kate-swp", "*___jb_tmp___",
    "*___jb_old___", ".~lock.*", "Thumbs.db", "*.pyc", "*.pyo",
)
#: Folders whose contents are outputs or tool state, not sources.
IGNORED_FOLDERS = frozenset(
    {"output", "cache", ".git", "__pycache__", ".rounds", ".pytest_cache", ".ruff_cache",
     "node_modules", ".venv", "deploy"}
)
#: What `invoke livereload` watches, relative to the site root.
WATCHED_FOLDERS = ("content", "theme", "plugins")
WATCHED_FILES = ("pelicanconf.py", "publishconf.py")


def is_ignored(path: Path, root: Path | None = None) -> bool:
    """True for paths that are not sources: editor droppings, outputs, caches."""
    name = path.name
    if any(fnmatch.fnmatchcase(name, pattern) for pattern in IGNORED_NAMES):
        return True
    parts = path.relative_to(root).parts if root and path.is_relative_to(root) else path.parts
    return any(part in IGNORED_FOLDERS for part in parts[:-1])


def event_paths(event: FileSystemEvent) -> list[Path]:
    """The source paths an event is about. A move (atomic save) is about its destination,
    and about its source too when that was a real file that is now gone (a rename)."""
    paths: list[Path] = []
    if event.event_type == "moved":
        paths.append(Path(_text(event.dest_path)))
        paths.append(Path(_text(event.src_path)))
    elif event.event_type in ("created", "modified", "deleted", "closed"):
        paths.append(Path(_text(event.src_path)))
    return paths


#: Kinds of file a site is made of besides its notes: when one disappears, that is a change
#: to rebuild for. Notes are whatever Pelican reads (`preflight.sources.is_note`).
SOURCE_SUFFIXES = frozenset(
    {".py", ".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico",
     ".txt", ".xml", ".json", ".woff", ".woff2", ".pdf"}
)


def settled(paths: Iterable[Path], is_note: Callable[[Path], bool] = lambda p: False
            ) -> set[Path]:
    """`paths` without the temporary files of atomic saves (`note.md.x7Yq`): a path that is
    gone by the time the batch is handled, and is neither a note (`is_note`, any format
    Pelican reads) nor another kind of source file, was one."""
    return {p for p in paths
            if p.exists() or p.suffix.lower() in SOURCE_SUFFIXES or is_note(p)}


def _text(path: str | bytes) -> str:
    return path.decode() if isinstance(path, bytes) else path


class Debouncer:
    """Collects changed paths; a batch is due `quiet` seconds after the last one, or at the
    latest `max_wait` seconds after the first (so a file that changes every 100 ms forever
    still gets built).

    Not thread-safe by itself: `DebounceThread` guards it with a lock.
    """

    def __init__(
        self, quiet: float, max_wait: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.quiet = quiet
        self.max_wait = max_wait if max_wait is not None else max(quiet * 10, 2.0)
        self.clock = clock
        self._pending: set[Path] = set()
        self._first: float | None = None
        self._last: float | None = None

    def add(self, paths: Iterable[Path]) -> None:
        now = self.clock()
        added = False
        for path in paths:
            self._pending.add(path)
            added = True
        if added:
            self._first = now if self._first is None else self._first
            self._last = now

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def due_in(self) -> float | None:
        """Seconds until the batch is due (≤ 0: now), or None when nothing is pending."""
        if self._first is None or self._last is None:
            return None
        now = self.clock()
        return min(self._last + self.quiet, self._first + self.max_wait) - now

    def take(self) -> set[Path] | None:
        """The batch, if it is due; it is then cleared."""
        remaining = self.due_in()
        if remaining is None or remaining > 0:
            return None
        batch, self._pending = self._pending, set()
        self._first = self._last = None
        return batch


class DebounceThread:
    """Runs `on_batch(paths)` on one background thread, one batch at a time.

    Events that arrive while a batch is being handled (a build running) wait for the next
    batch, so a burst of saves during a build gives one more build, not twenty. An
    exception in `on_batch` is passed to `on_error` and the thread carries on: the preview
    must survive hours of editing.
    """

    def __init__(
        self,
        debouncer: Debouncer,
        on_batch: Callable[[set[Path]], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.debouncer = debouncer
        self.on_batch = on_batch
        self.on_error = on_error or (lambda error: None)
        self._condition = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="rounds-debounce", daemon=True)

    def start(self) -> DebounceThread:
        self._thread.start()
        return self

    def add(self, paths: Iterable[Path]) -> None:
        paths = list(paths)
        if not paths:
            return
        with self._condition:
            self.debouncer.add(paths)
            self._condition.notify()

    def stop(self, timeout: float = 10.0) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._condition:
                batch = None
                while not self._stopped:
                    batch = self.debouncer.take()
                    if batch:
                        break
                    due = self.debouncer.due_in()
                    self._condition.wait(timeout=None if due is None else max(due, 0.005))
                if self._stopped:
                    return
            try:
                self.on_batch(batch)
            except Exception as error:  # the loop must outlive any one build
                self.on_error(error)


class _Handler(FileSystemEventHandler):
    def __init__(self, root: Path, accept: Callable[[Path], bool], sink: DebounceThread) -> None:
        self.root = root
        self.accept = accept
        self.sink = sink

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's mtime changes with every file in it; the files tell us more
        paths = [p for p in event_paths(event) if not is_ignored(p, self.root) and self.accept(p)]
        self.sink.add(paths)


def site_sources(root: Path) -> Callable[[Path], bool]:
    """The predicate `invoke livereload` uses: sources under the watched folders, plus the
    two settings files (the root itself is watched non-recursively for those)."""
    folders = [root / name for name in WATCHED_FOLDERS]
    files = {root / name for name in WATCHED_FILES}

    def accept(path: Path) -> bool:
        return path in files or any(path.is_relative_to(folder) for folder in folders)

    return accept


def start_observer(
    root: Path,
    sink: DebounceThread,
    folders: Iterable[Path],
    accept: Callable[[Path], bool],
    watch_root_files: bool = True,
) -> Any:
    """A started watchdog observer sending accepted paths to `sink`. Caller stops/joins it."""
    observer = Observer()
    handler = _Handler(root, accept, sink)
    for folder in folders:
        if folder.is_dir():
            observer.schedule(handler, str(folder), recursive=True)
    if watch_root_files:
        observer.schedule(handler, str(root), recursive=False)
    observer.daemon = True
    observer.start()
    return observer

