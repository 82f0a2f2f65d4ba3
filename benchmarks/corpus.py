"""A realistic corpus of notes, for the build-speed benchmark and the preview-loop tests.

Not part of the site (it lives beside the benchmarks, not in plugins/): nothing a build or
a publish runs imports it.

Years of a practice's notes: 40–200 words each, one to three tags from a pediatric list,
about one in six a micro note without a title, dated a day or two apart. Deterministic for
a given seed, so two runs measure the same site.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

TAGS = (
    "fever", "colds", "sleep", "feeding", "vaccines", "asthma", "allergies", "rashes",
    "growth", "teething", "safety", "newborns", "toddlers", "school", "screen-time",
    "nutrition", "ear-infections", "flu", "covid", "mental-health", "sports", "sunscreen",
)
_WORD_TEXT = (
    "child children baby parents fever sleep drink water rest doctor call office visit "
    "temperature cough cold night day week help signs watch warm comfort medicine dose "
    "weight age months years safe play school food fruit vegetables milk breast bottle "
    "nurse line appointment vaccine shot arm sore normal common usually often most kids "
    "good better worse change breathing ear throat nose rash skin hands wash soap towel "
    "early late hours morning evening meal snack juice sugar teeth brush helmet seat car"
)
WORDS = tuple(_WORD_TEXT.split())


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def note_text(rng: random.Random, index: int, when: datetime, micro: bool) -> str:
    target = rng.randint(40, 200)
    sentences: list[str] = []
    count = 0
    while count < target:
        size = min(rng.randint(6, 16), max(target - count, 3))
        sentences.append(_sentence(rng, size))
        count += size
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
    header = [] if micro else [f"Title: Note {index}: {' '.join(rng.sample(WORDS, 4))}"]
    header += [f"Date: {when:%Y-%m-%d %H:%M}", f"Tags: {tags}"]
    return "\n".join(header) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 6) -> list[Path]:
    """Write `count` notes into `folder` (created); returns their paths, oldest first."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 11, 1, 8, 0) - timedelta(hours=36 * count)
    paths = []
    for index in range(count):
        when = start + timedelta(hours=36 * index)
        micro = rng.random() < 1 / 6
        path = folder / f"{when:%Y-%m-%d}-note-{index:05d}.md"
        path.write_text(note_text(rng, index, when, micro), encoding="utf-8")
        paths.append(path)
    return paths
