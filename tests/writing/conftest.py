"""Fixtures for the preview loop: a bigger site, and comparing two built sites."""

from __future__ import annotations

import filecmp
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus import write_corpus


@pytest.fixture
def corpus_site(project_dir: Path) -> Path:
    """The repo's site plus 40 generated notes (enough for pagination and shared tags)."""
    write_corpus(project_dir / "content" / "notes", 40)
    return project_dir


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, recursively."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(f"{prefix}{n} (only one side)" for n in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            cmp.left, cmp.right, cmp.common_files, shallow=False
        )
        found.extend(f"{prefix}{n}" for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


@pytest.fixture
def differences() -> Callable[[Path, Path], list[str]]:
    """Compare two built sites file by file (an incremental or cached build must match)."""
    return _differences
