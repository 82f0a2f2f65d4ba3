"""An HTML note read the way Pelican's HTML reader reads it, with the place of everything.

Pelican takes the title from `<title>` and metadata from `<meta name=… content=…>` in the
head (`keywords` becomes `tags`), and publishes what lies between `<body>` and `</body>`
verbatim: text, tags with their attributes, and comments. The checks need the same values
plus where each one is in the file, so a finding names the exact line and column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html.parser import HTMLParser

from .notemodel import MetadataEntry, NoteFile

_CONTENT_ATTR = re.compile(r"""\bcontents?\s*=\s*(["']?)""", re.I)


class _Positions:
    """Turns (line, column) from `HTMLParser.getpos()` into offsets and back."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for index, char in enumerate(text):
            if char == "\n":
                self.starts.append(index + 1)

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col

    def place(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `offset`."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.where = _Positions(text)
        self.top = True
        self.in_head = False
        self.in_title = False
        self.title_at: int | None = None
        self.title = ""
        self.body_start: int | None = None
        self.body_end: int | None = None
        self.metadata: dict[str, MetadataEntry] = {}

    def _here(self) -> int:
        return self.where.offset(*self.getpos())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or ""
        if tag == "head" and self.top:
            self.top, self.in_head = False, True
        elif tag == "title" and self.in_head:
            self.in_title, self.title, self.title_at = True, "", self._here() + len(raw)
        elif tag == "body" and self.top and self.body_start is None:
            self.top = False
            self.body_start = self._here() + len(raw)
        elif tag == "meta" and self.in_head:
            self._meta(attrs, raw)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and self.in_head:
            self._meta(attrs, self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head" and self.in_head:
            self.in_head, self.top = False, True
        elif tag == "title" and self.in_title:
            self.in_title = False
            self._add("title", self.title, self.title_at or 0)
        elif tag == "body" and self.body_start is not None and self.body_end is None:
            self.body_end = self._here()
            self.top = True

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data

    def handle_entityref(self, name: str) -> None:
        if self.in_title:
            self.title += f"&{name};"

    def handle_charref(self, name: str) -> None:
        if self.in_title:
            self.title += f"&#{name};"

    def _meta(self, attrs: list[tuple[str, str | None]], raw: str) -> None:
        values = dict(attrs)
        name = (values.get("name") or "").lower()
        if not name:
            return
        content = values.get("content") or values.get("contents") or ""
        found = _CONTENT_ATTR.search(raw)
        at = self._here() + (found.end() if found else 0)
        self._add("tags" if name == "keywords" else name, content, at)

    def _add(self, key: str, value: str, at: int) -> None:
        line, col = self.where.place(at)
        entry = self.metadata.get(key)
        if entry is None:
            self.metadata[key] = MetadataEntry(key, value.strip(), line, col)
        else:  # Pelican makes a list of repeated metadata; Rounds reads it comma-separated
            self.metadata[key] = MetadataEntry(
                key, f"{entry.value}, {value.strip()}", entry.line, entry.col
            )


def split_html(note: NoteFile) -> None:
    """Fill `note.metadata` and `note.body` from an HTML source (as Pelican reads it)."""
    reader = _Reader(note.text)
    reader.feed(note.text)
    reader.close()
    note.metadata = reader.metadata
    start = reader.body_start if reader.body_start is not None else len(note.text)
    end = reader.body_end if reader.body_end is not None else len(note.text)
    note.body = "".join(
        char if start <= index < end or char == "\n" else " "
        for index, char in enumerate(note.text)
    )
    note.body_start_line = 1
