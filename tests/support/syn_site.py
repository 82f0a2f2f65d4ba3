"""The smallest templates that show the syndication links, for tests that build sites."""

from __future__ import annotations

from pathlib import Path

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
