"""Production settings: everything in pelicanconf.py, plus the values the live site needs.

The embedded default SITEURL is http://localhost:8000, where `invoke serve` shows the
local deploy; a practice sets its real address (SITEURL) before connecting an account.

`SITEURL` and `DEPLOY_TARGET` come from the environment when set, so a practice (or CI)
points a publish elsewhere without editing a file that is committed.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

# Load the pelicanconf.py *beside this file*, never a cached module of that name: one process
# (tests, the watcher) may build several sites, each with its own settings.
_spec = importlib.util.spec_from_file_location(
    "_rounds_pelicanconf", Path(__file__).resolve().parent / "pelicanconf.py"
)
assert _spec is not None and _spec.loader is not None
_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev)
globals().update({name: value for name, value in vars(_dev).items() if name.isupper()})

# An empty variable (a blank line in .env) means "not set", not "no address".
SITEURL = (os.environ.get("SITEURL") or "http://localhost:8000").rstrip("/")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
# Every deployed build carries its Pagefind search index.
SEARCH_INDEX = True
# Every deployed page carries its Content-Security-Policy; the host gets `_headers`.
SECURITY_POLICY = True
# Drafts are never deployed: Pelican would otherwise publish them at guessable addresses
# (drafts/<slug>/). `invoke build` and `invoke livereload` still show them locally.
DRAFT_SAVE_AS = ""
DRAFT_URL = ""
DEPLOY_TARGET = os.environ.get("DEPLOY_TARGET") or _dev.DEPLOY_TARGET
