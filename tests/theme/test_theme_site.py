"""The built site: every template, the trust signals, sharing tags, cards, feeds, search."""

from __future__ import annotations

import io
import json
import re
from xml.etree import ElementTree

import jinja2
import pytest
from bs4 import BeautifulSoup
from PIL import Image
from support.theme_site import REPO, SITEURL

COUGH = "notes/when-to-worry-about-a-cough/index.html"
FEVER = "notes/fever-is-a-fighter/index.html"  # the repository's title-less sample note
SUNSCREEN = "notes/sunscreen-for-babies/index.html"


def soup(site, relative: str) -> BeautifulSoup:
    return BeautifulSoup(site.read(relative), "html.parser")


def meta_tags(page: BeautifulSoup) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tag in page.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key:
            found.setdefault(key, []).append(tag.get("content"))
    return found


def jsonld(page: BeautifulSoup) -> dict:
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_no_author_or_category_pages_repeat_the_home_page(theme_site) -> None:
    for folder in ("author", "authors", "category", "categories"):
        assert not (theme_site.output / folder).exists()


@pytest.mark.parametrize("relative", [
    "index.html", COUGH, FEVER, "about/index.html", "disclaimer/index.html",
    "tag/colds/index.html", "tags/index.html", "archives/index.html", "search/index.html",
])
def test_every_page_has_the_practice_chrome(theme_site, relative: str) -> None:
    page = soup(theme_site, relative)
    assert page.html["lang"] == "en"
    assert page.find("meta", attrs={"name": "viewport"})
    assert len(page.find_all("h1")) == 1
    footer = page.find("footer", class_="site-footer").get_text(" ", strip=True)
    for expected in ("Maple Street Pediatrics", "120 Maple Street, Springfield, IL 62701",
                     "+1 217-555-0134", "Monday–Friday", "8:00 am – 6:00 pm",
                     "not medical advice for your child", "call 911",
                     "Poison Control: 1-800-222-1222"):
        assert expected in footer, expected
    assert page.find("a", href="tel:+12175550134")
    assert page.find("a", href=f"{SITEURL}/feeds/all.atom.xml")
    assert page.find("link", rel="alternate", type="application/atom+xml")
    assert page.find("link", rel="canonical")["href"].startswith(SITEURL + "/")


def test_no_page_asks_another_site_for_anything(theme_site) -> None:
    for path in theme_site.output.rglob("*.html"):
        page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"),
                               ("iframe", "src"), ("source", "src")):
            for element in page.find_all(tag):
                url = element.get(attribute)
                if not url or (tag == "link" and element.get("rel") != ["stylesheet"]
                               and "preload" not in (element.get("rel") or [])):
                    continue
                assert not url.startswith(("http", "//")) or url.startswith(SITEURL), url


def test_titled_note_shows_every_trust_signal(theme_site) -> None:
    page = soup(theme_site, COUGH)
    entry = page.find("article", class_="h-entry")
    assert entry.find("h1", class_="p-name").get_text() == "When to worry about a cough"
    meta = entry.find("footer", class_="note-meta").get_text(" ", strip=True)
    assert "By Ana Rivera , MD, FAAP , Pediatrician" in meta
    assert "Published November 10, 2026" in meta
    assert "Last reviewed November 12, 2026" in meta
    assert entry.find("time", datetime="2026-11-12")
    assert entry.find("time", class_="dt-published")["datetime"] == "2026-11-10T09:00:00-06:00"
    sources = [li.get_text() for li in entry.select(".sources li")]
    assert sources == ["American Academy of Pediatrics, “Coughs and Colds”", "CDC, Common Colds"]
    link = entry.select_one(".sources a")  # the title a parent opens, not a raw address
    assert link["href"] == "https://www.healthychildren.org/coughs"
    assert link.get_text() == "Coughs and Colds"
    assert [a.get_text() for a in entry.select("a[rel=tag]")] == ["colds", "breathing"]
    assert entry.find(class_="u-url")["href"] == f"{SITEURL}/notes/when-to-worry-about-a-cough/"
    assert not entry.find(class_="disclosure")


