"""Where things are and which settings apply: the one place that loads Pelican settings."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.settings import read_settings

#: What makes a Rounds site: these, copied elsewhere, build the same site there (tests,
#: benchmarks and the preview of a temporary copy all start from them).
SITE_FILES = ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py", "tasks.py")

#: Environment variables that override the settings file (DESIGN.md, "Interfaces").
ENV_OVERRIDES = ("SITEURL", "DEPLOY_TARGET")


@dataclass(frozen=True)
class Project:
    """A Rounds site on disk: its root folder and its two settings files."""

    root: Path

    @property
    def dev_settings(self) -> Path:
        return self.root / "pelicanconf.py"

    @property
    def production_settings(self) -> Path:
        return self.root / "publishconf.py"

    def settings_file(self, production: bool) -> Path:
        return self.production_settings if production else self.dev_settings

    def load_settings(
        self, production: bool = True, overrides: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Pelican's settings from the file, then the environment, then `overrides`."""
        extra: dict[str, Any] = {}
        if production:
            for name in ENV_OVERRIDES:
                value = os.environ.get(name)
                if value:
                    extra[name] = value.rstrip("/") if name == "SITEURL" else value
            if "SITEURL" in extra:
                extra["FEED_DOMAIN"] = extra["SITEURL"]
        extra.update(overrides or {})
        # publishconf.py does `from pelicanconf import *`: a module cached by an earlier load
        # (another site in the same process, or an older version of the file in a long-running
        # `invoke watch`) would be used instead of the file on disk.
        for name in (self.dev_settings.stem, self.production_settings.stem):
            sys.modules.pop(name, None)
        settings = read_settings(str(self.settings_file(production)), override=extra)
        return settings


def copy_site(source: Path, destination: Path) -> Path:
    """Copy the site at `source` (its `SITE_FILES`) into `destination`; returns it.

    Generated folders (output/, cache/, deploy/) and bytecode are left behind, so the copy
    builds from scratch exactly as a fresh clone would.
    """
    destination.mkdir(parents=True, exist_ok=True)
    for name in SITE_FILES:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.is_file():
            shutil.copy2(path, destination / name)
    return destination
