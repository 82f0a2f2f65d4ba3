"""The theme's words follow the note's language: a `Lang: es` note reads "Por", "Fuentes",
"26 de noviembre de 2026" around its Spanish text, an English note the English words, and
the practice's own English texts on a Spanish page say they are English (WCAG 3.1.2).

Built as a real Pelican site in tmp_path (production settings), one English and one Spanish
note (plus a Spanish micro note and a Spanish page); dates come from the words table, never
from the machine's locale.
"""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup
from support.sites import build
from support.theme_site import REPO, SITEURL, copy_site
from trust.words import ENGLISH, SPANISH, TABLE, Words, words_for

NOTES = {
    "2026-11-01-fever.md": """\
        Title: Fever myths
        Date: 2026-11-01 09:00
        Reviewed: 2026-11-03
        Tags: fever
        Sources: CDC, Fever basics

        Fever helps the body fight germs. Treat the child, not the number.
        """,
    "2026-11-02-fiebre.md": """\
        Title: Mitos sobre la fiebre
        Date: 2026-11-02 09:00
        Reviewed: 2026-03-05
        Lang: es
        Tags: fiebre
        Sources: CDC, Datos sobre la fiebre
        COI: asesoro a un fabricante de termómetros

        La fiebre ayuda al cuerpo a combatir los gérmenes. Trate al niño, no al número.
        """,
    "2026-11-04-agua.md": """\
        Date: 2026-11-04 08:00
        Lang: es
        Tags: verano

        En verano, ofrezca agua a los niños con frecuencia, aunque no pidan.
        """,
}
PAGE = """\
    Title: Horario
    Slug: horario
    Lang: es

    Llámenos al número de abajo.
    """
ENGLISH_LABELS = ("Skip to content", "By ", "Published", "Last reviewed", "Sources",
                  "Topics:", "Office hours", "In an emergency, call", "Follow the practice")


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("words") / "site")
    for name, text in NOTES.items():
        (site / "content" / "notes" / name).write_text(textwrap.dedent(text), "utf-8")
    (site / "content" / "pages" / "horario.md").write_text(textwrap.dedent(PAGE), "utf-8")
    # A machine with no Spanish locale installed (the usual fresh laptop or CI runner).
    return build(site, SITEURL, LOCALE=("C.UTF-8", "C"))


def page(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text("utf-8"), "html.parser")


def text(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").split())


def test_a_spanish_note_is_labelled_in_spanish_with_spanish_dates(output: Path) -> None:
    note = page(output, "notes/mitos-sobre-la-fiebre/index.html")
    words = text(note)
    assert note.html["lang"] == "es"
    assert note.select_one("a.skip").get_text() == "Saltar al contenido"
    assert note.select_one("nav")["aria-label"] == "Principal"
    assert "Por Ana Rivera" in words
    assert "Publicado el 2 de noviembre de 2026" in words
    assert "Revisado el 5 de marzo de 2026" in words
    assert note.select_one("#sources-heading").get_text() == "Fuentes"
    assert "Temas:" in words and note.select_one("ul[aria-label]")["aria-label"] == "Temas"
    assert "Declaración:" in words
    assert "Teléfono:" in words and "Horario de atención" in words
    assert "En una emergencia, llame al" in words and "Siga al consultorio" in words
    for marked in note.select("body [lang]"):
        marked.decompose()  # the practice's own texts, marked as English
    unmarked = text(note.body)
    for label in ENGLISH_LABELS:
        assert label not in unmarked, label


def test_the_practices_english_texts_on_a_spanish_page_say_they_are_english(
        output: Path) -> None:
    note = page(output, "notes/mitos-sobre-la-fiebre/index.html")
    assert note.select_one("dl.hours")["lang"] == "en"
    assert note.select_one("p.disclaimer span")["lang"] == "en"
    assert note.select_one(".byline span[lang]").get_text() == "Pediatrician"
    about = [a for a in note.select("nav a") if a.get_text() == "About Dr. Rivera"]
    assert about and all(a["lang"] == "en" for a in about)
    spanish_page = [a for a in note.select("nav a") if a.get_text() == "Horario"]
    assert spanish_page and not any(a.has_attr("lang") for a in spanish_page)


def test_an_english_note_keeps_the_english_words(output: Path) -> None:
    note = page(output, "notes/fever-myths/index.html")
    words = text(note)
    assert note.html["lang"] == "en"
    assert "Published November 1, 2026" in words
    assert "Last reviewed November 3, 2026" in words
    for label in ENGLISH_LABELS:
        assert label in words, label
    assert "Por " not in words and "Fuentes" not in words
    marked = note.select("body [lang]")  # on an English page only the Spanish page's link
    assert [(a.get_text(), a["lang"]) for a in marked] == [("Horario", "es")] * 2


def test_a_spanish_micro_note_and_a_spanish_page(output: Path) -> None:
    micro = page(output, "notes/agua/index.html")
    assert micro.html["lang"] == "es"
    assert micro.h1.get_text() == "Nota del 4 de noviembre de 2026"
    spanish_page = page(output, "horario/index.html")
    assert spanish_page.html["lang"] == "es"
    assert spanish_page.select_one("a.skip").get_text() == "Saltar al contenido"


def test_lists_mark_a_spanish_entry_and_date_it_in_spanish(output: Path) -> None:
    home = page(output, "index.html")
    assert home.html["lang"] == "en"
    entries = home.select("article.entry[lang]")
    assert [entry["lang"] for entry in entries] == ["es", "es"]
    assert "4 de noviembre de 2026" in text(entries[0])
    assert "Publicado" not in text(entries[1]) and "2 de noviembre de 2026" in text(entries[1])
    assert "November 1, 2026" in text(home)
    archive = page(output, "archives/index.html")
    spanish = archive.select("li[lang=es]")
    assert len(spanish) == 2 and "2 de noviembre de 2026" in text(archive)
    assert "November 1, 2026" in text(archive)


def test_also_on_is_in_the_notes_language() -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(REPO / "theme" / "templates"),
                             autoescape=True)
    link = {"url": "https://x.com/p/1", "label": "X", "network": "x"}
    for words, expected in ((SPANISH, "También en"), (ENGLISH, "Also on")):
        html = env.get_template("_syndication.html").render(
            article={"words": words, "syndication_links": [link]})
        assert f"{expected} <a" in html


