"""A note's own text for a network (`x:`, `mastodon:`, … `social:`) is a metadata key the
check knows because the syndication layer hands it down, never because preflight lists it:
a network added to the registry is known to the check without editing preflight.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from notemeta import SyndicateNames
from preflight.context import CheckContext
from preflight.runner import check_content
from preflight.structure import CORE_KEYS, known_keys
from syndication.channels import syndicate_names
from syndication.networks import registry

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
#: The registry's names with one network more, as a new adapter would add it.
WITH_THREADS = replace(syndicate_names({}), networks=(*registry.NAMES, "threads"),
                       override_keys=(*registry.OVERRIDE_KEYS, "threads"))


def findings(tmp_path: Path, text: str, names: SyndicateNames | None,
             **settings: Any) -> list[tuple[int, str, str, str]]:
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True, exist_ok=True)
    (content / "notes" / "n.md").write_text(text, encoding="utf-8")
    report = check_content(CheckContext(tmp_path, content, settings, NOW, names))
    return [(f.line, f.level.value, f.code, f.message) for f in report.sorted()
            if f.code in ("metadata-key", "metadata-line")]


def note(*metadata: str) -> str:
    return "Title: Fever myths\nDate: 2026-11-01 09:00\n" + "\n".join(metadata) + (
        "\n\nFever helps the body fight germs.\n")


def test_the_keys_are_the_registrys_handed_down() -> None:
    context = CheckContext(Path("."), Path("content"), {}, NOW, syndicate_names({}))
    assert known_keys(context) == CORE_KEYS | set(registry.OVERRIDE_KEYS)
    assert not CORE_KEYS & set(registry.OVERRIDE_KEYS)  # preflight names no network


@pytest.mark.parametrize("key", ["X", "Mastodon", "Bluesky", "Facebook", "Social"])
def test_every_network_key_of_the_registry_is_known(tmp_path: Path, key: str) -> None:
    assert findings(tmp_path, note(f"{key}: Fever is a sign, not an illness."),
                    syndicate_names({})) == []


@pytest.mark.parametrize(("typo", "meant"), [("Mastodn", "Mastodon"), ("Blueksy", "Bluesky"),
                                             ("Facebok", "Facebook"), ("Socail", "Social")])
def test_a_misspelt_network_key_gets_did_you_mean(
        tmp_path: Path, typo: str, meant: str) -> None:
    [(line, level, code, message)] = findings(
        tmp_path, note(f"{typo}: Fever is a sign."), syndicate_names({}))
    assert (line, level, code) == (3, "WARN", "metadata-key")
    assert f'Fix: did you mean "{meant}:"?' in message


def test_a_new_networks_key_is_known_without_editing_preflight(tmp_path: Path) -> None:
    assert findings(tmp_path, note("Threads: Fever is a sign."), WITH_THREADS) == []
    [(_, _, _, message)] = findings(tmp_path, note("Thread: Fever is a sign."), WITH_THREADS)
    assert 'did you mean "Threads:"?' in message
    # Its key after a blank line would be published as text: known, so stopped.
    [(line, level, code, _)] = findings(
        tmp_path, "Title: Fever myths\n\nThreads: Fever is a sign.\n", WITH_THREADS)
    assert (line, level, code) == (3, "BLOCK", "metadata-line")
    # Without the network, nothing in the check knows the word.
    assert findings(tmp_path, note("Thread: Fever is a sign."), syndicate_names({})) == []


def test_the_cached_answer_follows_the_networks_handed_down(tmp_path: Path) -> None:
    """The check's cache is keyed by its own code: a network added in the syndication
    layer must not be answered from a record made before it existed."""
    cache = str(tmp_path / "cache")
    text = note("Thread: Fever is a sign.")
    assert findings(tmp_path, text, syndicate_names({}), CACHE_PATH=cache) == []
    assert len(findings(tmp_path, text, WITH_THREADS, CACHE_PATH=cache)) == 1
    assert findings(tmp_path, text, syndicate_names({}), CACHE_PATH=cache) == []
