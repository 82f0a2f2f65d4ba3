"""Autoescaping does the escaping, not hand-placed `|e`: every metadata field is text.

The proof strips every `|e` from a copy of the theme and builds a note whose every
metadata field holds `<`, `"`, `'` and `</script>`: the pages must still show the text as
typed and run nothing. Before JINJA_ENVIRONMENT turned autoescape on, the stripped theme
published live markup.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support.sites import build
from support.theme_site import copy_site

HOSTILE = """<b>bold</b> "double" 'single' </script><script>alert(1)</script> & more"""
FIELDS = ("Title", "Summary", "Tags", "Sources", "COI", "Sponsored", "X", "Mastodon", "Social")


@pytest.fixture(scope="module")
def stripped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("autoescape") / "site")
    for template in (site / "theme" / "templates").glob("*.html"):
        text = template.read_text("utf-8")
        template.write_text(re.sub(r"\|\s*e\b(?!\w)", "", text), "utf-8")
    lines = [f"{key}: {HOSTILE}" for key in FIELDS]
    note = "\n".join(["Date: 2026-11-12 10:00", *lines]) + "\n\nA plain body.\n"
    (site / "content" / "notes" / "2026-11-12-hostile.md").write_text(note, "utf-8")
    return build(site, "https://maple.example")


def _pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def test_the_stripped_theme_has_no_hand_placed_escaping_left(stripped_site: Path) -> None:
    templates = stripped_site.parent / "theme" / "templates"
    assert not any(re.search(r"\|\s*e\b(?!\w)", t.read_text("utf-8"))
                   for t in templates.glob("*.html"))


def test_no_page_runs_or_shows_markup_from_metadata(stripped_site: Path) -> None:
    for path in _pages(stripped_site):
        page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        assert page.find("b") is None, path
        for script in page.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", path
            if script.get("type") == "application/ld+json":
                json.loads(script.string or "")
        for tag in page.find_all("meta"):
            assert set(tag.attrs) <= {"charset", "name", "content", "property", "http-equiv",
                                      "data-pagefind-meta"}, (path, tag)


def test_the_note_shows_each_field_as_typed(stripped_site: Path) -> None:
    [note] = [p for p in _pages(stripped_site) if "/notes/" in str(p) and "bold" in str(p)]
    page = BeautifulSoup(note.read_text("utf-8"), "html.parser")
    assert page.find("h1").get_text() == HOSTILE
    assert page.title.get_text().startswith(HOSTILE)
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert description == HOSTILE
    assert HOSTILE in page.find(class_="disclosure").get_text()
    topics = [a.get_text() for a in page.select("a[rel=tag]")]
    assert topics and all(t.strip() for t in topics)
    assert any("bold" in t for t in topics)
