"""What one step of a recipe reports: done or failed, with its words for the person."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StepOutcome:
    ok: bool
    message: str = ""

    @classmethod
    def done(cls, message: str = "") -> StepOutcome:
        return cls(True, message)

    @classmethod
    def failed(cls, message: str) -> StepOutcome:
        return cls(False, message)