def test_unreviewed_note_never_claims_a_review_and_shows_its_disclosure(theme_site) -> None:
    page = soup(theme_site, SUNSCREEN)
    text = page.find("article").get_text(" ", strip=True)
    assert "reviewed" not in text.lower()
    assert "lastReviewed" not in jsonld(page)
    disclosure = page.find("article").find(class_="disclosure")
    assert disclosure.get_text(" ", strip=True) == (
        "Disclosure: Conflict of interest: I advise a sunscreen maker.")
    assert "Sources" not in text
    # the disclosure comes first in the note, before its text
    assert str(page.find("article")).index("disclosure") < str(page.find("article")).index(
        "Keep babies")


def test_micro_note_shows_its_text_not_a_repeated_headline(theme_site) -> None:
    page = soup(theme_site, FEVER)
    entry = page.find("article", class_="h-entry")
    heading = entry.find("h1")
    assert "visually-hidden" in heading["class"] and "A fever" not in heading.get_text()
    assert not entry.select("h1.p-name, h2.p-name")
    body = entry.find(class_="e-content").get_text(" ", strip=True)
    assert body.startswith("A fever is the body fighting an infection")
    assert entry.get_text().count("A fever is the body fighting an infection") == 1
    # its derived title still names the page for tabs, feeds and sharing
    assert page.title.get_text().startswith("A fever is the body fighting an infection")
    assert meta_tags(page)["og:title"] == [
        "A fever is the body fighting an infection, not an illness in itself"]


def test_home_page_lists_micro_notes_as_text_and_titled_notes_as_links(theme_site) -> None:
    page = soup(theme_site, "index.html")
    entries = page.select("ol.h-feed > li > article.h-entry")
    assert len(entries) == 4
    micro = next(entry for entry in entries if "entry--micro" in entry["class"])
    assert micro.find(class_="e-content").get_text().startswith("A fever is the body")
    assert not micro.find(["h2", "h3"])
    titled = next(entry for entry in entries if entry.find("h2", string=re.compile("cough")))
    assert titled.find(class_="p-summary").get_text() == (
        "Most coughs are colds. Here is when to call us.")


def test_note_sharing_metadata_has_every_field(theme_site) -> None:
    page = soup(theme_site, COUGH)
    meta = meta_tags(page)
    url = f"{SITEURL}/notes/when-to-worry-about-a-cough/"
    card = meta["og:image"][0]
    assert re.fullmatch(rf"{SITEURL}/cards/when-to-worry-about-a-cough-[0-9a-f]{{10}}\.jpg",
                        card)
    expected = {
        "description": ["Most coughs are colds. Here is when to call us."],
        "og:site_name": ["Maple Street Pediatrics"],
        "og:title": ["When to worry about a cough"],
        "og:description": ["Most coughs are colds. Here is when to call us."],
        "og:url": [url], "og:type": ["article"],
        "og:image": [card], "og:image:secure_url": [card], "og:image:type": ["image/jpeg"],
        "og:image:width": ["1200"], "og:image:height": ["630"],
        "og:image:alt": ["When to worry about a cough — Maple Street Pediatrics"],
        "article:published_time": ["2026-11-10T09:00:00-06:00"],
        # Reviewed: 2026-11-12 is the note's last change (issue 12: never a file time)
        "article:modified_time": ["2026-11-12T00:00:00-06:00"],
        "article:tag": ["colds", "breathing"],
        "twitter:card": ["summary_large_image"],
        "twitter:title": ["When to worry about a cough"],
        "twitter:description": ["Most coughs are colds. Here is when to call us."],
        "twitter:image": [card],
        "twitter:image:alt": ["When to worry about a cough — Maple Street Pediatrics"],
    }
    for key, value in expected.items():
        assert meta.get(key) == value, key
    assert page.find("link", rel="canonical")["href"] == url

    data = jsonld(page)
    person = {"@type": "Person", "name": "Ana Rivera", "honorificSuffix": "MD, FAAP",
              "jobTitle": "Pediatrician"}
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["url"] == data["@id"] == url
    assert data["name"] == data["headline"] == "When to worry about a cough"
    assert data["description"] == "Most coughs are colds. Here is when to call us."
    assert data["datePublished"] == "2026-11-10T09:00:00-06:00"
    assert data["lastReviewed"] == "2026-11-12"
    assert data["author"] == person and data["reviewedBy"] == person
    publisher = data["publisher"]
    assert publisher["@type"] == "MedicalClinic"
    assert publisher["medicalSpecialty"] == "Pediatric"
    assert publisher["name"] == "Maple Street Pediatrics"
    assert publisher["url"] == f"{SITEURL}/"
    assert publisher["telephone"] == "+1 217-555-0134"
    assert publisher["address"] == "120 Maple Street, Springfield, IL 62701"
    assert data["image"] == {"@type": "ImageObject", "url": card, "width": 1200,
                             "height": 630, "caption": meta["og:image:alt"][0]}
    assert data["keywords"] == "colds, breathing"
    assert data["citation"][1] == "CDC, Common Colds"


