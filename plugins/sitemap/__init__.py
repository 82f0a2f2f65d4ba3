"""Pelican plugin: `sitemap.xml` and `robots.txt` in the built site.

`register()` only wires the signal; the text comes from `sitemap.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from common.settings import setting_of
from pelican import signals

from .sitemap import Entry, robots_txt, sitemap_xml


def _changed(content: Any) -> Any:
    """`declared_modified` (trust plugin): a real edit date, not a file's mtime."""
    return getattr(content, "declared_modified", None) or getattr(content, "date", None)


def site_entries(generators: list[Any]) -> list[Entry]:
    """Home, every published note and page, each topic, the topic list and the archive."""
    settings = generators[0].settings
    entries = [Entry("")]
    tags: set[Any] = set()
    for generator in generators:
        # The articles' topics as the generator already grouped them: hashing every note's
        # tags again (a slug computed per hash) cost a fifth of a second at 5,000 notes.
        tags.update(getattr(generator, "tags", None) or {})
        for content in getattr(generator, "articles", []) or []:
            entries.append(Entry(content.url, _changed(content)))
        for content in getattr(generator, "pages", []) or []:
            entries.append(Entry(content.url, _changed(content)))
            tags.update(getattr(content, "tags", []) or [])
    for tag in sorted(tags, key=lambda tag: tag.slug):
        entries.append(Entry(tag.url))
    for setting in ("TAGS_URL", "ARCHIVES_URL"):
        if settings.get(setting) and settings.get(setting.replace("_URL", "_SAVE_AS")):
            entries.append(Entry(settings[setting]))
    return entries


def write_sitemap(generators: list[Any]) -> None:
    """`all_generators_finalized` handler (the output folder has been cleaned by then)."""
    if not generators:
        return
    settings = generators[0].settings
    if not setting_of(settings, "SITEMAP"):
        return
    base = (settings.get("SITEURL") or "").rstrip("/")
    output = Path(settings["OUTPUT_PATH"])
    output.mkdir(parents=True, exist_ok=True)
    (output / "sitemap.xml").write_text(sitemap_xml(site_entries(generators), base), "utf-8")
    (output / "robots.txt").write_text(robots_txt(base), "utf-8")


def register() -> None:
    signals.all_generators_finalized.connect(write_sitemap)
