"""Tag, category and author pages without Pelican's quadratic date lists.

Pelican 4.12 builds each list's `dates` as `[a for a in self.dates if a in articles]`: a
list membership test per note, so each tag costs notes × notes-in-tag comparisons. At
5,000 notes that is most of a second of every build, the preview's saves included (the
"tag pages regenerated with the whole site" of issue 13). The same lists, in the same
order, come from one set of ids per tag. Articles have no `__eq__` (identity), so the
result is identical.

Written for Pelican 4.12's `ArticlesGenerator.generate_tags/categories/authors`; each is
replaced on the generator instance at `article_generator_init`, so nothing global moves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

logger = logging.getLogger(__name__)


def dated(all_dates: Iterable[Any], articles: Iterable[Any]) -> list[Any]:
    """`all_dates` restricted to `articles`, in `all_dates`' order (by identity)."""
    members = {id(article) for article in articles}
    return [article for article in all_dates if id(article) in members]


def _lists_writer(kind: str, template: str, items: Callable[[Any], Iterable[tuple[Any, Any]]]
                  ) -> Callable[[Any, Callable[..., Any]], None]:
    """A `generate_<kind>s(write)` like Pelican's, with linear date lists."""
    from pelican.writers import FileOverwriteFailedError

    def generate(generator: Any, write: Callable[..., Any]) -> None:
        page_template = generator.get_template(template)
        for item, articles in items(generator):
            try:
                write(item.save_as, page_template, generator.context, url=item.url,
                      **{kind: item}, articles=articles,
                      dates=dated(generator.dates, articles), template_name=template,
                      blog=True, page_name=item.page_name, all_articles=generator.articles)
            except FileOverwriteFailedError:
                if not item.slug:
                    logger.info('%s "%s" has an invalid slug; skipping writing its page...',
                                kind.capitalize(), item)
                    continue
                logger.error('Failed to write %s page for "%s".', kind.capitalize(), item)
                raise

    return generate


_GENERATORS = {
    "generate_tags": _lists_writer("tag", "tag", lambda g: g.tags.items()),
    "generate_categories": _lists_writer("category", "category", lambda g: g.categories),
    "generate_authors": _lists_writer("author", "author", lambda g: g.authors),
}


def speed_up(generator: Any) -> None:
    """`article_generator_init`: this generator's list pages use `dated`."""
    for name, generate in _GENERATORS.items():
        if hasattr(generator, name):
            setattr(generator, name, generate.__get__(generator))


def register() -> None:
    from pelican import signals

    signals.article_generator_init.connect(speed_up)
