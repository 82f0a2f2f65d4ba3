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

A note that would not publish must not look fine in the preview: after each build the
preflight check's findings for the notes (`Notice`) travel with the build state, and every
page served gets a banner at its top (`findings_banner`): the previewed note's own findings
(line, kind, fix), or on other pages the list of notes that would not publish. The banner
is added while serving, never written into output/, so no deployed build can carry it.
"""

from __future__ import annotations

import html
import json
import re
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
class Notice:
    """The preflight findings of one note, for the preview's banner."""

    #: The note's path under the site root ("content/notes/x.md").
    source: str
    #: The page it is built into, relative to output/ ("notes/x/index.html"), or "".
    page: str
    #: `line:col LEVEL code message` per finding, in file order.
    lines: tuple[str, ...]
    #: Whether a finding stops the publish (else they are advice only).
    stops: bool


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
    #: Preflight findings per note, shown in a banner on the pages (preview only).
    notices: tuple[Notice, ...] = ()

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

    def built(self, notices: tuple[Notice, ...] = ()) -> BuildState:
        return self._announce(ok=True, notices=notices)

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


BANNER_ID = "rounds-preview-findings"
_BANNER_STYLE = (
    "all:initial;display:block;box-sizing:border-box;margin:0;padding:.75rem 1rem;"
    "font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff4e5;"
    "border-bottom:4px solid #8a1c1c;"
)
_STOPS_STYLE = "all:initial;display:block;font:inherit;font-weight:700;color:#8a1c1c;"
_ADVICE_STYLE = "all:initial;display:block;font:inherit;font-weight:700;color:#1a1a1a;"
_ITEM_STYLE = "all:initial;display:list-item;margin:.25rem 0 .25rem 1.25rem;font:inherit;" \
    "color:#1a1a1a;"
#: `font:inherit` here too: `all:initial` alone gave the list the browser's default serif,
#: smaller than the banner's heading.
_LIST_STYLE = "all:initial;display:block;margin:.25rem 0;font:inherit;"


def _headline(notice: Notice) -> str:
    """What another page says of a note: its most serious finding (a BLOCK before a
    privacy WARN, which file order put first: the phone number of "Maria's mom at
    217-555-…" was left out), and how many more its own page lists."""
    lines = notice.lines
    if not lines:
        return ""
    # Each line is `line L:C LEVEL code message`.
    first = next((line for line in lines if line.split(" ", 3)[2:3] == ["BLOCK"]), lines[0])
    more = len(lines) - 1
    return first + (f" (and {more} more: open the note's page)" if more else "")


def findings_banner(notices: tuple[Notice, ...], page: str) -> str:
    """The banner for the page `page` (relative to output/), or "" when nothing to say.

    The page's own note: every finding (line, kind, fix), saying whether it would publish.
    Any other page: each note that would not publish, with its first finding. role="alert"
    so a screen reader announces it; dark text on a light background (contrast > 12:1).
    """
    own = [n for n in notices if n.page and n.page == page]
    others = [n for n in notices if n.stops and n not in own]
    if not own and not others:
        return ""
    parts: list[str] = []
    for notice in own:
        heading = ("Preview only — this note would not publish:" if notice.stops
                   else "Preview only — advice for this note (it would publish):")
        parts.append(f'<strong style="{_STOPS_STYLE if notice.stops else _ADVICE_STYLE}">'
                     f"{heading} {html.escape(notice.source)}</strong>")
        parts.append(f'<ul style="{_LIST_STYLE}">' + "".join(
            f'<li style="{_ITEM_STYLE}">{html.escape(line)}</li>' for line in notice.lines
        ) + "</ul>")
    if others:
        parts.append(f'<strong style="{_STOPS_STYLE}">Preview only — {len(others)} note(s) '
                     "would not publish:</strong>")
        parts.append(f'<ul style="{_LIST_STYLE}">' + "".join(
            f'<li style="{_ITEM_STYLE}">{html.escape(n.source)}: '
            f"{html.escape(_headline(n))}</li>" for n in others
        ) + "</ul>")
    return (f'<div id="{BANNER_ID}" role="alert" aria-label="Preflight check" '
            f'style="{_BANNER_STYLE}">{"".join(parts)}</div>')


_BODY_START = re.compile(r"<body\b[^>]*>", re.I)


def inject_banner(page: str, banner: str) -> str:
    """`page` with `banner` first inside `<body>` (or at the start)."""
    if not banner:
        return page
    body = _BODY_START.search(page)
    return page[: body.end()] + banner + page[body.end():] if body else banner + page


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
                               "problems": list(state.problems),
                               "notices": [vars(n) | {"lines": list(n.lines)}
                                           for n in state.notices]})
            return self._send(HTTPStatus.OK, body, "application/json")
        target = self._html_file(path)
        state = self.server.hub.state
        if target is not None and not state.ok:
            page = inject_reload(error_page(state), state.build_id)
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page, "text/html")
        if target is not None and target.is_file():
            page = target.read_text(encoding="utf-8", errors="replace")
            relative = target.relative_to(self.server.output_path.resolve()).as_posix()
            page = inject_banner(page, findings_banner(state.notices, relative))
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
    "EVENTS_PATH", "STATUS_PATH", "BuildState", "Notice", "PreviewServer", "ReloadHub",
    "error_page", "findings_banner", "inject_banner", "inject_reload", "serve_in_thread",
]
