"""Fixtures for the theme: a real site with notes that exercise every trust signal.

`theme_site` is built once per test session with the production settings (absolute URLs,
as deployed), from a copy of the repository's site plus the notes in `support.theme_site`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.sites import build
from support.theme_site import (
    REPO,
    SITEURL,
    BuiltSite,
    ServedSite,
    add_sample_content,
    copy_site,
    served_build,
)


@pytest.fixture(scope="session")
def theme_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site = copy_site(tmp_path_factory.mktemp("theme") / "site")
    add_sample_content(site)
    return BuiltSite(site, build(site, SITEURL))


@pytest.fixture
def site_builder(tmp_path: Path) -> Callable[..., BuiltSite]:
    """Build a fresh copy with sample content (for tests that change settings or notes)."""

    def make(**overrides: object) -> BuiltSite:
        site = tmp_path / "site"
        if not site.exists():
            copy_site(site)
            add_sample_content(site)
        return BuiltSite(site, build(site, SITEURL, **overrides))

    return make


# --- Browser tests: real headless Chromium (Debian's), driven by Playwright ----------------
AXE_JS = REPO / "tests" / "theme" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """A production build served on 127.0.0.1 at the address it was built for."""
    site = copy_site(tmp_path_factory.mktemp("served") / "site")
    add_sample_content(site)
    with served_build(site) as served:
        yield served


@pytest.fixture
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core is missing ({AXE_JS}). Fix: run `make axe` (npm ci).")
    return AXE_JS.read_text("utf-8")
