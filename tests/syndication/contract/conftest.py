"""Every scenario of the contract suite runs against every adapter and its emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.syn_contract import NETWORKS, Harness, start


@pytest.fixture(params=NETWORKS)
def harness(request: pytest.FixtureRequest, tmp_path) -> Iterator[Harness]:
    """One network's real adapter on its emulator (127.0.0.1), with a connected channel."""
    running = start(request.param, tmp_path)
    running.connect()
    try:
        yield running
    finally:
        running.emulator.stop()
