"""Which files are notes: exactly the files Pelican will read, plus the ones it copies raw.

The privacy promise is "no file reaches the site unchecked, whatever its extension". A
hard-coded list of Markdown suffixes broke it: Pelican also reads `.html`/`.htm` (and `.rst`
when docutils is installed, and whatever a plugin's reader adds), so such a note was built,
deployed and posted without ever being checked. Every place that needs to know "is this a
note?" (the check, `invoke watch`, the preview) asks this module, which asks Pelican's own
`Readers` and walks the folders the way Pelican's generators do.

Kinds of file:
- `NOTE_FORMATS`: formats the check can read itself (Markdown, HTML).
- any other reader extension (`.rst`, a plugin's format): Pelican publishes it but the check
  cannot read it, so the runner refuses it with a BLOCK that names the fix.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: Formats the preflight check reads itself, by extension (without the dot, as Pelican).
MARKDOWN_EXTENSIONS = frozenset({"md", "markdown", "mkd", "mdown"})
HTML_EXTENSIONS = frozenset({"html", "htm"})
NOTE_FORMATS = MARKDOWN_EXTENSIONS | HTML_EXTENSIONS

_EXTENSIONS: dict[str, frozenset[str]] = {}


def reader_extensions(settings: dict[str, Any]) -> frozenset[str]:
    """The extensions Pelican reads with these settings: `Readers(settings).extensions`.

    Plugins are registered first, as Pelican does before it reads, so a plugin that adds a
    reader (`readers_init`) or disables one (`READERS = {"html": None}`) counts. Registering
    is idempotent (every Rounds plugin connects module-level functions), and the answer is
    remembered per plugin list and READERS, so a check run asks once.
    """
    key = repr((settings.get("PLUGINS"), settings.get("PLUGIN_PATHS"),
                sorted((settings.get("READERS") or {}).items(), key=lambda kv: kv[0])))
    if key not in _EXTENSIONS:
        _EXTENSIONS[key] = _ask_pelican(settings)
    return _EXTENSIONS[key]


def _ask_pelican(settings: dict[str, Any]) -> frozenset[str]:
    from pelican.plugins._utils import load_plugins
    from pelican.readers import Readers
    from pelican.settings import DEFAULT_CONFIG

    full = {**DEFAULT_CONFIG, **settings}
    for plugin in load_plugins(full):
        register = getattr(plugin, "register", None)
        try:
            if register is not None:
                register()
        except Exception:  # as Pelican does: a plugin that cannot register is skipped
            continue
    return frozenset(Readers(full).extensions)


def extension(path: Path | str) -> str:
    """The extension as Pelican compares it: after the last dot, case kept (`.MD` is not
    read by Pelican as a note)."""
    return os.path.splitext(os.path.basename(str(path)))[1][1:]


def _ignored(name: str, settings: dict[str, Any]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in settings.get("IGNORE_FILES", ()))


def _walk(content: Path, folders: Iterable[str], exclude: Iterable[str],
          settings: dict[str, Any]) -> set[Path]:
    """Every file under `folders` (relative to `content`), as Pelican's `get_files` walks:
    excluded sub-folders and IGNORE_FILES folders are not entered, IGNORE_FILES names skipped.
    """
    excluded: dict[str, set[str]] = {}
    for item in exclude:
        parent, sub = os.path.split(os.path.join(str(content), item))
        excluded.setdefault(parent, set()).add(sub)
    ignores = list(settings.get("IGNORE_FILES", ()))
    found: set[Path] = set()
    for folder in folders:
        top = os.path.join(str(content), folder) if folder else str(content)
        if os.path.isfile(top):
            if not _ignored(os.path.basename(top), settings):
                found.add(Path(top))
            continue
        for dirpath, dirs, files in os.walk(top, topdown=True, followlinks=True):
            skip = excluded.get(dirpath, set())
            dirs[:] = [d for d in dirs
                       if d not in skip and not any(fnmatch.fnmatch(d, i) for i in ignores)]
            found.update(Path(dirpath, f) for f in files if not _ignored(f, settings))
    return found


def note_files(settings: dict[str, Any], extensions: frozenset[str] | None = None) -> list[Path]:
    """Every file that Pelican reads as an article or a page, in a stable order.

    Also the files Pelican copies verbatim from STATIC_PATHS whose extension is a note
    format (an `.html` or `.md` dropped into images/ is published as it is, unread).
    """
    content = Path(settings["PATH"])
    readers = reader_extensions(settings) if extensions is None else extensions
    read = {
        p for p in _walk(content, settings.get("ARTICLE_PATHS", [""]),
                         settings.get("ARTICLE_EXCLUDES", ()), settings)
        | _walk(content, settings.get("PAGE_PATHS", ["pages"]),
                settings.get("PAGE_EXCLUDES", ()), settings)
        if extension(p) in readers
    }
    static = {
        p for p in _walk(content, settings.get("STATIC_PATHS", ()),
                         settings.get("STATIC_EXCLUDES", ()), settings)
        if extension(p) in readers and p not in read
    }
    return sorted(read | static)


def is_note(path: Path, settings: dict[str, Any]) -> bool:
    """Whether `path` is (or, once saved, would be) read by Pelican as an article or page.

    Path-based (the file may have just been deleted), so the watcher can ask about events.
    """
    content = Path(settings["PATH"])
    if extension(path) not in reader_extensions(settings) or not path.is_relative_to(content):
        return False
    relative = path.relative_to(content)
    if any(_ignored(part, settings) for part in relative.parts):
        return False
    for folders, exclude in (("ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
                             ("PAGE_PATHS", "PAGE_EXCLUDES")):
        for folder in settings.get(folders, ()):
            base = content / folder if folder else content
            if not path.is_relative_to(base):
                continue
            if any(path.is_relative_to(content / item) for item in settings.get(exclude, ())):
                continue
            return True
    return False


def is_article(path: Path, settings: dict[str, Any]) -> bool:
    """A note under ARTICLE_PATHS (not a page): what the preview rebuilds incrementally."""
    content = Path(settings["PATH"])
    return is_note(path, settings) and any(
        path.is_relative_to(content / folder) for folder in settings.get("ARTICLE_PATHS", ())
    ) and not any(
        path.is_relative_to(content / item) for item in settings.get("ARTICLE_EXCLUDES", ())
    )


def note_format(path: Path) -> str:
    """"markdown", "html", or "other" (a format Pelican reads but the check cannot)."""
    ext = extension(path)
    if ext in MARKDOWN_EXTENSIONS:
        return "markdown"
    if ext in HTML_EXTENSIONS:
        return "html"
    return "other"
