"""A note's published text cut into segments that remember where each character came from.

The content checks match regular expressions across a whole paragraph (a phrase such as "my
patient" may be split over two lines), yet every finding must name the exact line and column
in the file. A `Segment` is the paragraph's text plus the map back to the file.

The privacy guard reads more than the prose (`privacy_segments`): everything that reaches
the page source, the feed or a post. The prose rules read the body with its markup blanked
(so sentences stay sentences), and each piece of markup is a segment of its own: HTML
comments, attribute values (`title`, `alt`, `href="tel:…"`), link targets and titles,
reference-style link definitions, bare URLs. Every published metadata value is one too
(each tag on its own), and what becomes a public address (`Slug:`, tags, image file names,
the file name when it gives the slug, URL paths) is also read as words ("liam-okafor" →
"Liam Okafor"), because an address is read by people as words.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .notefile import NoteFile

#: Metadata whose value is published (on the page, in feeds or in a social post).
PUBLISHED_KEYS = (
    "title", "summary", "image_alt", "x", "mastodon", "bluesky", "facebook", "social",
)
#: Every metadata value that is printed, posted or put in the page's head, for the privacy
#: guard: PUBLISHED_KEYS plus sources, authors, disclosures and the HTML description. Any
#: other key a note carries is read too (`privacy_keys`): a new network's post text
#: (`threads:`) or a key the theme prints is published before anyone lists it here.
PRIVACY_KEYS = (
    *PUBLISHED_KEYS, "sources", "author", "authors", "sponsored", "coi", "category",
    "description",
)
#: Keys whose values are never published as text (dates, switches, the language), and the
#: addresses, which `privacy_segments` reads as words of their own.
UNPUBLISHED_KEYS = frozenset({
    "date", "modified", "reviewed", "status", "lang", "template", "syndicate",
    "syndication_id", "deidentified", "translation", "expect",
    "tags", "tag", "slug", "url", "save_as", "image",
})


def privacy_keys(note: NoteFile) -> tuple[str, ...]:
    """PRIVACY_KEYS, then every other key of `note` whose value may be published."""
    extra = sorted(k for k in note.metadata if k not in PRIVACY_KEYS and k not in UNPUBLISHED_KEYS)
    return (*PRIVACY_KEYS, *extra)


@dataclass(frozen=True)
class Segment:
    """`text` spans file lines; `starts[i]` is (offset in text, file line, column of offset)."""

    text: str
    starts: tuple[tuple[int, int, int], ...]
    #: The metadata key this segment is the value of, or "" for body text.
    key: str = ""
    #: "prose" (sentences), "markup" (a value hidden in markup) or "address" (words of a
    #: public address: slug, tag, file name, URL path).
    kind: str = "prose"
    #: Where the text is published, said in a finding before its fix.
    label: str = ""
    #: Every offset is reported at the segment's start (a file name is in no line).
    pinned: bool = False
    #: For an address: the text as written (`text` is its words, capitalised).
    original: str = ""

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column), both 1-based, of the character at `offset`."""
        if self.pinned:
            return self.starts[0][1], self.starts[0][2]
        index = bisect_right([start[0] for start in self.starts], offset) - 1
        start, line, col = self.starts[max(index, 0)]
        return line, col + (offset - start)

    def part(self, start: int, end: int, kind: str, label: str) -> Segment:
        """The sub-segment `text[start:end]`, still mapped to the file."""
        text = self.text[start:end]
        starts = [(0, *self.position(start))]
        for index, char in enumerate(text):
            if char == "\n" and index + 1 < len(text):
                starts.append((index + 1, *self.position(start + index + 1)))
        return Segment(text, tuple(starts), key=self.key, kind=kind, label=label,
                       pinned=self.pinned)


def body_segments(note: NoteFile) -> list[Segment]:
    """The body as one segment: paragraphs stay apart as blank lines ("\n\n")."""
    lines = note.body_lines()
    if not lines:
        return []
    starts: list[tuple[int, int, int]] = []
    offset = 0
    for number, text in lines:
        starts.append((offset, number, 1))
        offset += len(text) + 1
    return [Segment("\n".join(text for _, text in lines), tuple(starts))]


