"""The story model (`story_score`): its pure parts with a model made by hand, the shipped
model's promises (common words only, the documented threshold), and the guard's use of it:
a note told as one patient's story stops the publish at the sentence that reads most so,
names the words that made it read so, and is attested like any other WARN."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from preflight import story_score
from preflight.findings import Level
from preflight.story_score import CAPITALISED, RARE, StoryModel
from support.preflight_helpers import check_one

ADVICE = (
    "Title: Croup season\n\n"
    "Croup makes a cough that sounds like a seal, and it is often worse at night. Most "
    "children get better in three to five days. Cool night air or a steamy bathroom can "
    "help for a few minutes. Call us if your child struggles to breathe or drools.\n"
)
STORY = (
    "Title: A busy week\n\n"
    "We had a little one come in on Tuesday with a barking cough. Her mom said it started "
    "the night before, and by morning she could barely talk. We gave her a dose of steroids "
    "and she went home smiling.\n\n"
    "Croup usually gets better in three to five days.\n"
)


def hand_model(threshold: float = 0.5, **weights: float) -> StoryModel:
    vocabulary = frozenset({"her", "mom", "came", "in", "the", "a", "cough", "is", "common"})
    return StoryModel({k.replace("__", "="): v for k, v in weights.items()}, 0.0,
                      vocabulary, threshold, {})


def test_words_leave_out_addresses_markup_and_link_targets() -> None:
    text = ('See <a href="x">this</a> ![a boy](boy.jpg) [page](https://cdc.gov/x) '
            "or mail nurse@example.org, photo IMG_2041.jpg. Her mom came")
    spelled = story_score.words(text)
    assert [w for _, w in spelled] == ["See", "this", "page", "or", "mail", "photo", "Her",
                                       "mom", "came"]
    assert all(text[o:o + len(w)] == w for o, w in spelled)  # offsets into the text as given


def test_a_name_is_never_a_feature_only_a_placeholder() -> None:
    vocabulary = frozenset({"her", "mom"})
    assert story_score.tokens(["Her", "mom", "Noor", "zxqv"], vocabulary) == [
        "her", "mom", CAPITALISED, RARE]


def test_features_are_each_word_and_pair_once_scaled_by_length() -> None:
    values = story_score.features(["her", "mom", "her", "mom"])
    assert set(values) == {"w=her", "w=mom", "b=her_mom", "b=mom_her"}
    assert values["w=her"] == pytest.approx(story_score.SCALE / 2)


def _long(sentence: str) -> str:
    return " ".join([sentence] * 6)


def test_below_the_threshold_or_too_short_nothing_is_said() -> None:
    model = hand_model(threshold=0.9, b__her_mom=0.5)
    assert story_score.story_hit(model, [_long("The cough is common.")]) is None
    short = hand_model(threshold=0.5, b__her_mom=50.0)
    assert story_score.story_hit(short, ["Her mom came in."]) is None  # under MIN_WORDS


def test_the_hit_is_the_heaviest_sentence_from_its_first_word_with_pairs_as_cues() -> None:
    model = hand_model(w__her=1.0, w__mom=1.0, b__her_mom=2.0, w__came=0.5, w__cough=-1.0)
    advice = "A cough is common. " * 5
    text = f'{advice}"Her mom" came in the cough. A cough is common.'
    hit = story_score.story_hit(model, ["Title", text])
    assert hit is not None and hit.text_index == 1
    assert text[hit.start:hit.end] == 'Her mom" came in the cough.'
    assert hit.cues == ("her mom", "came")  # not "her", "mom" and "her mom"
    assert hit.probability > 0.5


def test_a_model_survives_its_stored_form() -> None:
    model = hand_model(threshold=0.7, w__her=1.25)
    stored = json.loads(json.dumps(story_score.to_json(model)))
    assert story_score.from_json(stored, model.vocabulary) == model


def test_the_shipped_model_reads_common_words_only_from_the_tune_half() -> None:
    with gzip.open(story_score.MODEL_PATH, "rt", encoding="utf-8") as stream:
        stored = json.load(stream)
    model = story_score.load_model()
    assert model.threshold == stored["threshold"] == 0.95
    assert stored["about"]["trained_on"] == "tests/preflight/corpus/tune"
    assert all(word == word.lower() for word in model.vocabulary)
    allowed = model.vocabulary | {CAPITALISED, RARE}
    for feature in model.weights:
        assert set(feature[2:].split("_")) <= allowed, feature


def _story_findings(tmp_path: Path, text: str) -> list:
    report = check_one(tmp_path, text)
    return [f for f in report.findings if f.code == "privacy-anecdote"]


def test_a_story_with_no_identifier_stops_at_its_sentence(tmp_path: Path) -> None:
    [finding] = _story_findings(tmp_path, STORY)
    assert finding.level is Level.WARN and finding.blocking
    assert (finding.line, finding.col) == (3, 62)  # "Her mom said it started …"
    assert 'most of all at "Her mom said it started the night before,' in finding.message
    assert '"her mom"' in finding.message and "Fix:" in finding.message


def test_advice_and_a_story_said_to_be_a_composite_pass(tmp_path: Path) -> None:
    assert _story_findings(tmp_path / "a", ADVICE) == []
    composite = STORY.replace("Croup usually", "This story is a composite of several "
                              "families. Croup usually")
    assert _story_findings(tmp_path / "b", composite) == []


def test_the_attestation_covers_the_story_until_its_sentence_changes(tmp_path: Path) -> None:
    [finding] = _story_findings(tmp_path / "a", STORY)
    attested = STORY.replace("\n\n", f"\nDeidentified: yes {finding.fingerprint}\n\n", 1)
    [again] = _story_findings(tmp_path / "b", attested)
    assert again.level is Level.INFO and not again.blocking
    changed = attested.replace("by morning she could barely talk",
                               "by morning she could barely whisper")
    [asked] = _story_findings(tmp_path / "c", changed)
    assert asked.level is Level.WARN and asked.blocking
