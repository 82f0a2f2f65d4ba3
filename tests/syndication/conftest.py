"""Fixtures for syndication tests: the X API emulator as a real local HTTP server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes.x_emulator import XEmulator


@pytest.fixture
def x_emulator() -> Iterator[XEmulator]:
    """A fresh X API v2 emulator on 127.0.0.1 (free port), stopped after the test.

    `x_emulator.base_url` / `x_emulator.env()` point an `XNetwork` (or a subprocess running
    `invoke publish`, through ROUNDS_X_API_BASE_URL) at it; see tests/fakes/x_emulator.py.
    """
    emulator = XEmulator().start()
    try:
        yield emulator
    finally:
        emulator.stop()
