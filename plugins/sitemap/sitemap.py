"""sitemap.xml and robots.txt for the built site (pure: entries in, text out)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote
from xml.sax.saxutils import escape

#: Characters a URL path keeps as they are (RFC 3986 unreserved, sub-delims, ':', '@', '/',
#: and '%' so that an address already encoded is not encoded twice).
URL_SAFE = "/:@!$&'()*+,;=-._~%"


@dataclass(frozen=True)
class Entry:
    """One URL of the site, relative to its root ("" is the home page)."""

    url: str
    lastmod: date | datetime | None = None


def absolute(base: str, url: str) -> str:
    """`url` under `base`, percent-encoded (a slug with an accent or a space is still one
    valid address in the sitemap)."""
    return f"{base.rstrip('/')}/{quote(url.lstrip('/'), safe=URL_SAFE)}"


def w3c_datetime(when: date | datetime) -> str:
    """`when` as sitemaps.org writes it: to the second. A file's modification time carries
    microseconds that say nothing to a crawler and only make the file noisier."""
    if isinstance(when, datetime):
        when = when.replace(microsecond=0)
    return when.isoformat()


def sitemap_xml(entries: Iterable[Entry], base: str) -> str:
    """A sitemaps.org urlset; each URL once, in the order given."""
    seen: set[str] = set()
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for entry in entries:
        location = absolute(base, entry.url)
        if location in seen:
            continue
        seen.add(location)
        lines.append(f"  <url><loc>{escape(location)}</loc>")
        if entry.lastmod is not None:
            lines[-1] += f"<lastmod>{w3c_datetime(entry.lastmod)}</lastmod>"
        lines[-1] += "</url>"
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(base: str, disallow: Iterable[str] = ("/drafts/",)) -> str:
    """Everything may be crawled except drafts; the sitemap is named when its URL is known.

    A sitemap line needs an absolute URL, so development builds (SITEURL "") leave it out.
    """
    lines = ["User-agent: *", "Allow: /"]
    lines.extend(f"Disallow: {path}" for path in disallow)
    if base.startswith(("http://", "https://")):
        lines.append(f"Sitemap: {absolute(base, 'sitemap.xml')}")
    return "\n".join(lines) + "\n"
