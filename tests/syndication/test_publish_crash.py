"""Exactly once across real kills of `invoke publish` (SIGKILL: no handler, no cleanup)."""

from __future__ import annotations

import json
import signal

import pytest
from support.syn_e2e import Site, e2e_site, url_of

# Subprocesses killed for real at each crash point.
pytestmark = pytest.mark.slow


@pytest.fixture
def site(project_dir, x_emulator):
    """A site whose X account is already connected (the sample note: existing-before)."""
    with e2e_site(project_dir, x_emulator) as site:
        connected = site.publish()
        assert connected.code == 0, connected.output
        yield site


def assert_posted_once(site: Site, name: str) -> None:
    posts = [p for p in site.emulator.posts if url_of(name) in p.sent_text]
    assert len(posts) == 1
    record = site.record(name)
    assert record["state"] == "posted" and record["remote_id"] == posts[0].id
    assert f"/status/{posts[0].id}" in site.page(name)


def test_killed_after_x_accepted_the_post_before_the_ledger_knew(site):
    site.note("crash-after-api", "Bike helmets: every ride, every time.")
    crashed = site.publish(ROUNDS_CRASH_AT="after-api")
    assert crashed.code == -signal.SIGKILL
    assert len(site.emulator.posts) == 1
    assert site.record("crash-after-api")["state"] == "pending"
    again = site.publish()
    assert again.code == 0, again.output
    assert "already there" in again.output
    assert site.emulator.create_calls == 1
    assert_posted_once(site, "crash-after-api")


def test_killed_from_outside_while_x_holds_its_answer(site):
    site.note("held-answer", "Peanut allergies: early introduction helps.")
    site.emulator.accept_then_hang(delay=60)
    process = site.start("publish")
    try:
        assert site.emulator.wait_for_posts(1, timeout=60)
    finally:
        site.kill(process)
    assert process.returncode == -signal.SIGKILL
    assert site.record("held-answer")["state"] == "pending"
    again = site.publish()
    assert again.code == 0, again.output
    assert site.emulator.create_calls == 1
    assert_posted_once(site, "held-answer")


def test_killed_while_writing_the_ledger(site):
    before = site.ledger()
    site.note("crash-in-write", "Screen time before bed and sleep.")
    crashed = site.publish(ROUNDS_CRASH_AT="ledger-write")
    assert crashed.code == -signal.SIGKILL
    after = json.loads(site.ledger_path.read_text())  # still valid JSON
    assert after == before  # every earlier record, nothing half-written
    assert site.emulator.posts == []  # the intent was never recorded, so nothing was sent
    again = site.publish()
    assert again.code == 0, again.output
    assert_posted_once(site, "crash-in-write")
    assert all(r in site.ledger()["records"] for r in before["records"])


def test_killed_right_after_recording_the_intent(site):
    site.note("crash-after-pending", "Choking hazards: grapes, nuts, popcorn.")
    crashed = site.publish(ROUNDS_CRASH_AT="after-pending")
    assert crashed.code == -signal.SIGKILL
    assert site.emulator.posts == [] and site.record("crash-after-pending")["state"] == "pending"
    again = site.publish()
    assert again.code == 0, again.output
    assert_posted_once(site, "crash-after-pending")
