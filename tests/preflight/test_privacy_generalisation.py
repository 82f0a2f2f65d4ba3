"""Mechanisms that make the guard hold on notes it was never tuned to, each with hard negatives.

- a story about one real child: one particular child at a particular past moment, or a child
  singled out by a parent's job in town (English and Spanish);
- a place next to a few counted children or a child of any age in weeks or days, and a place a
  child goes to every week;
- dates tied to a death told gently, to Spanish admissions, to a follow-up;
- identifying numbers after abbreviations ("núm.", "exp."), right after their word ("member
  W29..."), SSNs written with spaces, relatives' phone lines, plural births in Spanish.
"""

from __future__ import annotations

import pytest
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import site_settings

POLICY = policy_from_settings(site_settings())


def found(text: str) -> set[tuple[str, str]]:
    return {(hit.code, hit.level.value) for hit in scan(text, POLICY)}


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        # one child, one past moment
        ("A 4-year-old we saw Tuesday swallowed a button battery.", "privacy-anecdote", "WARN"),
        ("Last Friday night a 16-year-old patient was thrown from a car.", "privacy-anecdote",
         "WARN"),
        ("This morning we sent a 7-year-old boy to surgery after he swallowed magnets.",
         "privacy-anecdote", "WARN"),
        ("Una niña de 3 años cayó a la alberca el sábado pasado.", "privacy-anecdote", "WARN"),
        ("Ayer un adolescente llegó con una fractura.", "privacy-anecdote", "WARN"),
        # a child named by a parent's job in a small town
        ("The coach's daughter collapsed at practice.", "privacy-anecdote", "WARN"),
        ("La hija menor del panadero venció una leucemia.", "privacy-anecdote", "WARN"),
        # places next to a child
        ("A 5-week-old at Little Acorns Daycare has whooping cough.", "privacy-place", "WARN"),
        ("Tres niños de la guardería Pequeños Pasitos llegaron con sarna.", "privacy-place",
         "WARN"),
        ("The unvaccinated 6-year-old with measles attends Sunday school at St. Casimir's.",
         "privacy-place", "WARN"),
        # dates tied to one person
        ("We lost one of our littlest patients on October 3, at four months old.",
         "privacy-date", "WARN"),
        ("Al bebé lo internaron el 3 de enero y salió el día 7.", "privacy-date", "WARN"),
        ("Reschedule her follow up, it was 8/12.", "privacy-date", "WARN"),
        ("Los gemelos que nacieron el primero de julio ya respiran solos.", "privacy-dob",
         "BLOCK"),
        # numbers after abbreviations and right after their word
        ("Nota: expediente núm. 55-20417, la bebé de la foto.", "privacy-record-number", "BLOCK"),
        ("La niña que vino el martes, exp. 0048-3317, ya tiene resultados.",
         "privacy-record-number", "BLOCK"),
        ("Reflux pt id 7730195", "privacy-record-number", "BLOCK"),
        ("Prior auth for BCBS member W2917730451 is late.", "privacy-health-plan", "BLOCK"),
        ("Tiene el plan con número de miembro XJH448201937.", "privacy-health-plan", "BLOCK"),
        ("Con su número de beneficiario 9914-2207-55 renovamos.", "privacy-health-plan", "BLOCK"),
        ("One family paid for account 200-448-916 today.", "privacy-account", "BLOCK"),
        ("She showed us her new license, R200-4417-9830.", "privacy-license", "BLOCK"),
        ("A beige Nucleus 8 with SN 4407812236 engraved on it.", "privacy-device", "BLOCK"),
        ("Su número de seguro social (el 5 2 7 - 4 4 - 8 1 9 0).", "privacy-ssn", "BLOCK"),
        ("Trajo el número de Seguro Social: 523 71 9048.", "privacy-ssn", "BLOCK"),
        # a relative's line is a person's line, even at an office
        ("Mandamos la receta por fax a la oficina de su tía, al 217 555 0148.", "privacy-fax",
         "BLOCK"),
    ],
)
def test_each_mechanism_catches_its_class(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # general advice about "a child", with or without a time
        "A 4-year-old can choke on a whole grape; cut them in quarters.",
        "If a child swallows a button battery, go to the ER right away.",
        "Last winter was a hard RSV season for many families.",
        "Every 4-year-old needs a vision screen at the checkup.",
        "Un niño de 3 años necesita supervisión cerca del agua.",
        "El verano pasado hubo muchos casos de golpe de calor en todo el estado.",
        "The average child gets six to eight colds a year.",
        # places without one child beside them
        "Flu clinic at Lincoln Elementary for the whole family on Saturday.",
        "Three things help: sleep, water and rest.",
        # dates without one person's event
        "Flu shots start October 1; book a follow-up visit if you need one.",
        "We lost power on October 3, so the office opened late.",
        # numbers that are not identifiers
        "Group 2 vaccines arrive in 2026. The licence lasts 10 years.",
        "Call 911; our fax is 217-555-0135.",
        "Over 523 71 families came; 9 of 10 kids were fine.",
        "Our member services line is open.",
    ],
)
def test_hard_negatives_stay_clean(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feast named after a person, past its possessive
        "On Valentine's Day we thank the families who wait patiently.",
        "Happy St. Patrick's Day: green food colouring is safe.",
        # scholarly authors
        "A meta-analysis by Taylor and colleagues found no link with autism.",
        "Smith et al. showed that reading aloud helps sleep.",
        # names spoken of as words
        "Hunter, Ryder and Jax are popular names this year.",
        "Dolores, Rosario y Consuelo son nombres comunes; hoy hablamos del dolor de oído.",
        # the practice's team by its role
        "Our nurse practitioner Kelly will run the asthma class on Thursday.",
        "Nuestra enfermera Lupita les recuerda: lávense las manos después de la consulta.",
        "Jordan, our front desk lead, can help with your visit.",
        # a town named like a person
        "Tyler, Texas had a heat advisory; keep kids hydrated after the game.",
        # public venues and their addresses
        "Free car seat checks at the Springfield Fire Station #3, 2100 Stevenson Drive.",
        "The health department offers free lead tests at 2833 South Grand Avenue East.",
        # a heading or an address in Title Case: function words end a name
        "Grace And Hope For New Parents",
        # a lower-case diminutive is a common word
        "Mida con el vasito de la caja, no con cucharas de cocina.",
        # an institution's anniversary
        "Our practice turned 25 last Tuesday, and we celebrated with cake.",
        "Santiago se encuentra en Chile.",
        "Join us for story time with Clifford at the library.",
    ],
)
def test_public_and_institutional_words_are_not_people(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        # the same mechanisms do not hide real people
        ("A 4-year-old at the Lincoln Park Library fell; his home at 12 Oak Street is near.",
         "privacy-address", "BLOCK"),
        ("Lleve la ropa a su nuevo departamento en Av. Hidalgo #212 int. 4.", "privacy-address",
         "BLOCK"),
        ("Happy first birthday to Amara, our NICU graduate!", "privacy-name", "WARN"),
        ("Santiago se rompió el brazo en el parque.", "privacy-name", "WARN"),
        ("We thank Emeka Chukwu and his mom for the card after his surgery.", "privacy-name",
         "BLOCK"),
    ],
)
def test_people_beside_those_words_are_still_found(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # authors of a cited publication (Sources: lines, reference lines)
        "Hviid A, Hansen JV, Frisch M, Melbye M. MMR Vaccination and Autism. "
        "Ann Intern Med. 2019;170(8):513-520",
        "Lieu TA, Ray GT. Pediatrics. doi: 10.1542/peds.2020-1234",
        # Spanish place words before a name, places whose words are names, storms
        "Gracias a la Biblioteca Lincoln por las ferias de salud para los niños.",
        "Las familias de Puerto Rico y San Luis Potosí nos preguntan por vacunas para viajar.",
        "La tormenta tropical Alberto trajo lluvias; revise que su hijo no juegue en el agua.",
        # characters, mascots and colours
        "Jesús, María y José son personajes de la pastorela de la escuela.",
        "Lupe, la mascota del programa de lectura, visitará a los niños en la biblioteca.",
        "Rosa mexicano, azul celeste y blanco: elija ropa clara en verano para su bebé.",
    ],
)
def test_authors_places_and_characters_are_not_patients(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("Sources: a talk with Maria Lopez, the patient's mom, in clinic.", "privacy-name",
         "BLOCK"),
        ("Emilio Castillo y Blanco vino con fiebre.", "privacy-name", "BLOCK"),
        ("Doña Celeste Blanco trajo a su nieto con fiebre.", "privacy-name", "BLOCK"),
    ],
)
def test_a_name_outside_a_citation_is_still_found(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("A toddler from ZIP code 62702 had lead poisoning.", "privacy-zip", "BLOCK"),
        ("IPv6 2001:db8:85a3::8a2e:370:7334 logged in to her chart.", "privacy-ip", "BLOCK"),
        ("Case #2026-00481 was opened for the boy.", "privacy-unique-id", "BLOCK"),
        ("MRN#4471920 was on the label.", "privacy-record-number", "BLOCK"),
        ("Ticket number 88231-A for her WIC appointment.", "privacy-unique-id", "BLOCK"),
        ("A boy from the tiny town of Pawnee was diagnosed with a rare cancer.", "privacy-place",
         "WARN"),
        ("His tonsillectomy is scheduled for 11/14.", "privacy-date", "WARN"),
        ("Lo operaron el 4 de febrero y salió bien.", "privacy-date", "WARN"),
        ("One mom in our practice lost her job and her son stopped his asthma meds.",
         "privacy-anecdote", "WARN"),
    ],
)
def test_variants_of_each_identifier_are_found(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The flu clinic is scheduled for 10/14 at the library.",
        "Office hours 8:30:00 to 17:00:00 daily.",
        "We had case #1 of flu this week.",
        "Our new ticket number system starts 11/1: take a ticket at the door.",
        "A child in the town of Springfield got the flu.",
    ],
)
def test_their_look_alikes_are_not(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        # a possessive is a child's unless it names a feast day
        ("Bobby's school nurse called about his asthma.", "privacy-name", "WARN"),
        ("Maya's team won and she scored after her ear infection cleared.", "privacy-name",
         "WARN"),
        # a person in the sentence makes an address near a venue a home
        ("After school, drop off meals for the family at 1420 Birch Road.", "privacy-address",
         "BLOCK"),
        # given names with initials are children, not authors
        ("Congrats to Sofia R, Mateo G and Leo P on finishing their asthma class!",
         "privacy-name", "BLOCK"),
        # a clinic or a kindergarten before a name is where the child was
        ("En el kinder Sofía se cayó y se golpeó la cabeza.", "privacy-name", "WARN"),
        ("En la clínica Mateo lloró con la vacuna.", "privacy-name", "WARN"),
        # an appositive that makes someone a patient
        ("Maya, our favourite patient, had her tonsils out.", "privacy-name", "WARN"),
        ("We started Emma on a trial of inhaled steroids for her asthma.", "privacy-name",
         "WARN"),
    ],
)
def test_the_exemptions_do_not_hide_children(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("When little R. Abernathy-Cole came in with his fourth nosebleed, it was dry air.",
         "privacy-name", "BLOCK"),
        ("Top readers: Amara Nwosu, Declan Fitzgerald and Yusuf Demir, with 40 books each.",
         "privacy-name", "BLOCK"),
    ],
)
def test_initials_and_celebrated_children_are_named(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. R. Smith wrote the new fever guideline.",
        "A study by J. Smith in 2019 showed kids sleep better.",
        "Our star readers loved Goodnight Moon by Margaret Wise Brown.",
        "Serena Williams started tennis at 3, and most young athletes should rest a day a week.",
    ],
)
def test_authors_and_public_people_stay_public(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)



