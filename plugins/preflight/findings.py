"""What a check reports: one finding per problem, in the linter format editors understand.

`path:line:col: LEVEL code message` — the doctor sees the file, the line and the fix; an
editor or CI can jump to it; `--json` gives tools the same thing as data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum


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

    def __post_init__(self) -> None:
        if self.level is Level.BLOCK and not self.blocking:
            object.__setattr__(self, "blocking", True)

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.level.value} {self.code} {self.message}"

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["level"] = self.level.value
        return data


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
        blocked = len(self.blocking)
        verdict = (
            f"{blocked} problem(s) stop the publish" if blocked else "nothing stops the publish"
        )
        text = (
            f"{self.files_checked} file(s) checked: {self.count(Level.BLOCK)} BLOCK, "
            f"{self.count(Level.WARN)} WARN, {self.count(Level.INFO)} INFO — {verdict}."
        )
        warns = [f for f in self.findings if f.level is Level.WARN]
        advice = sum(1 for f in warns if not f.blocking)
        if any(f.blocking for f in warns):
            text += (
                " A privacy WARN stops the publish until you change the line or, once no "
                "patient can be recognised, add \"deidentified: yes\" to that note's metadata."
            )
        if advice:
            text += (
                f" {advice} WARN(s) (reading level, links) are advice and do not stop the "
                "publish."
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
