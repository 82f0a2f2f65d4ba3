"""`invoke livereload`: watch the sources, rebuild fast, reload the browser, never stop on
a broken note.

`LiveReload.handle` is what happens to one batch of changed paths; `run_livereload` wires
it to a real watchdog observer, the debounce thread and the preview server, and runs until
Ctrl-C / SIGTERM. A change to a plugin's Python code cannot be picked up by a running
process (its modules are imported once), so it asks the caller to restart the process;
`tasks.py` does that with `os.execv`, and open pages reconnect and reload by themselves.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from publishing.errors import RoundsError

from .incremental import RebuildResult, SiteBuilder
from .lifecycle import wait_until_stopped
from .server import PreviewServer, ReloadHub, serve_in_thread
from .watcher import (
    WATCHED_FOLDERS,
    Debouncer,
    DebounceThread,
    settled,
    site_sources,
    start_observer,
)

#: Quiet period before a rebuild: long enough to merge an editor's several events for one
#: save, short enough to be unnoticeable.
DEFAULT_QUIET_SECONDS = 0.1


class Builder(Protocol):
    def build(self, changed_paths: Iterable[Path] = ()) -> RebuildResult: ...


def stamp() -> str:
    return time.strftime("%H:%M:%S")


def diagnose(
    root: Path, settings: dict[str, Any], changed: Iterable[Path], now: datetime | None = None
) -> list[str]:
    """`path:line:col: LEVEL code message` lines that explain a failed build.

    The changed notes first (that is almost always where the problem is); when they are
    clean, every source, since the break may be elsewhere (a duplicate URL, say).
    """
    from preflight.context import CheckContext
    from preflight.runner import check_content
    from preflight.sources import is_note

    context = CheckContext.for_site(root, settings, now)
    changed_notes = [p for p in changed if p.is_file() and is_note(p, settings)]
    for paths in ([changed_notes] if changed_notes else []) + [None]:
        report = check_content(context, paths)
        findings = [f.format() for f in report.sorted() if f.blocking]
        if findings:
            return findings
    return []


def quiet_pelican() -> None:
    """One line per rebuild in the terminal: no Pelican summary or warnings printed per save.

    Pelican's messages still reach the build (errors fail it and show in the browser); only
    their printing stops, for this process (`invoke livereload`).
    """
    import logging

    from pelican.log import console

    console.quiet = True
    logging.getLogger("pelican").addHandler(logging.NullHandler())


@dataclass
class LiveReload:
    """Turns batches of changed paths into builds and browser reloads."""

    root: Path
    builder: Builder
    hub: ReloadHub
    load_settings: Callable[[], dict[str, Any]]
    log: Callable[[str], None] = print
    restart: Callable[[], None] | None = None

    def needs_restart(self, paths: Iterable[Path]) -> Path | None:
        plugins = self.root / "plugins"
        return next(
            (p for p in paths if p.suffix == ".py" and p.is_relative_to(plugins)), None
        )

    def handle(self, paths: set[Path]) -> None:
        paths = settled(paths)
        code_change = self.needs_restart(paths)
        if code_change is not None and self.restart is not None:
            self.log(f"{stamp()} {self._short(code_change)} changed: restarting the preview…")
            self.restart()
            return
        try:
            result = self.builder.build(paths)
        except RoundsError as error:
            self._failed(str(error), paths)
        except Exception as error:  # a template or plugin bug: still show it, keep running
            self._failed(f"{type(error).__name__}: {error}", paths)
        else:
            self.hub.built()
            what = (f"incremental: {', '.join(result.changed) or 'nothing changed'}"
                    if result.mode == "incremental" else f"full: {result.reason or 'full'}")
            self.log(f"{stamp()} ✓ rebuilt in {result.seconds:.2f} s ({what}); "
                     f"{result.written} file(s) written")

    def _failed(self, message: str, paths: set[Path]) -> None:
        message = message.replace(", so nothing was deployed", "")  # nothing deploys here
        try:
            problems = diagnose(self.root, self.load_settings(), paths)
        except Exception as error:  # the settings themselves may be what is broken
            problems = [f"(could not run the checks: {error})"]
        if not problems:
            problems = [message.splitlines()[0]]
        self.hub.failed("The site could not be built", problems, details=message)
        self.log(f"{stamp()} ✗ build failed — the browser shows the problem:")
        for line in problems:
            self.log(f"    {line}")

    def _short(self, path: Path) -> str:
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)


@dataclass
class Running:
    """A started preview: stop it with `stop()`."""

    server: PreviewServer
    debounce: DebounceThread
    observer: Any

    def stop(self) -> None:
        self.observer.stop()
        self.debounce.stop()
        self.server.shutdown()
        self.server.server_close()
        self.observer.join(timeout=5)


def start_livereload(
    live: LiveReload,
    output_path: Path,
    bind: str = "127.0.0.1",
    port: int = 8000,
    quiet: float = DEFAULT_QUIET_SECONDS,
) -> Running:
    """The port, the first build, then the server and the watcher. The first build may
    fail: the error page is served and the next save retries."""
    try:
        server = PreviewServer((bind, port), output_path, live.hub)
    except OSError as error:
        raise RoundsError(
            f"Could not listen on {bind}:{port} ({error.strerror or error}). Fix: stop the "
            f"other program using that port, or run `invoke livereload --port {port + 1}`."
        ) from error
    live.handle(set())
    serve_in_thread(server)
    debounce = DebounceThread(
        Debouncer(quiet), live.handle,
        on_error=lambda error: live.log(f"{stamp()} ✗ unexpected error: {error}"),
    ).start()
    observer = start_observer(
        live.root, debounce, [live.root / name for name in WATCHED_FOLDERS],
        site_sources(live.root),
    )
    return Running(server, debounce, observer)


def run_livereload(
    root: Path,
    load_settings: Callable[[], dict[str, Any]],
    bind: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] = print,
) -> str:
    """Run until Ctrl-C/SIGTERM ("stopped") or a plugin change ("restart")."""
    quiet_pelican()
    stop = threading.Event()
    outcome = {"why": "stopped"}

    def restart() -> None:
        outcome["why"] = "restart"
        stop.set()

    hub = ReloadHub()
    live = LiveReload(root, SiteBuilder(load_settings), hub, load_settings, log, restart)
    output = Path(load_settings()["OUTPUT_PATH"])
    running = start_livereload(live, output, bind, port)
    log(f"Preview at {running.server.url} — edit and save a note; the page reloads by itself. "
        "Ctrl-C stops.")
    try:
        wait_until_stopped(stop)
    finally:
        running.stop()
    if outcome["why"] == "stopped":
        log(f"{stamp()} preview stopped.")
    return outcome["why"]