@pytest.mark.parametrize(
    "text",
    [
        # news and guidance with a date: a public report, not the practice's story
        "Last week the CDC reported that a child in Texas died of measles.",
        "La semana pasada la OMS dijo que un niño de cada diez no recibe la vacuna.",
        "Last spring a study of 5,000 children showed that a toddler who naps sleeps better.",
        # a date and a child in general advice (no past told of the child)
        "Last summer, the AAP updated its advice: a baby should sleep on their back.",
        "Yesterday was World Asthma Day: an inhaler with a spacer works better for a child.",
        "This morning the new car seat guide came out: a 4-year-old should ride in a harness.",
    ],
)
def test_reports_and_advice_with_a_date_are_not_stories(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two or three kids in every classroom have asthma, so Sunny Days Daycare keeps inhalers.",
        "Los niños de la Escuela Primaria Juárez recibirán lentes gratis este año.",
        "We lost our beloved office cat, Mittens, on March 3.",
    ],
)
def test_groups_institutions_and_pets_are_not_one_child(text: str) -> None:
    assert not {c for c in found(text) if c[1] in ("BLOCK", "WARN")}, found(text)


def test_a_few_counted_children_at_a_named_place_still_are() -> None:
    assert ("privacy-place", "WARN") in found("Two kids at Sunny Days Daycare got pinkeye.")


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("A trick-or-treat at their house, 4127 Wabash, from 5 to 7.", "privacy-address",
         "BLOCK"),
        ("Pueden llevar la ropa a su casa, 212 Hidalgo, esta semana.", "privacy-address",
         "BLOCK"),
        ("His first febrile seizure was on February 28 at 2 am.", "privacy-date", "WARN"),
    ],
)
def test_a_home_named_then_its_number_and_words_between_his_and_the_event(
    text: str, code: str, level: str
) -> None:
    assert (code, level) in found(text), found(text)


def test_a_house_with_a_distance_is_no_address() -> None:
    assert not found("Their house is 2 blocks from the school; walk with a grown-up.")
