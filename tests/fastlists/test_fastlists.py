"""Linear date lists for tag, category and author pages: the same lists as Pelican's."""

from __future__ import annotations

import random
from datetime import datetime

from fastlists import _GENERATORS, dated, speed_up


class Note:
    """Identity only, like Pelican's articles (no __eq__)."""


def test_dated_is_pelicans_list_in_pelicans_order() -> None:
    notes = [Note() for _ in range(300)]
    rng = random.Random(13)
    for _ in range(20):
        chosen = rng.sample(notes, rng.randint(0, 60))
        assert dated(notes, chosen) == [n for n in notes if n in chosen]


def test_only_the_generators_own_methods_are_replaced() -> None:
    class Generator:
        def generate_tags(self, write: object) -> None:
            raise AssertionError("Pelican's quadratic version ran")

    generator, other = Generator(), Generator()
    speed_up(generator)
    assert generator.generate_tags.__func__ is _GENERATORS["generate_tags"]
    assert "generate_tags" not in vars(other)
    assert not hasattr(generator, "generate_authors")  # only what the generator has


def test_an_article_remembers_its_address_but_sees_a_new_slug(project_dir) -> None:
    from fastlists import URL_MEMO, remember_urls
    from pelican.contents import Article
    from support.sites import settings_for

    remember_urls()
    settings = settings_for(project_dir)
    metadata = {"title": "Fever", "slug": "fever", "date": datetime(2026, 11, 2)}
    article = Article("<p>Text.</p>", metadata=metadata, settings=settings,
                      source_path=str(project_dir / "content/notes/a.md"))
    article.__dict__[URL_MEMO] = {}
    first = article.url
    assert article.url == first and article.__dict__[URL_MEMO]
    article.slug = "fever-2"
    assert article.url != first and "fever-2" in article.url
