"""The ledger and the publish lock in the bucket: compare-and-swap and leases, against a real
S3-compatible server on 127.0.0.1 (moto's), never a mock of boto3."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from common import bucket
from common.bucket import BucketAddress
from common.errors import RoundsError
from common.settings import ProjectSettings
from publishing.lock import PublishBusy, publish_lock
from syndication.ledger import POSTED, Ledger, LedgerStore
from syndication.ledger_storage import BucketStorage, FileStorage


def record(post: str, state: str = POSTED) -> dict[str, Any]:
    return {"post_id": post, "network": "x", "account": "x:1:@maple", "state": state}


def test_an_s3_deploy_keeps_the_ledger_in_the_bucket_outside_the_site(s3_env: Any) -> None:
    name = s3_env.new_bucket()
    config = ProjectSettings(DEPLOY_TARGET=f"s3://{name}/www")
    store = LedgerStore.for_config(config)
    assert isinstance(store.storage, BucketStorage)
    assert store.storage.label == f"s3://{name}/.rounds/syndication.json"
    with store.locked():
        ledger = store.load()
        assert ledger.records == {}
        ledger.put(record("notes/a.md"))
        store.save(ledger)
    stored = json.loads(s3_env.client().get_object(
        Bucket=name, Key=".rounds/syndication.json")["Body"].read())
    assert stored["records"] == [record("notes/a.md")]  # the very same schema as the file
    assert LedgerStore.for_config(config).load().get("notes/a.md", "x", "x:1:@maple")
    assert isinstance(LedgerStore.for_config(ProjectSettings()).storage, FileStorage)


def test_two_machines_cannot_both_write_over_the_same_version(s3_env: Any) -> None:
    """Compare-and-swap: the second writer of one version is refused, and posts nothing."""
    address = BucketAddress(s3_env.new_bucket())
    first, second = LedgerStore(storage=BucketStorage(address)), \
        LedgerStore(storage=BucketStorage(address))
    mine, theirs = first.load(), second.load()  # both saw "no ledger yet"
    mine.put(record("notes/a.md"))
    first.save(mine)
    theirs.put(record("notes/a.md", "pending"))
    with pytest.raises(RoundsError, match="Another machine changed the ledger") as error:
        second.save(theirs)
    assert "Fix: run `make publish` again" in str(error.value)
    again = second.load()  # after re-reading, it may write
    assert again.get("notes/a.md", "x", "x:1:@maple")["state"] == POSTED
    again.put(record("notes/b.md"))
    second.save(again)
    assert sorted(k[0] for k in first.load().records) == ["notes/a.md", "notes/b.md"]


def test_a_lease_has_one_holder_and_an_expired_one_is_taken_over(s3_env: Any) -> None:
    client, name = s3_env.client(), s3_env.new_bucket()
    clock = [1000.0]
    held = bucket.try_acquire(client, name, ".rounds/x.lock", 60, "x", now=lambda: clock[0])
    assert isinstance(held, bucket.Lease)
    other = bucket.try_acquire(client, name, ".rounds/x.lock", 60, "x", now=lambda: clock[0])
    assert isinstance(other, dict) and other["holder"] == held.holder
    clock[0] += 61  # the holder crashed: nobody renewed it
    taken = bucket.try_acquire(client, name, ".rounds/x.lock", 60, "x", now=lambda: clock[0])
    assert isinstance(taken, bucket.Lease) and taken.holder != held.holder


def test_a_held_lease_is_renewed_while_its_holder_works(s3_env: Any) -> None:
    client, name = s3_env.client(), s3_env.new_bucket()
    with bucket.lease(client, name, ".rounds/long.lock", seconds=1.5, wait_seconds=0,
                      what="a long publish"):
        time.sleep(2.5)  # longer than the lease: the holder's heartbeat kept it
        other = bucket.try_acquire(client, name, ".rounds/long.lock", 1.5, "x")
        assert isinstance(other, dict), "the lease ran out while its holder was alive"
    assert bucket.read(client, name, ".rounds/long.lock") is None


def test_a_lease_left_by_a_dead_process_of_this_machine_is_taken_at_once(
        s3_env: Any) -> None:
    import subprocess
    import sys

    client, name = s3_env.client(), s3_env.new_bucket()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    body = json.dumps({"holder": "crashed", "machine": bucket.MACHINE, "expires_at":
                       time.time() + 300, "pid": int(gone.stdout)}).encode()
    client.put_object(Bucket=name, Key=".rounds/publish.lock", Body=body)
    assert isinstance(bucket.try_acquire(client, name, ".rounds/publish.lock", 60, "x"),
                      bucket.Lease)
    body = json.dumps({"holder": "alive elsewhere", "machine": "another/0", "expires_at":
                       time.time() + 300, "pid": int(gone.stdout)}).encode()
    client.put_object(Bucket=name, Key=".rounds/other.lock", Body=body)
    assert isinstance(bucket.try_acquire(client, name, ".rounds/other.lock", 60, "x"), dict)


def test_many_machines_racing_for_a_lease_get_exactly_one(s3_env: Any) -> None:
    client, name = s3_env.client(), s3_env.new_bucket()
    winners: list[bucket.Lease] = []
    start = threading.Barrier(6)

    def machine() -> None:
        start.wait()
        got = bucket.try_acquire(client, name, ".rounds/race.lock", 60, "race")
        if isinstance(got, bucket.Lease):
            winners.append(got)

    threads = [threading.Thread(target=machine) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1


def test_the_publish_lock_is_shared_through_the_bucket(s3_env: Any, tmp_path: Path) -> None:
    """Two site folders (two laptops) deploying to one bucket: one publishes at a time."""
    address = BucketAddress(s3_env.new_bucket(), "www/")
    said: list[str] = []
    with publish_lock(tmp_path / "laptop-a", wait_seconds=0, shared=address):
        keys = s3_env.objects(address.bucket, ".rounds/")
        assert ".rounds/publish.lock" in keys
        with pytest.raises(PublishBusy, match="Another machine") as error, \
                publish_lock(tmp_path / "laptop-b", wait_seconds=0, shared=address):
            pass
        assert "Fix:" in str(error.value)
    with publish_lock(tmp_path / "laptop-b", wait_seconds=0, shared=address, say=said.append):
        assert said == []  # free again: taken at once
    assert s3_env.objects(address.bucket, ".rounds/") == {}  # released: the object is gone


def test_a_second_machine_waits_for_the_first_and_says_so(s3_env: Any, tmp_path: Path) -> None:
    address = BucketAddress(s3_env.new_bucket())
    said: list[str] = []
    holding, order = threading.Event(), []

    def first() -> None:
        with publish_lock(tmp_path / "a", wait_seconds=0, shared=address):
            holding.set()
            time.sleep(1.0)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait(10)
    with publish_lock(tmp_path / "b", wait_seconds=30, shared=address, say=said.append):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]
    assert any("Another machine" in line and "waiting" in line for line in said)


def test_the_file_ledger_is_still_the_default(tmp_path: Path) -> None:
    store = LedgerStore(tmp_path / "syndication.json")
    with store.locked():
        ledger = Ledger()
        ledger.put(record("notes/a.md"))
        store.save(ledger)
    assert json.loads((tmp_path / "syndication.json").read_text())["records"] == [
        record("notes/a.md")]
