"""Draw a note's card image: its title and the practice name, 1200×630 JPEG (Pillow).

Fonts come from the machine (Debian's `fonts-dejavu-core`, which `.ci/run` installs) or the
`CARD_FONT`/`CARD_FONT_BOLD` settings; without either, Pillow's bundled font is used, so a
card is always drawn.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .plan import HEIGHT, WIDTH

BACKGROUND = (17, 75, 95)
TITLE_COLOUR = (255, 255, 255)
PRACTICE_COLOUR = (246, 239, 227)
BYLINE_COLOUR = (207, 227, 232)
ACCENT = (242, 165, 65)
MARGIN = 80
MAX_TITLE_LINES = 4
#: Quality 85 keeps a card near 60–90 KB, far under the 1 MB networks accept.
JPEG_QUALITY = 85

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
             "/usr/local/share/fonts", "/usr/share/fonts/TTF")
REGULAR_NAMES = ("DejaVuSans.ttf",)
BOLD_NAMES = ("DejaVuSans-Bold.ttf",)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def find_font(names: tuple[str, ...], configured: str | None = None) -> str | None:
    """The first font file that exists: the setting's, then the usual system places."""
    if configured and Path(configured).is_file():
        return configured
    for folder in FONT_DIRS:
        for name in names:
            candidate = Path(folder) / name
            if candidate.is_file():
                return str(candidate)
    return None


@cache
def load_font(path: str | None, size: int) -> Font:
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType: fixed-size bitmap font
        return ImageFont.load_default()


def wrap(text: str, font: Font, width: int) -> list[str]:
    """Words laid into lines no wider than `width` pixels (a too-long word is cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while font.getlength(word) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and font.getlength(word[:cut] + "-") > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def fit_title(title: str, font_path: str | None) -> tuple[Font, list[str]]:
    """The largest title size whose lines fit; the last resort is cut with an ellipsis."""
    width = WIDTH - 2 * MARGIN
    for size in (68, 60, 54, 48, 42):
        font = load_font(font_path, size)
        lines = wrap(title, font, width)
        if len(lines) <= MAX_TITLE_LINES:
            return font, lines
    lines = wrap(title, font, width)[:MAX_TITLE_LINES]
    last = lines[-1]
    while last and font.getlength(last + "…") > width:
        last = last[:-1].rstrip()
    lines[-1] = last + "…"
    return font, lines


def _rgb(colour: str | None) -> tuple[int, int, int]:
    if colour and len(colour) == 7 and colour.startswith("#"):
        return (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
    return BACKGROUND


#: The logo or monogram disc, top right.
MARK_SIZE = 112


@lru_cache(maxsize=8)
def _background(practice: str, byline: str, regular: str | None, bold: str | None,
                accent: str | None = None, logo: str = "", monogram: str = "",
                photo: str = "") -> Image.Image:
    """Everything but the title, drawn once per build and copied for each card: the
    practice's colour, its name, its logo (PNG/JPEG) or monogram, the byline."""
    background = _rgb(accent)
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(image)
    box = (WIDTH - MARGIN - MARK_SIZE, 40, WIDTH - MARGIN, 40 + MARK_SIZE)
    if logo:
        with Image.open(logo) as picture:
            mark = picture.convert("RGBA")
            mark.thumbnail((MARK_SIZE, MARK_SIZE))
            image.paste(mark, (box[0], box[1]), mark)
    elif monogram:
        draw.ellipse(box, fill=PRACTICE_COLOUR)
        font = load_font(bold, 44)
        draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), monogram, font=font,
                  fill=background, anchor="mm")
    draw.text((MARGIN, 64), practice, font=load_font(bold, 40), fill=PRACTICE_COLOUR)
    draw.rectangle((MARGIN, 128, MARGIN + 120, 136), fill=ACCENT)
    byline_left = MARGIN
    if photo:
        byline_left += PHOTO_SIZE + 24
        _paste_round(image, photo, (MARGIN, HEIGHT - 80 - PHOTO_SIZE // 2 - 4))
    draw.text((byline_left, HEIGHT - 96), byline, font=load_font(regular, 32),
              fill=BYLINE_COLOUR)
    return image


#: The doctor's photo beside the byline, as on the note's page.
PHOTO_SIZE = 88


def _paste_round(image: Image.Image, path: str, where: tuple[int, int]) -> None:
    """`path` cropped to a square, shrunk to PHOTO_SIZE and pasted as a disc at `where`."""
    with Image.open(path) as picture:
        side = min(picture.size)
        left, top = (picture.width - side) // 2, (picture.height - side) // 2
        face = picture.convert("RGB").crop((left, top, left + side, top + side))
        face = face.resize((PHOTO_SIZE, PHOTO_SIZE))
    mask = Image.new("L", (PHOTO_SIZE, PHOTO_SIZE), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, PHOTO_SIZE - 1, PHOTO_SIZE - 1), fill=255)
    image.paste(face, where, mask)


def draw_card(title: str, practice: str, byline: str, font: str | None = None,
              bold_font: str | None = None, accent: str | None = None, logo: str = "",
              monogram: str = "", photo: str = "") -> bytes:
    """The card as JPEG bytes (a few milliseconds: a 1,000-note first build draws them all)."""
    regular = find_font(REGULAR_NAMES, font)
    bold = find_font(BOLD_NAMES, bold_font) or regular
    image = _background(practice, byline, regular, bold, accent, logo, monogram,
                        photo).copy()
    draw = ImageDraw.Draw(image)
    title_font, lines = fit_title(title, bold)
    line_height = int(getattr(title_font, "size", 60) * 1.22)
    top = 168 + max(0, (MAX_TITLE_LINES - len(lines)) * line_height // 4)
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=title_font,
                  fill=TITLE_COLOUR)
    buffer = io.BytesIO()
    # No `optimize`/`progressive`: 4× faster to encode for ~15% more bytes (~80 KB a card).
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()
