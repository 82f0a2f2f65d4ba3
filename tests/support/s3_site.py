"""A project copy that publishes to a bucket on the local S3 server (end-to-end tests).

Like `syn_e2e.e2e_site`, but `DEPLOY_TARGET=s3://bucket/site`, boto3 pointed at the local
server, and SITEURL answered from the bucket (`BucketSiteProxy`), so `invoke publish` runs
exactly as on a laptop or in CI that publishes to object storage.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from publishing.project import copy_site
from support.fixture_content import use_fixture_content
from support.s3_server import BucketSiteProxy, S3Server
from support.syn_e2e import FAST_RETRIES, Site
from support.syn_site import ensure_links_template

REPO = Path(__file__).resolve().parents[2]
PREFIX = "site/"
#: The search index and the card images are the same code whatever the target: left out so
#: that each of the many publishes here takes seconds.
LEAN = "\nSEARCH_INDEX = False\nCARD_IMAGES = False\n"


def prepare(site: Path) -> None:
    ensure_links_template(site)
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write(FAST_RETRIES)
    with (site / "publishconf.py").open("a", encoding="utf-8") as settings:
        settings.write(LEAN)  # after publishconf's own SEARCH_INDEX = True


def clone(destination: Path) -> Path:
    """Another machine's copy of the repository (the same site, its own folders): the
    fixture's notes like the first machine's (`project_dir`), never the practice's own, or a
    note the practice just wrote would be a second, unexpected post."""
    copy_site(REPO, destination)
    use_fixture_content(destination)
    prepare(destination)
    return destination


@contextmanager
def bucket_site(project_dir: Path, emulator: Any, server: S3Server,
                bucket: str) -> Iterator[Site]:
    """`project_dir` publishing to s3://bucket/site, its pages served from the bucket."""
    prepare(project_dir)
    proxy = BucketSiteProxy(server, bucket, PREFIX)
    try:
        yield Site(project_dir, emulator, proxy,  # type: ignore[arg-type]
                   extra_env={**server.env(), "DEPLOY_TARGET": f"s3://{bucket}/{PREFIX}"})
    finally:
        proxy.stop()


def build_hashes(output: Path) -> dict[str, str]:
    return {p.relative_to(output).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(output.rglob("*")) if p.is_file()}


def bucket_hashes(server: S3Server, bucket: str) -> dict[str, str]:
    """The site in the bucket as {path: sha256 of its bytes} (read back, not its metadata)."""
    s3 = server.client()
    found: dict[str, str] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=PREFIX):
        for item in page.get("Contents", []):
            body = s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            found[item["Key"][len(PREFIX):]] = hashlib.sha256(body).hexdigest()
    return found


def uploaded_count(output: str) -> int:
    """The number the deploy printed: "… N object(s) uploaded …" (the last deploy's)."""
    counts = re.findall(r"(\d+) object\(s\) uploaded", output)
    assert counts, output
    return int(counts[-1])
