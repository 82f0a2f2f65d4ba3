"""`invoke publish` end to end with the Facebook Page beside X, Mastodon and Bluesky (issue
10's acceptance), each network an emulator on 127.0.0.1, configured only through the
environment."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fakes.bluesky_emulator import BlueskyEmulator
from fakes.facebook_emulator import TOKEN, FacebookEmulator
from fakes.mastodon_emulator import MastodonEmulator
from fakes.x_emulator import XEmulator
from support.syn_e2e import Site, e2e_site, url_of

pytestmark = pytest.mark.slow


@dataclass
class Networks:
    """The four emulators behind one `env()`, as the e2e harness expects of an emulator."""

    x: XEmulator
    mastodon: MastodonEmulator
    bluesky: BlueskyEmulator
    facebook: FacebookEmulator

    def env(self) -> dict[str, str]:
        return {**self.x.env(), **self.mastodon.env(), **self.bluesky.env(),
                **self.facebook.env()}

    def counts(self) -> tuple[int, int, int, int]:
        return (len(self.x.posts), len(self.mastodon.posts), len(self.bluesky.posts),
                len(self.facebook.posts))

    def stop(self) -> None:
        for emulator in (self.x, self.mastodon, self.bluesky, self.facebook):
            emulator.stop()


@pytest.fixture
def site(project_dir) -> Iterator[Site]:
    networks = Networks(XEmulator().start(), MastodonEmulator().start(),
                        BlueskyEmulator().start(), FacebookEmulator().start())
    try:
        with e2e_site(project_dir, networks) as running:
            networks.facebook.read_pages_through(running.proxy.url)
            yield running
    finally:
        networks.stop()


def connect(site: Site) -> Networks:
    run = site.publish()
    assert run.code == 0, run.output
    assert "Facebook account" in run.output and "connected for the first time" in run.output
    networks: Networks = site.emulator
    assert networks.counts() == (0, 0, 0, 0)
    return networks


def test_one_publish_posts_once_to_the_page_with_the_link_in_its_field(site):
    networks = connect(site)
    site.note("fever-facts", "Fever is a sign the body is fighting an infection.")
    run = site.publish()
    assert run.code == 0, run.output
    assert networks.counts() == (1, 1, 1, 1)
    (post,) = networks.facebook.posts
    assert post.link == url_of("fever-facts")
    assert post.message.startswith("Fever is a sign") and url_of("fever-facts") not in \
        post.message
    assert networks.facebook.scrapes == [url_of("fever-facts")]
    # Facebook's crawler read the deployed page and found its card picture.
    assert networks.facebook.crawled[url_of("fever-facts")]["image"][0]["width"] > 0
    assert networks.facebook.token_in_url == 0 and TOKEN not in run.output
    (record,) = [r for r in site.records("posted") if r["network"] == "facebook"]
    assert record["remote_id"] == post.id and record["remote_url"] == post.permalink
    page = site.page("fever-facts")
    assert f'href="{post.permalink}"' in page and "Facebook" in page
    again = site.publish()
    assert again.code == 0, again.output
    assert networks.counts() == (1, 1, 1, 1)
    assert networks.facebook.create_calls == 1


def test_killed_after_the_page_accepted_the_rerun_posts_nothing_new(site):
    networks = connect(site)
    site.note("rsv-season", "RSV season is here: call us if breathing looks hard.")
    process = site.start("publish", ROUNDS_CRASH_AT="after-api:facebook")
    output, _ = process.communicate(timeout=180)
    assert process.returncode != 0, output
    assert networks.counts() == (1, 1, 1, 1), output
    (pending,) = [r for r in site.records() if r["network"] == "facebook"
                  and r["post_id"] == "notes/rsv-season.md"]
    assert pending["state"] == "pending"  # the ledger never heard Facebook's answer
    final = site.publish()
    assert final.code == 0, final.output
    assert networks.counts() == (1, 1, 1, 1)
    assert networks.facebook.create_calls == 1
    (record,) = [r for r in site.records() if r["network"] == "facebook"
                 and r["post_id"] == "notes/rsv-season.md"]
    assert record["state"] == "posted" and record["remote_id"] == networks.facebook.posts[0].id
    assert record.get("reconciled") is True


def test_an_expired_token_names_the_fix_while_the_other_networks_post(site):
    networks = connect(site)
    networks.facebook.unauthorized_next()
    site.note("soap-and-water", "Washing hands for 20 seconds prevents colds.")
    run = site.publish()
    assert run.code != 0, run.output
    assert networks.counts() == (1, 1, 1, 0), run.output
    assert "was not posted to Facebook" in run.output
    assert "the token has expired" in run.output
    assert "long-lived Page token" in run.output and "FACEBOOK_PAGE_ACCESS_TOKEN" in run.output
    assert TOKEN not in run.output and TOKEN not in site.ledger_path.read_text()
    (failed,) = [r for r in site.records() if r["network"] == "facebook"
                 and r["post_id"] == "notes/soap-and-water.md"]
    assert failed["state"] == "failed" and "long-lived" in failed["fix"]


def test_a_card_image_that_does_not_answer_is_posted_nowhere(site):
    networks = connect(site)
    site.note("broken-card", "Sunscreen every day, even in winter.")
    site.proxy.refused.append("/cards/broken-card-")
    run = site.publish()
    assert run.code != 0, run.output
    assert networks.counts() == (0, 0, 0, 0)
    assert "content/notes/broken-card.md: its page gives the card image" in run.output
    assert "/cards/broken-card-" in run.output and "answers HTTP 404" in run.output
    assert "Facebook draws the card once and keeps it" in run.output
    site.proxy.refused.clear()
    fixed = site.publish()
    assert fixed.code == 0, fixed.output
    assert networks.counts() == (1, 1, 1, 1)
