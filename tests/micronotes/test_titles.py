"""Titles derived from a note's first sentence (pure functions)."""

from __future__ import annotations

import pytest
from micronotes.titles import (
    first_sentence,
    shorten,
    slug_source_from_filename,
    title_from_body,
)


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ("<p>Fever is a fighter. It helps the body.</p>", "Fever is a fighter"),
        ("<p>Is it just a cold? Most are.</p>", "Is it just a cold?"),
        ("<p>Call us for 100.4°F or more. Always.</p>", "Call us for 100.4°F or more"),
        ("<p>Dr. Rivera is back on Monday. Book now.</p>", "Dr. Rivera is back on Monday"),
        ("<p>One sentence only</p>", "One sentence only"),
        ("<p>Wash &amp; dry <em>hands</em>. Then eat.</p>", "Wash & dry hands"),
        ("<p>¿Tiene fiebre? Llámenos.</p>", "¿Tiene fiebre?"),
    ],
)
def test_title_is_the_first_sentence(html: str, title: str) -> None:
    assert title_from_body(html) == title


def test_long_first_sentence_is_cut_at_a_word_boundary() -> None:
    sentence = (
        "A fever is the body fighting an infection and not an illness in itself, "
        "so treat the child rather than the number on the thermometer."
    )
    title = title_from_body(f"<p>{sentence}</p>")
    assert len(title) <= 70
    assert title.endswith("…")
    assert sentence.startswith(title[:-1])
    assert sentence[len(title) - 1] == " "  # the cut fell between two words


def test_shorten_keeps_short_text_and_never_exceeds_the_limit() -> None:
    assert shorten("Short", 10) == "Short"
    for limit in range(5, 40):
        assert len(shorten("word " * 20, limit)) <= limit


def test_first_sentence_of_text_without_full_stop() -> None:
    assert first_sentence("  no   stop here ") == "no stop here"


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("2026-11-02-fever-is-a-fighter.md", "fever-is-a-fighter"),
        ("hand-washing.md", "hand-washing"),
        ("2026-11-02.md", "2026-11-02"),
    ],
)
def test_slug_source_drops_the_date_prefix(name: str, source: str) -> None:
    assert slug_source_from_filename(name) == source


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Parents often ask us about the “five-second rule for dropped food and whether it "
         "is safe” and here is what we tell them.", "Parents often ask us about the…"),
        ('Parents often ask us about the "five-second rule for dropped food and whether it '
         'is safe" and here is what we tell them.', "Parents often ask us about the…"),
        ("Our flu shot clinic (walk in on Saturdays from nine to noon in November at the "
         "office) is open.", "Our flu shot clinic…"),
        ("Most fevers in toddlers are harmless and short, but call us the same day if a "
         "baby under three months has one.", "Most fevers in toddlers are harmless and short…"),
    ],
)
def test_a_cut_title_never_ends_inside_a_quote_or_bracket_and_prefers_a_clause(
        sentence: str, title: str) -> None:
    assert title_from_body(f"<p>{sentence}</p>") == title


def test_balanced_quotes_are_kept() -> None:
    title = shorten("Call “now” if the baby is floppy, pale or hard to wake up from a nap "
                    "in the afternoon.")
    assert title.startswith("Call “now” if the baby is floppy, pale or hard to wake up")
