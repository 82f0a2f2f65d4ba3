"""Shared helpers for the preflight tests: settings of the real site, and one-note checks."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

from preflight.context import CheckContext
from preflight.findings import Report
from preflight.runner import check_content
from publishing.project import Project

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "preflight" / "corpus"


@cache
def _repo_settings() -> dict[str, Any]:
    logging.getLogger("pelican").setLevel(logging.ERROR)
    return Project(REPO).load_settings(production=False)


def site_settings(**overrides: Any) -> dict[str, Any]:
    """The repository's development settings (the practice's allowlists), plus overrides.

    The gentle "no Reviewed:/Sources:" INFO is off unless a test asks for it: the one-note
    fixtures of the other rules carry neither, and it is tested on its own.
    """
    return {**_repo_settings(), "SUGGEST_TRUST_SIGNALS": False, **overrides}


def check_one(tmp_path: Path, text: str, name: str = "note.md", **overrides: Any) -> Report:
    """Write one note into a fresh content/notes folder and check the whole content folder."""
    content = tmp_path / "content"
    notes = content / "notes"
    notes.mkdir(parents=True, exist_ok=True)
    (notes / name).write_text(text, encoding="utf-8")
    overrides.setdefault("CACHE_PATH", str(tmp_path / "cache"))
    settings = site_settings(PATH=str(content), **overrides)
    return check_content(CheckContext(tmp_path, content, settings))


def codes(report: Report) -> set[tuple[str, str]]:
    return {(f.code, f.level.value) for f in report.findings}


@cache
def _scan_policy() -> Any:
    from preflight.privacy import policy_from_settings

    return policy_from_settings(site_settings())


def stopping_codes(text: str, lang: str = "en") -> set[str]:
    """The codes of the privacy findings in `text` that stop the publish (every level but
    INFO), scanned with the repository's settings: the sentence-level tests' one question."""
    from preflight.privacy import scan

    return {hit.code for hit in scan(text, _scan_policy(), lang=lang) if hit.level.value != "INFO"}
