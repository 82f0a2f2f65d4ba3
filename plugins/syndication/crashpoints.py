"""Named points where the crash tests kill the process for real (SIGKILL, no cleanup).

The exactly-once promise is about what survives a kill at the worst moment: right after the
network accepted a post but before the ledger says so, or half-way through writing the
ledger. Tests set `ROUNDS_CRASH_AT=<name>` on a subprocess; in normal runs this is one
dictionary look-up and nothing happens.
"""

from __future__ import annotations

import os
import signal

#: The environment variable the crash tests set.
VARIABLE = "ROUNDS_CRASH_AT"


def reached(name: str) -> None:
    """Kill this process with SIGKILL when the tests asked to crash at `name`."""
    if os.environ.get(VARIABLE) == name:
        os.kill(os.getpid(), signal.SIGKILL)
