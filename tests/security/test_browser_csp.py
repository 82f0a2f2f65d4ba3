"""Every page type loads in real headless Chromium under the shipped policy, with no
violation: the meta policy in the page *and* the `_headers` policy sent by the server."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from publishing.serve import make_server
from support.sites import build
from support.theme_site import PAGE_TYPES, add_sample_content, copy_site

pytestmark = pytest.mark.browser

PAGES = {**PAGE_TYPES, "not found": "/no-such-page/"}
#: Collects every violation the page reports, from before its first byte is parsed.
LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
  e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || "")));"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = copy_site(tmp_path_factory.mktemp("csp-browser") / "site")
    add_sample_content(site)
    server = make_server(site / "output", "127.0.0.1", 0)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (site / "output").mkdir()
    output = build(site, base)
    assert (output / "_headers").is_file() and (output / "pagefind").is_dir()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_type_loads_under_the_policy_without_a_violation(
    chromium, served: str, name: str
) -> None:
    context = chromium.new_context()
    context.add_init_script(LISTEN)
    console: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda message: console.append(message.text))
        response = page.goto(served + PAGES[name], wait_until="networkidle")
        assert response is not None
        assert response.status == (404 if name == "not found" else 200)
        assert "default-src 'none'" in (response.headers.get("content-security-policy") or "")
        if name == "search":  # Pagefind's script and WebAssembly run under the policy
            page.wait_for_selector("#search-results li", timeout=15_000)
        violations = page.evaluate("window.__violations")
    finally:
        context.close()
    assert violations == []
    assert not [text for text in console if "Content Security Policy" in text], console


def test_the_policy_really_blocks_what_it_should(chromium, served: str) -> None:
    """The listener is not blind: an injected inline script is refused and reported."""
    context = chromium.new_context()
    context.add_init_script(LISTEN)
    try:
        page = context.new_page()
        page.goto(served + "/", wait_until="networkidle")
        page.evaluate("""() => { const s = document.createElement("script");
            s.textContent = "window.__ran = true"; document.body.appendChild(s); }""")
        page.wait_for_function("window.__violations.length > 0", timeout=5_000)
        assert page.evaluate("window.__ran === undefined")
    finally:
        context.close()
