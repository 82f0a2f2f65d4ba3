"""Card images: the plan (which card), the drawing (1200×630 JPEG < 1 MB), the cache."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cards import draw
from cards.draw import draw_card, find_font, load_font, wrap
from cards.plan import card_for, generated_card, normalise_image_path, site_card
from cards.render import render_cards
from PIL import Image

SETTINGS = {"PRACTICE_NAME": "Maple Street Pediatrics", "AUTHOR": "Ana Rivera",
            "AUTHOR_CREDENTIALS": "MD, FAAP", "AUTHOR_JOB_TITLE": "Pediatrician",
            "SITENAME": "Maple Street Pediatrics", "SITESUBTITLE": "Notes for parents"}


def test_generated_card_depends_on_what_is_drawn() -> None:
    card = generated_card("fever", "Fever is a fighter", SETTINGS)
    assert card.generated and (card.width, card.height) == (1200, 630)
    assert card.url.startswith("cards/fever-") and card.url.endswith(".jpg")
    assert card.alt == "Fever is a fighter — Maple Street Pediatrics"
    assert card.byline == "Dr. Ana Rivera, MD, FAAP · Pediatrician"
    assert generated_card("fever", "Fever is a fighter", SETTINGS).key == card.key
    renamed = generated_card("fever", "Fever fights infection", SETTINGS)
    assert renamed.key != card.key and renamed.url != card.url
    assert site_card(SETTINGS).title == "Notes for parents"


def test_own_image_wins_and_is_measured(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    Image.new("RGB", (640, 480)).save(tmp_path / "images" / "rash.png")
    card = card_for({"image": "{static}/images/rash.png", "image_alt": "A red rash"},
                    "rash", "Rash", {**SETTINGS, "PATH": str(tmp_path)})
    assert not card.generated
    assert (card.url, card.width, card.height, card.mime) == (
        "images/rash.png", 640, 480, "image/png")
    assert card.alt == "A red rash"
    missing = card_for({"image": "images/none.jpg", "image_alt": "x"}, "n", "N",
                       {**SETTINGS, "PATH": str(tmp_path)})
    assert (missing.width, missing.height) == (None, None)


@pytest.mark.parametrize("value", ["images/a.jpg", "/images/a.jpg", "{static}/images/a.jpg",
                                   "{attach}images/a.jpg"])
def test_image_paths_are_normalised(value: str) -> None:
    assert normalise_image_path(value) == "images/a.jpg"


@pytest.mark.parametrize("title", [
    "Short", "A fever is the body fighting an infection, not an illness in itself",
    "Supercalifragilisticexpialidocious" * 4, "word " * 80, "Fièvre — 発熱 ¿qué hacer?",
])
def test_drawn_card_is_a_1200x630_jpeg_under_1_mb(title: str) -> None:
    data = draw_card(title, "Maple Street Pediatrics", "Dr. Ana Rivera, MD, FAAP")
    assert len(data) < 1_000_000
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.size == (1200, 630)


def test_without_system_fonts_pillows_own_font_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draw, "FONT_DIRS", ("/nonexistent",))
    assert find_font(("DejaVuSans.ttf",)) is None
    data = draw_card("Still drawn", "Practice", "Byline")
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1200, 630)


def test_wrap_keeps_lines_inside_the_width() -> None:
    font = load_font(find_font(("DejaVuSans-Bold.ttf",)), 60)
    lines = wrap("a " * 30 + "x" * 80, font, 400)
    assert all(font.getlength(line) <= 400 for line in lines)


def test_unchanged_cards_come_from_the_cache(tmp_path: Path) -> None:
    calls: list[str] = []

    def drawer(title: str, practice: str, byline: str) -> bytes:
        calls.append(title)
        return b"jpeg:" + title.encode()

    cards = [generated_card("a", "Alpha", SETTINGS), generated_card("b", "Beta", SETTINGS)]
    first = render_cards(cards, tmp_path / "cache", tmp_path / "out1", drawer)
    second = render_cards(cards, tmp_path / "cache", tmp_path / "out2", drawer)
    assert (first.drawn, first.cached) == (2, 0)
    assert (second.drawn, second.cached) == (0, 2)
    assert calls == ["Alpha", "Beta"]
    assert (tmp_path / "out2" / cards[0].url).read_bytes() == b"jpeg:Alpha"
    edited = [generated_card("a", "Alpha, edited", SETTINGS)]
    assert render_cards(edited, tmp_path / "cache", tmp_path / "out3", drawer).drawn == 1


def test_the_card_carries_the_practice_s_colour_and_monogram() -> None:
    """Issue 13: the share card looks like the practice (accent setting, monogram)."""
    import io

    from cards.draw import draw_card
    from PIL import Image

    plain = Image.open(io.BytesIO(draw_card("Title", "Maple Street Pediatrics", "Dr. A")))
    own = Image.open(io.BytesIO(draw_card("Title", "Maple Street Pediatrics", "Dr. A",
                                          accent="#7a1f3d", monogram="MS")))
    corner = (5, own.height - 5)
    assert all(abs(a - b) < 12 for a, b in zip(own.getpixel(corner), (0x7a, 0x1f, 0x3d),
                                                strict=True))
    assert plain.getpixel((own.width - 140, 96)) != own.getpixel((own.width - 140, 96))


def test_the_card_shows_the_doctor_s_photo_beside_the_byline(tmp_path) -> None:
    import io

    from cards.draw import MARGIN, PHOTO_SIZE, draw_card
    from PIL import Image

    photo = tmp_path / "dr.jpg"
    Image.new("RGB", (300, 400), (200, 150, 120)).save(photo)
    card = Image.open(io.BytesIO(draw_card("Title", "Practice", "Dr. A", photo=str(photo))))
    centre = (MARGIN + PHOTO_SIZE // 2, card.height - 84)
    assert all(abs(a - b) < 16 for a, b in zip(card.getpixel(centre), (200, 150, 120),
                                                strict=True))
