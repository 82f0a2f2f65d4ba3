"""What a network that draws its card from the page sees: the page's Open Graph tags.

Facebook scrapes a note's page once, draws the card from `og:image` and friends, and keeps
that card: a picture that was missing, or served as something other than an image, stays
missing on every share of the post. So before anything is posted the verify step reads the
live page's tags and judges them here. Pure: HTML text in, problems in words out.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser


class _MetaReader(HTMLParser):
    """Collects `<meta property|name="…" content="…">` of a page (first value wins)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        found = {name.lower(): value or "" for name, value in attrs}
        key = (found.get("property") or found.get("name") or "").strip().lower()
        if key and "content" in found:
            self.values.setdefault(key, found["content"].strip())


@dataclass(frozen=True)
class CardTags:
    """The Open Graph tags a card is drawn from."""

    image: str | None
    width: str | None
    height: str | None

    def problem(self) -> str | None:
        """What is wrong with the tags themselves (before the image is fetched), or None."""
        if not self.image:
            return "has no og:image, so its card would have no picture"
        missing = [name for name, value in (("og:image:width", self.width),
                                            ("og:image:height", self.height))
                   if not (value or "").strip().isdigit()]
        if missing:
            return (f"gives its card image {self.image} without {' and '.join(missing)}, so "
                    "Facebook may draw the card before it has read the picture (and keep it "
                    "that way)")
        return None


def card_tags(html: str) -> CardTags:
    reader = _MetaReader()
    reader.feed(html)
    reader.close()
    values = reader.values
    return CardTags(values.get("og:image") or values.get("og:image:url"),
                    values.get("og:image:width"), values.get("og:image:height"))


def image_problem(status: int, content_type: str) -> str | None:
    """Why an answer for the card image is no picture for a card, or None."""
    if status != 200:
        return f"answers HTTP {status}"
    kind = content_type.split(";")[0].strip().lower()
    if not kind.startswith("image/"):
        return f"is served as {kind or 'no type at all'}, not as an image"
    return None
