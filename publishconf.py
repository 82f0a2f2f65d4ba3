"""Production settings: everything in pelicanconf.py, plus the values the live site needs.

The embedded default SITEURL is http://localhost:8000, where `invoke serve` shows the
local deploy; a practice sets its real address (SITEURL) before connecting an account.

`SITEURL` and `DEPLOY_TARGET` come from the environment when set, so a practice (or CI)
points a publish elsewhere without editing a file that is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403
from pelicanconf import _HERE

SITEURL = os.environ.get("SITEURL", "http://localhost:8000").rstrip("/")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
DEPLOY_TARGET = os.environ.get("DEPLOY_TARGET", str(_HERE / "deploy" / "site"))
SEARCH_INDEX = True  # a deployed site can always be searched
