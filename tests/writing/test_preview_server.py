"""`invoke livereload` end to end: real watchdog, real builds, real HTTP on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from publishing.project import Project
from writing.incremental import SiteBuilder
from writing.livereload import LiveReload, start_livereload
from writing.server import EVENTS_PATH, ReloadHub, inject_reload


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


class EventStream:
    """A Server-Sent Events client reading `build` events from the preview server."""

    def __init__(self, host: str, port: int) -> None:
        self.connection = http.client.HTTPConnection(host, port, timeout=15)
        self.connection.request("GET", EVENTS_PATH)
        self.response = self.connection.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type").startswith("text/event-stream")

    def next_build(self) -> int:
        """The generation in the next `build` event (raises on timeout)."""
        event = None
        while True:
            line = self.response.fp.readline().decode("utf-8")
            if not line:
                raise ConnectionError("stream closed")
            line = line.rstrip("\n")
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event == "build":
                return int(line.split(":", 1)[1].rsplit(".", 1)[1])

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def preview(project_dir: Path):
    logs: list[str] = []

    def load() -> dict:
        return Project(project_dir).load_settings(production=False)

    hub = ReloadHub()
    live = LiveReload(project_dir, SiteBuilder(load), hub, load, logs.append)
    running = start_livereload(live, project_dir / "output", port=0, quiet=0.1)
    host, port = running.server.server_address[:2]
    yield project_dir, f"http://{host}:{port}", hub, logs, (host, port)
    running.stop()


NOTE = "Title: Sleep\nDate: 2026-11-04 09:00\nTags: sleep\n\nBabies sleep on their backs.\n"


def test_pages_are_served_with_the_reload_script(preview) -> None:
    _, url, hub, _, _ = preview
    status, page = _get(url + "/")
    assert status == 200
    assert EVENTS_PATH in page and f'built="{hub.state.build_id}"' in page
    assert "https://" not in page.split("<script>/* Rounds preview")[1]  # nothing third-party


def test_saving_a_note_rebuilds_once_and_signals_a_reload(preview, wait_until) -> None:
    site, url, _hub, logs, (host, port) = preview
    stream = EventStream(host, port)
    try:
        current = stream.next_build()  # sent at once on connect
        (site / "content" / "notes" / "2026-11-04-sleep.md").write_text(NOTE, "utf-8")
        assert stream.next_build() == current + 1
    finally:
        stream.close()
    status, page = _get(url + "/notes/sleep/")
    assert status == 200 and "Babies sleep on their backs." in page
    rebuilds = [line for line in logs if "rebuilt" in line]
    assert len(rebuilds) == 2, logs  # the first build, then exactly one for the save


def test_a_broken_note_shows_the_error_page_and_the_fix_recovers(preview, wait_until) -> None:
    site, url, hub, _logs, _ = preview
    note = site / "content" / "notes" / "2026-11-04-sleep.md"
    note.write_text(NOTE.replace("Date: 2026-11-04 09:00", "Date: the 4th"), "utf-8")
    assert wait_until(lambda: not hub.state.ok)

    status, page = _get(url + "/notes/sleep/")
    assert status == 500
    assert "content/notes/2026-11-04-sleep.md:2:1" in page
    assert "Fix:" in page and EVENTS_PATH in page  # the error page reloads itself too
    status, _ = _get(url + "/")
    assert status == 500  # every page says so, not only the broken one
    assert json.loads(_get(url + "/__rounds/status")[1])["ok"] is False

    note.write_text(NOTE, "utf-8")
    assert wait_until(lambda: hub.state.ok)
    status, page = _get(url + "/notes/sleep/")
    assert status == 200 and "Babies sleep" in page


def test_the_server_keeps_static_files_as_they_are(preview) -> None:
    _site, url, _, _, _ = preview
    status, feed = _get(url + "/feeds/all.atom.xml")
    assert status == 200 and "Rounds preview" not in feed
    assert _get(url + "/no/such/page/")[0] == 404


def test_the_script_goes_before_the_end_of_body() -> None:
    page = inject_reload("<html><body><p>x</p></body></html>", "ab12.7")
    assert page.index('built="ab12.7"') < page.index("</body>")


def test_a_restarted_preview_has_other_build_ids() -> None:
    first, second = ReloadHub(), ReloadHub()
    assert first.built().build_id != second.built().build_id  # same number, new session




@pytest.mark.browser
def test_the_open_page_reloads_itself_in_a_real_browser(preview, chromium) -> None:
    """Debian's headless Chromium: the inline script, EventSource and reload, for real."""
    site, url, _, _, _ = preview
    note = site / "content" / "notes" / "2026-11-04-sleep.md"
    note.write_text(NOTE, "utf-8")
    context = chromium.new_context()
    try:
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(url) else outside.append(r.url))
        page.goto(url + "/notes/sleep/")
        page.wait_for_function("() => document.body.innerText.includes('on their backs')",
                               timeout=20000)
        page.evaluate("() => { window.__before_save = true; }")
        note.write_text(NOTE.replace("on their backs", "on their backs, always"), "utf-8")
        page.wait_for_function(
            "() => !window.__before_save && document.body.innerText.includes('always')",
            timeout=20000,
        )
    finally:
        context.close()
    assert outside == []  # no third-party request, not even for the reload script


def test_a_page_not_built_yet_reloads_itself_when_it_is(preview) -> None:
    """Opening a note's address before its first build: 404 now, but with the reload script."""
    _, url, hub, _, _ = preview
    status, page = _get(url + "/notes/not-written-yet/")
    assert status == 404
    assert EVENTS_PATH in page and f'built="{hub.state.build_id}"' in page


LEAKY = ("Title: Croup\nDate: 2026-11-04 09:00\nTags: croup\n\n"
         "Croup sounds like a seal. Text her at 312-555-7788.\n")


def test_a_note_that_would_not_publish_shows_a_banner_in_the_preview_only(
    preview, wait_until
) -> None:
    """Saved with a phone number: the note's page names the line, the kind and the fix; the
    home page lists the note; output/ (what a deploy would copy) never has the banner."""
    site, url, hub, logs, _ = preview
    note = site / "content" / "notes" / "2026-11-04-croup.md"
    note.write_text(LEAKY, "utf-8")
    assert wait_until(lambda: any(n.stops for n in hub.state.notices), timeout=30)

    status, page = _get(url + "/notes/croup/")
    assert status == 200 and 'role="alert"' in page
    banner = page.split('id="rounds-preview-findings"')[1].split("</div>")[0]
    assert "this note would not publish" in banner
    assert "line 5:39 BLOCK privacy-phone" in banner and "Fix:" in banner
    assert re.search(r'<body[^>]*><div id="rounds-preview-findings"', page)  # first thing
    _, home = _get(url + "/")
    assert "1 note(s) would not publish" in home and "content/notes/2026-11-04-croup.md" in home
    built = (site / "output" / "notes" / "croup" / "index.html").read_text("utf-8")
    assert "rounds-preview-findings" not in built
    assert any("2026-11-04-croup.md would not publish" in line for line in logs)

    note.write_text(LEAKY.replace(" Text her at 312-555-7788.", ""), "utf-8")
    assert wait_until(lambda: not hub.state.notices, timeout=30)
    assert "rounds-preview-findings" not in _get(url + "/notes/croup/")[1]


def test_the_banner_escapes_what_it_quotes_and_tells_advice_from_a_stop() -> None:
    from writing.server import Notice, findings_banner, inject_banner

    stop = Notice("content/notes/a.md", "notes/a/index.html",
                  ('line 3:1 WARN privacy-name "<b>Liam</b>" … Fix: remove it.',), True)
    advice = Notice("content/notes/b.md", "notes/b/index.html",
                    ("line 4:1 WARN reading-level … (advice: does not stop the publish)",),
                    False)
    own = findings_banner((stop, advice), "notes/b/index.html")
    assert "advice for this note (it would publish)" in own and "<b>Liam" not in own
    assert "1 note(s) would not publish" in own and "&lt;b&gt;Liam" in own
    assert findings_banner((advice,), "index.html") == ""  # advice alone: other pages quiet
    page = inject_banner('<html><body class="x"><p>Hi</p></body></html>', own)
    assert page.startswith('<html><body class="x"><div id="rounds-preview-findings"')
