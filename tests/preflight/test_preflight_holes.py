"""The privacy guard reads every file Pelican reads and every text that reaches the site.

Each test is one hole of issue 15: a format the check did not read, markup it blanked out,
metadata it skipped, an attestation that covered more than it was given for.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from preflight.attest import attest_note, with_attestation
from preflight.attestation import parse
from preflight.context import CheckContext
from preflight.findings import Finding, Level, Report
from preflight.runner import check_content, source_files
from preflight.sources import is_note, note_files
from support.preflight_helpers import check_one, site_settings


def blocking(report: Report, code: str) -> list[Finding]:
    return [f for f in report.findings if f.code == code and f.blocking]


# --- 1. No file reaches the site unchecked, whatever its extension ---------------------------

HTML_NOTE = """<html>
<head>
  <title>Croup season</title>
  <meta name="tags" content="croup, coughs">
</head>
<body>
<p>Croup makes a cough that sounds like a seal.</p>
<p>Text the dad at 312-555-7788 for his tips.</p>
</body>
</html>
"""


def test_an_html_note_with_a_phone_number_is_blocked_at_its_line(tmp_path: Path) -> None:
    report = check_one(tmp_path, HTML_NOTE, name="2026-11-01-croup.html")
    [finding] = blocking(report, "privacy-phone")
    assert (finding.path, finding.line, finding.col) == (
        "content/notes/2026-11-01-croup.html", 8, 20)
    assert not report.ok


def test_html_metadata_is_read_from_title_and_meta_with_its_place(tmp_path: Path) -> None:
    note = HTML_NOTE.replace("croup, coughs", "croup, 312-555-0199")
    [tag, body] = sorted(blocking(check_one(tmp_path, note, name="n.htm"), "privacy-phone"),
                         key=lambda f: f.line)
    assert (tag.line, tag.col, body.line) == (4, 37, 8)
    assert 'the tag "312-555-0199"' in tag.message


def test_the_files_checked_are_the_files_pelican_reads(tmp_path: Path) -> None:
    """Compared with Pelican's own generators on one site: notes, pages, excludes, ignores."""
    from pelican.generators import ArticlesGenerator, PagesGenerator

    content = tmp_path / "content"
    for name in ("notes/a.md", "notes/b.html", "notes/c.htm", "notes/d.rst", "notes/e.txt",
                 "notes/sub/f.markdown", "notes/skip/g.md", "notes/ignored.md", "pages/p.md",
                 "pages/q.html", "images/x.png", "other/o.md"):
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text("Title: t\n\nText.\n", encoding="utf-8")
    settings = site_settings(PATH=str(content), ARTICLE_EXCLUDES=["pages", "notes/skip"],
                             IGNORE_FILES=["ignored.*"], STATIC_PATHS=[])
    logging.getLogger("pelican").setLevel(logging.ERROR)
    expected: set[str] = set()
    for generator, paths, exclude in ((ArticlesGenerator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
                                      (PagesGenerator, "PAGE_PATHS", "PAGE_EXCLUDES")):
        made = generator(context={}, settings=settings, path=str(content),
                         theme=settings["THEME"], output_path=str(tmp_path / "out"))
        expected |= made.get_files(settings[paths], exclude=settings[exclude])
    found = {str(p.relative_to(content)) for p in note_files(settings)}
    assert found == expected
    assert "notes/b.html" in found and "notes/d.rst" in found and "notes/e.txt" not in found
    assert is_note(content / "notes" / "new.html", settings)
    assert not is_note(content / "notes" / "skip" / "new.md", settings)


def test_a_format_the_check_cannot_read_is_refused_with_the_fix(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Croup\n=====\n\nCall 312-555-7788.\n", name="croup.rst")
    [finding] = blocking(report, "unreadable-format")
    assert finding.path == "content/notes/croup.rst" and finding.level is Level.BLOCK
    assert 'save it as a Markdown note ("croup.md")' in finding.message


def test_an_html_file_copied_raw_from_the_static_folder_is_checked(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "handout.html").write_text(HTML_NOTE, encoding="utf-8")
    settings = site_settings(PATH=str(content))
    assert source_files(content, settings) == [content / "images" / "handout.html"]
    report = check_content(CheckContext(tmp_path, content, settings))
    assert blocking(report, "privacy-phone")


# --- 2. Markup is read, not blanked ----------------------------------------------------------


def test_an_html_comment_holding_a_record_number_is_blocked(tmp_path: Path) -> None:
    note = "Title: Lab results\n\nMost results come back in two days.\n<!-- MRN 448812 -->\n"
    [finding] = blocking(check_one(tmp_path / "md", note), "privacy-record-number")
    assert (finding.line, finding.col) == (4, 6) and "HTML comment" in finding.message
    html = HTML_NOTE.replace("<p>Text the dad at 312-555-7788 for his tips.</p>",
                             "<!--\n  chart number 00457812\n-->")
    [finding] = blocking(check_one(tmp_path / "html", html, name="n.html"),
                         "privacy-record-number")
    assert (finding.line, finding.col) == (9, 3)


@pytest.mark.parametrize(
    ("link", "code", "found", "where"),
    [
        ("[call us](tel:+1-312-555-7788)", "privacy-phone", "+1-312", "link or image address"),
        ("[write](mailto:jen.k@gmail.com)", "privacy-email", "jen.k", "link or image address"),
        ('[guide](https://example.org/g "ask 312-555-7788")', "privacy-phone", "312",
         "link title"),
        ('<a href="tel:3125557788">call</a>', "privacy-phone", "3125557788", 'href="…"'),
        ("[guide][1]\n\n[1]: mailto:jen.k@gmail.com", "privacy-email", "jen.k",
         "link definition"),
    ],
)
def test_link_targets_and_titles_are_scanned(tmp_path: Path, link: str, code: str, found: str,
                                              where: str) -> None:
    text = f"Title: Croup\n\nCroup is common: {link}\n"
    [finding] = blocking(check_one(tmp_path, text), code)
    line = text.split("\n")[finding.line - 1]
    assert found in line[finding.col - 1 : finding.col + 20], (finding.format(), line)
    assert where in finding.message


def test_attribute_values_are_scanned_but_prose_rules_still_see_sentences(
    tmp_path: Path,
) -> None:
    note = ('Title: Rashes\n\nMost rashes fade. <img src="{static}/images/rash.png" '
            'alt="Rash on an arm" title="sent by jen.k@gmail.com">\n')
    report = check_one(tmp_path, note)
    [finding] = blocking(report, "privacy-email")
    assert finding.col == note.split("\n")[2].index("jen.k") + 1
    assert "title=" in finding.message


# --- 3. Every published metadata value is scanned ---------------------------------------------


def test_a_tag_that_is_a_childs_name_stops_the_publish(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: Casts\nTags: fractures, liam\n\nKeep casts dry.\n")
    [finding] = blocking(report, "privacy-name")
    assert (finding.line, finding.col) == (2, 18) and 'the tag "liam"' in finding.message
    assert not report.ok


def test_a_slug_holding_a_childs_name_stops_the_publish(tmp_path: Path) -> None:
    note = "Title: Casts\nSlug: liam-okafor-broken-arm\n\nKeep casts dry.\n"
    report = check_one(tmp_path, note)
    [finding] = blocking(report, "privacy-name")
    assert (finding.line, finding.col) == (2, 7) and "Slug:" in finding.message
    assert not report.ok


def test_the_file_name_is_read_when_it_becomes_the_slug(tmp_path: Path) -> None:
    name = "2026-11-02-liam-okafor-cast.md"
    untitled = check_one(tmp_path / "a", "Keep casts dry.\n", name=name)
    [finding] = blocking(untitled, "privacy-name")
    assert (finding.line, finding.col) == (1, 1) and name in finding.message
    titled = check_one(tmp_path / "b", "Title: Casts\n\nKeep casts dry.\n", name=name)
    assert not blocking(titled, "privacy-name")  # the slug comes from the title then


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Sources: Call 312-555-7788 for the handout", "privacy-phone"),
        ("Image: {static}/images/cast-312-555-7788.jpg\nImage_alt: A cast", "privacy-phone"),
        ("Image_alt: A drawing, ask jen.k@gmail.com", "privacy-email"),
        ("Mastodon: Ask 312-555-7788 about it", "privacy-phone"),
        ("Social: Write to jen.k@gmail.com", "privacy-email"),
        ("Author: Jen at 312-555-7788", "privacy-phone"),
    ],
)
def test_each_published_metadata_value_is_scanned(tmp_path: Path, line: str, code: str) -> None:
    report = check_one(tmp_path, f"Title: Casts\n{line}\n\nKeep casts dry.\n")
    [finding] = blocking(report, code)
    assert finding.line == 2


# --- 4. The attestation covers only what it was given for ------------------------------------

PHOTO = """Title: A good latch
Tags: feeding
{attest}
A good latch covers much of the dark skin around the nipple.

![A baby feeding]({{static}}/images/latch.png)
"""


def _context(tmp_path: Path) -> CheckContext:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True, exist_ok=True)
    (content / "images" / "latch.png").write_bytes(b"not really a png")
    return CheckContext(tmp_path, content, site_settings(PATH=str(content)))


