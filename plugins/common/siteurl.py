"""The one answer to "which kind of address is this SITEURL?".

Two questions, asked by the build and by the publish:
- `is_absolute`: a production build (an http(s) address) describes public pages for
  syndication; a development build (relative URLs, SITEURL "") does not.
- `is_public`: an absolute address that other computers can open. With an account
  connected, a post must never link to localhost (DESIGN.md, "Every link is public").

And one refusal, `check_production_siteurl`: a production build's SITEURL must be a whole
http(s) address. `www.example.org` (no scheme) once built and deployed a site whose every
link was broken, and the posts reused the previous build's text and domain.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import RoundsError, with_fix

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


_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^(?:{_LABEL}\.)*{_LABEL}$|^\[[0-9a-f:.]+\]$", re.IGNORECASE)
_PATH = re.compile(r"^(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*/?$")
_EXAMPLE = "https://www.example.org"


def siteurl_problem(siteurl: str) -> str | None:
    """Why `siteurl` cannot be a deployed site's address, or None when it can.

    A scheme (http/https), a host, and at most a plain path (a site under /blog); no
    spaces, query, fragment or user name, nothing a link joined onto it would break.
    """
    text = siteurl or ""
    if text != text.strip() or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return "it contains spaces or invisible characters"
    if not is_absolute(text):
        return "it does not start with https:// (or http://)"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "its host or port cannot be read"
    del port
    if parts.username is not None or parts.password is not None:
        return "it contains a user name or password"
    host = parts.hostname or ""
    if not host or not _HOST.match(host if not host.count(":") else f"[{host}]"):
        return "it has no valid host name"
    if parts.query or parts.fragment or "?" in text or "#" in text:
        return "it has a ? or # part, which every link would carry"
    if not _PATH.match(parts.path):
        return "its path has characters a link cannot carry"
    return None


def check_production_siteurl(siteurl: str) -> None:
    """Refuse, with the fix, a SITEURL a deployed site cannot live at (see `siteurl_problem`)."""
    problem = siteurl_problem(siteurl)
    if problem is not None:
        raise RoundsError(with_fix(
            f"SITEURL \"{siteurl}\" is not a web address a site can be published at: "
            f"{problem}. Nothing was built or deployed.",
            f"set SITEURL to the site's full address, for example SITEURL={_EXAMPLE} (in "
            ".env or the environment), or remove it to publish to http://localhost:8000.",
        ))
