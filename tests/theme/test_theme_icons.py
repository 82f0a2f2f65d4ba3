"""The site's icon: the theme's own SVG, and /favicon.ico and /apple-touch-icon.png at the
root, so a browser that asks for them by name gets a picture, not a 404 (found trying it
as a new user), all from the site itself (no third-party request)."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from PIL import Image
from siteicons import ROOT_ICONS, copy_root_icons
from support.theme_site import PAGE_TYPES, REPO

THEME_STATIC = REPO / "theme" / "static"


def _output_file(output: Path, href: str) -> Path:
    """The built file an icon's address names: a path on the address the page was opened
    at (no scheme, no host), so it is the site's own whatever address serves it."""
    parts = urlsplit(href)
    assert not parts.scheme and not parts.netloc and href.startswith("/"), href
    return output / parts.path.lstrip("/")


def test_every_page_links_icons_that_the_built_site_has(theme_site) -> None:
    pages = sorted(theme_site.output.rglob("*.html"))
    assert len(pages) >= len(PAGE_TYPES)
    for path in pages:
        page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        links = page.select('link[rel~="icon"], link[rel~="apple-touch-icon"]')
        hrefs = [link["href"] for link in links]
        assert any(href.endswith("/theme/favicon.svg") for href in hrefs), path
        for href in hrefs:
            assert _output_file(theme_site.output, href).is_file(), (path, href)


def test_the_root_icons_exist_and_are_real_images(theme_site) -> None:
    ico = (theme_site.output / "favicon.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # an icon file, as browsers expect at that name
    with Image.open(BytesIO(ico)) as icon:
        assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]
    with Image.open(theme_site.output / "apple-touch-icon.png") as touch:
        assert touch.format == "PNG" and touch.size == (180, 180)
    svg = (theme_site.output / "theme" / "favicon.svg").read_text("utf-8")
    assert svg.startswith("<svg") and "http" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")  # nothing to fetch from anywhere


def test_the_drawn_icons_are_the_svg_in_its_colours() -> None:
    """favicon.ico and apple-touch-icon.png are the SVG drawn with Pillow: redrawn when it
    changes (theme/README.md). Its fill colour is theirs, so they cannot drift apart."""
    fill = re.search(r'<rect[^>]*fill="#([0-9a-f]{6})"', (THEME_STATIC / "favicon.svg").read_text())
    assert fill is not None
    accent = tuple(int(fill[1][i:i + 2], 16) for i in (0, 2, 4))
    for name in ROOT_ICONS:
        with Image.open(THEME_STATIC / name) as image:
            if image.format == "ICO":
                image.size = (32, 32)
            rgb = image.convert("RGB")
            side = rgb.size[0]
            assert rgb.getpixel((side // 2, side // 6)) == accent, name  # the square
            assert rgb.getpixel((side // 2, side // 2)) == (255, 255, 255), name  # the cross


def test_the_practices_own_root_icon_is_kept(tmp_path: Path) -> None:
    theme, output = tmp_path / "theme", tmp_path / "output"
    (theme / "static").mkdir(parents=True)
    for name in ROOT_ICONS:
        (theme / "static" / name).write_bytes(b"theme's " + name.encode())
    output.mkdir()
    (output / "favicon.ico").write_bytes(b"the practice's own")
    assert copy_root_icons(theme, output) == [output / "apple-touch-icon.png"]
    assert (output / "favicon.ico").read_bytes() == b"the practice's own"
    assert (output / "apple-touch-icon.png").read_bytes() == b"theme's apple-touch-icon.png"
    (theme / "static" / "apple-touch-icon.png").unlink()
    assert copy_root_icons(theme, tmp_path / "other") == [tmp_path / "other" / "favicon.ico"]
