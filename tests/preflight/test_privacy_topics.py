"""What a clean post names that is nobody (round 8, from the tune corpus's false positives),
each beside the leak of the same shape that must still stop:

- a public address (the file name that gives the slug) naming a public figure the body names
  in full ("pasteur-milk" beside "Louis Pasteur's idea"); a name the body never says keeps
  its finding ("mateo-okafor-asthma" beside "Dr. Okafor");
- a given name in a tag, the slug or the file name that the note never says is the child the
  draft was about ("Tags: Amara", "noors-first-haircut"); saints, cities and feasts in
  an address are not ("San Juan Bautista", "Los Ángeles", "Saint Patrick's Day");
- a brand written as an address ("medi-cal", "mercedes-benz-...");
- "school" after an illness or a walk in a slug ("pinkeye-school", "walk-to-school");
- generic medicines at a sentence's start ("Epinephrine comes in ...");
- a Spanish participle that is also a name ("ha ido bajando"); an eponym's possessive
  ("Osgood's knee").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


def _stops(report: object) -> set[tuple[str, str]]:
    return {(f.code, f.level.value) for f in report.findings  # type: ignore[attr-defined]
            if f.code.startswith("privacy") and f.blocking}


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("pasteur-milk.md", "Raw milk is trendy, but Louis Pasteur's idea still protects "
         "children: drink pasteurized milk."),
        ("selena-dia.md", "Lang: es\n\nHasta las estrellas, como Selena Gomez, hablan de "
         "ansiedad. Si su hijo anda callado, hablemos."),
        ("pinkeye-school.md", "Pinkeye spreads fast in classrooms. Kids can go back once "
         "they have had 24 hours of drops."),
        ("walk-to-school.md", "Walking to school is good exercise. Cross at the corners and "
         "wear something bright."),
        ("medi-cal.md", "Medi-Cal covers well-child visits and vaccines; bring the card."),
    ],
)
def test_public_words_in_the_address_pass(tmp_path: Path, name: str, body: str) -> None:
    head = "Date: 2026-05-01\n" + ("" if body.startswith("Lang:") else "\n")
    report = check_one(tmp_path, head + body + "\n", name=name)
    assert not _stops(report)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # the body names a public surname, the address a child with it
        ("mateo-okafor-asthma.md", "Dr. Okafor reminds families to bring the inhaler to "
         "every visit."),
        # the body names the public figure; the address adds a word that is nobody's
        ("pasteur-lupita.md", "Louis Pasteur made milk safe for children."),
    ],
)
def test_a_name_the_body_never_says_keeps_its_finding(tmp_path: Path, name: str,
                                                      body: str) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n\n" + body + "\n", name=name)
    assert "privacy-name" in {code for code, _level in _stops(report)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Epinephrine comes in auto-injectors in 0.1 mg, 0.15 mg and 0.3 mg doses by weight, "
         "and now as a nasal spray for children over 33 pounds.", "en"),
        ("Amoxicilina es el antibiótico de siempre para el oído; dele la dosis por peso.",
         "es"),
        ("Cada año la cobertura de vacunas ha ido bajando.", "es"),
        ("Sever's heel and Osgood's knee: two growth-plate aches of fall sports.", "en"),
    ],
)
def test_medicines_participles_and_eponyms_are_nobody(text: str, lang: str) -> None:
    assert not stopping_codes(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ido came in with a fever and a cough on Monday.", "en"),
        ("Mateo had his shots today and his sister ido cried more than he did.", "en"),
    ],
)
def test_the_same_words_as_names_still_stop(text: str, lang: str) -> None:
    assert stopping_codes(text, lang=lang)


FEVER = "Fevers are how the body fights germs. Watch the mood, fluids and breathing.\n"


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("fever-basics.md", "Tags: fever, Noor\n"),
        ("noors-first-fever.md", ""),
        ("fever-basics.md", "Slug: fever-night-with-oluwaseun\n"),
        ("fiebre.md", "Slug: fiebre-de-los-quispe-mamani\n"),
        ("kowalczyk-monkey-bars-fracture.md", ""),
    ],
)
def test_a_name_the_note_never_says_in_its_address_stops(tmp_path: Path, name: str,
                                                          head: str) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n" + head + "\n" + FEVER, name=name)
    assert "privacy-name" in {code for code, _level in _stops(report)}


@pytest.mark.parametrize(
    ("name", "head", "body"),
    [
        ("summer-safety.md", "Tags: summer, sun\n", "This summer, shade and water first."),
        ("st-patricks-day-green.md", "Tags: SIDS, safe sleep\n",
         "Green food colouring is safe in small amounts."),
        ("san-juan-bautista.md", "Lang: es\nTags: Los Ángeles, Día de San Valentín\n",
         "Las fiestas traen cohetes: cuide las manos y los ojos de los niños."),
        ("nueva-york.md", "Lang: es\nTags: Nueva York\n", "El calor llega a la ciudad."),
    ],
)
def test_what_an_address_names_that_is_nobody_passes(tmp_path: Path, name: str, head: str,
                                                      body: str) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n" + head + "\n" + body + "\n",
                       name=name)
    assert not _stops(report)


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("hand-foot-mouth-pellegrino-triplets.md", ""),
        ("fever.md", "Slug: gemelos-castaneda-ibarra-en-casa\n"),
    ],
)
def test_a_family_name_beside_a_family_word_in_an_address_blocks(tmp_path: Path, name: str,
                                                                  head: str) -> None:
    report = check_one(tmp_path, "Date: 2026-05-01\n" + head + "\n" + FEVER, name=name)
    assert ("privacy-name", "BLOCK") in _stops(report)


@pytest.mark.parametrize(
    "text",
    [
        # "el mayor" is the eldest child, not the office
        "Esta semana la familia Herrera Quispe nos dejó ver: primero el mayor, diez días "
        "después los dos pequeños.",
        "Los cuatitos Villaseñor vinieron esta semana a sus vacunas.",
    ],
)
def test_spanish_families_are_named(text: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang="es")


def test_the_mayor_is_still_a_public_office() -> None:
    assert not stopping_codes("Mayor Karen Bass thanked the nurses at the flu clinic.")