def test_an_attestation_for_an_image_does_not_cover_a_name_added_afterwards(
    tmp_path: Path,
) -> None:
    _context(tmp_path)  # the drawing exists
    report = check_one(tmp_path, PHOTO.format(attest=""), name="latch.md")
    [image] = blocking(report, "privacy-image")
    assert "invoke attest content/notes/latch.md" in image.message

    result = attest_note(_context(tmp_path), tmp_path / "content" / "notes" / "latch.md")
    assert result.written and result.fingerprints == [image.fingerprint]
    attested = (tmp_path / "content" / "notes" / "latch.md").read_text(encoding="utf-8")
    assert f"Deidentified: yes {image.fingerprint}\n" in attested
    assert check_content(_context(tmp_path)).ok

    later = attested + "\nSophia had a hard time with it at first, her mom says.\n"
    (tmp_path / "content" / "notes" / "latch.md").write_text(later, encoding="utf-8")
    report = check_content(_context(tmp_path))
    [name] = blocking(report, "privacy-name")
    assert name.level is Level.WARN and "New since the attestation on line 3" in name.message
    [image] = [f for f in report.findings if f.code == "privacy-image"]
    assert image.level is Level.INFO and not image.blocking
    assert not report.ok


def test_a_plain_yes_covers_nothing_and_says_how_to_attest(tmp_path: Path) -> None:
    report = check_one(tmp_path, PHOTO.format(attest="Deidentified: yes"), name="l.md")
    [image] = blocking(report, "privacy-image")
    assert "does not say which findings were checked" in image.message
    assert "invoke attest content/notes/l.md" in image.message


