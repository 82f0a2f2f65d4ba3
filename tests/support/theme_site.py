"""The theme tests' site: the repository's site plus notes that exercise every trust signal.

`theme_site` is built once per test session with the production settings (absolute URLs,
as deployed), from a copy of the repository's site plus the notes below.
"""

from __future__ import annotations

import functools
import http.server
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from publishing.project import copy_site as copy_repository_site

REPO = Path(__file__).resolve().parents[2]
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

#: One address of each page type the site has (the browser tests load every one of them;
#: each adds the address its own server gives a missing page).
PAGE_TYPES = {
    "home": "/",
    "titled note": "/notes/when-to-worry-about-a-cough/",
    "micro note": "/notes/fever-is-a-fighter/",
    "note with disclosure": "/notes/sunscreen-for-babies/",
    "note with its own image": "/notes/alert1-quoted-more/",
    "page": "/about/",
    "tag": "/tag/colds/",
    "archive": "/archives/",
    "topics": "/tags/",
    "search": "/search/?q=cough",
}


#: The repository's notes the theme tests keep (its title-less sample note): the theme's
#: tests count entries, cards and pages, so they run on a known set, not on whatever
#: sample notes the practice has today.
KEPT_REPOSITORY_NOTES = ("*-fever-is-a-fighter.md",)


def copy_site(destination: Path) -> Path:
    """The repository's site (settings, theme, plugins, pages, one note) in `destination`."""
    from support.fixture_content import use_fixture_content

    use_fixture_content(copy_repository_site(REPO, destination))
    notes = destination / "content" / "notes"
    kept = {path for pattern in KEPT_REPOSITORY_NOTES for path in notes.glob(pattern)}
    for note in set(notes.glob("*.md")) - kept:
        note.unlink()
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


@dataclass
class BuiltSite:
    root: Path
    output: Path

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text("utf-8")


@dataclass
class ServedSite:
    site: BuiltSite
    base: str


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served_build(site: Path, **overrides: object) -> Iterator[ServedSite]:
    """A production build of `site` served on 127.0.0.1 at the address it was built for
    (so its own scripts, same-origin under the site's policy, load in a browser)."""
    from support.sites import build

    output = site / "output"
    output.mkdir(exist_ok=True)
    handler = functools.partial(_QuietHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ServedSite(BuiltSite(site, build(site, base, **overrides)), base)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
