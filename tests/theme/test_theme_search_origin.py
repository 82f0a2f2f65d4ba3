"""The search page works at whatever address the deployed site is opened at.

A fresh clone's `make publish` builds for http://localhost:8000; a doctor who opens
http://127.0.0.1:8000/ (or runs `PORT=8001 make serve` because 8000 is taken) is on
another origin, where the Content-Security-Policy's 'self' blocked a search script named
by SITEURL: the search page silently did nothing. Its script, its Pagefind bundle and its
form now load from the path the site lives under, on the origin the page was opened at.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support.sites import build
from support.theme_site import add_sample_content, copy_site


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _search_parts(output: Path) -> tuple[str, str, str]:
    page = BeautifulSoup((output / "search" / "index.html").read_text("utf-8"), "html.parser")
    form = page.find("form", id="search-form")
    script = page.find("script", src=lambda src: bool(src) and src.endswith("search.js"))
    return form["action"], form["data-pagefind"], script["src"]


def test_search_loads_its_files_from_the_sites_own_path(theme_site) -> None:
    action, pagefind, script = _search_parts(theme_site.output)
    assert (action, pagefind, script) == (
        "/search/", "/pagefind/pagefind.js", "/theme/js/search.js")
    assert (theme_site.output / "pagefind" / "pagefind.js").is_file()
    assert (theme_site.output / "theme" / "js" / "search.js").is_file()


@pytest.mark.slow
def test_a_site_under_a_path_keeps_its_path(tmp_path: Path) -> None:
    # GitHub Pages project sites live under /<repository>/.
    site = copy_site(tmp_path / "site")
    add_sample_content(site)
    output = build(site, "https://maple.example/blog", CARD_IMAGES=False)
    assert _search_parts(output) == (
        "/blog/search/", "/blog/pagefind/pagefind.js", "/blog/theme/js/search.js")


@pytest.mark.browser
def test_search_works_on_an_address_other_than_the_one_it_was_built_for(
    chromium, theme_site
) -> None:
    # Built for https://maple.example, opened at http://127.0.0.1:PORT: another origin, as
    # a site published for http://localhost:8000 is when opened at 127.0.0.1 or port 8001.
    handler = functools.partial(_Quiet, directory=str(theme_site.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = chromium.new_context()
    blocked: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda message: blocked.append(message.text)
                if "Content Security Policy" in message.text else None)
        page.goto(base + "/search/")
        page.fill("#search-query", "sunscreen")
        page.click("button[type=submit]")
        page.wait_for_selector("#search-results li a", timeout=10_000)
        assert "found" in page.text_content("#search-status")
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    assert blocked == []
