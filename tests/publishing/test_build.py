"""Functional tests: real Pelican builds of the practice's site in temporary folders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from common.errors import RoundsError
from support import sites
from support.sites import write_note

ATOM = "{http://www.w3.org/2005/Atom}"


def build(site: Path, **overrides: object) -> Path:
    return sites.build(site, "https://example.org", **overrides)


def test_sample_site_has_home_notes_pages_and_feed(project_dir: Path) -> None:
    output = build(project_dir)
    assert (output / "index.html").is_file()
    notes = sorted((project_dir / "content" / "notes").glob("*.md"))
    assert 8 <= len(notes) <= 10
    note_pages = list((output / "notes").glob("*/index.html"))
    assert len(note_pages) == len(notes)
    for page in ("about", "contact", "disclaimer"):
        assert (output / page / "index.html").is_file()
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(notes)
    links = {e.find(f"{ATOM}link").get("href") for e in entries}
    assert "https://example.org/notes/safe-sleep-is-as-easy-as-abc/" in links


def test_clean_urls(project_dir: Path) -> None:
    output = build(project_dir)
    home = (output / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/notes/safe-sleep-is-as-easy-as-abc/"' in home
    assert not list(output.rglob("*.html.html"))
    assert [p.name for p in output.rglob("*.html") if p.name != "index.html"] == ["404.html"]


def test_title_less_note_gets_its_first_sentence_as_title(project_dir: Path) -> None:
    write_note(
        project_dir / "content" / "notes",
        "2026-11-01-teething.md",
        "Date: 2026-11-01\n\nTeething does not cause a high fever. A temperature of 100.4°F "
        "or more means something else is going on.\n",
    )
    output = build(project_dir)
    page = output / "notes" / "teething" / "index.html"
    assert page.is_file(), "a title-less note is built, at a slug from its file name"
    html = page.read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*Teething does not cause a high fever", html)
    feed = (output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "<title>Teething does not cause a high fever</title>" in feed


def test_note_without_date_takes_the_file_date(project_dir: Path) -> None:
    write_note(project_dir / "content" / "notes", "undated.md", "Title: Undated\n\nText.\n")
    output = build(project_dir)
    assert (output / "notes" / "undated" / "index.html").is_file()


def test_pagination_of_tags_with_shared_prefix_never_collides(project_dir: Path) -> None:
    notes = project_dir / "content" / "notes"
    for old in notes.glob("*.md"):
        old.unlink()
    kinds = (("a", 1, "Tag one", "tag1"), ("b", 2, "Tag twelve", "tag12"))
    for number in range(1, 13):
        for prefix, month, title, tag in kinds:
            metadata = f"Title: {title} {number}\nDate: 2026-{month:02d}-{number:02d}\nTags: {tag}"
            write_note(notes, f"{prefix}{number:02d}.md", f"{metadata}\n\nText.\n")
    output = build(project_dir, DEFAULT_PAGINATION=5)
    for tag, title in (("tag1", "Tag one"), ("tag12", "Tag twelve")):
        pages = [output / "tag" / tag / "index.html"] + [
            output / "tag" / tag / "page" / str(n) / "index.html" for n in (2, 3)
        ]
        seen: set[str] = set()
        for page in pages:
            html = page.read_text(encoding="utf-8")
            titles = set(re.findall(rf"{title} \d+", html))
            assert titles, f"{page} lists its own tag's notes"
            other = "Tag twelve" if title == "Tag one" else "Tag one"
            assert other not in html, f"{page} was overwritten by another tag's page"
            seen |= titles
        assert len(seen) == 12
    assert (output / "page" / "2" / "index.html").is_file()


def test_future_dated_note_is_not_built(project_dir: Path) -> None:
    write_note(project_dir / "content" / "notes", "later.md",
               "Title: Later\nDate: 2099-01-01\n\nText.\n")
    output = build(project_dir)
    assert not (output / "notes" / "later").exists()


def test_template_error_fails_the_build_with_a_message(project_dir: Path) -> None:
    (project_dir / "theme" / "templates" / "base.html").write_text("{% block %}", encoding="utf-8")
    with pytest.raises(RoundsError):
        build(project_dir)


def test_production_settings_read_the_environment_and_ignore_blank_values(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publishing.project import Project

    monkeypatch.setenv("SITEURL", "https://peds.example/")
    monkeypatch.setenv("DEPLOY_TARGET", "/srv/www/blog")
    settings = Project(project_dir).load_settings(production=True)
    assert settings["SITEURL"] == settings["FEED_DOMAIN"] == "https://peds.example"
    assert settings["DEPLOY_TARGET"] == "/srv/www/blog"
    monkeypatch.setenv("SITEURL", "")
    monkeypatch.setenv("DEPLOY_TARGET", "")  # a blank line copied from .env.example
    settings = Project(project_dir).load_settings(production=True)
    assert settings["SITEURL"] == "http://localhost:8000"
    assert settings["DEPLOY_TARGET"] == str(project_dir / "deploy" / "site")
