"""Disclosures: `sponsored:` and `coi:` say something a parent can read, and brand mentions
get a reminder to disclose.

The FTC's endorsement guides and the AAP's conflict-of-interest policy both ask a doctor to
say when a product mention is paid or interested. The metadata is rendered first on the page
and in every post (`notemeta.disclosure_of`, in the note's words from `trust.words`), so a
placeholder ("TODO", "?") or an empty value would publish as "Sponsored by TODO." — a
BLOCK. A brand named with neither key is an INFO: most mentions are plain advice ("Tylenol
is acetaminophen"), and only the doctor knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from notemeta import disclosure_of, is_no, is_yes

from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile
from .segments import mask, published_segments

PLACEHOLDERS = frozenset(
    {"todo", "tbd", "tba", "?", "??", "xxx", "x", "n/a", "na", "maybe", "unknown", "fixme",
     "-", "--", "..."}
)


@cache
def brands() -> tuple[str, ...]:
    text = resources.files("preflight").joinpath("data", "brands.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def brand_pattern() -> re.Pattern[str]:
    names = sorted(brands(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@cache
def brand_first_words() -> frozenset[str]:
    """The first word of each brand: a note with none of them cannot mention a brand."""
    return frozenset(re.split(r"[\s-]", name)[0] for name in brands())


def mentions_possible(text: str) -> bool:
    return not brand_first_words().isdisjoint(re.findall(r"[\w']+", text))


def disclosure_problem(value: str) -> str | None:
    """Why a `sponsored:`/`coi:` value cannot be published as is, or None when it can."""
    text = value.strip()
    if not text:
        return "is empty"
    if text.lower().strip(".") in PLACEHOLDERS:
        return f"is a placeholder (\"{text}\")"
    if not is_yes(text) and not is_no(text) and not re.search(r"[A-Za-z]{2,}", text):
        return f"does not name anyone (\"{text}\")"
    return None


def check_disclosure_values(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    for key, example in (("sponsored", "sponsored: Acme Car Seats"),
                         ("coi", "coi: I consult for Acme Vaccines")):
        entry = note.metadata.get(key)
        if entry is None:
            continue
        problem = disclosure_problem(entry.value)
        if problem:
            yield Finding(
                note.relpath, entry.line, 1, Level.BLOCK, "disclosure-value",
                f"\"{key}:\" {problem}; it is shown to parents first on the page and in every "
                f"post. Fix: write who pays or what the interest is (\"{example}\"), "
                f"\"{key}: yes\", or \"{key}: no\".",
            )


def check_brand_mentions(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    sponsored, coi = note.meta("sponsored") or None, note.meta("coi") or None
    declared = "sponsored" in note.metadata or "coi" in note.metadata
    if declared and (disclosure_of(sponsored, coi) or is_no(sponsored) or is_no(coi)):
        return
    pattern = brand_pattern()
    seen: set[str] = set()
    for segment in published_segments(note):
        if not mentions_possible(segment.text):
            continue
        for match in pattern.finditer(mask(segment.text)):
            if match.group(0) in seen:
                continue
            seen.add(match.group(0))
            line, col = segment.position(match.start())
            yield Finding(
                note.relpath, line, col, Level.INFO, "disclosure-brand",
                f"Mentions \"{match.group(0)}\". If a company pays you or you have an interest "
                "in it, add \"sponsored: <who>\" or \"coi: <what>\" to the metadata; if not, "
                "add \"coi: no\" to silence this.",
            )


def check_trust_signals(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """A gentle INFO for a note with no `Reviewed:` date or no `Sources:`.

    The page shows "Last reviewed" and the sources a note rests on: what lets a parent
    trust it. Many short notes need neither, so this never stops a publish and is said
    only with `--verbose` in a publish (always in `invoke check`).
    """
    if not context.settings.get("SUGGEST_TRUST_SIGNALS", False):
        return
    folders = context.settings.get("ARTICLE_PATHS") or ["notes"]
    if not any(note.path.is_relative_to(context.content_path / f) for f in folders):
        return
    missing = [key for key in ("Reviewed", "Sources") if not note.meta(key.lower()).strip()]
    if not missing or note.meta("status").strip().lower() == "draft":
        return
    example = {"Reviewed": "Reviewed: 2026-11-02",
               "Sources": 'Sources: AAP, "Fever and Your Baby", https://www.healthychildren.org/…'}
    yield Finding(
        note.relpath, 1, 1, Level.INFO, "trust-signals",
        f"This note has no {' and no '.join(k + ':' for k in missing)} — parents trust a "
        "note more when they see when it was last checked and what it rests on. Fix (if "
        f"you like): add {' and '.join(example[k] for k in missing)}.",
    )


FILE_RULES = (check_disclosure_values, check_brand_mentions, check_trust_signals)
