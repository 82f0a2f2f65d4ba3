"""Children's names the lists do not hold or the rules did not read, from the g4 batch's
misses (round 9): a family name joined to its particle ("Layla al-Khatib"), an appositive
that makes a patient ("Olena, one of our teen patients, organized a book drive"; a book drive
is no author's book), "has used her spacer", "Kavin's wrist fracture" (a body part before
"fracture" makes it his, not an eponym's). Beside them, the eponyms and books that pass.
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize(
    "text",
    [
        "Layla al-Khatib's first year with type 1 diabetes",
        "Omar al-Farsi came in with a cough.",
        "Olena Shevchenko-Kravets, one of our teen patients, organized a book drive for the "
        "waiting room after her own long recovery from mono.",
        "Selamawit has used her spacer since her asthma diagnosis.",
        "Kavin's wrist fracture from the monkey bars is healing well.",
    ],
)
def test_names_in_passing_stop(text: str) -> None:
    assert "privacy-name" in stopping_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Colles' fracture is common after a fall on an outstretched hand.",
        "Salter's fracture classification guides how growth-plate injuries are treated.",
        "Judy Blume's books still help preteens talk about puberty.",
    ],
)
def test_eponyms_and_authors_pass(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)
