"""Channels: SYNDICATION_ACCOUNTS, the default channels, routing and the ledger's migration."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from common.errors import RoundsError
from common.settings import ProjectSettings
from support.syn_fakes import NOW, Clock, FakeNetwork, compose, post
from syndication import planner
from syndication.channels import channels_from
from syndication.ledger import EXISTING_BEFORE, POSTED, LedgerStore
from syndication.model import Channel
from syndication.sender import Sender
from syndication.steps import SyndicationRun, connections

X_ENV = {"X_API_KEY": "k", "X_API_KEY_SECRET": "s", "X_ACCESS_TOKEN": "t",
         "X_ACCESS_TOKEN_SECRET": "ts"}


def test_without_the_setting_each_network_with_its_variables_is_one_channel():
    env = {**X_ENV, "BLUESKY_HANDLE": "maple.bsky.social", "BLUESKY_APP_PASSWORD": "p"}
    assert channels_from([], env, ["x"]) == [Channel("x", "x", "X"),
                                             Channel("bluesky", "bluesky", "BLUESKY")]
    # A network of SYNDICATION_NETWORKS without variables is still shown, in preview.
    assert [c.id for c in channels_from([], {}, ["x", "mastodon"])] == ["x", "mastodon"]


def test_accounts_setting_with_prefixes_budgets_and_authors():
    found = channels_from([
        {"id": "x", "network": "x"},
        {"id": "drlee", "network": "x", "author": "Dr. Lee", "budget": {"daily": 3}},
        {"id": "clinic", "network": "mastodon", "env_prefix": "MASTO_CLINIC",
         "default": False},
    ], {}, [])
    assert found == [
        Channel("x", "x", "X"),
        Channel("drlee", "x", "X_DRLEE", {"daily": 3}, True, "Dr. Lee"),
        Channel("clinic", "mastodon", "MASTO_CLINIC", None, False, None),
    ]


@pytest.mark.parametrize(("entry", "words"), [
    ({"id": "a", "network": "myspace"}, "use one of x, mastodon, bluesky"),
    ({"id": "a", "network": "x", "autor": "Lee"}, 'did you mean "author"'),
    ({"id": "Dr Lee", "network": "x"}, "no usable id"),
    ({"id": "a", "network": "x", "budget": {"day": 3}}, '{"daily": 17, "monthly": 500}'),
    ({"id": "a", "network": "x", "default": "no"}, "use True"),
])
def test_a_mistyped_account_is_refused_with_the_fix(entry, words):
    with pytest.raises(RoundsError, match="SYNDICATION_ACCOUNTS") as caught:
        channels_from([entry], {}, [])
    assert words in str(caught.value) and "Fix:" in str(caught.value)
    with pytest.raises(RoundsError, match="two accounts have the id"):
        channels_from([{"id": "x", "network": "x"}, {"id": "x", "network": "mastodon"}], {}, [])


def test_two_accounts_on_one_network_each_send_only_their_own_posts(tmp_path):
    store = LedgerStore(tmp_path / "syndication.json")
    office, drlee = Channel("x", "x", "X"), Channel("drlee", "x", "X_DRLEE", author="Dr. Lee")
    ledger = store.load()
    for channel in (office, drlee):
        ledger.connect("x", channel.id, NOW - timedelta(days=1))
    store.save(ledger)
    posts = [post("lee", author="Dr. Lee"), post("kim", author="Dr. Kim")]
    plan = planner.plan(posts, store.load(), [office, drlee], NOW, planner.PlanRules())
    networks = {"x": FakeNetwork(account_id="x:1:@office"),
                "drlee": FakeNetwork(account_id="x:2:@drlee")}
    with store.locked():
        for channel_id, network in networks.items():
            Sender(network, store, Clock(), compose, lambda _: None, say=lambda _: None,
                   account=channel_id).send(plan.to_send)
    assert sorted(networks["x"].texts) == ["Text of kim. https://maple.test/notes/kim/",
                                           "Text of lee. https://maple.test/notes/lee/"]
    assert networks["drlee"].texts == ["Text of lee. https://maple.test/notes/lee/"]
    saved = store.load()
    assert {k for k, r in saved.records.items() if r["state"] == POSTED} == {
        ("notes/lee.md", "x", "x"), ("notes/kim.md", "x", "x"), ("notes/lee.md", "x", "drlee")}


def test_a_version_1_ledger_moves_to_the_default_channel_and_nothing_is_lost(tmp_path):
    path = tmp_path / "syndication.json"
    old = "x:1500:@Maple"
    path.write_text(json.dumps({
        "version": 1,
        "accounts": {old: {"network": "x", "account": old,
                           "connected_at": "2026-10-01T00:00:00Z"}},
        "records": [
            {"post_id": "notes/a.md", "network": "x", "account": old, "state": "posted",
             "remote_id": "9", "remote_url": "https://x.com/Maple/status/9"},
            {"post_id": "notes/b.md", "network": "x", "account": old,
             "state": "existing-before"},
        ]}), encoding="utf-8")
    store = LedgerStore(path)
    ledger = store.load()
    assert ledger.is_connected("x", "x")
    assert ledger.get("notes/a.md", "x", "x")["remote_account"] == old
    assert ledger.get("notes/b.md", "x", "x")["state"] == EXISTING_BEFORE
    plan = planner.plan([post("a"), post("b")], ledger, [Channel("x", "x", "X")], NOW,
                        planner.PlanRules())
    assert plan.to_send == [] and plan.first_connections == []
    store.save(ledger)
    assert json.loads(path.read_text())["version"] == 2
    assert store.load().get("notes/a.md", "x", "x")["remote_id"] == "9"


@pytest.mark.parametrize(("options", "env", "words"), [
    ({"visibility": "direct"},
     {"MASTODON_API_BASE_URL": "http://127.0.0.1:9", "MASTODON_ACCESS_TOKEN": "t"},
     "SYNDICATION_MASTODON_VISIBILITY"),
    ({"reply_settings": "friends"}, X_ENV, "SYNDICATION_X_REPLY_SETTINGS"),
    ({"threadgate": ["doctors"]},
     {"BLUESKY_HANDLE": "maple.bsky.social", "BLUESKY_APP_PASSWORD": "p",
      "BLUESKY_PDS_URL": "http://127.0.0.1:9"}, "SYNDICATION_BLUESKY_THREADGATE"),
])
def test_a_wrong_reply_or_visibility_setting_stops_before_anything_is_posted(
        tmp_path, options, env, words):
    """Refused when the adapter is opened: before any request (the addresses lead nowhere)."""
    config = ProjectSettings.read({
        "SYNDICATION_MASTODON_VISIBILITY": options.get("visibility", "public"),
        "SYNDICATION_X_REPLY_SETTINGS": options.get("reply_settings"),
        "SYNDICATION_BLUESKY_THREADGATE": options.get("threadgate")}, tmp_path)
    run = SyndicationRun(tmp_path, {}, config, lambda: NOW, env=env)
    with pytest.raises(RoundsError, match=words) as caught:
        connections(run)
    assert "Nothing was posted" in str(caught.value) and "Fix:" in str(caught.value)
