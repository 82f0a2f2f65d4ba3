"""`invoke livereload` and `invoke watch` as the doctor runs them: real processes, real
signals (SIGTERM stops them cleanly), real HTTP on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from writing.livereload import LiveReload
from writing.server import ReloadHub

# `invoke livereload`/`invoke watch` in subprocesses.
pytestmark = pytest.mark.slow
INVOKE = str(Path(sys.executable).parent / "invoke")
NOTE = """Title: Sunscreen for babies
Date: 2026-11-03 08:00
Reviewed: 2026-11-03
Tags: sunscreen
Sources: American Academy of Pediatrics, "Sun Safety" (HealthyChildren.org)

Keep babies under 6 months out of direct sun. Use shade, a hat and light clothes.
"""


class Task:
    """An `invoke` task in its own process, its output collected line by line."""

    def __init__(self, site: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [INVOKE, *args], cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, env=env,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def said(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def terminate(self, timeout: float = 60) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout)
        self._reader.join(5)
        return code


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_invoke_livereload_serves_rebuilds_and_stops_on_sigterm(project_dir, wait_until):
    port = _free_port()
    task = Task(project_dir, "livereload", "--port", str(port))
    try:
        assert wait_until(lambda: task.said("Preview at"), timeout=60), task.lines
        note = project_dir / "content" / "notes" / "2026-11-03-sunscreen.md"
        note.write_text(NOTE, "utf-8")
        assert wait_until(lambda: sum("rebuilt" in line for line in task.lines) >= 2), task.lines
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/notes/sunscreen-for-babies/",
                                    timeout=10) as response:
            assert "Keep babies under 6 months" in response.read().decode()
    finally:
        code = task.terminate()
    assert code == 0, task.lines
    assert task.said("preview stopped.")
    assert not any("Traceback" in line for line in task.lines)


def test_invoke_watch_publishes_a_dropped_note_and_stops_on_sigterm(project_dir, wait_until):
    with (project_dir / "pelicanconf.py").open("a", encoding="utf-8") as handle:
        handle.write("\nWATCH_QUIET_SECONDS = 0.3\n")
    task = Task(project_dir, "watch")
    try:
        assert wait_until(lambda: task.said("watching content/notes/"), timeout=60), task.lines
        (project_dir / "content" / "notes" / "2026-11-03-sunscreen.md").write_text(NOTE, "utf-8")
        assert wait_until(lambda: task.said("✓ published"), timeout=90), task.lines
    finally:
        code = task.terminate()
    assert code == 0, task.lines
    live = project_dir / "deploy" / "site" / "notes" / "sunscreen-for-babies" / "index.html"
    assert live.is_file()
    assert task.said("stopped.")


def test_a_plugin_code_change_restarts_instead_of_building(tmp_path: Path) -> None:
    built: list[set[Path]] = []
    restarts: list[bool] = []

    class Builder:
        def build(self, paths=()):
            built.append(set(paths))
            raise AssertionError("must not build with old plugin code")

    live = LiveReload(tmp_path, Builder(), ReloadHub(), dict, lambda line: None,
                      restart=lambda: restarts.append(True))
    plugin = tmp_path / "plugins" / "micronotes" / "titles.py"
    plugin.parent.mkdir(parents=True)
    plugin.write_text("x = 1\n", "utf-8")
    live.handle({plugin})
    assert restarts == [True] and built == []


def test_a_busy_port_is_a_clear_error(project_dir) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([INVOKE, "livereload", "--port", str(port)], cwd=project_dir,
                                capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert f"PORT={port + 1} make livereload" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_crash_inside_a_build_becomes_the_error_page(tmp_path: Path) -> None:
    class Builder:
        calls = 0

        def build(self, paths=()):
            Builder.calls += 1
            raise KeyError("a template bug")

    logs: list[str] = []
    hub = ReloadHub()
    settings = {"PATH": str(tmp_path / "content"), "TIMEZONE": "UTC"}
    (tmp_path / "content").mkdir()
    live = LiveReload(tmp_path, Builder(), hub, lambda: settings, logs.append)
    live.handle(set())  # must not raise: the preview keeps running
    live.handle(set())
    assert Builder.calls == 2
    assert not hub.state.ok and "KeyError" in hub.state.details
    assert any("build failed" in line for line in logs)
