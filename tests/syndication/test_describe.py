"""Build time: the manifest describes every note; pages show where they were posted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from common.errors import RoundsError
from support.sites import build, write_note
from support.syn_site import ensure_links_template
from syndication.describe import read_manifest
from syndication.ledger import POSTED, Ledger, LedgerStore


def manifest(site: Path):
    return {p.post_id: p for p in read_manifest(site / "cache" / "syndication-manifest.json")[1]}


def test_every_note_is_described_with_its_absolute_url_and_metadata(project_dir, notes_dir):
    now = datetime.now(UTC)
    write_note(notes_dir, "plain", "Wash hands often. It *really* helps.", now,
               Title="Washing hands often", Tags="colds, hygiene")
    write_note(notes_dir, "draft", "Not yet.", now, Status="draft")
    write_note(notes_dir, "hidden", "Quiet one.", now, Status="hidden")
    write_note(notes_dir, "future", "Flu clinic opens soon.", now + timedelta(days=3))
    write_note(notes_dir, "optout", "Only here.", now, syndicate="no")
    write_note(notes_dir, "some", "For two networks.", now, syndicate="x, bluesky")
    write_note(notes_dir, "renamed", "Kept its identity.", now, syndication_id="notes/old.md")
    write_note(notes_dir, "spanish", "La fiebre no es una enfermedad.", now, Lang="es",
               Author="Dr. Lee", sponsored="Termómetros Acme")
    write_note(notes_dir, "extras", "Our new vaccine fridge.", now, x="Custom text for X",
               sponsored="Acme Fridges", image="{static}/images/fridge.jpg",
               image_alt="A white fridge")
    build(project_dir)
    posts = manifest(project_dir)
    plain = posts["notes/plain.md"]
    assert plain.url == "https://maple.test/notes/washing-hands-often/"
    assert plain.title == "Washing hands often" and plain.micro is False
    assert plain.text == "Wash hands often. It really helps."
    assert plain.tags == ("colds", "hygiene") and plain.status == "published"
    assert plain.source_path == "content/notes/plain.md" and plain.networks is None
    assert posts["notes/draft.md"].status == "draft"
    assert posts["notes/hidden.md"].status == "hidden"
    future = posts["notes/future.md"]
    assert future.status == "published" and future.date > now and future.micro is True
    assert future.url == "https://maple.test/notes/future/"  # where it will be, not drafts/
    assert posts["notes/optout.md"].networks == ()
    assert posts["notes/some.md"].networks == ("x", "bluesky")
    assert "notes/old.md" in posts and "notes/renamed.md" not in posts
    extras = posts["notes/extras.md"]
    assert extras.overrides == {"x": "Custom text for X"}
    assert extras.disclosure == "Sponsored by Acme Fridges."
    assert extras.image_url == "https://maple.test/images/fridge.jpg"
    assert extras.image_alt == "A white fridge"
    spanish = posts["notes/spanish.md"]
    assert spanish.language == "es" and plain.language == "en"
    assert spanish.author == "Dr. Lee"
    assert spanish.disclosure == "Patrocinado por Termómetros Acme."  # as on its page
    assert (spanish.card_image_url or "").startswith("https://maple.test/cards/")


def test_a_development_build_keeps_the_last_production_manifest(project_dir, notes_dir):
    write_note(notes_dir, "a", "Hello parents.", datetime.now(UTC))
    build(project_dir)
    before = (project_dir / "cache" / "syndication-manifest.json").read_text()
    # A development build (relative URLs); a production one without SITEURL is refused.
    from publishing.build import build_site
    from publishing.project import Project

    build_site(Project(project_dir).load_settings(production=False))
    assert (project_dir / "cache" / "syndication-manifest.json").read_text() == before


def test_a_posted_note_links_to_its_copy_on_x(project_dir, notes_dir):
    ensure_links_template(project_dir)
    write_note(notes_dir, "a", "Hello parents.", datetime.now(UTC), Title="Hello")
    write_note(notes_dir, "b", "Not posted.", datetime.now(UTC), Title="Other")
    ledger = Ledger()
    ledger.put({"post_id": "notes/a.md", "network": "x", "account": "42 @maple",
                "state": POSTED, "remote_id": "1", "remote_url": "https://x.com/maple/status/1"})
    with LedgerStore(project_dir / "syndication.json").locked():
        LedgerStore(project_dir / "syndication.json").save(ledger)
    build(project_dir)
    page = BeautifulSoup((project_dir / "output/notes/hello/index.html").read_text(),
                         "html.parser")
    link = page.find("a", class_="u-syndication")
    assert link is not None and link["href"] == "https://x.com/maple/status/1"
    assert link["rel"] == ["syndication"] and link.get_text() == "X"
    assert "Also on" in link.parent.get_text()
    other = (project_dir / "output/notes/other/index.html").read_text()
    assert "u-syndication" not in other


def test_a_build_that_fails_half_way_keeps_the_last_complete_manifest(project_dir, notes_dir):
    write_note(notes_dir, "a", "Hello parents.", datetime.now(UTC))
    build(project_dir)
    assert "notes/a.md" in manifest(project_dir)
    write_note(notes_dir, "b", "Written, never built.", datetime.now(UTC))
    (project_dir / "theme" / "templates" / "article.html").write_text(
        '{% extends "base.html" %}{% block content %}{% include "missing.html" %}'
        "{% endblock %}")
    with pytest.raises(RoundsError):
        build(project_dir)
    assert "notes/b.md" not in manifest(project_dir)


def test_connected_accounts_become_follow_links() -> None:
    from syndication.describe import profile_links
    from syndication.ledger import Ledger

    ledger = Ledger(accounts={
        "x:x": {"network": "x", "account": "x", "remote_account": "x:1500:@MaplePeds"},
        "mastodon:mastodon": {"network": "mastodon", "account": "mastodon",
                              "remote_account": "@maple@med.social"},
        "x:drlee": {"network": "x", "account": "drlee", "remote_account": "x:1600"},
        "x:old": {"network": "x", "account": "x:1700:@OldForm"},  # before channels
    })
    assert profile_links(ledger) == [
        ("Mastodon (@maple@med.social)", "https://med.social/@maple"),
        ("X (@MaplePeds)", "https://x.com/MaplePeds"),
        ("X (@OldForm)", "https://x.com/OldForm"),
    ]
