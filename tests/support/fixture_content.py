"""The sample content the tests build: a fixture, never the practice's own content/.

The practice writes notes into content/notes/ every week; tests that counted "the sample
site's" notes failed once there were more than ten. Tests copy the site's code and
settings from the checkout, and its notes and pages from tests/fixtures/content/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "content"


def use_fixture_content(site: Path) -> Path:
    """Replace `site`'s notes and pages with the fixture's; returns `site`."""
    for folder in ("notes", "pages"):
        target = site / "content" / folder
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(FIXTURE_CONTENT / folder, target)
    return site
