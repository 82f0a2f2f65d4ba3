"""Does a note read like the story of one patient? A learned score over how it is told.

Why a model beside the rules: `detect_people` reads a told story by its shapes ("a little
boy came in last week", "una de nuestras pacientitas"), one shape per rule. On notes nobody
tuned those rules to, the shapes missed about four leaky notes in ten of the ones every
rule passed: a story can be told in more ways than rules can list. What such notes share
is *how* they are told: a past tense, kin words ("her mom", "su mamá"), "our", "came in",
"this week", "ya", one child followed through time. A logistic model over the note's
common words and pairs of words weighs all of those at once.

What the model may learn from, by design:
- only words that the corpus writes in lower case in at least `MIN_NOTES` notes (the
  `vocabulary`). A proper noun of the corpus (a child's, a town's, a brand's name) is
  never a feature: it is read as `<cap>` (a capitalised word outside the vocabulary) or
  `<rare>` (any other), so the model learns how a story is told, not who is in it;
- only the note's prose as the guard reads it (title, summary, image text, per-network
  texts, body), with web addresses, e-mail addresses, file names, link targets and markup
  blanked out: those have rules of their own (detect_numbers, links).

The weights and the threshold are data (`data/story_model.json.gz`), the vocabulary a word
list (`data/written_words.txt`), both written by `data/train_story_model.py` from the
corpus' tune half only; its docstring says how the threshold was chosen and what it cost.
Everything here is pure: the guard (privacy.py) asks `story_hit` once per note and adds a
`privacy-anecdote` WARN, which the doctor can attest like any other.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from . import logistic
from .hits import sentence_spans
from .segments import PUBLISHED_KEYS, Segment

MODEL_PATH = Path(__file__).resolve().parent / "data" / "story_model.json.gz"
#: The model's vocabulary, kept as a word list of its own: the lexicon reads it too
#: (`lexicon.written_words`).
WORDS_PATH = MODEL_PATH.with_name("written_words.txt")
#: A word is a feature when the training notes write it in lower case in at least this many
#: notes: common words, never a name of the corpus.
MIN_NOTES = 20
#: A note with fewer words is not scored: the corpus' notes run from a few sentences to a
#: few paragraphs (under 1% of them are shorter), so a one-line note is outside what the
#: model has seen, and one word would weigh as much as a paragraph. The rules judge it.
MIN_WORDS = 20
#: The notes' features are scaled so that a long note and a short one weigh alike.
SCALE = 4.0
CAPITALISED, RARE = "<cap>", "<rare>"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: What is blanked out before the words are read (kept the same length, so offsets hold):
#: web and e-mail addresses, file names, Markdown images and link targets, HTML tags and
#: comments. Their contents are for other rules; here they would only teach the model the
#: corpus' domains.
_NOT_PROSE = re.compile(
    r"<!--.*?-->|<[^>]+>|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)"
    r"|https?://\S+|www\.\S+|[^\s\[\]()<>]+@[^\s\[\]()<>]+"
    r"|[^\s\[\]()<>]+\.(?:com|org|gov|net|edu|jpe?g|png|gif|webp|pdf)\b",
    re.S | re.I,
)


@dataclass(frozen=True)
class StoryModel:
    """A logistic model: P(story) = sigmoid(bias + sum(weight[f] * value[f]))."""

    weights: Mapping[str, float]
    bias: float
    vocabulary: frozenset[str]
    #: At or above it, a note reads like a story (chosen on held-out folds of the tune half).
    threshold: float
    #: How the model was made (counts, cross-validated figures), shown by the benchmarks.
    about: Mapping[str, object]


@dataclass(frozen=True)
class StoryHit:
    """The note reads like a story: where it reads most so, and the words that say it."""

    text_index: int
    start: int
    end: int
    probability: float
    cues: tuple[str, ...]


#: The texts a story is told in: the body ("") and the published prose values.
STORY_KEYS = frozenset({"", *PUBLISHED_KEYS})


def story_segments(segments: Iterable[Segment]) -> list[Segment]:
    """The note's prose the model reads, each text once (`segments.privacy_segments`)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for segment in segments:
        if segment.kind == "prose" and segment.key in STORY_KEYS and \
                (segment.key, segment.text) not in seen:
            seen.add((segment.key, segment.text))
            out.append(segment)
    return out


def words(text: str) -> list[tuple[int, str]]:
    """The words of `text` with their offsets, markup and addresses left out."""
    prose = _NOT_PROSE.sub(lambda m: " " * len(m.group()), text)
    return [(m.start(), m.group()) for m in WORD.finditer(prose)]


