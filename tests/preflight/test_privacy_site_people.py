"""The practice's own people as the site names them (`site_people.py`).

A practice's nurse signs half its notes (`Author: Priya Natarajan, RN`) or is introduced once
("Our new nurse Hamza Qureshi joins us"); the other notes then call her "Priya". Those notes
must publish without the practice listing her in `STAFF_NAMES`. A patient who shares her
given name must still be held, when the words beside the name make it a child's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.context import CheckContext
from preflight.evaluation import evaluate, site_of
from preflight.findings import Report
from preflight.runner import check_content
from support.preflight_helpers import site_settings

SIGNED = """Title: Flu shots are here
Date: 2026-10-01
Author: Priya Natarajan, RN

Flu shots are in. Book online or call the office.
"""
INTRODUCED = """Title: Welcome, Hamza
Date: 2026-09-01

Our new medical assistant Hamza Qureshi joins us this week from Chicago.
"""


def _site(tmp_path: Path, notes: dict[str, str]) -> tuple[Path, dict]:
    content = tmp_path / "content"
    folder = content / "notes"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in notes.items():
        (folder / name).write_text(text, encoding="utf-8")
    return content, site_settings(PATH=str(content), CACHE_PATH=str(tmp_path / "cache"))


def _names(report: Report, name: str) -> list[str]:
    return [f.level.value for f in report.findings
            if f.code == "privacy-name" and f.path.endswith(name)]


def _check(tmp_path: Path, notes: dict[str, str], only: str | None = None) -> Report:
    content, settings = _site(tmp_path, notes)
    paths = [content / "notes" / only] if only else None
    return check_content(CheckContext(tmp_path, content, settings), paths)


def _note(body: str) -> str:
    return f"Title: Saturday clinic\nDate: 2026-10-03\n\n{body}\n"


@pytest.mark.parametrize(("known", "name"), [(SIGNED, "Priya"), (INTRODUCED, "Hamza")])
@pytest.mark.parametrize(
    "body",
    [
        "{name} will give flu shots to the kids on Saturday morning; bring the vaccine card.",
        "Thanks to {name} for staying late with every coughing toddler this week.",
        "{name}, who runs our Saturday asthma clinic, has a new spacer handout for parents.",
    ],
)
def test_a_name_the_site_gives_its_staff_passes(tmp_path: Path, known: str, name: str,
                                                body: str) -> None:
    body = body.format(name=name)
    report = _check(tmp_path, {"known.md": known, "saturday.md": _note(body)})
    assert _names(report, "saturday.md") == []


def test_without_the_site_the_same_name_is_held(tmp_path: Path) -> None:
    """The mechanism, not the sentence, lets it pass: alone, the note is held."""
    body = "Thanks to Priya for staying late with every coughing toddler this week."
    assert _names(_check(tmp_path, {"saturday.md": _note(body)}), "saturday.md")


def test_a_note_checked_on_its_own_knows_the_others(tmp_path: Path) -> None:
    body = "Thanks to Priya for staying late with every coughing toddler this week."
    report = _check(tmp_path, {"known.md": SIGNED, "saturday.md": _note(body)},
                    only="saturday.md")
    assert report.files_checked == 1
    assert _names(report, "saturday.md") == []


@pytest.mark.parametrize(
    "body",
    [
        "Little Priya came in with croup on Tuesday and was breathing easy by Thursday.",
        "At Priya's two-month visit we talked about tummy time and vitamin D.",
        "Priya, 4, had her kindergarten shots and picked the dinosaur bandage.",
        "Priya had been missing school with tummy aches for weeks.",
        "Esta semana ganó la pequeña Priya, que se puso sus vacunas sin llorar.",
    ],
)
def test_a_patient_who_shares_the_name_is_still_held(tmp_path: Path, body: str) -> None:
    report = _check(tmp_path, {"known.md": SIGNED, "visit.md": _note(body)})
    assert _names(report, "visit.md"), body


def test_a_new_byline_reaches_notes_already_cached(tmp_path: Path) -> None:
    """The cache keys every note by the site's people: a new signer is read at once."""
    body = "Thanks to Priya for staying late with every coughing toddler this week."
    assert _names(_check(tmp_path, {"saturday.md": _note(body)}), "saturday.md")
    assert _names(_check(tmp_path, {"known.md": SIGNED, "saturday.md": _note(body)}),
                  "saturday.md") == []


