"""`invoke publish` end to end with X, Mastodon and Bluesky (issue 9's acceptance), each
network an emulator on 127.0.0.1, configured only through environment variables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fakes.bluesky_emulator import BlueskyEmulator
from fakes.mastodon_emulator import MastodonEmulator
from fakes.x_emulator import XEmulator
from support.syn_e2e import Site, e2e_site, url_of

pytestmark = pytest.mark.slow


@dataclass
class Networks:
    """The three emulators behind one `env()`, as the e2e harness expects of an emulator."""

    x: XEmulator
    mastodon: MastodonEmulator
    bluesky: BlueskyEmulator
    more: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {**self.x.env(), **self.mastodon.env(), **self.bluesky.env(), **self.more}

    def counts(self) -> tuple[int, int, int]:
        return len(self.x.posts), len(self.mastodon.posts), len(self.bluesky.posts)

    @property
    def posts(self) -> list[Any]:
        return [*self.x.posts, *self.mastodon.posts, *self.bluesky.posts]


@pytest.fixture
def networks() -> Iterator[Networks]:
    running = Networks(XEmulator().start(), MastodonEmulator().start(),
                       BlueskyEmulator().start())
    try:
        yield running
    finally:
        for emulator in (running.x, running.mastodon, running.bluesky):
            emulator.stop()


@pytest.fixture
def site(project_dir, networks) -> Iterator[Site]:
    with e2e_site(project_dir, networks) as site:
        yield site


def connect(site: Site) -> None:
    run = site.publish()
    assert run.code == 0, run.output
    for name in ("X", "Mastodon", "Bluesky"):
        assert f"{name} account" in run.output and "connected for the first time" in run.output
    assert site.emulator.counts() == (0, 0, 0)


SPANISH = ("¿Fiebre? 🤒 No siempre es grave: vigile si bebe líquidos. "
           "发烧时多喝水 👨‍👩‍👧")


def test_one_publish_posts_once_on_each_network_and_the_page_links_all_three(site):
    connect(site)
    site.note("fiebre", SPANISH, Lang="es")
    run = site.publish()
    assert run.code == 0, run.output
    networks: Networks = site.emulator
    assert networks.counts() == (1, 1, 1)
    url = url_of("fiebre")
    tweet, status, record = networks.x.posts[0], networks.mastodon.posts[0], \
        networks.bluesky.posts[0]
    assert url in tweet.sent_text and url in status.text and url in record.value["text"]
    assert status.language == "es" and status.visibility == "public"
    value = record.value
    assert value["langs"] == ["es"]
    raw = value["text"].encode("utf-8")
    (link,) = [f for f in value["facets"] if f["features"][0]["$type"].endswith("#link")]
    assert raw[link["index"]["byteStart"]:link["index"]["byteEnd"]].decode() == url
    external = value["embed"]["external"]
    assert external["uri"] == url and external["thumb"]["size"] <= 1_000_000
    assert external["thumb"]["ref"]["$link"] in networks.bluesky.blobs
    ledger = site.ledger()
    posted = {(r["network"], r["account"]) for r in ledger["records"]
              if r["post_id"] == "notes/fiebre.md" and r["state"] == "posted"}
    assert posted == {("x", "x"), ("mastodon", "mastodon"), ("bluesky", "bluesky")}
    page = site.page("fiebre")
    for remote in (r["remote_url"] for r in ledger["records"]
                   if r["post_id"] == "notes/fiebre.md"):
        assert f'href="{remote}"' in page
    assert page.count('rel="syndication"') >= 3 and 'lang="es"' in page
    again = site.publish()
    assert again.code == 0, again.output
    assert networks.counts() == (1, 1, 1)
    assert networks.x.create_calls == 1 and networks.mastodon.create_calls == 1
    assert networks.bluesky.create_calls == 1


def test_killed_right_after_each_network_accepted_the_rerun_posts_nothing_twice(site):
    connect(site)
    site.note("rsv", "RSV season is here: call us if breathing looks hard.")
    networks: Networks = site.emulator
    for expected, network in enumerate(("x", "mastodon", "bluesky"), start=1):
        # This run first settles what the last one left pending, then dies right after
        # `network` accepted the post, before the ledger heard of it.
        process = site.start("publish", ROUNDS_CRASH_AT=f"after-api:{network}")
        output, _ = process.communicate(timeout=120)
        assert process.returncode != 0, output
        assert sum(networks.counts()) == expected, output
    final = site.publish()
    assert final.code == 0, final.output
    assert networks.counts() == (1, 1, 1)
    records = {r["network"]: r for r in site.ledger()["records"] if r["post_id"] == "notes/rsv.md"}
    assert records["x"]["remote_id"] == networks.x.posts[0].id
    assert records["mastodon"]["remote_id"] == networks.mastodon.posts[0].id
    assert records["bluesky"]["remote_id"].endswith(networks.bluesky.posts[0].rkey)
    assert all(r["state"] == "posted" for r in records.values())


def test_a_network_without_credentials_stays_in_preview_while_the_others_post(site):
    with (site.root / "pelicanconf.py").open("a") as settings:
        settings.write('\nSYNDICATION_NETWORKS = ["x", "mastodon", "bluesky"]\n'
                       'SYNDICATION_BUDGETS = {"x": {"monthly": 500}}\n')
    without = {"BLUESKY_HANDLE": "", "BLUESKY_APP_PASSWORD": ""}
    run = site.publish(**without)
    assert run.code == 0, run.output
    site.note("hands", "Washing hands for 20 seconds prevents colds.")
    run = site.publish(**without)
    assert run.code == 0, run.output
    networks: Networks = site.emulator
    assert networks.counts() == (1, 1, 0)
    assert "Bluesky is not connected (BLUESKY_HANDLE and BLUESKY_APP_PASSWORD are not set)" \
        in run.output
    assert "would post to Bluesky (" in run.output and "/300) for content/notes/hands.md" \
        in run.output
    assert not any(r["network"] == "bluesky" for r in site.ledger()["records"])
    preview = site.invoke("preview", **without)
    assert preview.code == 0, preview.output
    assert "X this month: 1 posted, 0 more now ≈ $0.20" in preview.output
    assert "budget 500 posts a month" in preview.output


def test_two_x_accounts_each_carry_their_own_doctors_notes(project_dir, networks):
    drlee = XEmulator(user_id="1500000000000000002", username="DrLee").start()
    try:
        networks.more = {f"X_DRLEE_{k[2:]}": v for k, v in drlee.env().items()
                         if k.startswith("X_")}
        networks.more["ROUNDS_X_DRLEE_API_BASE_URL"] = drlee.base_url
        with e2e_site(project_dir, networks) as site:
            with (site.root / "pelicanconf.py").open("a") as settings:
                settings.write('\nSYNDICATION_ACCOUNTS = [{"id": "x", "network": "x"}, '
                               '{"id": "drlee", "network": "x", "author": "Dr. Lee"}]\n')
            run = site.publish()
            assert run.code == 0, run.output
            assert "X (drlee) account" in run.output
            site.note("lee-note", "Dr. Lee on sleep: a calm routine helps.", Author="Dr. Lee")
            site.note("kim-note", "Dr. Kim on fevers: fluids and rest.", Author="Dr. Kim")
            run = site.publish()
            assert run.code == 0, run.output
            office = [t.sent_text for t in networks.x.posts]
            own = [t.sent_text for t in drlee.posts]
            assert sorted(url_of(n) in " ".join(office) for n in ("lee-note", "kim-note")) \
                == [True, True]
            assert len(office) == 2 and len(own) == 1 and url_of("lee-note") in own[0]
            assert len(networks.mastodon.posts) == 0  # not configured through SYNDICATION_ACCOUNTS
            page = site.page("lee-note")
            assert "X (drlee)" in page
    finally:
        drlee.stop()


def test_a_version_1_ledger_keeps_working(site):
    connect(site)
    site.note("old", "An earlier note.", datetime.now(UTC) - timedelta(hours=1))
    run = site.publish()
    assert run.code == 0, run.output
    document = site.ledger()
    for record in document["records"]:
        if record["network"] == "x":
            record["account"] = "x:1500000000000000001:@RoundsPediatrics"
    document["version"] = 1
    document["accounts"] = {"x:1500000000000000001:@RoundsPediatrics": {
        "network": "x", "account": "x:1500000000000000001:@RoundsPediatrics",
        "connected_at": "2026-01-01T00:00:00Z"}, **{k: v for k, v in document["accounts"].items()
                                                   if not k.startswith("x:")}}
    site.ledger_path.write_text(json.dumps(document), encoding="utf-8")
    again = site.publish()
    assert again.code == 0, again.output
    assert site.emulator.counts() == (1, 1, 1)  # read as version 2: nothing is new
    site.note("new", "A later note.")
    later = site.publish()
    assert later.code == 0, later.output
    assert site.emulator.counts() == (2, 2, 2)
    migrated = site.ledger()
    assert migrated["version"] == 2
    old = [r for r in migrated["records"] if r["post_id"] == "notes/old.md"
           and r["network"] == "x"]
    assert len(old) == 1 and old[0]["account"] == "x" and old[0]["state"] == "posted"
    assert old[0]["remote_account"] == "x:1500000000000000001:@RoundsPediatrics"
