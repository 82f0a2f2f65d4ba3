"""Names that are nobody's, from the g4 batch's false positives (round 9), each beside a
child's name in the same shape, which must still stop: scientists of an eponym (BCG's
Calmette and Guérin), a guest with a Latin American title ("la Lcda. Marisol Benítez"), a
brand's possessive before "baby shampoo", a family's foundation, baby-name trend posts, a new
member of "our front desk team", alt text of things for babies, a book's plot; and a name in
a prayer hashtag ("#PrayersForMilaHarrington").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La vacuna BCG lleva el nombre de Albert Calmette y Camille Guérin, que la "
         "desarrollaron.", "es"),
        ("Esta semana escribe la Lcda. Marisol Benítez, psicóloga clínica infantil invitada.",
         "es"),
        ("Johnson's baby shampoo has been in diaper bags for generations.", "en"),
        ("The Hartwell Family Foundation has funded new books for our reading program.", "en"),
        ("Expecting parents are choosing names from every tradition: Amara and Chidi, Aarav "
         "and Saanvi, Mateo and Valentina.", "en"),
        ("En México, Santiago, Mateo, Sofía y Regina siguen entre los nombres más "
         "registrados.", "es"),
        ("Read it together: it is the story of a girl who wished for a magic pencil.", "en"),
    ],
)
def test_names_that_are_nobodys_pass(text: str, lang: str) -> None:
    assert not stopping_codes(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sending love today #PrayersForMilaHarrington", "privacy-name"),
        ("The Hartwell family came in for flu shots on Friday.", "privacy-name"),
        ("Mateo had his tonsils out on Monday and is eating popsicles.", "privacy-name"),
    ],
)
def test_the_same_shapes_naming_a_child_stop(text: str, code: str) -> None:
    assert code in stopping_codes(text)


def test_a_new_member_of_our_front_desk_team_passes(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n\nNguyen Thanh Hương joined our front "
                       "desk team this month as lead. Say hello when you check in.\n")
    assert not [f for f in report.findings if f.code == "privacy-name" and f.blocking]


@pytest.mark.parametrize(
    "alt",
    ["An infant scale with a folded blanket on it",
     "Plants and soft chairs in the teen waiting area",
     "Una báscula para bebés con una cobija doblada"],
)
def test_alt_text_of_things_for_children_is_no_photo_of_one(tmp_path: Path, alt: str) -> None:
    report = check_one(tmp_path, f"Date: 2026-05-01\nimage: {{static}}/images/scale.jpg\n"
                       f"image_alt: {alt}\n\nWeigh-ins are quick.\n")
    assert not [f for f in report.findings if f.code == "privacy-image" and f.blocking]


@pytest.mark.parametrize(
    "text",
    [
        "Planning a summer drive to Austin, or all the way out to Eugene? Stop every two hours "
        "and keep kids in the right car seat.",
        "Road-tripping to Madison or down to Jackson this summer? Never leave a child in a "
        "hot car.",
    ],
)
def test_a_city_named_like_a_person_on_a_trip_is_a_city(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


def test_a_child_named_like_a_city_is_still_a_child() -> None:
    assert "privacy-name" in stopping_codes("Congrats to Madison, who finished chemo this week!")


def test_a_baby_name_chart_names_nobody() -> None:
    assert not stopping_codes(
        "The Social Security Administration releases its list of the most popular baby names "
        "every May. Recently the top of the list has belonged to Olivia and Liam, with Emma, "
        "Charlotte, Noah and Oliver close behind, and Mateo climbing fast.")


def test_children_listed_with_what_they_had_are_still_named() -> None:
    assert "privacy-name" in stopping_codes(
        "Our top patients this week: Olivia and Liam had strep, Emma and Noah had the flu.")
