"""A note's source file as the checks see it: its bytes, its metadata with line numbers.

Pelican's Markdown reader (the `meta` extension) silently turns a malformed metadata line
into body text and forgets everything after it. The checks parse the header themselves,
with the same rules, so they can name the exact line instead.

An HTML note (Pelican reads `.html`/`.htm` too) is read as Pelican's HTML reader reads it:
metadata from `<title>` and `<meta name content>` in the head, the body between `<body>` and
`</body>`. Its `body` keeps every character at its place in the file (the rest is blanked
to spaces), so every finding still names the exact line and column.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .htmlnote import split_html
from .notemodel import MalformedLine, MetadataEntry, NoteFile

#: Same key shape as Python-Markdown's meta extension.
METADATA_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
CONTINUATION_LINE = re.compile(r"^[ ]{4,}(?P<value>.*)$")
FENCE = {"---", "..."}


def read_note(path: Path, root: Path) -> NoteFile:
    """Read and split one note. Never raises for bad content: problems become fields."""
    from .sources import note_format

    try:
        relpath = str(path.relative_to(root))
    except ValueError:
        relpath = str(path)
    raw = path.read_bytes()
    note = NoteFile(path=path, relpath=relpath, format=note_format(path),
                    digest=hashlib.sha256(raw).hexdigest())
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        note.decode_error = error
        note.error_line = before.count(b"\n") + 1
        note.error_col = len(before) - (before.rfind(b"\n") + 1) + 1
        return note
    if text.startswith("\ufeff"):
        text = text[1:]
    note.text = text.replace("\r\n", "\n").replace("\r", "\n")
    if note.format == "html":
        split_html(note)
    elif note.format == "markdown":
        _split(note)
    return note


def _split(note: NoteFile) -> None:
    lines = note.text.split("\n")
    index = 0
    if lines and lines[0].strip() == "---":
        index = 1
    if index >= len(lines) or not METADATA_LINE.match(lines[index]):
        note.body = "\n".join(lines[index:]) if index else note.text
        note.body_start_line = index + 1
        return
    current: str | None = None
    while index < len(lines):
        line = lines[index]
        if not line.strip() or line.strip() in FENCE:
            index += 1 if line.strip() in FENCE or not line.strip() else 0
            break
        match = METADATA_LINE.match(line)
        continued = CONTINUATION_LINE.match(line)
        if match:
            current = match["key"].lower()
            note.metadata[current] = MetadataEntry(current, match["value"].strip(), index + 1)
        elif continued and current is not None:
            entry = note.metadata[current]
            value = f"{entry.value} {continued['value'].strip()}".strip()
            note.metadata[current] = MetadataEntry(current, value, entry.line)
        else:
            note.malformed.append(MalformedLine(index + 1, line))
        index += 1
    note.body = "\n".join(lines[index:])
    note.body_start_line = index + 1
