"""Disclosures: sponsored/coi values a parent can read; brand mentions get a reminder."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.disclosures import disclosure_problem
from preflight.findings import Level
from support.preflight_helpers import check_one


@pytest.mark.parametrize("value", ["", "TODO", "?", "tbd", "N/A", "123"])
def test_placeholder_values_block(value: str) -> None:
    assert disclosure_problem(value)


@pytest.mark.parametrize("value", ["yes", "no", "Acme Car Seats", "I consult for Acme"])
def test_real_values_pass(value: str) -> None:
    assert disclosure_problem(value) is None


def test_a_bad_value_blocks_on_its_line(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: T\nCoi: ?\n\nA note.\n")
    [finding] = report.findings
    assert (finding.code, finding.level, finding.line) == ("disclosure-value", Level.BLOCK, 2)
    assert "coi: yes" in finding.message


def test_a_brand_without_disclosure_is_info_once_per_brand(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: T\n\nTylenol or Motrin? Tylenol lasts 4 hours.\n")
    brands = [(f.level, f.col) for f in report.findings if f.code == "disclosure-brand"]
    assert brands == [(Level.INFO, 1), (Level.INFO, 12)]
    assert report.ok


@pytest.mark.parametrize("meta", ["Sponsored: Acme\n", "Coi: no\n", "Coi: I advise Acme\n"])
def test_a_disclosure_silences_the_brand_reminder(tmp_path: Path, meta: str) -> None:
    report = check_one(tmp_path, f"Title: T\n{meta}\nTylenol lasts 4 hours.\n")
    assert not [f for f in report.findings if f.code == "disclosure-brand"]


def test_a_note_without_reviewed_or_sources_gets_a_gentle_info(tmp_path: Path) -> None:
    report = check_one(tmp_path / "a", "Title: T\nReviewed: 2026-11-02\n\nRest helps.\n",
                       SUGGEST_TRUST_SIGNALS=True)
    [finding] = [f for f in report.findings if f.code == "trust-signals"]
    assert finding.level is Level.INFO and report.ok
    assert "no Sources:" in finding.message and "Reviewed" not in finding.message.split("Fix")[0]
    complete = check_one(tmp_path / "b", "Title: T\nReviewed: 2026-11-02\nSources: AAP\n\n"
                         "Rest helps.\n", SUGGEST_TRUST_SIGNALS=True)
    assert not [f for f in complete.findings if f.code == "trust-signals"]
