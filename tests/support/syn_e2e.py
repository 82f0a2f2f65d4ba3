"""End-to-end harness: `invoke publish` in a real subprocess against the X emulator.

The deployed site is served by a small local web server that acts as an HTTP proxy for the
site's public address (SITEURL), so the verify step's real HTTP requests reach the deployed
folder exactly as they would reach the practice's host. The emulator is on 127.0.0.1 and
bypasses the proxy (NO_PROXY), like any direct connection.
"""

from __future__ import annotations

import json
import mimetypes
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from support.local_http import LocalHTTP
from support.sites import write_note
from support.syn_site import ensure_links_template

# A real-looking address (X only links real top-level domains); requests to it never leave
# this machine: HTTP_PROXY points them at SiteProxy.
SITEURL = "http://www.maple-street-pediatrics.com"
FAST_RETRIES = ('\nSYNDICATION_RETRY = {"attempts": 3, "first_delay": 0.05, "factor": 2, '
                '"requeue_minutes": 15}\n')


class SiteProxy(LocalHTTP):
    """Serves `root` (the deploy folder) for any absolute URL it is asked to proxy."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requested: list[str] = []
        #: Paths containing any of these answer 404 (a file the host lost, e.g. a card).
        self.refused: list[str] = []
        harness = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                harness.requested.append(self.path)
                path = unquote(urlsplit(self.path).path).lstrip("/")
                target = harness.root / path
                if path == "" or path.endswith("/"):
                    target = target / "index.html"
                kind = "text/html; charset=utf-8"
                lost = any(part in "/" + path for part in harness.refused)
                if ".." in Path(path).parts or not target.is_file() or lost:
                    body = b"<h1>Not Found</h1>"
                    self.send_response(404)
                else:
                    body = target.read_bytes()
                    self.send_response(200)
                    # As a web server types it (the verify step checks a card image is one).
                    guessed = mimetypes.guess_type(target.name)[0]
                    if guessed and not guessed.startswith("text/"):
                        kind = guessed
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)


@dataclass
class Run:
    code: int
    output: str


@dataclass
class Site:
    """A project copy, its deploy folder behind the proxy, and the emulator's environment."""

    root: Path
    emulator: Any
    proxy: SiteProxy
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def ledger_path(self) -> Path:
        return self.root / "syndication.json"

    def env(self, connected: bool = True, **more: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("X_", "MASTODON_", "BLUESKY_", "FACEBOOK_", "ROUNDS_",
                                    "SITEURL", "DEPLOY_TARGET"))
               and k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy")}
        env.update(SITEURL=SITEURL, HTTP_PROXY=self.proxy.url,
                   NO_PROXY="127.0.0.1,localhost", PYTHONUNBUFFERED="1")
        if connected:
            env.update(self.emulator.env())
        env.update(self.extra_env)
        env.update(more)
        return env

    def invoke(self, *args: str, connected: bool = True, timeout: float = 120,
               **env: str) -> Run:
        result = subprocess.run(
            [sys.executable, "-m", "invoke", *args], cwd=self.root, capture_output=True,
            text=True, env=self.env(connected, **env), timeout=timeout, check=False,
        )
        return Run(result.returncode, result.stdout + result.stderr)

    def publish(self, **env: str) -> Run:
        return self.invoke("publish", **env)

    def start(self, *args: str, **env: str) -> subprocess.Popen[str]:
        """`invoke <args>` in the background (for the tests that kill it)."""
        return subprocess.Popen(
            [sys.executable, "-m", "invoke", *args], cwd=self.root, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, env=self.env(True, **env),
            start_new_session=True,
        )

    @staticmethod
    def kill(process: subprocess.Popen[str]) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def ledger(self) -> dict[str, Any]:
        return json.loads(self.ledger_path.read_text(encoding="utf-8"))

    def records(self, state: str | None = None) -> list[dict[str, Any]]:
        return [r for r in self.ledger()["records"] if state is None or r["state"] == state]

    def record(self, name: str) -> dict[str, Any]:
        found = [r for r in self.ledger()["records"] if r["post_id"] == f"notes/{name}.md"]
        assert len(found) == 1, found
        return found[0]

    def page(self, slug: str) -> str:
        return (self.root / "deploy" / "site" / "notes" / slug / "index.html").read_text()

    def note(self, name: str, body: str, date: datetime | None = None, **metadata: str) -> Path:
        """A note written the way a doctor writes one (with a date, review and sources)."""
        when = (date or datetime.now(UTC)).isoformat(timespec="seconds")
        return write_note(self.root / "content" / "notes", name, body, when,
                          Reviewed=when[:10], Tags="colds", Sources='CDC, "Common colds"',
                          **metadata)


def url_of(slug: str) -> str:
    return f"{SITEURL}/notes/{slug}/"


@contextmanager
def e2e_site(project_dir: Path, emulator: Any) -> Iterator[Site]:
    """The project copy with fast retries, the links template, and its proxy running."""
    ensure_links_template(project_dir)
    with (project_dir / "pelicanconf.py").open("a") as settings:
        settings.write(FAST_RETRIES)
    proxy = SiteProxy(project_dir / "deploy" / "site")
    try:
        yield Site(project_dir, emulator, proxy)
    finally:
        proxy.stop()
