"""Leaks that a staff name used to hide (session 13): once the site's own people pass
(`test_privacy_site_people.py`), a note held only because it named the nurse must be held for
its real leak. Each shape beside the one that must still pass."""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # a real family beside a drawing: the cartoon makes nobody a character
        ("It came from the Halvorsen-Diallo family, whose daughter spent seven weeks in the "
         "NICU. Her dad drew a cartoon of our nurse weighing the baby.", "en", "privacy-name"),
        # "to study" is a teen's plan, not a study that makes people public
        ("DeShawn Moultrie-Parks heads to SIU in the fall to study nursing.", "en",
         "privacy-name"),
        # an American street the Spanish way, without "la"
        ("Se las llevamos a su casa en el 2417 de Kessler Avenue.", "es", "privacy-address"),
        # a word-name with a Spanish perfect of an injury
        ("Nacho se la ha fracturado esta semana bajando el tobogán.", "es", "privacy-name"),
        # a date of one case the practice treated
        ("Our NP fixed one on Monday, September 7, a 2-year-old swung by the hands.", "en",
         "privacy-date"),
    ],
)
def test_the_real_leak_stops(text: str, lang: str, code: str) -> None:
    assert code in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La familia Madrigal de Encanto tiene una casa mágica.", "es"),
        ("Los que crecimos en México nos acordamos de la Familia Telerín. Hoy Cleo y Cuquín "
         "tienen caricatura propia.", "es"),
        ("A new study by Emily Oster looked at screen time.", "en"),
        ("Estamos en el 120 de Maple Street, Springfield.", "es"),
        ("Los nachos se han enfriado.", "es"),
    ],
)
def test_the_same_shapes_pass(text: str, lang: str) -> None:
    codes = stopping_codes(text, lang)
    assert "privacy-name" not in codes and "privacy-address" not in codes


def test_a_story_with_an_aside_before_what_they_did() -> None:
    text = ("We think of the teenager who, until last year, took two buses and a Greyhound to "
            "dialysis in Chicago three times a week with his mother.")
    assert "privacy-anecdote" in stopping_codes(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It came from the family who arrived from Eritrea in November — the only "
         "Tigrinya-speaking household on our panel — whose youngest was the boy we admitted "
         "in December.", "en"),
        ("You may have seen the 7-year-old on the WICS evening news last week. She's one of "
         "ours, and she came in Friday a little wiped out.", "en"),
        ("One of our patients made it into every local news show last month as the 9-year-old "
         "who rode a unicycle the whole length of the parade.", "en"),
        ("Es la señora del único camión de tacos de la avenida Dirksen, que trae a sus cuatro "
         "hijos a la clínica.", "es"),
    ],
)
def test_one_of_a_kind_stories_stop(text: str, lang: str) -> None:
    assert "privacy-anecdote" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The evening news ran a good segment on car seats; watch it with your teen.", "en"),
        ("Our nurse was on the local news talking about RSV shots for babies.", "en"),
    ],
)
def test_the_news_about_everyone_passes(text: str, lang: str) -> None:
    assert "privacy-anecdote" not in stopping_codes(text, lang)