def test_generated_card_is_a_1200x630_jpeg_under_1_mb(theme_site) -> None:
    card_url = meta_tags(soup(theme_site, COUGH))["og:image"][0]
    path = theme_site.output / card_url.removeprefix(SITEURL + "/")
    data = path.read_bytes()
    assert len(data) < 1_000_000
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.size == (1200, 630)
    cached = list((theme_site.root / "cache" / "cards").glob("*.jpg"))
    assert any(item.read_bytes() == data for item in cached)


def test_a_notes_own_image_is_its_card_and_shown_with_its_alt(theme_site) -> None:
    page = soup(theme_site, "notes/alert1-quoted-more/index.html")
    meta = meta_tags(page)
    assert meta["og:image"] == [f"{SITEURL}/images/evil.png"]
    assert meta["og:image:type"] == ["image/png"]
    assert (meta["og:image:width"], meta["og:image:height"]) == (["800"], ["420"])
    image = page.find("article").find("img")
    assert image["src"] == f"{SITEURL}/images/evil.png"
    assert (image["width"], image["height"]) == ("800", "420")


def test_unchanged_notes_are_not_redrawn(site_builder) -> None:
    first = site_builder()
    stamps = {path.name: path.stat().st_mtime_ns
              for path in (first.root / "cache" / "cards").glob("*.jpg")}
    assert len(stamps) == 4  # three notes without an image + the site's card
    second = site_builder()
    assert {path.name: path.stat().st_mtime_ns
            for path in (second.root / "cache" / "cards").glob("*.jpg")} == stamps


def test_pages_and_lists_share_the_practice_card(theme_site) -> None:
    for relative in ("index.html", "about/index.html", "tag/colds/index.html"):
        meta = meta_tags(soup(theme_site, relative))
        assert meta["og:type"] == ["website"]
        assert meta["og:image"][0].startswith(f"{SITEURL}/cards/site-")
        assert meta["twitter:card"] == ["summary_large_image"]
        assert meta["og:url"][0].startswith(SITEURL)
    home = meta_tags(soup(theme_site, "index.html"))
    assert home["og:url"] == [f"{SITEURL}/"]
    assert meta_tags(soup(theme_site, "tag/colds/index.html"))["og:url"] == [
        f"{SITEURL}/tag/colds/"]


def test_feeds_site_and_per_topic_are_linked_and_built(theme_site) -> None:
    page = soup(theme_site, "tag/colds/index.html")
    tag_feed = f"{SITEURL}/feeds/tag/colds.atom.xml"
    assert page.find("link", rel="alternate", href=tag_feed)
    assert page.find("main").find("a", href=tag_feed)
    for feed in ("feeds/all.atom.xml", "feeds/tag/colds.atom.xml"):
        root = ElementTree.fromstring(theme_site.read(feed))
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"


