"""`invoke attest PATH`: show what an attestation would cover, then write it into the note.

The doctor never types fingerprints: this checks the note, lists each privacy WARN (line,
kind, the words), and writes `deidentified: yes <fingerprints>` into the note's metadata
(a `<meta name="deidentified">` in an HTML note), replacing an older line. BLOCKs are
listed too, as what no attestation can cover.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from common.commands import command

from . import attestation
from .context import CheckContext
from .findings import Finding, Level
from .notefile import CONTINUATION_LINE, METADATA_LINE, read_note
from .runner import check_content


class AttestError(ValueError):
    """A mistake the doctor can fix (wrong path, a format that cannot hold the line)."""


@dataclass
class AttestResult:
    """What `attest` found and did: the lines to print, and whether the file was written."""

    lines: list[str] = field(default_factory=list)
    written: bool = False
    fingerprints: list[str] = field(default_factory=list)
    #: Privacy BLOCKs in the note: attesting never clears them, so the note still cannot go.
    blocks: int = 0


_META_TAG = re.compile(r"<meta\b[^>]*\bname\s*=\s*[\"']?deidentified[\"']?[^>]*>", re.I)
_HEAD_END = re.compile(r"</head\s*>", re.I)


def with_attestation(text: str, kind: str, value: str) -> str:
    """`text` (a note's source) with its `deidentified:` set to `value` (pure)."""
    if kind == "html":
        tag = f'<meta name="deidentified" content="{value}">'
        if _META_TAG.search(text):
            return _META_TAG.sub(lambda _: tag, text, count=1)
        head = _HEAD_END.search(text)
        if head is None:
            raise AttestError("This HTML note has no <head>, so it has no place for the "
                              "attestation. Fix: add <head><title>…</title></head> at the top.")
        return f"{text[:head.start()]}  {tag}\n{text[head.start():]}"
    lines = text.split("\n")
    start = 1 if lines and lines[0].strip() == "---" else 0
    index = start
    while index < len(lines):
        match = METADATA_LINE.match(lines[index])
        if match and match["key"].lower() == "deidentified":
            lines[index] = f"{match['key']}: {value}"
            return "\n".join(lines)
        continued = index > start and lines[index].strip() and CONTINUATION_LINE.match(
            lines[index])
        if not match and not continued:
            break
        index += 1
    if index == start:  # no metadata block: start one, and keep the body apart from it
        lines[start:start] = [f"Deidentified: {value}", ""]
    else:
        lines.insert(index, f"Deidentified: {value}")
    return "\n".join(lines)


def _write(path: Path, text: str) -> None:
    """Replace `path` in one step (a crash leaves the old note, never half of one)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".attest-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def describe(finding: Finding) -> str:
    """One line for the doctor: where, what, and its fingerprint."""
    text = finding.message.split(" Fix:")[0]
    for prefix in ("New since the attestation", "\"deidentified: yes\" (line"):
        if text.startswith(prefix) and ". " in text:
            text = text.split(". ", 1)[1]
    return f"  line {finding.line}:{finding.col} {finding.code} [{finding.fingerprint}] {text}"


def attest_note(context: CheckContext, path: Path) -> AttestResult:
    """Check `path`; write an attestation covering its privacy WARNs, and say what it covers."""
    path = path if path.is_absolute() else (context.root / path)
    if not path.is_file():
        raise AttestError(f"There is no note at {path}. Fix: give the note's path, for example "
                          f"`{command('attest', 'content/notes/2026-11-02-fever.md')}`.")
    note = read_note(path, context.root)
    if note.format not in ("markdown", "html") or note.decode_error is not None:
        raise AttestError(f"{note.relpath} cannot be attested: the check cannot read it. Fix: "
                          "save it as a UTF-8 Markdown note (.md), then run this again.")
    report = check_content(context, [path])
    mine = [f for f in report.sorted() if f.path == note.relpath and f.code.startswith("privacy-")]
    covered = [f for f in mine if f.fingerprint]
    blocks = [f for f in mine if f.level is Level.BLOCK]
    result = AttestResult(blocks=len(blocks))
    if blocks:
        result.lines.append(f"{len(blocks)} privacy BLOCK(s) in {note.relpath} can never be "
                            "attested; remove them before publishing:")
        result.lines.extend(f.format() for f in blocks)
    if not covered:
        result.lines.append(f"{note.relpath}: no privacy WARN to attest; nothing was written.")
        return result
    result.fingerprints = sorted({f.fingerprint for f in covered})
    value = attestation.value(result.fingerprints)
    result.lines.append(f"Attesting that no patient can be recognised in {note.relpath} "
                        f"through these {len(covered)} finding(s):")
    result.lines.extend(describe(f) for f in covered)
    text = with_attestation(note.text, note.format, value)
    if text != note.text:
        _write(path, text)
        result.written = True
    result.lines.append(
        f"Wrote \"deidentified: {value}\". It covers only these findings: a new or changed "
        "one stops the publish again until you look at it."
    )
    return result
