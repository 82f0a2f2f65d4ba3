"""Round 18, from the clean notes and the number kinds of the private sets read in earlier
sessions (dev sets by now, no longer a fair measure):

- a storm the site names ("Hurricane Isaias") is no child when a note says "after Isaias" or
  tags it, unless the words beside make it one;
- a number is the kind its words say, even when they stand a little away from it
  ("Recipient ID: 482 915 337", "the account number … read hers out as 5520-019384", "One
  dad asked us to fax … We did, to (409) 832-7715");
- Spanish names Poison Control "Control de Envenenamientos": no town.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.detect_numbers import kind_near
from preflight.site_storms import storm_names, storm_said
from support.preflight_helpers import check_one, stopping_codes

HURRICANE = """Title: We close at noon for Hurricane Isaias
Date: 2026-08-25

Hurricane Isaias is forecast to make landfall on our coast Thursday. Fill prescriptions now.
"""


def _privacy(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    check_one(tmp_path, HURRICANE, "closing.md")
    report = check_one(tmp_path, text, "after.md")
    return {(f.code, f.level.value) for f in report.findings
            if f.path.endswith("after.md") and f.code.startswith("privacy-") and f.blocking}


def test_a_storm_the_site_names_is_no_child_after_it_or_in_a_tag(tmp_path: Path) -> None:
    note = ("Title: Eighteen days after Isaias\nDate: 2026-09-14\nTags: office news, Isaias\n\n"
            "Eighteen days after Isaias, Maple Street Pediatrics is open again. Three weeks "
            "since Isaias came ashore, many kids still sleep badly; that is normal.\n")
    assert _privacy(tmp_path, note) == set()


@pytest.mark.parametrize("body", [
    "Isaias, 4, came in after the storm with a cut on his foot from the debris.",
    "After Isaias's stitches came out, his mom sent us a photo of the scar.",
])
def test_a_child_who_shares_the_storms_name_is_still_a_child(tmp_path: Path, body: str) -> None:
    note = f"Title: Storm injuries\nDate: 2026-09-14\n\n{body}\n"
    assert ("privacy-name", "WARN") in _privacy(tmp_path, note) or (
        "privacy-name", "BLOCK") in _privacy(tmp_path, note)


def test_storm_names_and_how_a_name_is_said() -> None:
    assert storm_names("El huracán María y la tormenta tropical Alberto.") == {"maria", "alberto"}
    text = "Después de María, María tuvo fiebre."
    storms = frozenset({"maria"})
    first = text.index("María")
    second = text.index("María", first + 1)
    assert storm_said(text, first, first + 5, storms)
    assert not storm_said(text, second, second + 5, storms)  # no word of time before it


@pytest.mark.parametrize(("text", "kind"), [
    ("Here is where to look: Recipient ID: 482 915 337, at the top.", "privacy-health-plan"),
    ("The billing team will ask for the account number printed at the top. A mom who called "
     "read hers out as 5520-019384.", "privacy-account"),
    ("Una mamá me enseñó el pasaporte de su hijo. Le apunté el número, G47103386, en la hoja.",
     "privacy-license"),
    ("His MedicAlert ID, 71-8834-206, was called in.", "privacy-unique-id"),
])
def test_a_number_is_the_kind_its_words_say(text: str, kind: str) -> None:
    assert kind in stopping_codes(text)


def test_a_number_in_no_phones_shape_is_what_its_sentence_says() -> None:
    text = "Con el número del acta, 117-2026-004512, se la dieron en quince minutos."
    assert stopping_codes(text, "es") == {"privacy-license"}


def test_a_fax_said_in_the_sentence_before() -> None:
    text = ("One dad asked us to fax his daughter's immunization record to his job site. "
            "We did, to (409) 832-7715, and she was enrolled.")
    assert stopping_codes(text) == {"privacy-fax"}


def test_a_phone_stays_a_phone_beside_a_kinds_word() -> None:
    text = ("Medicaid pays for rides to visits. A neighbor drives families on weekends; "
            "call him at 217.555.61.49.")
    assert "privacy-phone" in stopping_codes(text)
    assert kind_near("Medicaid. Then 1234567.", 16, 23) == "privacy-health-plan"
    assert kind_near("Medicaid. Then 1234567.", 16, 23, paragraph=False) is None


@pytest.mark.parametrize("text", [
    "Si el nene se tomó el frasco, llamen a Control de Envenenamiento al 1-800-222-1222.",
    "Si un niño se toma una medicina por accidente, llamen a Control de Envenenamientos: "
    "1-800-222-1222. Atienden en español.",
])
def test_poison_control_in_spanish_is_no_town(text: str) -> None:
    assert stopping_codes(text, "es") == set()


@pytest.mark.parametrize("text", [
    "Happy Diwali, Deepavali and Bandi Chhor Divas to all who celebrate, and keep sparklers "
    "away from little hands.",
    "Durga Puja comes in mid-October this year; the sweets are lovely, but brush after.",
    "Tết Trung Thu, the Mid-Autumn Festival, fell on September 25 this year.",
    "¡Que disfruten la Candelaria! Los tamales con moderación si su niño tiene diabetes.",
])
def test_a_feasts_name_is_no_person(text: str) -> None:
    lang = "es" if "¡" in text else "en"
    assert "privacy-name" not in stopping_codes(text, lang)


def test_a_child_named_like_a_feast_is_still_a_child() -> None:
    assert "privacy-name" in stopping_codes(
        "Candelaria tuvo fiebre tres días y su mamá la trajo el lunes.", "es")


@pytest.mark.parametrize("text", [
    "G6PD deficiency is common in families from the Mediterranean, and more common in boys.",
    "Thanks to Samira Nasser, RN, whose Arabic made so many visits easier for a child with "
    "asthma.",
    "Happy 250th birthday, America. Keep your child away from the fireworks.",
])
def test_regions_and_languages_are_no_people(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


@pytest.mark.parametrize(("handle", "ours"), [
    ("maplestreetpeds", True), ("MapleStPeds", True), ("maple_street_pediatrics", True),
    ("maplepeds", True), ("maple_mom", False), ("maple", False), ("maplestreetmom", False),
])
def test_a_handle_spelled_from_the_practices_name_is_its_own(handle: str, ours: bool) -> None:
    from preflight.detect_numbers import practice_handle

    assert practice_handle(handle, ("maple", "street", "pediatrics")) is ours


def test_the_practices_own_account_passes_and_a_parents_does_not(tmp_path: Path) -> None:
    note = ("Title: Snow days\nDate: 2026-01-10\n\nWe post closings on our Instagram, "
            "@maplestreetpeds, and at https://www.instagram.com/maplestreetpeds/. Ask "
            "@maple_mom_of_three for the carpool.\n")
    report = check_one(tmp_path, note, PRACTICE_NAME="Maple Street Pediatrics")
    social = [f for f in report.findings if f.code == "privacy-social"]
    assert [f.message.split('"')[1] for f in social] == ["@maple_mom_of_three"]


@pytest.mark.parametrize("text", [
    "Large parts of the Daniel Boone National Forest prohibit ginseng digging; check before "
    "your child goes.",
    "If your child moves, update the address online at Washington Healthplanfinder.",
    "Babies under 9 months should not get the yellow fever shot before a trip to São Paulo, "
    "where the doctor saw a child last week.",
])
def test_a_place_or_an_agency_named_after_someone_is_no_person(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "Jackson Hall Forest had a cough for two weeks and missed school.",
    "Thanh Hoa had a fever last week and her mom brought her in.",
])
def test_a_child_whose_name_ends_like_a_place_is_still_a_child(text: str) -> None:
    assert "privacy-name" in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "Many babies here are born at the small birthing center that serves the Amish and "
    "Mennonite families east of us.",
    "Nirsevimab is a single shot for babies entering their first RSV season.",
    "Kids who want to be the next David Ortiz need a sports physical before the season.",
])
def test_peoples_medicines_and_public_people_are_no_patients(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "Those white bumps on a newborn's gums are usually Epstein pearls or Bohn's nodules.",
    "Tiny white spots inside the cheeks, Koplik spots, show up before the rash of measles.",
    "Precordial catch syndrome, also called Texidor's twinge, gives a teen a sharp pain.",
])
def test_an_eponyms_sign_is_no_patient(tmp_path: Path, text: str) -> None:
    report = check_one(tmp_path, f"Title: Signs\nDate: 2026-03-02\n\n{text}\n")
    assert not [f for f in report.findings if f.code == "privacy-name"]


def test_a_feast_in_a_tag_is_no_name(tmp_path: Path) -> None:
    note = ("Title: Parade safety\nDate: 2026-02-10\nTags: Mardi Gras, safety, durga-puja\n\n"
            "Parades are fun: keep your child close and away from the floats.\n")
    report = check_one(tmp_path, note)
    assert not [f for f in report.findings if f.code == "privacy-name"]


def test_a_given_name_before_a_test_is_still_a_child() -> None:
    assert "privacy-name" in stopping_codes(
        "Maya's test came back positive for strep, and Maya had a fever for three days.")


@pytest.mark.parametrize("text", [
    "A text reminder goes to everyone, in English, Spanish, Somali or Karen.",
    "Many Karen families in our area celebrated Karen New Year with sticky rice for the kids.",
    "You can ask for a Karen or Burmese interpreter at any visit of your child.",
])
def test_a_people_that_is_also_a_name_said_as_the_people(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


@pytest.mark.parametrize("text", [
    "Karen had a fever for three days and her mom brought her in.",
    "Karen, 4, came in with an ear infection.",
])
def test_a_girl_called_karen_is_still_a_girl(text: str) -> None:
    assert "privacy-name" in stopping_codes(text)


def test_a_people_in_a_tag_when_the_note_says_it_as_the_people(tmp_path: Path) -> None:
    note = ("Title: Interpreters\nDate: 2026-03-01\nTags: interpreters, Karen\n\n"
            "You can ask for a Karen or Burmese interpreter for any visit of your child.\n")
    report = check_one(tmp_path, note)
    assert not [f for f in report.findings if f.code == "privacy-name"]


def test_a_reading_list_names_authors_and_subjects(tmp_path: Path) -> None:
    note = ("Title: Books\nDate: 2026-03-01\n\n"
            "1. *The Explosive Child*, Ross W. Greene. Kids do well if they can.\n"
            "2. *It Takes Two to Talk*, Jan Pepper and Elaine Weitzman. Language at home.\n\n"
            "Katja Rowell and Jenny McGlothlin's *Helping Your Child with Extreme Picky "
            "Eating* is our favorite for a picky toddler.\n\n"
            "The *It Takes Two to Talk* guide by Jan Pepper helps a child with a speech "
            "delay.\n\n"
            "- ***Opal Lee and What It Means to Be Free*** by Alice Faye Duncan.\n"
            "- *Leo the Late Bloomer*, Robert Kraus — Mateo, 6, loved it at his checkup.\n")
    report = check_one(tmp_path, note)
    named = [f.message.split('"')[1] for f in report.findings if f.code == "privacy-name"]
    assert named == ["Mateo"]


@pytest.mark.parametrize(("text", "lang"), [
    ("El bebé recibe su primera dosis de DTaP a los 2 meses; el niño llora un poco.", "es"),
    ("A 2017 analysis from Columbia University found that a child with autism may wander.",
     "en"),
    ("Sickle cell trait is common in families from Grenada; a child with it plays sports.",
     "en"),
])
def test_a_vaccine_an_institution_and_a_country_are_no_towns(text: str, lang: str) -> None:
    assert "privacy-place" not in stopping_codes(text, lang)


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("En enero de 1922, un niño de 14 años llamado Leonard Thompson recibió la primera "
     "inyección de insulina en Toronto.", "es", "privacy-anecdote"),
    ("El sábado vamos a tener pastel sin azúcar y una plática sobre los 100 años de la "
     "insulina para los niños con diabetes.", "es", "privacy-age"),
    ("A trial's ID starts with NCT: the gene therapy study is NCT03745287.", "en",
     "privacy-phone"),
    ("Every summer, Karen teams gather for a tournament; the Sgaw Karen songs are lovely.",
     "en", "privacy-name"),
])
def test_history_an_anniversary_a_trials_id_a_dialect(text: str, lang: str, code: str) -> None:
    assert code not in stopping_codes(text, lang)


def test_an_age_over_89_and_a_phone_still_stop() -> None:
    assert "privacy-age" in stopping_codes("Su bisabuela tiene 100 años de edad y vive aquí.",
                                           "es")
    assert "privacy-phone" in stopping_codes("Call her mom at 217-555-0199 tonight.")


@pytest.mark.parametrize("text", [
    "Some remedies carry lead: Greta and azarcón are orange powders given for empacho.",
    "Kohl, surma or kajal on a baby's eyes can contain lead.",
    "Tomorrow is Christmas for the churches that keep the Julian calendar; the kids love it.",
    "Kha b'Nisan is the Assyrian New Year, and the kids dance at the picnic.",
])
def test_remedies_calendars_and_more_feasts_are_no_people(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text)


def test_a_girl_named_like_a_remedy_is_still_a_girl() -> None:
    assert "privacy-name" in stopping_codes(
        "Some remedies carry lead. Greta had a fever from lead and her mom brought her in.")


def test_an_acronym_in_a_tag_and_a_picture_with_nobody_in_it(tmp_path: Path) -> None:
    note = ("Title: Getting here\nDate: 2026-03-01\nTags: marta, sids\n\n"
            "Take MARTA to the clinic. SIDS is rare, and safe sleep makes it rarer.\n\n"
            '<img src="/images/schoolhouse.jpg" alt="A one-room schoolhouse with two empty '
            'buggies in front, no people in view">\n')
    report = check_one(tmp_path, note)
    assert not [f for f in report.findings if f.code in ("privacy-name", "privacy-image")]
