"""A name in a note's own address (a tag, `Slug:`, the file name that gives the slug) that
nothing in the note explains.

Why: a tag or a slug names the note's topic, and the topic is in the text ("summer" tag, "this
summer"; "lily" tag, "Easter lilies are toxic to cats"). A given name the text never says at
all ("Tags: pinkeye, daycare, Bobby"; "Slug: noors-first-haircut-fever") names no topic: it is
the child the draft was about. The rules for running text cannot see it: a tag has no sentence
around it, and a name that is also a word ("amara", "bobby", "brooks") needs one.

Pure: the words of one address, the words the note says elsewhere and the policy in, spans out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .detect_places import LANGUAGES
from .hits import Policy
from .lexicon import (
    FEAST,
    MONTHS,
    NOT_PEOPLE_WORDS,
    NOT_PERSON_WORDS,
    PEOPLES_THAT_ARE_NAMES,
    PUBLIC_FIGURES,
    WEEKDAYS,
    brands,
    common_words,
    fold,
    given_names,
    name_words,
    place_names,
    products,
    surnames,
)
from .names_words import dictionary_word

WORD = re.compile(r"[^\W\d_]+")
JOINED_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)+")
#: Seasons, holidays and plants that are also names and tag a post's time of year.
SEASONAL = frozenset({"summer", "autumn", "winter", "spring", "holly", "ivy", "christmas",
                      "easter", "navidad", "pascua", "noel", "carol"})
#: Words that make the next one or two words a place's or a feast's name ("San Juan
#: Bautista", "Santa Lucía", "Los Ángeles", "New York", "Saint Patrick's Day").
PLACE_OR_FEAST_WORDS = frozenset({
    "san", "santa", "santo", "sao", "saint", "st", "ste", "los", "las", "new", "nueva", "nuevo",
    "fort", "ft", "port", "mount", "mt", "lake", "lago", "isla", "puerto", "villa", "dia"})


def said_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word (folded) of the note's running text: its title, summary, body, posts; a
    name with an apostrophe or a hyphen also joined, as an address writes it ("O'Connell" is
    "oconnell" in a slug)."""
    texts = list(texts)
    joined = {fold(re.sub(r"['’-]", "", word)) for text in texts
              for word in JOINED_WORD.findall(text)}
    return frozenset(fold(word) for text in texts for word in WORD.findall(text)) | joined


def _said(key: str, said: frozenset[str]) -> bool:
    """The word or a form of it is in the text ("lily" / "lilies", "rose" / "roses")."""
    forms = {key, f"{key}s", f"{key}es", key[:-1] + "ies" if key.endswith("y") else key}
    if key.endswith("s"):
        forms.add(key[:-1])
    return not forms.isdisjoint(said)


def _name_only(key: str) -> bool:
    """A given name that is no word of the dictionaries ("noor", "kowalczyk" is no given
    name): a word that is also a name ("data", "sun", "hope", "amara") tags a topic as often."""
    return key in given_names() and key not in common_words() and key not in name_words()


def _family_only(key: str) -> bool:
    """A family name that is no given name and no word ("kowalczyk", "pellegrino"; not
    "brown", "rice", "castellanos")."""
    return (key in surnames() and key not in given_names() and key not in common_words()
            and key not in name_words() and not dictionary_word(key))


#: Words that make the name beside them a family ("pellegrino-triplets", "gemelos-castaneda").
FAMILY_WORDS = frozenset({
    "twins", "triplets", "quads", "family", "familia", "gemelos", "gemelas", "mellizos",
    "mellizas", "trillizos", "trillizas", "cuates", "cuatitos", "cuatitas", "siblings",
    "hermanos", "hermanas", "kids", "boys", "girls", "brothers", "sisters"})


def _name_key(word: str) -> str | None:
    """The given name a word of an address is, possessive included ("noors" → "noor"), or
    None."""
    key = fold(word)
    if key in NOT_PERSON_WORDS:
        return None  # ("sids": SIDS, not Sid's)
    if _name_only(key):
        return key
    if key.endswith("s") and key not in common_words() and _name_only(key[:-1]):
        return key[:-1]
    return None


#: Of PLACE_OR_FEAST_WORDS, the articles that also make a family: "los García López".
FAMILY_ARTICLES = frozenset({"los", "las"})


def _in_place_name(keys: list[str], index: int) -> bool:
    """The word follows a place or feast word, at once or after another name ("San Juan
    Bautista"; not "new baby amara"), unless an article starts a family of two names ("los
    garcia lopez"): one name after "los" is a place ("los angeles"), two are surnames."""
    for back in (1, 2):
        start = index - back
        if start < 0 or keys[start] not in PLACE_OR_FEAST_WORDS:
            continue
        if back == 2 and _name_key(keys[index - 1]) is None:
            continue
        if keys[start] in FAMILY_ARTICLES:
            run = keys[start + 1 : start + 3]
            if len(run) == 2 and all(_name_key(k) for k in run):
                return False
        return True
    return False


#: Words before a family name that make it a baby's name: "baby-okonkwo", "bebe-garcia".
BABY_WORDS = frozenset({"baby", "bebe", "nena", "nene", "babygirl", "babyboy"})


def unexplained_names(address: str, said: frozenset[str],
                      policy: Policy) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of each name in `address` that the note never says: a given
    name ("given", a WARN), or a family name no dictionary knows.

    `kind` is "family" (a BLOCK) for a family name alone or with a family word or a baby
    word beside it ("kowalczyk-monkey-bars-fracture", "pellegrino-triplets",
    "baby-okonkwo"), and "full" (a BLOCK) for a name with another name next to it
    ("ava-lindgren-bandaged-bunny", "sofia-benitez-lara"): the address names a family or a
    person in full."""
    words = list(WORD.finditer(address))
    keys = [fold(match.group(0)) for match in words]
    feasts = [m.span() for m in FEAST.finditer(address)]  # "Mardi Gras", "durga-puja"
    found: list[tuple[int, int, str, bool]] = []
    for index, match in enumerate(words):
        word = match.group(0)
        key = _name_key(word) or (keys[index] if _family_only(keys[index]) else None)
        if (key is None or len(key) < 3 or (word.isupper() and len(word) > 1)
                or _in_place_name(keys, index)
                or any(a <= match.start() and match.end() <= b for a, b in feasts)):
            continue
        if (key in policy.names or key in NOT_PERSON_WORDS or key in MONTHS or key in WEEKDAYS
                or key in SEASONAL or key in place_names() or key in PUBLIC_FIGURES
                or key in brands() or key in products() or key in LANGUAGES
                or key in NOT_PEOPLE_WORDS
                or (key in PEOPLES_THAT_ARE_NAMES and index + 1 < len(keys)
                    and keys[index + 1] in ("families", "family", "community", "people"))):
            continue
        if _said(key, said) or _said(fold(word), said):
            continue
        near = set(keys[max(index - 2, 0) : index + 3])
        family = (not FAMILY_WORDS.isdisjoint(near) or _family_only(keys[index])
                  or (index > 0 and keys[index - 1] in BABY_WORDS))
        found.append((index, match.start(), word, family))
    indexes = {index for index, *_ in found}
    for index, start, word, family in found:
        full = index - 1 in indexes or index + 1 in indexes
        kind = "full" if full else "family" if family else "given"
        yield start, start + len(word), word, kind
