"""Pelican plugin and engine for syndication (see DESIGN.md). Work in progress."""


def register() -> None:
    """Wires the build-time signals (describe articles, show syndication links)."""
