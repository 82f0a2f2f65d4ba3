"""Sharing metadata: what a link to a note shows when it is posted anywhere.

Canonical URL, Open Graph, Twitter Card and JSON-LD (`MedicalWebPage`) are computed here as
data; the template prints the meta tags escaped, and the JSON-LD is serialised here so that
no value can close its `<script>` element.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from markupsafe import Markup

from .practice import practice_texts


@dataclass(frozen=True)
class Image:
    """An image a card points to: URL relative to the site root, or absolute."""

    url: str
    width: int | None
    height: int | None
    alt: str
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class Page:
    """What sharing needs to know about one page of the site (note or not)."""

    title: str
    url: str
    description: str
    kind: str = "article"
    published: datetime | None = None
    modified: datetime | None = None
    reviewed: date | None = None
    tags: tuple[str, ...] = ()
    image: Image | None = None
    sources: tuple[str, ...] = ()
    #: The page's own language (`Lang:`), "" for the site's (DEFAULT_LANG / OG_LOCALE).
    lang: str = ""


@dataclass(frozen=True)
class Sharing:
    """Everything the `<head>` of a page says about it to other sites."""

    canonical: str
    #: (attribute, key, value): attribute is "property" (Open Graph) or "name" (Twitter).
    meta: list[tuple[str, str, str]] = field(default_factory=list)
    #: JSON-LD, safe to put between <script type="application/ld+json"> tags as is.
    jsonld: Markup | None = None


def absolute(base: str, url: str) -> str:
    """`url` (relative to the site root) made absolute against `base` (SITEURL).

    In development SITEURL is empty and the result is root-relative ("/notes/x/"): the best
    there is until publishconf gives the real address.
    """
    if url.startswith(("http://", "https://")):
        return url
    return f"{base.rstrip('/')}/{url.lstrip('/')}"


def author_person(settings: dict[str, Any]) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": settings.get("AUTHOR", "")}
    if settings.get("AUTHOR_CREDENTIALS"):
        person["honorificSuffix"] = settings["AUTHOR_CREDENTIALS"]
    if settings.get("AUTHOR_JOB_TITLE"):
        person["jobTitle"] = settings["AUTHOR_JOB_TITLE"]
    return person


def clinic(settings: dict[str, Any], lang: str = "") -> dict[str, Any]:
    """The practice as a schema.org `MedicalClinic`, its opening hours in `lang` (a note's
    `Lang:`, whose JSON-LD says `inLanguage`) where the practice gave them in it."""
    data: dict[str, Any] = {
        "@type": "MedicalClinic",
        "name": settings.get("PRACTICE_NAME") or settings.get("SITENAME", ""),
        "medicalSpecialty": "Pediatric",
    }
    if settings.get("SITEURL"):
        data["url"] = settings["SITEURL"].rstrip("/") + "/"
    for key, setting in (("address", "PRACTICE_ADDRESS"), ("telephone", "PRACTICE_PHONE"),
                         ("faxNumber", "PRACTICE_FAX")):
        if settings.get(setting):
            data[key] = settings[setting]
    hours = practice_texts(settings, lang).hours
    if hours:
        data["openingHours"] = [f"{days}: {time}" for days, time in hours]
    return data


def script_safe_json(data: Any) -> Markup:
    """JSON that cannot end its `<script>` element or open a comment: <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def jsonld(page: Page, canonical: str, image_url: str | None,
           settings: dict[str, Any]) -> dict[str, Any]:
    """The `MedicalWebPage` a search engine reads for a note."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "@id": canonical,
        "url": canonical,
        "name": page.title,
        "headline": page.title,
        "description": page.description,
        "inLanguage": page.lang or settings.get("DEFAULT_LANG", "en"),
        "audience": {"@type": "PeopleAudience", "audienceType": "Parents"},
        "author": author_person(settings),
        "publisher": clinic(settings, page.lang),
    }
    if page.published:
        data["datePublished"] = page.published.isoformat()
    if page.modified or page.published:
        data["dateModified"] = (page.modified or page.published).isoformat()
    if page.reviewed:
        data["lastReviewed"] = page.reviewed.isoformat()
        data["reviewedBy"] = author_person(settings)
    if page.image and image_url:
        image: dict[str, Any] = {"@type": "ImageObject", "url": image_url,
                                 "caption": page.image.alt}
        if page.image.width and page.image.height:
            image.update(width=page.image.width, height=page.image.height)
        data["image"] = image
    if page.tags:
        data["keywords"] = ", ".join(page.tags)
    if page.sources:
        data["citation"] = list(page.sources)
    return data


def og_locale(lang: str, settings: dict[str, Any]) -> str:
    """Open Graph's locale (`es_ES`-style) for a page in `lang`: the site's OG_LOCALE when the
    page is in the site's language, else the language with its region ("pt-BR" → "pt_BR")
    or alone ("es")."""
    site = str(settings.get("OG_LOCALE", "en_US"))
    default = str(settings.get("DEFAULT_LANG", "en")).lower()
    if not lang or lang.lower() == default:
        return site
    parts = lang.replace("_", "-").split("-")
    return parts[0].lower() + (f"_{parts[1].upper()}" if len(parts) > 1 else "")


def sharing_for(page: Page, settings: dict[str, Any]) -> Sharing:
    """Canonical URL, Open Graph, Twitter Card and (for notes) JSON-LD of one page."""
    base = settings.get("SITEURL", "") or ""
    canonical = absolute(base, page.url)
    site_name = settings.get("SITENAME", "")
    locale = og_locale(page.lang, settings)
    meta: list[tuple[str, str, str]] = [
        ("property", "og:site_name", site_name),
        ("property", "og:locale", locale),
        ("property", "og:type", page.kind),
        ("property", "og:title", page.title),
        ("property", "og:description", page.description),
        ("property", "og:url", canonical),
    ]
    image_url = absolute(base, page.image.url) if page.image else None
    if page.image and image_url:
        meta.append(("property", "og:image", image_url))
        if image_url.startswith("https://"):
            meta.append(("property", "og:image:secure_url", image_url))
        meta.append(("property", "og:image:type", page.image.mime))
        if page.image.width and page.image.height:
            meta.append(("property", "og:image:width", str(page.image.width)))
            meta.append(("property", "og:image:height", str(page.image.height)))
        meta.append(("property", "og:image:alt", page.image.alt))
    if page.kind == "article":
        if page.published:
            meta.append(("property", "article:published_time", page.published.isoformat()))
        modified = page.modified or page.published
        if modified:
            meta.append(("property", "article:modified_time", modified.isoformat()))
        meta.extend(("property", "article:tag", tag) for tag in page.tags)
    meta.extend([
        ("name", "twitter:card", "summary_large_image" if page.image else "summary"),
        ("name", "twitter:title", page.title),
        ("name", "twitter:description", page.description),
    ])
    if settings.get("TWITTER_SITE"):
        meta.append(("name", "twitter:site", settings["TWITTER_SITE"]))
    if page.image and image_url:
        meta.append(("name", "twitter:image", image_url))
        meta.append(("name", "twitter:image:alt", page.image.alt))
    data = jsonld(page, canonical, image_url, settings) if page.kind == "article" else None
    return Sharing(canonical=canonical, meta=meta,
                   jsonld=script_safe_json(data) if data is not None else None)