def metadata_segments(note: NoteFile, keys: tuple[str, ...] = PUBLISHED_KEYS) -> list[Segment]:
    """Each published metadata value, positioned where its value starts on its line."""
    raw_lines = note.text.split("\n")
    segments = []
    for key in keys:
        entry = note.metadata.get(key)
        if entry is None or not entry.value:
            continue
        if entry.col:
            col = entry.col
        else:
            raw = raw_lines[entry.line - 1] if entry.line - 1 < len(raw_lines) else ""
            col = (raw.find(entry.value[:20]) + 1 if entry.value[:20] in raw
                   else raw.find(":") + 2)
        segments.append(Segment(entry.value, ((0, entry.line, max(col, 1)),), key=key))
    return segments


def published_segments(note: NoteFile) -> list[Segment]:
    return metadata_segments(note) + body_segments(note)


#: Things in Markdown that are addresses, not prose: links' targets, bare URLs, HTML tags.
_NOT_PROSE = re.compile(
    r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # ](target "title")
    r"|<(?:https?://|mailto:)[^>]+>"  # <https://...>
    r"|https?://[^\s)>\]]+"  # bare URL
    r"|\{(?:filename|static|attach|tag|category|author|index)\}[^\s)\"']*"
    r"|<[^>\n]+>"  # an HTML tag
)


#: A tag that ends or starts a block of text (a paragraph, a list item, a cell, a heading).
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|div|h[1-6]|br|tr|td|th|table|section|blockquote"
                        r"|dd|dt|dl|article|header|footer)\b[^>]*>", re.I)


def _blank(match: re.Match[str]) -> str:
    """Spaces as long as the match; a block tag keeps its break ("\n\n" first), so the
    items of a list stay apart as the page shows them ("October 10: flu shots</li><li>")."""
    found = match.group(0)
    if len(found) >= 2 and _BLOCK_TAG.fullmatch(found):
        return "\n\n" + " " * (len(found) - 2)
    return " " * len(found)


def mask(text: str, pattern: re.Pattern[str] = _NOT_PROSE) -> str:
    """`text` with every `pattern` match blanked out, keeping every other offset the same."""
    return pattern.sub(_blank, text)


# --- Everything that reaches the page source, the feed or a post (the privacy guard) ------

_COMMENT = re.compile(r"<!--(?P<value>.*?)-->", re.S)
#: An HTML start tag (not an autolink such as <https://…>, whose "name" ends in a colon).
_TAG = re.compile(r"<(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:\s[^<>]*)?)/?>")
_ATTR = re.compile(
    r"(?P<name>[^\s\"'<>/=]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'>]+))"
)
#: Attributes that only lay the page out; every other attribute value is in the page source.
_LAYOUT_ATTRS = frozenset({"class", "style", "width", "height", "loading", "decoding", "rel",
                           "target", "dir", "role", "type", "align", "colspan", "rowspan"})
#: Attributes whose value is an address (read as words too).
_URL_ATTRS = frozenset({"href", "src", "srcset", "cite", "action", "poster", "data"})
_TITLE = r"(?:\s+(?:\"(?P<title>[^\"]*)\"|'(?P<title2>[^']*)'|\((?P<title3>[^)]*)\)))?"
_MD_LINK = re.compile(r"\]\(\s*<?(?P<target>[^)\s>]*)>?" + _TITLE + r"\s*\)")
_MD_REFERENCE = re.compile(
    r"^[ ]{0,3}\[[^\]]+\]:[ \t]*<?(?P<target>[^\s>]+)>?" + _TITLE + r"[ \t]*$", re.M
)
_AUTOLINK = re.compile(r"<(?P<target>(?:https?://|mailto:|tel:|sms:)[^>\s]+)>", re.I)
_BARE_URL = re.compile(r"(?<![\w/@.])(?P<target>(?:https?://|www\.)[^\s<>()\]\[\"'`]+)", re.I)
_URL_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?://)?)?(?:www\.)?", re.I)
_NOT_A_WORD = re.compile(r"[\W_]+")
_LINK_TITLE = "(Found in a link title, shown when the pointer rests on the link.)"
#: A link to another note by its file (`{filename}notes/2024-01-01-fever.md`): Pelican
#: publishes the linked note's URL instead, never the file name.
_NOTE_LINK = re.compile(
    r"^\{filename\}[^#?]*\.(?:md|markdown|mkd|mdown|html?|rst)(?:[#?].*)?$"
    r"|^\{(?:index|tag|category|author)\}", re.I
)


