"""Round 16, from the tune half's last misses in the classes that have a shape of their own
(an age, a birth, a biometric record, an address), where a rule carries over to notes
nobody tuned it to better than one more name rule does. Each shape that now stops sits
beside the same shape that must still pass:

- an age over 89 said with a pronoun ("He is 91", "she'll be 96 in November"), but not a
  fever ("he was 102 last night");
- a full date, then one child born later in the clause ("on September 11, 2023, a 1 lb 9 oz
  boy was born"), and a birth date beside a saint's day ("en San Valentín" is no public
  life); "every baby born since March 1, 2020" is nobody's;
- a biometric record held of one person by the words that single them out ("one
  preschooler", "his thumbprint card", "de su mamá", "the twins"), not the advice;
- an address with a direction and no suffix ("412 N Walnut"), typed in lower case after
  "living at", a corner told with the streets' kinds ("la calle Ash y la 11th Street");
  the practice's own office named before the address makes no venue of it;
- a calendar date in a sentence about one child (a child's word, not an adult's pronoun)
  told in the past ("The three-month-old we sent to St. John's on December 9", "a un
  varoncito de cinco días lo mandamos a la lámpara el lunes 18 de mayo"); a feast by its
  name, a deadline ("starting October 1"), "su hijo" of advice and a plural are nobody's.

Round 16b, from the h51, h52, h55 and h58 batches (read first with the session's starting
rules, then joined the tune half):

- a story the writer says readers will recognise ("some of you will know the family", "the
  meteorologist you've probably watched"), a birth where nobody is born ("in the back seat
  of a rideshare"), the only one the Spanish way ("los únicos trillizos venezolanos que
  tenemos"), a parent who is the one of a place ("the dad is the pastor of"), a shop told
  by its look, a contest won; told of "our sickest baby", "una mamá que", "one of our
  moms"; "al aire libre" and what a child watches on TV are no news;
- a full name said to be a child's parent ("Yusmary Chirinos, mamá de dos pacientes"),
  twins by each region's word ("los morochos Villalobos"), a child by how they are doing
  ("Yoandri is wearing a green cast");
- a small town told where one child is, then what is theirs ("a little boy in Loami with
  Prader-Willi syndrome"), not a language or a feast ("en Semana Santa con");
- a practice's number before a list's next item, a month's abbreviation ("Friday Dec 25"),
  a book's co-authors, a teddy bear, a staff member's column in a slug: no one's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


@pytest.mark.parametrize(
    ("body", "lang", "code"),
    [
        ("One of our favorite regulars brings his great-granddaughter. He is 91, was a "
         "farmer for sixty years.", "en", "privacy-age"),
        ("She told Dr. Rivera she'll be 96 in November and intends to see them through "
         "high school.", "en", "privacy-age"),
        ("Three years ago this week, on September 11, 2023, a 1 lb 9 oz boy was born at 24 "
         "weeks at Memorial.", "en", "privacy-dob"),
        ("Hace un año, el 21 de mayo de 2025, nació en el Memorial el bebé de una familia.",
         "es", "privacy-dob"),
        ('La mamá lo aclaró: "No, la mía nació el 14 de febrero del 2019, en San Valentín."',
         "es", "privacy-dob"),
        ("Our therapist keeps a voiceprint of one preschooler from every month on our office "
         "laptop.", "en", "privacy-biometric"),
        ("We helped fill one for a toddler and still have his thumbprint card at the desk.",
         "en", "privacy-biometric"),
        ("La aplicación guarda la huella de voz de su mamá para leerle cuentos.", "es",
         "privacy-biometric"),
        ("We kept the retina scan image and the voiceprint recording of the twins in their "
         "file.", "en", "privacy-biometric"),
        ("Almost everything at the twins' family yard sale tomorrow at 412 N Walnut is fair "
         "game.", "en", "privacy-address"),
        ("We found a high level this month in a toddler living at 1127 n. sedgwick, where "
         "the landlord is now fixing the windows.", "en", "privacy-address"),
        ("Devontae from our front office dropped a snowsuit at 1418 Carrow Lane for a baby "
         "who had been coming to appointments wrapped only in a blanket.", "en",
         "privacy-address"),
        ("A second grader we see here was clipped by a car at the corner of South 11th "
         "Street and East Laurel Street.", "en", "privacy-address"),
        ("Su hijo casi fue atropellado en la esquina de la calle Ash y la 11th Street, "
         "justo enfrente de su casa.", "es", "privacy-address"),
        ("The three-month-old we sent to St. John's on December 9 was breathing seventy "
         "times a minute.", "en", "privacy-date"),
        ("One of our kindergarteners had a full meltdown at the door on August 13, her "
         "first day.", "en", "privacy-date"),
        ("A un varoncito de cinco días lo mandamos a la lámpara de fototerapia el lunes 18 "
         "de mayo.", "es", "privacy-date"),
        ("Our goalie patient who took a cleat to the head on January 24 cleared the last "
         "rung yesterday.", "en", "privacy-date"),
        ("El jugador que vimos el 11 de septiembre, después del golpe, ya regresó a clases.",
         "es", "privacy-date"),
        ("Nuestra pacientita de cinco meses a la que operaron del corazón el 12 de agosto "
         "volvió hoy a su primer control.", "es", "privacy-date"),
        ("Our sickest RSV baby so far went home from the PICU this week. Some of you will "
         "know the family without me saying much.", "en", "privacy-anecdote"),
        ("Esta semana vino una mamá con sus trillizos de cuatro años, los únicos trillizos "
         "venezolanos que tenemos en la consulta.", "es", "privacy-anecdote"),
        ("One of our moms is the meteorologist you've probably watched on the evening news.",
         "en", "privacy-anecdote"),
        ("Tenemos una paciente de once años, la que ganó el concurso de deletreo del "
         "distrito.", "es", "privacy-anecdote"),
        ("The dad who does the weather on Channel 20 brought his toddler in at 2 a.m. with "
         "the classic seal-bark cough.", "en", "privacy-anecdote"),
        ("El niño de 6 años de la señora que vende elotes afuera del estadio se quemó el pie. "
         "Ya lo conocen todos los aficionados.", "es", "privacy-anecdote"),
        ("Los morochos Villalobos vinieron a su chequeo de los seis meses.", "es",
         "privacy-name"),
        ("Spring ball is back. Yoandri is wearing a green cast because his slide met a "
         "cleat.", "en", "privacy-name"),
        ("*Pregunta de Yusmary Chirinos, mamá de dos pacientes de la consulta*", "es",
         "privacy-name"),
        ("Ozzie found out why on Saturday: a broken forearm in two places.", "en",
         "privacy-name"),
        ("We are proud to care for a little boy in Loami with Prader-Willi syndrome.", "en",
         "privacy-place"),
        ("We learned from a mom in Pleasant Plains this year, whose son has Menkes disease.",
         "en", "privacy-place"),
    ],
)
def test_the_shape_stops(body: str, lang: str, code: str) -> None:
    assert code in stopping_codes(body, lang)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("He was 102 last night, so we gave him ibuprofen and fluids.", "en"),
        ("She is 95th percentile for height, and that is fine.", "en"),
        ("Since March 1, 2020, every baby born here goes home with a book.", "en"),
        ("Fred Rogers was born on March 20, 1928, in Latrobe, Pennsylvania.", "en"),
        ("Police hand out free child ID kits with a fingerprint card: keep it at home.",
         "en"),
        ("Flu shots are at the Lincoln Library, 326 S 7th Street, on Saturday.", "en"),
        ("The health fair is at the corner of Monroe and 5th Street this year.", "en"),
        ("With the Chicago Marathon this Sunday, October 11, a few teen patients have asked "
         "about training for one.", "en"),
        ("El 24 de octubre es el Día Mundial contra la Polio: revise que su hijo tenga sus "
         "4 dosis, como le explicamos.", "es"),
        ("Starting October 1, the child care center required a flu shot for every child.", "en"),
        ("Si un niño muerde una hoja de Nochebuena, casi siempre solo le irrita la boca.",
         "es"),
        ("Dr. Rivera gave her talk on May 3 at the state meeting.", "en"),
        ("Salgan a jugar al aire libre: un niño necesita una hora de ejercicio.", "es"),
        ("You've probably seen the headlines about measles in Texas, where a child died.",
         "en"),
        ("Michelle Obama, mother of two daughters, spoke about it.", "en"),
        ("Closed Thursday Dec 24, Friday Dec 25 and Friday Jan 1.", "en"),
        ("1. Book online.\n2. Call (217) 555-0134.\n3. Bring the school form.", "en"),
        ("*The Connected Child* by Karyn Purvis, David Cross and Wendy Lyons Sunshine.",
         "en"),
        ("Teddy bear: soft toys wait until after the first birthday.", "en"),
        ("A boy in Spanish class with asthma should carry his inhaler.", "en"),
        ("Si viaja con su niño en Semana Santa con fiebre, consulte antes.", "es"),
        ("Many of you saw the flu clinic on Channel 20: a child needs two doses the first "
         "year.", "en"),
    ],
)
def test_the_same_shape_without_a_person_passes(body: str, lang: str) -> None:
    assert not {c for c in stopping_codes(body, lang) if c.startswith("privacy-")}


def test_a_slug_holding_the_authors_column_passes(tmp_path: Path) -> None:
    note = ("Title: Ask Priya: back to work, bottles and daycare\nDate: 2026-01-21\n"
            "Author: Priya Natarajan, IBCLC\nSlug: ask-priya-back-to-work\n\n"
            "How much milk to send to daycare, and how to store it.\n")
    assert not {f.code for f in check_one(tmp_path, note).findings
                if f.code.startswith("privacy-") and f.blocking}


def test_a_slug_holding_a_childs_name_still_stops(tmp_path: Path) -> None:
    note = ("Title: Back to work\nDate: 2026-01-21\nAuthor: Priya Natarajan, IBCLC\n"
            "Slug: ask-priya-mateo-alvarez\n\nHow much milk to send to daycare.\n")
    assert "privacy-name" in {f.code for f in check_one(tmp_path, note).findings
                              if f.blocking}


def _stopping_names(tmp_path: Path, first: str, second: str) -> list[str]:
    """Check a site of two notes; the privacy-name findings of the second that stop it."""
    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True)
    (notes / "a-first.md").write_text(first, encoding="utf-8")
    report = check_one(tmp_path, second, name="b-second.md")
    return [f.message for f in report.findings
            if f.path.endswith("b-second.md") and f.code == "privacy-name" and f.blocking]


def test_an_adult_the_site_introduced_by_trade_passes_in_full_elsewhere(tmp_path: Path) -> None:
    first = ("Title: Story time\nDate: 2026-02-01\n\nRuth Abernathy, the children's librarian "
             "at Lincoln Library, came by with a box of books for the waiting room.\n")
    second = ("Title: Coverage Saturday\nDate: 2026-06-01\n\nNavigators will help families "
              "renew All Kids coverage for children. Thank you to Ruth Abernathy for the "
              "room.\n")
    assert _stopping_names(tmp_path, first, second) == []


def test_her_given_name_alone_or_her_child_still_stops(tmp_path: Path) -> None:
    first = ("Title: Story time\nDate: 2026-02-01\n\nRuth Abernathy, the children's librarian "
             "at Lincoln Library, came by with a box of books for the waiting room.\n")
    second = ("Title: Stitches\nDate: 2026-06-01\n\nRuth Abernathy's son came in with a cut "
              "on his chin on Tuesday and needed three stitches.\n")
    assert _stopping_names(tmp_path, first, second)


def test_an_interpreter_by_the_languages_after_the_name_passes(tmp_path: Path) -> None:
    note = ("Title: Asthma plans in eight languages\nDate: 2026-03-01\n\nThank you to Odette "
            "Kalonji (French and Lingala), Farid Sultani (Dari and Pashto) and Oksana Hrytsenko "
            "(Ukrainian and Russian), who translated our asthma action plan for children.\n")
    assert not [f for f in check_one(tmp_path, note).findings
                if f.code == "privacy-name" and f.blocking]
