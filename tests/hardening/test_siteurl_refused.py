"""A SITEURL without a scheme is refused before anything is built, deployed or posted.

Before: `SITEURL=www.example.org` built and deployed a site whose every link was broken,
and the syndicate step then read the *previous* build's manifest (old text, old domain).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from common.errors import RoundsError
from publishing.project import Project
from support.sites import build, snapshot


def test_a_siteurl_without_a_scheme_is_refused_before_building(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITEURL", "www.example.org")
    with pytest.raises(RoundsError) as raised:
        Project(project_dir).load_settings(production=True)
    assert "www.example.org" in str(raised.value)
    assert "Fix: set SITEURL to the site's full address" in str(raised.value)


@pytest.mark.slow
def test_a_publish_with_a_broken_siteurl_keeps_the_last_build_and_deploy(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commands.publish import publish

    build(project_dir, "https://old.example")
    manifest = project_dir / "cache" / "syndication-manifest.json"
    assert "https://old.example" in manifest.read_text("utf-8")
    before = snapshot(project_dir / "output"), manifest.read_bytes()
    deploy = project_dir / "deploy" / "site"
    monkeypatch.setenv("SITEURL", "www.example.org")
    monkeypatch.setenv("DEPLOY_TARGET", str(deploy))
    with pytest.raises(RoundsError, match="SITEURL"):
        publish(Project(project_dir))
    assert (snapshot(project_dir / "output"), manifest.read_bytes()) == before
    assert not deploy.exists()
