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
from functools import cache
from pathlib import Path

from .notemodel import NoteFile

#: A storm's word, then its name: "Hurricane Isaias", "huracán María", "la tormenta tropical
#: Alberto", "Superstorm Sandy", "Typhoon Haiyan", "Cyclone Idai".
_STORM_NAMED = re.compile(
    r"\b(?i:hurricanes?|tropical\s+storms?|tropical\s+depression|superstorm|typhoon|cyclone"
    r"|hurac[aá]n(?:es)?|tormentas?\s+tropical(?:es)?|tormenta|depresi[oó]n\s+tropical|tif[oó]n"
    r"|cicl[oó]n)\s+(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b")
#: Any storm's word: a note that says one may name a remembered storm by its year alone.
_STORM_WORD = re.compile(
    r"(?i)\b(?:hurricanes?|storms?|superstorm|typhoons?|cyclones?|hurac[aá]n(?:es)?"
    r"|tormentas?|tif[oó]n(?:es)?|cicl[oó]n(?:es)?|bagyo)\b")
#: Right after a name, its year: "María en 2017", "Katrina (2005)", "Fiona in 2022".
_YEAR_AFTER = re.compile(r"(?:\s*\(\s*|\s*,\s*|\s+(?:en|in|of|de|del)\s+)(?P<year>(?:19|20)\d\d)\b")
#: A name, then its year.
_WITH_YEAR = re.compile(r"\b(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)" + _YEAR_AFTER.pattern)
STORMS_FILE = Path(__file__).parent / "data" / "storms.txt"
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


@cache
def remembered_storms() -> dict[str, frozenset[str]]:
    """The storms people remember (data/storms.txt): folded name -> the years it struck."""
    years: dict[str, frozenset[str]] = {}
    for line in STORMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *struck = line.split()
            years[_fold(name)] = frozenset(struck)
    return years


def _own_year(name: str, year: str) -> bool:
    """Whether `year` is one in which the remembered storm `name` struck."""
    return year in remembered_storms().get(_fold(name), ())


def storm_names(text: str) -> frozenset[str]:
    """The names (folded) that `text` gives a storm: after a storm's word ("Hurricane
    Isaias" -> "isaias"), or a remembered storm said with its own year in a text that
    speaks of storms ("Después de María en 2017 y Fiona en 2022": a child called Fiona is
    not said with 2022 and a hurricane)."""
    named = {_fold(m["name"]) for m in _STORM_NAMED.finditer(text)}
    if _STORM_WORD.search(text):
        named |= {_fold(m["name"]) for m in _WITH_YEAR.finditer(text)
                  if _own_year(m["name"], m["year"])}
    return frozenset(named)


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
    as the storm: in a tag, right after a storm's word or a word of time, or right before
    the year it struck in a text that speaks of storms; and not followed by what makes it a
    person's (a possessive, an age)."""
    said = text[start:end]
    if " " in said.strip() or _fold(said) not in storms:
        return False
    if _PERSON_AFTER.match(text, end):
        return False
    if tag or _STORM_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    year = _YEAR_AFTER.match(text, end)
    return (year is not None and _own_year(said, year["year"])
            and _STORM_WORD.search(text) is not None)
