"""Replacing a file so that a reader, or a crash at any instruction, never sees half of it.

The one recipe (DESIGN.md, "The ledger"): write a temporary file in the same folder, fsync
it, rename it over the target (`os.replace` is atomic on POSIX), then fsync the folder so
the rename itself survives a power cut. The ledger, the build's manifest and the card
images all go through `write_atomically`, so they share one guarantee.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


def write_atomically(
    path: Path, data: bytes, halfway: Callable[[], None] | None = None
) -> None:
    """Replace `path` with `data` atomically and durably.

    A stray temporary file (`.<name>.<pid>.tmp`) left by a killed writer is removed first.
    `halfway` runs after the first half of the bytes is written: the crash tests kill the
    process there to prove a half-written temporary file never becomes the file.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    for stray in folder.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stray.unlink()
    temp = folder / f".{path.name}.{os.getpid()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        half = len(data) // 2
        _write_all(fd, view[:half])
        if halfway is not None:
            halfway()
        _write_all(fd, view[half:])
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    os.replace(temp, path)
    fsync_folder(folder)


def write_text_atomically(path: Path, text: str) -> None:
    """`write_atomically` for UTF-8 text."""
    write_atomically(path, text.encode("utf-8"))


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX: the directory entry lives in the folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
