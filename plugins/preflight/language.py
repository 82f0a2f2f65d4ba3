"""Is this note written in Spanish? Its page must say so (`Lang: es`), or it says English.

Without `Lang:` a note is in the site's `DEFAULT_LANG`: a Spanish note then goes out as
`<html lang="en">`, so a screen reader reads Spanish words with English sounds, the posts
are marked English, and the page's own words ("By", "Last reviewed") are English
(WCAG 3.1.1 and 3.1.2). The test is small and honest: the little words every sentence is
built of ("de", "la", "que", "los" against "the", "of", "and", "you") are counted over the
note's title and text, and a note reads as Spanish only when there are enough of them and
nearly all are Spanish. A short note says too little to tell, and a bilingual note (one
paragraph in each language) is far from "nearly all": neither is ever flagged. Measured on
the corpus (`tests/preflight/corpus/*/clean/`, English and Spanish notes written apart from
this rule): see `check_note_language`; `tests/preflight/test_note_language.py` keeps it so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile
from .segments import mask
from .structure import visible_body


def _word_set(words: str) -> frozenset[str]:
    """A word list written as prose lines, one set (easier to read and extend than quotes)."""
    return frozenset(words.split())


#: Spanish words that make up sentences and are not English words a note would use
#: ("no", "a", "he", "son", "sin", "hay", "come" are left out: they are both).
SPANISH = _word_set("""
    de la el los las que y en un una unos unas por con para se su sus es al del lo le les
    como más pero ya muy este esta estos estas ese esa eso también cuando porque si sí
    está están puede pueden hasta desde entre sobre mientras donde cada otro otra
    todo todos toda todas nos usted ustedes tiene tienen hace hacer ser sea algo
    menos mucho mucha muchos muchas después antes bien cómo qué cuándo dónde ni
""")
#: The English ones, chosen the same way ("a", "no", "me" are left out: they are both).
ENGLISH = _word_set("""
    the of and to is in it that for with you your are be this on or not can if at from
    they have has was will an as but by what when do does should their there these she
    we our his her them than about into after before which who how all its been were
    would could may any some more most also just only so because while where each other
""")
#: Fewer of the little words than this say too little to tell (a note of about 30 words).
MIN_WORDS = 10
#: The share of them that must be Spanish: a bilingual note sits near one half.
SPANISH_SHARE = 0.85

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageCount:
    """How many of a text's little words are Spanish, and how many English."""

    spanish: int
    english: int

    @property
    def total(self) -> int:
        return self.spanish + self.english

    @property
    def share(self) -> float:
        """The Spanish share of the little words (0 when there are none)."""
        return self.spanish / self.total if self.total else 0.0

    @property
    def reads_spanish(self) -> bool:
        return self.total >= MIN_WORDS and self.share >= SPANISH_SHARE


def count_words(text: str) -> LanguageCount:
    """Count the Spanish and the English little words of `text` (any case)."""
    spanish = english = 0
    for match in _WORD.finditer(text.lower()):
        word = match.group(0)
        if word in SPANISH:
            spanish += 1
        elif word in ENGLISH:
            english += 1
    return LanguageCount(spanish, english)


def note_words(note: NoteFile) -> LanguageCount:
    """The count over what a reader reads: the title, the summary and the text (without
    comments, addresses, file paths or HTML tags)."""
    parts = [note.meta("title"), note.meta("summary"), mask(visible_body(note))]
    return count_words("\n".join(parts))


def _declared(note: NoteFile, context: CheckContext) -> tuple[str, bool]:
    """The note's language and whether the note says it (`Lang:`) or the site does."""
    written = note.meta("lang").strip()
    if written:
        return written, True
    return str(context.settings.get("DEFAULT_LANG") or "en"), False


def check_note_language(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A note that reads as Spanish while its page would say another language.

    Without `Lang:` it stops the publish (a Spanish page marked English fails WCAG 3.1.1,
    as a picture without alt text fails 1.1.1); the fix names the line to add, and a note
    that really is in the site's language says so with its own `Lang:`. A `Lang:` that
    names another language is the doctor's own choice: the same finding comes as advice,
    which does not stop the publish. Measured on the corpus's clean notes, each read with
    its `Lang:` taken away (2,328 notes: 1,143 in Spanish, of which 4 were written without
    `Lang: es`, and 1,185 in English): 0 of the 1,185 English notes flagged, 1,134 of the
    1,143 Spanish ones found; the 9 missed have fewer than 10 little words (a dose table,
    a line of contacts). The leaky notes agree: 0 of 1,379 English, 1,165 of 1,197 Spanish.
    """
    language, written = _declared(note, context)
    if language.lower().replace("_", "-").split("-")[0] == "es":
        return
    count = note_words(note)
    if not count.reads_spanish:
        return
    html = note.format == "html"
    line = ('<meta name="lang" content="es">' if html else "Lang: es")
    if written:
        said = f"its language is given as \"{language}\""
        fix = (f"if it is meant for Spanish readers, make that `{line}`. This does not stop "
               "the publish: the language was written on purpose.")
    else:
        said = (f"it does not say its language, so its page says it is in \"{language}\" "
                "(the site's language)")
        where = "in its <head>" if html else "to the metadata at the top"
        fix = (f"add the line `{line}` {where}. (If the note really is in \"{language}\", "
               "say so with its own line, and this becomes advice.)")
    yield Finding(
        note.relpath, note.line_of("lang") if written else 1, 1,
        Level.WARN if written else Level.BLOCK, "language-mismatch",
        f"This note reads as Spanish ({count.spanish} of its {count.total} little words, "
        f"such as \"de\", \"la\", \"que\", are Spanish), but {said}: screen readers would "
        "read it with the wrong language's sounds, its posts would be marked "
        f"\"{language}\", and the page's own words would not be Spanish. Fix: {fix}",
    )


FILE_RULES = (check_note_language,)
