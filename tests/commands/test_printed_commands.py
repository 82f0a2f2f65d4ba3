"""The commands a doctor is shown run as printed, in a new terminal (issue 13).

A new terminal has no activated environment: the test runs each command with a minimal
environment (`PATH` without `.venv/bin`), from the project's folder, exactly as printed
after `make publish` and in the README's "Daily use" section.
"""

from __future__ import annotations

import os
import pty
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
#: Long-running commands: started, checked to answer, then stopped.
SERVERS = {"make serve", "make livereload"}


def fresh_shell_env(home: Path, port: int) -> dict[str, str]:
    """What a new terminal has: no venv on PATH, no project variables."""
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
                           if p != venv_bin)
    return {"PATH": path, "HOME": str(home), "LANG": "C.UTF-8", "PORT": str(port)}


@pytest.fixture
def project(project_dir: Path) -> Path:
    """The project copy with its Makefile, pyproject and this checkout's environment."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(REPO / name, project_dir / name)
    venv = Path(sys.prefix)
    (project_dir / ".venv").symlink_to(venv)
    return project_dir


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_as_printed(line: str, cwd: Path, env: dict[str, str]) -> str:
    """Run `line` as typed in a terminal: its input is a terminal too (where `make new`
    asks for the title), on which the doctor presses Enter."""
    if line in SERVERS:
        return serve_briefly(line, cwd, env)
    terminal, typed = pty.openpty()
    try:
        os.write(terminal, b"\n")
        result = subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True,
                                stdin=typed, text=True, timeout=300, check=False)
    finally:
        os.close(terminal)
        os.close(typed)
    assert result.returncode == 0, f"{line}\n{result.stdout}{result.stderr}"
    return result.stdout


def serve_briefly(line: str, cwd: Path, env: dict[str, str]) -> str:
    process = subprocess.Popen(["bash", "-c", line], cwd=cwd, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, f"{line} stopped:\n{process.stdout.read()}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{env['PORT']}/",
                                            timeout=5) as answer:
                    assert answer.status == 200
                    return line
            except OSError:
                time.sleep(0.3)
        raise AssertionError(f"{line} never answered")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def readme_daily_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Daily use", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Daily use section shows its commands in a sh block"
    return [line.split("  #", 1)[0].strip() for line in block.group(1).splitlines()
            if line.strip() and not line.startswith("#")]


def printed_commands(output: str) -> list[str]:
    """The commands a message tells the doctor to run (`make …` or `.venv/bin/invoke …`)."""
    found = re.findall(r"(?:make [a-z]+(?: [A-Z]+=\S+)?|\.venv/bin/invoke [a-z]+)", output)
    return sorted(set(found))


def test_commands_printed_after_make_publish_run_as_printed(project: Path, tmp_path: Path):
    env = fresh_shell_env(tmp_path, free_port())
    output = run_as_printed("make publish", project, env)
    commands = printed_commands(output)
    assert "make serve" in commands, output
    assert not re.search(r"(?<![/\w])invoke (serve|publish|syndicate)\b", output), output
    for line in commands:
        if "PATH" not in line:
            run_as_printed(line, project, env)


def test_readme_daily_use_commands_run_as_printed(project: Path, tmp_path: Path):
    env = fresh_shell_env(tmp_path, free_port())
    commands = readme_daily_commands()
    assert any(c.startswith("make new TITLE=") for c in commands)
    for line in commands:
        output = run_as_printed(line, project, env)
        if line.startswith("make new"):
            created = re.search(r"Created (\S+)", output)
            assert created, output
            note = project / created.group(1)
            note.write_text(note.read_text(encoding="utf-8")
                            + "Offer fluids and rest. Call us if your baby is under 3 months.\n",
                            encoding="utf-8")
    assert (project / "deploy" / "site" / "index.html").is_file()
