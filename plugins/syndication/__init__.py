"""Pelican plugin and engine for syndication (see DESIGN.md, "Syndication rules").

At build time the plugin only describes articles (a manifest for the syndicate step) and
shows where each was already posted; sending happens after deploy (`steps.py`).
"""

from __future__ import annotations


def register() -> None:
    """Wires the build-time signals (describe articles, show syndication links)."""
    from pelican import signals

    from .describe import attach_links, describe_build, save_manifest

    signals.article_generator_finalized.connect(attach_links)
    signals.all_generators_finalized.connect(describe_build)
    signals.finalized.connect(save_manifest)
