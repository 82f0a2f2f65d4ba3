"""Prints how long composing one message takes per network (English, Spanish, emoji, Chinese).

Composition runs for every post about to be sent and for every post the preview shows; X's
counting (the twitter-text URL grammar and, for emoji, the reference counter) is the costly
one. Run: .venv/bin/python benchmarks/syndication_compose.py
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from syndication.compose import compose
from syndication.model import PostSource

TEXTS = {
    "english": "Most fevers are the body fighting an infection and are not dangerous. " * 6,
    "spanish": "¿Su hijo tiene fiebre? Llámenos si el niño tiene menos de tres meses. " * 6,
    "emoji": "Flu shots are here 💉 👨‍👩‍👧‍👦 book today 👍🏽 🇲🇽 " * 8,
    "chinese": "发烧是身体对抗感染的方式。三个月以下的婴儿发烧，请立即打电话给我们。" * 6,
}
ROUNDS = 300


def main() -> None:
    base = PostSource(
        post_id="notes/a.md", source_path="notes/a.md",
        url="https://www.maple-street-pediatrics.com/notes/fever/", title="Fever in babies",
        summary="", text="", micro=True, date=datetime(2026, 11, 2, tzinfo=UTC),
        tags=("fever", "sleep training"),
    )
    compose(replace(base, text="warm-up"), "x")
    print(f"compose, mean of {ROUNDS} calls (ms per message)")
    print(f"{'text':<10}{'x':>8}{'mastodon':>10}{'bluesky':>9}")
    for name, text in TEXTS.items():
        figures = []
        for network in ("x", "mastodon", "bluesky"):
            start = time.perf_counter()
            for index in range(ROUNDS):
                compose(replace(base, text=text, url=f"{base.url}{index}"), network)
            figures.append((time.perf_counter() - start) / ROUNDS * 1000)
        print(f"{name:<10}{figures[0]:>8.2f}{figures[1]:>10.2f}{figures[2]:>9.2f}")


if __name__ == "__main__":
    main()
