"""Which card image a note gets: its own `image:`, or one drawn for it (pure, no drawing).

The plan is cheap (a hash of what would be drawn), so every build knows each card's URL and
size at once; drawing happens later, only for a card the cache does not hold yet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Bump when the drawing changes, so every cached card is redrawn once.
DRAW_VERSION = "2"  # 2: the practice's colour and its logo or monogram (issue 13)
WIDTH, HEIGHT = 1200, 630
CARDS_DIR = "cards"


@dataclass(frozen=True)
class Card:
    """One card image. `url` is relative to the site root (the output folder)."""

    url: str
    width: int | None
    height: int | None
    alt: str
    mime: str
    #: True: drawn by Rounds (title + practice name); False: the note's own `image:`.
    generated: bool
    #: What is drawn (generated cards only): the cache key hashes all of it.
    title: str = ""
    practice: str = ""
    byline: str = ""
    key: str = ""

    @property
    def shown_on_page(self) -> bool:
        """The note's own image, from this site: shown under the note (never a third-party
        request; a remote `image:` is only named in the sharing tags)."""
        return not self.generated and not self.url.startswith(("http://", "https://"))


def normalise_image_path(value: str) -> str:
    """`{static}/images/a.jpg`, `/images/a.jpg`, `images/a.jpg` → `images/a.jpg`."""
    path = value.strip()
    for prefix in ("{static}", "{attach}", "{filename}"):
        if path.startswith(prefix):
            path = path[len(prefix):]
    return path.lstrip("/")


def image_size(path: Path) -> tuple[int | None, int | None]:
    """Width and height from the file's header (Pillow reads no pixels for this)."""
    try:
        from PIL import Image

        with Image.open(path) as image:
            return image.size
    except (OSError, ValueError):
        return None, None


_MIME = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
         ".webp": "image/webp", ".gif": "image/gif"}


def own_image(value: str, alt: str, content_path: Path) -> Card:
    """The card for a note that names its own `image:` (alt text required by preflight)."""
    if value.strip().startswith(("http://", "https://")):
        return Card(url=value.strip(), width=None, height=None, alt=alt,
                    mime=_MIME.get(Path(value).suffix.lower(), "image/jpeg"), generated=False)
    relative = normalise_image_path(value)
    width, height = image_size(content_path / relative)
    return Card(url=relative, width=width, height=height, alt=alt,
                mime=_MIME.get(Path(relative).suffix.lower(), "image/jpeg"), generated=False)


def byline(settings: dict[str, Any]) -> str:
    author = settings.get("AUTHOR", "")
    credentials = settings.get("AUTHOR_CREDENTIALS")
    job = settings.get("AUTHOR_JOB_TITLE")
    text = f"Dr. {author}" if credentials and "MD" in credentials else author
    if credentials:
        text += f", {credentials}"
    if job:
        text += f" · {job}"
    return text


def _picture(settings: dict[str, Any], name: str) -> str:
    """The file of an image setting when it is a PNG or JPEG under content/ (Pillow draws
    no SVG), else ""."""
    value = str(settings.get(name) or "")
    path = Path(str(settings.get("PATH", "content"))) / value if value else None
    usable = path is not None and path.suffix.lower() in (".png", ".jpg", ".jpeg") \
        and path.is_file()
    return str(path) if usable else ""


def identity(settings: dict[str, Any]) -> tuple[str, str, str, str]:
    """What makes a card the practice's own: (accent colour, logo file or "", monogram,
    the doctor's photo file or "").

    The logo when there is one (PNG/JPEG), else the monogram of the practice's name, as in
    the page header; the doctor's photo beside the byline, as on the page.
    """
    name = str(settings.get("SITENAME") or settings.get("PRACTICE_NAME") or "")
    monogram = "".join(word[0] for word in name.split()[:2]).upper()
    return (str(settings.get("ACCENT_COLOR") or "#114b5f"), _picture(settings, "SITE_LOGO"),
            monogram, _picture(settings, "AUTHOR_PHOTO"))


def generated_card(slug: str, title: str, settings: dict[str, Any]) -> Card:
    """The card drawn for a note without an image: its title and the practice's name."""
    practice = settings.get("PRACTICE_NAME") or settings.get("SITENAME", "")
    line = byline(settings)
    digest = hashlib.sha256(
        "\x1f".join((DRAW_VERSION, title, practice, line, *identity(settings))).encode("utf-8")
    ).hexdigest()
    return Card(
        url=f"{CARDS_DIR}/{slug}-{digest[:10]}.jpg",
        width=WIDTH, height=HEIGHT,
        alt=f"{title} — {practice}",
        mime="image/jpeg", generated=True,
        title=title, practice=practice, byline=line, key=digest,
    )


def card_for(metadata: dict[str, Any], slug: str, title: str,
             settings: dict[str, Any]) -> Card:
    """The note's card: its own image when it names one, else a generated one."""
    image = metadata.get("image")
    if image and str(image).strip():
        alt = str(metadata.get("image_alt") or "").strip()
        return own_image(str(image), alt, Path(settings.get("PATH", ".")))
    return generated_card(slug, title, settings)


def site_card(settings: dict[str, Any]) -> Card:
    """The card for pages that are not notes (home, topics, archive): the practice itself."""
    title = settings.get("SITESUBTITLE") or settings.get("SITENAME", "")
    return generated_card("site", title, settings)
