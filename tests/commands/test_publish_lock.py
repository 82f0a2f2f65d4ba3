"""One publish at a time: the lock shared by `invoke publish` and `invoke watch`."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from publishing.lock import PublishBusy, lock_path, publish_lock

# Holds the lock across threads and runs `invoke publish` in a subprocess.
pytestmark = pytest.mark.slow

def test_a_second_publish_that_will_not_wait_is_told_clearly(tmp_path: Path) -> None:
    with publish_lock(tmp_path, wait_seconds=0), pytest.raises(PublishBusy) as error, \
            publish_lock(tmp_path, wait_seconds=0):
        pass
    assert "Another publish is running" in str(error.value)
    assert lock_path(tmp_path) == tmp_path / ".rounds" / "publish.lock"


def test_a_second_publish_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    order: list[str] = []
    said: list[str] = []
    holding = threading.Event()

    def first() -> None:
        with publish_lock(tmp_path, wait_seconds=0):
            holding.set()
            time.sleep(0.3)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    assert holding.wait(10)
    with publish_lock(tmp_path, wait_seconds=30, say=said.append):
        order.append("second runs")
    thread.join(10)
    assert order == ["first done", "second runs"]
    assert said and "waiting" in said[0]


def test_invoke_publish_gives_up_with_a_clear_message(project_dir: Path) -> None:
    with (project_dir / "pelicanconf.py").open("a", encoding="utf-8") as handle:
        handle.write("\nPUBLISH_LOCK_WAIT_SECONDS = 0.3\n")
    invoke = Path(sys.executable).parent / "invoke"
    with publish_lock(project_dir, wait_seconds=0):
        result = subprocess.run(
            [str(invoke), "publish"], cwd=project_dir, capture_output=True, text=True,
            timeout=120, check=False,
        )
    assert result.returncode == 1
    assert "Another publish has been running" in result.stderr + result.stdout
    assert not (project_dir / "deploy").exists()  # nothing was changed
