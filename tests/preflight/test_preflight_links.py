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


# --- A picture loaded from another site (found trying it as a new user) -----------------


def remote(report):  # type: ignore[no-untyped-def]
    return [(f.line, f.col, f.level, f.blocking) for f in findings(report, "link-remote-image")]


def test_a_markdown_image_from_another_site_blocks_with_the_download_fix(
        tmp_path: Path) -> None:
    """The site's policy (img-src 'self') would show parents a broken picture."""
    body = "Look: ![A rash chart](https://cdn.example.org/img/rash%20chart.PNG?w=600)"
    report = check_site(tmp_path, body)
    assert remote(report) == [(3, body.index("https://") + 1, Level.BLOCK, True)]
    [finding] = findings(report, "link-remote-image")
    assert "Fix: download the picture into content/images and write " \
        "{static}/images/rash-chart.PNG" in finding.message
    assert not report.ok


def test_an_html_img_and_its_srcset_from_another_site_block(tmp_path: Path) -> None:
    body = ('<img src="https://cdn.example.org/a.jpg" alt="A bulb syringe"> '
            '<img src="{static}/images/chart.png" srcset="//cdn.example.org/b.jpg 2x" '
            'alt="A growth chart">')
    cols = [body.index("https://") + 1, body.index("//cdn.example.org/b") + 1]
    assert remote(check_site(tmp_path, body)) == [(3, col, Level.BLOCK, True) for col in cols]


def test_the_post_image_from_another_site_blocks_at_its_line(tmp_path: Path) -> None:
    content = site(tmp_path)
    (content / "notes" / "new.md").write_text(
        "Title: New\nimage: https://cdn.example.org/thermometer.jpg\n"
        "image_alt: A digital thermometer\n\nText.\n")
    settings = site_settings(PATH=str(content), SITEURL="https://rounds.example")
    report = check_content(CheckContext(tmp_path, content, settings))
    assert remote(report) == [(2, 8, Level.BLOCK, True)]
    [finding] = findings(report, "link-remote-image")
    assert finding.message.startswith("The post's image (\"image:\")")
    assert "{static}/images/thermometer.jpg" in finding.message


def test_a_reference_image_from_another_site_blocks_at_its_address(tmp_path: Path) -> None:
    body = ("![A growth chart][chart] and [the CDC][cdc]\n\n"
            "[chart]: https://cdn.example.org/c.png\n[cdc]: https://www.cdc.gov/growthcharts/")
    assert remote(check_site(tmp_path, body)) == [(5, 10, Level.BLOCK, True)]


def test_the_sites_own_pictures_and_links_to_pictures_elsewhere_pass(tmp_path: Path) -> None:
    body = ("![A growth chart]({static}/images/chart.png) "
            "![The same](https://rounds.example/images/chart.png) "
            "[the CDC's chart](https://www.cdc.gov/growthcharts/chart.png)")
    report = check_site(tmp_path, body)
    assert remote(report) == []
    assert report.ok
