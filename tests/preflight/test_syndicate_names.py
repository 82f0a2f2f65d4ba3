"""`syndicate:` naming a network or account Rounds does not know is stopped by the check.

The names come from the syndication layer (`syndication.channels.syndicate_names`: the
network registry and SYNDICATION_ACCOUNTS), handed to the check through its context; the
check itself (preflight) never imports syndication.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from common.errors import RoundsError
from notemeta import SyndicateNames, edit_distance, syndicate_networks
from preflight.context import CheckContext
from preflight.findings import Finding
from preflight.runner import check_content
from syndication.channels import syndicate_names
from syndication.networks import registry

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
ACCOUNTS = [{"id": "office", "network": "x"},
            {"id": "drlee", "network": "x", "author": "Dr. Lee", "default": False}]


def findings(tmp_path: Path, syndicate: str, settings: dict[str, Any] | None = None,
             names: SyndicateNames | str | None = "derive") -> list[Finding]:
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True, exist_ok=True)
    (content / "notes" / "n.md").write_text(
        f"Title: Fever myths\nDate: 2026-11-01 09:00\nsyndicate: {syndicate}\n\n"
        "Fever helps the body fight germs.\n", encoding="utf-8")
    settings = settings or {}
    known = syndicate_names(settings) if names == "derive" else names
    assert not isinstance(known, str)
    report = check_content(CheckContext(tmp_path, content, settings, NOW, known))
    return [f for f in report.sorted() if f.code == "syndicate-name"]


@pytest.mark.parametrize(("value", "meant"), [
    ("twitter", "x"), ("Twitter", "x"), ("twiter", "x"), ("mastadon", "mastodon"),
    ("blusky", "bluesky"), ("bsky", "bluesky"), ("facebok", "facebook"),
])
def test_an_unknown_network_stops_the_note_with_did_you_mean(
        tmp_path: Path, value: str, meant: str) -> None:
    [finding] = findings(tmp_path, value)
    assert finding.blocking
    assert (finding.path, finding.line, finding.col) == ("content/notes/n.md", 3, 12)
    assert f"Fix: did you mean `syndicate: {meant}`?" in finding.message
    assert f'names "{value.lower()}", which is neither a network' in finding.message
    assert "The names Rounds knows: x, mastodon, bluesky, facebook (networks);" \
        in finding.message


def test_a_network_rounds_does_not_post_to_is_named_with_the_fix(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "x, insta")
    assert finding.col == 15  # where "insta" stands on the line
    assert 'names "insta", which' in finding.message
    assert 'Fix: did you mean `syndicate: x`? Rounds does not post to "insta".' \
        in finding.message
    assert "`syndicate: no` posts it nowhere" in finding.message
    [alone] = findings(tmp_path, "insta")
    assert "Fix: name the networks or accounts it should go to." in alone.message


def test_every_unknown_name_of_a_list_is_named(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "twitter, mastadon, bluesky")
    assert 'names "twitter", "mastadon", which are neither networks' in finding.message
    assert "did you mean `syndicate: x, mastodon, bluesky`?" in finding.message


@pytest.mark.parametrize("value", [
    "no", "No", "none", "false", "off", "0", "yes", "all", "All", "everywhere", "",
    "x", "x, bluesky", "x bluesky", "mastodon,facebook", "X, Bluesky",
])
def test_what_the_current_code_accepts_keeps_passing(tmp_path: Path, value: str) -> None:
    assert findings(tmp_path, value) == []


def test_the_practices_accounts_are_names_too_and_are_listed(tmp_path: Path) -> None:
    settings = {"SYNDICATION_ACCOUNTS": ACCOUNTS}
    assert findings(tmp_path, "office, drlee, bluesky", settings) == []
    [finding] = findings(tmp_path, "drle", settings)
    assert "did you mean `syndicate: drlee`" in finding.message
    assert "office, drlee (the practice's accounts)" in finding.message


def test_without_the_names_the_check_does_not_guess(tmp_path: Path) -> None:
    """A context built without the syndication layer (the evaluation corpus) skips it."""
    assert findings(tmp_path, "twitter", names=None) == []


def test_the_names_come_from_the_registry_and_the_accounts_setting() -> None:
    names = syndicate_names({"SYNDICATION_ACCOUNTS": ACCOUNTS})
    assert names.networks == registry.NAMES
    assert names.accounts == ("office", "drlee")
    assert names.aliases == {alias: spec.name for spec in registry.SPECS
                             for alias in spec.aliases}
    assert names.aliases["twitter"] == "x"
    assert syndicate_names({}).accounts == ()


def test_a_broken_accounts_setting_is_said_by_the_check_not_after_the_deploy() -> None:
    with pytest.raises(RoundsError, match="SYNDICATION_ACCOUNTS"):
        syndicate_names({"SYNDICATION_ACCOUNTS": [{"id": "office", "network": "twiter"}]})


def test_all_means_everywhere_as_no_syndicate_line_does() -> None:
    """`syndicate: all` used to be read as a network called "all": posted nowhere."""
    assert syndicate_networks("all") is None
    assert syndicate_networks("none") == ()
    assert syndicate_networks("x, all") == ("x", "all")


@pytest.mark.parametrize(("first", "second", "distance"), [
    ("mastadon", "mastodon", 1), ("blueksy", "bluesky", 1), ("insta", "x", 5),
    ("", "x", 1), ("x", "x", 0), ("twiter", "twitter", 1),
])
def test_edit_distance(first: str, second: str, distance: int) -> None:
    assert edit_distance(first, second) == distance
