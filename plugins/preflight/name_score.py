"""Is a name the rules found a patient's, or someone else's? A learned score over its context.

Why a model after the rules: the name rules (`detect_names`) flag a full name, or a given name
said in a sentence about someone's health or life, unless a rule explains it away (a public
figure, an eponym, a book's character, a brand, a place, the practice's own staff). On notes
nobody tuned them to, most of the clean notes the guard held back were held for a name that
no rule knew to explain: a team's pitcher "on the mound", a company's founder, a musher of the
Iditarod, a Samoan word for a holiday. Each rule written for one of them freed about a tenth of
the next practice's (session 19). What those names share is *how they are spoken of*: with a
team, a season, a race, "founded", "named after", a festival, never with "came in", "her mom",
"fever" and a story told. A logistic model over a name's neighbouring words weighs all of that
at once, and it learns it from every practice's notes at once.

What it may do, by design, and no more:
- it reads only two kinds of hits: a full name (BLOCK) and a given name in a sentence about
  someone's life (WARN), found in prose. Every other finding (a phone, a record number, a
  family by its surname, a name in an address or a file name) is the rules' alone;
- it can only take such a hit back, when its probability of being a patient's (or a patient's
  family's) name is under the model's threshold; it never adds a finding;
- it learns from words, not names: each neighbour is read as an English or Spanish word of the
  dictionaries (`lexicon.common_words`: "mound", "pitcher", "fundador") or a placeholder, and
  the name itself only by what the lexicon says of it (a given name, a family name, a place, a
  word, a brand). The name is never a feature, so the model cannot learn who is famous, only
  how the famous are spoken of; and a word the training notes never wrote beside a name
  weighs nothing either way.

The weights and threshold are data (`data/name_model.json.gz`), written by
`data/train_name_model.py`, whose docstring says what it learns from, how the threshold was
chosen and what it cost. Everything here is pure; the guard (privacy.py) asks `doubted` per
hit, once the rules have spoken.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import logistic, story_score
from .hits import ABOUT_LIFE, FULL_NAME, Hit, sentence_span
from .lexicon import LIFE_CONTEXT, brands, common_words, fold, given_names, place_names, surnames
from .story_score import CAPITALISED, RARE, words

MODEL_PATH = Path(__file__).resolve().parent / "data" / "name_model.json.gz"
#: How many words on each side of the name are read as its neighbours.
WINDOW = 6
#: How many words past the name's sentence the story model reads with it (`features`).
TOLD_AFTER = 25
#: The two kinds of hits the model reads (see the module's docstring).
FULL, GIVEN = "full", "given"


@dataclass(frozen=True)
class NameModel:
    """A logistic model: P(a patient's name) = sigmoid(bias + sum(weight[f] * value[f]))."""

    weights: Mapping[str, float]
    bias: float
    #: Under it, a hit is taken back (chosen on held-out folds, `train_name_model.py`).
    threshold: float
    #: How the model was made (counts, cross-validated figures), shown by the benchmarks.
    about: Mapping[str, object]


def kind_of(hit: Hit) -> str | None:
    """`FULL` or `GIVEN` for the two kinds of name hits the model reads, else None.

    Read from the message the rule wrote ('"Ana Soto" looks like a person's full name.'), so
    a name in a link or a file name ('"…" in a link or a file name looks like …') is not one.
    """
    if hit.code != "privacy-name" or not hit.message.startswith('"'):
        return None
    rest = hit.message[hit.message.find('"', 1) + 1:]
    if rest.startswith(FULL_NAME):
        return FULL
    if rest.startswith(" looks like a person's name" + ABOUT_LIFE):
        return GIVEN
    return None


def _token(word: str, vocabulary: frozenset[str]) -> str:
    folded = fold(word)
    return folded if folded in vocabulary else CAPITALISED if word[:1].isupper() else RARE


#: What the lexicon may say of a word of the name: its only features of its own.
_LEXICONS = (("given", given_names), ("family", surnames), ("place", place_names),
             ("word", common_words), ("brand", brands))


def features(text: str, start: int, end: int, *, kind: str, key: str, lang: str,
             vocabulary: frozenset[str] | None = None,
             story_model: story_score.StoryModel | None = None) -> dict[str, float]:
    """The features of the name at text[start:end]: its neighbours in its sentence (each,
    the nearest one, the nearest two, the whole sentence's words), where it is published
    (`key`: the body, a title, a summary), how much its own passage reads like a patient's
    story (the story model, `story_score`, over its sentence and the `TOLD_AFTER` words after
    it: "Rayan's teta brought him in on Monday" is told of a patient in a note of advice),
    the note's language, and what the lexicon knows of the
    name's first and last words. Pure."""
    vocabulary = common_words() if vocabulary is None else vocabulary
    spelled = words(text)
    offsets = [offset for offset, _ in spelled]
    left_end, right_start = bisect_left(offsets, start), bisect_left(offsets, end)
    first, last = (bisect_left(offsets, at) for at in sentence_span(text, start, end))
    left = [_token(w, vocabulary) for _, w in spelled[max(first, left_end - WINDOW):left_end]]
    right = [_token(w, vocabulary) for _, w in spelled[right_start:min(last, right_start + WINDOW)]]
    sentence = {_token(w, vocabulary)
                for _, w in (*spelled[first:left_end], *spelled[right_start:last])}
    name = [w for _, w in spelled[left_end:right_start]] or [text[start:end]]
    out = {f"kind={kind}": 1.0, f"key={key or 'body'}": 1.0, f"lang={lang}": 1.0,
           f"words={min(len(name), 3)}": 1.0}
    out.update({f"l={w}": 1.0 for w in left} | {f"r={w}": 1.0 for w in right})
    if left:
        out[f"l1={left[-1]}"] = 1.0
    else:
        out["first"] = 1.0
    if right:
        out[f"r1={right[0]}"] = 1.0
    if len(left) >= 2:
        out[f"l2={left[-2]}_{left[-1]}"] = 1.0
    if len(right) >= 2:
        out[f"r2={right[0]}_{right[1]}"] = 1.0
    out.update(dict.fromkeys((f"s={w}" for w in sentence), 1.0 / math.sqrt(len(sentence) or 1)))
    told = story_model or story_score.load_model()
    passage = [w for _, w in spelled[first:min(len(spelled), last + TOLD_AFTER)]]
    local = story_score.probability(told, story_score.features(
        story_score.tokens(passage, told.vocabulary)))
    out[f"told={min(9, int(local * 10))}"] = 1.0
    if text[end:end + 1] in ("'", "’"):
        out["possessive"] = 1.0
    for where, word in (("a", name[0]), ("z", name[-1])):
        folded = fold(word)
        out.update({f"{where}.{label}": 1.0 for label, lexicon in _LEXICONS
                    if folded in lexicon()})
    if len(name[-1]) > 1 and name[-1].isupper():
        out["capitals"] = 1.0
    if not name[-1].isascii():
        out["accent"] = 1.0
    out[f"said={min(text.count(name[-1]), 3)}"] = 1.0
    return out


#: Right around a name, words that tie it to someone's own life: their pronoun, their
#: relative, their possessive ("treated Mateo Ruiz for his asthma", "Rayan's teta brought
#: him in", "La abuela de Dayana").
_OWN = re.compile(
    r"['’]s\b|\b(?:his|her|him|hers|su|sus|mom|mommy|dad|daddy|mother|father|parents|sister"
    r"|brother|grandma|grandpa|grandmother|grandfather|mam[aá]|pap[aá]|madre|padre|abuel[oa]"
    r"|t[ií][oa]|teta|hij[oa]|herman[oa]|son|daughter)\b", re.I)
#: How far around the name `_OWN` is looked for (characters, within its sentence).
OWN_REACH = 40


def told_as_their_own(text: str, start: int, end: int) -> bool:
    """Whether the name's sentence is about someone's health or life (`LIFE_CONTEXT`) and
    the words right around the name make it theirs (`_OWN`). Such a name is never taken
    back, whatever the model says: a leak dropped in passing into a note of advice or staff
    news ("… spent nine years in the ER and treated Mateo Ruiz for his asthma") reads, to
    the model, like the note around it; this is the one shape where that costs a patient."""
    left, right = sentence_span(text, start, end)
    if LIFE_CONTEXT.search(text, left, right) is None:
        return False
    return _OWN.search(text, max(left, start - OWN_REACH), min(right, end + OWN_REACH)) is not None


def probability(model: NameModel, values: Mapping[str, float]) -> float:
    """The model's probability that the name is a patient's or their family's."""
    return logistic.probability(model.weights, model.bias, values)


def read_as(text: str, hit: Hit, *, prose: bool) -> str | None:
    """The kind (`kind_of`) of a hit the model reads, or None for one it never reads: one
    outside prose, of another kind, or told as someone's own (`told_as_their_own`). The guard
    and the training script ask the same question here."""
    kind = kind_of(hit) if prose else None
    return None if kind is None or told_as_their_own(text, hit.start, hit.end) else kind


def doubted(model: NameModel, text: str, hit: Hit, *, key: str, lang: str,
            prose: bool = True) -> bool:
    """Whether the model takes the rules' hit in `text` back (only hits it reads; pure)."""
    kind = read_as(text, hit, prose=prose)
    if kind is None:
        return False
    values = features(text, hit.start, hit.end, kind=kind, key=key, lang=lang)
    return probability(model, values) < model.threshold


def to_json(model: NameModel) -> dict[str, object]:
    """The model as `data/name_model.json.gz` stores it (sorted, so a retrain diffs)."""
    return logistic.stored(model.weights, model.bias, model.threshold, model.about)


def from_json(data: Mapping[str, object]) -> NameModel:
    """A model from its stored form."""
    return NameModel(*logistic.unstored(data))


@cache
def load_model(path: Path = MODEL_PATH) -> NameModel:
    """The shipped model (a missing file is a broken install, and says so)."""
    return from_json(logistic.read(path))
