"""The Mastodon adapter against the Mastodon emulator: what goes on the wire, and why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fakes.mastodon_emulator import MastodonEmulator
from support.syn_contract import start
from support.syn_fakes import NOW, post
from support.syn_images import png, served
from syndication.ledger import POSTED, QUEUED
from syndication.model import Image, Message
from syndication.networks import mastodon as adapter
from syndication.networks.base import Rejected
from syndication.networks.mastodon import MastodonNetwork
from syndication.steps import composer_for

URL = "https://maple.test/notes/fiebre/"


@pytest.fixture
def emulator() -> Iterator[MastodonEmulator]:
    running = MastodonEmulator().start()
    adapter._LIMITS.clear()
    try:
        yield running
    finally:
        running.stop()


def message(text: str = f"La fiebre ayuda a combatir la infección. {URL}", **extra) -> Message:
    return Message("mastodon", text, len(text), 500, URL, language=extra.pop("language", "es"),
                   **extra)


def test_posts_in_the_notes_language_publicly_with_the_key(emulator: MastodonEmulator) -> None:
    network = MastodonNetwork.from_env(emulator.env())
    remote = network.publish(message(), "key-1")
    status = emulator.posts[0]
    assert status.language == "es" and status.visibility == "public"
    assert status.key == "key-1"
    assert remote.url == f"{emulator.base_url}/@maple/{status.id}"
    port = emulator.base_url.rsplit(":", 1)[1]
    assert network.account() == f"mastodon:109000000000000001:@maple@127.0.0.1:{port}"


def test_visibility_is_a_setting_and_never_direct(emulator: MastodonEmulator) -> None:
    network = MastodonNetwork.from_env(emulator.env(), options={"visibility": "unlisted"})
    network.publish(message(), "key-1")
    assert emulator.posts[0].visibility == "unlisted"
    with pytest.raises(Rejected, match="direct"):
        MastodonNetwork.from_env(emulator.env(), options={"visibility": "direct"})


def test_the_same_key_within_the_window_answers_the_first_status(
        emulator: MastodonEmulator) -> None:
    network = MastodonNetwork.from_env(emulator.env())
    first = network.publish(message(), "key-1")
    assert network.publish(message(), "key-1") == first
    assert len(emulator.posts) == 1
    emulator.expire_keys()  # an hour later the server forgot it: reconcile by reading
    since = datetime.now(UTC) - timedelta(minutes=5)
    assert network.find_existing(URL, since) == first
    assert network.find_existing("https://maple.test/notes/other/", since) is None


def test_the_instance_limits_are_read_once_and_enforced_before_sending() -> None:
    small = MastodonEmulator(max_characters=60).start()
    adapter._LIMITS.clear()
    try:
        network = MastodonNetwork.from_env(small.env())
        with pytest.raises(Rejected, match="over its limit of 60"):
            network.publish(message("Una nota bastante larga, con muchas palabras. " * 2
                                    + URL), "key-1")
        network.publish(message(f"Corta. {URL}"), "key-2")  # 7 + 23 characters
        MastodonNetwork.from_env(small.env()).publish(message(f"Otra. {URL}"), "key-3")
        assert small.instance_reads == 1
        assert [s.text for s in small.posts] == [f"Corta. {URL}", f"Otra. {URL}"]
    finally:
        small.stop()


def test_the_image_goes_with_its_alt_text_as_description(emulator: MastodonEmulator) -> None:
    with served(png(), "/images/termometro.png") as url:
        network = MastodonNetwork.from_env(emulator.env())
        network.publish(message(image=Image(url, "Un termómetro digital")), "key-1")
    media = emulator.posts[0].media
    assert len(media) == 1 and media[0]["description"] == "Un termómetro digital"
    assert media[0]["mime"] == "image/png" and media[0]["size"] == len(png())


def test_past_the_keys_window_the_engine_reads_before_any_resend(tmp_path) -> None:
    """Within the hour a resend with the same Idempotency-Key is safe and needs no read;
    after it the server has forgotten the key, so the engine looks for the post first."""
    harness = start("mastodon", tmp_path)
    try:
        harness.connect()
        note = post("fever", text="Fever is how the body fights an infection.")
        harness.accept_then_drop()
        assert harness.send([note], attempts=1).outcomes[0].state == QUEUED
        harness.emulator.expire_keys()
        harness.clock.now = NOW + timedelta(hours=2)
        reads = len([r for r in harness.emulator.requests if r.path.endswith("/statuses")
                     and r.method == "GET"])
        report = harness.send([note])
        assert report.outcomes[0].state == POSTED and report.outcomes[0].reconciled
        assert len(harness.emulator.posts) == 1
        assert len([r for r in harness.emulator.requests if r.path.endswith("/statuses")
                    and r.method == "GET"]) == reads + 1
    finally:
        harness.emulator.stop()


@pytest.mark.parametrize(("limit", "shortened"), [(1000, False), (120, True)])
def test_messages_are_composed_for_the_servers_own_limit(limit: int, shortened: bool) -> None:
    server = MastodonEmulator(max_characters=limit).start()
    adapter._LIMITS.clear()
    try:
        network = MastodonNetwork.from_env(server.env())
        text = "Cuando un bebé tiene fiebre, ofrézcale líquidos y vigile cómo respira. " * 8
        note = post("larga", micro=True, text=text.strip())
        message = composer_for(network)(note, "mastodon")
        assert message.limit == limit and message.shortened is shortened
        network.publish(message, "key-1")
        assert len(server.posts) == 1 and message.url in server.posts[0].text
    finally:
        server.stop()
