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
# Another site's pelicanconf may already be imported (tests build several sites in one
# process): always read the one next to this file.
sys.modules.pop("pelicanconf", None)

from pelicanconf import *  # noqa: E402, F403
from pelicanconf import _HERE  # noqa: E402

SITEURL = os.environ.get("SITEURL", "http://localhost:8000").rstrip("/")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
DEPLOY_TARGET = os.environ.get("DEPLOY_TARGET", str(_HERE / "deploy" / "site"))
SEARCH_INDEX = True  # a deployed site can always be searched
