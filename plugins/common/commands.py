"""Commands as the doctor types them: every message prints one that works as printed.

`invoke` is only found in a terminal where the project's environment is activated; a
doctor who opens a new terminal after `make publish` and types `invoke serve` gets
"command not found". So the daily commands are printed as `make` targets (the Makefile
finds `.venv` by itself), and any other as `.venv/bin/invoke …`, both run from the
project's folder, in any terminal.
"""

from __future__ import annotations

#: `invoke` tasks that have a `make` target of the same name (see the Makefile).
MAKE_TARGETS = frozenset({"new", "check", "build", "serve", "livereload", "preview",
                          "publish", "syndicate", "watch"})
INVOKE = ".venv/bin/invoke"


def command(task: str, *arguments: str) -> str:
    """The exact command line for `invoke <task> <arguments>` in a fresh terminal.

    A task with no arguments and a make target is `make <task>`; anything else is spelt
    out with the environment's own `invoke`, never a bare name the shell may not find.
    """
    if task in MAKE_TARGETS and not arguments:
        return f"make {task}"
    return " ".join((INVOKE, task, *arguments))
