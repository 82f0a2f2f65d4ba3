"""The theme's words follow the note's language: a `Lang: es` note reads "Por", "Fuentes",
"26 de noviembre de 2026" and its disclosure in Spanish around its Spanish text, an English
note the English words, and the practice's own English texts on a Spanish page say they
are English (WCAG 3.1.2). The site's own pages (search, topics, a topic, archive) speak the
site's DEFAULT_LANG.

Built as real Pelican sites in tmp_path (production settings): an English site with one
English and one Spanish note (plus a Spanish micro note and a Spanish page), and a Spanish
site (DEFAULT_LANG es) with an English note; dates come from the words table, never from
the machine's locale.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup
from notemeta import disclosure_of
from support.sites import build
from support.theme_site import REPO, SITEURL, ServedSite, copy_site, served_build
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
    assert "Declaración: Conflicto de intereses: asesoro a un fabricante de termómetros." \
        in words
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
    assert note.select_one("address span")["lang"] == "en"  # an address is not translated
    # The disclaimer and hours are given in Spanish (PRACTICE_TRANSLATIONS): unmarked;
    # without a translation they are marked (tests/theme/test_theme_footer_language.py).
    assert not note.select_one("dl.hours").has_attr("lang")
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


# --- A Spanish site (DEFAULT_LANG es): its own pages in Spanish -------------------------

SPANISH_SITE_NOTES = {
    "2026-11-01-fiebre.md": """\
        Title: La fiebre ayuda
        Date: 2026-11-01 09:00
        Tags: fiebre
        Sponsored: Termómetros Acme
        COI: asesoro a Termómetros Acme.

        La fiebre ayuda al cuerpo a combatir los gérmenes.
        """,
    "2026-11-02-tos.md": """\
        Title: La tos en invierno
        Date: 2026-11-02 09:00
        Tags: fiebre, tos
        Sponsored: yes
        COI: yes

        La mayoría de las toses vienen con un resfriado.
        """,
    "2026-11-03-fever.md": """\
        Title: Fever myths
        Date: 2026-11-03 09:00
        Lang: en
        Tags: fiebre
        Sponsored: Acme Thermometers

        Fever helps the body fight germs.
        """,
}
#: What the site's own pages said in English before they had words of their own.
ENGLISH_PAGE_WORDS = ("Search the notes", "Words to look for", "Search works", "Topic:",
                      "Topics", "Archive", "in a feed reader", " note)", " notes)",
                      "No notes", "Sponsored", "Conflict of interest")


@pytest.fixture(scope="module")
def spanish_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Served where it was built for: its search page loads its own script in a browser."""
    site = copy_site(tmp_path_factory.mktemp("sitio") / "site")
    for note in (site / "content" / "notes").glob("*.md"):
        note.unlink()
    for name, text in SPANISH_SITE_NOTES.items():
        (site / "content" / "notes" / name).write_text(textwrap.dedent(text), "utf-8")
    with served_build(site, DEFAULT_LANG="es", LOCALE=("C.UTF-8", "C")) as served:
        yield served


def no_english(soup: BeautifulSoup) -> None:
    """Nothing on the page is the theme's English (the practice's own texts say `lang`)."""
    for marked in soup.select("body [lang]"):
        marked.decompose()
    words = text(soup.body)
    for english in ENGLISH_PAGE_WORDS:
        assert english not in words, english


