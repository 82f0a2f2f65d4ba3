"""The preview server of `invoke livereload`: serves output/, reloads the page after a build,
and shows the problem (file, line, fix) instead of the page when a build fails.

Everything is local and first-party: one tiny inline script opens a Server-Sent Events
stream to this server (`/__rounds/events`); no livereload.js, no third-party request, so
the preview behaves like the real site. The stream sends the build's id (this process's
session and the build number) on connect and after every build; the page reloads when the id
is not the one it was served with, so a build that finishes between loading the page and
connecting is not missed, and a restarted server (EventSource reconnects by itself) is
picked up too.

Only 127.0.0.1 by default: the preview shows drafts.
"""

from __future__ import annotations

import html
import json
import secrets
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

EVENTS_PATH = "/__rounds/events"
STATUS_PATH = "/__rounds/status"
#: How often an idle event stream sends a comment, so a closed tab is noticed (and proxies
#: do not time the stream out).
KEEPALIVE_SECONDS = 15.0

RELOAD_SCRIPT = """<script>/* Rounds preview: reload after each build */(function(){{
var built="{build_id}";var s=new EventSource("{events}");
s.addEventListener("build",function(e){{if(e.data!==built){{s.close();location.reload();}}}});
}})();</script>"""


@dataclass(frozen=True)
class BuildState:
    """The last build as the browser sees it: its number, and its problem if it failed."""

    generation: int = 0
    #: Names this process, so a page served before a restart reloads after it.
    session: str = ""
    ok: bool = True
    title: str = ""
    problems: tuple[str, ...] = ()
    details: str = ""

    @property
    def build_id(self) -> str:
        """What the page and the event stream compare: `<session>.<generation>`."""
        return f"{self.session}.{self.generation}"


class ReloadHub:
    """Where builds are announced and event streams wait for them (thread-safe)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._session = secrets.token_hex(4)
        self._state = BuildState(session=self._session)
        self._closed = False

    @property
    def state(self) -> BuildState:
        with self._condition:
            return self._state

    def built(self) -> BuildState:
        return self._announce(ok=True)

    def failed(self, title: str, problems: list[str], details: str = "") -> BuildState:
        return self._announce(ok=False, title=title, problems=tuple(problems), details=details)

    def _announce(self, **fields: Any) -> BuildState:
        with self._condition:
            self._state = BuildState(
                generation=self._state.generation + 1, session=self._session, **fields
            )
            self._condition.notify_all()
            return self._state

    def wait(self, after: int, timeout: float) -> BuildState | None:
        """The state once its generation is past `after`, or None after `timeout`/close."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._closed or self._state.generation > after, timeout=timeout
            )
            if self._closed or self._state.generation <= after:
                return None
            return self._state

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed


def inject_reload(page: str, build_id: str) -> str:
    """`page` with the reload script just before `</body>` (or at the end)."""
    script = RELOAD_SCRIPT.format(build_id=html.escape(build_id), events=EVENTS_PATH)
    lower = page.lower()
    at = lower.rfind("</body>")
    return page + script if at < 0 else page[:at] + script + page[at:]


def error_page(state: BuildState) -> str:
    """The page shown in place of every page while the last build failed."""
    problems = "\n".join(f"<li><code>{html.escape(p)}</code></li>" for p in state.problems)
    details = (
        f"<details><summary>What Pelican said</summary><pre>{html.escape(state.details)}"
        "</pre></details>" if state.details else ""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: the site could not be built</title>
<style>body{{font:1.05rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;color:#1a1a1a}}h1{{color:#8a1c1c;font-size:1.4rem}}li{{margin:.6rem 0}}
code{{white-space:pre-wrap;background:#f4f4f4;padding:.1rem .3rem}}</style></head>
<body><main><h1>{html.escape(state.title or "The site could not be built")}</h1>
<p>The preview keeps running. Fix the line below and save: this page reloads by itself.</p>
<ul>{problems}</ul>{details}
<p>The last good version of the site is still in <code>output/</code>.</p></main>
</body></html>"""


class PreviewServer(ThreadingHTTPServer):
    """A threaded HTTP server for one output folder and one `ReloadHub`."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], output_path: Path, hub: ReloadHub) -> None:
        self.output_path = Path(output_path)
        self.hub = hub
        super().__init__(address, PreviewHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def shutdown(self) -> None:
        self.hub.close()  # event streams end at once instead of waiting out a keepalive
        super().shutdown()


class PreviewHandler(SimpleHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(args[2].output_path), **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows one line per build, not one per request."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == EVENTS_PATH:
            return self._events()
        if path == STATUS_PATH:
            state = self.server.hub.state
            body = json.dumps({"generation": state.generation, "ok": state.ok,
                               "problems": list(state.problems)})
            return self._send(HTTPStatus.OK, body, "application/json")
        target = self._html_file(path)
        state = self.server.hub.state
        if target is not None and not state.ok:
            page = inject_reload(error_page(state), state.build_id)
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page, "text/html")
        if target is not None and target.is_file():
            page = target.read_text(encoding="utf-8", errors="replace")
            return self._send(HTTPStatus.OK, inject_reload(page, state.build_id), "text/html")
        if target is not None:
            # Not built (yet): a note just saved is one build away. The answer carries the
            # reload script, so the open tab shows the page as soon as the build lands.
            page = self._not_found_page(path)
            return self._send(HTTPStatus.NOT_FOUND, inject_reload(page, state.build_id),
                              "text/html")
        return super().do_GET()

    def _not_found_page(self, path: str) -> str:
        """The site's own 404 page when it has one, else a plain one naming the address."""
        site_page = self.server.output_path / "404.html"
        if site_page.is_file():
            return site_page.read_text(encoding="utf-8", errors="replace")
        return (
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not built yet"
            f"</title><p>Nothing is built at {html.escape(path)} yet. This page reloads by "
            "itself after the next build.</p></html>"
        )

    def _html_file(self, path: str) -> Path | None:
        """The HTML file a request is for (`/notes/x/` → its index.html), or None."""
        relative = unquote(path).lstrip("/")
        if relative.endswith("/") or relative == "":
            relative += "index.html"
        if not relative.endswith((".html", ".htm")):
            return None  # assets, and folders without the slash (the base class redirects)
        resolved = (self.server.output_path / relative).resolve()
        if not resolved.is_relative_to(self.server.output_path.resolve()):
            return None
        return resolved

    def _send(self, status: HTTPStatus, body: str, content_type: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _events(self) -> None:
        hub = self.server.hub
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        state = hub.state
        try:
            self._event(state.build_id)
            seen = state.generation
            while not hub.closed:
                changed = hub.wait(seen, KEEPALIVE_SECONDS)
                if changed is None:
                    self.wfile.write(b": keepalive\n\n")
                    self.wfile.flush()
                    continue
                seen = changed.generation
                self._event(changed.build_id)
        except (BrokenPipeError, ConnectionResetError, OSError):
            return  # the tab was closed

    def _event(self, build_id: str) -> None:
        self.wfile.write(f"retry: 1000\nevent: build\ndata: {build_id}\n\n".encode())
        self.wfile.flush()


def serve_in_thread(server: PreviewServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="rounds-preview", daemon=True)
    thread.start()
    return thread


__all__ = [
    "EVENTS_PATH", "STATUS_PATH", "BuildState", "PreviewServer", "ReloadHub", "error_page",
    "inject_reload", "serve_in_thread",
]
