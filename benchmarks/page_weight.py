"""Print the weight of a note page: HTML + CSS + JS bytes, raw and gzipped, and requests.

Goal: under 14 KB gzipped, so a parent's phone gets the whole note in the first network
round trip. Content images are left out (they are the note's, not the theme's).

    .venv/bin/python benchmarks/page_weight.py [--note notes/<slug>/]

Builds the repository's site with the production settings into a temporary folder, then
(1) reads the note page and every same-site CSS/JS file it names, and (2) when Debian's
Chromium is installed, loads the page in it and counts the requests actually made.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import sys
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
CHROMIUM = "/usr/bin/chromium"
GOAL = 14 * 1024


class _Resources(HTMLParser):
    """Stylesheets, scripts and images a page names (src/href), in order."""

    def __init__(self) -> None:
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []
        self.images: list[str] = []
        self.inline_scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and "stylesheet" in (found.get("rel") or "").split():
            self.css.append(found.get("href") or "")
        elif tag == "script" and found.get("src"):
            self.js.append(found["src"] or "")
        elif tag == "script":
            self.inline_scripts += 1
        elif tag == "img" and found.get("src"):
            self.images.append(found["src"] or "")


def _gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def _local_file(output: Path, base: str, url: str) -> Path | None:
    if url.startswith(base):
        url = url[len(base):]
    if urlparse(url).scheme or url.startswith("//"):
        return None
    return output / url.lstrip("/")


def build(site: Path, siteurl: str) -> Path:
    from publishing.build import build_site
    from publishing.project import Project, copy_site

    copy_site(ROOT, site)
    settings = Project(site).load_settings(
        production=True, overrides={"SITEURL": siteurl, "FEED_DOMAIN": siteurl,
                                    "DEPLOY_TARGET": str(site / "deploy")})
    build_site(settings)
    return Path(settings["OUTPUT_PATH"])


def browser_requests(base: str, path: str) -> list[tuple[str, int]] | None:
    """(url, body bytes) of every request Chromium makes loading the page, or None."""
    if not Path(CHROMIUM).is_file():
        return None
    from playwright.sync_api import sync_playwright

    seen: list[tuple[str, int]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.on("requestfinished",
                lambda request: seen.append((request.url, len(request.response().body()))))
        page.goto(base + path, wait_until="networkidle")
        browser.close()
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--note", default="notes/fever-is-a-fighter/",
                        help="path of the note page in the site (default: the sample note)")
    parser.add_argument("--serve", action="store_true",
                        help="only build and serve the site, printing its URL (lighthouse.sh)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        site.mkdir()
        output_dir = site / "output"
        output_dir.mkdir()
        handler = functools.partial(
            type("Quiet", (http.server.SimpleHTTPRequestHandler,),
                 {"log_message": lambda *args: None}),
            directory=str(output_dir))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            output = build(site, base)
            if options.serve:
                print(f"SERVING {base}", flush=True)
                threading.Event().wait()
            page = output / options.note / "index.html"
            html = page.read_bytes()
            resources = _Resources()
            resources.feed(html.decode("utf-8"))
            rows = [("HTML (CSS inlined)", html)]
            for kind, urls in (("CSS", resources.css), ("JS", resources.js)):
                for url in urls:
                    local = _local_file(output, base, url)
                    if local is None:
                        print(f"✗ third-party {kind}: {url}")
                        return 1
                    rows.append((f"{kind} {url.removeprefix(base)}", local.read_bytes()))
            print(f"Page weight of /{options.note} (content images excluded)")
            for label, data in rows:
                print(f"  {label:<40} {len(data):>7,} B raw  {_gzip_size(data):>6,} B gzip")
            raw = sum(len(data) for _, data in rows)
            zipped = sum(_gzip_size(data) for _, data in rows)
            print(f"  {'total HTML+CSS+JS':<40} {raw:>7,} B raw  {zipped:>6,} B gzip "
                  f"({'under' if zipped < GOAL else 'OVER'} the 14 KB goal)")
            print(f"  requests named by the page: {1 + len(rows) - 1 + len(resources.images)} "
                  f"(document + {len(rows) - 1} CSS/JS + {len(resources.images)} images); "
                  f"inline scripts: {resources.inline_scripts} (JSON-LD)")
            measured = browser_requests(base, "/" + options.note)
            if measured is None:
                print("  requests in Chromium: not measured (install chromium)")
            else:
                outside = [url for url, _ in measured if not url.startswith(base)]
                print(f"  requests in Chromium: {len(measured)} "
                      f"({sum(size for _, size in measured):,} B bodies); "
                      f"to other hosts: {len(outside)}")
                for url, size in measured:
                    print(f"    {size:>7,} B  {url.removeprefix(base)}")
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