def test_a_changed_finding_asks_again_and_a_block_is_never_attestable(tmp_path: Path) -> None:
    note = "Title: T\nDeidentified: yes {print}\n\nSophia had a fever. Call 312-555-7788.\n"
    first = check_one(tmp_path / "a", note.format(print="00000000"))
    [name] = blocking(first, "privacy-name")
    attested = check_one(tmp_path / "b", note.format(print=name.fingerprint))
    assert not blocking(attested, "privacy-name") and blocking(attested, "privacy-phone")
    assert not blocking(attested, "privacy-phone")[0].fingerprint
    changed = check_one(tmp_path / "c", note.format(print=name.fingerprint).replace(
        "Sophia", "Olivia"))
    assert blocking(changed, "privacy-name")


def test_attest_refuses_nothing_to_attest_and_lists_blocks(tmp_path: Path) -> None:
    check_one(tmp_path, "Title: T\n\nCall 312-555-7788 for a fever.\n", name="t.md")
    result = attest_note(_context(tmp_path), tmp_path / "content" / "notes" / "t.md")
    assert not result.written and "can never be attested" in result.lines[0]
    assert result.blocks == 1  # `invoke attest` exits 1: the note still cannot go


@pytest.mark.parametrize(
    ("before", "kind", "after"),
    [
        ("Title: T\n\nBody.\n", "markdown", "Title: T\nDeidentified: yes ab12cd34\n\nBody.\n"),
        ("Title: T\ndeidentified: yes\n\nBody.\n", "markdown",
         "Title: T\ndeidentified: yes ab12cd34\n\nBody.\n"),
        ("Body only.\n", "markdown", "Deidentified: yes ab12cd34\n\nBody only.\n"),
        ("<html><head><title>T</title></head><body>B</body></html>", "html",
         '<html><head><title>T</title>  <meta name="deidentified" content="yes ab12cd34">\n'
         "</head><body>B</body></html>"),
    ],
)
def test_the_attestation_line_is_written_where_pelican_reads_it(before: str, kind: str,
                                                                after: str) -> None:
    assert with_attestation(before, kind, "yes ab12cd34") == after
    assert parse("yes ab12cd34").fingerprints == {"ab12cd34"}
    assert parse("yes").legacy and not parse("no ab12cd34").given


