"""One publish at a time: a file lock shared by `invoke publish` and `invoke watch`.

Two publishes at once would deploy over each other and could announce the same note twice
(the ledger has its own lock, but the deploy and the build folder do not). The lock lives
in `.rounds/publish.lock` (git-ignored), so it is per site folder, survives nothing but the
process holding it (the OS releases it when that process dies), and needs no cleanup.

Decision (documented in the task help): a manual `invoke publish` that finds the watcher
publishing *waits* for it, saying so once, up to `PUBLISH_LOCK_WAIT_SECONDS` (default 600 s),
then gives up with a clear message. The watcher never waits: it skips its turn and tries
again after the next quiet period, so it never queues behind a person.

With an object-storage deploy, several machines (laptops, CI) publish to one bucket, so a
file lock is not enough: the publish lock is then also a leased object in the bucket
(`.rounds/publish.lock`, outside the served site), taken by a conditional write and renewed
while the publish runs. A machine that crashes stops renewing it; after `LEASE_SECONDS` the
next publish takes it over.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from common import bucket
from common.bucket import BucketAddress
from common.commands import command
from common.errors import RoundsError
from filelock import FileLock, Timeout

LOCK_RELATIVE_PATH = Path(".rounds") / "publish.lock"
#: The shared lock's name in the bucket (under `common.bucket.STATE_PREFIX`).
BUCKET_LOCK = "publish.lock"
#: How long a crashed machine's publish lock blocks the others (renewed every third of it).
LEASE_SECONDS = 300.0


class PublishBusy(RoundsError):
    """Another publish holds the lock (raised only when the caller chose not to wait)."""


def lock_path(root: Path) -> Path:
    return root / LOCK_RELATIVE_PATH


@contextmanager
def publish_lock(
    root: Path,
    wait_seconds: float,
    say: Callable[[str], None] = print,
    shared: BucketAddress | None = None,
) -> Iterator[None]:
    """Hold the site's publish lock for the `with` block (and the bucket's, when `shared`).

    `wait_seconds=0` means "do not wait": raise `PublishBusy` at once when it is taken.
    """
    started = time.monotonic()
    path = lock_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if wait_seconds <= 0:
            raise PublishBusy(
                f"Another publish is running for this site (a manual `{command('publish')}` or "
                f"`{command('watch')}`). Fix: wait for it to finish; nothing was changed."
            ) from None
        say(f"Another publish is running for this site; waiting for it to finish "
            f"(up to {wait_seconds:.0f} s)…")
        try:
            lock.acquire(timeout=wait_seconds)
        except Timeout:
            raise PublishBusy(
                f"Another publish has been running for more than {wait_seconds:.0f} s, so "
                "this one gave up without changing anything. Fix: check the other terminal "
                f"(or `{command('watch')}`) and run `{command('publish')}` again; if no publish is "
                f"running, another program holds {path} open."
            ) from None
    try:
        if shared is None:
            yield
        else:
            left = max(0.0, wait_seconds - (time.monotonic() - started))
            with _bucket_lease(shared, left, say):
                yield
    finally:
        lock.release()


def bucket_of(deploy_target: object) -> BucketAddress | None:
    """The bucket a `DEPLOY_TARGET` deploys to (its lock is shared), or None."""
    return BucketAddress.parse(str(deploy_target)) if bucket.is_bucket(str(deploy_target or "")) \
        else None


@contextmanager
def _bucket_lease(address: BucketAddress, wait_seconds: float,
                  say: Callable[[str], None]) -> Iterator[None]:
    """The leased lock object in the bucket, its failures worded as `PublishBusy`."""
    held = ExitStack()
    try:
        held.enter_context(bucket.lease(
            bucket.client("s3"), address.bucket, address.state_key(BUCKET_LOCK),
            seconds=LEASE_SECONDS, wait_seconds=wait_seconds, what="the publish lock", say=say))
    except bucket.Busy as error:
        raise PublishBusy(str(error)) from None
    except RoundsError:
        raise
    except Exception as error:  # botocore: unreachable, refused, no credentials
        raise RoundsError(bucket.explain(error, str(address)) + " Nothing was changed.") \
            from error
    with held:
        yield