def _titles(match: re.Match[str]) -> Iterator[tuple[int, int]]:
    for group in ("title", "title2", "title3"):
        if match[group]:
            yield match.start(group), match.end(group)


def markup_segments(segment: Segment) -> list[Segment]:
    """What hides in `segment`'s markup, each piece as its own segment, with its place.

    Comments, attribute values, link targets and titles, reference definitions, autolinks
    and bare URLs: all are published verbatim (in the page source at least), and the prose
    rules do not read them (they blank markup out to keep sentences whole).
    """
    text = segment.text
    parts: list[Segment] = []

    def add(start: int, end: int, label: str, url: bool = False) -> None:
        if end <= start or not text[start:end].strip():
            return
        if url and _NOTE_LINK.match(text[start:end]):
            return  # replaced by the linked note's own address, which its own check reads
        parts.append(segment.part(start, end, "markup", label))
        if url:
            parts.extend(address_segment(segment.part(start, end, "markup", label), url=True))

    if "<" in text:
        for match in _COMMENT.finditer(text):
            add(match.start("value"), match.end("value"),
                "(Found in an HTML comment: comments are sent with the page, anyone can "
                "read them with \"View source\".)")
        for tag in _TAG.finditer(text):
            for attr in _ATTR.finditer(tag["attrs"] or ""):
                name = attr["name"].lower()
                if name in _LAYOUT_ATTRS:
                    continue
                group = next(g for g in ("dq", "sq", "bare") if attr[g] is not None)
                offset = tag.start("attrs")
                add(offset + attr.start(group), offset + attr.end(group),
                    f"(Found in the {name}=\"…\" of a <{tag['name'].lower()}> tag: it is "
                    "published in the page source.)", url=name in _URL_ATTRS)
        for match in _AUTOLINK.finditer(text):
            add(match.start("target"), match.end("target"), "(Found in a link address.)",
                url=True)
    if "](" in text:
        for match in _MD_LINK.finditer(text):
            add(match.start("target"), match.end("target"),
                "(Found in a link or image address: it is published in the page source.)", url=True)
            for start, end in _titles(match):
                add(start, end, _LINK_TITLE)
    if "]:" in text:
        for match in _MD_REFERENCE.finditer(text):
            add(match.start("target"), match.end("target"),
                "(Found in a link definition: its address is published.)", url=True)
            for start, end in _titles(match):
                add(start, end, _LINK_TITLE)
    if "://" in text or "www." in text:
        for match in _BARE_URL.finditer(text):
            target = match["target"].rstrip(".,;:!?")
            add(match.start("target"), match.start("target") + len(target),
                "(Found in a web address.)", url=True)
    return parts


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescaped_segment(segment: Segment) -> list[Segment]:
    """`segment` with its HTML character references decoded (`jen&#46;k&#64;gmail.com` is
    shown as an e-mail address by every browser), still mapped to the file; [] when it has
    none."""
    text = segment.text
    if "&" not in text or not _ENTITY.search(text):
        return []
    out: list[str] = []
    starts: list[tuple[int, int, int]] = []
    length = 0

    def literal(start: int, end: int) -> None:
        nonlocal length
        if end <= start:
            return
        starts.append((length, *segment.position(start)))
        for index in range(start, end):
            if text[index] == "\n" and index + 1 < end:
                starts.append((length + index + 1 - start, *segment.position(index + 1)))
        out.append(text[start:end])
        length += end - start

    position = 0
    for match in _ENTITY.finditer(text):
        literal(position, match.start())
        decoded = html.unescape(match.group(0))
        starts.append((length, *segment.position(match.start())))
        out.append(decoded)
        length += len(decoded)
        position = match.end()
    literal(position, len(text))
    decoded_text = "".join(out)
    if decoded_text == text:
        return []
    return [Segment(decoded_text, tuple(starts), key=segment.key, kind=segment.kind,
                    label="(Found behind HTML character codes such as &#64;, which the page "
                    "shows as plain text.)", pinned=segment.pinned)]


def address_words(text: str, capitalise: bool = False) -> str:
    """`text` as words, same length: separators become spaces ("liam-okafor_arm" →
    "liam okafor arm"); with `capitalise`, each word capitalised ("Liam Okafor Arm")."""
    spaced = _NOT_A_WORD.sub(lambda m: " " * len(m.group(0)), text)
    if not capitalise:
        return spaced
    words = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:], spaced)
    return words if len(words) == len(text) else spaced


