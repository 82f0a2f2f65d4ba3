"""The quiet held-back lines of a publish (issue 13): one summary per known reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from syndication import model, report
from syndication.ledger import EXISTING_BEFORE
from syndication.model import HeldBack, Plan, PostSource

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def post(name: str, days_old: int = 60) -> PostSource:
    return PostSource(post_id=f"notes/{name}.md", source_path=f"content/notes/{name}.md",
                      url=f"https://maple.example/notes/{name}/", title=name, summary="",
                      text="Text.", micro=False, date=NOW - timedelta(days=days_old))


def quiet(plan: Plan) -> list[str]:
    lines: list[str] = []
    report.say_held(lines.append, plan, verbose=False)
    return lines


def test_many_old_notes_are_one_line_and_one_is_named_with_its_command() -> None:
    old = [HeldBack(post(f"old-{n}"), "x", model.TOO_OLD, max_age=timedelta(days=14))
           for n in range(7)]
    lines = quiet(Plan(NOW, held=old))
    assert lines == ["  held back: 7 note(s) dated more than 14 days before they first "
                     "appeared (imported or back-dated): not posted automatically "
                     "(.venv/bin/invoke syndicate --post PATH posts one)."]
    [one] = quiet(Plan(NOW, held=old[:1]))
    assert "content/notes/old-0.md is dated" in one
    assert ".venv/bin/invoke syndicate --post content/notes/old-0.md" in one


def test_settled_drafts_and_opted_out_notes_wait_for_verbose_but_a_future_note_shows() -> None:
    held = [HeldBack(post("a"), "x", EXISTING_BEFORE, settled=True),
            HeldBack(post("draft"), "x", model.DRAFT),
            HeldBack(post("no"), "x", model.OPTED_OUT),
            HeldBack(post("soon", -1), "x", model.FUTURE)]
    lines = quiet(Plan(NOW, held=held))
    assert len(lines) == 1 and "content/notes/soon.md is dated" in lines[0]
    verbose: list[str] = []
    report.say_held(verbose.append, Plan(NOW, held=held), verbose=True)
    assert len(verbose) == 4
