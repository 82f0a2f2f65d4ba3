"""The name model (`name_score`): its pure parts with a model made by hand, the shipped
model's promises (it reads only two kinds of name hits, learns from words and never from a
name, takes back and never adds), and the guard's use of it: a name spoken of the way a
team's player, a founder or a festival is passes, the same name in a child's story stops.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight import name_score
from preflight.findings import Level
from preflight.hits import Hit, block, warn
from preflight.name_score import FULL, GIVEN, NameModel
from support.preflight_helpers import check_one

VOCABULARY = frozenset({"on", "the", "mound", "came", "in", "with", "a", "fever", "her", "mom"})


def _full(text: str, name: str) -> Hit:
    start = text.index(name)
    return block(start, start + len(name), "privacy-name",
                 f'"{name}" looks like a person\'s full name.', "Fix: remove the name.")


def _given(text: str, name: str) -> Hit:
    start = text.index(name)
    return warn(start, start + len(name), "privacy-name",
                f'"{name}" looks like a person\'s name in a sentence about their health, a '
                "visit or their life. (Staff pass …)")


def _privacy(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    report = check_one(tmp_path, text)
    return {(f.code, f.level.value) for f in report.findings
            if f.code.startswith("privacy-") and f.blocking}


# --- which hits it reads ---------------------------------------------------------------------

def test_it_reads_a_full_name_and_a_given_name_in_a_sentence_and_nothing_else() -> None:
    text = "Tarik Skubal was on the mound and Noor had a fever."
    assert name_score.kind_of(_full(text, "Tarik Skubal")) == FULL
    assert name_score.kind_of(_given(text, "Noor")) == GIVEN
    phone = block(0, 5, "privacy-phone", 'Phone number "217-555-0199".')
    family = block(0, 5, "privacy-name", '"the Okafor twins" names a family or a child.')
    in_a_link = block(0, 5, "privacy-name",
                      '"ana-soto" in a link or a file name looks like a person\'s full name.')
    assert {name_score.kind_of(h) for h in (phone, family, in_a_link)} == {None}


def test_a_hit_it_does_not_read_is_never_taken_back() -> None:
    always = NameModel({}, -30.0, 0.5, {})  # every name it reads would be taken back
    text = "Call 217-555-0199 about the Okafor twins."
    phone = block(5, 17, "privacy-phone", 'Phone number "217-555-0199".')
    family = block(28, 34, "privacy-name", '"Okafor" names a family or a child.')
    assert not name_score.doubted(always, text, phone, key="", lang="en")
    assert not name_score.doubted(always, text, family, key="", lang="en")
    assert name_score.doubted(always, text, _full("Ana Soto came in.", "Ana Soto"),
                              key="", lang="en")


# --- what it reads of a name -----------------------------------------------------------------

def test_features_are_the_neighbours_and_never_the_name_itself() -> None:
    text = "Tarik Skubal was on the mound. Her mom came in."
    values = name_score.features(text, 0, 12, kind=FULL, key="", lang="en",
                                 vocabulary=VOCABULARY)
    assert not any("tarik" in f.lower() or "skubal" in f.lower() for f in values)
    assert {"kind=full", "key=body", "lang=en", "words=2", "first"} <= set(values)
    assert sum(f.startswith("told=") for f in values) == 1  # how its passage is told
    assert {"r1=<rare>", "r=on", "r=mound"} <= set(values)  # "was" is no word of VOCABULARY
    assert "r=mom" not in values  # the next sentence is not its context


def test_the_nearest_words_and_the_lexicon_are_read_apart() -> None:
    text = "On the mound, her mom Marisol came in with a fever."
    start = text.index("Marisol")
    values = name_score.features(text, start, start + 7, kind=GIVEN, key="summary", lang="es",
                                 vocabulary=VOCABULARY)
    assert {"l1=mom", "l2=her_mom", "r1=came", "r2=came_in", "key=summary", "a.given"} \
        <= set(values)


def test_a_model_takes_back_what_its_weights_say_under_the_threshold() -> None:
    model = NameModel({"r=mound": -4.0, "r=fever": 4.0}, 0.0, 0.3, {})
    player = "Tarik Skubal was on the mound."
    child = "Tarik Skubal came in with a fever."
    assert name_score.doubted(model, player, _full(player, "Tarik Skubal"), key="",
                              lang="en")
    assert not name_score.doubted(model, child, _full(child, "Tarik Skubal"), key="",
                                  lang="en")


def test_the_stored_form_reads_back_the_same() -> None:
    model = NameModel({"r=mound": -1.23456, "l1=mom": 2.0}, 0.5, 0.1, {"name_hits": 3})
    again = name_score.from_json(name_score.to_json(model))
    assert again.weights == {"r=mound": -1.2346, "l1=mom": 2.0}
    assert (again.bias, again.threshold, again.about) == (0.5, 0.1, {"name_hits": 3})


def test_a_name_told_as_someones_own_is_never_taken_back() -> None:
    always = NameModel({}, -30.0, 0.5, {})
    for text, name in [
        ("Gloria spent nine years in the ER and treated Mateo Ruiz for his asthma.", "Mateo Ruiz"),
        ("Rayan's teta brought him in on Monday with a jar of anise tea.", "Rayan"),
        ("La abuela de Dayana le frotó ajo en los pies para la fiebre.", "Dayana"),
    ]:
        assert name_score.told_as_their_own(text, text.index(name), text.index(name) + len(name))
        hit = _full(text, name) if " " in name else _given(text, name)
        assert not name_score.doubted(always, text, hit, key="", lang="en")
    # (a player's name beside no one's own life is the model's to read)
    text = "Tarik Skubal takes the mound for the Tigers on opening day."
    assert not name_score.told_as_their_own(text, 0, 12)
    assert name_score.doubted(always, text, _full(text, "Tarik Skubal"), key="", lang="en")


# --- the shipped model -----------------------------------------------------------------------

def test_the_shipped_model_learned_from_words_only() -> None:
    model = name_score.load_model()
    assert 0 < model.threshold < 0.5
    assert model.about["trained_on"] == ["tests/preflight/corpus/tune",
                                         "tests/preflight/corpus/dev"]
    # every neighbour is a placeholder or a dictionary word: never a name of the corpus
    from preflight.lexicon import common_words
    words = common_words() | {"<cap>", "<rare>"}
    for feature in model.weights:
        kind, _, value = feature.partition("=")
        if kind in ("l", "r", "l1", "r1", "s"):
            assert value in words, feature
        elif kind in ("l2", "r2"):
            assert set(value.split("_")) <= words, feature


# --- in the guard -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Title: Opening day at the ballpark\n\nOpening day is Thursday, and Tarik Skubal takes "
    "the mound for the Tigers. If your family is headed to the game, bring sunscreen, hats and "
    "a refillable water bottle for every kid. Day games in April can still sunburn a toddler "
    "in an hour.\n",
    "Title: Skate season\n\nRed Wings captain Dylan Larkin wears a mouthguard every shift, "
    "and so should your young skater. Youth hockey season starts next week: check that helmets "
    "fit snugly, cages are attached, and skates are sharpened before the first practice.\n",
    "Title: Flu shots at the grocery\n\nH-E-B was started in 1905 by Florence Butt, who "
    "opened a small grocery in Kerrville. Today its stores carry our favorite low-sugar "
    "cereals, and the pharmacy gives flu shots to anyone over three with no appointment. Bring "
    "your insurance card.\n",
])
def test_a_name_spoken_of_as_a_player_or_a_founder_passes(tmp_path: Path, text: str) -> None:
    assert _privacy(tmp_path, text) == set()


@pytest.mark.parametrize("text", [
    "Title: A busy week\n\nTarik Skubal came in on Tuesday with a fever and an ear infection. "
    "His mom said he had been pulling at his ear all night.\n",
    "Title: Iditarod\n\nMitch Seavey, one of our patients, came in with frostbite on two "
    "fingers after the ceremonial start. His dad brought him straight from the race.\n",
])
def test_the_same_names_in_a_childs_story_still_stop(tmp_path: Path, text: str) -> None:
    assert ("privacy-name", Level.BLOCK.value) in _privacy(tmp_path, text)
