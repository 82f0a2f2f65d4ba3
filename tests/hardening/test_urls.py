"""Every URL the site, the feed, the sitemap and the posts carry is one valid,
percent-encoded address, whatever slugs and tags the notes have."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from sitemap.sitemap import Entry, sitemap_xml
from support.sites import build

SITEURL = "https://maple.example"
#: RFC 3986 characters only: no space, no raw non-ASCII, no quote or angle bracket.
VALID = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
ODD = {
    "2026-11-01-ninos.md": "Title: Niños sanos\nSlug: niños sanos\nTags: São Paulo, fiebre alta"
                           "\n\nText.\n",
    "2026-11-02-emoji.md": "Title: 🌡️ Fever?! ¿Qué hacer?\nTags: 发烧, Ärzte & Co.\n\nText.\n",
    "2026-11-03-space.md": "Title: Space\nSlug: Safe Sleep/ABC\n\nText.\n",
}


def _valid(url: str) -> bool:
    parts = urlsplit(url)
    web = parts.scheme in ("http", "https")
    return bool(VALID.fullmatch(url)) and (not web or parts.netloc != "")


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from publishing.project import copy_site
    from support.fixture_content import REPO_ROOT, use_fixture_content

    site = use_fixture_content(copy_site(REPO_ROOT, tmp_path_factory.mktemp("urls") / "site"))
    for name, text in ODD.items():
        (site / "content" / "notes" / name).write_text(text, "utf-8")
    return build(site, SITEURL)


def test_odd_slugs_are_normalised_into_clean_addresses(output: Path) -> None:
    assert (output / "notes" / "ninos-sanos" / "index.html").is_file()
    assert [p.name for p in (output / "notes").iterdir() if p.name.startswith("safe-sleep")]


def test_every_link_in_every_page_is_valid(output: Path) -> None:
    bad = []
    for path in output.rglob("*.html"):
        page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for tag in page.find_all(href=True) + page.find_all(src=True):
            url = tag.get("href") or tag.get("src")
            if url.startswith("data:"):
                continue
            if not _valid(url):
                bad.append((str(path.relative_to(output)), url))
    assert bad == []


def test_feed_sitemap_and_posts_carry_valid_urls(output: Path) -> None:
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    links = [link.get("href") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
    locs = [loc.text for loc in ET.parse(output / "sitemap.xml").getroot().iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    manifest = json.loads((output.parent / "cache" / "syndication-manifest.json").read_text())
    posts = re.findall(r'"(https?://[^"]+)"', json.dumps(manifest))
    assert posts
    for url in links + locs + posts:
        assert _valid(url), url
    assert any("ninos-sanos" in url for url in locs)


def test_the_sitemap_percent_encodes_what_a_setting_leaves_unencoded() -> None:
    xml = sitemap_xml([Entry("notes/niños sanos/")], SITEURL)
    assert "<loc>https://maple.example/notes/ni%C3%B1os%20sanos/</loc>" in xml
