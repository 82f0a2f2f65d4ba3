"""Deploy targets: put a finished build live without ever leaving a half-written site.

- a local folder: each deploy is a fresh release folder; the live path is a symlink swapped
  atomically (`rename(2)`), so readers see the old site or the new one, never a mix;
- rsync over ssh (`user@host:path`, `rsync://user@host/path`) or to a local path
  (`rsync:///path`), with `--delay-updates` so files change together at the end;
- GitHub Pages (`gh-pages`): ghp-import commits the build to `GITHUB_PAGES_BRANCH` and
  pushes it to `GITHUB_PAGES_REMOTE`, atomic by nature (a push lands whole or not at all);
- `s3://bucket[/prefix]`: object storage (S3, R2, MinIO, Spaces), uploaded by content in an
  order that never serves a broken page (`publishing/s3.py`).

`TARGETS` is the registry, keyed by scheme: each factory builds its target from the value
and a `DeploySetup` (the site's folder, its settings, the environment).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from common.errors import RoundsError
from common.settings import ProjectSettings

#: How many releases a local-folder deploy keeps, the live one included (older ones allow a
#: rollback by pointing the link back).
KEEP_RELEASES = 3


class DeployTarget(Protocol):
    """Somewhere a built site goes live."""

    def describe(self) -> str:
        """Where the site goes, in words for the publish log."""

    def deploy(self, build: Path) -> str:
        """Put `build` live, atomically. Returns where it now is. Raises `RoundsError`."""

    def served_from(self) -> Path | None:
        """The folder on this machine that serves the live site, if there is one."""


@dataclass(frozen=True)
class LocalFolder:
    """A folder on this machine (or a mounted share), swapped in atomically."""

    path: Path

    @property
    def releases(self) -> Path:
        return self.path.parent / f".{self.path.name}.releases"

    def describe(self) -> str:
        return f"the local folder {self.path}"

    def served_from(self) -> Path | None:
        return self.path

    def deploy(self, build: Path) -> str:
        self.releases.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        partial = self.releases / f"{stamp}.partial"
        release = self.releases / stamp
        try:
            shutil.copytree(build, partial, symlinks=False)
            os.replace(partial, release)
        except OSError as error:
            shutil.rmtree(partial, ignore_errors=True)
            raise RoundsError(
                f"Could not copy the site into {self.releases}: {error.strerror or error}. "
                "The live site was not touched. Fix: check the folder exists and is writable, "
                "and that the disk is not full."
            ) from error
        self._adopt_plain_folder()
        swap = self.path.parent / f".{self.path.name}.swap"
        if swap.is_symlink() or swap.exists():
            swap.unlink()
        swap.symlink_to(release.relative_to(self.path.parent), target_is_directory=True)
        os.replace(swap, self.path)
        self._prune(keep=release)
        return str(self.path)

    def _adopt_plain_folder(self) -> None:
        """A live path that is a real folder (set up by hand) becomes the oldest release."""
        if self.path.exists() and not self.path.is_symlink():
            os.replace(self.path, self.releases / "00000000T000000-original")

    def _prune(self, keep: Path) -> None:
        finished = sorted(
            p for p in self.releases.iterdir() if p.is_dir() and not p.name.endswith(".partial")
        )
        for old in finished[:-KEEP_RELEASES]:
            if old != keep:
                shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class Rsync:
    """rsync to `destination` (`user@host:path` over ssh, or a local path)."""

    destination: str

    def describe(self) -> str:
        return f"rsync to {self.destination}"

    def served_from(self) -> Path | None:
        return None

    def deploy(self, build: Path) -> str:
        if shutil.which("rsync") is None:
            raise RoundsError(
                "DEPLOY_TARGET asks for rsync, but the rsync program is not installed. "
                "Fix: install it (Debian/Ubuntu: apt-get install rsync; macOS: brew install "
                "rsync)."
            )
        destination = self.destination.rstrip("/") + "/"
        if ":" not in destination:
            Path(destination).mkdir(parents=True, exist_ok=True)
        command = [
            "rsync", "--archive", "--compress", "--delete-after", "--delay-updates",
            "--partial-dir=.rsync-partial", "--exclude=.rsync-partial",
            f"{build}/", destination,
        ]
        if ":" in destination:
            command[1:1] = ["-e", "ssh -o BatchMode=yes"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RoundsError(
                f"rsync to {self.destination} failed (exit {result.returncode}): "
                f"{result.stderr.strip()[-500:]}. Files already live were left as they were. "
                "Fix: check the address, that `ssh` to that host works without a password "
                "prompt, and that the folder is writable."
            )
        return self.destination


@dataclass(frozen=True)
class GitHubPages:
    """The build committed to a branch (default `gh-pages`) of `repo` and pushed to `remote`."""

    repo: Path
    remote: str = "origin"
    branch: str = "gh-pages"
    message: str = "Publish the site"

    def describe(self) -> str:
        return f"GitHub Pages (branch {self.branch}, pushed to {self.remote})"

    def served_from(self) -> Path | None:
        return None

    def deploy(self, build: Path) -> str:
        command = [
            sys.executable, "-m", "ghp_import", "--no-jekyll", "--push", "--force",
            "--remote", self.remote, "--branch", self.branch, "--message", self.message,
            str(build),
        ]
        result = subprocess.run(
            command, cwd=self.repo, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RoundsError(
                f"Publishing to GitHub Pages failed: {result.stderr.strip()[-500:]}. The "
                f"live site was not changed. Fix: check that `git push {self.remote}` works "
                "from this folder."
            )
        return f"{self.remote} {self.branch}"


@dataclass(frozen=True)
class DeploySetup:
    """What a target may be built from: the site's folder, its settings, the environment."""

    root: Path
    config: ProjectSettings = field(default_factory=ProjectSettings)
    env: Mapping[str, str] = field(default_factory=dict)


