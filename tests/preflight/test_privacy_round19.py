"""Round 19, from the clean notes and the misses of session 19's first four private sets
(an eastern Kentucky practice, a Twin Cities clinic, a Los Angeles practice, a Puerto Rico
practice; dev sets once read). Every rule that frees a word is tested both ways: the kind of
word passes, and a child of the same name or shape still stops.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.detect_numbers import institution_handle
from preflight.site_storms import remembered_storms, storm_names, storm_said
from support.preflight_helpers import check_one, stopping_codes


def _privacy(tmp_path: Path, text: str, name: str = "note.md") -> set[tuple[str, str]]:
    report = check_one(tmp_path, text, name)
    return {(f.code, f.level.value) for f in report.findings
            if f.code.startswith("privacy-") and f.blocking}


# --- storms remembered by their year ------------------------------------------------------

def test_a_remembered_storm_said_with_its_year_is_the_storm(tmp_path: Path) -> None:
    text = ("Hoy empieza la temporada de huracanes. Después de María en 2017 y Fiona en 2022, "
            "sabemos que los apagones pueden durar semanas.")
    assert storm_names(text) == {"maria", "fiona"}
    note = f"Title: Kit para huracanes\nDate: 2026-06-01\nLang: es\n\n{text}\n"
    assert _privacy(tmp_path, note) == set()
    assert "2005" in remembered_storms()["katrina"]


def test_a_child_with_a_storms_name_is_no_storm_without_its_year_or_a_storm() -> None:
    # (no storm in the text: 2022 is just the year she was seen)
    assert "privacy-name" in stopping_codes(
        "Fiona en 2022 tuvo fiebre alta y la llevamos al hospital.", lang="es")
    # (a storm's word, but not the year Fiona struck)
    assert storm_names("After the storm, Fiona in 2019 broke her arm.") == frozenset()
    text = "After the hurricane, Fiona (2022) came in with a cut."
    start = text.index("Fiona")
    assert storm_said(text, start, start + 5, frozenset({"fiona"}))
    assert not storm_said(text, start, start + 5, frozenset())  # the site must know it


# --- accounts -------------------------------------------------------------------------------

@pytest.mark.parametrize("handle", ["@LAPublicHealth", "@NWSLosAngeles", "@MplsParks",
                                    "@StPaulSchools", "@SFPublicLibrary"])
def test_an_institutions_handle_is_public(handle: str) -> None:
    assert institution_handle(handle)
    assert stopping_codes(f"Follow {handle} for smoke and heat alerts.") == set()


@pytest.mark.parametrize("text", [
    "Thanks to @healthy_mama_jess for the photo of her son at the fair.",
    "Her instagram is mateos.mom.2019 and she posts his rash.",
    "Shout-out to @zoo_dad_of3 for the stroller tips.",
])
def test_a_parents_handle_still_stops(text: str) -> None:
    assert "privacy-social" in stopping_codes(text)


def test_a_platforms_name_before_a_plain_word_is_no_account() -> None:
    assert stopping_codes("Be careful with WhatsApp forwards and Facebook videos. Bring "
                          "your questions to your visit.") == set()


# --- venues, places and peoples -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Find our flu-shot table at the Hmong New Year celebration, Saint Paul RiverCentre, "
    "175 W Kellogg Blvd, Nov 28-30.",
    "The Marjorie McNeely Conservatory is free and warm on a January Saturday.",
    "Heading stateside through Luis Muñoz Marín International? Pack the medicines.",
    "Flu shots at Hmongtown Marketplace, 217 Como Ave, St. Paul, this Saturday.",
])
def test_a_venue_named_after_someone_and_its_address_pass(text: str) -> None:
    assert stopping_codes(text) == set()


def test_a_plaza_named_after_someone_passes_in_spanish() -> None:
    assert stopping_codes("Estaremos en la Plaza Pública Santiago R. Palmer en Caguas el "
                          "sábado.", lang="es") == set()


def test_a_demonym_is_no_town_but_the_town_still_is() -> None:
    assert stopping_codes("The Salter-Harris classification, from Canadian surgeons Robert "
                          "Salter and W. Robert Harris (1963), grades growth-plate fractures."
                          ) == set()
    assert "privacy-place" in stopping_codes(
        "Our patient from Canadian who has a rare metabolic disorder came back today with "
        "her mom.")


@pytest.mark.parametrize("text", [
    "In our practice that might be an imam, a Karen pastor or a grandmother.",
    "Most Karen adults in our practice learned about diabetes only after arriving.",
])
def test_karen_the_people_before_a_word_for_its_people(text: str) -> None:
    assert stopping_codes(text) == set()


def test_karen_the_people_in_spanish_and_in_a_tag(tmp_path: Path) -> None:
    note = ("Title: Año Nuevo Karen\nDate: 2025-12-18\nTags: comunidad, Karen, eventos\n"
            "Lang: es\n\nPara nuestras familias que preguntan por las fiestas de sus vecinos: "
            "el Año Nuevo Karen cae en el primer día del mes de Pyathoe.\n")
    assert _privacy(tmp_path, note) == set()
    assert "privacy-name" in stopping_codes("Karen had a fever last night and her mom "
                                            "brought her in.")


def test_a_city_whose_name_ends_like_a_plural_is_no_family() -> None:
    assert stopping_codes("Getting to the Caguas office during PR-52 closures: leave early."
                          ) == set()
    assert "privacy-name" in stopping_codes(
        "Thanks to the Garcias for the cookies after their son's surgery.")


# --- family words of other languages -------------------------------------------------------

def test_lola_and_lolo_are_grandparents_when_said_as_such() -> None:
    assert stopping_codes("In a lot of our Filipino families, Lola and Lolo do much of the "
                          "childcare. Ask your lola what she used for fevers.") == set()
    assert "privacy-name" in stopping_codes(
        "Lola, 4, had a fever and her mom brought her in on Monday.")


# --- made-up cases, pictures, list items -----------------------------------------------------

def test_a_case_the_writer_makes_up_tells_no_ones_story(tmp_path: Path) -> None:
    note = ("Title: Imaginemos a una niña de 8 años con asma\nDate: 2026-10-08\nLang: es\n\n"
            "Imaginemos a una niña cualquiera de 8 años con asma. Es lunes, hay humo, y en el "
            "recreo empieza a toser. Ella sabe que tiene que avisar. La maestra sabe dónde "
            "está su inhalador. Si no mejora, llaman a la familia o al 911.\n")
    assert _privacy(tmp_path, note) == set()


def test_a_family_singled_out_by_triplets_and_both_parents_trades() -> None:
    text = ("We have a family in the practice where both parents are ICU nurses at the same "
            "hospital, with eighteen-month-old triplets.")
    assert "privacy-anecdote" in stopping_codes(text)
    assert stopping_codes("Caring for triplets? Many parents of twins and triplets tell us "
                          "sleep is the hardest part.") == set()


def test_a_picture_of_childrens_books_is_no_childs_picture() -> None:
    assert stopping_codes('<img src="/images/shelf.jpg" alt="Shelf of children\'s picture '
                          'books in our waiting room">') == set()
    assert "privacy-image" in stopping_codes(
        '<img src="/images/reading.jpg" alt="A child smiling with her picture book">')


def test_a_list_item_after_familia_is_no_family_name(tmp_path: Path) -> None:
    note = ("<html><head><title>Feria</title><meta name=\"date\" content=\"2026-08-20\">"
            "<meta name=\"lang\" content=\"es\"></head><body><ul>"
            "<li>Vacunas de la gripe para toda la familia</li>\n"
            "<li>Revisión de asientos para el carro</li></ul></body></html>\n")
    assert _privacy(tmp_path, note, "feria.html") == set()
    assert "privacy-name" in stopping_codes("Vimos a la familia\nHerrera el lunes por fiebre.",
                                            lang="es")


def test_spanish_colour_words_hotlines_and_greetings_are_no_names() -> None:
    assert stopping_codes("**Rosado que se aclara al apretar**: casi siempre es un virus.",
                          lang="es") == set()
    assert stopping_codes("Teen Line (800-852-8336) and 988 are there around the clock for "
                          "a teen who seems hopeless.") == set()
    assert stopping_codes("Happy New Year! Shnorhavor Nor Tari! Manigong Bagong Taon!") == set()


# --- people the rules had let go --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ethan Park had a fever.",
    "Seo-yeon Park came in with a fever and she is better.",
    "P.S. Ethan Park, your library book about sharks is waiting at the front desk.",
    "Thanks to Noah Church, who at 12 made a poster for the science fair.",
])
def test_a_family_name_that_is_a_places_word_is_a_person(text: str) -> None:
    assert "privacy-name" in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "We took the kids to Lincoln Park after their shots.",
    "Kids can sled at Como Park after school.",
    "Walk to Jefferson Park after your visit.",
])
def test_a_park_is_still_a_park(text: str) -> None:
    assert stopping_codes(text) == set()


def test_a_science_fair_is_a_childs_not_a_scientists() -> None:
    assert "privacy-name" in stopping_codes(
        "Gracias a Yamilette Rivas, que a sus 12 años hizo un cartel para la feria "
        "científica.", lang="es")


# --- round 19b: from session 19's second four sets, after their first read ----------------

def test_an_address_never_spans_two_blocks(tmp_path: Path) -> None:
    note = ("<html><head><title>Vaccine day</title><meta name=\"date\" content=\"2026-07-20\">"
            "</head><body><p>The county health department holds a free vaccine day at its St. "
            "George office, 620 S 400 E.</p>\n<p>Our nurse will be there to help.</p>"
            "</body></html>\n")
    assert _privacy(tmp_path, note, "vaccine-day.html") == set()
    assert "privacy-address" in stopping_codes("They live at 22 Birch Court.\n\nCall us.")


def test_two_states_meeting_are_no_street_corner() -> None:
    assert stopping_codes("Rattlesnakes are common near the corner of Utah and Arizona in "
                          "spring.") == set()
    assert "privacy-address" in stopping_codes(
        "Their trailer sits at the corner of Texas and Main, by the feed store.")


def test_years_gone_by_are_no_age() -> None:
    assert stopping_codes("In 1934 a young artist walked into the canyon country and was "
                          "never seen again. Ninety years later, people still talk about "
                          "him.") == set()
    assert "privacy-age" in stopping_codes(
        "Her great-grandmother, ninety years old, lives with them.")


def test_a_governor_by_title_is_public() -> None:
    assert stopping_codes("Gov. Spencer Cox has made youth social media a signature "
                          "issue.") == set()


def test_an_eponyms_namesake_is_no_patient() -> None:
    assert stopping_codes("Cuando el bebé abre los brazos de golpe, es el reflejo de Moro, "
                          "llamado así por el pediatra austriaco Ernst Moro.", lang="es") == set()
    assert "privacy-name" in stopping_codes(
        "Sofia Moro had a fever and we checked her reflexes.")


def test_a_sign_off_with_a_staff_role_makes_staff_from_the_first_note(tmp_path: Path) -> None:
    check_one(tmp_path, "Title: Playlist\nDate: 2026-02-01\n\nOur waiting-room playlist is "
              "up.\n\n— Keisha Batiste, front desk\n", "playlist.md")
    report = check_one(tmp_path, "Title: Fair\nDate: 2026-03-01\n\nCome say hi to Keisha "
                       "Batiste at our table at the health fair.\n", "fair.md")
    assert not [f for f in report.findings if f.path.endswith("fair.md") and f.blocking
                and f.code.startswith("privacy-")]


@pytest.mark.parametrize("text", [
    "Flu is high in Orleans, Jefferson, St. Bernard and Terrebonne parishes this week.",
    "Slow down for moose along the Glenn and Seward Highways.",
])
def test_names_in_a_list_of_places_of_one_kind(text: str) -> None:
    assert stopping_codes(text) == set()


def test_streets_a_city_closes_are_no_ones_home() -> None:
    assert stopping_codes("The Marathon is Monday: Boylston, Comm Ave and Beacon St close "
                          "early.") == set()
    assert "privacy-address" in stopping_codes(
        "Her family lives at the corner of Elm and Oak, and the road closes when it floods.")


def test_a_phrase_taught_with_its_translation_is_no_name() -> None:
    assert stopping_codes('A short Kreyòl phrase sheet: "Kote li fè ou mal?" (Where does it '
                          'hurt?). Our staff are learning a little Kriolu: "Modi ki bu sta?" '
                          'for "How are you?"') == set()
    assert "privacy-name" in stopping_codes(
        'Her mom texted us: "Maya has a fever of 103 since last night" (sent at 2 a.m.).')


def test_a_name_the_writer_gives_for_the_example_is_made_up() -> None:
    assert stopping_codes("Let's imagine a typical 9-year-old in late August. Call him Sam, "
                          "for the sake of the example. Sam has a fever.") == set()


# --- round 19c: from session 19's last six sets, after their first read -------------------

@pytest.mark.parametrize("text", [
    "The Arab American National Museum, 13624 Michigan Avenue, has free family programs on "
    "many weekends.",
    "Tacoma Public Library's Main Library, 1102 Tacoma Ave S, has toddler story time on "
    "Wednesdays.",
    "Most referrals go to Seattle Children's (4800 Sand Point Way NE, Seattle).",
    "bluesky: Lumen Field, 800 Occidental Ave S, has set crowd-noise records.",
])
def test_a_public_venues_address_with_its_programs(text: str) -> None:
    assert stopping_codes(text) == set()


@pytest.mark.parametrize("text", [
    "The family lives at 22 Oak Street near the park.",
    "Her toddler lives at 22 Oak Street with grandma.",
    "They moved to 2210 South Lowell last spring with the baby.",
])
def test_a_home_address_still_stops(text: str) -> None:
    assert "privacy-address" in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "Kids under 14 should not drive or ride on tractors.",
    "The 2025 West Texas measles outbreak infected more than 700 people.",
])
def test_words_shaped_like_a_street_that_are_none(text: str) -> None:
    assert stopping_codes(text) == set()


@pytest.mark.parametrize("text", [
    "Call the Washington Recovery Help Line any time, day or night.",
    "Cornell Cooperative Extension runs the farm safety day for families.",
    "Happy Karen New Year to all our families!",
])
def test_institutions_lines_and_greetings(text: str) -> None:
    assert stopping_codes(text) == set()
    assert "privacy-name" in stopping_codes(
        "Happy birthday, Karen Smith! We hope your cast comes off soon.")
