"""Where things are and which settings apply: the one place that loads Pelican settings."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common.settings import ProjectSettings, unknown_settings
from common.siteurl import check_production_siteurl
from pelican.settings import DEFAULT_CONFIG, read_settings

from .build import hide_pelican_noise

logger = logging.getLogger("rounds.settings")

#: What makes a Rounds site: these, copied elsewhere, build the same site there (tests,
#: benchmarks and the preview of a temporary copy all start from them).
SITE_FILES = ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py", "tasks.py")


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
        """Pelican's settings from the file (read afresh each time), then `overrides`.

        The environment (`SITEURL`, `DEPLOY_TARGET`) is read by publishconf.py itself, so the
        file stays the one place that says what production means. Both files are executed
        anew on every call (publishconf loads the pelicanconf beside it by path), so a
        long-running `invoke watch` or a test building several sites never sees stale ones.

        A production SITEURL that is not a whole http(s) address is refused here, before
        any build (`common.siteurl.check_production_siteurl`).

        The project's own settings are checked here, once (`common.settings`): a wrong type
        raises `RoundsError`, a name that looks like a misspelt Rounds setting is warned
        about, and the declared defaults (paths resolved under the site) are filled in, so
        the build's plugins and the publish read the same values.
        """
        hide_pelican_noise()
        settings = read_settings(str(self.settings_file(production)), override=overrides or {})
        if production:
            # Before anything is built: a broken address would break every link deployed.
            check_production_siteurl(str(settings.get("SITEURL") or ""))
        for warning in unknown_settings(settings, frozenset(DEFAULT_CONFIG)):
            logger.warning(warning)
        typed = ProjectSettings.read(settings, self.root)
        settings.update(typed.as_settings())
        return settings

    def config(self, settings: dict[str, Any]) -> ProjectSettings:
        """The typed view of `settings` (as `load_settings` returned them)."""
        return ProjectSettings.read(settings, self.root)


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
