"""A note's source as the checks hold it: its metadata with line numbers, its body.

Kept apart from the readers (notefile.py for Markdown, htmlnote.py for HTML), which both
fill it in: neither reader needs the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MetadataEntry:
    key: str  # lower-cased, as Pelican sees it
    value: str
    line: int  # 1-based line of the key
    #: 1-based column where the value starts on its line (0: find it on `line`).
    col: int = 0


@dataclass(frozen=True)
class MalformedLine:
    """A line inside the metadata block that is neither `Key: value` nor a continuation."""

    line: int
    text: str


@dataclass
class NoteFile:
    """One source (Markdown or HTML), decoded and split into metadata and body."""

    path: Path
    relpath: str
    #: "markdown", "html", or "other" (a format Pelican reads and the check cannot).
    format: str = "markdown"
    text: str = ""
    #: sha256 of the file's bytes (what the per-note cache of findings is keyed by).
    digest: str = ""
    decode_error: UnicodeDecodeError | None = None
    error_line: int = 0
    error_col: int = 0
    metadata: dict[str, MetadataEntry] = field(default_factory=dict)
    malformed: list[MalformedLine] = field(default_factory=list)
    body: str = ""
    body_start_line: int = 1

    def meta(self, key: str, default: str = "") -> str:
        entry = self.metadata.get(key.lower())
        return entry.value if entry else default

    def line_of(self, key: str) -> int:
        entry = self.metadata.get(key.lower())
        return entry.line if entry else 1

    def body_lines(self) -> list[tuple[int, str]]:
        """The body as (line number, text) pairs, numbered as in the file."""
        return [
            (self.body_start_line + offset, text)
            for offset, text in enumerate(self.body.split("\n"))
        ]
