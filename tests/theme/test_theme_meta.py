"""Trust signals computed from metadata (pure functions, no build)."""

from __future__ import annotations

from datetime import date, datetime

from trust.meta import (
    describe,
    long_date,
    parse_reviewed,
    shorten,
    source_html,
    trust_info,
)
from trust.words import ENGLISH


def test_reviewed_date_is_read_or_absent_never_today() -> None:
    assert parse_reviewed("2026-11-02") == date(2026, 11, 2)
    assert parse_reviewed("2026-11-02 14:30") == date(2026, 11, 2)
    assert parse_reviewed(datetime(2026, 1, 5, 9)) == date(2026, 1, 5)
    assert parse_reviewed(None) is None
    assert parse_reviewed("") is None
    assert parse_reviewed("last tuesday") is None


def test_source_text_is_escaped_and_bare_urls_become_links() -> None:
    html = source_html('AAP <b>bold</b> https://example.org/a?b=1&c=2.')
    assert html == (
        'AAP &lt;b&gt;bold&lt;/b&gt; '
        '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow">'
        'https://example.org/a?b=1&amp;c=2</a>.'
    )


def test_a_quoted_title_with_its_url_is_the_link_in_typographic_quotes() -> None:
    html = source_html('AAP, "Fever & <Your> Baby", https://example.org/fever?a=1&b=2')
    assert html == ('AAP, “<a href="https://example.org/fever?a=1&amp;b=2" rel="nofollow">'
                    'Fever &amp; &lt;Your&gt; Baby</a>”')


def test_a_url_cannot_break_out_of_its_attribute() -> None:
    html = source_html('see https://evil.example/"onmouseover="alert(1)')
    assert '"onmouseover' not in html
    assert "<script" not in source_html("<script>alert(1)</script>")


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    text = "word " * 100
    short = shorten(text, 50)
    assert len(short) <= 50 and short.endswith("word…")
    assert shorten("Short enough.", 50) == "Short enough."
    assert shorten("A sentence ends here. " * 20, 23) == "A sentence ends here…"


def test_description_prefers_the_summary_except_for_micro_notes() -> None:
    body = "<p>Give water &amp; rest. Call us if it lasts.</p>"
    assert describe("Own summary", body, micro=False) == "Own summary"
    assert describe("Own summary", body, micro=True) == "Give water & rest. Call us if it lasts."
    assert describe(None, body, micro=False) == "Give water & rest. Call us if it lasts."


def test_trust_info_collects_every_signal() -> None:
    info = trust_info(
        {"reviewed": "2026-11-12", "sources": "One; Two, with comma", "coi": "I advise Acme"},
        None, "<p>Text</p>", micro=False, words=ENGLISH,
    )
    assert info.reviewed == date(2026, 11, 12)
    assert [str(source) for source in info.sources] == ["One", "Two, with comma"]
    assert info.disclosure == "Conflict of interest: I advise Acme."
    assert info.description == "Text"
    bare = trust_info({}, None, "<p>Text</p>", micro=True, words=ENGLISH)
    assert bare.reviewed is None and bare.sources == [] and bare.disclosure is None


def test_long_date_names_the_month() -> None:
    assert long_date(date(2026, 11, 2)) == "November 2, 2026"
