"""Every command a message prints works as printed, in a fresh terminal.

`invoke` is on the PATH only where the environment is activated; the README's daily loop
(`make publish`, `make check`) never activates it. So a message that said "run `invoke
attest content/notes/….md`" (every privacy WARN said so) or "run `invoke syndicate`" sent
the doctor to "command not found". Messages build their commands with
`common.commands.command`: `make publish`, or `.venv/bin/invoke attest PATH`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from common.commands import command

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"
#: "run `invoke publish`", "e.g. invoke new …": a command the reader is told to type (a
#: setting's description naming the task, "`invoke watch` publishes …", is not one).
BARE = re.compile(r"(?:\brun|e\.g\.|\btype)\s+`?invoke (?:attest|build|check|livereload|new|"
                  r"preview|publish|serve|syndicate|watch)\b")


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def bare_commands(source: str) -> list[str]:
    """The string literals (not docstrings) of `source` that print a bare `invoke …`."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and BARE.search(node.value)]


def test_no_message_prints_a_bare_invoke_command() -> None:
    found = {str(path.relative_to(PLUGINS)): hits for path in sorted(PLUGINS.rglob("*.py"))
             if (hits := bare_commands(path.read_text("utf-8")))}
    assert found == {}


def test_the_scan_sees_a_bare_command_in_a_message_but_not_in_a_docstring() -> None:
    source = ('"""Run `invoke publish` to publish."""\n'
              'FIX = "run `invoke syndicate` later"\n'
              'ABOUT = "`invoke watch` waits this long"\n'
              'OK = "run `.venv/bin/invoke attest x.md` or `make publish`"\n')
    assert bare_commands(source) == ["run `invoke syndicate` later"]


def test_commands_are_make_targets_or_the_environments_own_invoke() -> None:
    assert command("publish") == "make publish"
    assert command("attest", "content/notes/a.md") == ".venv/bin/invoke attest content/notes/a.md"
