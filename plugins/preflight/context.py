"""What every check may consult: settings, the project root and the clock (injected)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from notemeta import SyndicateNames


@dataclass(frozen=True)
class CheckContext:
    """Inputs shared by all rules. `now` is injected so tests can drive scheduling."""

    root: Path
    content_path: Path
    settings: dict[str, Any] = field(default_factory=dict)
    now: datetime | None = None
    #: What `syndicate:` may name, handed down by the commands from the syndication layer
    #: (which this package never imports); None: not known here, so not checked.
    syndicate_names: SyndicateNames | None = None
    #: The practice's own people as the whole site names them (folded words): whoever signs
    #: a note (`Author:`) and whoever a note introduces as staff ("our nurse Priya", "NP
    #: Siobhan Kavanagh joins us"). Their names are public on the site, so the other notes
    #: may name them too ("Priya runs the flu clinic Saturday"), as `STAFF_NAMES` allows.
    #: None: not gathered yet (`check_content` gathers them from the content folder).
    site_people: frozenset[str] | None = None
    #: The storms the whole site names ("Hurricane Isaias": folded "isaias"), so a note may
    #: say "after Isaias" or tag it (`site_storms`). None: not gathered yet.
    site_storms: frozenset[str] | None = None
    #: Folders already resolved during this check (a thousand notes share two folders);
    #: a new context, a new check, resolves them afresh.
    resolved: dict[Path, Path] = field(default_factory=dict, compare=False, repr=False)

    def resolve(self, folder: Path) -> Path:
        """`folder.resolve()`, asked of the file system once per check."""
        found = self.resolved.get(folder)
        if found is None:
            found = self.resolved[folder] = folder.resolve()
        return found

    @classmethod
    def for_site(
        cls, root: Path, settings: dict[str, Any], now: datetime | None = None,
        syndicate_names: SyndicateNames | None = None,
    ) -> CheckContext:
        """The context for a site's content folder (`PATH`), at `now` or the practice's now."""
        from notemeta import practice_now

        return cls(root, Path(settings["PATH"]), settings, now or practice_now(settings),
                   syndicate_names)
