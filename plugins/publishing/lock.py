"""One publish at a time: a file lock shared by `invoke publish` and `invoke watch`.

Two publishes at once would deploy over each other and could announce the same note twice
(the ledger has its own lock, but the deploy and the build folder do not). The lock lives
in `.rounds/publish.lock` (git-ignored), so it is per site folder, survives nothing but the
process holding it (the OS releases it when that process dies), and needs no cleanup.

Decision (documented in the task help): a manual `invoke publish` that finds the watcher
publishing *waits* for it, saying so once, up to `PUBLISH_LOCK_WAIT_SECONDS` (default 600 s),
then gives up with a clear message. The watcher never waits: it skips its turn and tries
again after the next quiet period, so it never queues behind a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from common.errors import RoundsError
from filelock import FileLock, Timeout

LOCK_RELATIVE_PATH = Path(".rounds") / "publish.lock"


class PublishBusy(RoundsError):
    """Another publish holds the lock (raised only when the caller chose not to wait)."""


def lock_path(root: Path) -> Path:
    return root / LOCK_RELATIVE_PATH


@contextmanager
def publish_lock(
    root: Path,
    wait_seconds: float,
    say: Callable[[str], None] = print,
) -> Iterator[None]:
    """Hold the site's publish lock for the `with` block.

    `wait_seconds=0` means "do not wait": raise `PublishBusy` at once when it is taken.
    """
    path = lock_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if wait_seconds <= 0:
            raise PublishBusy(
                "Another publish is running for this site (a manual `invoke publish` or "
                "`invoke watch`). Fix: wait for it to finish; nothing was changed."
            ) from None
        say(f"Another publish is running for this site; waiting for it to finish "
            f"(up to {wait_seconds:.0f} s)…")
        try:
            lock.acquire(timeout=wait_seconds)
        except Timeout:
            raise PublishBusy(
                f"Another publish has been running for more than {wait_seconds:.0f} s, so "
                "this one gave up without changing anything. Fix: check the other terminal "
                f"(or `invoke watch`) and run `invoke publish` again; if no publish is "
                f"running, another program holds {path} open."
            ) from None
    try:
        yield
    finally:
        lock.release()
