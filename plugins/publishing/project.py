"""Where things are and which settings apply: the one place that loads Pelican settings."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.settings import read_settings

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