def test_the_table_has_every_word_in_every_language() -> None:
    for words in TABLE.values():
        for field in dataclasses.fields(Words):
            value = getattr(words, field.name)
            assert value, (words.lang, field.name)
        assert len(words.months) == 12


@pytest.mark.parametrize(("lang", "default", "expected"), [
    ("es", "en", SPANISH), ("es-MX", "en", SPANISH), ("ES_us", "en", SPANISH),
    ("", "es", SPANISH), (None, "en", ENGLISH), ("pt-BR", "es", SPANISH),
    ("pt-BR", "en", ENGLISH), ("pt", "fr", ENGLISH),
])
def test_words_follow_the_notes_lang_then_the_sites(lang: str | None, default: str,
                                                   expected: Words) -> None:
    assert words_for(lang, {"DEFAULT_LANG": default}) is expected


def test_dates_in_both_languages() -> None:
    from datetime import date

    assert ENGLISH.date(date(2026, 11, 26)) == "November 26, 2026"
    assert SPANISH.date(date(2026, 1, 5)) == "5 de enero de 2026"
    assert SPANISH.heading_of(date(2026, 12, 31)) == "Nota del 31 de diciembre de 2026"
    assert SPANISH.page_number(2, 3) == "Página 2 de 3"


@pytest.mark.browser
@pytest.mark.parametrize("relative", ["/notes/mitos-sobre-la-fiebre/", "/notes/agua/",
                                      "/horario/", "/"])
def test_spanish_pages_pass_axe_and_the_policy_in_chromium(
        chromium, axe_source: str, output: Path, relative: str) -> None:
    """WCAG 2.2 AA (language of the page and of its parts) and no CSP violation."""
    import threading

    from publishing.serve import make_server

    from .test_browser_a11y import AXE_TAGS, RUN_AXE

    listen = ('window.__violations = []; document.addEventListener('
              '"securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));')
    server = make_server(output, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}{relative}"
    try:
        policed = chromium.new_context()
        policed.add_init_script(listen)
        page = policed.new_page()
        assert page.goto(url, wait_until="load").status == 200
        assert page.evaluate("window.__violations") == []
        policed.close()
        checked = chromium.new_context(bypass_csp=True)  # axe is the test's inline script
        page = checked.new_page()
        page.goto(url, wait_until="load")
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(RUN_AXE, AXE_TAGS)
        checked.close()
    finally:
        server.shutdown()
        server.server_close()
    assert violations == [], violations
