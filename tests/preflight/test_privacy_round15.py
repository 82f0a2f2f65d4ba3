"""Round 15, from the h43-h46 batches (held out in session 14, joined the tune half after).
The rules of this round are meant to carry over to notes nobody tuned them to, so each is a
mechanism rather than a phrase, and each shape that now passes sits beside the same shape
that must still stop:

- a child's age right after any capitalised word makes it a child's name, whatever the word
  (a nickname, a word, a name no list knows): "La Chiquis, de cuatro añitos", "Wren
  Hollister, age eight"; a book list's reader ages are a range and name nobody;
- a film's or a song's title is capitalised ("Frozen", "Coco"): "frozen peas" is no film, and
  a song sung at a visit makes no twin a character;
- the practice's own street said the Spanish way ("en el 120 de la calle Maple");
- a people is no family ("the Afghan families"), while "el Chino" stays a nickname;
- community adults by a rank ("Lt."), a title where they work ("Mrs. … at the middle
  school"), a trade that a student of a profession holds, a trade then who holds it ("La
  maestra es …"); an animal's or a plant's name ("a golden retriever named Waffles");
- the staff's answers listed after "we asked the staff", the team thanked by name "y a todo
  el equipo"; a note about names ("nombres de bebé") names no child unless one is told;
- world cities after "in", "en", "desde" ("la receta desde Pereira");
- staff by the year they joined or the languages they interpret, and people joining the
  practice named in the next sentence; a day off is no birthday; a numbered road has no age;
- an author whose work is read ("leeremos a Froylán Turcios"); public figures from a wider
  list, but not inside a longer name ("José Luis Barragán Ochoa" is no Luis Barragán);
- a ZIP of the practice's own area, whatever the words around it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


def _codes(tmp_path: Path, note: str) -> set[str]:
    return {f.code for f in check_one(tmp_path, note).findings
            if f.code.startswith("privacy-") and f.blocking}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("La Chiquis, de cuatro añitos, llevaba dos días llorando al ir al baño.", "es"),
        ("El sábado la Chata, de siete años, llegó llorando desde el estacionamiento.", "es"),
        ("One of our book club kids smashed it. Wren Hollister, age eight, read 100 books.",
         "en"),
        ("Moose, age 6, broke his arm on the monkey bars.", "en"),
        ("When Zuri came in for her checkup last week, her mom admitted the only vegetable "
         "Zuri will eat is frozen peas.", "en"),
        ("Hoy tuvimos a los gemelos Betancur Ríos para sus vacunas y la mamá trajo un truco: "
         "una canción de Cri-Cri a todo volumen.", "es"),
        ("Ayer vino el Chino con su mamá porque le dio una crisis de asma en el recreo.",
         "es"),
        ("Mrs. Gwendolyn Achterberg at the middle school says her son Tyler broke his arm.",
         "en"),
        ("This week a camp nurse called us about Ruairí Delacroix, who had fallen off the "
         "climbing wall and couldn't bend his wrist.", "en"),
        ("Our cat is so proud. Her son is named Gerald and he had a fever.", "en"),
    ],
)
def test_a_child_still_stops(body: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(body, lang)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("*Wonder*, ages 8 to 12, is a great read.", "en"),
        ("Swimming lessons, age 4 and up, start in June.", "en"),
        ("Frozen peas make a good ice pack for a bumped knee.", "en"),
        ("Este noviembre cumplimos 25 años abiertos en el 120 de la calle Maple.", "es"),
        ("Many of the Afghan families in our practice arrived this way.", "en"),
        ("Huge thanks to the Springfield Fire Department, especially Lt. Marcus Oyelaran, "
         "who has been running these events for nine years.", "en"),
        ("To Mrs. Gwendolyn Achterberg at the middle school: thank you.", "en"),
        ("This fall we are precepting a nurse practitioner student from Southern Illinois "
         "University Edwardsville, Hannah Kowalski, who will be with us two days a week.",
         "en"),
        ("La maestra es Glenda Mora, que enseña inglés como segundo idioma desde hace quince "
         "años.", "es"),
        ("Their humane educator, Jolene Vasquez-Pratt, has a very patient golden retriever "
         "named Waffles who helps.", "en"),
        ("Our nurse Becky runs the nurse line (the pothos in the lobby is named Gerald; "
         "please don't water him, he's on a schedule).", "en"),
        ("He ran track at Illinois State and still does the Lincoln Presidential half "
         "marathon every spring.", "en"),
        ("Hoy cumple años nuestra coordinadora; su mamá le mandó la receta desde Pereira.",
         "es"),
        ("Gracias a Rafael, a Becky, a Lourdes y a todo el equipo.", "es"),
    ],
)
def test_no_patient_passes(tmp_path: Path, body: str, lang: str) -> None:
    """Checked as a whole note: the adults a note introduces pass in all of it."""
    codes = _codes(tmp_path, f"Title: A note\nDate: 2026-03-01\nLang: {lang}\n\n{body}\n")
    assert not codes & {"privacy-name", "privacy-address"}


def test_the_staffs_listed_answers_pass_and_a_child_in_the_list_stops(tmp_path: Path) -> None:
    note = ("Title: What we are reading\nDate: 2026-06-12\n\nWe asked the staff for their "
            "summer reading picks:\n\n- Gretchen: *The Very Hungry Caterpillar*.\n- Jalen: "
            "*New Kid* by Jerry Craft.\n- Priyanka: *Matilda*, for the fourth time.\n")
    assert "privacy-name" not in _codes(tmp_path, note)
    leak = note + "\nAnd Sofia, age 6, who came in with a rash, picked *Frog and Toad*.\n"
    assert "privacy-name" in _codes(tmp_path, leak)


def test_a_note_about_names_names_no_child_unless_one_is_told(tmp_path: Path) -> None:
    note = ("Title: Nombres de bebé\nDate: 2026-05-01\nLang: es\n\n¿Cuáles son los nombres "
            "de bebé más populares? En Colombia ahora está de moda Salomé. En El Salvador "
            "todavía hay muchos José y muchas María.\n")
    assert "privacy-name" not in _codes(tmp_path, note)
    leak = note + "\nLa pequeña Salomé vino con fiebre el martes.\n"
    assert "privacy-name" in _codes(tmp_path, leak)


def test_a_neighbourhood_named_like_a_city_is_still_a_small_place() -> None:
    body = ("Esta semana la enfermera visitó a la bebé que vive en la colonia Kennedy, en "
            "Tegucigalpa.")
    assert "privacy-place" in stopping_codes(body, "es")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Abdirahman Farah interprets Somali and a bit of Arabic, and has been with us since "
         "2019. Nadia Sultani covers Dari and Pashto.", "en"),
        ("Thanks to a state grant, two community health workers are joining us this fall. "
         "Fadumo Hassan will work with Somali families and Sayed Karimi with Afghan families.",
         "en"),
        ("También leeremos a Froylán Turcios y cantaremos algunas rondas.", "es"),
        ("On November 14, 1960, six-year-old Ruby Bridges walked into William Frantz "
         "Elementary School. Norman Rockwell later painted the scene.", "en"),
    ],
)
def test_staff_and_public_people_pass(tmp_path: Path, body: str, lang: str) -> None:
    codes = _codes(tmp_path, f"Title: A note\nDate: 2026-03-01\nLang: {lang}\n\n{body}\n")
    assert "privacy-name" not in codes


@pytest.mark.parametrize(
    ("body", "code", "stops"),
    [
        ("Abdirahman and Nadia will be off on the 27th to celebrate with their families.",
         "privacy-dob", False),
        ("Mateo will be two on Tuesday the 3rd, and we sang to him.", "privacy-dob", True),
        ("Route 66 turns 100 this year.", "privacy-age", False),
        ("Our neighbour Mr. Diaz turns 100 this year.", "privacy-age", True),
        ("We heard from one mom on the north side, 62702, whose son fainted.", "privacy-zip",
         True),
        ("Text FLU to 62702 for reminders.", "privacy-zip", False),
        ("We gave 62702 doses this year.", "privacy-zip", False),
    ],
)
def test_dates_ages_and_zips(body: str, code: str, stops: bool) -> None:
    assert (code in stopping_codes(body)) is stops


def test_a_name_holding_a_public_figures_name_is_still_a_persons() -> None:
    body = "Idea de José Luis Barragán Ochoa, que pintó el dibujo en su consulta de los 7 años."
    assert "privacy-name" in stopping_codes(body, "es")


@pytest.mark.parametrize(
    "body",
    [
        # a word or a name no list knows, said of a child by what only a child does
        "Dr. Adebayo's favorite example is Pip, who at four ate nothing but crackers.",
        "Our champ this week was Moose, who came in with a greenstick fracture.",
        "Indigo found that out the hard way, when her rescue inhaler sputtered empty in gym.",
        "Boo traded all five of hers for a stuffed narwhal at her 2-year visit today.",
        "Yaneisy me trajo su cuaderno de ciencias a la consulta de seguimiento.",
        "En la consulta de los seis años, Pipo me confesó muy serio que ve videos de noche.",
        "Al Chele, que juega fútbol afuera aunque haga frío, le dio una crisis la semana pasada.",
    ],
)
def test_a_nickname_told_of_a_child_stops(body: str) -> None:
    assert "privacy-name" in stopping_codes(body, "es" if " que " in body else "en")


@pytest.mark.parametrize(
    "body",
    [
        "Thanks to Rotary, who donated car seats for the clinic.",
        "Frozen peas work as an ice pack; Bluey is a fine show for a sick day.",
        'En mi familia me decían "la Chata", y a la Chata, cada vez que tosía, le tocaba té '
        "de canela.",
    ],
)
def test_an_organisation_or_the_writer_is_no_child(body: str) -> None:
    assert "privacy-name" not in stopping_codes(body, "es" if "familia" in body else "en")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        # one child with what there is one of in town: the front page, first place, the
        # county's one case, the youngest on a stage, a pastor's only daughter
        ("Este otoño vimos a un muchacho de doce años que ganó el concurso estatal de "
         "ortografía y salió en la primera página del periódico con su trofeo.", "es"),
        ("An eighth-grader who was diagnosed two years ago built her science fair project "
         "around it. It won first place and got a write-up in the State Journal-Register.",
         "en"),
        ("The county's recent measles case was a toddler whose family had just come home "
         "from an international adoption.", "en"),
        ("In December the youngest performer at the holiday recital, a second grader, had a "
         "seizure at the piano bench.", "en"),
        ("Este año acompañamos a la única hija del pastor de la iglesia bautista en todo el "
         "proceso de un linfoma.", "es"),
        ("Last Wednesday a father drove his sleeping toddler home and fell asleep. The car, "
         "the only one left in the lot behind the fourplex, sat in the sun.", "en"),
        ("Visité a una abuela que cría sola a sus tres nietos en la única casa rodante que "
         "queda junto a la planta.", "es"),
        # a year as a threshold is no history
        ("Lead paint was used before 1978. This spring a toddler whose parents bought the old "
         "firehouse, the one that was on the local news, came back at 41.", "en"),
    ],
)
def test_one_child_singled_out_stops(body: str, lang: str) -> None:
    assert "privacy-anecdote" in stopping_codes(body, lang)


def test_advice_in_one_paragraph_and_news_in_the_next_single_out_no_one() -> None:
    body = ("If the child does not wake up afterward, call 911.\n\nOur front desk team won "
            "first place in the chili cook-off.")
    assert "privacy-anecdote" not in stopping_codes(body)
