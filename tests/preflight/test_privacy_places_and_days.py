"""Where a child lives and when something happened to them, told the way stories tell them
(round 9, from the e4 batch's misses): a town pinned by a landmark ("Pruett, the
one-stoplight town past the grain elevator"), homes by their complex ("the Pine Knoll
Apartments", "the Dunmore Flats area"); a day of the month alone ("discharged on the 14th"),
a stay ("in the hospital from January 5 to January 9"), a first ("his first steps on Mother's
Day"). Beside them, the same words that place and date nobody.
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A six-year-old from out in Pruett, the one-stoplight town past the grain elevator, "
         "coughed all summer before anyone thought of pertussis.", "privacy-place"),
        ("A ten-year-old from Harbor Point, down by the bait shop, came in Saturday with a "
         "hook through his thumb.", "privacy-place"),
        ("Three children in one family from the Pine Knoll Apartments on the north side came "
         "in with headaches last week.", "privacy-place"),
        ("A two-month-old of ours from the Dunmore Flats area came in a grayish blue color.",
         "privacy-place"),
        ("Our 31-weeker was discharged on the 14th after 58 days in the NICU.", "privacy-date"),
        ("A three-year-old with asthma was in the hospital from January 5 to January 9.",
         "privacy-date"),
        ("He took his first steps on Mother's Day, four days after his visit.", "privacy-date"),
        ("We opened our on-call clinic on New Year's Day for a ten-year-old girl with a burn.",
         "privacy-date"),
    ],
)
def test_places_and_days_of_one_child_stop(text: str, code: str) -> None:
    assert code in stopping_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A family from the Chicago area came in for shots.",
        "The library, next to the fire station, hosts story time for children.",
        "The flu clinic is on the 14th floor.",
        "Shots are given on the 1st and 15th of each month.",
        "Most babies take their first steps between 9 and 18 months.",
    ],
)
def test_the_same_words_place_and_date_nobody(text: str) -> None:
    assert not stopping_codes(text)
