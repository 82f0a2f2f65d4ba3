"""Accessibility and links: alt text on every image, no broken internal link, https outside.

- An image without alt text is a BLOCK: a parent using a screen reader gets nothing (WCAG
  1.1.1), and the social card would go out without a description.
- An internal link (`{filename}`/`{static}` reference, or a path on this site) that does not
  resolve is a BLOCK: the promise is "never post a dead link".
- An external link that is not a well-formed https URL is a WARN (not blocking): http pages
  show "Not secure" on phones, and a typo'd address is worth a second look.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile

_TARGET = r"<?(?P<target>[^\s)>]*)>?(?:\s+[\"'(][^\n]*?[\"')])?"
IMAGE_MD = re.compile(r"!\[(?P<alt>[^\]]*)\]\(" + _TARGET + r"\)")
LINK_MD = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\(" + _TARGET + r"\)")
REFERENCE = re.compile(r"^[ ]{0,3}\[(?P<label>[^\]]+)\]:\s*<?(?P<target>\S+?)>?(?:\s.*)?$")
#: An image that takes its address from a reference: `![alt][label]`, `![alt][]`, `![label]`.
IMAGE_REF = re.compile(r"!\[(?P<alt>[^\]]*)\](?:\[(?P<label>[^\]]*)\])?(?![(:])")
AUTOLINK = re.compile(r"<(?P<target>https?://[^>\s]+)>")
HTML_IMG = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)
HTML_HREF = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"'](?P<target>[^\"']*)[\"']", re.I)
HTML_SRC = re.compile(r"\bsrc\s*=\s*[\"'](?P<target>[^\"']*)[\"']", re.I)
#: `srcset` of an `<img>` or a `<picture>`'s `<source>`: more addresses the page loads.
HTML_SRCSET = re.compile(r"<(?:img|source)\b[^>]*?\bsrcset\s*=\s*[\"'](?P<set>[^\"']*)[\"']",
                         re.I)
HTML_ALT = re.compile(r"\balt\s*=\s*([\"'])(?P<alt>.*?)\1", re.I)
PLACEHOLDER = re.compile(
    r"^\{(?P<kind>filename|static|attach|tag|category|author|index)\}(?P<rest>.*)$"
)
HOSTLIKE = re.compile(r"^(?:www\.|[a-z0-9-]+\.(?:com|org|gov|net|edu|us|io)(?:/|$))", re.I)
HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Link:
    line: int
    col: int
    target: str
    image: bool = False


def _image_labels(note: NoteFile) -> set[str]:
    """The references (`[label]: https://…`) that an image of the body takes its address
    from (`![alt][label]`), lower-cased as Markdown matches them."""
    if "![" not in note.body:
        return set()
    labels: set[str] = set()
    for _, text in note.body_lines():
        for match in IMAGE_REF.finditer(text):
            labels.add(" ".join((match["label"] or match["alt"]).lower().split()))
    return labels


def links_in(note: NoteFile) -> Iterator[Link]:
    """Every link and image target in the body, with the column where the target starts.

    A reference's target (`[chart]: https://…`) counts as an image when an image of the
    note uses it (`![A growth chart][chart]`): the page loads it as one.
    """
    images = _image_labels(note)
    fenced = False
    for number, text in note.body_lines():
        if _FENCE.match(text):
            fenced = not fenced
            continue
        if fenced:
            continue
        for pattern, image in ((IMAGE_MD, True), (LINK_MD, False), (AUTOLINK, False),
                               (HTML_HREF, False)):
            for match in pattern.finditer(text):
                yield Link(number, match.start("target") + 1, match["target"], image)
        for match in HTML_IMG.finditer(text):
            src = HTML_SRC.search(match["attrs"])
            if src:
                col = match.start("attrs") + src.start("target") + 1
                yield Link(number, col, src["target"], True)
        for match in HTML_SRCSET.finditer(text):
            offset = match.start("set")
            for candidate in re.finditer(r"[^\s,][^\s]*", match["set"]):
                if not re.fullmatch(r"\d+(?:\.\d+)?[wx],?", candidate.group(0)):
                    yield Link(number, offset + candidate.start() + 1,
                               candidate.group(0).rstrip(","), True)
        reference = REFERENCE.match(text)
        if reference:
            label = " ".join(reference["label"].lower().split())
            yield Link(number, reference.start("target") + 1, reference["target"],
                       label in images)
    image = note.metadata.get("image")
    if image and image.value:
        raw = note.text.split("\n")[image.line - 1]
        yield Link(image.line, raw.find(image.value) + 1, image.value, True)


def check_alt_text(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    fix = ("Fix: describe what the picture shows for a parent who cannot see it, inside the "
           "brackets: ![A toddler's thermometer reading 101°F](…).")
    for number, text in note.body_lines():
        for match in IMAGE_MD.finditer(text):
            if not match["alt"].strip():
                yield Finding(note.relpath, number, match.start() + 1, Level.BLOCK,
                              "image-alt", "This image has no alt text. " + fix)
        for match in HTML_IMG.finditer(text):
            alt = HTML_ALT.search(match["attrs"])
            if alt is None or not alt["alt"].strip():
                yield Finding(note.relpath, number, match.start() + 1, Level.BLOCK, "image-alt",
                              "This <img> has no alt text. Fix: add alt=\"what the picture "
                              "shows\".")
    image = note.metadata.get("image")
    if image and image.value and not note.meta("image_alt").strip():
        yield Finding(note.relpath, image.line, 1, Level.BLOCK, "image-alt",
                      "The post's image has no description. Fix: add a line \"image_alt: what "
                      "the picture shows\" under it.")


def _static_files(context: CheckContext) -> set[str]:
    found: set[str] = set()
    for folder in context.settings.get("STATIC_PATHS", ["images"]):
        base = context.content_path / folder
        if base.is_file():
            found.add(folder)
        elif base.is_dir():
            found.update(
                str(p.relative_to(context.content_path)).replace("\\", "/")
                for p in base.rglob("*") if p.is_file()
            )
    return found


def site_urls(notes: list[NoteFile], context: CheckContext) -> set[str] | None:
    """Every path the built site will have for a page a note may link to (no leading /).

    None when the URL settings use fields other than {slug} (dates, categories): then links
    to site paths are not checked, rather than reported wrongly.
    """
    from pelican.utils import slugify

    from .structure import note_slug

    settings = context.settings
    patterns = {
        "article": settings.get("ARTICLE_URL", "{slug}.html"),
        "page": settings.get("PAGE_URL", "pages/{slug}.html"),
        "draft": settings.get("DRAFT_URL", "drafts/{slug}.html"),
    }
    if any(re.search(r"\{(?!slug\})", p) for p in patterns.values()):
        return None
    urls = {"", "index.html", "archives/", "tags/", "categories/", "authors/"}
    urls.update(str(settings.get(k) or "") for k in ("FEED_ALL_ATOM", "ARCHIVES_URL",
                                                      "TAGS_URL", "CATEGORIES_URL"))
    urls.update(_static_files(context))
    tag_url = str(settings.get("TAG_URL", "tag/{slug}.html"))
    for note in notes:
        if note.decode_error is not None:
            continue
        slug = note_slug(note, settings)
        kind = "page" if "/pages/" in f"/{note.relpath}" else "article"
        if note.meta("status").lower() == "draft":
            kind = "draft" if kind == "article" else kind
        urls.add(patterns[kind].format(slug=slug))
        for tag in re.split(r"\s*,\s*", note.meta("tags")):
            if tag.strip():
                urls.add(tag_url.format(slug=slugify(tag.strip())))
    return {u.lstrip("/") for u in urls}


def _note_url(note: NoteFile, context: CheckContext) -> str:
    from .structure import note_slug

    kind = "PAGE_URL" if "/pages/" in f"/{note.relpath}" else "ARTICLE_URL"
    pattern = str(context.settings.get(kind, "{slug}.html"))
    try:
        return pattern.format(slug=note_slug(note, context.settings))
    except (KeyError, IndexError):
        return ""


def _placeholder_target(note: NoteFile, context: CheckContext, kind: str, rest: str) -> Path:
    rest = unquote(rest.split("#", 1)[0].split("?", 1)[0])
    if rest.startswith("/"):
        return context.content_path / rest.lstrip("/")
    return note.path.parent / rest


def _check_link(note: NoteFile, link: Link, context: CheckContext,
                urls: set[str] | None) -> Finding | None:
    target = link.target.strip()
    where = (note.relpath, link.line, link.col)
    what = "image" if link.image else "link"
    if not target or target.startswith(("#", "mailto:", "tel:")):
        return None
    placeholder = PLACEHOLDER.match(target)
    if placeholder:
        kind, rest = placeholder["kind"], placeholder["rest"]
        if kind not in ("filename", "static", "attach"):
            return None
        path = _placeholder_target(note, context, kind, rest)
        if path.is_file():
            return None
        fix = (f"put the picture in content/images/ and write it as "
               f"{{static}}/images/{Path(rest).name}" if link.image
               else "correct the file name, or add the file")
        return Finding(*where, Level.BLOCK, "link-internal",
                       f"This {what} points to \"{rest}\", which is not in content/ "
                       f"(looked for {_shown(path, context)}). Fix: {fix}.")
    parts = urlsplit(target)
    if parts.scheme in ("http", "https") or target.startswith("//"):
        siteurl = str(context.settings.get("SITEURL") or "")
        if siteurl.startswith("http") and target.startswith(siteurl.rstrip("/") + "/"):
            return _check_site_path(note, link, target[len(siteurl.rstrip("/")):], urls,
                                    context, what)
        if link.image:
            return _remote_image(note, link, target)
        return _check_external(note, link, target, what)
    if parts.scheme:
        return Finding(*where, Level.WARN, "link-external",
                       f"\"{target}\" is not a web address. Fix: use a full https:// address.")
    if HOSTLIKE.match(target):
        return Finding(*where, Level.WARN, "link-external",
                       f"\"{target}\" is missing \"https://\", so it would point inside this "
                       f"site. Fix: write https://{target}")
    return _check_site_path(note, link, target, urls, context, what)


def _check_site_path(note: NoteFile, link: Link, target: str, urls: set[str] | None,
                     context: CheckContext, what: str) -> Finding | None:
    if urls is None:
        return None
    path = unquote(urlsplit(target).path)
    if path.startswith("/"):
        resolved = posixpath.normpath(path).lstrip("/")
    else:
        base = posixpath.dirname(_note_url(note, context).rstrip("/") + "/x")
        resolved = posixpath.normpath(posixpath.join(base, path)).lstrip("/")
    if resolved in (".", ""):
        return None
    candidates = {resolved, resolved + "/", resolved + "/index.html",
                  resolved.removesuffix("index.html")}
    if target.endswith("/"):
        candidates.add(resolved + "/")
    if candidates & urls:
        return None
    if link.image:
        name = path.lstrip("./")
        there = (context.content_path / name).is_file()
        fix = (f"write it as {{static}}/{name}, so Rounds finds it wherever the page is"
               if there else f"put the picture in content/images/ and write it as "
               f"{{static}}/images/{posixpath.basename(path)}")
        return Finding(note.relpath, link.line, link.col, Level.BLOCK, "link-internal",
                       f"This image points to \"{target}\", which the page would look for at "
                       f"\"{resolved}\", where there is no file. Fix: {fix}.")
    return Finding(note.relpath, link.line, link.col, Level.BLOCK, "link-internal",
                   f"This {what} points to \"{target}\" on this site, but no note, page or file "
                   "will be there. Fix: link to the note's file instead, for example "
                   "[text]({filename}/notes/2026-11-02-fever.md), so Rounds keeps the link "
                   "right.")


def _remote_image(note: NoteFile, link: Link, target: str) -> Finding:
    """A picture the page would load from another site: the site's Content-Security-Policy
    (`img-src 'self'`) refuses it, so parents see a broken picture, and were it allowed,
    every visit would tell that site who is reading which note. A BLOCK, with the one fix
    that works: the picture becomes one of the site's own files."""
    name = posixpath.basename(unquote(urlsplit(target).path).rstrip("/"))
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "picture.png"
    if "." not in name:
        name += ".png"
    image = note.metadata.get("image")
    what = ("The post's image (\"image:\")" if image is not None and link.line == image.line
            else "This image")
    return Finding(
        note.relpath, link.line, link.col, Level.BLOCK, "link-remote-image",
        f"{what} is loaded from another site (\"{target[:80]}\"): the "
        "site's security policy blocks pictures from elsewhere, so parents would see a "
        "broken picture (and the other site would learn who reads the note). Fix: download "
        f"the picture into content/images and write {{static}}/images/{name} instead of the "
        "address (check that you may use it, and name where it comes from).",
    )