# --- 5. The summary keeps "stops the publish" and "advice" apart ------------------------------


def test_the_summary_never_calls_advice_and_a_held_note_by_one_word() -> None:
    report = Report(files_checked=2)
    report.extend([
        Finding("a.md", 1, 1, Level.BLOCK, "privacy-phone", "m"),
        Finding("a.md", 2, 1, Level.WARN, "privacy-name", "m", blocking=True),
        Finding("b.md", 3, 1, Level.WARN, "reading-level", "m"),
    ])
    assert ("2 stop the publish (1 privacy BLOCK, 1 privacy WARN until attested) · "
            "1 advice (reading level), which does not stop it.") in report.summary()


def test_character_codes_are_read_as_the_page_shows_them(tmp_path: Path) -> None:
    note = "Title: T\n\nPhotos go to jen&#46;k&#64;gmail&period;com for now.\n"
    [finding] = blocking(check_one(tmp_path, note), "privacy-email")
    assert (finding.line, finding.col) == (3, 14) and "character codes" in finding.message


def test_an_address_set_by_url_or_save_as_is_read_as_words(tmp_path: Path) -> None:
    note = "Title: Casts\nSave_as: notes/liam-okafor/index.html\n\nKeep casts dry.\n"
    [finding] = blocking(check_one(tmp_path, note), "privacy-name")
    assert finding.line == 2 and '"save_as:"' in finding.message


def test_the_notes_language_reaches_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from preflight import privacy

    seen: list[str] = []

    def fake(text: str, policy: privacy.Policy, lang: str = "en") -> list[privacy.Hit]:
        seen.append(lang)
        return []

    monkeypatch.setattr(privacy, "scan", fake)
    check_one(tmp_path, "Title: Fiebre\nLang: es\n\nLa fiebre ayuda.\n")
    assert seen and set(seen) == {"es"}


def test_a_static_file_name_in_a_link_is_read(tmp_path: Path) -> None:
    """A `{static}` file name is published as it is (a `{filename}` link to a note is not:
    Pelican writes that note's own address, which its own check reads)."""
    note = "Title: Casts\n\nSee [the form]({static}/images/form_312_555_7788.pdf).\n"
    [finding] = blocking(check_one(tmp_path, note), "privacy-phone")
    assert finding.col == note.split("\n")[2].index("312_555") + 1
    assert "link or image address" in finding.message


