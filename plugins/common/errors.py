"""Errors meant for a person, not a developer: what went wrong, where, and the fix.

The convention every message follows: what happened, what was (not) changed, then
"Fix: …" with the one thing to do. Commands print `str(error)` without a traceback.
"""

from __future__ import annotations


class RoundsError(Exception):
    """A problem the user can fix. Printed as-is, without a traceback.

    `str(error)` is the whole message, already naming the file/line and the fix.
    """


def with_fix(problem: str, fix: str) -> str:
    """`problem` and `fix` as one message in the house style: "… Fix: …"."""
    return f"{problem.rstrip()} Fix: {fix.strip()}"
