"""Metadata is text: `<script>alert(1)</script>` and `"quoted"` render escaped everywhere."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from support.theme_site import EVIL

NOTE = "notes/alert1-quoted-more/index.html"
RAW = "<script>alert(1)</script>"


def test_no_built_file_contains_the_raw_markup(theme_site) -> None:
    for path in theme_site.output.rglob("*"):
        if path.suffix in {".html", ".xml", ".txt", ".json"}:
            assert RAW not in path.read_text("utf-8"), path


def test_title_summary_alt_and_sources_read_back_as_the_typed_text(theme_site) -> None:
    html = theme_site.read(NOTE)
    page = BeautifulSoup(html, "html.parser")
    assert page.title.get_text() == f"{EVIL} · Maple Street Pediatrics"
    assert page.find("h1").get_text() == EVIL
    assert page.find("article").find("img")["alt"] == EVIL
    # Sources print quoted titles with typographic quotes (issue 13); nothing else changes.
    typographic = EVIL.replace('"quoted"', "“quoted”")
    assert [li.get_text() for li in page.select(".sources li")] == [typographic, "Second source"]
    # the only <script> elements are the JSON-LD one
    assert [script.get("type") for script in page.find_all("script")] == [
        "application/ld+json"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; more" in html


def test_meta_tags_hold_the_text_inside_their_attributes(theme_site) -> None:
    page = BeautifulSoup(theme_site.read(NOTE), "html.parser")
    values = {(tag.get("property") or tag.get("name")): tag.get("content")
              for tag in page.find_all("meta") if tag.get("content")}
    for key in ("description", "og:title", "og:description", "og:image:alt",
                "twitter:title", "twitter:description", "twitter:image:alt"):
        assert values[key] == EVIL, key
    # a quote never ends an attribute early: every meta tag has only its own attributes
    for tag in page.find_all("meta"):
        assert set(tag.attrs) <= {"charset", "name", "content", "property",
                                  "data-pagefind-meta", "http-equiv"}, tag


def test_json_ld_cannot_be_closed_early_and_keeps_the_text(theme_site) -> None:
    html = theme_site.read(NOTE)
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">')
    body = html[start : html.index("</script>", start)]
    assert "<" not in body and ">" not in body
    data = json.loads(body)
    assert data["name"] == data["headline"] == data["description"] == EVIL
    assert data["image"]["caption"] == EVIL
    assert data["citation"] == [EVIL, "Second source"]


def test_lists_feeds_and_archive_escape_the_title_and_summary(theme_site) -> None:
    for relative in ("index.html", "tag/safety/index.html", "archives/index.html"):
        page = BeautifulSoup(theme_site.read(relative), "html.parser")
        link = page.find("a", href=lambda href: href and "alert1-quoted-more" in href)
        assert link.get_text() == EVIL, relative
    home = BeautifulSoup(theme_site.read("index.html"), "html.parser")
    summaries = [p.get_text() for p in home.select(".p-summary")]
    assert EVIL in summaries
    feed = theme_site.read("feeds/all.atom.xml")
    assert "&amp;lt;script&amp;gt;alert(1)" in feed  # summary: escaped HTML, inside XML