def address_segment(segment: Segment, url: bool = False, label: str = "",
                    capitalise: bool = False) -> list[Segment]:
    """The words of a public address (`segment` holds it), or [] when it has none.

    A note's own address (`Slug:`, a tag, the file name that gives the slug) is kind
    "address": the guard reads it as the address of a note about a child, its words
    capitalised as a title's would be (`capitalise`: a slug is always lower case, so its
    case says nothing). A URL in the text or an image's file name is kind "words" and keeps
    its case (capitalised, every file name word that is also a name, "ivy-leaves.png",
    would read as a person): it is read from its path on (scheme and `www.` dropped, the
    host kept: a fundraiser's host name can carry a name too).
    """
    text = segment.text
    skip = len(_URL_SCHEME.match(text)[0]) if url else 0  # type: ignore[index]
    words = " " * skip + address_words(text[skip:], capitalise)
    if not words.strip() or (words == text and url):
        return []
    return [Segment(words, segment.starts, key=segment.key, kind="words" if url else "address",
                    label=label or segment.label, pinned=segment.pinned, original=text)]


def _split_list(value: str) -> list[tuple[int, str]]:
    """Pelican's reading of a list value (tags): split on ";" when there is one, else ",";
    each item with its offset in `value`."""
    separator = ";" if ";" in value else ","
    items: list[tuple[int, str]] = []
    offset = 0
    for piece in value.split(separator):
        stripped = piece.strip()
        if stripped:
            items.append((offset + piece.index(stripped), stripped))
        offset += len(piece) + 1
    return items


def _file_slug_segment(note: NoteFile, settings: dict[str, object]) -> list[Segment]:
    """The file name when Pelican makes the slug from it (no `Slug:`, and no title or
    SLUGIFY_SOURCE = "basename"): it is then the note's public address."""
    if note.meta("slug"):
        return []
    if note.meta("title") and settings.get("SLUGIFY_SOURCE", "title") != "basename":
        return []
    from micronotes.titles import slug_source_from_filename

    stem = slug_source_from_filename(note.path.name)
    label = (f"(Found in the file name \"{note.path.name}\": with no \"Slug:\" line it "
             "becomes the note's public address.)")
    return address_segment(Segment(stem, ((0, 1, 1),), key="filename", pinned=True,
                                   label=label), capitalise=True)


def privacy_segments(note: NoteFile, settings: dict[str, object] | None = None) -> list[Segment]:
    """Every text of `note` that reaches the page source, the feed or a post.

    Prose (title, summary, per-network texts, sources, body …), each tag on its own, what
    hides in markup (`markup_segments`), and the words of each public address: `Slug:`,
    tags (`tag/<slug>/` and a hashtag), the `image:` file name, the file name when it gives
    the slug, URL paths.
    """
    segments: list[Segment] = []
    prose = metadata_segments(note, privacy_keys(note)) + body_segments(note)
    for segment in prose:  # markup first: a finding there is reported with where it hides
        segments.extend(markup_segments(segment))
        segments.append(segment)
        segments.extend(unescaped_segment(segment))
    for tags in metadata_segments(note, ("tags", "tag")):
        for offset, tag in _split_list(tags.text):
            one = tags.part(offset, offset + len(tag), "prose",
                            f"(Found in the tag \"{tag}\": a tag is a public address, tag/…/, "
                            "and a hashtag in posts.)")
            segments.append(one)
            segments.extend(address_segment(one, capitalise=True))
    for slug in metadata_segments(note, ("slug",)):
        segments.extend(address_segment(slug, capitalise=True, label=(
            "(Found in \"Slug:\", the note's public address.)")))
    for address in metadata_segments(note, ("url", "save_as")):
        segments.extend(address_segment(Segment(
            address.text, address.starts, key=address.key), capitalise=True, label=(
            f"(Found in \"{address.key}:\", the note's public address.)")))
    for image in metadata_segments(note, ("image",)):
        label = "(Found in the image's file name: it is public, in the page and in posts.)"
        segments.append(Segment(image.text, image.starts, key="image", kind="markup",
                                label=label))
        segments.extend(address_segment(image, url=True, label=label))
    segments.extend(_file_slug_segment(note, settings or {}))
    return segments
