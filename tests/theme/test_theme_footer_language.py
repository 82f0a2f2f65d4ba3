"""The footer speaks the note's language: a `Lang: es` note shows the practice's disclaimer
and office hours in Spanish (PRACTICE_TRANSLATIONS), unmarked since they are in the page's
language; an English note's footer is byte for byte what it was; a site that gives no
translation still shows the English texts on a Spanish page, marked `lang="en"` (WCAG
3.1.2). The note's JSON-LD gives the hours in its language too: one function
(`trust.practice.practice_texts`) decides for every place that prints them.

Built as real Pelican sites in tmp_path (production settings) from the repository's
settings, whose sample Spanish translation is the one tested here.
"""

from __future__ import annotations

import json
import runpy
import textwrap
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from common.errors import RoundsError
from support.sites import build
from support.theme_site import REPO, SITEURL, copy_site
from trust.practice import PracticeTexts, practice_texts, translation_for
from trust.sharing import clinic

CONF = runpy.run_path(str(REPO / "pelicanconf.py"))
SPANISH = CONF["PRACTICE_TRANSLATIONS"]["es"]

NOTES = {
    "2026-11-01-fever.md": """\
        Title: Fever myths
        Date: 2026-11-01 09:00
        Tags: fever

        Fever helps the body fight germs. Treat the child, not the number.
        """,
    "2026-11-02-fiebre.md": """\
        Title: Mitos sobre la fiebre
        Date: 2026-11-02 09:00
        Lang: es
        Tags: fiebre

        La fiebre ayuda al cuerpo a combatir los gérmenes. Trate al niño, no al número.
        """,
}
ENGLISH_NOTE = "notes/fever-myths/index.html"
SPANISH_NOTE = "notes/mitos-sobre-la-fiebre/index.html"


def make_site(root: Path) -> Path:
    site = copy_site(root / "site")
    for name, text in NOTES.items():
        (site / "content" / "notes" / name).write_text(textwrap.dedent(text), "utf-8")
    return site


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's settings as they are: with the sample Spanish translation."""
    return build(make_site(tmp_path_factory.mktemp("translated")), SITEURL)


