"""Where the ledger's text lives: a file in the repository, or an object in the bucket.

The ledger (`ledger.py`) decides what a record is; a storage only keeps the text and says
who may change it. Two kinds, one interface (`LedgerStorage`):

- `FileStorage`: `syndication.json` at the repo root (the default, for a folder, rsync or
  GitHub Pages deploy): atomic writes (temp file, fsync, rename) under a file lock.
- `BucketStorage`: with `DEPLOY_TARGET=s3://…`, the object `.rounds/syndication.json` at
  the bucket's root (outside the served site), so every laptop and the CI share one truth.
  Its lock is a leased object (`.rounds/syndication.lock`); every write is a compare-and-swap
  (`If-Match` the version read, `If-None-Match: *` for the first one), so even a machine
  whose lease ran out cannot overwrite a record another machine wrote: its write fails and
  it posts nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from common import bucket
from common.atomic import write_atomically
from common.bucket import BucketAddress
from common.commands import command
from common.errors import RoundsError, with_fix
from filelock import FileLock, Timeout

#: The ledger's and its lock's names in the bucket (under `bucket.STATE_PREFIX`).
BUCKET_LEDGER = "syndication.json"
BUCKET_LOCK = "syndication.lock"
#: A crashed holder of the ledger's lock blocks the others at most this long.
LEASE_SECONDS = 120.0


class LedgerStorage(Protocol):
    """Keeps the ledger's text; `write` is atomic, and refuses a lost race."""

    #: How a person finds it (a file path, or s3://bucket/key), for messages.
    label: str

    def read(self) -> str | None:
        """The ledger's text, or None when there is none yet."""

    def write(self, text: str, halfway: Callable[[], None] | None = None) -> None:
        """Replace the text atomically (`halfway` runs mid-write, for the crash tests)."""

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the ledger's lock: one syndicating run at a time."""


class FileStorage:
    """`syndication.json` on disk: atomic writes under a file lock."""

    def __init__(self, path: Path | str, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.label = str(self.path)

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(f".{self.path.name}.lock")

    def read(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def write(self, text: str, halfway: Callable[[], None] | None = None) -> None:
        write_atomically(self.path, text.encode("utf-8"), halfway=halfway)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.lock_path))
        try:
            lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise RoundsError(
                f"Another publish or syndicate run is using {self.path.name} (lock "
                f"{self.lock_path.name} held for over {self.lock_timeout:.0f} s). Nothing was "
                "posted. Fix: wait for it to finish, then run the command again."
            ) from None
        try:
            yield
        finally:
            lock.release()


class BucketStorage:
    """The ledger as an object in the bucket, changed only by compare-and-swap."""

    def __init__(self, address: BucketAddress, lock_timeout: float = 60.0,
                 client: Any = None) -> None:
        self.address = address
        self.key = address.state_key(BUCKET_LEDGER)
        self.lock_timeout = lock_timeout
        self.label = address.url(self.key)
        self._client = client
        #: The version this process last read or wrote (None: there was none).
        self._etag: str | None = None

    @property
    def s3(self) -> Any:
        if self._client is None:
            self._client = bucket.client("s3")
        return self._client

    def read(self) -> str | None:
        try:
            found = bucket.read(self.s3, self.address.bucket, self.key)
        except Exception as error:
            raise RoundsError(bucket.explain(error, self.label) + " Nothing was posted.") \
                from error
        if found is None:
            self._etag = None
            return None
        body, self._etag = found
        return body.decode("utf-8")

    def write(self, text: str, halfway: Callable[[], None] | None = None) -> None:
        """Replace the version read last; `halfway` runs before the (all-or-nothing) PUT."""
        if halfway is not None:
            halfway()
        try:
            self._etag = bucket.write(self.s3, self.address.bucket, self.key,
                                      text.encode("utf-8"), self._etag)
        except bucket.Conflict:
            raise RoundsError(with_fix(
                f"Another machine changed the ledger {self.label} while this run was "
                "using it, so this run stopped before posting anything more.",
                f"run `{command('publish')}` again: it reads the other machine's records first."
            )) from None
        except Exception as error:
            raise RoundsError(bucket.explain(error, self.label) + " Nothing more was posted.") \
                from error

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        held = contextlib.ExitStack()
        try:
            held.enter_context(bucket.lease(
                self.s3, self.address.bucket, self.address.state_key(BUCKET_LOCK),
                seconds=LEASE_SECONDS, wait_seconds=self.lock_timeout,
                what="the syndication ledger", say=lambda _line: None))
        except RoundsError:
            raise
        except Exception as error:  # botocore: unreachable, refused, no credentials
            raise RoundsError(bucket.explain(error, self.label) + " Nothing was posted.") \
                from error
        with held:
            yield


def storage_for(ledger_path: Path | str, deploy_target: str | None,
                lock_timeout: float = 60.0) -> LedgerStorage:
    """The bucket's ledger with an s3:// deploy, else the file (DESIGN.md, "The ledger")."""
    if bucket.is_bucket(deploy_target):
        return BucketStorage(BucketAddress.parse(str(deploy_target)), lock_timeout)
    return FileStorage(ledger_path, lock_timeout)


def storage_from_settings(settings: Mapping[str, Any]) -> LedgerStorage | None:
    """For code holding Pelican's dict (the build's "Also on" links); None: no ledger."""
    path = settings.get("SYNDICATION_LEDGER")
    target = settings.get("DEPLOY_TARGET")
    if not path and not bucket.is_bucket(target):
        return None
    return storage_for(path or "syndication.json", target)
