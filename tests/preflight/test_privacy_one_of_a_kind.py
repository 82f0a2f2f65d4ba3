"""A patient told by what there is one of in town (round 9, from the e4 batch's misses): no
name, no date, yet the town knows who: "our patient who is concertmaster of the youth
symphony", "the only house on the lake road", "made the front page", "whose mom owns the
downtown bakery". Beside each, the same words about nobody in particular, which must pass.
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize(
    "text",
    [
        "Our patient who is concertmaster of the youth symphony this season had her brace cut "
        "lower at the shoulder.",
        "Our sextuplets, the ones the news crews filmed coming home, had their checkups.",
        "This year one of our toddlers received part of her father's liver, and the surgery "
        "made the front page of the weekly paper.",
        "A sixteen-year-old lifeguard at the municipal pool, whose dad is the chief of police, "
        "cleared a hot dog from her brother's airway.",
        "Telehealth was made for families like one of ours: the quadruplets on the cattle "
        "ranch, fifty-one miles from our office.",
        "The captain at Fire Station 3 called us himself after his toddler pulled a mug of "
        "coffee off the counter.",
        "This fall a fifteen-year-old from the dairy farm on the county road lost two fingers "
        "to a PTO shaft.",
    ],
)
def test_a_patient_told_by_what_there_is_one_of_stops(text: str) -> None:
    assert "privacy-anecdote" in stopping_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A composite of several families: our patient whose mom owns a bakery learned to "
        "cook gluten-free.",
        "The only way to know whether a child has lead poisoning is a blood test.",
        "Our patients made the front page of our newsletter with their flu-shot stickers.",
        "Whose dad is the best? Every one of them, on Father's Day.",
        "Ask the fire chief at the open house about smoke alarms.",
    ],
)
def test_the_same_words_about_nobody_pass(text: str) -> None:
    assert "privacy-anecdote" not in stopping_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The triplets whose dad drives the elementary school bus came in for their checkups today.",
        "Everyone in the county has heard about the twins born in the back of the volunteer fire "
        "truck during the blizzard. We did their first checkup.",
        "Our first patient ever to get a new heart came in for her sixteenth-birthday checkup.",
        "The little girl who wandered off in the corn maze, the one the evening news followed all "
        "night, came in the next morning for a check.",
        "The three children from the house fire on the east side that made the evening news came "
        "in for a check of their lungs.",
    ],
)
def test_what_everyone_in_town_knows_stops(text: str) -> None:
    """k4 (session 10): one family's multiples or children pointed at, what everyone in town
    has heard, a birth on the way, the first patient ever, a story the news followed."""
    assert "privacy-anecdote" in stopping_codes(text)


def test_history_of_multiples_in_a_title_passes() -> None:
    assert "privacy-anecdote" not in stopping_codes(
        "The quintuplets who became a tourist attraction")
