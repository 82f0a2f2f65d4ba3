"""`invoke publish` to object storage, end to end: subprocesses, the local S3 server, X's
emulator (issue 11's acceptance list)."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakes.x_emulator import XEmulator
from support.s3_site import (
    PREFIX,
    bucket_hashes,
    bucket_site,
    build_hashes,
    clone,
    uploaded_count,
)
from support.syn_e2e import SITEURL, Site

# Full publishes in subprocesses.
pytestmark = pytest.mark.slow


@pytest.fixture
def x_emulator():
    emulator = XEmulator().start()
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def bucket(s3_env: Any) -> str:
    return s3_env.new_bucket()


@pytest.fixture
def site(project_dir: Path, x_emulator: XEmulator, s3_env: Any, bucket: str):
    with bucket_site(project_dir, x_emulator, s3_env, bucket) as site:
        yield site


def live(site: Site, path: str) -> int:
    """The HTTP status of a site path, asked through SITEURL (the bucket behind it)."""
    import requests

    return requests.get(f"{SITEURL}/{path}", proxies={"http": site.proxy.url},
                        timeout=10).status_code


def test_publish_deploys_to_the_bucket_and_then_uploads_only_what_an_edit_changed(
        site: Site, s3_env: Any, bucket: str) -> None:
    first = site.publish(**{"X_API_KEY": ""})  # X not connected: preview mode
    assert first.code == 0, first.output
    output = site.root / "output"
    built = build_hashes(output)
    assert bucket_hashes(s3_env, bucket) == built
    assert uploaded_count(first.output) == len(built)
    assert f"live at the bucket s3://{bucket}/{PREFIX}" in first.output
    objects = s3_env.objects(bucket, PREFIX)
    note = next(k for k in objects if k.startswith(f"{PREFIX}notes/") and k.endswith(".html"))
    assert objects[note]["ContentType"] == "text/html; charset=utf-8"
    assert objects[note]["CacheControl"] == "public, max-age=60, must-revalidate"
    feeds = [k for k in objects if k.endswith(".atom.xml")]
    assert feeds and all(objects[k]["ContentType"] == "application/atom+xml" for k in feeds)
    assert live(site, "") == 200

    path = next((site.root / "content" / "notes").glob("*hand-washing.md"))
    path.write_text(path.read_text().replace("soap", "soap and warm water", 1))
    second = site.publish(**{"X_API_KEY": ""})
    assert second.code == 0, second.output
    rebuilt = build_hashes(output)
    changed = {p for p in rebuilt if built.get(p) != rebuilt[p]}
    assert any("hand-washing" in p for p in changed)
    assert uploaded_count(second.output) == len(changed) < len(rebuilt) / 2
    assert bucket_hashes(s3_env, bucket) == rebuilt
    untouched = next(k for k in objects if "fever" in k and k.endswith("index.html"))
    assert s3_env.objects(bucket, untouched)[untouched]["LastModified"] == \
        objects[untouched]["LastModified"]

    path.unlink()
    third = site.publish(**{"X_API_KEY": ""})
    assert third.code == 0, third.output
    assert not [k for k in s3_env.objects(bucket, PREFIX) if "hand-washing" in k]
    assert ", 1 deleted" in third.output or re.search(r", [1-9]\d* deleted", third.output)


def same_new_note(site: Site, number: int) -> None:
    site.note(f"shared-{number:02d}", f"Shared note {number}: wash hands before meals.",
              datetime(2026, 11, 30, 9, number % 60, tzinfo=UTC))


def test_two_clones_publishing_the_same_new_note_post_it_exactly_once(
        site: Site, x_emulator: XEmulator, tmp_path: Path) -> None:
    """Two machines, one bucket, X connected, the same note at the same moment: one post."""
    other = Site(clone(tmp_path / "clone-b"), x_emulator, site.proxy, site.extra_env)
    for machine in (site, other):  # 20 posts in a day: over X's default budget of 17
        with (machine.root / "pelicanconf.py").open("a", encoding="utf-8") as settings:
            settings.write('\nSYNDICATION_BUDGETS = {"x": {"daily": 50, "monthly": 500}}\n')
    connect = site.publish()
    assert connect.code == 0, connect.output
    assert "connected for the first time" in connect.output
    assert not site.ledger_path.exists() and not other.ledger_path.exists()
    for number in range(20):
        for machine in (site, other):
            same_new_note(machine, number)
        before = x_emulator.create_calls
        runs = [machine.start("publish") for machine in (site, other)]
        outputs = []
        for run in runs:
            out, _ = run.communicate(timeout=300)
            outputs.append((run.returncode, out))
        assert [code for code, _ in outputs] == [0, 0], outputs
        assert x_emulator.create_calls == before + 1, outputs
        assert len(x_emulator.posts) == number + 1
        said = [out for _, out in outputs]
        assert sum("1 posted" in out for out in said) == 1, said
        assert sum("nothing new to announce" in out or "nothing new to post" in out
                   for out in said) == 1, said
    assert not site.ledger_path.exists() and not other.ledger_path.exists()


def test_a_publish_killed_mid_upload_leaves_every_page_answering_and_the_next_completes_it(
        site: Site, s3_env: Any, bucket: str) -> None:
    first = site.publish(**{"X_API_KEY": ""})
    assert first.code == 0, first.output
    old_pages = [k[len(PREFIX):] for k in s3_env.objects(bucket, PREFIX) if k.endswith(".html")]
    for number in range(6):
        site.note(f"new-{number}", f"New note {number} about fevers and fluids.")
    path = next((site.root / "content" / "notes").glob("*fever-is-a-fighter.md"))
    path.write_text(path.read_text() + "\nCall us if a fever lasts more than three days.\n")
    killed = subprocess.run(
        [*site_command(site)], cwd=site.root, env=site.env(False, X_API_KEY="",
                                                           ROUNDS_CRASH_AT="s3-upload:page:3"),
        capture_output=True, text=True, timeout=300, check=False)
    assert killed.returncode == -9, killed.stdout + killed.stderr
    built = build_hashes(site.root / "output")
    in_bucket = bucket_hashes(s3_env, bucket)
    assert in_bucket != built  # it really stopped half-way
    pages = sorted(set(old_pages) | {p for p in in_bucket if p.endswith(".html")})
    assert {page: live(site, page) for page in pages} == dict.fromkeys(pages, 200)
    used = re.compile(rf'(?:src|href)="(?:{re.escape(SITEURL)})?/?((?:theme|images)/[^"#?]+)"')
    assets = set()
    for page in pages:  # and every asset those pages use is there
        html = s3_env.client().get_object(Bucket=bucket, Key=PREFIX + page)["Body"].read()
        assets |= {(page, asset) for asset in used.findall(html.decode())}
    assert assets and all(asset in in_bucket for _page, asset in assets), assets
    again = site.publish(**{"X_API_KEY": ""})
    assert again.code == 0, again.output
    assert bucket_hashes(s3_env, bucket) == build_hashes(site.root / "output")


def site_command(site: Site) -> list[str]:
    import sys

    return [sys.executable, "-m", "invoke", "publish"]


def bucket_records(s3_env: Any, bucket: str) -> dict[str, dict[str, Any]]:
    import json

    body = s3_env.client().get_object(Bucket=bucket, Key=".rounds/syndication.json")["Body"]
    return {r["post_id"]: r for r in json.loads(body.read())["records"]}


def test_a_laptop_killed_after_x_accepted_is_completed_by_another_without_a_second_post(
        site: Site, x_emulator: XEmulator, s3_env: Any, bucket: str, tmp_path: Path) -> None:
    other = Site(clone(tmp_path / "clone-b"), x_emulator, site.proxy, site.extra_env)
    assert site.publish().code == 0  # X connected: the samples are existing-before
    for machine in (site, other):
        same_new_note(machine, 1)
    crashed = site.publish(ROUNDS_CRASH_AT="after-api")
    assert crashed.code == -9, crashed.output
    assert len(x_emulator.posts) == 1
    assert bucket_records(s3_env, bucket)["notes/shared-01.md"]["state"] == "pending"
    finished = other.publish()  # the other laptop reconciles the pending record
    assert finished.code == 0, finished.output
    assert x_emulator.create_calls == 1
    record = bucket_records(s3_env, bucket)["notes/shared-01.md"]
    assert record["state"] == "posted" and record["remote_id"] == x_emulator.posts[0].id
