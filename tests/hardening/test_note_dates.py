"""Dates come from the note, never from file times: the Atom feed's <updated>, the pages'
dateModified and article:modified_time, in the practice's zone."""

from __future__ import annotations

import json
import os
import time
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from bs4 import BeautifulSoup
from support.sites import build

ATOM = "{http://www.w3.org/2005/Atom}"
NOTES = {
    "2026-11-03-plain.md": "Title: Plain\nDate: 2026-11-03 09:00\n\nOnly a date.\n",
    "2026-11-04-edited.md": ("Title: Edited\nDate: 2026-11-04 09:00\nModified: 2026-11-20 16:30"
                             "\n\nEdited later.\n"),
    "2026-11-05-reviewed.md": ("Title: Reviewed\nDate: 2026-11-05 09:00\nReviewed: 2026-11-21"
                               "\n\nReviewed later.\n"),
}
EXPECTED = {
    "Plain": "2026-11-03T09:00:00-06:00",
    "Edited": "2026-11-20T16:30:00-06:00",
    "Reviewed": "2026-11-21T00:00:00-06:00",
}
#: A file time that is none of the notes' dates (a fresh clone's, in another year).
CLONE_TIME = datetime(2031, 7, 1, 12, 0).timestamp()


def _write(site: Path) -> None:
    notes = site / "content" / "notes"
    for path in notes.glob("*.md"):
        path.unlink()
    for name, text in NOTES.items():
        path = notes / name
        path.write_text(text, "utf-8")
        os.utime(path, (CLONE_TIME, CLONE_TIME))


def _updated(output: Path) -> dict[str, str]:
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    return {entry.find(f"{ATOM}title").text: entry.find(f"{ATOM}updated").text
            for entry in feed.findall(f"{ATOM}entry")}


def _page_modified(output: Path, slug: str) -> tuple[str, str]:
    page = BeautifulSoup((output / "notes" / slug / "index.html").read_text("utf-8"),
                         "html.parser")
    data = json.loads(page.find("script", type="application/ld+json").string)
    meta = page.find("meta", property="article:modified_time")["content"]
    return data["dateModified"], meta


def test_feed_updated_is_the_notes_own_date_in_the_practices_zone(project_dir: Path) -> None:
    _write(project_dir)
    output = build(project_dir)
    assert _updated(output) == EXPECTED
    assert _page_modified(output, "edited") == (EXPECTED["Edited"],) * 2
    assert _page_modified(output, "plain") == (EXPECTED["Plain"],) * 2


def test_a_note_saved_again_with_the_same_text_keeps_its_modified_date(
    project_dir: Path,
) -> None:
    _write(project_dir)
    build(project_dir)  # fills the content cache
    note = project_dir / "content" / "notes" / "2026-11-03-plain.md"
    text = note.read_text("utf-8")
    note.unlink()
    time.sleep(0.05)
    note.write_text(text, "utf-8")  # a new file, a new mtime: now
    output = build(project_dir)
    assert _page_modified(output, "plain") == (EXPECTED["Plain"],) * 2
    assert _updated(output)["Plain"] == EXPECTED["Plain"]


def test_updated_is_never_earlier_than_published(project_dir: Path) -> None:
    """`Reviewed: 2026-11-24` is midnight: under `Date: 2026-11-24 07:45` it made the feed's
    <updated> seven hours earlier than <published> (found trying it as a new user)."""
    _write(project_dir)
    notes = project_dir / "content" / "notes"
    (notes / "2026-11-24-same-day.md").write_text(
        "Title: Same day\nDate: 2026-11-24 07:45\nReviewed: 2026-11-24\n\nReviewed first.\n",
        "utf-8")
    (notes / "2026-11-25-typo.md").write_text(
        "Title: Modified before\nDate: 2026-11-25 10:00\nModified: 2026-11-01 12:00\n\nOdd.\n",
        "utf-8")
    output = build(project_dir)
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    dates = {entry.find(f"{ATOM}title").text: (
        datetime.fromisoformat(entry.find(f"{ATOM}published").text),
        datetime.fromisoformat(entry.find(f"{ATOM}updated").text))
        for entry in feed.findall(f"{ATOM}entry")}
    assert len(dates) == 5
    assert all(updated >= published for published, updated in dates.values()), dates
    assert _updated(output)["Same day"] == "2026-11-24T07:45:00-06:00"
    assert _updated(output)["Modified before"] == "2026-11-25T10:00:00-06:00"
    assert _updated(output)["Reviewed"] == EXPECTED["Reviewed"]  # a later review still counts
    assert _page_modified(output, "same-day") == ("2026-11-24T07:45:00-06:00",) * 2
