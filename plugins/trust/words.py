"""The theme's own words, one small table per language, and dates written in that language.

A note with `Lang: es` already gets `<html lang="es">`, a Spanish og:locale and JSON-LD;
without this table its page still said "By", "Sources" and "November 26, 2026" around the
Spanish text, and a screen reader read those English words with Spanish rules. Each page
and note gets the words of its `Lang:` (the site's DEFAULT_LANG when it has none, English
for a language the table does not hold), its disclosure too, on the page and in every post;
the site's own pages (home, archive, topics, a topic, search) get DEFAULT_LANG's.

Dates are written from the table (month names, word order), never with `setlocale`:
Pelican's DATE_FORMATS depend on the machine having the locale installed (a fresh laptop
or a CI runner often has only C.UTF-8) and change the whole process's locale as they go.

Pure: no Pelican here. Adding a language is one `Words(...)` entry in `TABLE`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from notemeta import Disclosure


@dataclass(frozen=True)
class Words:
    """Every fixed word the theme prints, in one language. Field = what it labels."""

    #: The language code these words are in ("en"): the `lang` of the chrome around a note
    #: in a language the table does not hold.
    lang: str
    skip: str  # the skip link's text
    main_nav: str  # the main navigation's accessible name
    notes: str
    topics: str
    archive: str
    search: str
    more: str  # the small screen's menu of the remaining links
    all_notes: str  # the feed link's title after the site's name
    phone: str
    fax: str
    office_hours: str
    emergency: str  # before the emergency number
    poison_control: str
    follow: str
    feed_reader: str
    disclosure: str
    note_of: str  # the hidden heading of a title-less note: "{date}" is replaced
    note: str  # "— note: <title>" after a micro note's date in lists
    by: str
    published: str
    last_reviewed: str
    sources: str
    also_on: str
    newer: str
    older: str
    page_of: str  # "{number}" and "{total}" are replaced
    more_notes: str  # the pagination's accessible name
    page_title: str  # "· page 2" in a later home page's title: "{number}" is replaced
    no_notes: str  # a home page or archive without notes
    topic: str  # "Topic: fever", a topic's page; lower-cased inside a sentence
    notes_one: str  # a topic's count of notes: "{count}" is replaced
    notes_many: str
    tag_feed: str  # the feed link of a topic's page: "{tag}" is replaced
    search_heading: str
    search_label: str  # the search field's label
    search_needs_js: str  # the search page without JavaScript, then `also_listed`
    also_listed: str  # "{topic}" and "{archive}" are replaced by links
    searching: str  # what the search page says while it looks (search.js)
    found_one: str  # "{query}" is replaced
    found_many: str  # "{count}" and "{query}" are replaced
    found_none: str  # "{query}" is replaced
    search_unavailable: str
    sponsored: str  # `sponsored: yes`
    sponsored_by: str  # "{sponsor}" is replaced
    conflict_declared: str  # `coi: yes`
    conflict_of_interest: str  # "{interest}" is replaced
    #: January … December, as written inside a date.
    months: tuple[str, ...]
    #: How a date is written: "{month}", "{day}" and "{year}" are replaced.
    date_pattern: str

    def date(self, when: date | None) -> str:
        """`when` in this language ("November 26, 2026", "26 de noviembre de 2026")."""
        if when is None:
            return ""
        return self.date_pattern.format(month=self.months[when.month - 1], day=when.day,
                                         year=when.year)

    def heading_of(self, when: date | None) -> str:
        return self.note_of.format(date=self.date(when))

    def page_number(self, number: int, total: int) -> str:
        return self.page_of.format(number=number, total=total)

    def notes_count(self, count: int) -> str:
        return (self.notes_one if count == 1 else self.notes_many).format(count=count)

    def disclose(self, disclosure: Disclosure | None) -> str | None:
        """The disclosure shown first on the page and in every post, in these words, or
        None: "Sponsored by Acme Vaccines. Conflict of interest: I consult for Acme."."""
        if disclosure is None:
            return None
        parts: list[str] = []
        if disclosure.sponsored:
            parts.append(self.sponsored_by.format(sponsor=disclosure.sponsor)
                         if disclosure.sponsor else self.sponsored)
        if disclosure.conflict:
            parts.append(self.conflict_of_interest.format(interest=disclosure.interest)
                         if disclosure.interest else self.conflict_declared)
        return " ".join(parts) or None


ENGLISH = Words(
    lang="en", skip="Skip to content", main_nav="Main", notes="Notes", topics="Topics",
    archive="Archive", search="Search", more="More", all_notes="all notes", phone="Phone",
    fax="Fax", office_hours="Office hours", emergency="In an emergency, call",
    poison_control="Poison Control", follow="Follow the practice",
    feed_reader="Get new notes in a feed reader", disclosure="Disclosure",
    note_of="Note of {date}", note="note", by="By", published="Published",
    last_reviewed="Last reviewed", sources="Sources", also_on="Also on",
    newer="Newer notes", older="Older notes", page_of="Page {number} of {total}",
    more_notes="More notes", page_title="page {number}", no_notes="No notes yet.",
    topic="Topic", notes_one="{count} note", notes_many="{count} notes",
    tag_feed="Get notes about {tag} in a feed reader", search_heading="Search the notes",
    search_label="Words to look for",
    search_needs_js="Search works with JavaScript turned on.",
    also_listed="Every note is also listed by {topic} and in the {archive}.",
    searching="Searching…", found_one="1 note found for “{query}”.",
    found_many="{count} notes found for “{query}”.",
    found_none="No notes found for “{query}”. Try fewer or different words.",
    search_unavailable="Search is not available right now. Every note is listed by topic "
    "and in the archive.",
    sponsored="Sponsored.", sponsored_by="Sponsored by {sponsor}.",
    conflict_declared="Conflict of interest declared.",
    conflict_of_interest="Conflict of interest: {interest}.",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    date_pattern="{month} {day}, {year}",
)

SPANISH = Words(
    lang="es", skip="Saltar al contenido", main_nav="Principal", notes="Notas",
    topics="Temas", archive="Archivo", search="Buscar", more="Más", all_notes="todas las notas",
    phone="Teléfono", fax="Fax", office_hours="Horario de atención",
    emergency="En una emergencia, llame al", poison_control="Control de Envenenamientos",
    follow="Siga al consultorio", feed_reader="Reciba las notas nuevas en un lector de feeds",
    disclosure="Declaración", note_of="Nota del {date}", note="nota", by="Por",
    published="Publicado el", last_reviewed="Revisado el", sources="Fuentes",
    also_on="También en", newer="Notas más recientes", older="Notas anteriores",
    page_of="Página {number} de {total}", more_notes="Más notas",
    page_title="página {number}", no_notes="Todavía no hay notas.", topic="Tema",
    notes_one="{count} nota", notes_many="{count} notas",
    tag_feed="Reciba las notas sobre {tag} en un lector de feeds",
    search_heading="Buscar en las notas", search_label="Palabras que buscar",
    search_needs_js="La búsqueda funciona con JavaScript activado.",
    also_listed="Todas las notas aparecen también por {topic} y en el {archive}.",
    searching="Buscando…", found_one="Se encontró 1 nota para “{query}”.",
    found_many="Se encontraron {count} notas para “{query}”.",
    found_none="No se encontraron notas para “{query}”. Pruebe con menos palabras o con "
    "otras.",
    search_unavailable="La búsqueda no está disponible en este momento. Todas las notas "
    "aparecen por tema y en el archivo.",
    sponsored="Patrocinado.", sponsored_by="Patrocinado por {sponsor}.",
    conflict_declared="Conflicto de intereses declarado.",
    conflict_of_interest="Conflicto de intereses: {interest}.",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    date_pattern="{day} de {month} de {year}",
)

#: The table: primary language subtag → its words.
TABLE: Mapping[str, Words] = {words.lang: words for words in (ENGLISH, SPANISH)}


def primary(lang: object) -> str:
    """"es-MX", "ES", "es_mx" → "es"."""
    return str(lang or "").strip().lower().replace("_", "-").split("-")[0]


def words_for(lang: object, settings: Mapping[str, Any]) -> Words:
    """The words for a page in `lang` (its `Lang:`): that language's, else the site's
    (DEFAULT_LANG), else English."""
    for code in (primary(lang), primary(settings.get("DEFAULT_LANG"))):
        if code in TABLE:
            return TABLE[code]
    return ENGLISH
