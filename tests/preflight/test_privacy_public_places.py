"""Public places, public lines and the practice's own people (round 9, from the f4 batch's
false positives), each beside the private thing of the same shape that must still stop:

- a venue's address after "No. 1", "a.m." or "p.m." (abbreviations end no sentence), or
  named as a food bank, a college, a parish hall, a "secundaria"; "un niño" in general
  advice is no one's home ("Cuando un niño necesita hospital, ... 800 E. Carpenter St.");
- a consulate's or a food bank's line, "its main line", "su teléfono general";
- the practice's people introduced by their role ("Brenda Salcedo has been a medical
  assistant at ...", "Our front desk team is A (lead), B and C", "Nurse practitioner X").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El Departamento de Bomberos ofrece una clase de RCP en la Estación de Bomberos No. 1, "
         "1101 E. Adams St., Springfield, IL 62703, el sábado 28 de marzo.", "es"),
        ("The county health department runs walk-in shots Mondays, 8:30 to 11:30 a.m. and 1 "
         "to 4 p.m., at 2833 S. Grand Ave. E., Springfield, IL 62703.", "en"),
        ("Cuando un niño necesita hospital, lo más común es el Children's Hospital, 800 E. "
         "Carpenter St., Springfield, IL 62769.", "es"),
        ("Lincoln Land Community College, 5250 Shepherd Rd., Springfield, IL 62703, abre "
         "inscripciones para sus clases de inglés.", "es"),
        ("Las citas se sacan llamando al consulado al (312) 738-2383.", "es"),
        ("The foodbank's headquarters is at 1937 E. Cook St., Springfield, IL 62703, and its "
         "main line is 217-522-4022.", "en"),
        ("El Central Illinois Foodbank surte a cien despensas. Su teléfono general es el "
         "217-522-4022.", "es"),
        # the venue far back in a long sentence, a parent-and-child class, an organisation's
        # building
        ("The Sangamon County Department of Public Health runs walk-in immunization hours on "
         "Mondays and Wednesdays, 8:30 to 11:30 a.m. and 1 to 4 p.m., at 2833 S. Grand Ave. "
         "E., Springfield, IL 62703.", "en"),
        ("The Springfield YMCA, 701 South Fourth Street, is offering free parent-and-child "
         "water safety classes.", "en"),
        ("The YWCA's parenting class starts Thursday, October 1, at 6 p.m. at their downtown "
         "building, 421 East Jackson Street.", "en"),
    ],
)
def test_public_places_and_their_lines_pass(text: str, lang: str) -> None:
    assert not stopping_codes(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Un niño de diez años de nuestra clínica se cayó en la esquina de Hidalgo y Morelos.",
         "es", "privacy-address"),
        ("A retired teacher in our parish drives families for free: +1 (618) 555-0107.", "en",
         "privacy-phone"),
        ("Las organiza una voluntaria de la parroquia; mándele mensaje al 55 3187 4420.", "es",
         "privacy-phone"),
        ("Her grandma's house is at 1937 E. Cook St., near the food bank.", "en",
         "privacy-address"),
        ("Their family lives at 421 East Jackson Street, near the YWCA.", "en",
         "privacy-address"),
    ],
)
def test_the_same_shapes_of_a_person_still_stop(text: str, lang: str, code: str) -> None:
    assert code in stopping_codes(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Brenda Salcedo has been a medical assistant at Maple Street Pediatrics for ten "
         "years.", "en"),
        ("Our front desk team at Maple Street Pediatrics is Rosa Delgado (lead), Kevin Pham "
         "and Shanice Moore.", "en"),
        ("Our benefits coordinator, Marisol Vega, can help you fill it out.", "en"),
        ("Nurse practitioner Kendra Holloway leads the discussion.", "en"),
        ("La enfermera practicante de nuestra práctica, Kendra Holloway, atenderá los martes.",
         "es"),
        ("Felicitamos a Araceli Montes, promotora de salud de Maple Street Pediatrics desde "
         "2021.", "es"),
    ],
)
def test_the_practices_people_by_their_role_pass(tmp_path: Path, text: str, lang: str) -> None:
    # (staff are read from the whole note: their later mentions are the practice's too)
    report = check_one(tmp_path, f"Date: 2026-05-01\nLang: {lang}\n\n{text}\n")
    assert not [f for f in report.findings if f.code == "privacy-name" and f.blocking]


@pytest.mark.parametrize(
    "text",
    [
        "Our team is so proud of Jayden Cruz, who finished chemo this week.",
        "Jayden Cruz is a nurse's son and had his tonsils out on Monday.",
    ],
)
def test_a_child_beside_the_team_is_still_named(tmp_path: Path, text: str) -> None:
    report = check_one(tmp_path, f"Date: 2026-05-01\n\n{text}\n")
    assert [f for f in report.findings if f.code == "privacy-name" and f.blocking]


def test_a_school_in_the_slug_that_the_body_names_in_public_passes(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\nSlug: flu-clinic-at-lincoln-elementary\n\n"
                       "Lincoln Elementary hosts a free flu clinic for every family in the "
                       "district on Saturday, 9 to noon.\n")
    assert not [f for f in report.findings if f.code.startswith("privacy") and f.blocking]


def test_a_school_in_the_slug_that_the_body_never_names_stops(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\nSlug: lice-again-at-dubois-elementary\n\n"
                       "Lice spread head to head. Comb wet hair with a fine comb every two "
                       "days for two weeks.\n")
    assert [f for f in report.findings if f.code == "privacy-place" and f.blocking]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our RN Kendra Whitfield finished the Chicago Marathon on Sunday.", "en"),
        ("Esperanza Villarreal, our Spanish-language interpreter, has earned her certificate.",
         "en"),
        ("The gifts are wrapped, thanks to the wrapping brigade: Walter Pemberton, Eunice "
         "Abara, Marisol Delacroix and Pete Szabo.", "en"),
        ("Nursing students volunteered at Saturday's flu clinic: Anjali Menon, Brianna "
         "Kowalewski, Tyrese Holloway and Ewa Zielińska.", "en"),
        ("Representative Adaeze Nwankwo toured our office during the August recess.", "en"),
        ("Park district director Naomi Feldstein cut the ribbon on the new splash pad.", "en"),
        ("Durante la Semana Binacional de Salud, el cónsul Rodrigo Elizondo visitó la clínica.",
         "es"),
        ("Cada mes, la enfermera Guadalupe Villarreal y el asistente médico Joaquín Salazar "
         "dan un curso de RCP.", "es"),
        ("Yolanda Burrell, who coordinates the Sangamon County WIC program, visited us.", "en"),
        ("Beatriz Solano, youth services manager at the Lincoln Library, told us about story "
         "time.", "en"),
        ("After five years as one of our medical assistants, Leilani Kahananui is moving home "
         "to Hilo.", "en"),
        ("El Club de Leones de Springfield, presidido este año por Araceli Montemayor, donó una "
         "cámara.", "es"),
        ("March is a crowded month for cake in the break room. Happy birthday to Dr. Ana "
         "Rivera, Kwame Asante, Fatima Zahra Benali and Siobhan Doyle.", "en"),
    ],
)
def test_the_practices_people_officials_and_volunteers_pass(tmp_path: Path, text: str,
                                                            lang: str) -> None:
    report = check_one(tmp_path, f"Date: 2026-05-01\nLang: {lang}\n\n{text}\n")
    assert not [f for f in report.findings if f.code == "privacy-name" and f.blocking]


def test_a_child_in_the_volunteers_list_is_still_named(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n\nThank you to our volunteers: Roxanne "
                       "Pelletier, Ibrahim Diallo, and Matteo Ricci-Lange, 9, who came to us "
                       "after his bike crash last summer.\n")
    assert [f for f in report.findings if f.code == "privacy-name" and f.blocking]


def test_a_mother_who_leads_a_class_is_still_named(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n\nOur safe sleep ambassadors are moms who "
                       "lost a baby. This year's class is led by Shanice Harrell, who speaks at "
                       "baby showers.\n")
    assert [f for f in report.findings if f.code == "privacy-name" and f.blocking]


def test_children_listed_after_a_doctor_are_still_named(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n\nFlu shots today from Dr. Rivera, Mateo "
                       "Lopez, 4, and Ava Chen, 6, were the bravest.\n")
    assert [f for f in report.findings if f.code == "privacy-name" and f.blocking]
