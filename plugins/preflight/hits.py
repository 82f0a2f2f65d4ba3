"""What every detector returns and what it may consult: a `Hit` and the practice's `Policy`.

Kept apart from privacy.py so the detectors (detect_*.py) and the guard that runs them import
downwards only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .findings import Level

BLOCK_FIX = "Fix: remove it, or replace it with a general description."
#: The first words of every WARN's fix; the guard words it for an address instead (privacy.py).
CHANGE_FIX = "Fix: remove or change the detail;"
WARN_FIX = (
    f"{CHANGE_FIX} or, once you are sure no patient can be recognised, "
    'add the line "deidentified: yes" to the metadata at the top of the note.'
)
#: Why a lone given name is a finding: said of a sentence. In an address (a tag, a slug)
#: there is no sentence, and the guard says so instead (privacy.py).
ABOUT_LIFE = " in a sentence about their health, a visit or their life."
#: What a full name's finding says after the quoted name (name_score reads the kind by it).
FULL_NAME = " looks like a person's full name."


#: After the words of a public address (a tag, a slug), so a name there is read as a name in
#: a note about a child: an address has no sentence around it to say so. (The guard adds
#: it; a detector may ask whether a word is the last of such an address.)
ADDRESS_CONTEXT = " — in the public address of a note about a child's visit"


@dataclass(frozen=True)
class Hit:
    """One match in one segment's text (offsets into `Segment.text`)."""

    start: int
    end: int
    code: str
    level: Level
    message: str
    #: Found by shape alone, which only running text supports: the same shape in a web
    #: address or a file name is a page's or an article's ID as often as a person's.
    prose_only: bool = False

    def overlaps(self, other: Hit) -> bool:
        """Whether the two hits share a character of the text."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Policy:
    """What the practice allows to be named, read once from the settings."""

    phones: frozenset[str] = frozenset()
    local_phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    #: Words of the author's and staff's names (folded): never a patient.
    names: frozenset[str] = frozenset()
    streets: tuple[str, ...] = ()
    zips: frozenset[str] = frozenset()
    social: tuple[str, ...] = ()
    handles: frozenset[str] = frozenset()
    #: PRIVACY_ALLOWED_NAMES: public people the practice names (folded full names).
    public_names: frozenset[str] = frozenset()
    #: The words of the practice's name (PRACTICE_NAME, folded): a handle made of them
    #: ("@maplestreetpeds", "@MapleStPeds") is the practice's own account.
    practice_words: tuple[str, ...] = ()


def block(start: int, end: int, code: str, what: str, fix: str = BLOCK_FIX) -> Hit:
    """A BLOCK that says what was found and how to fix it."""
    return Hit(start, end, code, Level.BLOCK, f"{what} {fix}")


def warn(start: int, end: int, code: str, what: str) -> Hit:
    """A WARN (stops the publish until attested) that says what was found and the fix."""
    return Hit(start, end, code, Level.WARN, f"{what} {WARN_FIX}")


def paragraph(text: str, index: int) -> str:
    """The paragraph (text between blank lines) holding `index`: the context a detector
    reads when one sentence is too little ("Abraham Lincoln, 1809 ... Lincoln lost two sons")."""
    start, end = paragraph_span(text, index)
    return text[start:end]


def paragraph_span(text: str, index: int) -> tuple[int, int]:
    """Where `paragraph` begins and ends in `text`."""
    left = text.rfind("\n\n", 0, index)
    right = text.find("\n\n", index)
    return left + 1, right if right != -1 else len(text)


#: A full stop after an initial or an abbreviation ends no sentence, so the words on both
#: sides of it are read together: a title ("Dr. Rivera", "Sra. Díaz"), a street word ("St.
#: Jude", "Av. Juárez", "2833 S. Grand Ave. Suite 4"), "No. 1", an initial or "p.m.", and a
#: casual note's "incl.", "approx.", "e.g.". One list for every detector, so a phone line, a
#: venue and a name are all judged on the same sentence.
NOT_AN_END = re.compile(
    r"\b(?:[A-Za-z]|Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Jr|St|Av|Ave|Blvd|Rd|Mt|Ft|Ste|Dept|Inc"
    r"|[Nn]o|Nos|N[uú]m|incl|approx|aprox|vs|e\.g|i\.e|esp)$"
)
#: ...but "a.m.", "p.m." or "e.g." before a capital letter ends one: "open until 5 p.m. Call
#: ahead" (a title or an initial is followed by a name: "Dr. Rivera", "S. Grand Ave.").
_LOWER_ABBREVIATION = re.compile(r"\b[a-z]\.[a-z]$")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ¿¡]")
#: Where a sentence may end: a full stop, question or exclamation mark before white space,
#: or a blank line.
_MAY_END = re.compile(r"[.!?](?=\s)|\n\n")


def _sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Each place between start and end where a sentence really ends (see NOT_AN_END)."""
    for match in _MAY_END.finditer(text, start, end):
        if _ends_sentence(text, match.start()):
            yield match.start()


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the mark at text[i] ends its sentence."""
    if text[i] != "." or not NOT_AN_END.search(text, max(0, i - 7), i):
        return True
    return bool(
        _LOWER_ABBREVIATION.search(text, max(0, i - 4), i) and _CAPITAL_NEXT.match(text, i + 1)
    )


def sentence_start(text: str, index: int, reach: int | None = None) -> int:
    """Where the sentence holding text[index] begins, looking back at most `reach` characters."""
    low = 0 if reach is None else max(0, index - reach)
    return max(_sentence_ends(text, low, index), default=low - 1) + 1


def sentence_end(text: str, index: int, reach: int | None = None) -> int:
    """Where the sentence holding text[index] ends (past its stop), at most `reach` ahead."""
    high = len(text) if reach is None else min(len(text), index + reach)
    return next((i + 1 for i in _sentence_ends(text, index, high)), high)


def sentence_before(text: str, index: int, reach: int) -> str:
    """The words of text[index]'s sentence before it, at most `reach` characters of them."""
    return text[sentence_start(text, index, reach) : index]


def sentence_after(text: str, index: int, reach: int) -> str:
    """The words of text[index]'s sentence from it on, at most `reach` characters of them."""
    return text[index : sentence_end(text, index, reach)]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends (end past its stop).

    One definition for every detector, so a name, a date and a place in one sentence are
    judged by the same words around them.
    """
    return sentence_start(text, start), sentence_end(text, end)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as (start, end), in order: `sentence_span` of each at once.

    One pass over the text, where asking `sentence_span` word by word rescans it from the
    start each time (a long note read sentence by sentence would take quadratic time).
    """
    spans = []
    start = 0
    for stop in _sentence_ends(text, 0, len(text)):
        spans.append((start, stop + 1))
        start = stop + 1
    spans.append((start, len(text)))
    return spans


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (see `sentence_span`)."""
    left, right = sentence_span(text, start, end)
    return text[left:right]
