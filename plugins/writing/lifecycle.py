"""How the long-running commands (`invoke livereload`, `invoke watch`) wait to be stopped."""

from __future__ import annotations

import signal
import threading


def wait_until_stopped(stop: threading.Event) -> None:
    """Block until Ctrl-C, SIGTERM or `stop` is set, then return normally.

    SIGTERM (a service manager, a closed terminal) is turned into `stop` so the caller's
    cleanup runs as for Ctrl-C. Signal handlers can only be set from the main thread; in
    any other thread (tests drive these loops from one) only `stop` and Ctrl-C apply.
    """
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set()) if in_main else None
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