def _check_external(note: NoteFile, link: Link, target: str, what: str) -> Finding | None:
    parts = urlsplit(target if not target.startswith("//") else "https:" + target)
    where = (note.relpath, link.line, link.col)
    host = parts.hostname or ""
    if not HOST.match(host) or re.search(r"[\s<>\"{}|\\^`]", target):
        return Finding(*where, Level.WARN, "link-external",
                       f"\"{target}\" is not a well-formed web address. Fix: copy the address "
                       "from the browser's address bar.")
    if parts.scheme != "https":
        return Finding(*where, Level.WARN, "link-external",
                       f"This {what} uses http, not https (\"{target}\"); phones mark such "
                       f"pages \"Not secure\". Fix: use https://{target.split('://', 1)[-1]} "
                       "if the site offers it. This does not stop the publish.")
    return None


def _shown(path: Path, context: CheckContext) -> str:
    try:
        return str(path.resolve().relative_to(context.root.resolve()))
    except ValueError:
        return str(path)


def check_links(notes: list[NoteFile], context: CheckContext) -> Iterator[Finding]:
    urls = site_urls(notes, context)
    for note in notes:
        if note.decode_error is not None:
            continue
        for link in links_in(note):
            finding = _check_link(note, link, context, urls)
            if finding is not None:
                yield finding


FILE_RULES = (check_alt_text,)
SITE_RULES = (check_links,)
