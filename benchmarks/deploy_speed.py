"""How long does a deploy to object storage take, and how much does it send?

A 1,000-note site (the generated corpus, `--notes N` to change it) is built for production
once, then deployed with the real `s3://` target to a local S3-compatible server (moto's, on
127.0.0.1, started here): first to an empty bucket, then again after one note's text is
edited and the site rebuilt. Each deploy prints the objects uploaded, deleted and left alone,
and its seconds (the build is timed apart: it is the same whatever the target).

What it shows: the first deploy sends every file; a one-note change sends only the files
whose bytes changed (the note's page and the pages and feeds that list it), found by the
sha256 in each object's metadata. A local server measures Rounds' side (hashing, listing,
HEADs, ordering); a real bucket adds the network's round trips, which the concurrent
requests (`publishing.s3.WORKERS`) amortise.

Measured (2026-11-30, 1,000 notes → 3,417 files, a shared 2-core machine under load):
first deploy 3,417 objects uploaded in 28 s; one note's text edited: 9 uploaded (the page,
the feed, 7 search-index fragments) and 6 stale fragments deleted in 3.4 s; nothing
changed: 0 uploaded in 5.0 s (hashing the build and one listing; the ETag index spares a
HEAD per object — without it the same run took 25–30 s).

Run: `.venv/bin/python benchmarks/deploy_speed.py [--notes 1000]`.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))

from corpus import write_corpus  # noqa: E402  (beside this script)
from publishing.project import copy_site  # noqa: E402

SITEURL = "https://www.maple-street-pediatrics.com"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.update({
            "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
            "AWS_CONFIG_FILE": f"{scratch}/none", "AWS_SHARED_CREDENTIALS_FILE": f"{scratch}/none",
        })
        os.environ.pop("CLOUDFRONT_DISTRIBUTION_ID", None)
        try:
            run(Path(scratch), args.notes)
        finally:
            server.stop()


def run(scratch: Path, count: int) -> None:
    from common import bucket
    from common.bucket import BucketAddress
    from publishing.build import build_site
    from publishing.project import Project
    from publishing.s3 import S3Target

    site = scratch / "site"
    copy_site(REPO, site)
    write_corpus(site / "content" / "notes", count)
    bucket.client("s3").create_bucket(Bucket="rounds-bench")
    target = S3Target(BucketAddress("rounds-bench", "site/"))

    def build() -> Path:
        settings = Project(site).load_settings(production=True, overrides={
            "SITEURL": SITEURL, "FEED_DOMAIN": SITEURL, "DEPLOY_TARGET": str(target.address)})
        started = time.perf_counter()
        build_site(settings)
        print(f"  build: {time.perf_counter() - started:.1f} s")
        return Path(settings["OUTPUT_PATH"])

    def deploy(what: str, output: Path) -> None:
        files = sum(1 for p in output.rglob("*") if p.is_file())
        started = time.perf_counter()
        target.deploy(output)
        seconds = time.perf_counter() - started
        report = target.last_report
        assert report is not None
        print(f"{what}: {files} files in the build; {report.words()}; {seconds:.1f} s")

    print(f"A {count}-note site, deployed to s3://rounds-bench/site/ on a local server")
    output = build()
    deploy("first deploy", output)
    notes = sorted((site / "content" / "notes").glob("*-note-*.md"))
    edited = notes[len(notes) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence, edited.\n",
                      encoding="utf-8")
    output = build()
    deploy("one note edited", output)
    deploy("nothing changed", output)


if __name__ == "__main__":
    main()
