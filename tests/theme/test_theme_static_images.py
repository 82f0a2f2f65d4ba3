"""A picture written in a note's text as the README says, `![…]({static}/images/x.png)`,
shows on the deployed site.

Found trying Rounds as a new user: on every production build (absolute SITEURL) the
`<img>` kept `src="{static}/images/…"` and the parent saw a broken image, while the
development preview (relative links) looked fine. The trust plugin read `content.content`
while articles were being finalized, before Pelican knew the static files; Pelican keeps
the first answer per SITEURL, so the unreplaced one was the one written.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support.sites import build
from support.theme_site import SITEURL, add_sample_content, copy_site

NOTE = """\
    Title: How to tell if your child's ear hurts
    Date: 2026-11-29 09:00
    Reviewed: 2026-11-29

    Young children cannot always say that their ear hurts.

    ![A parent looking into a toddler's ear]({static}/images/evil.png)
    """


@pytest.mark.slow
def test_a_static_picture_in_a_notes_text_points_at_the_deployed_file(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    add_sample_content(site)  # writes content/images/evil.png
    (site / "content" / "notes" / "2026-11-29-ear.md").write_text(textwrap.dedent(NOTE), "utf-8")
    output = build(site, SITEURL, SEARCH_INDEX=False, CARD_IMAGES=False)
    page = BeautifulSoup(
        (output / "notes" / "how-to-tell-if-your-childs-ear-hurts" / "index.html")
        .read_text("utf-8"), "html.parser")
    image = page.find("img", alt="A parent looking into a toddler's ear")
    assert image["src"] == f"{SITEURL}/images/evil.png"
    assert (output / "images" / "evil.png").is_file()