def test_sitemap_and_robots(theme_site) -> None:
    root = ElementTree.fromstring(theme_site.read("sitemap.xml"))
    locations = {url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
                 for url in root}
    for url in ("", "notes/when-to-worry-about-a-cough/", "notes/fever-is-a-fighter/",
                "about/", "tag/colds/", "tags/", "archives/"):
        assert f"{SITEURL}/{url}" in locations
    assert not any("/drafts/" in location for location in locations)
    assert f"Sitemap: {SITEURL}/sitemap.xml" in theme_site.read("robots.txt")


def test_search_index_is_built_and_only_notes_and_pages_are_indexed(theme_site) -> None:
    assert (theme_site.output / "pagefind" / "pagefind.js").is_file()
    assert list((theme_site.output / "pagefind").glob("pagefind-entry.json"))
    entry = json.loads(theme_site.read("pagefind/pagefind-entry.json"))
    pages = sum(language["page_count"] for language in entry["languages"].values())
    site_pages = len([page for page in (theme_site.root / "content" / "pages").glob("*.md")
                      if "Status: hidden" not in page.read_text("utf-8")])
    assert pages == 4 + site_pages  # notes + pages; lists and the search page are not indexed
    search = soup(theme_site, "search/index.html")
    assert search.find("form", role="search")["method"] == "get"
    assert search.find("label", attrs={"for": "search-query"})
    assert search.find(class_="no-js").find("a", href=f"{SITEURL}/archives/")


def test_search_index_can_be_skipped(site_builder) -> None:
    built = site_builder(SEARCH_INDEX=False)
    assert not (built.output / "pagefind").exists()
    assert (built.output / "search" / "index.html").is_file()


def test_note_pages_need_no_javascript(theme_site) -> None:
    for relative in (COUGH, FEVER, "index.html", "tag/colds/index.html", "archives/index.html"):
        page = soup(theme_site, relative)
        assert [script.get("type") for script in page.find_all("script")] in (
            [], ["application/ld+json"])


def _render_syndication(links: object) -> BeautifulSoup:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(REPO / "theme" / "templates"))
    from trust.words import ENGLISH  # every article carries its words (trust.annotate)

    article = type("Article", (), {"syndication_links": links, "words": ENGLISH})() \
        if links is not None else object()
    return BeautifulSoup(environment.get_template("_syndication.html").render(article=article),
                         "html.parser")


def test_syndication_links_render_with_rel_syndication() -> None:
    html = _render_syndication([
        {"network": "x", "label": "X", "url": "https://x.com/maple/status/1"},
        {"network": "mastodon", "label": "Mastodon", "url": 'https://m.example/@m/2?"a'},
    ])
    assert html.get_text(" ", strip=True) == "Also on X · Mastodon"
    links = html.find_all("a")
    assert [link["rel"] for link in links] == [["syndication"], ["syndication"]]
    assert all("u-syndication" in link["class"] for link in links)
    assert links[1]["href"] == 'https://m.example/@m/2?"a'
    assert _render_syndication([]).get_text(strip=True) == ""
    assert _render_syndication(None).get_text(strip=True) == ""


def test_every_link_within_the_site_leads_to_a_built_file(theme_site) -> None:
    missing: set[str] = set()
    for path in theme_site.output.rglob("*.html"):
        if "pagefind" in path.parts:
            continue
        page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for element in page.find_all(["a", "link", "img", "script"]):
            url = element.get("href") or element.get("src") or ""
            if not url.startswith(SITEURL):
                continue
            target = theme_site.output / url.removeprefix(SITEURL).split("?")[0].lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                missing.add(f"{path.relative_to(theme_site.output)} → {url}")
    assert not missing, sorted(missing)


