"""The foundation's checks on a note's structure (pure: files in tmp folders, no build)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from preflight.context import CheckContext
from preflight.findings import Level
from preflight.notefile import read_note
from preflight.runner import check_content

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("America/Chicago"))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    (tmp_path / "content" / "notes").mkdir(parents=True)
    return tmp_path / "content"


def check(content: Path, **files: str | bytes) -> list[tuple[str, int, int, str, str]]:
    for name, data in files.items():
        path = content / "notes" / f"{name}.md"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    report = check_content(CheckContext(content.parent, content, {}, NOW))
    return [(f.path, f.line, f.col, f.level.value, f.code) for f in report.sorted()]


def test_a_good_note_has_no_findings(content: Path) -> None:
    assert check(content, good="Title: Good\nDate: 2026-11-01\nTags: a, b\n\nText.\n") == []


def test_metadata_parsing_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text(
        "Title: A title\nSources: one;\n    two\nDate: 2026-11-01\n\nBody line\nmore\n",
        encoding="utf-8",
    )
    note = read_note(path, tmp_path)
    assert note.meta("title") == "A title"
    assert note.meta("sources") == "one; two"
    assert note.line_of("date") == 4
    assert note.body_lines()[0] == (6, "Body line")


def test_note_without_metadata_is_all_body(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text("Fever is common: most children get one.\nSecond line.\n", encoding="utf-8")
    note = read_note(path, tmp_path)
    assert note.metadata == {}
    assert note.body_lines()[1] == (2, "Second line.")


def test_malformed_metadata_line_names_the_line(content: Path) -> None:
    found = check(content, bad="Title: X\nDate 2026-11-01\nTags: a\n\nText.\n")
    assert found == [("content/notes/bad.md", 2, 1, "BLOCK", "metadata-line")]


def test_misspelled_key_is_caught(content: Path) -> None:
    found = check(content, bad="Titel: X\nDate: 2026-11-01\n\nText.\n")
    assert ("content/notes/bad.md", 1, 1, "WARN", "metadata-key") in found


def test_singular_tag_is_a_warning_with_did_you_mean(content: Path) -> None:
    check(content, bad="Title: X\nTag: fever\n\nText.\n")
    report = check_content(CheckContext(content.parent, content, {}, NOW))
    [finding] = report.findings
    assert (finding.line, finding.level, finding.code) == (2, Level.WARN, "metadata-key")
    assert 'did you mean "Tags:"' in finding.message


def test_misspelt_status_stops_the_publish(content: Path) -> None:
    found = check(content, bad="Title: X\nStatsu: draft\n\nText.\n")
    assert ("content/notes/bad.md", 2, 1, "BLOCK", "metadata-key") in found


def test_unknown_but_unrelated_key_is_allowed(content: Path) -> None:
    assert check(content, ok="Title: X\nMood: calm\n\nText.\n") == []


@pytest.mark.parametrize("value", ["tomorrow-ish", "2026-13-45", "32/11/2026"])
def test_unreadable_dates_block(content: Path, value: str) -> None:
    found = check(content, bad=f"Title: X\nDate: {value}\n\nText.\n")
    assert found == [("content/notes/bad.md", 2, 1, "BLOCK", "bad-date")]


def test_reviewed_date_is_checked_too(content: Path) -> None:
    found = check(content, bad="Title: X\nReviewed: last week\n\nText.\n")
    assert found == [("content/notes/bad.md", 2, 1, "BLOCK", "bad-date")]


def test_non_utf8_reports_line_and_column_of_the_bad_byte(content: Path) -> None:
    found = check(content, bad="Title: X\n\nLe b\u00e9b\u00e9.\n".encode("latin-1"))
    assert found == [("content/notes/bad.md", 3, 5, "BLOCK", "not-utf8")]


def test_utf8_with_bom_and_crlf_is_fine(content: Path) -> None:
    data = "\ufeffTitle: X\r\nDate: 2026-11-01\r\n\r\nBébé.\r\n".encode()
    assert check(content, bom=data) == []


@pytest.mark.parametrize(
    "text",
    ["Title: X\nDate: 2026-11-01\n\n", "Title: X\n\n<!-- write here -->\n", "", "   \n"],
)
def test_empty_notes_block(content: Path, text: str) -> None:
    found = check(content, empty=text)
    assert [(level, code) for *_, level, code in found] == [("BLOCK", "empty-note")]


def test_bad_status_blocks(content: Path) -> None:
    found = check(content, bad="Title: X\nStatus: publish\n\nText.\n")
    assert found == [("content/notes/bad.md", 2, 1, "BLOCK", "bad-status")]


def test_duplicate_slugs_from_titles_and_explicit_slugs(content: Path) -> None:
    found = check(
        content,
        a="Title: Safe Sleep!\n\nText.\n",
        b="Title: safe sleep\n\nOther.\n",
        c="Title: Other\nSlug: safe-sleep\n\nThird.\n",
    )
    codes = [(path, code) for path, _, _, _, code in found]
    assert codes == [
        ("content/notes/b.md", "duplicate-slug"),
        ("content/notes/c.md", "duplicate-slug"),
    ]


def test_title_less_notes_use_the_file_name_for_their_slug(content: Path) -> None:
    found = check(
        content,
        **{"2026-11-01-fever": "Date: 2026-11-01\n\nFever is common.\n",
           "2026-11-02-fever": "Date: 2026-11-02\n\nFever again.\n"},
    )
    assert [code for *_, code in found] == ["duplicate-slug"]


def test_a_draft_and_a_published_note_may_share_a_slug(content: Path) -> None:
    assert check(
        content,
        a="Title: Same\n\nText.\n",
        b="Title: Same\nStatus: draft\n\nText.\n",
    ) == []


def test_future_note_is_reported_as_scheduled_not_an_error(content: Path) -> None:
    found = check(content, later="Title: Later\nDate: 2026-12-01 08:00\n\nText.\n")
    assert found == [("content/notes/later.md", 2, 1, "INFO", "scheduled")]


def test_report_formats() -> None:
    from preflight.findings import Finding, Report

    report = Report(
        [Finding("content/notes/a.md", 3, 7, Level.WARN, "x-code", "Say why. Fix: do this.")],
        files_checked=1,
    )
    assert report.format_text().splitlines()[0] == (
        "content/notes/a.md:3:7: WARN x-code Say why. Fix: do this."
    )
    assert report.ok
    assert '"level": "WARN"' in report.format_json()


@pytest.mark.parametrize(
    "value",
    ["2026-11-01", "2026-11-01 08:30", "2026-11-01T08:30:15", "Nov 1, 2026", "2026/11/01 8am"],
)
def test_read_date_agrees_with_pelican(value: str) -> None:
    from pelican.utils import get_date
    from preflight.structure import read_date

    assert read_date(value) == get_date(value)


# --- Hardening (issue 12) ----------------------------------------------------------------


def messages(content: Path) -> list[str]:
    report = check_content(CheckContext(content.parent, content, {}, NOW))
    return [f.format() for f in report.sorted()]


@pytest.mark.parametrize("value", ["9999-12-31 23:59", "0001-01-01", "1850-06-01", "2999-01-01"])
def test_dates_outside_the_sane_range_block_with_line_and_fix(content: Path, value: str) -> None:
    found = check(content, odd=f"Title: X\nDate: {value}\n\nText.\n")
    assert found == [("content/notes/odd.md", 2, 1, "BLOCK", "date-range")]
    assert "Fix: write the real date" in messages(content)[0]


def test_missing_blank_line_after_metadata_reports_one_block_inside_the_file(
    content: Path,
) -> None:
    found = check(content, stuck="Title: X\nDate: 2026-11-01\nFever is common.")
    assert found == [("content/notes/stuck.md", 3, 1, "BLOCK", "metadata-line")]


@pytest.mark.parametrize("slug", ["safe sleep", "niños-sanos", "a/b", "Upper-Case", "x?y"])
def test_unsafe_explicit_slugs_block_with_the_normalised_one(content: Path, slug: str) -> None:
    found = check(content, s=f"Title: X\nSlug: {slug}\n\nText.\n")
    assert found == [("content/notes/s.md", 2, 1, "BLOCK", "bad-slug")]
    assert "Fix: write \"Slug: " in messages(content)[0]


def test_a_clean_slug_passes(content: Path) -> None:
    assert check(content, s="Title: X\nSlug: safe-sleep-2\n\nText.\n") == []


def test_title_without_letters_has_no_slug(content: Path) -> None:
    found = check(content, s="Title: ✨✨\n\nText.\n")
    assert ("content/notes/s.md", 1, 1, "BLOCK", "empty-slug") in found


def test_a_tag_that_slugifies_to_nothing_blocks(content: Path) -> None:
    found = check(content, t="Title: X\nTags: fever, ???\n\nText.\n")
    assert found == [("content/notes/t.md", 2, 1, "BLOCK", "empty-tag")]


def test_two_thousand_tags_block(content: Path) -> None:
    tags = ", ".join(f"topic{n}" for n in range(2000))
    found = check(content, t=f"Title: X\nTags: {tags}\n\nText.\n")
    assert found == [("content/notes/t.md", 2, 1, "BLOCK", "too-many-tags")]


def test_static_paths_may_not_leave_the_content_folder(content: Path) -> None:
    found = check(
        content,
        up="Title: X\n\n![x]({static}/../pelicanconf.py) and ![y]({static}/images/ok.png)\n",
    )
    assert [f for f in found if f[4] == "path-escape"] == [
        ("content/notes/up.md", 3, 6, "BLOCK", "path-escape")
    ]


def test_a_note_symlinked_from_outside_the_project_blocks(content: Path, tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside.md"
    outside.write_text("Title: Elsewhere\n\nText.\n", encoding="utf-8")
    (content / "notes" / "linked.md").symlink_to(outside)
    found = check(content)
    assert found == [("content/notes/linked.md", 1, 1, "BLOCK", "symlink-outside")]


@pytest.mark.parametrize(
    ("body", "col"),
    [
        ("Watch <script src=https://t.example/x.js></script>", 7),
        ('<iframe src="https://video.example/embed/1"></iframe>', 1),
        ('<img src="a.png" onerror="alert(1)">', 18),
        ("[click](javascript:alert(1))", 9),
        ('<a href=" JavaScript:alert(1)">x</a>', 11),
        ("[ref]: javascript:alert(1)", 8),
        ("<javascript:alert(1)>", 2),
    ],
)
def test_active_content_blocks_with_the_column(content: Path, body: str, col: int) -> None:
    found = check(content, a=f"Title: X\n\n{body}\n")
    assert ("content/notes/a.md", 3, col, "BLOCK", "active-content") in found
    assert all("Fix:" in line for line in messages(content) if "active-content" in line)


def test_markup_inside_code_is_shown_not_run(content: Path) -> None:
    assert check(content, c="Title: X\n\nType `<script>` to see it.\n\n```\n<iframe>\n```\n") == []


def test_a_slug_or_tag_too_long_for_a_file_name_blocks(content: Path) -> None:
    long = "a" * 300
    found = check(content, s=f"Title: X\nSlug: {long}\n\nText.\n",
                  t=f"Title: Y\nTags: fever, {long}\n\nText.\n")
    assert ("content/notes/s.md", 2, 1, "BLOCK", "long-slug") in found
    assert ("content/notes/t.md", 2, 1, "BLOCK", "long-tag") in found


def test_control_characters_block_and_direction_overrides_warn(content: Path) -> None:
    found = check(content, c="Title: X\n\nA bell\x07 here and \u202eevil reversed.\n")
    assert ("content/notes/c.md", 3, 7, "BLOCK", "control-character") in found
    assert ("content/notes/c.md", 3, 18, "WARN", "invisible-character") in found


def test_a_hidden_and_a_published_note_may_not_share_a_slug(content: Path) -> None:
    found = check(content, a="Title: Same\n\nText.\n", b="Title: Same\nStatus: hidden\n\nT.\n")
    assert [code for *_, code in found] == ["duplicate-slug"]


@pytest.mark.parametrize(("value", "words"), [
    ("2026-13-02", "month 13 does not exist"),
    ("2026-02-30", "day 30 does not exist: February 2026 has 28 days"),
    ("2026-11-02 25:00", "hour 25 does not exist"),
])
def test_a_date_in_the_right_form_names_the_real_problem(content: Path, value: str,
                                                         words: str) -> None:
    from preflight.structure import impossible_date

    assert words in (impossible_date(value) or "")
    found = check(content, bad=f"Title: X\nDate: {value}\n\nText.\n")
    assert found == [("content/notes/bad.md", 2, 1, "BLOCK", "bad-date")]


# --- Metadata Pelican would publish as text (found trying it as a new user) ---------------


@pytest.mark.parametrize("first", ["Date 2026-11-30 09:00", "Title Back to sleep"])
def test_a_first_metadata_line_without_its_colon_blocks(content: Path, first: str) -> None:
    """Pelican reads no metadata when line 1 is not "Key: value": all of it becomes text."""
    found = check(content, sleep=f"{first}\nTags: sleep\n\nBabies sleep safest alone.\n")
    assert ("content/notes/sleep.md", 1, 1, "BLOCK", "metadata-line") in found
    assert 'with a colon' in "\n".join(messages(content))


def test_a_blank_line_inside_the_metadata_blocks_at_the_stray_key(content: Path) -> None:
    found = check(content, es="Title: Fiebre\n\nLang: es\nLa fiebre ayuda.\n")
    assert ("content/notes/es.md", 3, 1, "BLOCK", "metadata-line") in found


def test_prose_that_starts_like_a_key_is_not_metadata(content: Path) -> None:
    assert check(content, a="Title: X\n\nDate night is fine for parents too.\n",
                 b="Date night tips for tired parents.\nSleep when the baby sleeps.\n") == []


@pytest.mark.parametrize("key", ["Syndicat", "Satus", "Deidentifed"])
def test_a_misspelt_key_that_holds_a_note_back_blocks(content: Path, key: str) -> None:
    found = check(content, n=f"Title: X\n{key}: no\n\nText.\n")
    assert ("content/notes/n.md", 2, 1, "BLOCK", "metadata-key") in found


@pytest.mark.parametrize(("value", "ok"), [("es", True), ("pt-BR", True), ("spanish", False),
                                           ("es mx", False), ("", False)])
def test_lang_must_be_a_language_code(content: Path, value: str, ok: bool) -> None:
    found = check(content, n=f"Title: X\nLang: {value}\n\nTexto.\n")
    assert (("content/notes/n.md", 2, 1, "BLOCK", "bad-language") in found) is not ok


def test_the_new_note_instructions_left_in_a_written_note_are_pointed_out(
        content: Path) -> None:
    from publishing.notes import NOTE_TEMPLATE

    note = NOTE_TEMPLATE.format(title="Fever", date=NOW) + "Fever helps fight germs.\n"
    found = check(content, fever=note.replace("Tags:\n", "Tags: fever\n"))
    [leftover] = [f for f in found if f[4] == "leftover-instructions"]
    assert leftover[3] == "WARN" and leftover[1] == 8


# --- A date whose order a reader has to guess (found trying it as a new user) ------------


@pytest.mark.parametrize(("value", "meant"), [
    ("03/11/2026", "2026-03-11 or 2026-11-03"),
    ("3.11.26", "2026-03-11 or 2026-11-03"),
    ("03-11-2026 09:30", "2026-03-11 09:30 or 2026-11-03 09:30"),
])
def test_a_slash_date_both_of_whose_numbers_could_be_the_month_blocks(
    content: Path, value: str, meant: str
) -> None:
    """Pelican reads 03/11/2026 month first (11 March): a day-first writer meant 3 November."""
    from pelican.utils import get_date

    assert get_date(value).month == 3  # what the message says Pelican does
    found = check(content, bad=f"Title: X\nReviewed: 2026-11-02\nDate: {value}\n\nText.\n")
    assert found == [("content/notes/bad.md", 3, 1, "BLOCK", "ambiguous-date")]
    message = messages(content)[0]
    assert f"Fix: write it as {meant} (year-month-day)" in message
    assert "11 March 2026" in message and "3 November 2026" in message


@pytest.mark.parametrize(("value", "written"), [
    ("13/11/2026", "2026-11-13"), ("11/13/2026", "2026-11-13"), ("05/05/2026", "2026-05-05"),
])
def test_a_slash_date_with_one_reading_builds_with_advice_that_does_not_stop_it(
    content: Path, value: str, written: str
) -> None:
    from pelican.utils import get_date

    assert f"{get_date(value):%Y-%m-%d}" == written  # Pelican builds it as the advice says
    (content / "notes" / "odd.md").write_text(f"Title: X\nReviewed: {value}\n\nText.\n",
                                              encoding="utf-8")
    report = check_content(CheckContext(content.parent, content, {}, NOW))
    assert [(f.line, f.level.value, f.code, f.blocking) for f in report.findings] == [
        (2, "WARN", "date-form", False)]
    assert report.ok
    assert f"Fix: write it as \"Reviewed: {written}\"" in report.findings[0].message


@pytest.mark.parametrize("value", ["2026-11-03", "2026/11/03", "Nov 3, 2026", "2026-11-03 08:00"])
def test_dates_whose_order_nobody_guesses_say_nothing(content: Path, value: str) -> None:
    assert check(content, fine=f"Title: X\nDate: {value}\n\nText.\n") == []


def test_the_slash_date_advice_follows_pelicans_reading_only(tmp_path: Path) -> None:
    """Given a reading whose day and month are not the two numbers written (dateutil took
    something else for them), no advice is made up, and no impossible swap is tried."""
    from preflight.structure import numeric_date_finding

    path = tmp_path / "n.md"
    path.write_text("Title: X\nDate: 03/11/2026\n\nText.\n", encoding="utf-8")
    note = read_note(path, tmp_path)
    assert numeric_date_finding(note, "date", datetime(2026, 5, 20)) is None
    assert numeric_date_finding(note, "date", datetime(2026, 3, 11)) is not None
