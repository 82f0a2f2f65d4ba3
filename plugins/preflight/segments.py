"""A note's published text cut into segments that remember where each character came from.

The content checks match regular expressions across a whole paragraph (a phrase such as "my
patient" may be split over two lines), yet every finding must name the exact line and column
in the file. A `Segment` is the paragraph's text plus the map back to the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .notefile import NoteFile

#: Metadata whose value is published (on the page, in feeds or in a social post).
PUBLISHED_KEYS = (
    "title", "summary", "image_alt", "x", "mastodon", "bluesky", "facebook", "social",
)


@dataclass(frozen=True)
class Segment:
    """`text` spans file lines; `starts[i]` is (offset in text, file line, column of offset)."""

    text: str
    starts: tuple[tuple[int, int, int], ...]
    #: The metadata key this segment is the value of, or "" for body text.
    key: str = ""

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column), both 1-based, of the character at `offset`."""
        index = bisect_right([start[0] for start in self.starts], offset) - 1
        start, line, col = self.starts[max(index, 0)]
        return line, col + (offset - start)


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
        raw = raw_lines[entry.line - 1] if entry.line - 1 < len(raw_lines) else ""
        col = raw.find(entry.value[:20]) + 1 if entry.value[:20] in raw else raw.find(":") + 2
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


def mask(text: str, pattern: re.Pattern[str] = _NOT_PROSE) -> str:
    """`text` with every `pattern` match blanked out, keeping every other offset the same."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)
