"""Alt text and links: images described, internal links resolve, external links https."""

from __future__ import annotations

from pathlib import Path

from preflight.context import CheckContext
from preflight.findings import Level
from preflight.runner import check_content
from support.preflight_helpers import check_one, site_settings


def findings(report, code: str):  # type: ignore[no-untyped-def]
    return [f for f in report.findings if f.code == code]


def test_images_without_alt_text_block(tmp_path: Path) -> None:
    note = (
        "Title: T\nDeidentified: yes\nImage: {static}/images/a.png\n\n"
        "![](https://example.org/a.png)\nText <img src=\"https://example.org/b.png\" alt=\"\">\n"
    )
    report = check_one(tmp_path, note)
    spots = {(f.line, f.col) for f in findings(report, "image-alt")}
    assert spots == {(3, 1), (5, 1), (6, 6)}
    assert all(f.level is Level.BLOCK for f in findings(report, "image-alt"))


def test_described_images_pass(tmp_path: Path) -> None:
    note = (
        "Title: T\nDeidentified: yes\n\n![A drawing of a thermometer](https://example.org/t.png)\n"
        "<img src=\"https://example.org/b.png\" alt=\"A bulb syringe\">\n"
    )
    assert not findings(check_one(tmp_path, note), "image-alt")


def site(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True)
    (content / "pages").mkdir()
    (content / "images").mkdir()
    (content / "images" / "chart.png").write_bytes(b"\x89PNG")
    (content / "pages" / "hours.md").write_text("Title: Office hours\nSlug: hours\n\nOpen.\n")
    (content / "notes" / "2026-11-01-fever.md").write_text(
        "Title: Fever basics\nTags: fever\n\nFever.\n"
    )
    return content


def check_site(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    content = site(tmp_path)
    (content / "notes" / "new.md").write_text(f"Title: New\n\n{body}\n")
    settings = site_settings(PATH=str(content), SITEURL="https://rounds.example")
    return check_content(CheckContext(tmp_path, content, settings))


def test_internal_links_that_resolve_pass(tmp_path: Path) -> None:
    body = (
        "See [fever]({filename}2026-11-01-fever.md), [again]({filename}/notes/2026-11-01-fever.md"
        "#top), [hours](/hours/), [the note](/notes/fever-basics/), [up](../fever-basics/), "
        "[tag](/tag/fever/), [home](/), [abs](https://rounds.example/hours/) and "
        "![A growth chart]({static}/images/chart.png) or ![Chart](/images/chart.png)."
    )
    assert not findings(check_site(tmp_path, body), "link-internal")


def test_broken_internal_links_block_at_their_column(tmp_path: Path) -> None:
    body = (
        "See [gone]({filename}missing.md), [hours](/office-hours/) and "
        "[abs](https://rounds.example/notes/nothing/)."
    )
    broken = findings(check_site(tmp_path, body), "link-internal")
    targets = ("{filename}missing.md", "/office-hours/", "https://rounds.example/notes/")
    assert [(f.line, f.col, f.level) for f in broken] == [
        (3, body.index(target) + 1, Level.BLOCK) for target in targets
    ]
    assert "{filename}" in broken[1].message


def test_external_links_must_be_well_formed_https_but_do_not_block(tmp_path: Path) -> None:
    body = (
        "[a](http://example.org/x) [b](https://exa_mple.org) [c](www.cdc.gov/flu) "
        "[d](https://www.cdc.gov/flu/) [e](ftp://files.example.org/x) [f](https://localhost/x)"
    )
    report = check_site(tmp_path, body)
    warned = findings(report, "link-external")
    bad = ("http://", "https://exa_", "www.", "ftp://", "https://localhost")
    assert [f.col for f in warned] == [body.index(target) + 1 for target in bad]
    assert all(f.level is Level.WARN and not f.blocking for f in warned)
    assert report.ok


def test_an_image_written_relative_to_content_gets_the_static_form_as_its_fix(
        tmp_path: Path) -> None:
    """`images/chart.png` is looked for beside the note's page, where it is not: the fix is
    the `{static}` form (not a link to a note's file)."""
    [finding] = findings(check_site(tmp_path, "![A growth chart](images/chart.png)"),
                         "link-internal")
    assert "Fix: write it as {static}/images/chart.png" in finding.message
    [missing] = findings(check_site(tmp_path / "other", "![A rash](images/rash.png)"),
                         "link-internal")
    assert "put the picture in content/images/" in missing.message
