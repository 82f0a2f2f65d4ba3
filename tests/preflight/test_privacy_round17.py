"""Round 17, from the clean notes session 16's private sets held back (read once the story
score's threshold had been chosen with them, so they were no longer a fair measure): a
Spanish sentence that starts with an inflected word the Spanish dictionary lacks ("Algunos",
"Vamos", "Duran") read as a name. The words the corpus writes in lower case in 20 notes or
more (`lexicon.written_words`, the story model's vocabulary) are words; one that is also a
name needs a person cue, as "Hope" and "Rosa" do."""

from __future__ import annotations

import pytest
from preflight import lexicon
from support.preflight_helpers import stopping_codes


@pytest.mark.parametrize("text", [
    "Vamos con las vacunas al gimnasio de la escuela.",
    "Los tamales cocidos, al refri en menos de dos horas. Duran de 3 a 5 días en el refri.",
    "Algunos ya me dijeron que van a ser futbolistas.",
])
def test_an_inflected_spanish_word_is_no_name(text: str) -> None:
    assert stopping_codes(text, "es") == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Duran tuvo fiebre tres días y su mamá lo trajo el lunes.", "es"),
    ("Little Duran had a fever for three days.", "en"),
])
def test_the_same_word_said_of_a_child_is_still_a_name(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


def test_written_words_are_common_words_and_a_name_among_them_needs_a_cue() -> None:
    assert {"algunos", "vamos"} <= lexicon.written_words() <= lexicon.common_words()
    assert "duran" in lexicon.name_words()  # a given name and a verb
    assert "algunos" not in lexicon.name_words()


@pytest.mark.parametrize("text", [
    "¿Tienen dudas? Llamen al +1 217-555-0134 y pregunten por mí o por Lupe. Hablamos español.",
    "Cualquier duda, llámenos al +1 217-555-0134. Ahí les contesta Lupe o yo, en español.",
    "There are still a few spots; ask Lupe at +1 217-555-0134.",
    "If your family would like gifts this year, tell me or Lupe at the front desk.",
])
def test_whom_parents_are_told_to_ask_at_the_practice_is_its_own(text: str) -> None:
    from preflight.names_public import staff_introduced

    assert staff_introduced(text) == {"lupe"}


@pytest.mark.parametrize("text", [
    "Call Maya's mom at 217-555-0199.",  # a parent, by the child's name
    "Ask Liam how his ear feels.",  # no line, no desk: anyone
])
def test_a_name_with_no_line_or_desk_or_a_childs_is_not_staff(text: str) -> None:
    from preflight.names_public import staff_introduced

    assert staff_introduced(text) == frozenset()


@pytest.mark.parametrize("text", [
    "- ***Speak*** by Laurie Halse Anderson: Melinda Sordino, sexual assault and finding a "
    "voice.",
    "- *El beso secreto* (*The Kissing Hand*), de Audrey Penn: un mapachito que lleva el beso "
    "de su mamá en la mano.",
    "<li><strong>December 10:</strong> <em>Bear Stays Up for Christmas</em> by Karma "
    "Wilson.</li>",
])
def test_a_books_author_and_characters_are_no_patients(tmp_path, text: str) -> None:
    from support.preflight_helpers import check_one

    report = check_one(tmp_path, f"Title: Books we love\n\nOur reading list:\n\n{text}\n")
    assert not [f for f in report.findings if f.code == "privacy-name"]


@pytest.mark.parametrize("text", [
    # (after a dash, the writer's own aside: the child who picked it)
    "- *Hair Love* by Matthew A. Cherry — Zuri picked this one off the shelf at her 4-year "
    "checkup last week.",
])
def test_a_child_beside_a_book_or_a_label_is_still_named(tmp_path, text: str) -> None:
    from support.preflight_helpers import check_one

    report = check_one(tmp_path, f"Title: Books we love\n\nOur reading list:\n\n{text}\n")
    assert [f for f in report.findings if f.code == "privacy-name"]


def test_a_bold_label_is_no_books_title() -> None:
    from preflight.privacy import _BOOK_BY

    assert _BOOK_BY.search("- **Fluids** by IV or feeding tube if the baby is too tired.") is None
    assert _BOOK_BY.search("- **Bloqueador** de SPF 30 o más, cada dos horas.") is None
    assert _BOOK_BY.search("- *Hair Love* by Matthew A. Cherry") is not None
