"""Run Pagefind over the built site, once per build (its bundled binary, no network).

Search is an enhancement: when the binary is missing or fails, the site is complete and
readable without it, so the build goes on with a warning that says how to fix it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[str]]


@dataclass(frozen=True)
class IndexResult:
    ok: bool
    message: str


def find_pagefind() -> str | None:
    """The `pagefind` binary of the `pagefind[bin]` package, or None when it is absent."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    executable = get_executable()
    return str(executable) if executable else None


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=600,
                          check=False)


def index_site(output: Path, executable: str | None, runner: Runner = _run,
               language: str | None = None) -> IndexResult:
    """Index `output` into `output/pagefind/` (only elements marked `data-pagefind-body`).

    `language` (the site's DEFAULT_LANG): one index for every page, so a note written in
    Spanish (`<html lang="es">`) is still found from the search page, which Pagefind would
    otherwise split into one index per language."""
    if executable is None:
        return IndexResult(False, "Site search was not built: the Pagefind program is "
                           "missing. Fix: run `make venv` (it installs `pagefind[bin]`).")
    try:
        forced = ["--force-language", language] if language else []
        done = runner([executable, "--site", str(output), "--quiet", *forced])
    except (OSError, subprocess.TimeoutExpired) as error:
        return IndexResult(False, f"Site search was not built: Pagefind could not run "
                           f"({error}). The site works without search; run the build again.")
    if done.returncode != 0:
        detail = (done.stderr or done.stdout or "").strip().splitlines()[-3:]
        return IndexResult(False, "Site search was not built: Pagefind said: "
                           + " / ".join(detail) + ". The site works without search.")
    return IndexResult(True, f"Search index written to {output / 'pagefind'}")