def tokens(spelled: Iterable[str], vocabulary: frozenset[str]) -> list[str]:
    """Each word as the model reads it: a common word in lower case, else a placeholder."""
    out = []
    for word in spelled:
        low = word.lower()
        out.append(low if low in vocabulary else CAPITALISED if word[:1].isupper() else RARE)
    return out


def _features_of(read: Sequence[str]) -> set[str]:
    return {f"w={t}" for t in read} | {f"b={a}_{b}" for a, b in pairwise(read)}


def features(read: Sequence[str]) -> dict[str, float]:
    """Every word and pair of neighbouring words once, scaled by the note's length."""
    present = _features_of(read)
    value = SCALE / math.sqrt(len(present) or 1)
    return dict.fromkeys(present, value)


def probability(model: StoryModel, values: Mapping[str, float]) -> float:
    """The model's probability that the note tells one patient's story."""
    return logistic.probability(model.weights, model.bias, values)


def note_tokens(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """The tokens of all of a note's texts, in order (training reads notes the same way)."""
    return [t for text in texts for t in tokens((w for _, w in words(text)), vocabulary)]


def note_probability(model: StoryModel, texts: Sequence[str]) -> float | None:
    """The probability that the note (its prose `texts`) tells one patient's story; None
    for a note shorter than `MIN_WORDS` (never scored: see there)."""
    read = note_tokens(texts, model.vocabulary)
    return probability(model, features(read)) if len(read) >= MIN_WORDS else None


def _cue(feature: str) -> str:
    return feature[2:].replace("_", " ")


def _cues(weighed: Sequence[tuple[float, str]], most: int = 3) -> list[str]:
    """The heaviest plain-word features, a pair standing for the words in it ("her mom",
    not "her", "mom", "her mom")."""
    chosen: list[str] = []
    for weight, feature in weighed:
        if weight <= 0 or len(chosen) == most:
            break
        if CAPITALISED in feature or RARE in feature:
            continue
        if feature.startswith("w=") and any(
                feature[2:] in c[2:].split("_") for c in chosen if c.startswith("b=")):
            continue
        if feature.startswith("b="):
            pair = feature[2:].split("_")
            chosen = [c for c in chosen if not (c.startswith("w=") and c[2:] in pair)]
        chosen.append(feature)
    return chosen


def story_hit(model: StoryModel, texts: Sequence[str]) -> StoryHit | None:
    """Whether the note (its prose `texts`) reads like a story, and which sentence most.

    The sentence is the one whose own words weigh most towards a story; its cues are its
    three heaviest features made of plain words (no placeholder), so the doctor sees what
    made the note read so ("came in", "her mom", "ayer").
    """
    p = note_probability(model, texts)
    if p is None or p < model.threshold:
        return None
    best: tuple[float, int, int, int, list[str]] | None = None
    for index, text in enumerate(texts):
        spelled = words(text)
        offsets = [offset for offset, _ in spelled]
        for start, end in sentence_spans(text):
            first, last = bisect_left(offsets, start), bisect_left(offsets, end)
            if first == last:
                continue
            inside = [w for _, w in spelled[first:last]]
            present = _features_of(tokens(inside, model.vocabulary))
            weighed = sorted(((model.weights.get(f, 0.0), f) for f in present), reverse=True)
            total = sum(w for w, _ in weighed if w > 0)
            if best is None or total > best[0]:
                best = (total, index, start, end, _cues(weighed))
    if best is None:
        return None
    _, index, start, end, cues = best
    text = texts[index]
    while start < end and not text[start].isalnum():  # from its first word, past a quote
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return StoryHit(index, start, end, p, tuple(_cue(f) for f in cues))


def to_json(model: StoryModel) -> dict[str, object]:
    """The model as `data/story_model.json.gz` stores it (sorted, so a retrain diffs)."""
    return logistic.stored(model.weights, model.bias, model.threshold, model.about)


def from_json(data: Mapping[str, object], vocabulary: Iterable[str]) -> StoryModel:
    """A model from its stored form and its vocabulary."""
    weights, bias, threshold, about = logistic.unstored(data)
    return StoryModel(weights=weights, bias=bias, vocabulary=frozenset(map(str, vocabulary)),
                      threshold=threshold, about=about)


@cache
def load_model(path: Path = MODEL_PATH) -> StoryModel:
    """The shipped model (a missing file is a broken install, and says so)."""
    return from_json(logistic.read(path), read_words(path.with_name(WORDS_PATH.name)))


def read_words(path: Path = WORDS_PATH) -> frozenset[str]:
    """A word list: one word a line, "#" lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def write_words(path: Path, vocabulary: Iterable[str], header: str) -> None:
    """The vocabulary as `read_words` reads it back, sorted so a retrain diffs."""
    path.write_text(f"# {header}\n" + "".join(f"{w}\n" for w in sorted(vocabulary)),
                    encoding="utf-8")
