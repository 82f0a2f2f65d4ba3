"""Pelican plugin: a Content-Security-Policy in every page, and the host's `_headers`.

Each written page gets its own `<meta http-equiv="Content-Security-Policy">` with the
hashes of its inline blocks, computed from the page as written (`policy.py`); when the
build ends, `_headers` carries the site-wide policy and the headers a meta cannot send.
`SECURITY_POLICY = False` (development builds: the preview injects its reload script)
leaves pages as rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

from .policy import headers_file, with_policy

#: Style hashes seen in this build, by output folder (the `_headers` policy needs them all).
_STYLES: dict[str, set[str]] = {}


def _enabled(settings: dict[str, Any]) -> bool:
    from common.settings import ProjectSettings

    return bool(settings.get("SECURITY_POLICY", ProjectSettings.default("SECURITY_POLICY")))


def start(pelican: Any) -> None:
    _STYLES[str(pelican.settings["OUTPUT_PATH"])] = set()


def add_policy(path: str, context: dict[str, Any]) -> None:
    """Rewrite one written HTML page with its own policy (`context`: the page's, which
    carries the settings)."""
    if not path.endswith(".html") or not _enabled(context):
        return
    file = Path(path)
    page, blocks = with_policy(file.read_text("utf-8"))
    file.write_text(page, "utf-8")
    output = str(context.get("OUTPUT_PATH") or "")
    _STYLES.setdefault(output, set()).update(blocks.styles)


def write_headers(pelican: Any) -> None:
    settings = pelican.settings
    if not _enabled(settings):
        return
    output = Path(settings["OUTPUT_PATH"])
    styles = _STYLES.get(str(settings["OUTPUT_PATH"]), set())
    (output / "_headers").write_text(headers_file(styles), "utf-8")


def register() -> None:
    signals.initialized.connect(start)
    signals.content_written.connect(add_policy)
    signals.finalized.connect(write_headers)
