"""Shared fixtures: a real Rounds project copied into a temporary folder.

Layered like Lektor's: `project_dir` is a pristine copy of this repository's site (settings,
theme, plugins, sample content); tests add or break notes in it and build real sites.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))
# Shared test code: `support.sites`, `fakes.*` (test folders themselves are not packages).
sys.path.insert(1, str(REPO / "tests"))
# The benchmarks' generated corpus of notes (`corpus.write_corpus`) serves the tests too.
sys.path.insert(2, str(REPO / "benchmarks"))

from publishing.project import copy_site  # noqa: E402  (needs plugins/ on the path)


@pytest.fixture(autouse=True)
def _hermetic_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without the shell's SITEURL, DEPLOY_TARGET or credentials.

    A practice's shell exports them (and `tasks.py` loads `.env`); a test that inherited
    them would build for the real domain, deploy to the real target or post for real.
    """
    from support.environment import inherited_variables

    for variable in inherited_variables(os.environ):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def project_dir(tmp_path: Path) -> Iterator[Path]:
    """A copy of the site in `tmp_path/site` with the fixture notes and pages (never the
    practice's own content/), in a clean environment (`_hermetic_environment`)."""
    from support.fixture_content import use_fixture_content

    site = tmp_path / "site"
    copy_site(REPO, site)
    yield use_fixture_content(site)


@pytest.fixture
def notes_dir(project_dir: Path) -> Path:
    return project_dir / "content" / "notes"


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real S3-compatible server on 127.0.0.1 (tests/support/s3_server.py), one per session."""
    from support.s3_server import running_server

    with running_server(str(tmp_path_factory.mktemp("aws"))) as server:
        yield server


@pytest.fixture
def s3_env(s3_server: object, monkeypatch: pytest.MonkeyPatch) -> object:
    """This process's boto3 pointed at the local server only (no profile, no real account)."""
    for variable in [v for v in os.environ if v.startswith("AWS_")] + [
            "CLOUDFRONT_DISTRIBUTION_ID"]:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in s3_server.env().items():  # type: ignore[attr-defined]
        monkeypatch.setenv(variable, value)
    return s3_server


def _wait_until(predicate: Callable[[], object], timeout: float = 15.0, step: float = 0.02) -> bool:
    """Poll `predicate` until it is truthy or `timeout` passes (generous: 2 loaded cores)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


@pytest.fixture
def wait_until() -> Callable[..., bool]:
    """Bounded waits for the long-running loops (never a fixed sleep)."""
    return _wait_until


# --- Real headless Chromium, one per test session (theme and preview-server tests) --------
CHROMIUM = os.environ.get("ROUNDS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Belt and braces: nothing but this machine resolves, whatever a page asks for.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that drives a real browser is slow too: `-m "not slow"` leaves it out."""
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's Chromium under Playwright; skipped (with the reason) only when absent."""
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (CI installs it: "
                    "`apt-get install -y chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
