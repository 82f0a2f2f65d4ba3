"""Build the site with Pelican, and turn Pelican's log errors into a failed build.

Pelican logs most content problems and carries on; a publish must not deploy a site that
is missing a note, so any ERROR logged during the build fails it with Pelican's words.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
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
        raise RoundsError(f"The site could not be built: {error}") from error
    finally:
        pelican_logger.removeHandler(collector)
    if collector.errors:
        details = "\n".join(f"  - {message}" for message in collector.errors)
        raise RoundsError(f"The build reported errors, so nothing was deployed:\n{details}")
    return BuildResult(
        articles=len(context.get("articles", [])),
        pages=len(context.get("pages", [])),
        seconds=time.perf_counter() - started,
        warnings=collector.warnings,
        output_path=settings["OUTPUT_PATH"],
    )


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
