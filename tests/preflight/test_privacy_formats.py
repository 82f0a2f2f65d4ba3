"""Identifiers in the formats a source nobody tuned the guard to writes them (round 6,
`benchmarks/preflight_identifiers.py` reads Faker's generators), with the hard negatives
that share each shape:

- a street with any of the Postal Service's suffixes ("819 Cruz Lake", "Nichols Estates
  Suite 557"), never a count or a title ("10 Minutes At The Park", "5 Tips For Spring");
- a military or diplomatic post (PSC/Unit/USNS ... APO/FPO/DPO AA/AE/AP);
- street types of Mexico, Colombia, Argentina and Spain ("Peatonal", "Eje vial", "Cr.",
  "Blv.", "Glorieta") and a French address ("41, rue Leroux");
- a licence plate whose letters stand apart ("plate 367 TZE") or that follows its vehicle
  ("her dad's truck (HDT 091)"), never a model ("F-150") or a count;
- a Spanish passive told of one child ("Fue ingresada el 9 de julio").
"""

from __future__ import annotations

import pytest
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import site_settings, stopping_codes

POLICY = policy_from_settings(site_settings())


codes = stopping_codes


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Grandpa brought the twins' forms by from 4410 Heron Lake this morning.", "en",
         "privacy-address"),
        ("She's staying with her aunt at 77 Copper Springs Apt. 4 until the cast comes off.",
         "en", "privacy-address"),
        ("Mail his records to 2905 Oakmont Estates, Suite 12.", "en", "privacy-address"),
        ("Her new place is 318 Millers Crossroads, past the feed store.", "en",
         "privacy-address"),
        ("Dad's deployed: send the card to PSC 1201, Box 455, APO AE 09012.", "en",
         "privacy-address"),
        ("His mom is on the USNS Comfort, FPO AA 34090, until May.", "en", "privacy-address"),
        ("La familia vive en Peatonal Hidalgo 215, departamento 3.", "es", "privacy-address"),
        ("Su abuela vive en Eje vial Morelos 88, cerca del mercado.", "es", "privacy-address"),
        ("Nos escribió desde Cr. 45 # 12-30 en Medellín.", "es", "privacy-address"),
        ("La tía de la bebé vive en Blv. San Martín N° 1440.", "es", "privacy-address"),
        ("Her grandmother lives at 12, rue des Lilas in Montréal.", "en", "privacy-address"),
        ("Whoever owns plate 482 KTM, your lights are on in our lot.", "en", "privacy-vehicle"),
        ("His father's pickup (JRX 4471) is blocking the ambulance bay.", "en",
         "privacy-vehicle"),
        ("The minivan with tags 7BF-2290 left a car seat by the door.", "en",
         "privacy-vehicle"),
        ("La camioneta de su papá, placas ABC 12 34, sigue en el estacionamiento.", "es",
         "privacy-vehicle"),
        ("Fue ingresado el 3 de febrero por neumonía.", "es", "privacy-date"),
        ("Fue atendida el 12/03/2026 en urgencias por la caída.", "es", "privacy-date"),
    ],
)
def test_identifiers_in_other_formats(text: str, lang: str, code: str) -> None:
    assert code in codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("10 Minutes At The Park: how to fit play into a busy week", "en"),
        ("5 Tips For Spring allergy season", "en"),
        ("We spent 20 Sunny Days at the lake with our patients' families.", "en"),
        ("Join us at 1 Memorial Park for the fun run on Saturday.", "en"),
        ("Over 300 Families Center their week around school meals.", "en"),
        ("Her dad's truck (a Ford F-150) was in the lot.", "en"),
        ("A growth plate injury heals in 4 to 6 weeks.", "en"),
        ("The van holds 12 car seats for the health fair.", "en"),
        ("Tags: flu, RSV 2026", "en"),
        ("El centro de salud fue inaugurado el 9 de julio de 1998.", "es"),
        ("La vacuna fue aprobada el 12 de mayo para niños de 6 meses.", "es"),
        ("Read the 2 Peoria Heights recommendations on our page.", "en"),
    ],
)
def test_the_same_shapes_that_identify_no_one(text: str, lang: str) -> None:
    assert not codes(text, lang) & {"privacy-address", "privacy-vehicle", "privacy-date"}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # whom someone reminded, told or helped, in lower case
        ("told noor twice to keep her splint dry this week", "en", "privacy-name"),
        # spoken to in a P.S.
        ("P.S. Marcus, your cast looks awesome. See you Friday!", "en", "privacy-name"),
        # a death told with its date
        ("Our crossing guard of 20 years passed on March 3, and the kids miss him.", "en",
         "privacy-date"),
        # a session, an evaluation, a child who got sick, told with the date
        ("A quiet second grader who came for his first evaluation on May 12 drew the whole "
         "time.", "en", "privacy-date"),
        ("The kindergartner who threw up at lunch on Jan 22 is back and fine.", "en",
         "privacy-date"),
        ("La niña que se puso su primera vacuna el martes 3 de marzo ni lloró.", "es",
         "privacy-date"),
        # an entrant's number, a fundraiser's host, a patient's number in a link
        ("Our favorite runner (bib #40213) finished her first 5K after her surgery.", "en",
         "privacy-unique-id"),
        ("Help the family at givesendgo.com/teamgracie if you can.", "en", "privacy-url"),
        ("The sample image is at https://portal.example.org/patients/A-448120/films", "en",
         "privacy-record-number"),
        # a high school by its name next to one student
        ("The sophomore on the Lincoln High soccer team with epilepsy runs every practice.",
         "en", "privacy-place"),
        # a house number of two digits, a home said of it later
        ("Volunteers are building a ramp at 14 Larkspur so he can come home next week.", "en",
         "privacy-address"),
        ("Su abuelo lo recoge frente a 220 Magnolia, donde vive la familia.", "es",
         "privacy-address"),
        # a biometric sample of one client
        ("The app kept a voiceprint of a 12-year-old client for months.", "en",
         "privacy-biometric"),
    ],
)
def test_told_in_passing(text: str, lang: str, code: str) -> None:
    assert code in codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We told Texas families about the recall last week.", "en"),
        ("Grace, your gifts to the food pantry mean the world.", "en"),
        ("We passed on the message on Monday to every family.", "en"),
        ("About 1 in 10 Americans lives with a rare disease.", "en"),
        ("Lincoln High won the state title on Saturday.", "en"),
        ("Read the CDC's page at https://www.cdc.gov/records/2024/index.html for the data.",
         "en"),
        ("Player #12 on the poster is a model, not a patient.", "en"),
        ("La vacuna se puso de moda en 1955 cuando Salk la anunció.", "es"),
    ],
)
def test_told_in_passing_hard_negatives(text: str, lang: str) -> None:
    assert not codes(text, lang)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a parent by title and family name, with their child
        ("Officer Brennan's daughter got her cast signed by the whole station.", "BLOCK"),
        ("la hija de la maestra Quintanilla ya camina sin muletas", "BLOCK"),
        # an initial and a family name, thanked or credited, whatever the sentence is about
        ("Thanks to D. Okonkwo for the stack of board books.", "BLOCK"),
        ("Photo by M. Castillo.", "BLOCK"),
        # a signature: a first name and an initial
        ("The NICU nurses were our angels. Hugs, Brianna K.", "BLOCK"),
        ("We could not have done it without you. xo, Terry B.", "WARN"),
        # lower case, a given name that is also a word or a city's name
        ("so proud of charlotte okafor today, first blood draw with no tears", "BLOCK"),
        # a brand's name that is a girl's, said with her age
        ("Frida Castañeda, age 4, rang the bell after her last treatment.", "BLOCK"),
        # names in another script, credited
        ("Guest post by 李秀华, mom of a child with type 1 diabetes.", "BLOCK"),
        ('"The nurses saved our Christmas," said कमल चटर्जी, whose son was in the PICU.',
         "BLOCK"),
        # a Vietnamese family name of two letters
        ("Thanks to Mai Vũ for the cookies.", "BLOCK"),
    ],
)
def test_names_in_signatures_credits_and_titles(text: str, level: str) -> None:
    assert ("privacy-name", level) in {
        (hit.code, hit.level.value) for hit in scan(text, POLICY, lang="en")}


