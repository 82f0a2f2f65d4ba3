"""Deploy targets: a local folder, rsync to a local path, GitHub Pages to a local bare repo."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from common.bucket import BucketAddress
from common.errors import RoundsError
from common.settings import ProjectSettings
from publishing.deploy import (
    KEEP_RELEASES,
    DeploySetup,
    GitHubPages,
    LocalFolder,
    Rsync,
    configured_target,
    target_for,
)
from publishing.project import Project
from publishing.s3 import S3Target
from support.sites import snapshot


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "output"
    (folder / "notes" / "fever").mkdir(parents=True)
    (folder / "index.html").write_text("<h1>home v1</h1>", encoding="utf-8")
    (folder / "notes" / "fever" / "index.html").write_text("fever", encoding="utf-8")
    return folder


def test_local_folder_deploy_swaps_in_the_whole_site(tmp_path: Path, build: Path) -> None:
    live = tmp_path / "www" / "site"
    target = LocalFolder(live)
    target.deploy(build)
    assert live.is_symlink()
    assert snapshot(live) == snapshot(build)
    (build / "index.html").write_text("<h1>home v2</h1>", encoding="utf-8")
    (build / "notes" / "fever" / "index.html").unlink()
    target.deploy(build)
    assert (live / "index.html").read_text(encoding="utf-8") == "<h1>home v2</h1>"
    assert not (live / "notes" / "fever" / "index.html").exists()


def test_local_folder_keeps_a_few_releases(tmp_path: Path, build: Path) -> None:
    target = LocalFolder(tmp_path / "site")
    for _ in range(KEEP_RELEASES + 3):
        target.deploy(build)
    assert len(list(target.releases.iterdir())) == KEEP_RELEASES


def test_local_folder_adopts_a_folder_made_by_hand(tmp_path: Path, build: Path) -> None:
    live = tmp_path / "site"
    live.mkdir()
    (live / "old.html").write_text("old", encoding="utf-8")
    LocalFolder(live).deploy(build)
    assert snapshot(live) == snapshot(build)
    assert any((r / "old.html").exists() for r in LocalFolder(live).releases.iterdir())


def test_failed_local_copy_leaves_the_live_site_untouched(tmp_path: Path, build: Path) -> None:
    live = tmp_path / "site"
    target = LocalFolder(live)
    target.deploy(build)
    before = snapshot(live)
    with pytest.raises(RoundsError, match="live site was not touched"):
        target.deploy(tmp_path / "no-such-build")
    assert snapshot(live) == before
    assert not [p for p in target.releases.iterdir() if p.name.endswith(".partial")]


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed")
@pytest.mark.slow
def test_rsync_to_a_local_path_mirrors_the_build(tmp_path: Path, build: Path) -> None:
    destination = tmp_path / "mirror"
    target = Rsync(str(destination))
    target.deploy(build)
    assert snapshot(destination) == snapshot(build)
    (build / "notes" / "fever" / "index.html").unlink()
    (build / "new.html").write_text("new", encoding="utf-8")
    target.deploy(build)
    assert snapshot(destination) == snapshot(build)


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed")
@pytest.mark.slow
def test_rsync_failure_is_explained(tmp_path: Path, build: Path) -> None:
    with pytest.raises(RoundsError, match=r"rsync to .* failed"):
        Rsync(str(tmp_path / "mirror")).deploy(tmp_path / "missing")


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.slow
def test_github_pages_pushes_the_build_to_a_bare_remote(tmp_path: Path, build: Path) -> None:
    remote = tmp_path / "remote.git"
    _git(tmp_path, "init", "--bare", "--quiet", str(remote))
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "--quiet")
    _git(repo, "config", "user.name", "Rounds test")
    _git(repo, "config", "user.email", "test@rounds.invalid")
    _git(repo, "remote", "add", "origin", str(remote))
    target = GitHubPages(repo=repo)
    target.deploy(build)
    assert _git(remote, "show", "gh-pages:index.html") == "<h1>home v1</h1>"
    assert _git(remote, "show", "gh-pages:notes/fever/index.html") == "fever"
    assert ".nojekyll" in _git(remote, "ls-tree", "--name-only", "gh-pages")
    (build / "index.html").write_text("<h1>home v2</h1>", encoding="utf-8")
    target.deploy(build)
    assert _git(remote, "show", "gh-pages:index.html") == "<h1>home v2</h1>"
    assert len(_git(remote, "log", "--oneline", "gh-pages").splitlines()) == 2


@pytest.mark.slow
def test_github_pages_failure_names_the_remote(tmp_path: Path, build: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "--quiet")
    _git(repo, "config", "user.name", "Rounds test")
    _git(repo, "config", "user.email", "test@rounds.invalid")
    with pytest.raises(RoundsError, match="git push origin"):
        GitHubPages(repo=repo).deploy(build)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("gh-pages", GitHubPages(repo=Path("/r"))),
        ("deploy/site", LocalFolder(Path("/r/deploy/site"))),
        ("/srv/www", LocalFolder(Path("/srv/www"))),
        ("doc@example.org:/var/www/site", Rsync("doc@example.org:/var/www/site")),
        ("rsync://doc@example.org/var/www", Rsync("doc@example.org:/var/www")),
        ("rsync:///mnt/share/site", Rsync("/mnt/share/site")),
        ("s3://maple-site/www/", S3Target(BucketAddress("maple-site", "www/"))),
        ("s3://maple-site", S3Target(BucketAddress("maple-site", ""))),
    ],
)
def test_target_for(spec: str, expected: object) -> None:
    assert target_for(spec, DeploySetup(Path("/r"))) == expected


@pytest.mark.parametrize("spec", ["", "s3://", "s3://bucket/.rounds/site", "rsync://hostonly"])
def test_target_for_refuses_with_a_fix(spec: str) -> None:
    with pytest.raises(RoundsError, match="Fix:"):
        target_for(spec, DeploySetup(Path("/r")))


def test_home_relative_local_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert target_for("~/site", DeploySetup(Path("/r"))) == \
        LocalFolder(Path(os.path.expanduser("~/site")))


def test_gh_pages_reads_its_remote_and_branch_from_the_settings(project_dir: Path) -> None:
    with (project_dir / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write('\nGITHUB_PAGES_REMOTE = "pages"\nGITHUB_PAGES_BRANCH = "site"\n')
    project = Project(project_dir)
    config = project.config(project.load_settings(production=True, overrides={
        "DEPLOY_TARGET": "gh-pages"}))
    target = configured_target(config, project_dir, env={})
    assert target == GitHubPages(repo=project_dir, remote="pages", branch="site")
    assert target.describe() == "GitHub Pages (branch site, pushed to pages)"


def test_only_a_local_folder_is_served_from_this_machine(tmp_path: Path) -> None:
    config = ProjectSettings(DEPLOY_TARGET="deploy/site")
    assert configured_target(config, tmp_path).served_from() == tmp_path / "deploy" / "site"
    assert target_for("gh-pages", DeploySetup(tmp_path)).served_from() is None
