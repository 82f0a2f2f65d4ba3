"""Pelican plugin: the theme's icons at the addresses browsers ask for without being told.

Every page links the theme's `favicon.svg`, but a browser also asks for `/favicon.ico` (a
feed or a picture opened on its own, a browser that cannot draw SVG icons) and an iPhone
for `/apple-touch-icon.png` (added to the home screen): without them, a 404 on a parent's
first visit. They are copied from the theme's static folder to the site's root after each
build; a file of the same name that the site already has there (the practice's own,
through `EXTRA_PATH_METADATA`) is kept.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pelican import signals

#: The files browsers fetch from the site's root by name, as the theme ships them.
ROOT_ICONS = ("favicon.ico", "apple-touch-icon.png")


def copy_root_icons(theme: Path, output: Path) -> list[Path]:
    """Copy each of `ROOT_ICONS` that `theme`/static has and `output` lacks; the copies."""
    copied = []
    for name in ROOT_ICONS:
        source, target = theme / "static" / name, output / name
        if source.is_file() and not target.exists():
            output.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
    return copied


def write_root_icons(pelican: Any) -> None:
    """`finalized` handler: the site has been written (so its own files are known)."""
    settings = pelican.settings
    copy_root_icons(Path(settings["THEME"]), Path(settings["OUTPUT_PATH"]))


def register() -> None:
    signals.finalized.connect(write_root_icons)