def test_each_corpus_batch_is_its_own_site(tmp_path: Path) -> None:
    """In the evaluation corpus a batch is one practice: its bylines cover its own notes,
    never another batch's."""
    corpus = tmp_path / "corpus"
    (corpus / "leaky").mkdir(parents=True)
    (corpus / "clean").mkdir(parents=True)
    (corpus / "clean" / "x1-001-flu.md").write_text(SIGNED, encoding="utf-8")
    body = "Thanks to Priya for staying late with every coughing toddler this week."
    (corpus / "clean" / "x1-002-thanks.md").write_text(_note(body), encoding="utf-8")
    (corpus / "clean" / "y1-001-thanks.md").write_text(_note(body), encoding="utf-8")
    result = evaluate(corpus, site_settings())
    flagged = {note.path.name for note in result.clean if note.false_positives}
    assert flagged == {"y1-001-thanks.md"}
    assert site_of(Path("x1-002-thanks.md")) == "x1"
    assert site_of(Path("002-thanks.md")) == ""


def _signed(name: str, n: int) -> str:
    return f"Title: Note {n}\nDate: 2026-10-0{n}\n\nWash hands, cover coughs.\n\n— {name}\n"


THANKS = "Thanks to Priya for staying late with every coughing toddler this week."


@pytest.mark.parametrize("sign_off", ["Priya", "Priya, RN", "Cata, Yari, Priya y todo el equipo"])
def test_whoever_signs_off_two_notes_is_the_practices(tmp_path: Path, sign_off: str) -> None:
    body = THANKS
    notes = {"a.md": _signed(sign_off, 1), "b.md": _signed("Priya 💛", 2),
             "saturday.md": _note(body)}
    assert _names(_check(tmp_path, notes), "saturday.md") == []


def test_one_sign_off_is_not_enough(tmp_path: Path) -> None:
    """A parent's message pasted at the end of a note is signed too, once."""
    notes = {"a.md": _signed("Priya", 1), "saturday.md": _note(THANKS)}
    assert _names(_check(tmp_path, notes), "saturday.md")


def test_a_parents_sign_off_never_counts(tmp_path: Path) -> None:
    body = "Jenna brought her daughter in for a fever on Saturday."
    notes = {"a.md": _signed("Jenna, Ava's mom", 1), "b.md": _signed("Jenna, Ava's mom", 2),
             "visit.md": _note(body)}
    assert _names(_check(tmp_path, notes), "visit.md")


@pytest.mark.parametrize(
    ("last_line", "expected"),
    [
        ("— Yari, recepción", ["Yari"]),
        ("¡Felices fiestas! — Cata", ["Cata"]),
        ("— Kwame Asante-Boateng, PNP", ["Kwame Asante-Boateng"]),
        ("Dra. Ana Rivera", ["Ana Rivera"]),
        ("<p>— Inma</p>", ["Inma"]),
        ("— Jenna, Ava's mom", []),
        ("Call us at 217-555-0134.", []),
        ("Stay safe out there", []),
    ],
)
def test_the_sign_off_line(last_line: str, expected: list[str]) -> None:
    from preflight.site_people import signers

    assert signers(f"Wash hands.\n\n{last_line}\n") == expected


@pytest.mark.parametrize(
    "intro",
    [
        "New face at the office! Hamza Qureshi joined us this week as a medical assistant.",
        "This week Hamza Qureshi celebrates ten years with Maple Street Pediatrics.",
        "You have probably talked to Hamza Qureshi. He has led our front desk since 2019.",
        "For four weeks, Hamza Qureshi, a third-year student from the SIU School of Medicine, "
        "will be working alongside Dr. Rivera.",
    ],
)
def test_the_ways_a_practice_introduces_its_people(tmp_path: Path, intro: str) -> None:
    known = f"Title: News\nDate: 2026-09-01\n\n{intro}\n"
    body = "Thanks to Hamza for staying late with every coughing toddler this week."
    report = _check(tmp_path, {"known.md": known, "saturday.md": _note(body)})
    assert _names(report, "saturday.md") == []