def test_the_search_page_of_a_spanish_site_is_in_spanish(spanish_site: ServedSite) -> None:
    search = page(spanish_site.site.output, "search/index.html")
    assert search.html["lang"] == "es"
    assert search.title.get_text().startswith("Buscar · ")
    assert search.h1.get_text() == "Buscar en las notas"
    assert search.select_one("label[for=search-query]").get_text() == "Palabras que buscar"
    assert search.select_one("button[type=submit]").get_text() == "Buscar"
    form = search.select_one("#search-form")
    assert form["data-searching"] == "Buscando…"
    assert form["data-found-one"] == "Se encontró 1 nota para “{query}”."
    assert form["data-found-many"] == "Se encontraron {count} notas para “{query}”."
    assert form["data-found-none"].startswith("No se encontraron notas para “{query}”.")
    assert form["data-unavailable"].startswith("La búsqueda no está disponible")
    fallback = BeautifulSoup(search.select_one("noscript").decode_contents(), "html.parser")
    assert " ".join(fallback.get_text().split()) == (
        "La búsqueda funciona con JavaScript activado. Todas las notas aparecen también por "
        "tema y en el archivo.")
    links = fallback.select("a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("tema", f"{spanish_site.base}/tags/"), ("archivo", f"{spanish_site.base}/archives/")]
    no_english(search)


def test_the_topics_and_a_topic_of_a_spanish_site_are_in_spanish(spanish_site: ServedSite) -> None:
    topics = page(spanish_site.site.output, "tags/index.html")
    assert topics.title.get_text().startswith("Temas · ") and topics.h1.get_text() == "Temas"
    assert "fiebre (3 notas)" in text(topics) and "tos (1 nota)" in text(topics)
    no_english(topics)
    topic = page(spanish_site.site.output, "tag/fiebre/index.html")
    assert topic.html["lang"] == "es"
    assert topic.title.get_text().startswith("Tema: fiebre · ")
    assert topic.h1.get_text() == "Tema: fiebre"
    assert topic.select_one("p.lede a").get_text() == (
        "Reciba las notas sobre fiebre en un lector de feeds")
    archive = page(spanish_site.site.output, "archives/index.html")
    assert archive.h1.get_text() == "Archivo" and archive.title.get_text().startswith("Archivo")


def test_a_disclosure_is_in_the_notes_language(spanish_site: ServedSite) -> None:
    sponsored = page(spanish_site.site.output, "notes/la-fiebre-ayuda/index.html")
    assert text(sponsored.select_one("p.disclosure")) == (
        "Declaración: Patrocinado por Termómetros Acme. Conflicto de intereses: asesoro a "
        "Termómetros Acme.")
    no_english(sponsored)
    declared = page(spanish_site.site.output, "notes/la-tos-en-invierno/index.html")
    assert text(declared.select_one("p.disclosure")) == (
        "Declaración: Patrocinado. Conflicto de intereses declarado.")
    english = page(spanish_site.site.output, "notes/fever-myths/index.html")
    assert english.html["lang"] == "en"
    assert text(english.select_one("p.disclosure")) == (
        "Disclosure: Sponsored by Acme Thermometers.")


def test_an_english_sites_own_pages_keep_their_english_words(output: Path) -> None:
    search = page(output, "search/index.html")
    assert search.h1.get_text() == "Search the notes"
    assert search.select_one("#search-form")["data-found-many"] == (
        "{count} notes found for “{query}”.")
    topics = page(output, "tags/index.html")
    assert topics.h1.get_text() == "Topics" and "fiebre (1 note)" in text(topics)
    assert "fever (2 notes)" in text(topics)
    assert page(output, "tag/fever/index.html").h1.get_text() == "Topic: fever"


@pytest.mark.parametrize(("sponsored", "coi", "english", "spanish"), [
    ("Acme.", None, "Sponsored by Acme.", "Patrocinado por Acme."),
    ("yes", "no", "Sponsored.", "Patrocinado."),
    (None, "I consult for Acme", "Conflict of interest: I consult for Acme.",
     "Conflicto de intereses: I consult for Acme."),
    ("no", "true", "Conflict of interest declared.", "Conflicto de intereses declarado."),
])
def test_a_disclosure_is_read_once_and_worded_per_language(
        sponsored: str | None, coi: str | None, english: str, spanish: str) -> None:
    disclosure = disclosure_of(sponsored, coi)
    assert ENGLISH.disclose(disclosure) == english and SPANISH.disclose(disclosure) == spanish
    assert disclosure_of("no", " ") is None and ENGLISH.disclose(None) is None


@contextmanager
def served(output: Path) -> Iterator[str]:
    """`output`, built for another address, served on 127.0.0.1 (the site's own server):
    its base URL. Enough for pages without scripts."""
    import threading

    from publishing.serve import make_server

    server = make_server(output, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
@pytest.mark.parametrize(("site", "relative"), [
    ("output", "/notes/mitos-sobre-la-fiebre/"), ("output", "/notes/agua/"),
    ("output", "/horario/"), ("output", "/"), ("spanish_site", "/search/"),
    ("spanish_site", "/tags/"), ("spanish_site", "/tag/fiebre/"),
    ("spanish_site", "/notes/la-fiebre-ayuda/"), ("spanish_site", "/notes/fever-myths/"),
])
def test_spanish_pages_pass_axe_and_the_policy_in_chromium(
        chromium, axe_source: str, request: pytest.FixtureRequest, site: str,
        relative: str) -> None:
    """WCAG 2.2 AA (language of the page and of its parts) and no CSP violation. The
    Spanish site is served where it was built for (its search page loads its script)."""
    from .test_browser_a11y import AXE_TAGS, RUN_AXE

    listen = ('window.__violations = []; document.addEventListener('
              '"securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));')
    built = request.getfixturevalue(site)
    with nullcontext(built.base) if isinstance(built, ServedSite) else served(built) as base:
        policed = chromium.new_context()
        policed.add_init_script(listen)
        page = policed.new_page()
        assert page.goto(base + relative, wait_until="load").status == 200
        assert page.evaluate("window.__violations") == []
        policed.close()
        checked = chromium.new_context(bypass_csp=True)  # axe is the test's inline script
        page = checked.new_page()
        page.goto(base + relative, wait_until="load")
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(RUN_AXE, AXE_TAGS)
        checked.close()
    assert violations == [], violations


@pytest.mark.browser
def test_the_search_of_a_spanish_site_answers_in_spanish(
        chromium, spanish_site: ServedSite) -> None:
    """search.js holds no words: what it says comes from the page, in the site's language."""
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(spanish_site.base + "/search/?q=gérmenes", wait_until="load")
        page.wait_for_selector("#search-results li a", timeout=10_000)
        assert page.text_content("#search-status") == "Se encontró 1 nota para “gérmenes”."
        page.fill("#search-query", "zzzqx")
        page.click("button[type=submit]")
        page.wait_for_function(
            "document.getElementById('search-status').textContent.startsWith('No se')")
        assert page.text_content("#search-status") == (
            "No se encontraron notas para “zzzqx”. Pruebe con menos palabras o con otras.")
    finally:
        context.close()
