"""The storms a site names: "Hurricane Isaias", "el huracán María", "Tropical Storm Ida".

A practice on the Gulf Coast writes about one storm for months, and after the first note it
writes the storm's name alone: "Eighteen days after Isaias we are open again", "Tags:
Isaias, relief", "Después de Isaias…". Storms are named from lists of given names, so each of
those reads as a child's name to the guard. The site has already said what the name is:
`site_storms` gathers the names that follow a storm's word anywhere in the site, and
`storm_said` tells, for one place in a note, whether the name there is said as that storm
(after a storm's word, after a word of time, or in a tag) rather than as a child ("María
had a fever", "little María"): a patient may share the storm's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .notemodel import NoteFile

#: A storm's word, then its name: "Hurricane Isaias", "huracán María", "la tormenta tropical
#: Alberto", "Superstorm Sandy", "Typhoon Haiyan", "Cyclone Idai".
_STORM_NAMED = re.compile(
    r"\b(?i:hurricanes?|tropical\s+storms?|tropical\s+depression|superstorm|typhoon|cyclone"
    r"|hurac[aá]n(?:es)?|tormentas?\s+tropical(?:es)?|tormenta|depresi[oó]n\s+tropical|tif[oó]n"
    r"|cicl[oó]n)\s+(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b")
#: Right before a name, words that say it is the storm's when the site names such a storm:
#: its word ("Hurricane"), or a word of time ("after Isaias", "since Isaias came ashore",
#: "Después de Isaias", "antes de María").
_STORM_BEFORE = re.compile(
    r"\b(?i:hurricanes?|storms?|superstorm|typhoon|cyclone|hurac[aá]n|tormenta(?:\s+tropical)?"
    r"|after|since|before|during|until|post|pre|through|from|despu[eé]s\s+de(?:l)?"
    r"|antes\s+de(?:l)?|desde|durante|tras|hasta|con)\s*[-–]?\s*$")
#: Right after a name, words that make it a person's after all ("Isaias's mom", "Maria, 4,").
_PERSON_AFTER = re.compile(r"['’]s\b|\s*,\s*\d{1,2}\b|\s*\(\s*\d{1,2}\s*\)")


def _fold(word: str) -> str:
    """Lower case without accents ("María" -> "maria"). Its own, not the lexicon's: every
    check gathers the site's storms, and a warm check loads no detector."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(c))


def storm_names(text: str) -> frozenset[str]:
    """The names (folded) that `text` gives a storm ("Hurricane Isaias" -> "isaias")."""
    return frozenset(_fold(m["name"]) for m in _STORM_NAMED.finditer(text))


def site_storms(notes: Iterable[NoteFile]) -> frozenset[str]:
    """Every storm's name (folded) that the site's notes say in a title, a summary or the
    body (a tag alone names no storm: it is what `storm_said` lets pass)."""
    found: set[str] = set()
    for note in notes:
        text = "\n".join((note.meta("title") or "", note.meta("summary") or "", note.body))
        found |= storm_names(text)
    return frozenset(found)


def storm_said(text: str, start: int, end: int, storms: frozenset[str], *,
               tag: bool = False) -> bool:
    """Whether the one-word name at `text[start:end]` is one of the site's `storms`, said
    as the storm: in a tag, or right after a storm's word or a word of time, and not
    followed by what makes it a person's (a possessive, an age)."""
    said = text[start:end]
    if " " in said.strip() or _fold(said) not in storms:
        return False
    if _PERSON_AFTER.match(text, end):
        return False
    return tag or _STORM_BEFORE.search(text, max(0, start - 30), start) is not None