@pytest.mark.parametrize(
    "text",
    [
        "Ask your coach's trainer about heat safety before practice.",
        "Mr. Rogers' Neighborhood taught kids about feelings.",
        "Source: J. Pediatr. 2024;263:113-9.",
        "新年快乐 from all of us at the practice!",
        "Love, the team at Maple Street Pediatrics",
        "we drove from charlotte to raleigh for the conference",
        "Frida nasal aspirators are back in stock, 2 per family.",
    ],
)
def test_names_in_signatures_credits_and_titles_hard_negatives(text: str) -> None:
    assert "privacy-name" not in {hit.code for hit in scan(text, POLICY, lang="en")
                                  if hit.level.value != "INFO"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a family name that is also a word, with a patient's verb and a pronoun
        ("Seo-yeon Park came in with the questions she had written herself.", True),
        ("Lincoln Park came in with new benches and a splash pad.", False),
        # a film on a wound is no movie: the name after it is a patient's
        ("A whitish film on the tongue is thrush. We saw Noa ben Ami for it today.", True),
        ("In the film Encanto, Mirabel's sister Luisa carries everything.", False),
        # a contest's prize and who won it, whatever the prize
        ("The prize (a book of your choice) goes to Anneliese Vogt for her drawing.", True),
        # "miss" the verb is no title
        ("We will miss. Thank you all for a great year.", False),
        ("Miss Okafor brought her twins in for their shots.", True),
    ],
)
def test_names_the_context_got_wrong(text: str, flagged: bool) -> None:
    found_name = any(hit.code == "privacy-name" and hit.level.value != "INFO"
                     for hit in scan(text, POLICY, lang="en"))
    assert found_name is flagged
