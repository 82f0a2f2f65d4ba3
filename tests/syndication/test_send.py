"""The sender: intent before the call, the answer after, and every failure as a state."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support.syn_fakes import NOW, Clock, FakeNetwork, LandedThenTimeout, compose, post
from syndication import planner
from syndication.ledger import FAILED, PENDING, POSTED, QUEUED, Ledger, LedgerStore, timestamp
from syndication.model import Channel
from syndication.networks.base import AlreadyPosted, RateLimited, Rejected, Transient
from syndication.sender import Sender, idempotency_key

ACCOUNT = "42 @maple"


@pytest.fixture
def store(tmp_path):
    store = LedgerStore(tmp_path / "syndication.json")
    ledger = Ledger()
    ledger.connect("x", ACCOUNT, NOW - timedelta(days=30))
    store.save(ledger)
    return store


def run(store, network, posts, clock=None, sleeps=None):
    clock = clock or Clock()
    with store.locked():
        ledger = store.load()
        plan = planner.plan(posts, ledger, [Channel(ACCOUNT, "x", "X")], clock(),
                            planner.PlanRules(), None)
        if planner.apply_new_records(plan, ledger):
            store.save(ledger)
        sender = Sender(network, store, clock, compose,
                        (sleeps if sleeps is not None else []).append, say=lambda _: None)
        return sender.send(plan.to_send)


def record(store, name="a"):
    return store.load().get(f"notes/{name}.md", "x", ACCOUNT)


def test_pending_is_on_disk_before_the_call_and_posted_after(store):
    seen = []
    network = FakeNetwork(on_publish=lambda message: seen.append(record(store)["state"]))
    report = run(store, network, [post("a")])
    assert seen == [PENDING]
    saved = record(store)
    assert saved["state"] == POSTED and saved["remote_id"] == "1000"
    assert saved["remote_url"] == "https://x.com/maple/status/1000"
    assert saved["idempotency_key"] == idempotency_key("notes/a.md", "x", ACCOUNT)
    assert report.ok and report.newly_posted == 1
    assert run(store, network, [post("a")]).outcomes == []
    assert network.calls == 1


def test_server_errors_are_retried_with_backoff_then_queued(store):
    network = FakeNetwork(script=[Transient("HTTP 503")] * 3)
    sleeps: list[float] = []
    report = run(store, network, [post("a")], sleeps=sleeps)
    assert sleeps == [2.0, 6.0] and network.calls == 3
    assert report.ok and report.count(QUEUED) == 1
    saved = record(store)
    assert saved["state"] == QUEUED and saved["uncertain"] is True
    assert saved["next_attempt_at"] == timestamp(NOW + timedelta(minutes=15))
    # Too early: nothing happens; after the time: reconciled, then sent once.
    assert run(store, network, [post("a")]).outcomes == []
    later = Clock(NOW + timedelta(minutes=16))
    assert run(store, network, [post("a")], clock=later).newly_posted == 1
    assert len(network.posts) == 1


def test_a_timeout_after_the_post_landed_is_reconciled_not_resent(store):
    network = FakeNetwork(script=[LandedThenTimeout("read timed out")])
    report = run(store, network, [post("a")], sleeps=[])
    assert report.newly_posted == 1 and report.outcomes[0].reconciled
    assert len(network.posts) == 1 and network.calls == 1
    assert record(store)["remote_id"] == "1000"


def test_a_timeout_that_cannot_be_checked_is_queued_never_resent_blind(store):
    class Unreachable(FakeNetwork):
        def find_existing(self, url, since, idempotency_key=None):
            raise Transient("connection reset")

    network = Unreachable(script=[LandedThenTimeout("read timed out")])
    report = run(store, network, [post("a")], sleeps=[])
    assert network.calls == 1 and len(network.posts) == 1  # landed once, never resent
    assert report.newly_posted == 0
    assert record(store)["state"] == QUEUED
    assert "could not be checked" in record(store)["reason"]


def test_a_first_send_does_not_read_the_timeline_first(store):
    class NoReads(FakeNetwork):
        def find_existing(self, url, since, idempotency_key=None):
            raise AssertionError("a post never attempted cannot have landed")

    network = NoReads()
    report = run(store, network, [post("a")])
    assert report.newly_posted == 1 and network.calls == 1


def test_an_unknown_outcome_is_reconciled_before_any_resend(store):
    network = FakeNetwork()
    network._create(compose(post("a"), "x"))  # landed; the ledger only knows "pending"
    with store.locked():
        ledger = store.load()
        ledger.put({"post_id": "notes/a.md", "network": "x", "account": ACCOUNT,
                    "state": PENDING, "attempted_at": timestamp(NOW)})
        store.save(ledger)
    report = run(store, network, [post("a")])
    assert network.calls == 0 and report.newly_posted == 1
    assert record(store)["state"] == POSTED and record(store)["reconciled"] is True


def test_rate_limit_queues_until_the_reset_time(store):
    reset = NOW + timedelta(minutes=7)
    network = FakeNetwork(script=[RateLimited("HTTP 429", reset)])
    report = run(store, network, [post("a")])
    assert report.ok and report.count(QUEUED) == 1
    saved = record(store)
    assert saved["next_attempt_at"] == timestamp(reset) and not saved["uncertain"]
    assert "rate limit" in saved["reason"]


def test_after_a_rate_limit_the_rest_of_the_run_waits_without_asking_again(store):
    reset = NOW + timedelta(minutes=7)
    network = FakeNetwork(script=[RateLimited("HTTP 429", reset)])
    report = run(store, network, [post("a"), post("b"), post("c")])
    assert network.calls == 1 and report.count(QUEUED) == 3 and report.ok
    for name in "abc":
        assert record(store, name)["state"] == QUEUED
        assert record(store, name)["next_attempt_at"] == timestamp(reset)
    later = Clock(reset + timedelta(seconds=1))
    assert run(store, network, [post("a"), post("b"), post("c")], clock=later).newly_posted == 3


def test_duplicate_content_means_already_posted(store):
    network = FakeNetwork(script=[AlreadyPosted("duplicate content")])
    report = run(store, network, [post("a")])
    assert report.ok and report.newly_posted == 1
    assert record(store)["state"] == POSTED
    assert network.calls == 1


def test_refusal_is_failed_with_reason_and_fix_and_fails_the_run(store):
    network = FakeNetwork(script=[Rejected("401 Unauthorized", "check X_API_KEY")])
    report = run(store, network, [post("a")])
    assert not report.ok
    saved = record(store)
    assert saved["state"] == FAILED and saved["fix"] == "check X_API_KEY"
    assert "401" in saved["reason"]
    # Fixed credentials: the next run sends it (a refusal is a known outcome: no reconcile).
    assert run(store, FakeNetwork(), [post("a")]).newly_posted == 1


def test_the_ledger_file_is_sorted_indented_and_one_record_per_post(store):
    network = FakeNetwork()
    run(store, network, [post("b"), post("a")])
    text = store.path.read_text()
    document = json.loads(text)
    assert [r["post_id"] for r in document["records"]] == ["notes/a.md", "notes/b.md"]
    assert text == json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
