"""Pelican plugin: trust signals and sharing metadata for every note and page.

`register()` only wires signals; `annotate.py` prepares, for each article, `article.trust`
(reviewed date, sources, disclosure, description), `article.card` (see `cards.plan`) and
`article.sharing` (canonical, Open Graph, Twitter Card, JSON-LD) for the theme to print.
"""

from __future__ import annotations

from pelican import signals

from .annotate import annotate_articles, annotate_pages


def register() -> None:
    signals.article_generator_finalized.connect(annotate_articles)
    signals.page_generator_finalized.connect(annotate_pages)
