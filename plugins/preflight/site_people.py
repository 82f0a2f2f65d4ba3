"""The practice's own people, as its site names them: who signs its notes, whom a note
introduces as staff, who signs off note after note.

A practice should not have to list in the settings the nurse who signs half its notes: the
site already says who she is. `site_people` gathers the words of those names once per check
(each note's share cached under its bytes, so a warm check loads no detector);
`privacy._drop_the_sites_people` lets them pass in every note unless the words beside the
name make it a child's (`names_roles.a_child_beside`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import scan_cache
from .notemodel import NoteFile


def site_people(notes: Iterable[NoteFile], cache: Path | None = None) -> frozenset[str]:
    """The words (folded) of the practice's own people, as the site's notes name them: the
    bylines (`Author:`, `Authors:`), the staff a note introduces (`staff_introduced`) and
    whoever signs off two notes or more ("— Yari", "Inma", "— Bertha Garza, office
    manager": `signers`).

    A practice should not have to list in the settings the nurse who signs half its notes:
    the site already says who she is. Read from the note's title and body only (never
    from the per-network texts or comments, where nobody is introduced). One sign-off is
    not enough: a parent's message pasted at the end of a note is signed too, but a parent
    does not sign the practice's notes week after week. Each note's answer is kept in
    `cache` under its bytes, so a warm check loads no detector.
    """
    words: set[str] = set()
    signed: dict[str, int] = {}
    for note in notes:
        parts = ["site-people-3", note.digest]
        found = (scan_cache.cached(cache, parts, lambda n=note: _people_of(n), _encode,
                                   _decode) if note.digest else _people_of(note))
        words |= found[0]
        for name in found[1]:
            signed[name] = signed.get(name, 0) + 1
    return frozenset(words.union(*(name.split() for name, n in signed.items() if n > 1)))


def _people_of(note: NoteFile) -> tuple[frozenset[str], frozenset[str]]:
    """One note's share of `site_people`: the words of its byline and of the staff it
    introduces, and the names (folded) that sign it off."""
    from .lexicon import fold, words_of_name
    from .names_public import staff_introduced
    from .names_roles import adult_full_names

    words = set(words_of_name(f"{note.meta('author')} {note.meta('authors')}"))
    text = f"{note.meta('title')}\n{note.body}"
    if text.strip():
        words |= staff_introduced(text)
        # (an adult introduced by trade, kept as a full name: "ruth abernathy")
        words |= adult_full_names(text)
    names = signers(note.body)
    signed = frozenset(" ".join(fold(w) for w in name.split()) for name in names)
    if names and _signed_with_role(note.body):
        # ("— Keisha Batiste, front desk": the role says she is staff, from the first note)
        words |= {fold(w) for name in names for w in name.split()}
    return frozenset(words), signed


def _signed_with_role(body: str) -> bool:
    """Whether the last line signs off with a staff role after the name ("— Keisha
    Batiste, front desk", "Marisol, RN", "— Dana, nuestra enfermera")."""
    from .names_public import _STAFF_ROLE

    return re.search(rf"(?i),\s*(?:our\s+|nuestr[oa]\s+|la\s+|el\s+)?{_STAFF_ROLE}\s*[.!]?$",
                     _last_line(body)) is not None


#: The last line of a note that signs it off: a dash or a greeting, then the names, then
#: perhaps a role or a wish ("— Cata, Yari, Inma y todo el equipo", "Marisol, RN 💛").
_SIGN_OFF = re.compile(
    r"^(?:[—–]|--?|(?i:xo+|besos|abrazos|love|cheers|saludos|con cari[ñn]o|hugs)\s*,?)?"
    r"[ \t]*(?:(?:Dra?|Nurse|Enf)\.?\s+)?(?P<line>[^\n]{1,90})$")
_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’]+(?:-[A-ZÁÉÍÓÚÑ]?[a-záéíóúñü'’]+)?"
_SIGNER = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s*$")
#: A sign-off of a parent's message, not of the practice's: "— Jenna, Ava's mom".
_FAMILY_SIGN_OFF = re.compile(
    r"['’]s\b|\b(?:mom|mommy|mum|dad|daddy|mother|father|parents?|grandma|grandpa|mam[aá]"
    r"|pap[aá]|mami|papi|madre|padre|abuel[oa]|familia|family)\b", re.I)


def _last_line(body: str) -> str:
    """The body's last line with words on it, tags and Markdown marks off its ends."""
    lines = [re.sub(r"<[^>]+>", " ", line).strip(" \t>*_") for line in body.splitlines()]
    return next((line for line in reversed(lines) if line), "")


def signers(body: str) -> list[str]:
    """The names that sign off `body` on its last line (`_SIGN_OFF`), one to three
    capitalised words each, or none."""
    last = _last_line(body).rsplit("—", 1)[-1].strip()  # "¡Felices fiestas! — Cata"
    match = _SIGN_OFF.match(last) if last else None
    if match is None or _FAMILY_SIGN_OFF.search(match["line"]):
        return []
    head = re.split(r"[(:.!?]", match["line"], maxsplit=1)[0]
    head = re.sub(r"[^\w\s,'’&-]+", " ", head)  # "Inma 💛"
    names = []
    for piece in re.split(r",|\s+(?:y|and|&)\s+", head):
        found = _SIGNER.match(piece.strip())
        if found is None:
            break  # "Marisol, RN" is one signer; "todo el equipo" ends the list
        names.append(found["name"])
    return names


def _encode(found: tuple[frozenset[str], frozenset[str]]) -> list[list[str]]:
    """A `_people_of` answer as plain JSON data for the cache."""
    return [sorted(found[0]), sorted(found[1])]


def _decode(stored: Any) -> tuple[frozenset[str], frozenset[str]]:
    """A stored `_people_of` answer back; raises on anything else (then computed again)."""
    words, signed = stored
    if not all(isinstance(w, str) for w in [*words, *signed]):
        raise TypeError("not lists of words")
    return frozenset(words), frozenset(signed)
