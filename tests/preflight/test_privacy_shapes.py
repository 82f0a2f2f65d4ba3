"""Mechanisms that catch a leak by its shape rather than by the word before it (round 5),
each with the hard negatives that share the shape, in English and Spanish.

- a code of letters and digits with no cue ("transmitter 8GJ4T2K7Q", "it should have been
  20319847") is an ID: a BLOCK when its sentence ties it to someone, a WARN otherwise; a
  recall's lot, an article's ID, a phone, a date, a ZIP+4, a gene marker are not;
- a code in a web address or a file name is left to the link rules (a page's ID);
- names: a name then a verb in the past and "his"/"her" a few words on, a milestone
  ("Mateo's first haircut"), a lower-case name set off by commas after the child it names,
  family names by their prefix (Mc, Mac, Van, Von) or joined with a known one;
- a house number and a street name with a home said of it later ("1712 Ridgeview, the little
  house ..."), a town by its population, a neighbourhood on one child's street;
- a picture whose file name names a child.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import check_one, site_settings

POLICY = policy_from_settings(site_settings())


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(hit.code, hit.level.value) for hit in scan(text, POLICY, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We registered transmitter 8GJ4T2K7Q for a third grader last week.", "en",
         ("privacy-device", "BLOCK")),
        ("La enfermera pidió la bomba de insulina del niño de quinto grado, NG3748119H.", "es",
         ("privacy-device", "BLOCK")),
        ("One form came back wrong; his number should have been 20319847.", "en",
         ("privacy-unique-id", "BLOCK")),
        ("Bed 12's band (#HB-0093318) got wet and smudged last night.", "en",
         ("privacy-unique-id", "BLOCK")),
        # no one named in the sentence: still a question for the doctor
        ("Found in the parking lot: a hearing aid, 2219X0847 engraved on the door.", "en",
         ("privacy-device", "WARN")),
        ("The transmitter ID on the box, 8GN4XK, is still registered to their son.", "en",
         ("privacy-device", "BLOCK")),
        ("His locker is 2B-117, next to the nurse's office.", "en",
         ("privacy-unique-id", "BLOCK")),
    ],
)
def test_a_code_without_a_cue_is_an_id(text: str, lang: str,
                                       expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The recall covers lot 24C118 and lot 24C119 of the apple pouches.", "en"),
        ("Recalled car seats: models CS-2603 and CS-2606, made in 2025.", "en"),
        ("See Pediatrics 2016;138(5):e20162591 for the screen-time study.", "en"),
        ("La norma NOM-031-SSA2-1999 fija el esquema de vacunación.", "es"),
        ("Call our office at 555-0134 or the nurse line at 555-0135.", "en"),
        ("The 2026-27 flu season starts now; 100-day cough is pertussis.", "en"),
        ("A DNA profile lists markers such as D21S11 and SNPs such as rs1801133.", "en"),
        ("The old topic1000 tag is gone, and so is flushot2025.", "en"),
        ("Our ZIP is 62704-2315 for mail to the practice.", "en"),
        # a product's, a form's or a model's name: a few letters and a short number
        ("Button batteries like the CR2032 can burn a child's throat in two hours.", "en"),
        ("Use form DS-3053 if one parent cannot come to the passport office with the child.",
         "en"),
        ("Ask for the SC7009 base when you buy your child's car seat.", "en"),
    ],
)
def test_codes_that_are_public_pass(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-unique-id",
                                                         "privacy-device"}


def test_a_code_in_a_web_address_is_the_pages(tmp_path: Path) -> None:
    """An article's or a book's ID in a link is no one's: the cue-less rule reads only
    running text (the link rules read the address)."""
    report = check_one(tmp_path, "Title: Fiebre\nDate: 2026-08-21\n"
                       "Sources: StatPearls, https://www.ncbi.nlm.nih.gov/books/NBK501922\n\n"
                       "Fever is how the body fights infection.\n")
    assert not [f for f in report.findings if f.code.startswith("privacy")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Bobby came back Tuesday with his cast covered in signatures.", "en",
         ("privacy-name", "WARN")),
        ("Mateo's first haircut (and lice tips)", "en", ("privacy-name", "WARN")),
        ("¡Pepito perdió su primer diente en plena consulta!", "es", ("privacy-name", "WARN")),
        ("we saw like 14 cases this week incl. jaxon's whole carpool lol.", "en",
         ("privacy-name", "WARN")),
        ("la más chiquita fue la nena de doña rocío, maribel, que ya va en kínder.", "es",
         ("privacy-name", "WARN")),
        ("ok so anna-sophie mcalister had like forty bites after the lake trip.", "en",
         ("privacy-name", "BLOCK")),
        ("Congratulations, Keisha Oyelaran-Brooks!", "en", ("privacy-name", "BLOCK")),
        ("Foto de Santiago Ibarra en la feria.", "es", ("privacy-name", "BLOCK")),
    ],
)
def test_names_told_in_passing(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fotos de Santiago de Chile en la feria.", "es"),
        ("Santiago Apóstol es el patrono del pueblo; la fiesta es el 25 de julio.", "es"),
        ("International Nurses Day is held on her birthday every year.", "en"),
        ("La plena y la bomba son música de Puerto Rico.", "es"),
        ("Hope came back to the office with the new flu vaccines.", "en"),
    ],
)
def test_names_told_in_passing_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-name"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("First stop Monday: 1712 Ridgeview, the little house behind the church, where our"
         " trach patient lives.", "en", ("privacy-address", "BLOCK")),
        ("We diagnosed Lyme in a ten-year-old who camps in Pawnee, population 2,600.", "en",
         ("privacy-place", "WARN")),
        ("One of our toddlers was diagnosed this month, and the families on her street in the"
         " Enos Park neighborhood bring dinners.", "en", ("privacy-place", "WARN")),
        ("One family asked the travel clinic to call them back at 312–555–0917.", "en",
         ("privacy-phone", "BLOCK")),
        ("Pay here: pay.example/invoice?acct=77410392-02.", "en",
         ("privacy-account", "BLOCK")),
        ("A patient's great-great-grandmother, now 101, remembers polio.", "en",
         ("privacy-age", "BLOCK")),
        ("Our patient had hers out 10/1 and is already asking for pizza.", "en",
         ("privacy-date", "WARN")),
        ("The fire chief's youngest got a new kidney this spring.", "en",
         ("privacy-anecdote", "WARN")),
        ("Compartimos el blog de una mamá que cuenta los días de su hijo en la UCIN:"
         " www.nuestroguerrerito-blog.com.", "es", ("privacy-url", "BLOCK")),
    ],
)
def test_places_numbers_and_stories(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 2026 health fair is at 1200 Stevenson Drive, the community center.", "en"),
        ("Chicago, population 2.7 million, has free flu clinics for every child.", "en"),
        ("Call the travel clinic at 312-555-0199 for yellow fever shots.", "en"),
        ("Found in the parking lot: a blue umbrella. Ask at the front desk.", "en"),
    ],
)
def test_places_numbers_and_stories_hard_negatives(text: str, lang: str) -> None:
    assert not {c for c, level in found(text, lang) if level == "BLOCK"}


@pytest.mark.parametrize(
    ("image", "flagged"),
    [
        ("{static}/images/liam-bike-helmet-day.jpg", True),
        ("{static}/images/noor-first-steps.jpg", True),
        ("{static}/images/dra-ana-rivera-retrato.jpg", False),
        ("{static}/images/nicu-footprints-card.jpg", False),
        ("{static}/images/mural-lavado-de-manos-pilsen.jpg", False),
        ("{static}/images/jonas-salk-portrait.jpg", False),
    ],
)
def test_a_picture_named_after_a_child(tmp_path: Path, image: str, flagged: bool) -> None:
    report = check_one(tmp_path, f"Title: Summer safety day\nDate: 2026-06-27\nimage: {image}\n"
                       "image_alt: Bike helmets lined up on a table\n\n"
                       "Thanks to everyone who came to our summer safety day.\n")
    images = [f for f in report.findings if f.code == "privacy-image"]
    assert bool(images) is flagged


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The toddler who pulled the gravy pot off the stove is healing well.", "en", True),
        ("The mom who works the night shift at the county jail kitchen brought all four kids"
         " in.", "en", True),
        ("La mamá que trabaja en la cocina de la cárcel trajo a sus cuatro hijos.", "es", True),
        ("En septiembre, el portero del equipo de la secundaria del pueblo, de 15 años, se"
         " desmayó en pleno partido.", "es", True),
        # advice, history, a public report: no one's story
        ("A child who swallowed a button battery needs the ER right away.", "en", False),
        ("The boy who helped end smallpox was eight in 1796.", "en", False),
        ("The CDC reported that the teen who collapsed had a heart condition.", "en", False),
        ("Los niños que se vacunan a tiempo faltan menos a la escuela.", "es", False),
    ],
)
def test_one_person_told_by_what_they_did(text: str, lang: str, expected: bool) -> None:
    assert (("privacy-anecdote", "WARN") in found(text, lang)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amber Brooks came in Tuesday with a broken wrist.", True),
        ("Sally Barber fell off the monkey bars and needed stitches.", True),
        ("Crystal Mcguire came in Tuesday with a broken wrist.", True),
        # a place or an institution whose words are names does not do what a patient does
        ("Grace Church held a flu clinic.", False),
        ("Hope Street fell quiet after the storm.", False),
    ],
)
def test_two_names_that_are_words_and_what_a_patient_does(text: str, expected: bool) -> None:
    """Names (given and family) that the dictionary knows too, followed by what only a
    patient does: a full name."""
    assert (("privacy-name", "BLOCK") in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Inés ya sabe leer las etiquetas ella sola.", "es", ("privacy-name", "WARN")),
        ("Juanito ya se sabe usar el espaciador solito.", "es", ("privacy-name", "WARN")),
        ("Hace un año a Chabela le diagnosticamos diabetes tipo 1.", "es",
         ("privacy-name", "WARN")),
        ("ayer vino inés con tos de perrito y le dimos una dosis de esteroide.", "es",
         ("privacy-name", "WARN")),
        ("Ánimo a todos, especialmente a Pancho, que entra a primero después de su operación.",
         "es", ("privacy-name", "WARN")),
        ("Un abrazo a la mamá de Santiago Ortega Villanueva, que nos trajo un pastel.", "es",
         ("privacy-name", "BLOCK")),
        ("ok quick one — jaylen was our 4th strep throat today.", "en",
         ("privacy-name", "WARN")),
        ("ok real talk, liam o'sullivan's mom told me she cried with relief.", "en",
         ("privacy-name", "BLOCK")),
        ("Grandma Bernadette told us she hadn't changed a diaper since 1989.", "en",
         ("privacy-name", "WARN")),
        ("The whole Castellano-Pruitt family brought us gingerbread this morning.", "en",
         ("privacy-name", "BLOCK")),
        ("Call to book. (Jess Park's mom, yours is reserved for Tuesday.)", "en",
         ("privacy-name", "BLOCK")),
    ],
)
def test_names_in_everyday_forms(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lincoln Park Zoo is free on Mondays for families.", "en"),
        ("La Feria de Regreso a Clases es en el Parque Humboldt, con vacunas gratis.", "es"),
        ("The VIN is on the dashboard; car seat checks are free on Saturday.", "en"),
        ("Andrew Wakefield's 1998 paper was retracted; vaccines do not cause autism.", "en"),
    ],
)
def test_names_in_everyday_forms_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-name"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We told her to pick any sticker, and inés picked the dinosaur, naturally.", "en",
         ("privacy-name", "WARN")),
        ("what a day. strep, two ear infections, and bobby's third cold this month.", "en",
         ("privacy-name", "WARN")),
        ("Maya blowing bubbles in our waiting room after her nebulizer treatment", "en",
         ("privacy-name", "WARN")),
        ("congrats to ruby tanaka-ellis, who finished her last round of allergy shots", "en",
         ("privacy-name", "BLOCK")),
        ("Al Pancho le cosimos la ceja; se cayó del carro alegórico.", "es",
         ("privacy-name", "WARN")),
        ("La bisabuela de los trillizos tiene ya 96 cumplidos y les teje un gorrito.", "es",
         ("privacy-age", "BLOCK")),
        ("Un señor de la iglesia lleva a las familias: su celular es 217.555.61.49.", "es",
         ("privacy-phone", "BLOCK")),
    ],
)
def test_names_numbers_and_ages_in_passing(text: str, lang: str,
                                           expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Quince minutos al día de juego donde el niño manda valen más que un juguete.", "es"),
        ("Hope blowing in the wind is a poem, not a treatment plan.", "en"),
        ("The server at 192.168.4.21 is down; the portal is back tomorrow.", "en"),
    ],
)
def test_names_numbers_and_ages_in_passing_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-name", "privacy-phone"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("El hijo menor de la señora del puesto de jugos se quemó la mano.", "es",
         ("privacy-anecdote", "WARN")),
        ("La gemelita de los dueños de la taquería de la avenida se metió un frijol.", "es",
         ("privacy-anecdote", "WARN")),
        ("El niño que atiende el puesto de elotes con su papá bajó 10 libras.", "es",
         ("privacy-anecdote", "WARN")),
        ("The only firefighter at our town's station who is also a single dad came by.", "en",
         ("privacy-anecdote", "WARN")),
        ("Diagnosticamos fenilcetonuria en un bebé de San Juan de los Lagos.", "es",
         ("privacy-place", "WARN")),
        ("Una niña de 4 años del rancho El Mezquite llegó con una picadura de alacrán.", "es",
         ("privacy-place", "WARN")),
        ("Three of the toddlers we saw this week go to Little Acorns Learning Center.", "en",
         ("privacy-place", "WARN")),
    ],
)
def test_stories_and_places_of_a_small_community(text: str, lang: str,
                                                 expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los dueños de la taquería donaron 200 tacos a la feria de salud.", "es"),
        ("Three of the toddler car seats we checked were installed too loosely.", "en"),
        ("La feria de San Juan de los Lagos atrae a miles de peregrinos cada febrero.", "es"),
    ],
)
def test_stories_and_places_of_a_small_community_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-anecdote", "privacy-place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks to adesoji afonja for the cookies after her visit", ("privacy-name", "BLOCK")),
        ("thanks to marcelina szajda for the cookies after her visit", ("privacy-name", "BLOCK")),
        ("Lunna Pastor came in Tuesday with a broken wrist from the trampoline.",
         ("privacy-name", "BLOCK")),
        ("thanks to अमित राव for the cookies after her visit", ("privacy-name", "BLOCK")),
        ("We saw 王小明 today for a fever.", ("privacy-name", "BLOCK")),
        ("Happy first birthday, कमला! We loved seeing you at your check-up.",
         ("privacy-name", "WARN")),
    ],
)
def test_names_beyond_the_lists(text: str, expected: tuple[str, str]) -> None:
    """Names no list holds (typed in lower case, or written in another script) are read by
    the words around them."""
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Happy Lunar New Year! 新年快乐 to all our families.", "en"),
        ("Happy Diwali! शुभ दीपावली from all of us.", "en"),
        ("Our handout is also in Russian: Прививки для детей.", "en"),
        ("En este Día de Acción de Gracias damos gracias por la fe de nuestras familias.", "es"),
        ("thanks to covid vaccines for keeping grandparents safe", "en"),
    ],
)
def test_names_beyond_the_lists_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-name"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kaden Whitehorse was so proud of his shiny teeth that he asked for a mirror.", "en",
         ("privacy-name", "BLOCK")),
        ("We caught it early in Dominic Achterberg, who is already home with his Legos.", "en",
         ("privacy-name", "BLOCK")),
        ("Cool night air helps. Jaylen was back to normal by breakfast.", "en",
         ("privacy-name", "WARN")),
        ("Croup is worse at night. poor lily had it three nights running last week.", "en",
         ("privacy-name", "WARN")),
        ("A Luzma le dolía tanto que no quería ni agua.", "es", ("privacy-name", "WARN")),
        ("One of our babies took her first steps in our waiting room last Tuesday.", "en",
         ("privacy-anecdote", "WARN")),
        ("Thinking of our tiny friend, admitted last Tuesday for bronchiolitis.", "en",
         ("privacy-anecdote", "WARN")),
        ("Una mamá de la clínica vende la suya en buen estado: 847 – 390 – 2215.", "es",
         ("privacy-phone", "BLOCK")),
    ],
)
def test_children_of_today_and_their_stories(text: str, lang: str,
                                             expected: tuple[str, str]) -> None:
    """Children's names of the 2000s-2020s in every spelling (Kaden, Caden, Jaiden), and the
    words that make a story one child's."""
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jugadores como Carlos Beltrán y atletas como Jasmine Camacho-Quinn inspiran.", "es"),
        ("Happy Nowruz to our Afghan and Iranian families!", "en"),
        ("One of our nurses took her first steps as a runner at last Tuesday's 5K.", "en"),
        ("We are in Springfield Township, which borders the county line.", "en"),
        ('Compresiones de 100 a 120 por minuto, al ritmo de "La Macarena".', "es"),
    ],
)
def test_children_of_today_hard_negatives(text: str, lang: str) -> None:
    assert not {code for code, _ in found(text, lang)} & {"privacy-name", "privacy-anecdote"}


def test_a_thing_made_for_a_child_is_no_child_in_a_picture(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: Plates\nDate: 2026-06-27\n"
                       "image: {static}/images/plate-portions.png\n"
                       "image_alt: A toddler plate divided into vegetables and protein\n\n"
                       "Half the plate is vegetables and fruit.\n")
    assert not [f for f in report.findings if f.code == "privacy-image"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A little jingle dancer fainted in the heat on April 17 and was fine after shade.",
         "en", ("privacy-date", "WARN")),
        ("Nuestra pacientita de seis semanas fue ingresada el 9 de enero.", "es",
         ("privacy-date", "WARN")),
        ("Three of this week's admissions came from the same ZIP, 62704, all babies.", "en",
         ("privacy-zip", "BLOCK")),
        ("The weekend boxes we set aside will be delivered to 96910 on Saturday.", "en",
         ("privacy-zip", "BLOCK")),
        ("Que los envíen a la oficina del comandante Villarreal, fax (915) 555-0117.", "es",
         ("privacy-fax", "BLOCK")),
        ("The firefighter's son who pulled the pot off the stove on Saturday is healing.", "en",
         ("privacy-anecdote", "WARN")),
        ("La nena del puesto de elotes del parque terminó su tratamiento.", "es",
         ("privacy-anecdote", "WARN")),
        ("La hija del trompetista del mariachi salió con pérdida auditiva leve.", "es",
         ("privacy-anecdote", "WARN")),
        ("La familia que viajó desde San Juan Cosalá con su bebé de fibrosis quística llegó.",
         "es", ("privacy-place", "WARN")),
    ],
)
def test_moments_zips_lines_and_roles(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fax school forms to the county health department, fax (217) 555-0199.", "en"),
        ("Our dancers fainted in the heat last year; bring water to the powwow.", "en"),
        ("La tortillería del parque dona tortillas a la feria de salud.", "es"),
    ],
)
def test_moments_zips_lines_and_roles_hard_negatives(text: str, lang: str) -> None:
    assert not {c for c, _ in found(text, lang)} & {"privacy-fax", "privacy-anecdote",
                                                    "privacy-date"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The transmitter ID on the box, 8GN4XK, is still registered to their son, so we'll"
         " return that part to them.", ("privacy-device", "BLOCK")),
        ("Your TRICARE beneficiary number 1003 4471 862 is written on the form.",
         ("privacy-health-plan", "BLOCK")),
    ],
)
def test_a_word_that_only_sounds_public(text: str, expected: tuple[str, str]) -> None:
    """'that part' is no part number; a beneficiary's number is a plan number."""
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    ["Recalled strollers: part no. 4471XK2 on the frame.",
     "Recalled strollers: item #4471XK2 on the frame."],
)
def test_a_part_number_is_public(text: str) -> None:
    assert not {c for c, _ in found(text)} & {"privacy-unique-id", "privacy-device"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maëlle in goggles after her swim lesson", True),
        ("when grandpa walt installed the new car seat, he did it forward-facing.", True),
        ("Hattie came in with a fever and a rash on her arms.", True),
        ("Hope in a bottle: the new spacer makes inhalers easier.", False),
    ],
)
def test_names_in_captions_and_short_forms(text: str, expected: bool) -> None:
    """A caption's name does something with her/his a few words on; short forms (Walt,
    Hattie) and French names (Maëlle) are names too."""
    assert bool({c for c, _ in found(text)} & {"privacy-name"}) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First reader in the beanbag: Aaliyah Washington, age 4, who picked a dinosaur book.",
         ("privacy-name", "BLOCK")),
        ("The Whitfields' youngest sneezed through the whole visit.", ("privacy-name", "BLOCK")),
        ("bobby's mouth sores kept him off his sippy cup for three days.",
         ("privacy-name", "WARN")),
    ],
)
def test_a_child_by_age_a_family_by_its_possessive(text: str,
                                                  expected: tuple[str, str]) -> None:
    """A name told with a child's age is no public figure, whatever else the sentence says;
    "the Whitfields' youngest" is one of theirs."""
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    ["Serena Williams, 41, won again and told kids to keep moving.",
     "The Beatles' songs calm babies on long car rides."],
)
def test_a_child_by_age_hard_negatives(text: str) -> None:
    assert not {c for c, _ in found(text)} & {"privacy-name"}
