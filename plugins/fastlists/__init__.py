"""Tag, category and author pages without Pelican's quadratic date lists, and articles
that compute their address once.

Pelican 4.12 builds each list's `dates` as `[a for a in self.dates if a in articles]`: a
list membership test per note, so each tag costs notes × notes-in-tag comparisons. At
5,000 notes that is most of a second of every build, the preview's saves included (the
"tag pages regenerated with the whole site" of issue 13). The same lists, in the same
order, come from one set of ids per tag. Articles have no `__eq__` (identity), so the
result is identical.

Written for Pelican 4.12's `ArticlesGenerator.generate_tags/categories/authors`; each is
replaced on the generator instance at `article_generator_init`.

Pelican also computes an article's `url` and `save_as` afresh on every access (its
metadata copied and formatted each time): five accesses per note per build, over a second
at 5,000 notes. Each article remembers its addresses from its creation
(`content_object_init`, `remember_urls`), keyed by status and slug as well, so a later
change of either is still seen. Only articles given the memo use it.
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


#: Attribute of an article holding its computed addresses.
URL_MEMO = "_rounds_url_memo"


def remember_urls() -> None:
    """Let articles that carry `URL_MEMO` remember their addresses (installed once)."""
    from pelican.contents import Content

    original = Content.get_url_setting
    if getattr(original, "remembers", False):
        return

    def get_url_setting(self: Any, key: str) -> str:
        memo = self.__dict__.get(URL_MEMO)
        if memo is None:
            return original(self, key)
        slot = (key, getattr(self, "status", None), getattr(self, "slug", None))
        if slot not in memo:
            memo[slot] = original(self, key)
        return memo[slot]

    get_url_setting.remembers = True  # type: ignore[attr-defined]
    Content.get_url_setting = get_url_setting  # type: ignore[method-assign]


def settle_addresses(content: Any) -> None:
    """`content_object_init`: an article or page remembers its addresses from now on.

    Safe from the start: the memo is keyed by status and slug (what Pelican itself may
    still change after this signal, for a scheduled note), and what else an address is
    made of (date, category, language) is set before the signal and never after.
    """
    from pelican.contents import Article, Page

    if isinstance(content, Article | Page):  # pages too: every page's menu shows them
        content.__dict__.setdefault(URL_MEMO, {})


def speed_up(generator: Any) -> None:
    """`article_generator_init`: this generator's list pages use `dated`."""
    for name, generate in _GENERATORS.items():
        if hasattr(generator, name):
            setattr(generator, name, generate.__get__(generator))


def register() -> None:
    from pelican import signals

    remember_urls()
    signals.article_generator_init.connect(speed_up)
    signals.content_object_init.connect(settle_addresses)