#: Builds a target from the `DEPLOY_TARGET` value and the setup.
TargetFactory = Callable[[str, DeploySetup], DeployTarget]


def _folder(spec: str, setup: DeploySetup) -> DeployTarget:
    path = Path(spec).expanduser()
    return LocalFolder(path if path.is_absolute() else (setup.root / path))


def _rsync(spec: str, setup: DeploySetup) -> DeployTarget:
    if not spec.startswith("rsync://"):
        return Rsync(destination=spec)  # user@host:path
    rest = spec[len("rsync://") :]
    if rest.startswith("/"):
        return Rsync(destination=rest)
    host, _, path = rest.partition("/")
    if not host or not path:
        raise RoundsError(
            f"DEPLOY_TARGET \"{spec}\" is missing a host or a path. "
            "Fix: write it as rsync://user@host/path/to/site."
        )
    return Rsync(destination=f"{host}:/{path}")


def _gh_pages(spec: str, setup: DeploySetup) -> DeployTarget:
    return GitHubPages(repo=setup.root, remote=setup.config.GITHUB_PAGES_REMOTE,
                       branch=setup.config.GITHUB_PAGES_BRANCH)


def _s3(spec: str, setup: DeploySetup) -> DeployTarget:
    from .s3 import s3_target  # boto3 is imported only by sites that deploy to a bucket

    return s3_target(spec, setup.env)


#: Every kind of target, by scheme. A new kind (an object store) is one entry and a factory.
TARGETS: dict[str, TargetFactory] = {
    "folder": _folder,
    "rsync": _rsync,
    "gh-pages": _gh_pages,
    "s3": _s3,
}


def scheme_of(spec: str) -> str:
    """Which kind of target a `DEPLOY_TARGET` value names (a key of `TARGETS`)."""
    if spec == "gh-pages":
        return "gh-pages"
    if spec.startswith(("rsync://", "s3://")):
        return spec.partition("://")[0]
    return "rsync" if _looks_like_ssh(spec) else "folder"


def target_for(spec: str, setup: DeploySetup) -> DeployTarget:
    """The target a `DEPLOY_TARGET` value names. Raises `RoundsError` for unusable values."""
    spec = spec.strip()
    if not spec:
        raise RoundsError("DEPLOY_TARGET is empty. Fix: set it to a folder, or remove it.")
    return TARGETS[scheme_of(spec)](spec, setup)


def configured_target(config: ProjectSettings, root: Path,
                      env: Mapping[str, str] | None = None) -> DeployTarget:
    """The site's target: `DEPLOY_TARGET`, built with the settings and environment it needs."""
    return target_for(config.DEPLOY_TARGET,
                      DeploySetup(root, config, os.environ if env is None else env))


def _looks_like_ssh(spec: str) -> bool:
    head, sep, _ = spec.partition(":")
    return (bool(sep) and "/" not in head and len(head) > 1 and "@" in head) or (
        bool(sep) and "/" not in head and "." in head and len(head) > 1
    )
