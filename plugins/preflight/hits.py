"""What every detector returns and what it may consult: a `Hit` and the practice's `Policy`.

Kept apart from privacy.py so the detectors (detect_*.py) and the guard that runs them import
downwards only.
"""

from __future__ import annotations

import re
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


#: A full stop after an initial or a title ("Dr. Rivera", "St. Jude", "Av. Juárez") ends no
#: sentence, so the words on both sides of it are read together.
#: ("incl.", "approx.", "e.g.": a casual note's abbreviations run on too.)
NOT_AN_END = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Sra|Srta|Dra|Av|[Nn]o|incl|approx"
                        r"|aprox|vs|e\.g|i\.e|esp|approx))$")


def _full_stop(text: str, start: int, end: int, *, backwards: bool) -> int:
    """The next (or previous) ". " between start and end that ends a sentence, or -1."""
    find = text.rfind if backwards else text.find
    i = find(". ", start, end)
    while i != -1 and NOT_AN_END.search(text, max(0, i - 7), i):
        i = text.rfind(". ", start, i) if backwards else text.find(". ", i + 1, end)
    return i


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends (end past its stop).

    One definition for every detector, so a name, a date and a place in one sentence are
    judged by the same words around them.
    """
    left = max(
        _full_stop(text, 0, start, backwards=True),
        text.rfind("? ", 0, start),
        text.rfind("! ", 0, start),
        text.rfind("\n\n", 0, start),
    )
    rights = [
        i
        for i in (
            _full_stop(text, end, len(text), backwards=False),
            text.find("? ", end),
            text.find("! ", end),
            text.find("\n\n", end),
        )
        if i != -1
    ]
    return left + 1, min(rights) + 1 if rights else len(text)


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (see `sentence_span`)."""
    left, right = sentence_span(text, start, end)
    return text[left:right]
