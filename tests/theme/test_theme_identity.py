"""Pages that look like the practice (issue 13): identity from settings, phone-first
navigation, dates that never break, "Follow the practice" in plain words."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from common.errors import RoundsError
from common.settings import DARK_BACKGROUND, LIGHT_BACKGROUND, ProjectSettings, contrast


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_without_a_logo_the_header_shows_a_monogram_and_the_byline_one_too(theme_site):
    page = soup(theme_site.read("notes/when-to-worry-about-a-cough/index.html"))
    assert page.select_one(".site-name .monogram").get_text() == "MS"
    assert page.select_one(".site-name .monogram")["aria-hidden"] == "true"
    assert page.select_one(".byline .portrait").get_text() == "AR"


def test_navigation_keeps_three_items_and_a_more_menu_that_needs_no_script(theme_site):
    page = soup(theme_site.read("index.html"))
    always = [li.a.get_text() for li in page.select(".nav-main > li")
              if not {"nav-wide", "nav-more"} & set(li.get("class") or [])]
    assert always == ["Notes", "Topics", "Search"]
    more = page.select_one(".nav-more details")
    assert more.summary.get_text() == "More"
    assert "Archive" in [a.get_text() for a in more.select("a")]
    assert not page.select("nav script")


def test_follow_the_practice_speaks_plainly_and_says_no_atom(theme_site):
    page = soup(theme_site.read("index.html"))
    footer = page.select_one(".site-footer")
    assert footer.find("h2", string="Follow the practice")
    assert footer.find("a", string="Get new notes in a feed reader")
    assert "Atom" not in footer.get_text()


def test_dates_never_break_mid_phrase(theme_site):
    css = theme_site.read("index.html")
    assert ".nowrap,time{white-space:nowrap}" in css


def test_the_theme_uses_the_accent_setting(site_builder):
    built = site_builder(ACCENT_COLOR="#7a1f3d", ACCENT_COLOR_DARK="#f2b8c6",
                         SITE_LOGO="images/logo.svg", AUTHOR_PHOTO="images/dr.jpg")
    html = built.read("notes/when-to-worry-about-a-cough/index.html")
    assert "--accent:#7a1f3d" in html and "--accent:#f2b8c6" in html
    page = soup(html)
    assert page.select_one(".site-name img.logo")["src"].endswith("/images/logo.svg")
    assert page.select_one(".byline img.portrait")["src"].endswith("/images/dr.jpg")


@pytest.mark.parametrize(("name", "colour"), [("ACCENT_COLOR", "#9fd3e0"),
                                              ("ACCENT_COLOR_DARK", "#114b5f"),
                                              ("ACCENT_COLOR", "teal")])
def test_an_accent_colour_without_aa_contrast_is_refused(tmp_path, name, colour):
    with pytest.raises(RoundsError, match="Fix:"):
        ProjectSettings.read({name: colour}, tmp_path)


def test_the_default_accents_keep_aa_contrast():
    assert contrast(ProjectSettings.default("ACCENT_COLOR"), LIGHT_BACKGROUND) >= 4.5
    assert contrast(ProjectSettings.default("ACCENT_COLOR_DARK"), DARK_BACKGROUND) >= 4.5
