"""Which file events count, debouncing by the clock, and a real watchdog observer."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from watchdog.events import FileMovedEvent
from writing.watcher import (
    Debouncer,
    DebounceThread,
    event_paths,
    is_ignored,
    settled,
    site_sources,
    start_observer,
)


@pytest.mark.parametrize(
    "name",
    [".note.md.swp", ".note.md.swx", "note.md~", "#note.md#", ".DS_Store", "4913",
     "note.md.tmp", "note.md.part", ".goutputstream-AB12CD", ".#note.md"],
)
def test_editor_droppings_are_ignored(tmp_path: Path, name: str) -> None:
    assert is_ignored(tmp_path / "content" / "notes" / name, tmp_path)


def test_outputs_and_caches_are_ignored_but_notes_are_not(tmp_path: Path) -> None:
    assert is_ignored(tmp_path / "output" / "index.html", tmp_path)
    assert is_ignored(tmp_path / "cache" / "ArticlesGenerator-Readers", tmp_path)
    assert is_ignored(tmp_path / "plugins" / "x" / "__pycache__" / "a.cpython-311.pyc", tmp_path)
    assert not is_ignored(tmp_path / "content" / "notes" / "2026-11-02-fever.md", tmp_path)
    assert not is_ignored(tmp_path / "theme" / "templates" / "base.html", tmp_path)


def test_an_atomic_save_is_about_the_note_it_replaced() -> None:
    event = FileMovedEvent("/site/content/notes/.fever.md.tmp123", "/site/content/notes/fever.md")
    assert event_paths(event)[0] == Path("/site/content/notes/fever.md")


def test_only_sources_of_the_site_are_accepted(tmp_path: Path) -> None:
    accept = site_sources(tmp_path)
    assert accept(tmp_path / "pelicanconf.py")
    assert accept(tmp_path / "content" / "notes" / "a.md")
    assert not accept(tmp_path / "tasks.py")
    assert not accept(tmp_path / "README.md")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_batch_is_due_after_the_quiet_period() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.5, max_wait=5, clock=clock)
    debouncer.add([Path("a.md")])
    clock.now += 0.3
    debouncer.add([Path("a.md"), Path("b.md")])
    clock.now += 0.4
    assert debouncer.take() is None  # 0.4 s after the last event: still settling
    clock.now += 0.1
    assert debouncer.take() == {Path("a.md"), Path("b.md")}
    assert debouncer.take() is None and debouncer.due_in() is None


def test_endless_events_still_give_a_batch_after_max_wait() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.5, max_wait=2, clock=clock)
    batches = []
    for _ in range(30):  # an event every 0.1 s for 3 s
        debouncer.add([Path("a.md")])
        clock.now += 0.1
        batch = debouncer.take()
        if batch:
            batches.append(batch)
    assert len(batches) == 1


def test_an_exception_in_a_build_does_not_stop_the_loop() -> None:
    calls: list[set[Path]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def on_batch(paths: set[Path]) -> None:
        calls.append(paths)
        if len(calls) == 1:
            raise RuntimeError("template bug")
        done.set()

    thread = DebounceThread(Debouncer(0.01), on_batch, errors.append).start()
    try:
        thread.add([Path("a.md")])
        deadline = time.monotonic() + 10
        while len(calls) < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        thread.add([Path("b.md")])
        assert done.wait(10)
    finally:
        thread.stop()
    assert [str(e) for e in errors] == ["template bug"]


@pytest.fixture
def watched(tmp_path: Path):
    """A real observer on tmp content/, collecting batches (quiet period 0.25 s)."""
    notes = tmp_path / "content" / "notes"
    notes.mkdir(parents=True)
    batches: list[set[Path]] = []
    thread = DebounceThread(Debouncer(0.25, max_wait=3), batches.append).start()
    observer = start_observer(
        tmp_path, thread, [tmp_path / "content"], site_sources(tmp_path)
    )
    yield notes, batches
    observer.stop()
    thread.stop()
    observer.join(5)


def test_saving_a_note_gives_one_batch(watched, wait_until) -> None:
    notes, batches = watched
    note = notes / "fever.md"
    note.write_text("Title: Fever\n\nA fever fights infection.\n", encoding="utf-8")
    assert wait_until(lambda: batches)
    time.sleep(0.6)  # longer than the quiet period: a second batch would have come by now
    assert len(batches) == 1
    assert note in batches[0]


def test_a_burst_of_twenty_saves_gives_few_batches(watched, wait_until) -> None:
    notes, batches = watched
    note = notes / "fever.md"
    for i in range(20):
        note.write_text(f"Title: Fever\n\nVersion {i}.\n", encoding="utf-8")
        time.sleep(0.01)
    assert wait_until(lambda: batches)
    time.sleep(0.6)
    assert 1 <= len(batches) <= 3


def test_an_atomic_save_and_swap_files_give_the_note_only(watched, wait_until) -> None:
    notes, batches = watched
    note = notes / "fever.md"
    swap = notes / ".fever.md.swp"
    swap.write_text("vim state", encoding="utf-8")
    temp = notes / "fever.md.tmp"
    temp.write_text("Title: Fever\n\nSaved atomically.\n", encoding="utf-8")
    os.replace(temp, note)
    (notes / "4913").write_text("", encoding="utf-8")
    (notes / "4913").unlink()
    assert wait_until(lambda: batches)
    time.sleep(0.4)
    changed = set().union(*batches)
    assert note in changed
    assert not {swap, notes / "4913"} & changed
    assert all(p.name != "fever.md.tmp" or not p.exists() for p in changed)


def test_only_editor_droppings_give_no_batch(watched) -> None:
    notes, batches = watched
    (notes / ".fever.md.swp").write_text("x", encoding="utf-8")
    (notes / "fever.md~").write_text("x", encoding="utf-8")
    time.sleep(0.6)
    assert batches == []


def test_vanished_temporary_files_are_not_changes(tmp_path: Path) -> None:
    kept = tmp_path / "fever.md"
    kept.write_text("x", encoding="utf-8")
    temp = tmp_path / "fever.md.x7Yq"  # an editor's temp name no pattern knows; renamed away
    deleted_note = tmp_path / "old.md"
    deleted_html = tmp_path / "old.html"
    deleted_image = tmp_path / "old.png"
    is_note = {deleted_note, deleted_html}.__contains__  # what Pelican reads, asked by path
    gone = {kept, temp, deleted_note, deleted_html, deleted_image}
    assert settled(gone, is_note) == {kept, deleted_note, deleted_html, deleted_image}
