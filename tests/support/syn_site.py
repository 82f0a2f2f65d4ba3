"""Helpers for tests that build real sites: write notes, build, read the manifest."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from publishing.build import build_site
from publishing.project import Project

#: Until the theme's templates land (branch `theme`: article.html includes
#: `_syndication.html`), the tests add the smallest templates that render the links over
#: Pelican's simple theme, to assert on them. Never used once the theme has its own.
ARTICLE_WITH_LINKS = """{% extends "!simple/article.html" %}
{% block content %}{{ super() }}{% include "_syndication.html" %}{% endblock %}
"""
LINKS = """{% if article and article.syndication_links %}<p class="syndication">Also on
{% for link in article.syndication_links %}<a class="u-syndication" rel="syndication"
href="{{ link.url }}">{{ link.label }}</a>{% if not loop.last %} · {% endif %}{% endfor %}
</p>{% endif %}
"""


def ensure_links_template(site: Path) -> None:
    templates = site / "theme" / "templates"
    for name, text in (("article.html", ARTICLE_WITH_LINKS), ("_syndication.html", LINKS)):
        if not (templates / name).exists():
            (templates / name).write_text(text)


def write_note(site: Path, name: str, body: str, date: datetime | str | None = None,
               **metadata: Any) -> Path:
    """content/notes/<name>.md with `Date:` and the given metadata (keys as written)."""
    lines = []
    if date is not None:
        when = date.isoformat(timespec="seconds") if isinstance(date, datetime) else date
        lines.append(f"Date: {when}")
    lines.append("Sources: CDC, \"Colds\"")
    for key, value in metadata.items():
        lines.append(f"{key.replace('_', '-') if key == 'image-alt' else key}: {value}")
    path = site / "content" / "notes" / f"{name}.md"
    path.write_text("\n".join(lines) + "\n\n" + body + "\n", encoding="utf-8")
    return path


def settings_of(site: Path, **overrides: Any) -> dict[str, Any]:
    """`site`'s production settings. publishconf.py does `from pelicanconf import *`, and
    Python caches that module: forget it, or every site would get the first site's paths."""
    sys.modules.pop("pelicanconf", None)
    return Project(site).load_settings(production=True, overrides=overrides)


def build(site: Path, siteurl: str = "https://maple.test") -> dict[str, Any]:
    settings = settings_of(site, SITEURL=siteurl)
    build_site(settings)
    return settings
