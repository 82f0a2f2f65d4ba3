"""The `s3://bucket[/prefix]` deploy target: AWS S3 and compatible stores (R2, MinIO, Spaces).

Object storage has no atomic "swap the whole site", so the order of the writes is what keeps
every page whole while a deploy runs (and after one dies half-way):

1. assets (images, CSS, scripts, the search index) that are new or changed, those named by
   their content first: nothing live links to them yet, so uploading them first can break
   nothing;
2. pages (HTML): each links only to assets already uploaded;
3. feeds and the sitemap: they announce pages that are now all there;
4. deletion of keys no longer in the build, last: until then the old pages keep working.

A failure at any point leaves the previous site readable (nothing it uses was deleted) and
a rerun finishes the job, because what changed is decided by content, not by time: each
object carries the sha256 of its bytes in its metadata (`x-amz-meta-sha256`), compared with
the file's. (An ETag is not an MD5 for multipart or encrypted uploads; size and time miss
same-size edits and make a fresh CI checkout re-upload everything.) So that an unchanged
site costs one listing rather than a HEAD per object, the last deploy's {path: (ETag,
sha256)} is cached under `.rounds/deploy-index/`: an object whose listed ETag is still the
one written is known; any other is HEADed.

`Content-Type` comes from the explicit table below (never the host's `mimetypes`, which
differs from machine to machine), `Cache-Control` from the kind of file. With
`CLOUDFRONT_DISTRIBUTION_ID` set, the changed and deleted paths are invalidated, batched.

`plan_upload` is pure (local hashes × remote hashes → ordered work); `S3Target.deploy` is
the edge that lists, uploads, deletes and invalidates.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from common import bucket
from common.bucket import BucketAddress
from common.commands import command
from common.errors import RoundsError, with_fix

#: The metadata key holding each object's content hash (`x-amz-meta-sha256`).
HASH_KEY = "sha256"
#: Content types by file suffix (lower case). Anything else is application/octet-stream.
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".map": "application/json",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/vnd.microsoft.icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".pdf": "application/pdf",
    ".wasm": "application/wasm",
    # Pagefind's search index (binary, content-addressed fragments and indexes).
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"

#: The kinds of file, in upload order (DELETE comes after all three).
ASSET, PAGE, FEED = "asset", "page", "feed"
#: HTML, feeds, the sitemap: short and always revalidated, so an edit shows within a minute.
REVALIDATE = "public, max-age=60, must-revalidate"
#: A file whose name carries its content hash never changes: cached for a year.
IMMUTABLE = "public, max-age=31536000, immutable"
#: Other assets (a logo, a stylesheet without a hash in its name): an hour.
ASSET_CACHE = "public, max-age=3600"
#: `name.<8+ hex>.ext`, `name-<8+ hex>.ext` or a Pagefind fragment: named by content.
FINGERPRINT = re.compile(r"(?:[.\-_][0-9a-f]{8,}\.[a-z0-9]+$)|(?:\.pf_[a-z]+$)")
#: More changed paths than this, and one `/*` invalidation is cheaper (and as good).
INVALIDATE_ALL_OVER = 300
#: CloudFront accepts at most this many paths per invalidation.
INVALIDATION_BATCH = 1000
#: Concurrent uploads (each a separate request; S3 is happy with many).
WORKERS = 16
#: The crash tests set `ROUNDS_CRASH_AT=s3-upload:<kind>:N` to SIGKILL a deploy after the
#: N-th upload of that kind (asset, page, feed).
CRASH_VARIABLE = "ROUNDS_CRASH_AT"


def content_type(relative: str) -> str:
    """The `Content-Type` of a site file, from the table (feeds by their `.atom/.rss.xml`)."""
    name = relative.lower()
    if name.endswith((".atom.xml", ".rss.xml")):
        return CONTENT_TYPES["." + name.rsplit(".", 2)[1]]
    return CONTENT_TYPES.get(PurePosixPath(name).suffix, DEFAULT_CONTENT_TYPE)


def kind_of(relative: str) -> str:
    """ASSET, PAGE or FEED: which phase of the deploy uploads this file."""
    name = relative.lower()
    if name.endswith((".html", ".htm")):
        return PAGE
    if name.endswith((".atom.xml", ".rss.xml", ".atom", ".rss")) or \
            PurePosixPath(name).name in ("sitemap.xml", "robots.txt") or name.startswith("feeds/"):
        return FEED
    return ASSET


def cache_control(relative: str) -> str:
    """`Cache-Control` by kind: pages and feeds revalidated, fingerprinted assets immutable."""
    if kind_of(relative) != ASSET:
        return REVALIDATE
    if FINGERPRINT.search(PurePosixPath(relative).name):
        return IMMUTABLE
    return ASSET_CACHE


@dataclass(frozen=True)
class Plan:
    """What one deploy does, in order: uploads by phase, then deletions."""

    uploads: dict[str, list[str]]  # kind → relative paths (sorted)
    deletions: list[str]  # relative paths no longer in the build
    unchanged: int

    @property
    def upload_count(self) -> int:
        return sum(len(paths) for paths in self.uploads.values())

    def changed_paths(self) -> list[str]:
        """Every changed or deleted site path (for a CDN invalidation)."""
        return sorted({p for paths in self.uploads.values() for p in paths} | set(self.deletions))


def plan_upload(local: Mapping[str, str], remote: Mapping[str, str | None]) -> Plan:
    """Pure: local {path: sha256} × remote {path: sha256 or None (no hash)} → the `Plan`."""
    uploads: dict[str, list[str]] = {ASSET: [], PAGE: [], FEED: []}
    unchanged = 0
    for path in sorted(local):
        if remote.get(path) == local[path]:
            unchanged += 1
        else:
            uploads[kind_of(path)].append(path)
    deletions = sorted(set(remote) - set(local))
    return Plan(uploads, deletions, unchanged)


def local_hashes(build: Path) -> dict[str, str]:
    """Every file of the build: {posix relative path: sha256 hex}."""
    found: dict[str, str] = {}
    for path in sorted(build.rglob("*")):
        if path.is_file():
            found[path.relative_to(build).as_posix()] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return found


def invalidation_batches(paths: Iterable[str]) -> list[list[str]]:
    """CloudFront paths for the changed site paths: `/*` when many, else batches of 1000.

    A page at `notes/x/index.html` is served at `/notes/x/` too, so both are invalidated.
    """
    wanted: set[str] = set()
    for path in paths:
        wanted.add("/" + path)
        if path == "index.html" or path.endswith("/index.html"):
            wanted.add("/" + path[: -len("index.html")])
    if len(wanted) > INVALIDATE_ALL_OVER:
        return [["/*"]]
    ordered = sorted(wanted)
    return [ordered[i:i + INVALIDATION_BATCH] for i in range(0, len(ordered), INVALIDATION_BATCH)]


@dataclass
class DeployReport:
    """What a deploy did, for the publish log (the counts the doctor sees)."""

    uploaded: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    unchanged: int = 0
    invalidations: int = 0

    def words(self) -> str:
        total = sum(self.uploaded.values())
        parts = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in self.uploaded.items()
                          if n)
        line = f"{total} object(s) uploaded" + (f" ({parts})" if parts else "")
        line += f", {self.deleted} deleted, {self.unchanged} unchanged"
        if self.invalidations:
            line += f"; CloudFront invalidation requested ({self.invalidations} batch(es))"
        return line


@dataclass
class S3Target:
    """The site in a bucket (under an optional prefix), uploaded by content, in safe order."""

    address: BucketAddress
    distribution: str | None = None
    client_factory: Callable[[str], Any] = bucket.client
    last_report: DeployReport | None = None
    _uploads_done: dict[str, int] = field(default_factory=dict)
    _index_complete: bool = False

    def describe(self) -> str:
        return f"the bucket {self.address}"

    def served_from(self) -> Path | None:
        return None

    def deploy(self, build: Path) -> str:
        s3 = self.client_factory("s3")
        try:
            local = local_hashes(build)
            remote, etags = self._remote_hashes(s3)
        except RoundsError:
            raise
        except Exception as error:
            raise RoundsError(bucket.explain(error, str(self.address)) +
                              " The live site was not touched.") from error
        plan = plan_upload(local, remote)
        report = DeployReport(unchanged=plan.unchanged)
        for kind in (ASSET, PAGE, FEED):
            paths = plan.uploads[kind]
            for group in _content_addressed_first(paths):
                self._phase(kind, group, lambda p: self._upload(s3, build, p, local[p], etags),
                            plan)
            report.uploaded[kind] = len(paths)
        self._phase("deletion", plan.deletions, lambda p: s3.delete_object(
            Bucket=self.address.bucket, Key=self.address.key(p)), plan)
        report.deleted = len(plan.deletions)
        if plan.upload_count or plan.deletions or not self._index_complete:
            self._save_index({p: (etags[p], local[p]) for p in local if p in etags})
        if self.distribution and plan.changed_paths():
            report.invalidations = self._invalidate(plan.changed_paths())
        self.last_report = report
        return str(self.address)

    @property
    def index_key(self) -> str:
        """The cache of {path: (ETag, sha256)} of the last deploy (outside the site)."""
        name = self.address.prefix.strip("/").replace("/", "~") or "~root"
        return self.address.state_key(f"deploy-index/{name}.json")

    def _remote_hashes(self, s3: Any) -> tuple[dict[str, str | None], dict[str, str]]:
        """Every site object under the prefix with its recorded sha256 (None if it has none),
        and the ETags listed.

        Listing gives keys and ETags, not metadata. An object whose ETag is the one the last
        deploy wrote (the index) still has the sha256 the index says; any other is read with
        a HEAD (concurrently), so the metadata stays the truth and the index only saves
        requests. Rounds' own state (`.rounds/`) is never part of the site.
        """
        listed: dict[str, str] = {}
        paginator = s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.address.bucket, Prefix=self.address.prefix):
            for item in page.get("Contents", []):
                key = item["Key"]
                if not key.startswith(bucket.STATE_PREFIX) and not key.endswith("/"):
                    listed[key[len(self.address.prefix):]] = item["ETag"]
        index = self._load_index(s3)
        known = {path: index[path][1] for path, etag in listed.items()
                 if path in index and index[path][0] == etag}
        self._index_complete = len(known) == len(listed) == len(index)

        def head(path: str) -> tuple[str, str | None]:
            answer = s3.head_object(Bucket=self.address.bucket, Key=self.address.key(path))
            return path, answer.get("Metadata", {}).get(HASH_KEY)

        with ThreadPoolExecutor(WORKERS) as pool:
            headed = dict(pool.map(head, [p for p in listed if p not in known]))
        return {**known, **headed}, listed

    def _load_index(self, s3: Any) -> dict[str, tuple[str, str]]:
        try:
            found = bucket.read(s3, self.address.bucket, self.index_key)
            entries = json.loads(found[0]) if found else {}
            return {path: (str(pair[0]), str(pair[1])) for path, pair in entries.items()}
        except (ValueError, TypeError, IndexError, AttributeError):
            return {}  # a damaged cache is no cache: every object is HEADed

    def _save_index(self, entries: dict[str, tuple[str, str]]) -> None:
        s3 = self.client_factory("s3")
        body = json.dumps({p: list(pair) for p, pair in sorted(entries.items())}).encode()
        try:
            s3.put_object(Bucket=self.address.bucket, Key=self.index_key, Body=body,
                          ContentType="application/json", CacheControl="no-store")
        except Exception:  # only a cache: the next deploy HEADs the objects instead
            return

    def _upload(self, s3: Any, build: Path, relative: str, digest: str,
                etags: dict[str, str]) -> None:
        answer = s3.put_object(
            Bucket=self.address.bucket, Key=self.address.key(relative),
            Body=(build / relative).read_bytes(), ContentType=content_type(relative),
            CacheControl=cache_control(relative), Metadata={HASH_KEY: digest},
        )
        etags[relative] = answer["ETag"]
        kind = kind_of(relative)
        self._uploads_done[kind] = self._uploads_done.get(kind, 0) + 1
        _crash_after(kind, self._uploads_done[kind])

    def _phase(self, kind: str, paths: list[str], act: Callable[[str], Any], plan: Plan) -> None:
        """Do `act` for every path (concurrently); a failure stops the deploy right there."""
        if not paths:
            return
        pool = ThreadPoolExecutor(WORKERS)
        try:
            for done in as_completed([pool.submit(act, path) for path in paths]):
                done.result()
        except Exception as error:
            kept = ("nothing was deleted yet, so the pages already live keep working"
                    if kind != "deletion" else "every page of the new site is already live")
            problem = bucket.explain(error, str(self.address)).split(" Fix:")[0]
            raise RoundsError(with_fix(
                f"{problem} The deploy stopped during the {kind}s ({plan.upload_count} "
                f"object(s) to upload, {len(plan.deletions)} to delete): {kept}.",
                f"run `{command('publish')}` again; it uploads only what is still different.")
            ) from error
        finally:  # after a failure, what was not started yet is not started at all
            pool.shutdown(wait=True, cancel_futures=True)

    def _invalidate(self, paths: list[str]) -> int:
        """One CloudFront invalidation per batch of changed paths."""
        cloudfront = self.client_factory("cloudfront")
        batches = invalidation_batches(paths)
        for number, batch in enumerate(batches):
            try:
                cloudfront.create_invalidation(DistributionId=self.distribution, InvalidationBatch={
                    "Paths": {"Quantity": len(batch), "Items": batch},
                    "CallerReference": f"rounds-{os.getpid()}-{number}-{_digest(batch)}",
                })
            except Exception as error:
                raise RoundsError(with_fix(
                    f"The site was uploaded, but CloudFront did not accept the invalidation of "
                    f"{len(batch)} path(s) ({bucket.error_code(error) or error}); visitors may "
                    "see the old pages until the CDN's cache expires.",
                    "check CLOUDFRONT_DISTRIBUTION_ID and that the credentials may call "
                    "cloudfront:CreateInvalidation, then run "
                    f"`{command('publish')}` again.")) from error
        return len(batches)


def _content_addressed_first(paths: list[str]) -> list[list[str]]:
    """Files named by their content (search fragments, fingerprinted images) before the rest:
    the rest (Pagefind's entry file, a stylesheet) may name them, never the other way."""
    named = [p for p in paths if cache_control(p) == IMMUTABLE]
    return [named, [p for p in paths if cache_control(p) != IMMUTABLE]]


def _digest(items: list[str]) -> str:
    return hashlib.sha256("\n".join(items).encode()).hexdigest()[:16]


def _crash_after(kind: str, count: int) -> None:
    """Tests: SIGKILL this process after the N-th upload of `kind` (`CRASH_VARIABLE`)."""
    wanted = os.environ.get(CRASH_VARIABLE, "")
    if wanted.startswith("s3-upload:"):
        _, wanted_kind, number = wanted.split(":")
        if kind == wanted_kind and count >= int(number):
            os.kill(os.getpid(), signal.SIGKILL)


def s3_target(spec: str, env: Mapping[str, str]) -> S3Target:
    """The target for `DEPLOY_TARGET=s3://…` (`CLOUDFRONT_DISTRIBUTION_ID` from `env`)."""
    return S3Target(BucketAddress.parse(spec),
                    distribution=(env.get("CLOUDFRONT_DISTRIBUTION_ID") or "").strip() or None)
