"""`invoke serve`: show a built site on this computer, saying exactly which one it is.

Two things went wrong before: a missing page got an empty reply (not the site's own 404
page, which is what a parent sees on the real host), and `output/` was served after a
publish although it may hold a development build with drafts. Now the deployed folder is
served when the site is deployed to one on this machine, and the message names the folder
and what it holds.
"""

from __future__ import annotations

import functools
import http.server
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common.commands import command
from common.errors import RoundsError, with_fix
from security.policy import parse_headers_file

NOT_FOUND_PAGE = "404.html"
HEADERS_FILE = "_headers"


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, and the site's own 404.html (status 404) for anything missing.

    Every answer carries the headers of the site's `_headers` file (the security policy),
    as the real host sends them, so a page that breaks the policy breaks here too.
    """

    def end_headers(self) -> None:
        headers = Path(str(self.directory)) / HEADERS_FILE
        if headers.is_file():
            for name, value in parse_headers_file(headers.read_text("utf-8")):
                self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = Path(str(self.directory)) / NOT_FOUND_PAGE
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the doctor's terminal shows the one line saying what is served."""


@dataclass(frozen=True)
class ServedFolder:
    """A folder to serve, and how to say what it holds."""

    path: Path
    what: str


def choose_folder(root: Path, output: Path, deployed: Path | None,
                  prefer_output: bool = False) -> ServedFolder:
    """The deployed folder when there is one here (what parents see), else the last build.

    Raises `RoundsError` with the fix when there is nothing built to serve.
    """
    if deployed is not None and deployed.is_dir() and not prefer_output:
        return ServedFolder(deployed, f"the deployed site (what `{command('publish')}` put live)")
    if output.is_dir():
        drafts = " — a development build, drafts included" if (output / "drafts").is_dir() else ""
        return ServedFolder(output, f"the last build in {_shown(output, root)}/ "
                                    f"(not necessarily what is live{drafts})")
    raise RoundsError(with_fix("There is no built site yet.",
                               f"run `{command('build')}` or `{command('publish')}`."))


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def make_server(folder: Path, bind: str, port: int) -> http.server.ThreadingHTTPServer:
    """A server for `folder` on (bind, port); port 0 picks a free one (tests)."""
    handler = functools.partial(SiteRequestHandler, directory=str(folder))
    return http.server.ThreadingHTTPServer((bind, port), handler)



def port_busy(port: int, reason: str, served: Path, deployed: Path | None,
              siteurl: str) -> str:
    """What to say when `port` is taken: most often by the doctor's own earlier `make serve`
    or `make livereload` in another terminal. On another port only the page first opened
    there is this site's when the deployed site was built with absolute links (SITEURL,
    http://localhost:8000 by default): its own links lead back to SITEURL, so say so."""
    siteurl = siteurl.rstrip("/")
    absolute = served == deployed and siteurl.startswith(("http://", "https://"))
    where = (f" (then open http://localhost:{port + 1}/ yourself: the published pages' own "
             f"links still lead to {siteurl}/)" if absolute else "")
    return (f"✗ Could not serve on port {port} ({reason}): another program uses it, often a "
            f"`{command('serve')}` or `{command('livereload')}` still running in another "
            "terminal. Fix: press Ctrl-C in that terminal, or run "
            f"PORT={port + 1} {command('serve')}{where}.")
