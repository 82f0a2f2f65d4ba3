"""`invoke livereload`: watch the sources, rebuild fast, reload the browser, never stop on
a broken note.

`LiveReload.handle` is what happens to one batch of changed paths; `run_livereload` wires
it to a real watchdog observer, the debounce thread and the preview server, and runs until
Ctrl-C / SIGTERM. After each good build the changed notes are checked (every note after the
first build or a settings change) and their findings go to the terminal and, as a banner,
to the previewed pages (`server.findings_banner`): a note that would not publish never
looks fine in the preview. A change to a plugin's Python code cannot be picked up by a running
process (its modules are imported once), so it asks the caller to restart the process;
`tasks.py` does that with `os.execv`, and open pages reconnect and reload by themselves.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from common.errors import RoundsError
from notemeta import SyndicateNames
from pelican import signals
from preflight.findings import Finding, Level

from .incremental import RebuildResult, SiteBuilder, connected
from .lifecycle import wait_until_stopped
from .server import Notice, PreviewServer, ReloadHub, serve_in_thread
from .watcher import (
    WATCHED_FOLDERS,
    Debouncer,
    DebounceThread,
    settled,
    site_sources,
    start_observer,
)

#: The syndication layer's `syndicate_names(settings)`, handed in from above.
NamesFor = Callable[[dict[str, Any]], SyndicateNames]

#: Quiet period before a rebuild: long enough to merge an editor's several events for one
#: save, short enough to be unnoticeable.
DEFAULT_QUIET_SECONDS = 0.1


class Builder(Protocol):
    def build(self, changed_paths: Iterable[Path] = ()) -> RebuildResult: ...


def stamp() -> str:
    return time.strftime("%H:%M:%S")


def diagnose(
    root: Path, settings: dict[str, Any], changed: Iterable[Path], now: datetime | None = None,
    syndicate_names: SyndicateNames | None = None,
) -> list[str]:
    """`path:line:col: LEVEL code message` lines that explain a failed build.

    The changed notes first (that is almost always where the problem is); when they are
    clean, every source, since the break may be elsewhere (a duplicate URL, say).
    """
    from preflight.context import CheckContext
    from preflight.runner import check_content
    from preflight.sources import is_note

    context = CheckContext.for_site(root, settings, now, syndicate_names)
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


def built_pages(generators: Iterable[Any]) -> dict[str, str]:
    """`all_generators_finalized`: source path → the page it is written to (output-relative)."""
    pages: dict[str, str] = {}
    for generator in generators:
        for name in ("articles", "translations", "drafts", "drafts_translations",
                     "hidden_articles", "hidden_translations", "pages", "hidden_pages",
                     "draft_pages", "translations_pages"):
            for item in getattr(generator, name, None) or []:
                save_as = getattr(item, "save_as", "")
                if save_as:
                    pages[str(Path(item.source_path).resolve())] = save_as
    return pages


@dataclass
class LiveReload:
    """Turns batches of changed paths into builds and browser reloads."""

    root: Path
    builder: Builder
    hub: ReloadHub
    load_settings: Callable[[], dict[str, Any]]
    log: Callable[[str], None] = print
    restart: Callable[[], None] | None = None
    #: The last check's findings per note (path under the root), kept between builds.
    findings: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    #: Source file → the page it was last built into (relative to output/).
    pages: dict[str, str] = field(default_factory=dict)
    #: Whether every note has been checked once (then only changed notes are).
    checked: bool = False
    #: What `syndicate:` may name with the settings of the moment (the syndication layer's
    #: answer, handed in by `tasks.py`): the preview stops the notes a publish would.
    syndicate_names: NamesFor | None = None

    def _names(self, settings: dict[str, Any]) -> SyndicateNames | None:
        return self.syndicate_names(settings) if self.syndicate_names is not None else None

    def needs_restart(self, paths: Iterable[Path]) -> Path | None:
        plugins = self.root / "plugins"
        return next(
            (p for p in paths if p.suffix == ".py" and p.is_relative_to(plugins)), None
        )

    def handle(self, paths: set[Path]) -> None:
        paths = settled(paths, self._is_note)
        code_change = self.needs_restart(paths)
        if code_change is not None and self.restart is not None:
            self.log(f"{stamp()} {self._short(code_change)} changed: restarting the preview…")
            self.restart()
            return
        try:
            with connected(signals.all_generators_finalized, self._record_pages):
                result = self.builder.build(paths)
        except RoundsError as error:
            self._failed(str(error), paths)
        except Exception as error:  # a template or plugin bug: still show it, keep running
            self._failed(f"{type(error).__name__}: {error}", paths)
        else:
            notices = self._check(paths)
            self.hub.built(notices)
            what = (f"incremental: {', '.join(result.changed) or 'nothing changed'}"
                    if result.mode == "incremental" else f"full: {result.reason or 'full'}")
            self.log(f"{stamp()} ✓ rebuilt in {result.seconds:.2f} s ({what}); "
                     f"{result.written} file(s) written")
            self._tell(notices, paths)

    def _is_note(self, path: Path) -> bool:
        """Whether Pelican reads `path` as a note (a deleted one too), in any format."""
        from preflight.sources import is_note

        try:
            return is_note(path, self.load_settings())
        except Exception:  # broken settings: the build that follows will say so
            return True

    def _record_pages(self, generators: list[Any]) -> None:
        self.pages.update(built_pages(generators))

    def _check(self, paths: set[Path]) -> tuple[Notice, ...]:
        """Check the changed notes (all of them on the first build or when anything but a
        note changed) and return every note's findings, for the banner."""
        from preflight.context import CheckContext
        from preflight.runner import check_content
        from preflight.sources import is_note

        try:
            settings = self.load_settings()
            context = CheckContext.for_site(self.root, settings,
                                             syndicate_names=self._names(settings))
            notes = [p for p in paths if is_note(p, settings)]
            everything = not self.checked or len(notes) != len(paths)
            report = check_content(context, None if everything else
                                   [p for p in notes if p.is_file()])
        except Exception as error:  # the preview must survive a check that cannot run
            self.log(f"{stamp()} (could not run the checks: {error})")
            return self._notices()
        self.checked = True
        if everything:
            self.findings.clear()
        for path in notes:
            self.findings.pop(self._short(path), None)
        for finding in report.sorted():
            self.findings.setdefault(finding.path, ())
            self.findings[finding.path] += (finding,)
        return self._notices()

    def _notices(self) -> tuple[Notice, ...]:
        notices = []
        for source, found in sorted(self.findings.items()):
            shown = [f for f in found if f.level is not Level.INFO]
            if not shown:
                continue
            page = self.pages.get(str((self.root / source).resolve()), "")
            lines = tuple(f"line {f.line}:{f.col} {f.level.value} {f.code} {f.message}"
                          + ("" if f.blocking else " (advice: does not stop the publish)")
                          for f in shown)
            notices.append(Notice(source, page, lines, any(f.blocking for f in shown)))
        return tuple(notices)

    def _tell(self, notices: tuple[Notice, ...], paths: set[Path]) -> None:
        """The terminal's word on the notes just saved (every note on the first build)."""
        changed = {self._short(p) for p in paths}
        for notice in notices:
            if changed and notice.source not in changed:
                continue
            verdict = "would not publish" if notice.stops else "advice"
            self.log(f"    {notice.source} {verdict}:")
            for line in notice.lines:
                self.log(f"      {line}")

    def _failed(self, message: str, paths: set[Path]) -> None:
        message = message.replace(", so nothing was deployed", "")  # nothing deploys here
        try:
            settings = self.load_settings()
            problems = diagnose(self.root, settings, paths, None, self._names(settings))
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
            f"other program using that port, or run `PORT={port + 1} make livereload`."
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
    syndicate_names: NamesFor | None = None,
) -> str:
    """Run until Ctrl-C/SIGTERM ("stopped") or a plugin change ("restart")."""
    quiet_pelican()
    stop = threading.Event()
    outcome = {"why": "stopped"}

    def restart() -> None:
        outcome["why"] = "restart"
        stop.set()

    hub = ReloadHub()
    live = LiveReload(root, SiteBuilder(load_settings), hub, load_settings, log, restart,
                      syndicate_names=syndicate_names)
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
