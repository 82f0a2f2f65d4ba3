"""What a check reports: one finding per problem, in the linter format editors understand.

`path:line:col: LEVEL code message` — the doctor sees the file, the line and the fix; an
editor or CI can jump to it; `--json` gives tools the same thing as data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from common.commands import command


class Level(StrEnum):
    """How serious a finding is. Only BLOCK (and WARNs a rule marks blocking) stop a publish."""

    BLOCK = "BLOCK"
    WARN = "WARN"
    INFO = "INFO"


@dataclass(frozen=True)
class Finding:
    """One problem in one place. `message` says what is wrong *and* how to fix it."""

    path: str
    line: int
    col: int
    level: Level
    code: str
    message: str
    #: Whether this finding stops `invoke publish`. BLOCK always does; a rule may make a WARN
    #: blocking too (the privacy guard does, until the doctor attests `deidentified: yes`).
    blocking: bool = field(default=False)
    #: For a privacy WARN: what `deidentified: yes <fingerprints>` lists to attest it.
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if self.level is Level.BLOCK and not self.blocking:
            object.__setattr__(self, "blocking", True)

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.level.value} {self.code} {self.message}"

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["level"] = self.level.value
        return data


#: What a finding is about, by the start of its code, as the summary line names it.
_FAMILIES = (
    ("privacy-", "privacy"), ("reading-", "reading level"), ("link-", "links"),
    ("image-alt", "alt text"), ("disclosure-", "disclosure"),
    ("unreadable-", "unreadable format"), ("language-", "language"),
)


def _family(finding: Finding) -> str:
    return next((name for prefix, name in _FAMILIES if finding.code.startswith(prefix)), "note")


def _tally(findings: Iterable[Finding]) -> str:
    """`1 privacy BLOCK, 1 privacy WARN until attested` (stops) or `reading level` (advice)."""
    counts: dict[str, int] = {}
    for finding in findings:
        family = _family(finding)
        if not finding.blocking:
            label = family
        elif finding.level is Level.WARN:
            label = f"{family} WARN until attested"
        else:
            label = f"{family} {finding.level.value}"
        counts[label] = counts.get(label, 0) + 1
    if all(not label.endswith(("BLOCK", "attested")) for label in counts):
        return ", ".join(counts)
    order = sorted(counts, key=lambda label: (not label.startswith("privacy"),
                                              not label.endswith("BLOCK")))
    return ", ".join(f"{counts[label]} {label}" for label in order)


@dataclass
class Report:
    """All findings of one check run, in file and line order."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: (f.path, f.line, f.col, f.code))

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def ok(self) -> bool:
        return not self.blocking

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    def summary(self) -> str:
        """One line that keeps "stops the publish" and "advice" apart.

        `3 file(s) checked: 1 BLOCK, 2 WARN, 0 INFO — 2 stop the publish (1 privacy BLOCK,
        1 privacy WARN until attested) · 1 advice (reading level), which does not stop it.`
        A privacy WARN that holds the note and a reading-level WARN that does not never
        share one word.
        """
        text = (
            f"{self.files_checked} file(s) checked: {self.count(Level.BLOCK)} BLOCK, "
            f"{self.count(Level.WARN)} WARN, {self.count(Level.INFO)} INFO — "
        )
        stops = _tally(f for f in self.findings if f.blocking)
        advice = _tally(f for f in self.findings if f.level is Level.WARN and not f.blocking)
        blocked = len(self.blocking)
        text += (f"{blocked} stop the publish ({stops})" if blocked
                 else "nothing stops the publish")
        if advice:
            count = sum(1 for f in self.findings if f.level is Level.WARN and not f.blocking)
            text += f" · {count} advice ({advice}), which does not stop it"
        text += "."
        if any(f.blocking and f.level is Level.WARN for f in self.findings):
            text += (
                " A privacy WARN stops the publish until you change the line or, once no "
                "patient can be recognised, run "
                f"`{command('attest', '<path of the note>')}` (it writes "
                "\"deidentified: yes …\" for exactly those findings)."
            )
        return text

    def format_text(self) -> str:
        lines = [f.format() for f in self.sorted()]
        lines.append(self.summary())
        return "\n".join(lines)

    def format_json(self) -> str:
        return json.dumps(
            {
                "files_checked": self.files_checked,
                "ok": self.ok,
                "findings": [f.as_dict() for f in self.sorted()],
            },
            indent=2,
            ensure_ascii=False,
        )
