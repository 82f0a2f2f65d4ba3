"""A grammar of bad notes: the mistakes people make and the hostile text they paste.

Used by the property test (`tests/hardening/test_fuzz_property.py`, through hypothesis) and
by `benchmarks/fuzz_report.py` (through a seeded `random.Random`): both hand `generate` a
`pick(n) -> 0..n-1` function, so hypothesis can shrink a failing note to its simplest form
and the benchmark can make thousands of them reproducibly.

Not part of the site: nothing a build or a publish runs imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

Pick = Callable[[int], int]
T = TypeVar("T")

KEYS = (
    "Title", "Date", "Tags", "Slug", "Summary", "Status", "Modified", "Reviewed", "Sources",
    "X", "Lang", "Image_alt", "COI", "Syndicate", "Template", "Save_as", "URL", "Category",
    # near misses, case and spacing mistakes, YAML habits
    "Tag", "Titel", "title", "TITLE", "Date ", " Tags", "Stauts", "tags", "Author",
)
DATES = (
    "2026-11-02", "2026-11-02 09:30", "2026-11-02T09:30:00-06:00", "9999-12-31 23:59",
    "0001-01-01", "1899-12-31", "2026-02-30", "2026-13-01", "tomorrow", "31/12/2026",
    "2026-11-02 25:61", "1e308", "-1", "", "2026-03-08 02:30", "2026-11-01 01:30",
)
TEXTS = (
    "Fever in babies", "", " ", "Niños sanos", "Safe sleep / ABC", "../../etc/passwd",
    "🌡️🤒", "发烧", "a" * 300, "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>", "{static}/../pelicanconf.py", "' OR 1=1 --",
    "\u202eevil\u202c", "zero\u200bwidth\u200d", "tab\there", "bell\x07", "esc\x1b[31mred",
    "nul\x00byte", "del\x7f", "\ufeffbom inside", "[a, b]", "{a: 1}", "- item", "&amp; &lt;",
    "%s %d {0} {slug}", "yes", "no", "draft", "published", "hidden", "x, bluesky", "?",
    ",,,", "fever,, , sleep", "C:\\Users\\doc\\note.md",
)
SLUGS = ("safe-sleep", "safe sleep", "niños", "a/b", "UPPER", "", "-", "x" * 250, "../up")
JUNK_LINES = (
    "---", "...", "- item", "key: [a, b]", "? complex", "Date 2026-11-02", ":", "::",
    "  indented: value", "\tTabbed: value", "Title = Fever", "# Heading in the header",
    "<!-- comment -->", "Tags:\n  - fever\n  - sleep",
)
BODY_PARTS = (
    "Most fevers are the body fighting an infection.", "Call us if your baby is under "
    "3 months.", "**unclosed bold", "[broken link](", "[x](javascript:alert(1))",
    "```\nunclosed fence", "<div>unclosed div", "| a | b |\n|---|", "#" * 12 + " deep",
    "<script>track()</script>", '<iframe src="https://video.example/embed"></iframe>',
    '<img src="a.png" onerror="alert(1)">', "<!-- only a comment -->", "> quote\n>> deeper",
    "1. one\n   2. nested\n      - mixed", "![alt]({static}/../secret.png)", "\u200f\u202e",
    "\x00\x01\x02", "Line with trailing spaces   ", "* * *", "<style>body{}</style>",
    "Text with a footnote[^1]\n\n[^1]: the note", "&#x3C;script&#x3E;", "\\" * 50,
    "`<script>` in code", "    indented code <iframe>", "<a href=\"https://ok.example\">ok</a>",
)
ENCODINGS = ("utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252", "broken")
NEWLINES = ("\n", "\r\n", "\r")


@dataclass(frozen=True)
class BadNote:
    """One generated note: its file name and bytes, and what was done to it (for reports)."""

    name: str
    data: bytes
    recipe: str


def _one(pick: Pick, options: Sequence[T]) -> T:
    return options[pick(len(options))]


#: What a careful doctor writes for each key: half the values, so that many generated notes
#: get past the check and exercise the build and the deploy too.
BENIGN = {
    "title": ("Fever in babies", "Niños sanos", "Sunscreen: when & how", "Is it a cold?"),
    "date": ("2026-11-02", "2026-11-02 09:30", "2026-10-30 17:00"),
    "modified": ("2026-11-20", "2026-11-21 08:00"), "reviewed": ("2026-11-22",),
    "tags": ("fever", "fever, sleep", "niños, salud", "colds, breathing, winter"),
    "slug": ("fever-in-babies", "sunscreen-2"), "summary": ("Most fevers are harmless.",),
    "status": ("published", "draft", "hidden"), "lang": ("en", "es"),
    "sources": ("AAP, Fever https://www.healthychildren.org/fever; CDC",),
}


def _value(pick: Pick, key: str) -> str:
    benign = BENIGN.get(key.strip().lower())
    if benign and pick(2) == 0:
        return _one(pick, benign)
    kind = pick(4)
    if key.strip().lower() in ("date", "modified", "reviewed") and kind < 3:
        return _one(pick, DATES)
    if key.strip().lower() == "slug" and kind < 3:
        return _one(pick, SLUGS)
    if key.strip().lower() == "tags" and kind < 2:
        return ", ".join(_one(pick, TEXTS) for _ in range(pick(5)))
    return _one(pick, TEXTS)


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "broken":
        raw = text.encode("utf-8")
        middle = len(raw) // 2
        return raw[:middle] + b"\xff\xfe\xc3" + raw[middle:]
    return text.encode(encoding, errors="replace")


def generate(pick: Pick, index: int = 0) -> BadNote:
    """A note built from the grammar by the choices `pick` makes."""
    lines: list[str] = []
    recipe: list[str] = []
    for _ in range(pick(7)):
        if pick(10) == 0:
            line = _one(pick, JUNK_LINES)
            recipe.append("junk")
        else:
            key = _one(pick, KEYS)
            line = f"{key}: {_value(pick, key)}"
            recipe.append(key.strip().lower())
        lines.append(line)
    if lines and pick(5) > 0:
        lines.append("")  # the blank line after the metadata (sometimes forgotten)
    body_parts = [_one(pick, BODY_PARTS) for _ in range(pick(5))]
    if pick(12) == 0:
        body_parts.append("Huge note. " * (20_000 + pick(20_000)))
        recipe.append("huge")
    lines.extend(body_parts)
    newline = _one(pick, NEWLINES)
    text = newline.join(lines) + (newline if pick(2) else "")
    encoding = _one(pick, ENCODINGS) if pick(5) == 0 else "utf-8"
    recipe.append(encoding)
    suffix = _one(pick, (".md", ".md", ".md", ".markdown"))
    return BadNote(f"2026-11-02-fuzz-{index:05d}{suffix}", _encode(text, encoding),
                   " ".join(recipe))
