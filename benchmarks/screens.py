"""Screenshots of the practice's pages, for the closing note of issue 13 (and for a look).

Builds the repository's own site (its sample notes, production settings, absolute URLs)
into a temporary folder, serves it on 127.0.0.1, and photographs the home page, a titled
note, a micro note and the About page at 390×844 (a phone) and 1280×800 (a laptop), in
light and dark, into `benchmarks/screens/`. Debian's Chromium drives the shots
(`CHROMIUM=/usr/bin/chromium` by default; Playwright comes with the dev extra).

Run: `.venv/bin/python benchmarks/screens.py`
"""

from __future__ import annotations

import functools
import http.server
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))

from publishing.build import build_site  # noqa: E402
from publishing.project import Project, copy_site  # noqa: E402

OUT = REPO / "benchmarks" / "screens"
SIZES = {"390x844": (390, 844), "1280x800": (1280, 800)}
SCHEMES = ("light", "dark")


def pages(output: Path) -> dict[str, str]:
    """Page name → path: the home page, About, and the first titled and micro notes."""

    found = {"home": "/", "about": "/about/"}
    for page in sorted((output / "notes").glob("*/index.html")):
        html = page.read_text("utf-8")
        kind = "micro-note" if 'class="h-entry note note--micro"' in html else "titled-note"
        if kind not in found and '<p class="disclosure">' not in html:
            found[kind] = f"/notes/{page.parent.name}/"
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    from playwright.sync_api import sync_playwright

    logging.disable(logging.WARNING)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rounds-screens-") as temp:
        site = copy_site(REPO, Path(temp) / "site")
        output = site / "output"
        output.mkdir()
        handler = functools.partial(_Quiet, directory=str(output))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            settings = Project(site).load_settings(
                production=True, overrides={"SITEURL": base, "FEED_DOMAIN": base,
                                            "SEARCH_INDEX": False})
            build_site(settings)
            shots = pages(output)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                    args=["--no-sandbox"])
                for size, (width, height) in SIZES.items():
                    for scheme in SCHEMES:
                        context = browser.new_context(viewport={"width": width, "height": height},
                                                      color_scheme=scheme)
                        page = context.new_page()
                        for name, path in shots.items():
                            page.goto(base + path, wait_until="load")
                            target = OUT / f"{name}-{size}-{scheme}.png"
                            page.screenshot(path=str(target))
                            print(target.relative_to(REPO))
                        context.close()
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
