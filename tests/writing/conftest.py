"""Fixtures for the writing loop: bounded waits (never a fixed sleep) and a bigger site."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from writing.corpus import write_corpus

Wait = Callable[..., bool]


def _wait_until(predicate: Callable[[], object], timeout: float = 15.0, step: float = 0.02) -> bool:
    """Poll `predicate` until it is truthy or `timeout` passes (generous: 2 loaded cores)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


@pytest.fixture
def wait_until() -> Wait:
    return _wait_until


@pytest.fixture
def corpus_site(project_dir: Path) -> Path:
    """The repo's site plus 40 generated notes (enough for pagination and shared tags)."""
    write_corpus(project_dir / "content" / "notes", 40)
    return project_dir
