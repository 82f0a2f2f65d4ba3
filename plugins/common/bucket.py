"""Object storage (S3 and compatible) for the layers above: an address, a client, and the
two primitives several machines need to share one truth: compare-and-swap and a lease.

Why here, at the bottom: the deploy (publishing) and the ledger (syndication) both keep
things in the same bucket, and neither may import the other.

- `BucketAddress`: `s3://bucket[/prefix]` parsed once; the site's keys live under the
  prefix, Rounds' own state (the shared ledger, the publish lock) under `STATE_PREFIX` at
  the bucket's root, outside any site prefix, so it is never part of the served site.
- `client()`: boto3, configured only through boto3's own variables (`AWS_ACCESS_KEY_ID`,
  `AWS_SECRET_ACCESS_KEY`, `AWS_DEFAULT_REGION`, `AWS_ENDPOINT_URL` for R2/MinIO/Spaces).
- `read`/`write`: a write is conditional — `If-None-Match: *` creates only when absent,
  `If-Match: <etag>` replaces only the version that was read. A lost race is `Conflict`,
  never a silent overwrite: that is what makes two machines unable to claim one post.
- `lease`: a lock that is an object with an expiry. A crashed holder stops renewing it and
  another machine takes it over after the lease runs out (by a conditional write, so only
  one does); on the crashed holder's own machine, at once.
"""

from __future__ import annotations

import functools
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .errors import RoundsError, with_fix

#: Rounds' own keys (shared ledger, publish lock), at the bucket's root. Never deployed to,
#: listed or deleted by a deploy; a bucket policy should grant public reads to the site's
#: prefix only (README, "Object storage").
STATE_PREFIX = ".rounds/"
#: S3's answers to a conditional write that lost (412), or raced another one (409).
CONFLICT_CODES = frozenset({"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})
MISSING_CODES = frozenset({"NoSuchKey", "404", "NotFound"})


class Conflict(Exception):
    """Another writer changed (or created) the object first: re-read and decide again."""


@dataclass(frozen=True)
class BucketAddress:
    """`s3://bucket[/prefix]`: where the site's objects go."""

    bucket: str
    #: "" (the bucket's root) or "some/prefix/" (always with its trailing slash).
    prefix: str = ""

    @classmethod
    def parse(cls, spec: str) -> BucketAddress:
        """The address in a `DEPLOY_TARGET` value. Raises `RoundsError` when it is unusable."""
        rest = spec.strip()
        if not rest.startswith("s3://"):
            raise RoundsError(with_fix(f"\"{spec}\" is not an s3:// address.",
                                       "write it as s3://bucket or s3://bucket/prefix."))
        bucket, _, prefix = rest[len("s3://"):].partition("/")
        prefix = prefix.strip("/")
        if not bucket:
            raise RoundsError(with_fix(f"DEPLOY_TARGET \"{spec}\" names no bucket.",
                                       "write it as s3://bucket or s3://bucket/prefix."))
        if prefix and (prefix + "/").startswith(STATE_PREFIX):
            raise RoundsError(with_fix(
                f"DEPLOY_TARGET \"{spec}\" puts the site under {STATE_PREFIX}, where Rounds "
                "keeps its shared ledger and lock.", "choose another prefix (e.g. site)."))
        return cls(bucket, f"{prefix}/" if prefix else "")

    def key(self, relative: str) -> str:
        """The key of a site file (`notes/x/index.html`)."""
        return self.prefix + relative

    def state_key(self, name: str) -> str:
        """The key of one of Rounds' own objects (`syndication.json`, `publish.lock`)."""
        return STATE_PREFIX + name

    def url(self, key: str = "") -> str:
        return f"s3://{self.bucket}/{key}"

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


def is_bucket(spec: str | None) -> bool:
    """Whether a `DEPLOY_TARGET` value names object storage."""
    return bool(spec) and str(spec).strip().startswith("s3://")


def client(service: str = "s3") -> Any:
    """A boto3 client, configured by boto3's own environment variables and files only.

    Clients are thread-safe and slow to make (boto3 loads the service's model, ~0.3 s), so
    one is kept per service and configuration for the life of the process.
    """
    variables = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("AWS_")))
    return _client(service, variables)


@functools.lru_cache(maxsize=8)
def _client(service: str, variables: tuple[tuple[str, str], ...]) -> Any:
    import boto3
    from botocore.config import Config

    config = Config(connect_timeout=10, read_timeout=60, max_pool_connections=32,
                    retries={"max_attempts": 4, "mode": "standard"})
    return boto3.session.Session().client(service, config=config)


def error_code(error: BaseException) -> str:
    """The S3 error code of a botocore error ("" for anything else)."""
    response = getattr(error, "response", None) or {}
    code = str((response.get("Error") or {}).get("Code") or "")
    status = (response.get("ResponseMetadata") or {}).get("HTTPStatusCode")
    return code or (str(status) if status else "")


def explain(error: BaseException, where: str) -> str:
    """A botocore error in words, with what to check."""
    from botocore.exceptions import ClientError, NoCredentialsError

    if isinstance(error, NoCredentialsError):
        return with_fix(f"No object-storage credentials were found for {where}.",
                        "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_ENDPOINT_URL "
                        "for R2, MinIO or Spaces) in .env or the CI's secrets.")
    if isinstance(error, ClientError):
        code = error_code(error)
        hint = {
            "NoSuchBucket": "create the bucket, or correct its name in DEPLOY_TARGET.",
            "AccessDenied": "give these credentials s3:GetObject, s3:PutObject, "
                            "s3:DeleteObject and s3:ListBucket on the bucket.",
            "InvalidAccessKeyId": "check AWS_ACCESS_KEY_ID.",
            "SignatureDoesNotMatch": "check AWS_SECRET_ACCESS_KEY.",
        }.get(code, "check the credentials, AWS_ENDPOINT_URL and AWS_DEFAULT_REGION.")
        return with_fix(f"Object storage refused a request on {where} ({code}).", hint)
    return with_fix(f"Could not reach the object storage for {where} ({type(error).__name__}: "
                    f"{error}).", "check the network and AWS_ENDPOINT_URL, then run it again.")