def test_an_html_note_is_attested_with_a_meta_tag(tmp_path: Path) -> None:
    context = _context(tmp_path)
    note = ('<html><head><title>A good latch</title></head><body>\n'
            '<p>A good latch covers much of the dark skin.</p>\n'
            '<img src="{static}/images/latch.png" alt="A photo of a mother feeding her baby">'
            '\n</body></html>\n')
    check_one(tmp_path, note, name="latch.html")
    assert not check_content(context).ok
    result = attest_note(context, tmp_path / "content" / "notes" / "latch.html")
    written = (tmp_path / "content" / "notes" / "latch.html").read_text(encoding="utf-8")
    assert result.written and f'content="yes {result.fingerprints[0]}"' in written
    assert check_content(context).ok


def test_a_reader_a_plugin_adds_makes_its_files_notes_and_the_check_refuses_them(
    tmp_path: Path,
) -> None:
    """A plugin that reads `.txt` notes: Pelican would publish them, so the check lists them
    and refuses them (it cannot read that format) instead of letting them through."""
    from pelican import signals

    plugins = tmp_path / "extra_plugins"
    plugins.mkdir()
    (plugins / "rounds_txt_reader.py").write_text(
        "class TxtReader:\n"
        "    enabled = True\n"
        "    file_extensions = ['txt']\n"
        "    def __init__(self, settings):\n"
        "        self.settings = settings\n"
        "def add(readers):\n"
        "    readers.reader_classes['txt'] = TxtReader\n"
        "def register():\n"
        "    from pelican import signals\n"
        "    signals.readers_init.connect(add)\n",
        encoding="utf-8",
    )
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True)
    (content / "notes" / "croup.txt").write_text("Call 312-555-7788.\n", encoding="utf-8")
    settings = site_settings(PATH=str(content), PLUGINS=["rounds_txt_reader"],
                             PLUGIN_PATHS=[str(plugins)])
    try:
        assert note_files(settings) == [content / "notes" / "croup.txt"]
        report = check_content(CheckContext(tmp_path, content, settings))
        [finding] = blocking(report, "unreadable-format")
        assert finding.path == "content/notes/croup.txt" and '"croup.md"' in finding.message
    finally:
        import sys

        module = sys.modules.pop("rounds_txt_reader", None)
        if module is not None:
            signals.readers_init.disconnect(module.add)


# --- what the note's body says about a name or a number read elsewhere -----------------------

def test_a_title_name_the_body_shows_to_be_a_saint_passes(tmp_path: Path) -> None:
    note = ("Title: Tadeo y los tamales\nLang: es\n\nEl 28 de octubre es la fiesta de San Judas"
            " Tadeo. Lleve a los niños abrigados a la misa de la mañana.\n")
    assert not blocking(check_one(tmp_path, note, name="tadeo.md"), "privacy-name")


def test_a_title_name_the_body_never_explains_still_stops(tmp_path: Path) -> None:
    note = "Title: Tadeo's croup\n\nCroup sounds like a seal's bark. Steam does not help.\n"
    assert blocking(check_one(tmp_path, note, name="croup.md"), "privacy-name")


def test_a_public_line_in_a_tel_link_passes_when_its_text_is_shown_as_public(
        tmp_path: Path) -> None:
    html = ('<html><head><title>Salud Responde</title><meta name="lang" content="es"></head>'
            '<body><p>Salud Responde orienta las 24 horas en el '
            '<a href="tel:6003607777">600 360 7777</a>.</p></body></html>\n')
    assert not blocking(check_one(tmp_path, html, name="salud.html"), "privacy-phone")


def test_a_private_number_hidden_in_a_tel_link_still_stops(tmp_path: Path) -> None:
    html = ('<html><head><title>Rides</title></head><body><p>For rides, '
            '<a href="tel:+12175550188">text Maria</a>.</p></body></html>\n')
    assert blocking(check_one(tmp_path, html, name="rides.html"), "privacy-phone")
