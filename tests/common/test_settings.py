"""The project's own settings: declared once, typed, checked once when the site is loaded."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from common.errors import RoundsError
from common.settings import ProjectSettings, unknown_settings
from publishing.project import Project


def test_defaults_fill_in_and_relative_paths_are_under_the_site(tmp_path: Path):
    config = ProjectSettings.read({"SYNDICATION_MAX_AGE_DAYS": 3}, tmp_path)
    assert config.SYNDICATION_MAX_AGE_DAYS == 3.0
    assert tmp_path / "syndication.json" == config.SYNDICATION_LEDGER
    assert config.GITHUB_PAGES_BRANCH == "gh-pages"


def test_a_wrong_type_names_the_setting_and_the_fix(tmp_path: Path):
    with pytest.raises(RoundsError, match=r"WATCH_QUIET_SECONDS is '30', but it must be a "
                                          r"number.*Fix: correct WATCH_QUIET_SECONDS"):
        ProjectSettings.read({"WATCH_QUIET_SECONDS": "30"}, tmp_path)


def test_a_misspelt_retry_key_is_a_clear_message_not_a_crash(tmp_path: Path):
    with pytest.raises(RoundsError, match=r'SYNDICATION_RETRY has the key "atempts" \(did you '
                                          r'mean "attempts"\?\).*Fix: use only attempts'):
        ProjectSettings.read({"SYNDICATION_RETRY": {"atempts": 2}}, tmp_path)


def test_a_misspelt_setting_is_warned_with_did_you_mean():
    warnings = unknown_settings({"SYNDICATION_NETWORK": ["x"], "GITHUB_PAGE_BRANCH": "main",
                                 "SITENAME": "Maple"}, frozenset({"SITENAME"}))
    assert len(warnings) == 2
    assert "GITHUB_PAGE_BRANCH is not one Rounds knows" in warnings[0]
    assert "Did you mean GITHUB_PAGES_BRANCH?" in warnings[0]
    assert "Did you mean SYNDICATION_NETWORKS?" in warnings[1]


def test_the_sites_own_settings_raise_no_warning(caplog: pytest.LogCaptureFixture):
    repo = Path(__file__).resolve().parents[2]
    with caplog.at_level(logging.WARNING, logger="rounds.settings"):
        for production in (False, True):
            settings = Project(repo).load_settings(production=production)
    assert [r.message for r in caplog.records if r.name == "rounds.settings"] == []
    # The preflight checks own the PRIVACY_ settings: present, and never taken for typos.
    assert any(name.startswith("PRIVACY_") for name in settings)
    assert settings["SYNDICATION_LEDGER"] == str(repo / "syndication.json")


@pytest.mark.parametrize(("translations", "message"), [
    ([("es", "Hola")], r"PRACTICE_TRANSLATIONS is .*, but it must be a dictionary"),
    ({"español": {"DISCLAIMER": "Hola."}}, r"'español', which is not a language code.*"
                                           r"Fix: key each translation by the code"),
    ({"es": "Hola."}, r'gives \'Hola.\' for "es", but each translation must be a dictionary'),
    ({"es": {}}, r'gives \{\} for "es"'),
    ({"es": {"DISCLAIMER": "Hola.", "PRACTICE_ADDRESS": "Calle 1"}},
     r'key "PRACTICE_ADDRESS".*Fix: use only DISCLAIMER, PRACTICE_HOURS'),
    ({"es": {"DISCLAIMER": " "}}, r"as the DISCLAIMER for \"es\"; it must be text"),
    ({"es": {"PRACTICE_HOURS": "Lunes a viernes, 8 a 18"}}, r"\(days, hours\) pairs of text"),
    ({"es": {"PRACTICE_HOURS": [("Lunes a viernes", 8)]}}, r"\(days, hours\) pairs of text"),
    ({"es": {"PRACTICE_HOURS": []}}, r"\(days, hours\) pairs of text"),
])
def test_a_bad_translation_names_the_setting_and_the_fix(tmp_path: Path, translations: object,
                                                         message: str) -> None:
    with pytest.raises(RoundsError, match=message) as raised:
        ProjectSettings.read({"PRACTICE_TRANSLATIONS": translations}, tmp_path)
    assert "PRACTICE_TRANSLATIONS" in str(raised.value) and "Fix:" in str(raised.value)


def test_translations_by_language_and_region_are_accepted(tmp_path: Path) -> None:
    translations = {"es": {"DISCLAIMER": "Información general."},
                    "pt_BR": {"PRACTICE_HOURS": (("Segunda a sexta", "8h às 18h"),)},
                    "haw": {"DISCLAIMER": "ʻIke laulā.", "PRACTICE_HOURS": [["Pōʻakahi", "8–6"]]}}
    config = ProjectSettings.read({"PRACTICE_TRANSLATIONS": translations}, tmp_path)
    assert translations == config.PRACTICE_TRANSLATIONS
    assert ProjectSettings.default("PRACTICE_TRANSLATIONS") == {}