@pytest.fixture(scope="module")
def untranslated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site, its practice giving no translation (today's site)."""
    return build(make_site(tmp_path_factory.mktemp("untranslated")), SITEURL,
                 PRACTICE_TRANSLATIONS={})


def page(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text("utf-8"), "html.parser")


def hours_of(soup: BeautifulSoup) -> list[tuple[str, str]]:
    hours = soup.select_one("dl.hours")
    return list(zip([dt.get_text() for dt in hours.select("dt")],
                    [dd.get_text() for dd in hours.select("dd")], strict=True))


def publisher_hours(soup: BeautifulSoup) -> list[str]:
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    return data["publisher"]["openingHours"]


def test_a_spanish_note_shows_the_spanish_disclaimer_and_hours_unmarked(translated: Path):
    note = page(translated, SPANISH_NOTE)
    assert note.html["lang"] == "es"
    assert hours_of(note) == [tuple(pair) for pair in SPANISH["PRACTICE_HOURS"]]
    assert not note.select_one("dl.hours").has_attr("lang")
    disclaimer = note.select_one("p.disclaimer")
    assert disclaimer.get_text().startswith(SPANISH["DISCLAIMER"] + " En una emergencia")
    assert not disclaimer.select("[lang]")
    # No English text of the practice is left in the footer but the (untranslated) address
    # and the English disclaimer page's link, each marked as English.
    marked = note.select(".site-footer [lang]")
    assert [(tag.name, tag["lang"]) for tag in marked] == [("span", "en"), ("a", "en")]
    assert marked[0].get_text() == CONF["PRACTICE_ADDRESS"]
    for english in [CONF["DISCLAIMER"], *(t for pair in CONF["PRACTICE_HOURS"] for t in pair)]:
        assert english not in note.get_text()


def test_a_spanish_notes_structured_data_gives_the_spanish_hours(translated: Path):
    assert publisher_hours(page(translated, SPANISH_NOTE)) == [
        f"{days}: {hours}" for days, hours in SPANISH["PRACTICE_HOURS"]]
    assert publisher_hours(page(translated, ENGLISH_NOTE)) == [
        f"{days}: {hours}" for days, hours in CONF["PRACTICE_HOURS"]]


def test_an_english_note_and_the_sites_own_pages_are_unchanged(translated: Path,
                                                               untranslated: Path):
    for relative in (ENGLISH_NOTE, "index.html", "about/index.html", "search/index.html"):
        with_translation = (translated / relative).read_text("utf-8")
        without = (untranslated / relative).read_text("utf-8")
        # The builds differ only by the setting: the same page, to the byte.
        assert with_translation == without, relative
    note = page(translated, ENGLISH_NOTE)
    assert hours_of(note) == [tuple(pair) for pair in CONF["PRACTICE_HOURS"]]
    assert note.select_one("p.disclaimer").get_text().startswith(CONF["DISCLAIMER"])
    assert not note.select(".site-footer [lang]")


def test_without_translations_a_spanish_page_marks_the_english_texts(untranslated: Path):
    note = page(untranslated, SPANISH_NOTE)
    assert note.select_one("dl.hours")["lang"] == "en"
    assert hours_of(note) == [tuple(pair) for pair in CONF["PRACTICE_HOURS"]]
    span = note.select_one("p.disclaimer span")
    assert span["lang"] == "en" and span.get_text() == CONF["DISCLAIMER"]
    assert publisher_hours(note) == [f"{days}: {hours}" for days, hours in CONF["PRACTICE_HOURS"]]


@pytest.mark.parametrize(("translations", "message"), [
    ({"Spanish": {"DISCLAIMER": "Hola."}}, r"'Spanish', which is not a language code"),
    ({"es": {"DISCLAMER": "Hola."}}, r'key "DISCLAMER" \(did you mean "DISCLAIMER"\?\)'),
    ({"es": {"PRACTICE_HOURS": [("Lunes a viernes", "8 a 18", "x")]}},
     r"must be a list of \(days, hours\) pairs"),
])
def test_a_bad_translation_stops_the_build_with_the_setting_and_the_fix(
        tmp_path: Path, translations: dict[str, Any], message: str) -> None:
    site = make_site(tmp_path)
    with pytest.raises(RoundsError, match=message) as raised:
        build(site, SITEURL, PRACTICE_TRANSLATIONS=translations)
    assert "PRACTICE_TRANSLATIONS" in str(raised.value) and "Fix:" in str(raised.value)
    assert not (site / "output").exists()


# --- The one function every place reads ------------------------------------------------

SETTINGS: dict[str, Any] = {
    "DEFAULT_LANG": "en", "DISCLAIMER": "General information.",
    "PRACTICE_HOURS": [("Mon–Fri", "8–6"), ("Sat", "9–12")],
    "PRACTICE_TRANSLATIONS": {
        "es": {"DISCLAIMER": "Información general.",
               "PRACTICE_HOURS": [["Lunes a viernes", "8 a 18"]]},
        "es-MX": {"DISCLAIMER": "Información general, México."},
        "fr": {"PRACTICE_HOURS": [("Lun–ven", "8–18")]},
    },
}
ENGLISH_HOURS = (("Mon–Fri", "8–6"), ("Sat", "9–12"))


@pytest.mark.parametrize(("lang", "expected"), [
    (None, PracticeTexts("General information.", "", ENGLISH_HOURS, "")),
    ("", PracticeTexts("General information.", "", ENGLISH_HOURS, "")),
    ("en", PracticeTexts("General information.", "", ENGLISH_HOURS, "")),
    ("en-GB", PracticeTexts("General information.", "", ENGLISH_HOURS, "")),
    ("es", PracticeTexts("Información general.", "", (("Lunes a viernes", "8 a 18"),), "")),
    ("ES_ar", PracticeTexts("Información general.", "", (("Lunes a viernes", "8 a 18"),), "")),
    # a regional translation wins for its region; what it leaves out stays the site's
    ("es_mx", PracticeTexts("Información general, México.", "", ENGLISH_HOURS, "en")),
    ("fr", PracticeTexts("General information.", "en", (("Lun–ven", "8–18"),), "")),
    ("de", PracticeTexts("General information.", "en", ENGLISH_HOURS, "en")),
])
def test_each_text_is_the_pages_languages_or_the_sites_marked(
        lang: str | None, expected: PracticeTexts) -> None:
    assert practice_texts(SETTINGS, lang) == expected


def test_a_site_in_another_language_marks_its_texts_with_its_own() -> None:
    spanish_site = {**SETTINGS, "DEFAULT_LANG": "es", "PRACTICE_TRANSLATIONS": {}}
    assert practice_texts(spanish_site, "en").disclaimer_lang == "es"
    assert practice_texts(spanish_site, None).disclaimer_lang == ""
    # a translation for the site's own language is what its pages show
    assert practice_texts(SETTINGS | {"DEFAULT_LANG": "es"}, None).disclaimer == (
        "Información general.")


def test_without_the_setting_the_sites_texts_are_shown() -> None:
    plain = {key: value for key, value in SETTINGS.items() if key != "PRACTICE_TRANSLATIONS"}
    assert practice_texts(plain, "es") == PracticeTexts(
        "General information.", "en", ENGLISH_HOURS, "en")
    assert practice_texts({}, "es") == PracticeTexts("", "en", (), "en")


def test_a_regional_translation_is_not_given_to_another_region() -> None:
    only_mexican = {"es-MX": {"DISCLAIMER": "x"}}
    assert translation_for(only_mexican, "es") == {}
    assert translation_for(only_mexican, "es-AR") == {}
    assert translation_for(only_mexican, "es-mx") == {"DISCLAIMER": "x"}


def test_the_structured_data_reads_the_same_texts() -> None:
    assert clinic(SETTINGS, "es")["openingHours"] == ["Lunes a viernes: 8 a 18"]
    assert clinic(SETTINGS)["openingHours"] == ["Mon–Fri: 8–6", "Sat: 9–12"]
    assert clinic(SETTINGS, "de")["openingHours"] == ["Mon–Fri: 8–6", "Sat: 9–12"]

