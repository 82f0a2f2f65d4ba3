"""What a parent needs to judge a note: who wrote it, when it was checked, on what it rests.

Pure functions over plain values (metadata strings, HTML strings), so the templates only
print prepared values and tests need no build. Anything a person typed into metadata is
text, never markup: it is escaped here or by the template, whatever it contains.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from markupsafe import Markup, escape
from notemeta import disclosure_of, parse_sources

from .words import Words

#: Longest description (og:description, meta description) before it is cut at a word.
DESCRIPTION_LENGTH = 200

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")


@dataclass(frozen=True)
class TrustInfo:
    """The trust signals of one note, ready for the theme."""

    #: The `reviewed:` date, or None: a note never looks reviewed when nobody said so.
    reviewed: date | None
    #: Each `sources:` entry as safe HTML: escaped text, bare URLs made into links.
    sources: list[Markup] = field(default_factory=list)
    #: The disclosure line ("Sponsored by …") or None.
    disclosure: str | None = None
    #: Plain text for meta descriptions and list pages (never markup).
    description: str = ""


def parse_reviewed(value: object) -> date | None:
    """The `reviewed:` metadata as a date; None when absent or unreadable.

    Unreadable dates are the preflight check's to report (with file and line); the theme
    then shows no review date rather than a wrong one.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from pelican.utils import get_date

    try:
        return get_date(str(value).strip()).date()
    except (ValueError, OverflowError):
        return None


def plain_text(fragment: str) -> str:
    """The visible text of an HTML fragment, whitespace folded."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment or ""))).strip()


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` cut at a word boundary to fit `limit`, with an ellipsis when cut."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    head = text[: limit]
    boundary = head.rfind(" ")
    head = head[:boundary] if boundary > limit // 2 else head[: limit - 1]
    return head.rstrip(" ,;:–—-.") + "…"


_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def source_html(source: str) -> Markup:
    """One source as safe HTML, as a reference list prints it.

    `AAP, "Fever and Your Baby", https://…` becomes AAP, “Fever and Your Baby” with the
    title a link to the address (a parent opens the title, not a raw URL); straight quotes
    become typographic ones. Without a quoted title, the address itself is the link.
    Every piece of text is escaped.
    """
    urls = list(_URL.finditer(source))
    quoted = _QUOTED.search(source)
    if len(urls) == 1 and quoted:
        url = urls[0].group(0)
        text = (source[: urls[0].start()].rstrip(" ,;") + source[urls[0].end():]).strip()
        quoted = _QUOTED.search(text)
        assert quoted is not None
        title = quoted.group(1) or quoted.group(2)
        return Markup(
            _typographic(text[: quoted.start()])
            + f'“<a href="{escape(url)}" rel="nofollow">{escape(title)}</a>”'
            + _typographic(text[quoted.end():]))
    parts: list[str] = []
    position = 0
    for match in urls:
        parts.append(_typographic(source[position : match.start()]))
        url = escape(match.group(0))
        parts.append(f'<a href="{url}" rel="nofollow">{url}</a>')
        position = match.end()
    parts.append(_typographic(source[position:]))
    return Markup("".join(parts))


def _typographic(text: str) -> str:
    """`text` escaped, its straight double quotes turned into “ and ”."""
    escaped = str(escape(_QUOTED.sub(lambda m: f"“{m.group(1) or m.group(2)}”", text)))
    return escaped


def describe(summary_text: str | None, content_html: str, micro: bool) -> str:
    """The description of a note: its own summary, else the start of its text."""
    if summary_text and summary_text.strip() and not micro:
        return shorten(summary_text)
    return shorten(plain_text(content_html))


def trust_info(metadata: dict[str, object], summary_text: str | None, content_html: str,
               micro: bool, words: Words) -> TrustInfo:
    """All trust signals of a note from its metadata (keys lower-case, as Pelican gives),
    the disclosure in `words` (the note's language)."""
    return TrustInfo(
        reviewed=parse_reviewed(metadata.get("reviewed")),
        sources=[source_html(item) for item in parse_sources(metadata.get("sources"))],
        disclosure=words.disclose(disclosure_of(metadata.get("sponsored"),
                                                metadata.get("coi"))),
        description=describe(summary_text, content_html, micro),
    )


def long_date(value: date | datetime) -> str:
    """"November 2, 2026": unambiguous for parents everywhere (no 11/02 vs 02/11)."""
    return f"{value:%B} {value.day}, {value.year}"
