"""Errors meant for a person, not a developer: what went wrong, where, and the fix."""

from __future__ import annotations


class RoundsError(Exception):
    """A problem the user can fix. Printed as-is, without a traceback.

    `str(error)` is the whole message, already naming the file/line and the fix.
    """
