"""Build the site with Pelican, and turn Pelican's log errors into a failed build.

Pelican logs most content problems and carries on; a publish must not deploy a site that
is missing a note, so any ERROR logged during the build fails it with Pelican's words.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common.errors import RoundsError


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


def build_site(settings: dict[str, Any]) -> BuildResult:
    """Run one Pelican build with `settings`. Raises `RoundsError` when Pelican logs errors."""
    from pelican import Pelican

    collector = _Collector()
    pelican_logger = logging.getLogger("pelican")
    pelican_logger.addHandler(collector)
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
        return ("\nFix: run `invoke check`; if it finds nothing, the lines above name the file "
                "Pelican could not read.")
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
