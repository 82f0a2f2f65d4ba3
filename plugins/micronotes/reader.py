"""A Markdown reader that gives title-less notes a title instead of skipping them."""

from __future__ import annotations

from typing import Any

from pelican.readers import MarkdownReader
from pelican.utils import slugify

from .titles import slug_source_from_filename, title_from_body


class MicroNoteMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, plus a derived title and a `micro` flag.

    `micro` tells the theme to show the note's text rather than repeat its first sentence
    as a headline above itself.
    """

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        content, metadata = super().read(source_path)
        if not metadata.get("title"):
            metadata["title"] = title_from_body(content)
            metadata["micro"] = True
            if not metadata.get("slug"):
                metadata["slug"] = slugify(
                    slug_source_from_filename(source_path),
                    regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
                )
        else:
            metadata.setdefault("micro", False)
        return content, metadata


def use_micronote_reader(readers: Any) -> None:
    """`readers_init` handler: read every Markdown extension with the micro-note reader."""
    for extension in MicroNoteMarkdownReader.file_extensions:
        if extension in readers.reader_classes:
            readers.reader_classes[extension] = MicroNoteMarkdownReader
