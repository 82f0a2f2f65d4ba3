"""A publish says what matters on one screen (issue 13): against the X emulator, for real."""

from __future__ import annotations

import pytest
from support.syn_e2e import e2e_site, url_of

pytestmark = pytest.mark.slow

#: The acceptance figure: a doctor reads a publish between patients.
MAX_LINES = 12


def test_one_new_note_with_x_connected_prints_at_most_twelve_lines(project_dir, x_emulator):
    with e2e_site(project_dir, x_emulator) as site:
        connected = site.publish()
        assert connected.code == 0, connected.output
        site.note("rsv-season", "RSV season is here. Call us if breathing looks hard.")
        run = site.publish()
        assert run.code == 0, run.output
        lines = run.output.strip().splitlines()
        assert len(lines) <= MAX_LINES, run.output
        assert any("posted content/notes/rsv-season.md to X" in line for line in lines)
        assert lines[-1].startswith("✓ Published: 1 post(s) sent"), run.output
        assert "held back" not in run.output  # the archive was reported when X connected
        assert "│" not in run.output  # message texts only with --verbose
        assert "Done: Processed" not in run.output  # Pelican's own summary
        verbose = site.invoke("publish", "--verbose")
        assert verbose.code == 0, verbose.output
        assert len(verbose.output.splitlines()) > len(lines)
        assert url_of("rsv-season") in site.emulator.posts[0].sent_text


def test_a_preview_publish_lists_notes_in_one_line_each(project_dir, x_emulator):
    with e2e_site(project_dir, x_emulator) as site:
        run = site.invoke("publish", connected=False)
        assert run.code == 0, run.output
        held = [line for line in run.output.splitlines() if "held back" in line]
        assert len(held) <= 2, run.output  # one summary line per known reason
        assert "X is not connected (X_API_KEY" in run.output and "preview only" in run.output
        assert "make preview" in run.output
