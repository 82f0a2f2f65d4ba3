"""A note started with `make new` says how to mark it as Spanish (found trying it as a new
user): a note written in Spanish without `Lang: es` passed the check and went out as an
English page ("By", "Last reviewed", lang="en"), read aloud by screen readers with English
pronunciation. Following the template's words gives a Spanish page that passes the check.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from preflight.context import CheckContext
from preflight.notefile import read_note
from preflight.runner import check_content
from publishing.notes import create_note
from support.sites import settings_for

WHEN = datetime(2026, 11, 30, 7, 45, tzinfo=ZoneInfo("America/Chicago"))


def test_following_the_templates_words_makes_a_spanish_note(project_dir: Path) -> None:
    settings = settings_for(project_dir)
    path = create_note(project_dir / "content" / "notes", "¿Fiebre? Qué hacer en casa", WHEN,
                       settings)
    text = path.read_text(encoding="utf-8")
    told = re.search(r'Written in Spanish\? Add the line "(Lang: es)" to the lines above\.', text)
    assert told, text
    metadata, _ = text.split("\n\n", 1)
    written = (metadata.replace("Sources:", 'Sources: AAP, "Fiebre y su bebé"') + "\n"
               + told.group(1) + "\n\nLa fiebre ayuda al cuerpo a combatir una infección. "
               "Llámenos si su bebé tiene menos de 3 meses.\n")
    path.write_text(written, encoding="utf-8")
    assert read_note(path, project_dir).meta("lang") == "es"
    report = check_content(CheckContext.for_site(project_dir, settings, WHEN))
    mine = [f for f in report.findings if f.path.endswith(path.name) and f.level.value != "INFO"]
    assert report.ok and mine == [], report.format_text()
