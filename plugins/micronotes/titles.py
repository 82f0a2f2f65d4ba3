"""Titles for notes written without one.

A two-sentence note is a normal thing for a pediatrician to write; Pelican would skip it
("could not find title"). Its title is its first sentence, shortened at a word boundary, so
the page, the feed and the browser tab still have something a parent can recognise.
"""

from __future__ import annotations

import html
import re

#: Longest derived title, in characters, before it is cut at a word boundary.
MAX_TITLE_LENGTH = 70
ELLIPSIS = "…"

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! or ? followed by a space and something that can start a sentence.
# Decimal numbers (100.4) and abbreviations with no following space do not end it.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(¿¡A-Z0-9À-ÖØ-Þ])")
_ABBREVIATIONS = ("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "e.g.", "i.e.", "vs.", "approx.", "No.")


def plain_text(html_fragment: str) -> str:
    """The visible text of an HTML fragment, with whitespace folded."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", html_fragment))).strip()


def first_sentence(text: str) -> str:
    """The first sentence of `text` (all of it when it has a single sentence)."""
    text = _SPACE.sub(" ", text).strip()
    for match in _SENTENCE_END.finditer(text):
        candidate = text[: match.start()]
        if candidate.endswith(_ABBREVIATIONS):
            continue
        return candidate.strip()
    return text


#: Where a clause ends inside a sentence: a cut there reads as a whole thought.
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[—–-]\s|\s\(")
#: A clause cut is taken when it keeps at least this share of the room (else a word cut).
CLAUSE_SHARE = 0.5
_PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’", "«": "»"}
#: A cut that would leave less than this before an unclosed quote keeps the word cut.
MIN_HEAD = 12


def shorten(text: str, limit: int = MAX_TITLE_LENGTH) -> str:
    """`text` cut to fit `limit`, marked with an ellipsis: at the last clause boundary
    (comma, semicolon, dash) when that keeps most of it, else at the last word boundary;
    never inside an unclosed quote or bracket (the cut moves before it)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    cut = text[: room + 1]
    boundary = cut.rfind(" ")
    head = cut[:boundary] if boundary > 0 else text[:room]
    clauses = [m.start() for m in _CLAUSE_END.finditer(head) if m.start() >= room * CLAUSE_SHARE]
    if clauses:
        head = head[: clauses[-1]]
    head = _before_unclosed(head)
    return head.rstrip(" ,;:–—-(") + ELLIPSIS


def _before_unclosed(head: str) -> str:
    """`head` cut before its first quote or bracket left open, if one is (and if enough
    remains); a title never ends inside “a quotation… or (a remark…."""
    stack: list[int] = []
    straight: int | None = None
    for index, char in enumerate(head):
        if char in _PAIRS:
            stack.append(index)
        elif stack and char == _PAIRS[head[stack[-1]]]:
            stack.pop()
        elif char == '"':
            straight = index if straight is None else None
    opened = [i for i in (*stack, straight) if i is not None]
    if not opened:
        return head
    first = min(opened)
    return head[:first] if len(head[:first].strip()) >= MIN_HEAD else head


def title_from_body(html_fragment: str, limit: int = MAX_TITLE_LENGTH) -> str:
    """A title for a note that has none: its first sentence, at most `limit` characters.

    A trailing full stop is dropped (titles do not end with one); ? and ! stay because they
    carry meaning ("Is it just a cold?").
    """
    sentence = first_sentence(plain_text(html_fragment))
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    return shorten(sentence, limit)


_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}[-_ ]*")


def slug_source_from_filename(filename: str) -> str:
    """What to slugify for a title-less note: its file name without extension or date.

    `2026-11-02-fever-is-a-fighter.md` → `fever-is-a-fighter`: short, stable, and chosen by
    the writer, where a slug from a long first sentence would be neither.
    A micro note started by `invoke new` is named by its date and time only
    (`2026-11-02-0745.md`): a bare time is no name, so the whole stem is kept.
    """
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    rest = _DATE_PREFIX.sub("", stem)
    return stem if not rest or rest.isdigit() else rest
