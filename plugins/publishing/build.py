"""Build the site with Pelican, and turn Pelican's log errors into a failed build.

Pelican logs most content problems and carries on; a publish must not deploy a site that
is missing a note, so any ERROR logged during the build fails it with Pelican's words.

Pelican's own noise is not the doctor's business: its "Done: Processed …" summary (which
counts a scheduled note as "1 draft") and the feed warning about SITEURL/FEED_DOMAIN that
every development build triggers. They are hidden unless asked for; real warnings and
errors still show.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common.commands import command
from common.errors import RoundsError

#: Pelican messages that say nothing the doctor can act on (matched on their start).
PELICAN_NOISE = (
    "Feeds generated without SITEURL or FEED_DOMAIN set properly",
)


def is_noise(message: str) -> bool:
    """True for a Pelican message that is known noise (`PELICAN_NOISE`)."""
    return message.startswith(PELICAN_NOISE)


class NoiseFilter(logging.Filter):
    """Drops Pelican's known noise from its loggers; every other record passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            return not is_noise(record.getMessage())
        except Exception:  # a malformed log call is not noise: let the handler show it
            return True


def hide_pelican_noise() -> None:
    """Install `NoiseFilter` on the Pelican loggers that emit known noise (idempotent)."""
    for name in ("pelican.settings",):
        logger = logging.getLogger(name)
        if not any(isinstance(f, NoiseFilter) for f in logger.filters):
            logger.addFilter(NoiseFilter())


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not break the build
            message = str(record.msg)
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(message)


@dataclass
class BuildResult:
    articles: int
    pages: int
    seconds: float
    warnings: list[str] = field(default_factory=list)
    output_path: str = ""
    #: (source file, page address relative to the site) of each draft the build wrote.
    drafts: list[tuple[str, str]] = field(default_factory=list)


#: Where `invoke serve` / `invoke livereload` show a development build.
LOCAL_ADDRESS = "http://localhost:8000"


def draft_addresses(result: BuildResult, siteurl: str = "", root: str = "") -> list[str]:
    """One line per draft a development build wrote, with the address to preview it at.

    A draft is on no list of the site (by design): without its address the doctor cannot
    find it.
    """
    base = (siteurl or LOCAL_ADDRESS).rstrip("/")
    lines = []
    for source, url in sorted(result.drafts):
        shown = source[len(root):].lstrip("/") if root and source.startswith(root) else source
        lines.append(f"  draft {shown}: {base}/{url}")
    return lines


def build_site(settings: dict[str, Any], quiet: bool = True) -> BuildResult:
    """Run one Pelican build with `settings`. Raises `RoundsError` when Pelican logs errors.

    `quiet` hides Pelican's printed summary (its real warnings and errors are collected
    either way, for the caller to show).
    """
    from pelican import Pelican
    from pelican.log import console

    collector = _Collector()
    pelican_logger = logging.getLogger("pelican")
    pelican_logger.addHandler(collector)
    was_quiet, console.quiet = console.quiet, quiet or console.quiet
    started = time.perf_counter()
    try:
        site = Pelican(settings)
        context = _run(site)
    except RoundsError:
        raise
    except Exception as error:  # Pelican raises plain exceptions for template/plugin bugs
        raise RoundsError(f"The site could not be built: {error}"
                          f"{culprits(settings)}") from error
    finally:
        console.quiet = was_quiet
        pelican_logger.removeHandler(collector)
    if collector.errors:
        details = "\n".join(f"  - {message}" for message in collector.errors)
        raise RoundsError(f"The build reported errors, so nothing was deployed:\n{details}"
                          f"{culprits(settings)}")
    return BuildResult(
        articles=len(context.get("articles", [])),
        pages=len(context.get("pages", [])),
        seconds=time.perf_counter() - started,
        warnings=collector.warnings,
        output_path=settings["OUTPUT_PATH"],
        drafts=[(str(d.source_path), str(d.url)) for d in context.get("drafts", [])],
    )


def culprits(settings: dict[str, Any]) -> str:
    """The notes that stop a build, each as `path:line:col: BLOCK … Fix: …`, as text to add
    to the build's failure (Pelican's own words name no note, or no line and no fix).

    Only asked when a build failed: the structure checks are what make Pelican fail.
    """
    from preflight import structure
    from preflight.context import CheckContext
    from preflight.notefile import read_note
    from preflight.runner import source_files

    content = Path(settings.get("PATH") or ".")
    root = content.parent
    context = CheckContext(root, content, settings, None)
    notes = [read_note(path, root) for path in source_files(content)]
    found = [finding for note in notes for rule in structure.FILE_RULES
             if note.decode_error is None or rule is structure.check_encoding
             for finding in rule(note, context) if finding.blocking]
    found += [f for rule in structure.SITE_RULES for f in rule(notes, context) if f.blocking]
    if not found:
        return (f"\nFix: run `{command('check')}`; if it finds nothing, the lines above name "
                "the file Pelican could not read.")
    lines = "\n".join(f"  {finding.format()}" for finding in sorted(
        found, key=lambda f: (f.path, f.line, f.col)))
    return f"\nThe notes that stop it:\n{lines}"


def _run(site: Any) -> dict[str, Any]:
    """`Pelican.run()`, keeping the generators' shared context for the result counts."""
    captured: dict[str, Any] = {}
    from pelican import signals

    def remember(generators: list[Any]) -> None:
        if generators:
            captured.update(generators[0].context)

    signals.all_generators_finalized.connect(remember)
    try:
        site.run()
    finally:
        signals.all_generators_finalized.disconnect(remember)
    return captured
