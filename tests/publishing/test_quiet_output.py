"""Pelican's noise is hidden, its real problems are not (issue 13)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from common.errors import RoundsError
from publishing.build import NoiseFilter, build_site, hide_pelican_noise, is_noise
from support.sites import settings_for, write_note

FEED_NOISE = "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid"


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_the_feed_warning_is_noise_and_a_real_warning_is_not() -> None:
    assert is_noise(FEED_NOISE)
    assert not is_noise("Unable to find 'notes/missing.md', skipping url replacement.")
    hide_pelican_noise()
    logger = logging.getLogger("pelican.settings")
    assert any(isinstance(f, NoiseFilter) for f in logger.filters)
    collect = Collect()
    logger.addHandler(collect)
    level = logger.level
    logger.setLevel(logging.WARNING)  # other tests quieten "pelican" as a whole
    try:
        logger.warning(FEED_NOISE)
        logger.warning("TIMEZONE is not set")
    finally:
        logger.setLevel(level)
        logger.removeHandler(collect)
    assert collect.messages == ["TIMEZONE is not set"]


def test_pelicans_summary_is_not_printed_but_its_errors_still_fail_the_build(
        project_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = settings_for(project_dir)
    build_site(settings)
    assert "Done: Processed" not in capsys.readouterr().out
    write_note(project_dir / "content" / "notes", "broken", "Text.",
               "2026-11-02 09:00", Title="Broken", Template="no-such-template")
    with pytest.raises(RoundsError, match="no-such-template"):
        build_site(settings_for(project_dir))