def read(s3: Any, bucket: str, key: str) -> tuple[bytes, str] | None:
    """The object's bytes and its ETag, or None when there is no such object."""
    from botocore.exceptions import ClientError

    try:
        answer = s3.get_object(Bucket=bucket, Key=key)
    except ClientError as error:
        if error_code(error) in MISSING_CODES:
            return None
        raise
    return answer["Body"].read(), answer["ETag"]


def write(s3: Any, bucket: str, key: str, body: bytes, etag: str | None,
          content_type: str = "application/json") -> str:
    """Write `body` only over the version `etag` (None: only when there is none yet).

    Returns the new ETag. Raises `Conflict` when another writer got there first.
    """
    from botocore.exceptions import ClientError

    condition = {"IfMatch": etag} if etag else {"IfNoneMatch": "*"}
    try:
        answer = s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType=content_type,
                               CacheControl="no-store", **condition)
    except ClientError as error:
        code = error_code(error)
        if code in CONFLICT_CODES or (etag and code in MISSING_CODES):
            raise Conflict(key) from None
        raise
    return str(answer["ETag"])


def _remove(s3: Any, bucket: str, key: str, etag: str) -> None:
    """Delete the object if it is still the version `etag` (a taken-over lease stays)."""
    from botocore.exceptions import ClientError

    try:
        s3.delete_object(Bucket=bucket, Key=key, IfMatch=etag)
    except ClientError as error:
        if error_code(error) not in CONFLICT_CODES | MISSING_CODES:
            raise


#: This machine, for a lease: its host name and hardware address (two laptops may share a
#: host name; where no hardware address is found, uuid gives a random one, which only
#: means a crashed holder is waited out instead of taken over at once).
MACHINE = f"{socket.gethostname()}/{uuid.getnode():012x}"


class Busy(RoundsError):
    """The lease is held by another machine and did not come free in time."""


@dataclass
class Lease:
    """A held lock object: its key, the version this process wrote, and who holds it."""

    bucket: str
    key: str
    etag: str
    holder: str
    lost: bool = False


def _lease_body(holder: str, seconds: float, now: float, what: str) -> bytes:
    return json.dumps({
        "holder": holder, "what": what, "host": socket.gethostname(), "machine": MACHINE,
        "pid": os.getpid(),
        "expires_at": now + seconds,
        "expires": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + seconds)),
    }, indent=2).encode()


def _died_here(held: dict[str, Any]) -> bool:
    """Whether the holder was a process on this machine that is gone (killed, crashed):
    its lease need not run out first."""
    if held.get("machine") != MACHINE or not isinstance(held.get("pid"), int):
        return False
    try:
        os.kill(held["pid"], 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def try_acquire(s3: Any, bucket: str, key: str, seconds: float, what: str,
                now: Callable[[], float] = time.time) -> Lease | dict[str, Any]:
    """Take the lease at `key` if it is free or expired: the `Lease`, else who holds it."""
    holder = uuid.uuid4().hex
    while True:
        current = read(s3, bucket, key)
        if current is not None:
            try:
                held = json.loads(current[0])
            except ValueError:
                held = {"expires_at": 0}
            if float(held.get("expires_at", 0)) > now() and not _died_here(held):
                return held
        try:
            etag = write(s3, bucket, key, _lease_body(holder, seconds, now(), what),
                         current[1] if current else None)
        except Conflict:
            continue  # someone else took it (or released it) meanwhile: look again
        return Lease(bucket, key, etag, holder)


@contextmanager
def lease(s3: Any, bucket: str, key: str, *, seconds: float, wait_seconds: float, what: str,
          say: Callable[[str], None] = print, poll: float = 0.5,
          now: Callable[[], float] = time.time) -> Iterator[Lease]:
    """Hold the lease at `key` for the `with` block, renewing it every third of `seconds`.

    Waits up to `wait_seconds` for another holder (saying so once); then raises `Busy`.
    """
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        got = try_acquire(s3, bucket, key, seconds, what, now)
        if isinstance(got, Lease):
            break
        if time.monotonic() >= deadline:
            raise Busy(with_fix(
                f"Another machine ({got.get('host', 'unknown')}) has held {what} in "
                f"s3://{bucket}/{key} since before this run, until {got.get('expires', '?')}. "
                "Nothing was changed.",
                "wait for it to finish, then run the command again; a machine that crashed "
                "frees it when its lease runs out."))
        if not told and wait_seconds > 0:
            say(f"Another machine ({got.get('host', 'unknown')}) is publishing to "
                f"s3://{bucket}; waiting for it (up to {wait_seconds:.0f} s)…")
            told = True
        time.sleep(poll)
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(seconds / 3):
            try:
                got.etag = write(s3, bucket, key, _lease_body(got.holder, seconds, now(), what),
                                 got.etag)
            except Conflict:
                got.lost = True
                return
            except Exception:  # a network blip: try again at the next beat
                continue

    beat = threading.Thread(target=renew, name=f"lease {key}", daemon=True)
    beat.start()
    try:
        yield got
    finally:
        stop.set()
        beat.join(timeout=30)
        if not got.lost:
            _remove(s3, bucket, key, got.etag)
