"""The Bluesky adapter against the PDS emulator: facets, card, langs, record keys, sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fakes.bluesky_emulator import BlueskyEmulator
from support.syn_fakes import post
from support.syn_images import noisy_png, served
from syndication.compose import compose
from syndication.model import Card, Message
from syndication.networks import bluesky as adapter
from syndication.networks import tid
from syndication.networks.base import Rejected
from syndication.networks.bluesky import BlueskyNetwork, shrink

URL = "https://maple.test/notes/fiebre-y-niños/"


@pytest.fixture
def pds() -> Iterator[BlueskyEmulator]:
    running = BlueskyEmulator().start()
    adapter._SESSIONS.clear()
    try:
        yield running
    finally:
        running.stop()


def key(post_id: str = "notes/a.md") -> str:
    return tid.derive(post_id, "bluesky", datetime.now(UTC))


def test_record_keys_are_valid_tids_one_per_post_and_account() -> None:
    now = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    keys = {tid.derive(f"notes/{i}.md", account, now) for i in range(200)
            for account in ("bluesky", "drlee")}
    assert len(keys) == 400 and all(tid.is_tid(k) and len(k) == 13 for k in keys)
    assert tid.derive("notes/1.md", "bluesky", now) == tid.derive("notes/1.md", "bluesky", now)
    micros = tid.decode(tid.derive("a", "b", now)) >> 10
    assert micros // 1000 == int(now.timestamp() * 1000)
    assert tid.encode(tid.decode("3jzfcijpj2z2a")) == "3jzfcijpj2z2a"


def test_spanish_emoji_and_chinese_facet_points_at_the_link_by_bytes(
        pds: BlueskyEmulator) -> None:
    note = post("fiebre", url=URL, language="es", micro=True,
                text="¿Fiebre? 🤒 No siempre es grave. 发烧时多喝水 👨‍👩‍👧 #fiebre")
    message = compose(note, "bluesky")
    network = BlueskyNetwork.from_env(pds.env())
    network.publish(message, key())
    value = pds.posts[0].value
    assert value["langs"] == ["es"]
    raw = value["text"].encode("utf-8")
    links = [f for f in value["facets"] if f["features"][0]["$type"].endswith("#link")]
    assert len(links) == 1
    index = links[0]["index"]
    assert raw[index["byteStart"]:index["byteEnd"]].decode("utf-8") == URL
    assert links[0]["features"][0]["uri"] == URL
    assert value["embed"]["external"]["uri"] == URL


def test_langs_are_always_set_even_for_english(pds: BlueskyEmulator) -> None:
    network = BlueskyNetwork.from_env(pds.env())
    network.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), key())
    assert pds.posts[0].value["langs"] == ["en"]


def test_the_card_thumbnail_is_recompressed_under_1_000_000_bytes(pds: BlueskyEmulator) -> None:
    big = noisy_png()
    assert len(big) > 1_000_000
    with served(big, "/cards/fiebre.png") as url:
        card = Card(URL, "La fiebre", "Qué hacer cuando tu hijo tiene fiebre.", url)
        BlueskyNetwork.from_env(pds.env()).publish(
            Message("bluesky", f"Fiebre {URL}", 8, 300, URL, card=card, language="es"), key())
    external = pds.posts[0].value["embed"]["external"]
    assert external["title"] == "La fiebre"
    thumb = external["thumb"]
    assert thumb["size"] <= 1_000_000 and thumb["mimeType"] == "image/jpeg"
    assert len(pds.blobs[thumb["ref"]["$link"]]) == thumb["size"]
    assert shrink(b"small") == b"small"


def test_a_key_that_exists_answers_500_and_the_record_is_read(pds: BlueskyEmulator) -> None:
    network = BlueskyNetwork.from_env(pds.env())
    record_key = key()
    first = network.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), record_key)
    with pytest.raises(adapter.Transient, match="server error"):
        network.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), record_key)
    assert network.find_existing(URL, datetime.now(UTC), record_key) == first
    assert network.find_existing(URL, datetime.now(UTC), key("notes/other.md")) is None
    assert first.url.endswith(f"/post/{record_key}")


def test_an_invalid_key_or_text_is_refused_before_sending(pds: BlueskyEmulator) -> None:
    network = BlueskyNetwork.from_env(pds.env())
    with pytest.raises(Rejected, match="not a TID"):
        network.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), "notes-a")
    with pytest.raises(Rejected, match="over Bluesky's limit of 300"):
        network.publish(Message("bluesky", "ñ" * 301, 1, 300, URL), key())
    assert pds.create_calls == 0


def test_sessions_are_reused_and_refreshed(pds: BlueskyEmulator, tmp_path) -> None:
    pds.access_seconds = 60  # the SDK refreshes 15 minutes before expiry: at once
    options = {"session_dir": str(tmp_path)}
    first = BlueskyNetwork.from_env(pds.env(), options=options)
    first.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), key())
    assert pds.sessions_created == 1 and pds.refreshes >= 1
    saved = list(tmp_path.glob("bluesky-session-*.txt"))
    assert len(saved) == 1 and oct(os.stat(saved[0]).st_mode & 0o777) == "0o600"
    adapter._SESSIONS.clear()  # another run: the saved session, no new login
    BlueskyNetwork.from_env(pds.env(), options=options).account()
    assert pds.sessions_created == 1


def test_wrong_app_password_is_rejected_with_the_fix(pds: BlueskyEmulator) -> None:
    env = {**pds.env(), "BLUESKY_APP_PASSWORD": "wrong"}
    with pytest.raises(Rejected) as caught:
        BlueskyNetwork.from_env(env).account()
    assert "BLUESKY_APP_PASSWORD" in caught.value.fix


def test_the_threadgate_keeps_replies_to_mentions(pds: BlueskyEmulator) -> None:
    network = BlueskyNetwork.from_env(pds.env(), options={"threadgate": ["mention"]})
    record_key = key()
    remote = network.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), record_key)
    gate = pds.record("app.bsky.feed.threadgate", record_key)
    assert gate is not None and gate.value["post"] == remote.remote_id
    assert gate.value["allow"] == [{"$type": "app.bsky.feed.threadgate#mentionRule"}]
    open_replies = BlueskyNetwork.from_env(pds.env())
    open_replies.publish(Message("bluesky", f"Hi {URL}", 4, 300, URL), key("notes/b.md"))
    assert pds.record("app.bsky.feed.threadgate", key("notes/b.md")) is None