def test_development_build_uses_relative_links(tmp_path) -> None:
    from publishing.build import build_site
    from publishing.project import Project
    from support.theme_site import add_sample_content, copy_site

    site = copy_site(tmp_path / "site")
    add_sample_content(site)
    build_site(Project(site).load_settings(production=False,
                                           overrides={"SEARCH_INDEX": False}))
    page = BeautifulSoup((site / "output" / COUGH).read_text("utf-8"), "html.parser")
    assert page.find("a", class_="site-name")["href"] == "../../"
    assert page.find("link", rel="canonical")["href"] == "/notes/when-to-worry-about-a-cough/"
    search = BeautifulSoup((site / "output/search/index.html").read_text("utf-8"),
                           "html.parser")
    assert search.find("form")["data-pagefind"] == "../pagefind/pagefind.js"


def test_lists_are_paginated_with_working_links(site_builder) -> None:
    built = site_builder(SEARCH_INDEX=False, CARD_IMAGES=False)
    notes = built.root / "content" / "notes"
    for number in range(9):
        (notes / f"2026-10-{number + 1:02d}-extra-{number}.md").write_text(
            f"Date: 2026-10-{number + 1:02d} 09:00\nTags: colds\n\nExtra note {number}.\n",
            "utf-8")
    built = site_builder(SEARCH_INDEX=False, CARD_IMAGES=False)
    home = soup(built, "index.html")
    older = home.find("a", rel="next")
    assert older["href"] == f"{SITEURL}/page/2/" and older.get_text() == "Older notes"
    second = soup(built, "page/2/index.html")
    assert second.find("a", rel="prev")["href"] == f"{SITEURL}/"
    assert "Page 2 of 2" in second.find("nav", class_="pagination").get_text()
    assert len(second.select("ol.h-feed > li")) == 3
    tag_two = soup(built, "tag/colds/page/2/index.html")
    assert tag_two.find("a", rel="prev")["href"] == f"{SITEURL}/tag/colds/"


def test_drafts_are_not_indexed_and_remote_images_are_not_loaded(site_builder) -> None:
    built = site_builder(SEARCH_INDEX=False)
    (built.root / "content" / "notes" / "draft.md").write_text(
        "Title: Draft\nStatus: draft\nImage: https://cdn.example/photo.jpg\n"
        "Image_alt: A photo\n\nNot yet.\n", "utf-8")
    assert not (site_builder(SEARCH_INDEX=False).output / "drafts").exists()  # never deployed
    # A development build (`invoke build`) shows drafts locally, marked noindex.
    built = site_builder(SEARCH_INDEX=False, DRAFT_SAVE_AS="drafts/{slug}/index.html",
                         DRAFT_URL="drafts/{slug}/")
    page = soup(built, "drafts/draft/index.html")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not page.find("article").find("img")
    assert meta_tags(page)["og:image"] == ["https://cdn.example/photo.jpg"]
    assert not soup(built, COUGH).find("meta", attrs={"name": "robots"})


def test_home_page_describes_the_practice_in_json_ld(theme_site) -> None:
    data = jsonld(soup(theme_site, "index.html"))
    assert data["@type"] == "MedicalClinic" and data["medicalSpecialty"] == "Pediatric"
    assert data["telephone"] == "+1 217-555-0134"
    assert data["openingHours"][0] == "Monday–Friday: 8:00 am – 6:00 pm"


def test_the_not_found_page_is_built_but_never_indexed(theme_site) -> None:
    page = soup(theme_site, "404.html")
    assert page.find("h1").get_text() == "Page not found"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not page.find(attrs={"data-pagefind-body": True})
    home = page.find("main").find("a", string="the latest notes")["href"]
    assert home in (f"{SITEURL}/", f"{SITEURL}/index.html")
    locations = re.findall(r"<loc>([^<]*)</loc>", theme_site.read("sitemap.xml"))
    assert locations and not [loc for loc in locations if "404" in loc]
