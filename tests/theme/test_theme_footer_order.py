"""The footer groups what belongs together (found reading the site on a phone).

The "Disclaimer" page link came after the "Follow the practice" list, so it looked like
a way to follow the practice and a screen reader announced it under that heading. It
now sits right under the short disclaimer it completes.
"""

from __future__ import annotations

from bs4 import BeautifulSoup


def test_the_disclaimer_link_follows_the_short_disclaimer_not_the_follow_list(
    theme_site,
) -> None:
    page = BeautifulSoup(theme_site.read("index.html"), "html.parser")
    footer = page.select_one(".site-footer")
    link = footer.find("a", string="Disclaimer")
    assert link is not None
    follow = footer.find("h2", id="follow-heading")
    assert follow is not None
    assert follow not in link.find_all_previous("h2")
    assert link.find_previous("p")["class"] == ["disclaimer"]
