"""The Content-Security-Policy: hashes computed from each page as built, `_headers` for the
host, nothing in development builds (the preview's reload script is inline)."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from security.policy import (
    STATIC_HEADERS,
    content_security_policy,
    headers_file,
    inline_blocks,
    source_hash,
    with_policy,
)
from support.sites import build, settings_for
from support.theme_site import add_sample_content, copy_site

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>x</title>
<script type="application/ld+json">{"a": 1}</script>
<style>body{color:red}</style>
<script src="/theme/js/search.js" defer></script>
</head><body></body></html>"""


def test_hashes_are_the_browsers_sha256_of_the_exact_text() -> None:
    expected = base64.b64encode(hashlib.sha256(b"body{color:red}").digest()).decode()
    assert source_hash("body{color:red}") == f"'sha256-{expected}'"
    assert source_hash("a\r\nb") == source_hash("a\nb")


def test_only_inline_blocks_are_hashed() -> None:
    blocks = inline_blocks(PAGE)
    assert blocks.styles == (source_hash("body{color:red}"),)
    assert blocks.scripts == (source_hash('{"a": 1}'),)


def test_the_policy_goes_right_after_the_charset_and_before_every_inline_block() -> None:
    page, _ = with_policy(PAGE)
    head = page.split("<title>")[0]
    assert head.index('<meta charset="utf-8">') < head.index("Content-Security-Policy")
    assert '<meta name="referrer" content="no-referrer">' in head
    assert with_policy(page)[0] == page  # a page that has its policy keeps it


def test_the_policy_allows_nothing_but_the_site_and_the_hashed_blocks() -> None:
    policy = content_security_policy(["'sha256-S'"], ["'sha256-J'"])
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self' 'wasm-unsafe-eval' 'sha256-J'"
    assert directives["style-src"] == "'sha256-S'"
    assert directives["object-src"] == directives["base-uri"] == "'none'"
    assert "unsafe-inline" not in policy and "frame-ancestors" not in policy
    assert "frame-ancestors 'none'" in content_security_policy([], [], header=True)


def test_headers_file_has_the_policy_and_the_other_headers() -> None:
    text = headers_file(["'sha256-S'"])
    assert text.startswith("/*\n  Content-Security-Policy: default-src 'none';")
    for name, value in STATIC_HEADERS:
        assert f"  {name}: {value}\n" in text
    assert {name for name, _ in STATIC_HEADERS} == {
        "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("csp") / "site")
    add_sample_content(site)
    return build(site, "https://maple.example")


def test_every_built_page_carries_a_policy_matching_its_own_inline_blocks(built: Path) -> None:
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, path
        policy = meta["content"]
        for style in soup.find_all("style"):
            assert source_hash(style.string or "") in policy, path
        for script in soup.find_all("script"):
            if not script.get("src"):
                assert source_hash(script.string or "") in policy, path
        assert html.index("Content-Security-Policy") < html.index("<style")


def test_headers_file_allows_every_pages_style(built: Path) -> None:
    headers = (built / "_headers").read_text("utf-8")
    styles = set()
    for path in built.rglob("*.html"):
        styles.update(re.findall(r"<style>(.*?)</style>", path.read_text("utf-8"), re.S))
    assert styles
    for style in styles:
        assert source_hash(style) in headers


def test_a_development_build_has_no_policy(tmp_path: Path) -> None:
    from publishing.build import build_site
    from publishing.project import Project

    site = copy_site(tmp_path / "site")
    settings = Project(site).load_settings(production=False)
    build_site(settings)
    output = Path(settings["OUTPUT_PATH"])
    assert "Content-Security-Policy" not in (output / "index.html").read_text("utf-8")
    assert not (output / "_headers").exists()
    assert settings_for(site)["SECURITY_POLICY"] is True


def test_invoke_serve_sends_the_headers_of_the_headers_file(built: Path) -> None:
    import threading
    import urllib.request

    from publishing.serve import make_server

    server = make_server(built, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    finally:
        server.shutdown()
        server.server_close()


def test_the_readme_documents_the_same_headers_for_nginx_and_apache() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    for name, value in STATIC_HEADERS:
        assert f'add_header {name} "{value}" always;' in readme
        assert f'Header always set {name} "{value}"' in readme


def test_an_inline_script_in_a_notes_text_gets_no_hash() -> None:
    page = PAGE.replace("<body></body>", "<body><script>steal()</script>"
                        "<style>body{display:none}</style></body>")
    blocks = inline_blocks(page)
    assert source_hash("steal()") not in blocks.scripts
    assert source_hash("body{display:none}") not in blocks.styles
    assert blocks == inline_blocks(PAGE)
