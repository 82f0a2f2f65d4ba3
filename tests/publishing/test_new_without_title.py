"""`invoke new` without a title: asks for it on a terminal, and without one says what to
type, never a traceback. Declared with invoke's own `task()` options (no parser state is
touched): the task is loaded from a copy of the site, so notes are written in tmp_path.
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from invoke import Context, Exit
from support.sites import INVOKE

WORDS = 'Type one of:\n    .venv/bin/invoke new "Fever myths"'


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def load_tasks(project_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., ModuleType]:
    """`tasks.py` of the site copy, read as `argv` would have it read."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # tasks.py adds its plugins/ folder

    def load(*argv: str) -> ModuleType:
        monkeypatch.setattr(sys, "argv", ["invoke", *argv])
        spec = importlib.util.spec_from_file_location("site_tasks", project_dir / "tasks.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


def notes(project_dir: Path) -> set[str]:
    return {path.name for path in (project_dir / "content" / "notes").iterdir()}


def test_without_a_terminal_it_says_what_to_type_and_creates_nothing(
        load_tasks: Callable[..., ModuleType], project_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = load_tasks("new")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    before = notes(project_dir)
    with pytest.raises(Exit) as stopped:
        tasks.new(Context())
    assert stopped.value.code == 1
    assert "no terminal here to ask for it" in stopped.value.message
    assert WORDS in stopped.value.message and "new --micro" in stopped.value.message
    assert notes(project_dir) == before


def test_on_a_terminal_it_asks_for_the_title(
        load_tasks: Callable[..., ModuleType], project_dir: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    tasks = load_tasks("new")
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "Fever myths")
    before = notes(project_dir)
    tasks.new(Context())
    assert asked == ["Title of the note (press Enter for a short note without a title): "]
    [created] = notes(project_dir) - before
    assert created.endswith("-fever-myths.md")
    assert "Title: Fever myths" in (project_dir / "content" / "notes" / created).read_text()
    assert f"Created content/notes/{created}" in capsys.readouterr().out


def test_enter_alone_starts_a_note_without_a_title(
        load_tasks: Callable[..., ModuleType], project_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = load_tasks("new")
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "  ")
    before = notes(project_dir)
    tasks.new(Context())
    [created] = notes(project_dir) - before
    assert "Title:" not in (project_dir / "content" / "notes" / created).read_text()


def test_ctrl_d_at_the_question_creates_nothing(
        load_tasks: Callable[..., ModuleType], project_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = load_tasks("new")
    monkeypatch.setattr(sys, "stdin", Terminal())

    def end_of_input(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    before = notes(project_dir)
    with pytest.raises(Exit, match="No note was created"):
        tasks.new(Context())
    assert notes(project_dir) == before


def test_micro_and_a_typed_title_never_ask(
        load_tasks: Callable[..., ModuleType], project_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: asking would fail
    before = notes(project_dir)
    load_tasks("new", "--micro").new(Context(), micro=True)
    load_tasks("new", "Croup at night").new(Context(), "Croup at night")
    created = sorted(notes(project_dir) - before)
    assert len(created) == 2 and created[1].endswith("-croup-at-night.md")
    with pytest.raises(Exit, match="leave out either the title or --micro"):
        load_tasks("new", "X", "--micro").new(Context(), "X", micro=True)


def test_the_task_takes_its_title_positionally_only_when_one_is_typed(
        load_tasks: Callable[..., ModuleType]) -> None:
    assert load_tasks("new", "Fever myths").new.positional == ["title"]
    assert load_tasks("-r", "site", "new", "").new.positional == ["title"]
    assert load_tasks("new").new.positional == []
    assert load_tasks("new", "--micro").new.positional == []
    assert load_tasks("new", "--help").new.positional == []
    assert load_tasks("check").new.positional == ["title"]


@pytest.mark.slow
def test_invoke_new_without_a_terminal_says_what_to_type(project_dir: Path) -> None:
    before = notes(project_dir)
    done = subprocess.run([INVOKE, "new"], cwd=project_dir, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert WORDS in done.stderr and "Traceback" not in done.stdout + done.stderr
    assert notes(project_dir) == before
