"""In real headless Chromium: axe-core finds no WCAG 2.2 AA violation, light and dark, and
no page asks anything of a host other than the site's own (127.0.0.1)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from support.theme_site import PAGE_TYPES

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
PAGES = {**PAGE_TYPES, "not found": "/404.html"}
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + " :: " + n.failureSummary),
  }));
}"""


def _local_only(requests: list[str], base: str) -> list[str]:
    host = urlparse(base).netloc
    return [url for url in requests
            if not url.startswith(("data:", "blob:")) and urlparse(url).netloc != host]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_accessibility_violations_and_no_third_party_requests(
    chromium, served_site, axe_source, name: str, scheme: str
) -> None:
    # axe is injected as an inline script: the test's tool, not the site, so it bypasses
    # the site's Content-Security-Policy (tests/hardening/test_browser_csp.py checks it).
    context = chromium.new_context(color_scheme=scheme, bypass_csp=True)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        page = context.new_page()
        response = page.goto(served_site.base + PAGES[name], wait_until="networkidle")
        assert response is not None and response.status == 200
        assert page.evaluate(
            "matchMedia('(prefers-color-scheme: dark)').matches") is (scheme == "dark")
        if name == "search":
            page.wait_for_selector("#search-results li", timeout=10_000)
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(RUN_AXE, AXE_TAGS)
    finally:
        context.close()
    assert violations == [], "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"])
        for v in violations)
    assert requests and _local_only(requests, served_site.base) == []


def test_search_finds_notes_in_the_browser(chromium, served_site) -> None:
    context = chromium.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        page = context.new_page()
        page.goto(served_site.base + "/search/")
        assert not page.is_visible(".no-js")
        page.fill("#search-query", "sunscreen")
        page.click("button[type=submit]")
        page.wait_for_selector("#search-results li a", timeout=10_000)
        links = page.locator("#search-results li a")
        found = {links.nth(i).text_content(): links.nth(i).get_attribute("href")
                 for i in range(links.count())}
        assert found["Sunscreen for babies"].endswith("/notes/sunscreen-for-babies/")
        count = len(found)
        status = f"{count} note{'s' if count != 1 else ''} found"
        assert status in page.text_content("#search-status")
        assert page.url.endswith("/search/?q=sunscreen")
    finally:
        context.close()
    assert any("/pagefind/" in url for url in requests)
    assert _local_only(requests, served_site.base) == []


def test_everything_reads_without_javascript(chromium, served_site) -> None:
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served_site.base + "/notes/fever-is-a-fighter/")
        assert "A fever is the body fighting an infection" in page.inner_text("main")
        page.goto(served_site.base + "/search/")
        assert page.is_visible(".no-js")
        assert "archive" in page.inner_text(".no-js")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/", "/notes/when-to-worry-about-a-cough/", "/archives/"])
def test_reflows_at_320_css_pixels_without_sideways_scrolling(chromium, served_site,
                                                             path: str) -> None:
    # 320 CSS px wide is a 1280 px window at 400% zoom (WCAG 1.4.10), and a small phone.
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(served_site.base + path)
        assert page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        context.close()


def test_print_leaves_out_navigation(chromium, served_site) -> None:
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(served_site.base + "/notes/when-to-worry-about-a-cough/")
        page.emulate_media(media="print")
        assert not page.is_visible(".site-header nav")
        assert page.is_visible(".note-meta")
    finally:
        context.close()


def test_the_axe_harness_reports_a_known_violation(chromium, axe_source) -> None:
    # Proves the check above can fail: an unlabelled image and a low-contrast text.
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.set_content('<html lang="en"><body><main><img src="data:,">'
                         '<p style="color:#ddd;background:#fff">faint</p></main></body></html>')
        page.add_script_tag(content=axe_source)
        ids = {violation["id"] for violation in page.evaluate(RUN_AXE, AXE_TAGS)}
    finally:
        context.close()
    assert {"image-alt", "color-contrast"} <= ids


def test_dark_mode_changes_the_colours(chromium, served_site) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context = chromium.new_context(color_scheme=scheme)
        try:
            page = context.new_page()
            page.goto(served_site.base + "/")
            colours[scheme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        finally:
            context.close()
    assert colours == {"light": "rgb(255, 255, 255)", "dark": "rgb(18, 20, 23)"}
