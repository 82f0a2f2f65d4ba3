"""`deidentified:` — the doctor's word that a WARN was checked, for exactly what was checked.

A bare `deidentified: yes` used to silence every WARN of the note, for ever: an attestation
given for a drawing also hid a child's name added a week later. Now the attestation lists
the findings it was given for, as short fingerprints of the flagged text:

    deidentified: yes 3f9a21c0 7be0d4aa

`invoke attest PATH` writes that line after showing what it covers. A finding whose
fingerprint is listed is reported as INFO; any other WARN (new, or changed: the fingerprint
is of the flagged words) stops the publish again and says it is new since the attestation.
A plain `deidentified: yes` (the old form) covers nothing: the WARN tells the doctor to run
`invoke attest`, which takes a minute, instead of guessing what the old line meant. A BLOCK
is never attestable.

Pure: parsing, fingerprints and the new metadata line; `attest.py` reads and writes files.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from common.commands import command
from notemeta import is_yes

FINGERPRINT = re.compile(r"^[0-9a-f]{8}$")
#: WARN messages of the guard end with this advice to attest by hand; it is replaced.
_OLD_ADVICE = re.compile(r";? or, once you are sure no patient can be recognised, add the line "
                         r"\"deidentified: yes\"[^.]*\.", re.I)


@dataclass(frozen=True)
class Attestation:
    """What a note's `deidentified:` says: given at all, and for which fingerprints."""

    given: bool = False
    fingerprints: frozenset[str] = frozenset()
    line: int = 0

    @property
    def legacy(self) -> bool:
        """A plain `yes` with no fingerprints: from before attestations were scoped."""
        return self.given and not self.fingerprints


def parse(value: str, line: int = 0) -> Attestation:
    """`yes 3f9a21c0 7be0d4aa` → given, for those two. Anything not yes → not given."""
    words = value.replace(",", " ").split()
    if not words or not is_yes(words[0]):
        return Attestation(line=line)
    prints = frozenset(w.lower() for w in words[1:] if FINGERPRINT.match(w.lower()))
    return Attestation(True, prints, line)


def fingerprint(code: str, where: str, flagged: str) -> str:
    """8 hex digits naming one finding by its kind, its place kind and its words.

    Not its line or column, so moving a paragraph keeps the attestation; changing the
    flagged words, or the same words appearing in another field, asks again.
    """
    words = " ".join(flagged.split()).casefold()
    return hashlib.sha256(f"{code}\0{where}\0{words}".encode()).hexdigest()[:8]


def value(fingerprints: list[str]) -> str:
    """The `deidentified:` value for these findings (sorted, unique)."""
    return " ".join(["yes", *sorted(set(fingerprints))])


def attest_fix(relpath: str) -> str:
    return ("Or, once you are sure no patient can be recognised, "
            f"run `{command('attest', relpath)}`: "
            "it shows the findings and records that you checked them.")


def warn_message(message: str, relpath: str, attestation: Attestation) -> str:
    """A WARN's message with the advice that fits this note's attestation."""
    text = _OLD_ADVICE.sub(".", message).replace("..", ".")
    if attestation.legacy:
        prefix = (f"\"deidentified: yes\" (line {attestation.line}) does not say which findings "
                  "were checked, so it covers none. ")
    elif attestation.given:
        prefix = (f"New since the attestation on line {attestation.line} (it covers only the "
                  "findings present when it was given). ")
    else:
        prefix = ""
    return f"{prefix}{text} {attest_fix(relpath)}"
