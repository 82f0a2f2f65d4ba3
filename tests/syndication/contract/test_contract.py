"""The adapters' contract: the same scenarios, the same promises, on every network.

Each test runs once per adapter (X, Mastodon, Bluesky, Facebook) against its emulator, through the
real engine (planner → sender → adapter → HTTP): a post goes out once, whatever the network
answers and wherever the process dies.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from signal import SIGKILL

import pytest
from support.syn_contract import NETWORKS, Harness
from support.syn_fakes import NOW, post
from syndication.compose import compose
from syndication.ledger import FAILED, PENDING, POSTED, QUEUED, parse_time
from syndication.model import PostSource
from syndication.networks import registry

NOTE = post("fever", text="Fever is a sign the body is fighting an infection.")


def test_a_new_note_is_posted_once_and_the_ledger_knows_where(harness: Harness) -> None:
    report = harness.send([NOTE])
    assert report.ok and report.newly_posted == 1
    assert harness.posts() == 1
    record = harness.record(NOTE)
    assert record is not None and record["state"] == POSTED
    assert record["remote_id"] in harness.remote_ids()
    assert record["remote_url"].startswith("https://") or harness.name == "mastodon"


def test_a_rerun_posts_nothing(harness: Harness) -> None:
    harness.send([NOTE])
    creates = harness.creates()
    again = harness.send([NOTE])
    assert again.outcomes == []
    assert harness.posts() == 1 and harness.creates() == creates


@pytest.mark.slow
def test_killed_after_the_server_accepted_the_rerun_posts_nothing_and_learns_the_id(
        harness: Harness) -> None:
    code = harness.send_and_die(NOTE, "after-api")
    assert code == -SIGKILL
    assert harness.posts() == 1
    assert harness.record(NOTE)["state"] == PENDING  # the ledger never heard the answer
    report = harness.send([NOTE])
    assert harness.posts() == 1, "a second post after the crash"
    record = harness.record(NOTE)
    assert record["state"] == POSTED and record["remote_id"] == harness.remote_ids()[0]
    assert report.outcomes[0].state == POSTED


def test_accepted_but_the_answer_was_lost_is_not_posted_twice(harness: Harness) -> None:
    harness.accept_then_drop()
    first = harness.send([NOTE], attempts=1)
    assert first.outcomes[0].state == QUEUED and harness.posts() == 1
    assert harness.record(NOTE)["uncertain"] is True
    harness.clock.now = NOW + timedelta(minutes=20)
    harness.send([NOTE])
    assert harness.posts() == 1
    assert harness.record(NOTE)["remote_id"] == harness.remote_ids()[0]


def test_429_queues_the_post_until_the_reset(harness: Harness) -> None:
    reset = harness.rate_limit_next()
    report = harness.send([NOTE])
    outcome = report.outcomes[0]
    assert outcome.state == QUEUED and outcome.rate_limited and report.ok
    assert harness.posts() == 0
    record = harness.record(NOTE)
    assert abs(parse_time(record["next_attempt_at"]) - reset) <= timedelta(seconds=2)
    harness.clock.now = reset + timedelta(seconds=1)
    harness.send([NOTE])
    assert harness.posts() == 1 and harness.record(NOTE)["state"] == POSTED


def test_a_server_error_then_success_posts_once(harness: Harness) -> None:
    harness.server_error_next()
    report = harness.send([NOTE])
    assert report.outcomes[0].state == POSTED
    assert harness.posts() == 1 and len(harness.sleeps) == 1


def test_401_fails_with_the_fix_naming_the_credentials(harness: Harness) -> None:
    harness.unauthorized_next()
    report = harness.send([NOTE])
    outcome = report.outcomes[0]
    assert outcome.state == FAILED and not report.ok
    assert registry.spec(harness.name).env_prefix + "_" in outcome.fix
    assert harness.record(NOTE)["fix"] == outcome.fix
    assert harness.posts() == 0


def test_the_networks_duplicate_answer_means_posted_once(harness: Harness) -> None:
    """An earlier attempt the ledger never recorded made the post, under the same key: the
    network's "already there" (X: 403 duplicate; Mastodon: the Idempotency-Key's replay;
    Bluesky: 500 on the existing record key) ends with one post, recorded."""
    key = harness.key_for(NOTE)
    harness.adapter().publish(compose(NOTE, harness.name), key)
    assert harness.posts() == 1
    report = harness.send([NOTE])
    assert report.outcomes[0].state == POSTED
    assert harness.posts() == 1
    assert harness.record(NOTE)["remote_id"] == harness.remote_ids()[0]


def test_over_long_text_is_refused_before_sending(harness: Harness) -> None:
    def too_long(source: PostSource, network: str):
        message = compose(source, network)
        # A composer bug: the text grew after it was counted. The adapter counts again.
        over = registry.spec(network).rules.limit + 100
        return replace(message, text="é" * over + " " + message.url)

    report = harness.send([NOTE], composer=too_long)
    assert report.outcomes[0].state == FAILED
    assert "over" in report.outcomes[0].detail and "limit" in report.outcomes[0].detail
    assert harness.creates() == 0 and harness.posts() == 0


def test_every_network_of_the_registry_is_under_contract() -> None:
    assert set(NETWORKS) == set(registry.NAMES)
