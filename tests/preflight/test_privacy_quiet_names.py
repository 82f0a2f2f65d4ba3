"""The quiet leaks of the j4 batch (round 10): a child's name alone where a word-list guard
looks away, each beside the same shape that must pass.

- a cast, a fever or a parent of theirs makes a name a child's even beside a cartoon ("Eitan's
  cast came off ... a cartoon of our receptionist");
- the speaker of a quote ('"My baby brother is a volcano," Amara explained');
- a word-name that brings its own things to its own visit ("Bao brought his own toy
  stethoscope to his three-year visit");
- a family by its plural name and what is theirs ("The Lindqvists' golden retriever", "Los
  Mamani volvieron de visitar a los abuelos").
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eitan's cast came off this week and it had the best collection of signatures we have "
         "seen in years, including a cartoon of our receptionist.", "en"),
        ('"My baby brother is a volcano," Amara explained, very seriously, when we asked about '
         "her family.", "en"),
        ("Bao brought his own toy stethoscope to his three-year visit and listened to our heart "
         "first.", "en"),
        ("Hope's dad described driving to the ER with the windows down and finding her breathing "
         "fine.", "en"),
        ("The Lindqvists' golden retriever has appointed himself guardian of their newborn's "
         "bassinet.", "en"),
        ("Los Mamani volvieron de visitar a los abuelos con un cuaderno lleno de sellos.", "es"),
    ],
)
def test_quiet_names_stop(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hope filled the waiting room when the new playground opened.", "en"),
        ('"Wash your hands," the nurse said, and everyone laughed.', "en"),
        ("In the cartoon, Arthur's glasses help him see the board.", "en"),
        ("The Beatles' songs still calm a fussy baby.", "en"),
        ("Los Reyes Magos volvieron a la plaza con dulces para todos.", "es"),
    ],
)
def test_words_and_characters_pass(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)
