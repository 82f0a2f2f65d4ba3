"""Pelican plugin: a card image for every note (its own `image:`, or one drawn at build time).

`register()` only wires signals. The card of each note is planned by the `trust` plugin
(`article.card`, from `cards.plan`); this plugin draws and copies the generated ones once all
content is read, so only changed notes are drawn (see render.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from common.settings import setting_of
from pelican import signals

from .draw import draw_card
from .plan import Card, identity
from .render import RenderStats, render_cards

logger = logging.getLogger(__name__)


def planned_cards(generators: list[Any]) -> list[Card]:
    """Every card the built pages point to: notes (published and hidden), pages, the site."""
    cards: list[Card] = []
    for generator in generators:
        for name in ("articles", "translations", "hidden_articles", "pages", "hidden_pages"):
            for content in getattr(generator, name, []) or []:
                card = getattr(content, "card", None)
                if isinstance(card, Card):
                    cards.append(card)
        site = generator.context.get("SITE_CARD")
        if isinstance(site, Card):
            cards.append(site)
    return cards


def write_cards(generators: list[Any]) -> RenderStats:
    """`all_generators_finalized` handler: draw what is missing, copy all into output/."""
    if not generators:
        return RenderStats()
    settings = generators[0].settings
    if not setting_of(settings, "CARD_IMAGES"):
        return RenderStats()

    accent, logo, monogram, photo = identity(settings)

    def drawer(title: str, practice: str, byline: str) -> bytes:
        return draw_card(title, practice, byline, setting_of(settings, "CARD_FONT"),
                         setting_of(settings, "CARD_FONT_BOLD"), accent=accent, logo=logo,
                         monogram=monogram, photo=photo)

    stats = render_cards(planned_cards(generators), Path(settings["CACHE_PATH"]),
                         Path(settings["OUTPUT_PATH"]), drawer)
    logger.debug("Card images: %d drawn, %d from the cache", stats.drawn, stats.cached)
    return stats


def register() -> None:
    signals.all_generators_finalized.connect(write_cards)
