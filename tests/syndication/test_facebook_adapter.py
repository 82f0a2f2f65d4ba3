"""The Facebook Page adapter against the Graph API emulator: what it sends, and how each of
Facebook's answers becomes the engine's result (the contract suite covers the rest)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fakes.facebook_emulator import PAGE_ID, TOKEN, FacebookEmulator
from support.syn_contract import start
from support.syn_fakes import post
from syndication.compose import compose
from syndication.ledger import QUEUED, parse_time
from syndication.networks import facebook
from syndication.networks.base import AlreadyPosted, RateLimited, Rejected, Transient
from syndication.networks.facebook import FacebookNetwork
from syndication.report import outcome_line, say_message

MICRO = post("fever", text="Fever is a sign the body is fighting an infection.")
TITLED = post("sleep", micro=False, title="Safe sleep, step by step",
              summary="Back to sleep, on a firm flat surface, nothing else in the crib.",
              text="Safe sleep, step by step. " + "A long paragraph about cribs. " * 40)
PICTURE = post("sun", text="Sunscreen every day, even in winter.",
               image_url="https://maple.test/images/sun.png",
               image_alt="A bottle of sunscreen on a beach towel")


@pytest.fixture
def emulator() -> Iterator[FacebookEmulator]:
    running = FacebookEmulator().start()
    try:
        yield running
    finally:
        running.stop()


def adapter(emulator: FacebookEmulator, **options: object) -> FacebookNetwork:
    network = FacebookNetwork.from_env(emulator.env(), options=options, timeout=5.0)
    assert network is not None
    return network


def test_a_link_post_sends_the_message_and_the_link_in_its_own_field(emulator):
    message = compose(MICRO, "facebook")
    remote = adapter(emulator).publish(message, "key")
    (sent,) = emulator.posts
    assert sent.link == MICRO.url and sent.message == MICRO.text
    assert MICRO.url not in sent.message  # the card carries the link, not the text
    assert remote.remote_id == sent.id and remote.url == sent.permalink
    assert remote.url.startswith("https://www.facebook.com/")
    assert emulator.scrapes == [MICRO.url]  # Facebook read the page before the post
    assert emulator.versions == {"v25.0"}


def test_a_titled_note_goes_out_as_title_and_summary_not_the_whole_text():
    message = compose(TITLED, "facebook")
    assert message.text.startswith("Safe sleep, step by step\n\nBack to sleep")
    assert "cribs" not in message.text
    assert compose(MICRO, "facebook").text == MICRO.text


def test_a_note_with_an_image_is_a_photo_post_with_alt_text_and_the_link_in_the_text(emulator):
    message = compose(PICTURE, "facebook")
    remote = adapter(emulator).publish(message, "key")
    (sent,) = emulator.posts
    assert sent.photo_url == PICTURE.image_url
    assert sent.alt_text == PICTURE.image_alt
    assert sent.message.endswith(PICTURE.url) and sent.link is None
    assert remote.remote_id == sent.id
    # …and reconciliation finds a photo post by the link in its text.
    found = adapter(emulator).find_existing(PICTURE.url, datetime.now(UTC))
    assert found is not None and found.remote_id == sent.id


def test_the_graph_version_is_a_setting(emulator):
    adapter(emulator, graph_version="v26.0").publish(compose(MICRO, "facebook"), "key")
    assert emulator.versions == {"v26.0"}
    with pytest.raises(Rejected, match="SYNDICATION_FACEBOOK_GRAPH_VERSION"):
        adapter(emulator, graph_version="25.0")


@pytest.mark.slow  # waits out real retry delays
def test_the_token_is_never_in_a_url_a_log_or_a_message(emulator, caplog):
    caplog.set_level(logging.DEBUG)
    network = adapter(emulator)
    network.publish(compose(MICRO, "facebook"), "key")
    for index in range(30):  # more than one page of posts: reconciliation pages by cursor
        network.publish(compose(post(f"n{index}", text=f"Note {index}."), "facebook"), "k")
    assert network.find_existing(MICRO.url, datetime.now(UTC) - timedelta(hours=1)) \
        is not None
    emulator.unauthorized_next()
    with pytest.raises(Rejected) as refused:
        network.publish(compose(post("late", text="Late note."), "facebook"), "key")
    closed = adapter(emulator)  # a new connection to a server that is gone
    emulator.stop()
    with pytest.raises(Transient) as unreachable:
        closed.publish(compose(post("gone", text="Gone."), "facebook"), "key")
    assert emulator.token_in_url == 0
    assert any("GET /v25.0/" in record.getMessage() for record in caplog.records)
    seen = " ".join(record.getMessage() for record in caplog.records)
    for text in (seen, str(refused.value), refused.value.fix, str(unreachable.value),
                 repr(network)):
        assert TOKEN not in text


def test_an_expired_token_fails_with_the_fix_and_account_still_answers(emulator):
    network = adapter(emulator)
    emulator.unauthorized_next(path=f"/v25.0/{PAGE_ID}", method="GET")
    assert network.account() == f"facebook:{PAGE_ID}"  # never stops the other networks
    emulator.unauthorized_next()
    with pytest.raises(Rejected) as refused:
        network.publish(compose(MICRO, "facebook"), "key")
    assert "the token has expired" in str(refused.value) and "code 190" in str(refused.value)
    assert "fbtrace_id" in str(refused.value)
    fix = refused.value.fix
    assert "long-lived" in fix and "FACEBOOK_PAGE_ACCESS_TOKEN" in fix
    assert "fb_exchange_token" in fix and "/me/accounts" in fix
    assert adapter(emulator).account() == f"facebook:{PAGE_ID}:Maple Street Pediatrics"


@pytest.mark.parametrize("code", [4, 17, 32, 341, 613])
def test_rate_limits_wait_for_the_time_in_the_usage_headers(emulator, code):
    reset = emulator.rate_limit_next(1800, code=code)
    with pytest.raises(RateLimited) as limited:
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    assert limited.value.retry_at is not None
    assert abs(limited.value.retry_at - reset) <= timedelta(seconds=5)
    assert "usage headers" in str(limited.value)


def test_usage_headers_read_every_form_and_keep_the_latest_time():
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    headers = {
        "X-Business-Use-Case-Usage": json.dumps({"1": [
            {"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 7},
            {"type": "pages", "call_count": 90, "estimated_time_to_regain_access": 3}]}),
        "x-app-usage": json.dumps({"call_count": 100, "total_time": 20}),
        "x-page-usage": json.dumps({"call_count": 100, "estimated_time_to_regain_access": 12}),
    }
    assert facebook.usage_retry_at(headers, now) == now + timedelta(minutes=12)
    assert facebook.usage_retry_at({"x-app-usage": "{\"call_count\": 100}"}, now) is None
    assert facebook.usage_retry_at({"x-page-usage": "not json"}, now) is None


def test_a_blocked_page_is_held_a_day_and_said_plainly(emulator):
    emulator.blocked_next()
    with pytest.raises(RateLimited) as held:
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    words = str(held.value)
    assert "temporarily blocked the Page from posting" in words and "code 368" in words
    assert held.value.retry_at is not None
    assert held.value.retry_at - datetime.now(UTC) > timedelta(hours=23)


def test_a_duplicate_post_is_already_posted(emulator):
    network = adapter(emulator)
    network.publish(compose(MICRO, "facebook"), "key")
    with pytest.raises(AlreadyPosted, match="code 506"):
        network.publish(compose(MICRO, "facebook"), "key")
    assert len(emulator.posts) == 1


def test_server_errors_are_transient(emulator):
    emulator.server_error_next(503)
    with pytest.raises(Transient, match="server error"):
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    assert emulator.posts == []


def test_a_scrape_error_or_a_card_without_picture_refuses_to_post(emulator):
    emulator.scrape_error_next()
    with pytest.raises(Rejected) as refused:
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    assert "could not read the note's page" in str(refused.value)
    assert "Sharing Debugger" in refused.value.fix
    emulator.pages[MICRO.url] = None
    with pytest.raises(Rejected, match="no picture"):
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    assert emulator.posts == [] and emulator.create_calls == 0
    adapter(emulator, facebook_scrape=False).publish(compose(MICRO, "facebook"), "key")
    assert len(emulator.posts) == 1  # the scrape is a setting


def test_links_to_reads_the_shim_the_attachment_and_the_text():
    url = "https://www.maple.test/notes/a/"
    shim = "https://l.facebook.com/l.php?u=https%3A%2F%2Fmaple.test%2Fnotes%2Fa&h=AT0"
    assert facebook.links_to({"attachments": {"data": [{"url": shim}]}}, url)
    assert facebook.links_to({"attachments": {"data": [{"unshimmed_url": url}]}}, url)
    assert facebook.links_to({"message": f"Sunscreen.\n\n{url}"}, url)
    assert not facebook.links_to({"message": "https://maple.test/notes/ab/"}, url)


def test_a_second_page_is_a_channel_with_its_own_variables(emulator):
    env = {f"FACEBOOK_CLINIC_{k.removeprefix('FACEBOOK_')}": v
           for k, v in emulator.env().items() if k.startswith("FACEBOOK_")}
    env["ROUNDS_FACEBOOK_CLINIC_API_BASE_URL"] = emulator.base_url
    assert FacebookNetwork.from_env(env) is None  # not the default Page's variables
    network = FacebookNetwork.from_env(env, "FACEBOOK_CLINIC", timeout=5.0)
    assert network is not None
    emulator.unauthorized_next()
    with pytest.raises(Rejected) as refused:
        network.publish(compose(MICRO, "facebook"), "key")
    assert "FACEBOOK_CLINIC_PAGE_ACCESS_TOKEN" in str(refused.value)
    assert "FACEBOOK_CLINIC_PAGE_ACCESS_TOKEN" in refused.value.fix


def test_an_expired_token_at_the_scrape_is_still_a_token_problem(emulator):
    emulator.unauthorized_next(path="/v25.0/")
    with pytest.raises(Rejected) as refused:
        adapter(emulator).publish(compose(MICRO, "facebook"), "key")
    assert "long-lived" in refused.value.fix and "Sharing Debugger" not in refused.value.fix
    assert emulator.create_calls == 0


def test_through_the_engine_a_blocked_page_is_queued_a_day_with_the_plain_words(tmp_path):
    harness = start("facebook", tmp_path)
    try:
        harness.connect()
        harness.emulator.blocked_next()
        report = harness.send([MICRO, TITLED])
        assert [o.state for o in report.outcomes] == [QUEUED, QUEUED] and report.ok
        assert harness.creates() == 1  # the second note was not tried
        record = harness.record(MICRO)
        assert "temporarily blocked the Page from posting" in record["reason"]
        waits = parse_time(record["next_attempt_at"]) - datetime.now(UTC)
        assert timedelta(hours=23) < waits <= timedelta(hours=24)
        line = outcome_line(report.outcomes[0], harness.clock())
        assert line.startswith("  queued content/notes/fever.md for Facebook: Facebook has "
                               "temporarily blocked the Page")
    finally:
        harness.emulator.stop()


def test_through_the_engine_server_errors_are_retried_with_backoff_then_queued(tmp_path):
    harness = start("facebook", tmp_path)
    try:
        harness.connect()
        harness.emulator.server_error_next(500, times=3)
        report = harness.send([MICRO], attempts=3)
        assert report.outcomes[0].state == QUEUED and harness.sleeps == [2.0, 6.0]
        assert harness.posts() == 0 and harness.record(MICRO)["uncertain"] is True
    finally:
        harness.emulator.stop()


def test_the_preview_shows_the_link_in_its_own_field():
    lines: list[str] = []
    say_message(lines.append, "would post to", MICRO.source_path, "facebook",
                lambda: compose(MICRO, "facebook"))
    assert lines[0].startswith("  would post to Facebook (50/63206) for content/notes/fever.md")
    assert lines[1] == f"    │ {MICRO.text}"
    assert lines[-1] == f"    │ [link {MICRO.url}: Facebook draws its card from the page]"
