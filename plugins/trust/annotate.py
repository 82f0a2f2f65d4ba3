"""Attach the prepared trust and sharing values to Pelican's content objects.

The only module of the plugin that knows Pelican's objects; the values themselves come from
the pure functions in `meta.py`, `sharing.py` and `cards.plan`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from cards.plan import Card, card_for, site_card
from notemeta import parse_sources

from .meta import plain_text, shorten, trust_info
from .practice import practice_texts
from .sharing import Image, Page, Sharing, clinic, script_safe_json, sharing_for
from .words import words_for


def _image(card: Card | None) -> Image | None:
    if card is None:
        return None
    return Image(url=card.url, width=card.width, height=card.height, alt=card.alt,
                 mime=card.mime)


def summary_text(content: Any, settings: dict[str, Any]) -> str | None:
    """The note's own `summary:` as plain text, or None when it has none.

    Rounds reads `summary:` as text (FORMATTED_FIELDS = []), so `<b>` in it is shown, not
    obeyed. Pelican's `summary` is HTML everywhere else (feeds, auto summaries), so the
    metadata is replaced by its escaped form: every reader of `article.summary` gets HTML.
    """
    cached = getattr(content, "summary_text", None)
    if cached is not None:
        return cached or None
    raw = content.metadata.get("summary")
    if raw is None:
        content.summary_text = ""
        return None
    if "summary" in settings.get("FORMATTED_FIELDS", ()):
        text = plain_text(str(raw))
    else:
        text = str(raw)
        content.metadata["summary"] = html.escape(text, quote=False)
        content._summary = content.metadata["summary"]
    content.summary_text = text
    return text


def declared_modified(content: Any) -> datetime | None:
    """The note's own `Modified:` (else `Reviewed:`) date, or None: never a file time.

    The reader (`micronotes.reader.note_modified`) reads it from the note's text; a file's
    mtime (a fresh clone's, a re-saved note's, the build cache's) never counts as a change.
    """
    value = content.metadata.get("declared_modified")
    return value if isinstance(value, datetime) else None


def annotate(content: Any, settings: dict[str, Any], kind: str) -> None:
    """Set `trust`, `card`, `description` and `sharing` on one article or page."""
    micro = bool(content.metadata.get("micro", False))
    text = summary_text(content, settings)
    # The raw HTML (`_content`), never `content.content` here: Pelican memoizes a page's
    # content per SITEURL the first time it is read, and during this signal the static
    # files are not known yet, so every `{static}/images/…` of the note's text stayed
    # unreplaced on the deployed page (a broken image). The description is plain text.
    # The theme's words and dates are in the note's language (`Lang:`, else DEFAULT_LANG).
    words = words_for(getattr(content, "lang", None), settings)
    info = trust_info(content.metadata, text, getattr(content, "_content", "") or "", micro,
                      words)
    if kind == "article" or content.metadata.get("image"):
        card = card_for(content.metadata, content.slug, content.title, settings)
    else:
        card = site_card(settings)
    content.trust = info
    content.card = card
    content.words = words
    # The practice's disclaimer and hours in the page's language where it gave them in it.
    content.practice = practice_texts(settings, getattr(content, "lang", None))
    content.description = info.description
    tags = tuple(str(tag) for tag in getattr(content, "tags", []) or [])
    modified = declared_modified(content)
    content.declared_modified = modified
    content.sharing = sharing_for(
        Page(
            title=content.title, url=content.url, description=info.description,
            kind="article" if kind == "article" else "website",
            published=getattr(content, "date", None) if kind == "article" else None,
            modified=modified if kind == "article" else None,
            reviewed=info.reviewed, tags=tags, image=_image(card),
            # as typed (the page shows them with typographic quotes and links)
            sources=tuple(parse_sources(content.metadata.get("sources"))),
            lang=str(getattr(content, "lang", "") or ""),
        ),
        settings,
    )


def site_sharing(settings: dict[str, Any]) -> tuple[Card, Sharing]:
    """The practice's own card and sharing tags, for home, topics and archive pages."""
    card = site_card(settings)
    description = shorten(settings.get("SITESUBTITLE") or settings.get("SITENAME", ""))
    sharing = sharing_for(
        Page(title=settings.get("SITENAME", ""), url="", description=description,
             kind="website", image=_image(card)),
        settings,
    )
    return card, sharing


def _annotate_all(contents: Iterable[Any], settings: dict[str, Any], kind: str) -> None:
    """Annotate each content once. The preview reuses unchanged article objects between
    builds (`writing.incremental.ArticleMemory`, cleared whenever settings, theme or
    plugins change): those already carry their annotations, and redoing them for every
    note of a large site was a second of every save at 1,000 notes."""
    for content in contents:
        stamp = (kind, settings.get("SITEURL", ""))
        if getattr(content, "_rounds_annotated", None) == stamp:
            continue
        annotate(content, settings, kind)
        content._rounds_annotated = stamp


def _share_site(generator: Any) -> None:
    card, sharing = site_sharing(generator.settings)
    generator.context["SITE_CARD"] = card
    generator.context["SITE_SHARING"] = sharing
    generator.context["SITE_WORDS"] = words_for(None, generator.settings)
    generator.context["SITE_PRACTICE"] = practice_texts(generator.settings)
    generator.context["SITE_JSONLD"] = script_safe_json(
        {"@context": "https://schema.org", **clinic(generator.settings)})
    generator.context["SITE_BASE_URL"] = (generator.settings.get("SITEURL") or "").rstrip("/")
    # The path a site lives under (GitHub Pages project sites: "/repo/"), for search links.
    path = urlparse(generator.settings.get("SITEURL") or "").path.rstrip("/")
    generator.context["SITE_BASE_PATH"] = path + "/"


def annotate_articles(generator: Any) -> None:
    """`article_generator_finalized` handler."""
    settings = generator.settings
    for name in ("articles", "translations", "hidden_articles", "hidden_translations",
                 "drafts", "drafts_translations"):
        _annotate_all(getattr(generator, name, []) or [], settings, "article")
    _share_site(generator)


def annotate_pages(generator: Any) -> None:
    """`page_generator_finalized` handler."""
    settings = generator.settings
    for name in ("pages", "translations", "hidden_pages", "hidden_translations",
                 "draft_pages", "draft_translations"):
        _annotate_all(getattr(generator, name, []) or [], settings, "page")
    _share_site(generator)
