"""Put each planned card into the built site, drawing only what the cache does not hold.

The cache (`CACHE_PATH/cards/<sha256>.jpg`) is keyed by a hash of everything drawn, so an
unchanged note costs one file copy per build, and an edited title gets a new card (and a new
URL, so social networks do not keep showing the old one).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from common.atomic import write_atomically

from .plan import Card

Drawer = Callable[[str, str, str], bytes]


@dataclass
class RenderStats:
    drawn: int = 0
    cached: int = 0


def render_cards(cards: Iterable[Card], cache_dir: Path, output_dir: Path,
                 drawer: Drawer) -> RenderStats:
    """Each generated card into `output_dir` at its URL, from the cache or freshly drawn."""
    stats = RenderStats()
    done: set[str] = set()
    for card in cards:
        if not card.generated or card.url in done:
            continue
        done.add(card.url)
        cached = cache_dir / "cards" / f"{card.key}.jpg"
        if cached.is_file():
            stats.cached += 1
        else:
            write_atomically(cached, drawer(card.title, card.practice, card.byline))
            stats.drawn += 1
        target = output_dir / card.url
        # The URL names the card's content hash: a file already there is this very card.
        if target.is_file() and target.stat().st_size == cached.stat().st_size:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
    return stats
