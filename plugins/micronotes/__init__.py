"""Pelican plugin: notes without a `Title:` get one from their first sentence.

`register()` only wires signals; the logic is in `titles.py` (pure) and `reader.py`.
"""

from __future__ import annotations

from pelican import signals

from .reader import use_micronote_reader


def register() -> None:
    signals.readers_init.connect(use_micronote_reader)
