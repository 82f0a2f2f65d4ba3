"""The general case: generated bad notes (encodings, BOMs, control characters, direction
and zero-width marks, huge files, empty values, YAML-like junk, broken Markdown, odd dates
and slugs, markup) end as a built note or `path:line:col` findings with a fix; never a
traceback, a hang or a partial deploy. The grammar is `benchmarks/fuzz_notes.py`;
`benchmarks/fuzz_report.py` runs it over thousands of notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_notes import generate
from fuzz_oracle import (
    Tally,
    finding_problems,
    fresh_site,
    publish_batch,
    site_settings,
    time_limit,
    try_note,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.context import CheckContext
from preflight.runner import check_content
from support.fixture_content import REPO_ROOT

SUPPRESS = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large]


def _picker(data: st.DataObject):
    return lambda n: data.draw(st.integers(0, n - 1)) if n > 1 else 0


@pytest.mark.slow  # 60 generated notes through the whole check: ~15 s, `make test` runs it
@settings(max_examples=60, deadline=None, suppress_health_check=SUPPRESS)
@given(data=st.data())
def test_every_bad_note_is_checked_into_findings_with_place_and_fix(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    note = generate(_picker(data))
    root = tmp_path_factory.mktemp("fuzz")
    (root / "content" / "notes").mkdir(parents=True)
    path = root / "content" / "notes" / note.name
    path.write_bytes(note.data)
    with time_limit(20):
        report = check_content(CheckContext(root, root / "content", {}, None), [path])
    assert finding_problems(report, str(path.relative_to(root)), note.data) == [], note.recipe


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    site = fresh_site(REPO_ROOT, tmp_path_factory.mktemp("fuzz-site") / "site")
    return site, site_settings(site)


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=SUPPRESS)
@given(data=st.data())
def test_bad_notes_never_break_a_publish(fuzz_site: tuple[Path, dict],
                                         data: st.DataObject) -> None:
    site, config = fuzz_site
    tally = Tally()
    passed, refused = [], {}
    for index in range(4):
        note = generate(_picker(data), index)
        if try_note(site, config, note.name, note.data, tally):
            passed.append(note.name)
        else:
            refused[note.name] = note.data
    publish_batch(site, config, passed, refused, tally)
    assert tally.tracebacks == tally.hangs == tally.partial_deploys == []
    assert tally.bad_findings == tally.unexplained == []
    assert tally.built + tally.refused == tally.tried
