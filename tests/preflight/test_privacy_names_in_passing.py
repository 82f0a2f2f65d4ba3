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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "a TV remote" is a thing at home, not television's stage
        ("Theo is home and eating again after swallowing a button battery from a TV remote.",
         "en"),
        ("Esta semana la nena Camila se tragó una pila de botón del control de la tele.", "es"),
        # a child's reading is no author's book
        ("Jaxon Whitfield read his first chapter book to the whole waiting room.", "en"),
        ("Promise came home from Ghana in March at 22 months.", "en"),
        ("Hope Marchetti, who had open-heart surgery at five days old, is running around.",
         "en"),
        ("All three Nakamura kids got breakthrough chickenpox this month.", "en"),
        ("Dolores, de seis años, llegó el lunes con varicela.", "es"),
    ],
)
def test_names_beside_everyday_words_stop(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mister Rogers was on TV for 33 years.", "en"),
        ("Los dolores de crecimiento, de seis meses a dos años, son comunes.", "es"),
        ("Both Spanish and English classes start in June.", "en"),
    ],
)
def test_the_same_everyday_words_name_nobody(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang=lang)


def test_a_bedtime_song_is_no_work_whose_names_are_characters() -> None:
    text = ("Parisa's parents tried every sleep hack before her nine-month visit. What worked "
            "was the same bath, book and song every night.")
    assert "privacy-name" in stopping_codes(text)


def test_a_songs_characters_are_still_characters() -> None:
    assert "privacy-name" not in stopping_codes(
        "The theme song from Encanto is stuck in every head: Bruno came in with the chorus.")


def test_a_nickname_limping_is_a_child() -> None:
    assert "privacy-name" in stopping_codes(
        "Bubba was limping after sliding down the slide on his mom's lap.")
