"""The verify step checks the card a scraping network (Facebook) will keep, before any post."""

from __future__ import annotations

from pathlib import Path

import responses
from common.settings import ProjectSettings
from support.syn_fakes import NOW, post
from syndication import opengraph, steps
from syndication.model import Planned

PAGE = "https://maple.test/notes/a/"
IMAGE = "https://maple.test/images/a-card.png"


def page(image: str | None = IMAGE, width: str | None = "1200", height: str | None = "630"
         ) -> str:
    tags = [f'<meta property="og:image" content="{image}">' if image else ""]
    if width:
        tags.append(f'<meta property="og:image:width" content="{width}">')
    if height:
        tags.append(f'<meta property="og:image:height" content="{height}">')
    return f"<html><head>{''.join(tags)}</head><body>A</body></html>"


def run(tmp_path: Path) -> steps.SyndicationRun:
    return steps.SyndicationRun(root=tmp_path, settings={"SITEURL": "https://maple.test"},
                                config=ProjectSettings(), clock=lambda: NOW)


def items(*networks: str) -> list[Planned]:
    return [Planned(post("a"), network, network, "post", channel=network)
            for network in networks]


@responses.activate
def test_a_good_card_passes_and_is_checked_once(tmp_path):
    responses.get(PAGE, body=page())
    responses.get(IMAGE, body=b"\x89PNG", content_type="image/png")
    ctx = run(tmp_path)
    assert steps.verify_urls(ctx, items("x", "facebook"), preview=False) == []
    assert steps.verify_urls(ctx, items("facebook"), preview=False) == []
    assert [call.request.url for call in responses.calls] == [PAGE, PAGE, IMAGE]


@responses.activate
def test_a_card_image_that_does_not_answer_200_stops_every_network(tmp_path):
    responses.get(PAGE, body=page())
    responses.get(IMAGE, status=404)
    problems = steps.verify_urls(run(tmp_path), items("x", "mastodon", "facebook"),
                                 preview=False)
    assert problems == [
        f"  content/notes/a.md: its page gives the card image {IMAGE}, which answers HTTP "
        "404 (Facebook draws the card once and keeps it)"]


@responses.activate
def test_an_image_served_as_a_page_or_without_its_size_is_refused(tmp_path):
    responses.get(PAGE, body=page())
    responses.get(IMAGE, body="<h1>Not an image</h1>", content_type="text/html")
    (problem,) = steps.verify_urls(run(tmp_path), items("facebook"), preview=False)
    assert "is served as text/html, not as an image" in problem
    responses.replace(responses.GET, PAGE, body=page(height=None))
    (problem,) = steps.verify_urls(run(tmp_path), items("facebook"), preview=False)
    assert "without og:image:height" in problem


@responses.activate
def test_networks_that_do_not_scrape_are_not_held_by_the_card(tmp_path):
    responses.get(PAGE, body=page(image=None))
    assert steps.verify_urls(run(tmp_path), items("x", "bluesky"), preview=False) == []
    (problem,) = steps.verify_urls(run(tmp_path), items("bluesky", "facebook"),
                                   preview=False)
    assert "has no og:image" in problem


def test_preview_reads_the_deployed_page_and_looks_for_its_image(tmp_path):
    live = tmp_path / "deploy" / "site"
    (live / "notes" / "a").mkdir(parents=True)
    (live / "notes" / "a" / "index.html").write_text(page(image="/images/a-card.png"))
    ctx = run(tmp_path)
    ctx.served_from = lambda: live
    (problem,) = steps.verify_urls(ctx, items("facebook"), preview=True)
    assert f"gives the card image {IMAGE}, which is not in the deployed folder" in problem
    (live / "images").mkdir()
    (live / "images" / "a-card.png").write_bytes(b"\x89PNG")
    ctx.verified.clear()
    assert steps.verify_urls(ctx, items("facebook"), preview=True) == []


def test_open_graph_tags_are_read_from_the_html():
    tags = opengraph.card_tags('<meta content="https://m.test/c.png" property="og:image">'
                               '<meta property="og:image:width" content="1200">'
                               '<meta name="og:image:height" content="630">')
    assert tags == opengraph.CardTags("https://m.test/c.png", "1200", "630")
    assert tags.problem() is None
    assert opengraph.image_problem(200, "image/png; charset=binary") is None
    assert opengraph.image_problem(301, "image/png") == "answers HTTP 301"
