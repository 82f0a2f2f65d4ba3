"""`invoke watch`: hands-free publishing of notes dropped into content/notes/.

A staff member saves (or a synced folder delivers) a finished note; after a quiet period
(`WATCH_QUIET_SECONDS`, default 30 s, so a sync that writes several files goes out once)
the watcher runs the same publish recipe as `invoke publish` (`commands.publish`).

Rules, in the order they apply to each changed note:
- `Status: draft` or `hidden`: ignored (said once per change). No `Status:` means published.
- Unchanged since this watcher published it (same bytes): not published again.
- Fails its check (a BLOCK, or a blocking WARN such as the privacy guard): reported with
  file, line and fix, and *set aside*: left out of the check and of the build
  (`IGNORE_FILES`), so it is never deployed, while the other notes still go out. The file
  itself is never touched, so nothing is lost; saving it again fixed tries again.
- Except: a failing note that may already be live (it existed when the watcher started, or
  the watcher published it) holds the whole publish. Leaving it out of the build would take
  its page off the site and break links already shared; keeping the last good page live
  until the note is fixed is the safe choice.
- One publish at a time, through the lock `invoke publish` takes too (`publishing.lock`):
  when a manual publish is running, the watcher does not wait; it says so and tries again
  after another quiet period.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from common.commands import command
from common.errors import RoundsError
from publishing.lock import PublishBusy, bucket_of, publish_lock
from publishing.project import Project
from writing.incremental import release_pelican_memory
from writing.lifecycle import wait_until_stopped
from writing.watcher import Debouncer, DebounceThread, start_observer

from . import publish as recipe

HELD_STATUSES = ("draft", "hidden")

#: `publish(settings, excluded_notes, say) -> ok`: what runs the pipeline (injected in tests).
Publish = Callable[[dict[str, Any], set[Path], Callable[[str], None]], bool]


def timestamped(log: Callable[[str], None]) -> Callable[[str], None]:
    """One line per action, each with the local date and time."""

    def say(message: str) -> None:
        for line in str(message).splitlines() or [""]:
            log(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}")

    return say


def without_notes(settings: dict[str, Any], notes: Iterable[Path]) -> dict[str, Any]:
    """`settings` whose build skips `notes` (Pelican matches IGNORE_FILES on file names)."""
    patterns = [_escape(note.name) for note in notes]
    if not patterns:
        return settings
    return {**settings, "IGNORE_FILES": [*settings.get("IGNORE_FILES", []), *patterns]}


def _escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def pipeline_publisher(project: Project, verbose: bool = False) -> Publish:
    """The real thing: `invoke publish`'s pipeline, with the set-aside notes left out; as
    quiet as `invoke publish` unless `verbose` (the log would repeat it all every run)."""

    def publish(settings: dict[str, Any], excluded: set[Path], say: Callable[[str], None]) -> bool:
        context = recipe.PublishContext(
            project=project, settings=settings, say=say, excluded_notes=excluded,
            verbose=verbose,
        )
        return recipe.run_steps(recipe.default_steps(), context)

    return publish


@dataclass
class AutoPublisher:
    """Decides, for one batch of changed notes, whether and what to publish, and does it."""

    root: Path
    load_settings: Callable[[], dict[str, Any]]
    publish: Publish
    log: Callable[[str], None] = print
    now: Callable[[], datetime] | None = None
    #: Notes that may be on the live site: those present at start, plus those published.
    maybe_live: set[Path] = field(default_factory=set)
    #: Called with paths to look at again later (the lock was busy).
    retry_later: Callable[[set[Path]], None] = lambda paths: None
    published: dict[Path, str] = field(default_factory=dict)
    runs: int = 0

    def __post_init__(self) -> None:
        self.say = timestamped(self.log)

    def _rel(self, path: Path) -> str:
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)

    def consider(self, paths: Iterable[Path]) -> bool | None:
        """Handle one batch. Returns the publish outcome, or None when nothing was run."""
        settings = self.load_settings()
        notes_dir = Path(settings["PATH"]) / "notes"
        candidates: dict[Path, str] = {}
        for path in sorted(set(paths)):
            if not path.is_relative_to(notes_dir) or not _is_note(path, settings):
                continue
            if not path.is_file():
                self.say(f"{self._rel(path)} was removed; the watcher does not unpublish. "
                         f"Run {command('publish')} to take it off the site.")
                continue
            data = path.read_bytes()
            status = _status(path, self.root)
            if status in HELD_STATUSES:
                self.say(f"{self._rel(path)}: Status {status} — not published.")
                continue
            digest = hashlib.sha256(data).hexdigest()
            if self.published.get(path) == digest:
                continue  # a touch or a second event for what already went out
            candidates[path] = digest
        if not candidates:
            return None
        failing = self._failing(settings, candidates)
        held = sorted(p for p in failing if p in self.maybe_live)
        if held:
            for path in held:
                self.say(f"✗ {self._rel(path)} is on the live site and now fails its check, so "
                         "nothing was published and its live page stays as it was. Fix the "
                         "lines above and save the note again.")
            return None
        for path in sorted(failing):
            self.say(f"✗ {self._rel(path)} set aside (not published): fix the lines above and "
                     "save it again; the other notes still go out.")
        ready = {p: d for p, d in candidates.items() if p not in failing}
        if not ready:
            return None
        return self._publish(settings, ready, set(failing))

    def _failing(self, settings: dict[str, Any], candidates: dict[Path, str]) -> set[Path]:
        from preflight.context import CheckContext
        from preflight.runner import check_content
        from syndication.channels import syndicate_names

        now = self.now() if self.now else None
        context = CheckContext.for_site(self.root, settings, now, syndicate_names(settings))
        report = check_content(context)
        by_rel = {self._rel(p): p for p in candidates}
        failing: set[Path] = set()
        for finding in report.sorted():
            path = by_rel.get(finding.path)
            if path is not None and finding.blocking:
                self.say(finding.format())
                failing.add(path)
        return failing

    def _publish(self, settings: dict[str, Any], ready: dict[Path, str], aside: set[Path]) -> bool:
        names = ", ".join(self._rel(p) for p in sorted(ready))
        try:
            with publish_lock(self.root, wait_seconds=0,
                              shared=bucket_of(settings.get("DEPLOY_TARGET"))):
                self.say(f"publishing {names}…")
                self.runs += 1
                try:
                    ok = self.publish(without_notes(settings, aside), aside, self.say)
                finally:
                    release_pelican_memory()  # the watcher runs for days
        except PublishBusy:
            self.say("another publish is running; trying again after the next quiet period.")
            self.retry_later(set(ready))
            return False
        except RoundsError as error:
            self.say(f"✗ {error}")
            ok = False
        if ok:
            self.published.update(ready)
            self.maybe_live.update(ready)
            self.say(f"✓ published {names}")
        else:
            self.say(f"✗ not published: {names}. The lines above say why; the watcher tries "
                     f"again when a note changes, or run {command('publish')}.")
        return ok


def _is_note(path: Path, settings: dict[str, Any]) -> bool:
    """Whether Pelican reads `path` as a note, whatever its format (`.md`, `.html`, …): the
    same answer the check uses, so no format is published by the watcher unchecked."""
    from preflight.sources import is_note

    return is_note(path, settings)


def _status(path: Path, root: Path) -> str:
    """The note's `Status:` (lower case; "published" when absent), in any format the check
    reads (a `<meta name="status">` in an HTML note)."""
    from preflight.notefile import read_note

    return read_note(path, root).meta("status", "published").strip().lower() or "published"


def run_watch(
    root: Path,
    load_settings: Callable[[], dict[str, Any]],
    publish: Publish,
    quiet: float,
    log: Callable[[str], None] = print,
    stop: threading.Event | None = None,
) -> AutoPublisher:
    """Watch content/notes/ until `stop` is set, Ctrl-C or SIGTERM. Returns the publisher."""
    from writing.livereload import quiet_pelican

    quiet_pelican()  # the pipeline's own lines (with timestamps) say what happened
    stop = stop or threading.Event()
    settings = load_settings()
    notes_dir = Path(settings["PATH"]) / "notes"
    notes_dir.mkdir(parents=True, exist_ok=True)
    existing = {p for p in notes_dir.rglob("*") if p.is_file() and _is_note(p, settings)}
    publisher = AutoPublisher(root, load_settings, publish, log, maybe_live=existing)
    debounce = DebounceThread(
        Debouncer(quiet, max_wait=quiet * 10), publisher.consider,
        on_error=lambda error: publisher.say(f"✗ unexpected error, still watching: {error}"),
    )
    publisher.retry_later = debounce.add
    debounce.start()
    observer = start_observer(
        root, debounce, [notes_dir], lambda p: p.is_relative_to(notes_dir),
        watch_root_files=False,
    )
    publisher.say(f"watching {publisher._rel(notes_dir)}/ — a published note goes live "
                  f"{quiet:g} s after the last change. Ctrl-C stops.")
    try:
        wait_until_stopped(stop)
    finally:
        observer.stop()
        publisher.say("stopping; a publish in progress is allowed to finish…")
        debounce.stop(timeout=900)
        observer.join(timeout=5)
        publisher.say("stopped.")
    return publisher


def watch(project: Project, verbose: bool = False) -> AutoPublisher:
    """`invoke watch`: watch the site's notes with its production settings until stopped."""

    def load() -> dict[str, Any]:
        return project.load_settings(production=True)

    quiet = project.config(load()).WATCH_QUIET_SECONDS
    return run_watch(project.root, load, pipeline_publisher(project, verbose), quiet)


__all__ = ["AutoPublisher", "pipeline_publisher", "run_watch", "watch", "without_notes"]
