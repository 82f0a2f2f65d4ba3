"""The verify step's checks: pages and card images live, no local addresses for real posts."""

from __future__ import annotations

from pathlib import Path

import responses
from common.settings import ProjectSettings
from support.syn_fakes import NOW, post
from syndication import steps
from syndication.model import Planned


def context(tmp_path: Path, siteurl: str = "https://maple.test") -> steps.SyndicationRun:
    live = tmp_path / "deploy" / "site"
    (live / "notes" / "a").mkdir(parents=True)
    (live / "notes" / "a" / "index.html").write_text("<h1>A</h1>")
    return steps.SyndicationRun(root=tmp_path, settings={"SITEURL": siteurl},
                                config=ProjectSettings(), clock=lambda: NOW,
                                served_from=lambda: live)


def item(**changes) -> Planned:
    return Planned(post("a", **changes), "x", None, "post")


def test_preview_checks_the_deployed_folder_for_the_page_and_its_image(tmp_path):
    ctx = context(tmp_path)
    assert steps.verify_urls(ctx, [item()], preview=True) == []
    missing = steps.verify_urls(ctx, [item(image_url="https://maple.test/images/card.jpg")],
                                preview=True)
    assert len(missing) == 1 and "its image https://maple.test/images/card.jpg" in missing[0]
    assert "is not in the deployed folder" in missing[0]
    gone = steps.verify_urls(ctx, [item(url="https://maple.test/notes/b/")], preview=True)
    assert "content/notes/a.md: https://maple.test/notes/b/ is not in the deployed" in gone[0]


@responses.activate
def test_a_real_post_needs_http_200_for_the_page_and_its_image(tmp_path):
    responses.get("https://maple.test/notes/a/", body="<h1>A</h1>")
    responses.get("https://maple.test/images/card.jpg", status=404)
    ctx = context(tmp_path)
    assert steps.verify_urls(ctx, [item()], preview=False) == []
    problems = steps.verify_urls(ctx, [item(image_url="https://maple.test/images/card.jpg")],
                                 preview=False)
    assert problems == ["  content/notes/a.md: its image https://maple.test/images/card.jpg "
                        "answers HTTP 404"]
    assert len(responses.calls) == 2  # each address is asked once per run
