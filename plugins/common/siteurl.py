"""The one answer to "which kind of address is this SITEURL?".

Two questions, asked by the build and by the publish:
- `is_absolute`: a production build (an http(s) address) describes public pages for
  syndication; a development build (relative URLs, SITEURL "") does not.
- `is_public`: an absolute address that other computers can open. With an account
  connected, a post must never link to localhost (DESIGN.md, "Every link is public").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Hosts that only this computer can open.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", ""})
_ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)


def is_absolute(siteurl: str) -> bool:
    """True for an http(s) address (a production build), False for relative URLs."""
    return bool(_ABSOLUTE.match(siteurl or ""))


def is_public(url: str) -> bool:
    """True when computers other than this one can open `url` (not localhost, not empty)."""
    if not is_absolute(url):
        return False
    host = (urlsplit(url).hostname or "").lower()
    return host not in LOCAL_HOSTS and not host.endswith(".localhost")
