"""Fixtures for the theme: a real site with notes that exercise every trust signal.

`theme_site` is built once per test session with the production settings (absolute URLs,
as deployed), from a copy of the repository's site plus the notes below.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import textwrap
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE_FILES = ("content", "theme", "plugins", "pelicanconf.py", "publishconf.py", "tasks.py")
SITEURL = "https://maple.example"
EVIL = '<script>alert(1)</script> "quoted" & more'

COUGH_SOURCES = ('American Academy of Pediatrics, "Coughs and Colds" '
                 "https://www.healthychildren.org/coughs; CDC, Common Colds")

NOTES = {
    "2026-11-10-cough.md": f"""\
        Title: When to worry about a cough
        Date: 2026-11-10 09:00
        Reviewed: 2026-11-12
        Tags: colds, breathing
        Summary: Most coughs are colds. Here is when to call us.
        Sources: {COUGH_SOURCES}

        Most coughs in children come with colds and get better on their own within two weeks.
        Call us when your child **breathes fast**, works hard to breathe, or the cough lasts
        longer than three weeks.
        """,
    "2026-11-11-sunscreen.md": """\
        Title: Sunscreen for babies
        Date: 2026-11-11 10:00
        Tags: skin
        COI: I advise a sunscreen maker

        Keep babies younger than six months out of direct sun. After that, use a broad
        spectrum sunscreen of SPF 30 or more.
        """,
    "2026-11-12-escaping.md": f"""\
        Title: {EVIL}
        Date: 2026-11-12 10:00
        Tags: safety
        Summary: {EVIL}
        Image: images/evil.png
        Image_alt: {EVIL}
        Sources: {EVIL}; Second source

        Body text of a note whose metadata tries to inject markup.
        """,
}

PAGES = {
    "disclaimer.md": """\
        Title: Disclaimer
        Slug: disclaimer

        These notes are general information, not medical advice for a particular child.
        """,
    "office-hours.md": """\
        Title: Office hours and contact
        Slug: office-hours

        Call us at the number below. Our nurse line answers after hours.
        """,
}


def copy_site(destination: Path) -> Path:
    """The repository's site (settings, theme, plugins, content) copied to `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in SITE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, destination / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    return destination


def add_sample_content(site: Path) -> None:
    """The notes and pages above, and the image the escaping note names."""
    from PIL import Image

    for name, text in NOTES.items():
        (site / "content" / "notes" / name).write_text(textwrap.dedent(text), "utf-8")
    for name, text in PAGES.items():
        (site / "content" / "pages" / name).write_text(textwrap.dedent(text), "utf-8")
    images = site / "content" / "images"
    images.mkdir(exist_ok=True)
    Image.new("RGB", (800, 420), (200, 220, 240)).save(images / "evil.png")


def build(site: Path, siteurl: str, **overrides: object) -> Path:
    """A production build of `site` with `siteurl`; returns the output folder."""
    from publishing.build import build_site
    from publishing.project import Project

    settings = Project(site).load_settings(
        production=True,
        overrides={"SITEURL": siteurl, "FEED_DOMAIN": siteurl,
                   "DEPLOY_TARGET": str(site / "deploy"), **overrides},
    )
    build_site(settings)
    return Path(settings["OUTPUT_PATH"])


@dataclass
class BuiltSite:
    root: Path
    output: Path

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text("utf-8")


@pytest.fixture(scope="session")
def theme_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site = copy_site(tmp_path_factory.mktemp("theme") / "site")
    add_sample_content(site)
    return BuiltSite(site, build(site, SITEURL))


@pytest.fixture
def site_builder(tmp_path: Path) -> Callable[..., BuiltSite]:
    """Build a fresh copy with sample content (for tests that change settings or notes)."""

    def make(**overrides: object) -> BuiltSite:
        site = tmp_path / "site"
        if not site.exists():
            copy_site(site)
            add_sample_content(site)
        return BuiltSite(site, build(site, SITEURL, **overrides))

    return make


# --- Browser tests: real headless Chromium (Debian's), driven by Playwright ----------------
CHROMIUM = os.environ.get("ROUNDS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Belt and braces: nothing but this machine resolves, whatever a page asks for.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
AXE_JS = REPO / "tests" / "theme" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: runs real headless Chromium (deselect with -m 'not browser')")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class ServedSite:
    site: BuiltSite
    base: str


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """A production build served on 127.0.0.1 at the address it was built for."""
    site = copy_site(tmp_path_factory.mktemp("served") / "site")
    add_sample_content(site)
    output = site / "output"
    output.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ServedSite(BuiltSite(site, build(site, base)), base)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's Chromium under Playwright; skipped (with the reason) only when absent."""
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (CI installs it: "
                    "`apt-get install -y chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core is missing ({AXE_JS}). Fix: run `make axe` (npm ci).")
    return AXE_JS.read_text("utf-8")
