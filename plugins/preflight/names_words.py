"""The words of a note as the name detectors see them, and what the lexicon says of each.

Split from detect_names.py so that the bottom layer of the name rules stands alone: a Token
(offsets, the word as written, its folded key), whether a key is a given name, a surname, a
dictionary word or a diminutive (each answer cached per key, since every rule walks the same
words), and the runs of capitalised words a full name is looked for in. Nothing here decides
whether a name is public (names_public.py) or yields a hit (detect_names.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (
    NAME_SYLLABLES,
    NOT_PERSON_WORDS,
    PARTICLES,
    common_words,
    fold,
    given_names,
    name_words,
    surnames,
)

#: Letters of the Latin alphabets (Vietnamese, Polish, Turkish ... included) and capitals.
_L = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
_U = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
TOKEN = re.compile(rf"[{_L}]+(?:[-'’][{_L}]+)*")


#: A lower-case particle joined to a capitalised family name: "al-Khatib", "el-Sayed",
#: "bint-Ali", "d'Souza", "ibn-Rushd".
JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|bint|ibn|abu|ben|d)[-'’][A-Z]")


class Token(NamedTuple):
    """One word of the text: offsets, the word as written, its lexicon key (folded)."""

    start: int
    end: int
    text: str
    key: str

    @property
    def cap(self) -> bool:
        # (a family name after a lower-case particle joined to it is capitalised: "al-Khatib",
        # "el-Amin", "bin-Laden", "d'Souza")
        return (self.text[:1].isupper() and not (len(self.text) > 1 and self.text.isupper())
                ) or JOINED_PARTICLE.match(self.text) is not None

    @property
    def given(self) -> bool:
        return _is_given(self.key)

    @property
    def surname(self) -> bool:
        # (Vietnamese family names of two letters, written with their marks: folded, "le"
        # and "do" are words, but "Lê" and "Đỗ" are families)
        return _is_surname(self.key) or self.text in VIETNAMESE_SHORT_SURNAMES

    @property
    def word(self) -> bool:
        return self.key in name_words()


#: Two-letter Vietnamese family names as written with their diacritics (the lists hold
#: family names of three letters and more).
VIETNAMESE_SHORT_SURNAMES = frozenset({"Lê", "Vũ", "Võ", "Đỗ", "Hồ", "Lý", "Tô", "Tạ", "Hà", "Lã",
                                       "Mã", "Từ", "Đồ", "LÊ", "VŨ", "VÕ", "ĐỖ", "HỒ"})


@lru_cache(maxsize=1 << 14)
def dictionary_word(key: str) -> bool:
    """A word of the dictionary, or its Spanish plural ("años", "casas": wspanish lists
    singulars)."""
    words = common_words()
    return key in words or (key.endswith("s") and (key[:-1] in words or (
        key.endswith("es") and key[:-2] in words)))


# A word's answers depend on its key alone and are asked many times per sentence (every rule
# walks the same tokens): each is computed once per key.
@lru_cache(maxsize=1 << 16)
def _is_given(key: str) -> bool:
    if key in NOT_PERSON_WORDS:
        return False  # pronouns, articles, greetings: never a name, whatever follows
    return (
        key in given_names()
        or _parts_in(key, given_names())
        or _parts_in(key, NAME_SYLLABLES)
        or bool(_diminutive(key))
    )


@lru_cache(maxsize=1 << 16)
def _is_surname(key: str) -> bool:
    return (key in surnames() or _parts_in(key, surnames(), given_names())
            or _double_barrelled(key) or _prefixed_family_name(key))


#: Prefixes that make a family name of whatever follows, in more spellings than any list
#: holds: "mcalister", "macnamara", "vantassel", "vonderhaar", "o'sullivan".
FAMILY_PREFIXES = ("mc", "mac", "van", "von", "o'", "o’")


def _prefixed_family_name(key: str) -> bool:
    """A family name by its prefix (`FAMILY_PREFIXES`), unless the dictionary knows the word
    ("machine", "vanilla")."""
    stem = next((key[len(p):] for p in FAMILY_PREFIXES if key.startswith(p)), "")
    return len(stem) >= 3 and stem.isalpha() and not dictionary_word(key.replace("’", "'"))


def _double_barrelled(key: str) -> bool:
    """Two family names joined ("oyelaran-brooks"): one a known surname, the other one no
    list and no dictionary knows (the lists cannot hold every family name of the world)."""
    parts = key.split("-")
    if len(parts) != 2:
        return False
    names = surnames()
    return any(
        part in names and len(other) >= 4 and other not in given_names()
        and other not in names and not dictionary_word(other)
        for part, other in (parts, parts[::-1])
    )


def _diminutive(key: str) -> str:
    """The name a Spanish diminutive comes from: "valentinita" -> "valentina", "dieguito" ->
    "diego", "tomasito" and "tomasin" -> "tomas", "carmencita" -> "carmen"; "" if none."""
    for suffix, ending in (("cito", "o"), ("cita", "a"), ("ito", "o"), ("ita", "a"),
                           ("cito", ""), ("cita", ""), ("ito", ""), ("ita", ""),
                           ("in", ""), ("ina", "")):
        if not key.endswith(suffix) or len(key) <= len(suffix) + 2:
            continue
        stem = key[: -len(suffix)]
        if stem.endswith("gu"):
            stem = stem[:-1]  # "dieguito" -> "diego"
        elif stem.endswith("qu"):
            stem = stem[:-2] + "c"  # "paquito" -> "paco"
        name = stem + ending
        # (a name that ends in a consonant keeps it: "luisito", "isabelita", "juanin"; but a
        # word the dictionary knows is the word: "hermanito" is no Herman)
        words = (key, stem + "o", stem + "a")
        if name in given_names() and (
            ending or (len(stem) >= 4 and not any(dictionary_word(w) for w in words))
        ):
            return name
    return ""


def _parts_in(key: str, *lexicons: frozenset[str]) -> bool:
    """A hyphenated name ("anne-sophie", "johnson-okoro") whose parts are all names."""
    if "-" not in key:
        return False
    return all(any(p in lexicon for lexicon in lexicons) for p in key.split("-"))


MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]+")


@lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[Token, ...]:
    """The words of `text` (cached: every rule asks for the same sentence's words)."""
    return tuple(_read_tokens(text))


def _read_tokens(text: str) -> list[Token]:
    found = []
    for match in TOKEN.finditer(text):
        word = match.group(0)
        if len(word) <= 4 and MIXED_ACRONYM.fullmatch(word):
            continue  # "IgA", "IgE": immunoglobulins, not a woman called Iga
        end = match.end()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word, end = word[:-2], end - 2
        found.append(Token(match.start(), end, word, fold(word)))
    return found


#: Function words that no name holds: in a Title Case heading or a public address
#: ("Grace And Hope For New Parents") they end a run of capitalised words.
RUN_BREAKS = frozenset(
    {
        "the", "and", "or", "but", "nor", "for", "with", "from", "at", "in", "on", "by", "into",
        "onto", "about", "after", "before", "over", "under", "than", "of", "y", "para", "con",
        "por", "sin", "que",
    }
)


def _runs(tokens: Sequence[Token], text: str) -> list[list[Token]]:
    """Capitalised words next to each other ("Valentina Frías Ordóñez", "Liv van der Stael")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []
    for token in tokens:
        gap = text[(pending or current)[-1].end : token.start] if current else ""
        joined = bool(current) and (
            re.fullmatch(r"[ \t]+", gap) is not None
            # a middle initial: "Edward R. Murrow"
            or (gap == ". " and len(current[-1].text) == 1 and current[-1].text.isupper())
        )
        if token.cap and token.key in RUN_BREAKS:
            if current:
                runs.append(current)
            current, pending = [], []
        elif token.cap and token.key not in PARTICLES:
            if joined:
                current.extend(pending)
            elif current:
                runs.append(current)
                current = []
            pending = []
            current.append(token)
        elif current and joined and token.key in PARTICLES and len(pending) < 3:
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs
