"""`invoke watch`: dropped notes go out once, drafts never, broken notes are set aside."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from commands.watch import AutoPublisher, pipeline_publisher, run_watch, without_notes
from publishing.lock import publish_lock
from publishing.project import Project

# Real publishes (check, build, deploy) of dropped notes.
pytestmark = pytest.mark.slow
GOOD = """Title: Sunscreen for babies
Date: 2026-11-03 08:00
Reviewed: 2026-11-03
Tags: sunscreen, safety
Sources: American Academy of Pediatrics, "Sun Safety" (HealthyChildren.org)

Keep babies under 6 months out of direct sun. Use shade, a hat and light clothes. For older
children, use a broad-spectrum sunscreen and put it on again every two hours.
"""
DRAFT = GOOD.replace("Title: Sunscreen for babies", "Title: Half written\nStatus: draft")
BROKEN = GOOD.replace("Title: Sunscreen for babies", "Title: Ear infections\nStatus: publish")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ")


def _settings(site: Path) -> dict:
    return Project(site).load_settings(production=True)


def _live(site: Path) -> Path:
    return site / "deploy" / "site"


class CountingPublisher:
    """The real pipeline, counted (or a fake outcome when `real` is False)."""

    def __init__(self, site: Path, real: bool = True) -> None:
        self.real = pipeline_publisher(Project(site)) if real else None
        self.calls: list[set[Path]] = []

    def __call__(self, settings, excluded, say) -> bool:
        self.calls.append(set(excluded))
        return self.real(settings, excluded, say) if self.real else True


def test_watch_publishes_a_dropped_note_once_and_ignores_drafts(notes_dir: Path, wait_until):
    site = notes_dir.parent.parent
    publisher = CountingPublisher(site)
    logs: list[str] = []
    stop = threading.Event()
    holder: dict = {}
    thread = threading.Thread(
        target=lambda: holder.setdefault(
            "p", run_watch(site, lambda: _settings(site), publisher, 0.3, logs.append, stop)
        )
    )
    thread.start()
    try:
        assert wait_until(lambda: any("watching" in line for line in logs))
        (notes_dir / "2026-11-03-half-written.md").write_text(DRAFT, "utf-8")
        assert wait_until(lambda: any("Status draft" in line for line in logs))
        assert publisher.calls == []

        (notes_dir / "2026-11-03-sunscreen.md").write_text(GOOD, "utf-8")
        assert wait_until(lambda: any("✓ published" in line for line in logs), timeout=60), logs
        (notes_dir / "2026-11-03-sunscreen.md").touch()  # same bytes: not news
        time.sleep(0.8)
    finally:
        stop.set()
        thread.join(30)
    assert len(publisher.calls) == 1
    assert (_live(site) / "notes" / "sunscreen-for-babies" / "index.html").is_file()
    assert not (_live(site) / "notes" / "half-written").exists()
    assert "Half written" not in (_live(site) / "index.html").read_text("utf-8")
    assert all(STAMP.match(line) for line in logs), logs
    assert logs[-1].endswith("stopped.")


def test_a_failing_new_note_is_set_aside_while_the_others_go_out(notes_dir: Path):
    site = notes_dir.parent.parent
    good, bad = notes_dir / "2026-11-03-sunscreen.md", notes_dir / "2026-11-03-ears.md"
    good.write_text(GOOD, "utf-8")
    bad.write_text(BROKEN, "utf-8")
    logs: list[str] = []
    auto = AutoPublisher(site, lambda: _settings(site), pipeline_publisher(Project(site)),
                         logs.append)

    assert auto.consider({good, bad}) is True, logs

    text = "\n".join(logs)
    assert "content/notes/2026-11-03-ears.md:2:1: BLOCK bad-status" in text
    assert "2026-11-03-ears.md set aside" in text
    assert (_live(site) / "notes" / "sunscreen-for-babies" / "index.html").is_file()
    assert not (_live(site) / "notes" / "ear-infections").exists()
    assert bad.read_text("utf-8") == BROKEN  # never lost, never changed

    bad.write_text(BROKEN.replace("Status: publish", "Status: published"), "utf-8")
    assert auto.consider({bad}) is True
    assert (_live(site) / "notes" / "ear-infections" / "index.html").is_file()
    assert (_live(site) / "notes" / "sunscreen-for-babies" / "index.html").is_file()


def test_a_failing_note_that_may_be_live_holds_the_publish(notes_dir: Path):
    site = notes_dir.parent.parent
    live_note = sorted(notes_dir.glob("*.md"))[0]  # a note of the site, so maybe live
    fresh = notes_dir / "2026-11-03-sunscreen.md"
    fresh.write_text(GOOD, "utf-8")
    live_note.write_text(re.sub(r"(?m)^Date: .*$", "Date: the 4th", live_note.read_text("utf-8"),
                                count=1), "utf-8")
    publisher = CountingPublisher(site, real=False)
    logs: list[str] = []
    auto = AutoPublisher(site, lambda: _settings(site), publisher, logs.append,
                         maybe_live={live_note})

    assert auto.consider({live_note, fresh}) is None
    assert publisher.calls == []
    assert any("is on the live site and now fails its check" in line for line in logs)


def test_the_watcher_never_overlaps_a_running_publish(notes_dir: Path):
    site = notes_dir.parent.parent
    note = notes_dir / "2026-11-03-sunscreen.md"
    note.write_text(GOOD, "utf-8")
    publisher = CountingPublisher(site, real=False)
    retried: list[set[Path]] = []
    logs: list[str] = []
    auto = AutoPublisher(site, lambda: _settings(site), publisher, logs.append,
                         retry_later=retried.append)

    with publish_lock(site, wait_seconds=0):  # a manual `invoke publish` in progress
        assert auto.consider({note}) is False
    assert publisher.calls == [] and retried == [{note}]
    assert any("another publish is running" in line for line in logs)

    assert auto.consider({note}) is True  # the retry, once the lock is free
    assert len(publisher.calls) == 1


@pytest.mark.parametrize("name", ["a.md", "we*ird[1].md"])
def test_set_aside_notes_are_left_out_of_the_build_by_name(tmp_path: Path, name: str):
    import fnmatch

    settings = without_notes({"IGNORE_FILES": ["**/.*"]}, [tmp_path / name])
    assert settings["IGNORE_FILES"][0] == "**/.*"
    assert fnmatch.fnmatch(name, settings["IGNORE_FILES"][1])
    assert not fnmatch.fnmatch("weird1.md", settings["IGNORE_FILES"][1])


HTML_LEAKY = """<html><head><title>Croup season</title></head>
<body>
<p>Croup makes a cough that sounds like a seal.</p>
<p>Text her at 312-555-7788 if you want her tips.</p>
</body></html>
"""


def test_watch_never_publishes_an_html_note_that_fails_its_check(notes_dir: Path):
    """Any format Pelican reads is checked: an .html note with a phone number is set aside."""
    site = notes_dir.parent.parent
    good, leaky = notes_dir / "2026-11-03-sunscreen.md", notes_dir / "2026-11-03-croup.html"
    good.write_text(GOOD, "utf-8")
    leaky.write_text(HTML_LEAKY, "utf-8")
    logs: list[str] = []
    auto = AutoPublisher(site, lambda: _settings(site), pipeline_publisher(Project(site)),
                         logs.append)

    assert auto.consider({good, leaky}) is True, logs
    text = "\n".join(logs)
    assert "content/notes/2026-11-03-croup.html:4:16: BLOCK privacy-phone" in text
    assert "2026-11-03-croup.html set aside" in text
    assert not (_live(site) / "notes" / "croup-season").exists()
    assert "312-555-7788" not in "".join(
        p.read_text("utf-8", errors="replace") for p in _live(site).rglob("*.html"))


def test_an_html_draft_is_never_published_by_the_watcher(notes_dir: Path):
    site = notes_dir.parent.parent
    draft = notes_dir / "2026-11-03-half.html"
    draft.write_text('<html><head><title>Half written</title><meta name="status" '
                     'content="draft"></head><body><p>Soon.</p></body></html>\n', "utf-8")
    publisher = CountingPublisher(site, real=False)
    logs: list[str] = []
    auto = AutoPublisher(site, lambda: _settings(site), publisher, logs.append)

    assert auto.consider({draft}) is None
    assert publisher.calls == []
    assert any("2026-11-03-half.html: Status draft — not published" in line for line in logs)
