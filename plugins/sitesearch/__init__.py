"""Pelican plugin: the Pagefind search index, built once after every build.

`register()` only wires the signal. `SEARCH_INDEX = False` skips it (benchmarks, quick
development builds); publishconf keeps it on so every deployed site can be searched.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from common.settings import setting_of
from pelican import signals

from .search import IndexResult, find_pagefind, index_site

logger = logging.getLogger(__name__)


def build_search_index(pelican: Any) -> IndexResult | None:
    """`finalized` handler: index the written site."""
    if not setting_of(pelican.settings, "SEARCH_INDEX"):
        return None
    result = index_site(Path(pelican.settings["OUTPUT_PATH"]), find_pagefind(),
                        language=str(pelican.settings.get("DEFAULT_LANG") or "en"))
    if result.ok:
        logger.debug(result.message)
    else:
        logger.warning(result.message)
    return result


def register() -> None:
    signals.finalized.connect(build_search_index)
