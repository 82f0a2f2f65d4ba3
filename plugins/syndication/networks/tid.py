"""Bluesky record keys: TIDs (timestamp identifiers), derived, not random.

A TID is 13 characters of base32-sortable ("234567abcdefghijklmnopqrstuvwxyz") encoding a
64-bit number: the top bit 0, 53 bits of microseconds since the Unix epoch, 10 bits of
"clock id". The SDK validates TIDs but does not make them. Rounds derives one per
(post, account) — the moment of the first attempt, and a clock id and low microsecond bits
from a hash of the post and the account — and stores it in the ledger *before* the call, so
every resend creates the very same record and an unknown outcome is settled by reading it.
Pure.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
#: The syntax the AT Protocol specifies (first character limits the top bit to 0).
TID_PATTERN = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def encode(value: int) -> str:
    """A 64-bit number (top bit 0) as a 13-character TID."""
    if not 0 <= value < 1 << 63:
        raise ValueError("a TID holds 63 bits")
    chars = []
    for _ in range(13):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def decode(tid: str) -> int:
    if not is_tid(tid):
        raise ValueError(f"not a TID: {tid!r}")
    value = 0
    for char in tid:
        value = value * 32 + ALPHABET.index(char)
    return value


def is_tid(value: str) -> bool:
    return bool(TID_PATTERN.match(value))


def derive(post_id: str, account: str, when: datetime) -> str:
    """The record key for (post, account), first attempted at `when`: a valid TID whose
    time is `when` to the millisecond (the rest from the hash: two accounts posting the same
    note at the same moment still get different keys)."""
    digest = int.from_bytes(hashlib.sha256(f"{post_id}\n{account}".encode()).digest()[:8], "big")
    millis = int(when.timestamp() * 1000)
    micros = millis * 1000 + (digest >> 10) % 1000
    clock_id = digest & 0x3FF
    return encode(((micros & ((1 << 53) - 1)) << 10) | clock_id)
