"""Round 14, from the h37-h42 batches (held out in session 13, joined the tune half after):
each shape that now passes sits beside the same shape that must still stop.

- Spanish families by "los" and a name no list knows ("los Tlatelpa, que tienen la
  paletería"), by a child word ("los cipotes Alvarenga"), a tag of twins ("Delacroix twins"),
  grandmothers of a family ("the Lindgren grandmothers"); a Spanish "we discovered" is no
  scientist's discovery ("descubrimos que necesitaba lentes");
- community adults by rank, title or organisation (a fire captain and her crew, a sheriff's
  sergeant, a coach and his team, club leaders like ..., "ag teacher Mr.", "of Springfield
  Fire", "de la oficina de WIC"), where they grew up or studied, a car dealer's name;
- a number that ends before a list's next item, a phone number after "cuenta", a range
  "0-to-10", an adult's birthday.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


def _stops(tmp_path: Path, body: str, lang: str = "en", meta: str = "") -> set[str]:
    """The privacy codes that stop a note of `body`, checked as `invoke check` checks it."""
    note = f"Title: A note\nDate: 2026-03-01\nLang: {lang}\n{meta}\n{body}\n"
    return {f.code for f in check_one(tmp_path, note).findings
            if f.code.startswith("privacy-") and f.blocking}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Con este calorón, los Tlatelpa, que tienen la paletería, nos trajeron paletas "
         "después de la cita de los gemelos.", "es"),
        ("Esta semana vinieron los cipotes Alvarenga, los cuatro, con la cabeza llena.", "es"),
        ("Esta semana llegaron los gemelos de los Santiesteban, que nacieron en la semana 35.",
         "es"),
        ("Gracias a los Peralta-Cuevas, que trajeron a sus cuatro niños a vacunar.", "es"),
        ("Jonathan Reyes Castillo vino por su examen físico y descubrimos que necesitaba "
         "lentes.", "es"),
        ("Two hundred hats arrived, made by the Lindgren grandmothers, whose grandkids have "
         "been coming here for years.", "en"),
        # a word that is a nickname: by the day they came in, or their own follow-up
        ("Cookie came in on Thursday with a red, swollen earlobe after the mall.", "en"),
        ("Most heal in a sling. Scooter asked me at his follow-up on Friday whether he could "
         "play.", "en"),
        # what a child wrote us is no author's work
        ('The best one came from Tenzin, who drew Dr. Rivera and wrote "thank you for fixing '
         'my ear tubes" in purple crayon.', "en"),
    ],
)
def test_families_and_full_names_stop(body: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(body, lang)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Vimos a los Dodgers, que ganaron anoche.", "es"),
        ("Los Ángeles, que es una ciudad enorme, tiene mucho tráfico.", "es"),
        ("Los mayas, que construyeron pirámides, medían el tiempo.", "es"),
        ("El descubridor de la penicilina, Alexander Fleming, trabajaba en Londres.", "es"),
        ("Flu season came in early with a bang this year.", "en"),
        ("Spring came in Tuesday with rain and pollen.", "en"),
        ("Beverly Cleary wrote Ramona the Pest in 1968.", "en"),
    ],
)
def test_teams_places_and_peoples_pass(body: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(body, lang)


def test_a_tag_of_twins_names_the_family(tmp_path: Path) -> None:
    codes = _stops(tmp_path, "Most newborns turn a little yellow.",
                   meta="Tags: newborns, jaundice, Delacroix twins, bilirubin\n")
    assert "privacy-name" in codes


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Head coach Ray Delacroix-Bennett told our staff this week that his team will "
         "practice at 6:30 a.m.", "en"),
        ("Thank you to ag teacher Mr. Lyle Dumont for running the sign-ups.", "en"),
        ("Thank you to club leaders like Rhonda Pfeiffer and Glenn Okafor-Schmitt, who drive "
         "kids to every meeting.", "en"),
        ("Sgt. Maurice Tollefsen from the Sangamon County Sheriff's Office dropped off bike "
         "helmets.", "en"),
        ("Thank you to Theo Vandersloot of Springfield Fire for the choking demonstrations.",
         "en"),
        ("Auctioneer Duane Kratochvil donated his time.", "en"),
        ("Room 3 has a whale, courtesy of local muralist Cornelius Abara.", "en"),
        ("We will give away free helmets, thanks to Hartwig Chevrolet.", "en"),
        ("She grew up in Peoria, studied at Bradley, and roots for the Cardinals.", "en"),
        ("Muchísimas gracias a la capitana Renée Dufresne y al Departamento de Bomberos.",
         "es"),
        ("Gracias al capitán Reginald Hollis y a su equipo, que hablan con paciencia.", "es"),
        ("Les presentamos a Nayeli Tzul, nuestra nueva navegadora de seguros.", "es"),
        ("Y el viernes vino Inés Gutiérrez, de la oficina de WIC del condado.", "es"),
        ("Hoy está de cumpleaños Lupe Carrillo, la primera sonrisa que ven al entrar. Lleva "
         "seis años en la recepción. ¿Problemas con el enlace? Lupe los ayuda.", "es"),
        ("In the original trial, led by Gideon Lack in London, early introduction cut peanut "
         "allergy by about 80%.", "en"),
        ("He chose Where the Wild Things Are, a book about a boy named Max who gets sent to "
         "bed without supper.", "en"),
        ("Los miedos de noche son normales: el Cuco, la Llorona, el monstruo del clóset.", "es"),
        ("Ustedes ya saben: vómito, diarrea y toda la casa enferma.", "es"),
        ("Y si tienen dudas con la cuenta, llámennos al 217-555-0134.", "es"),
        ("Dr. Virginia Apgar came up with a simple 0-to-10 check of heart rate and colour.",
         "en"),
        ("Happy birthday to Dwayne Pettibone of our front desk, who turned 40 on Tuesday.",
         "en"),
        ("Our year:\n\n- 1 very tired fax machine at 217-555-0135\n- 0 days without coffee",
         "en"),
    ],
)
def test_community_adults_and_public_numbers_pass(tmp_path: Path, body: str,
                                                  lang: str) -> None:
    assert not _stops(tmp_path, body, lang)


@pytest.mark.parametrize(
    ("body", "lang", "code"),
    [
        # a coach's own child, a player's team
        ("Coach Ray Delacroix told our staff that his daughter broke her wrist.", "en",
         "privacy-name"),
        ("Mateo Ruiz has led his team for two years and broke his wrist.", "en",
         "privacy-name"),
        # an account number is still one, and a child's birthday is still dated
        ("Su número de cuenta es 217-555-0188.", "es", "privacy-account"),
        ("Our littlest patient turned 4 on Tuesday.", "en", "privacy-date"),
        # a child named right after a list's number
        ("Call us:\n\n- fax at 217-555-0135\n- 0 worries: Mateo Alvarenga came in with a "
         "fever.", "en", "privacy-name"),
    ],
)
def test_the_same_shapes_with_a_child_still_stop(tmp_path: Path, body: str, lang: str,
                                                 code: str) -> None:
    assert code in _stops(tmp_path, body, lang)
