"""sitemap.xml, robots.txt and the Pagefind run (pure parts, fakes for the process)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree

from sitemap.sitemap import Entry, robots_txt, sitemap_xml
from sitesearch.search import find_pagefind, index_site

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_each_url_once_absolute_and_escaped() -> None:
    xml = sitemap_xml([Entry(""), Entry("notes/a/", date(2026, 11, 2)), Entry("notes/a/"),
                       Entry("tag/r&d/")], "https://maple.example")
    root = ElementTree.fromstring(xml)
    locations = [url.findtext(f"{NS}loc") for url in root]
    assert locations == ["https://maple.example/", "https://maple.example/notes/a/",
                         "https://maple.example/tag/r&d/"]
    assert root[1].findtext(f"{NS}lastmod") == "2026-11-02"


def test_a_modification_time_is_written_to_the_second() -> None:
    central = timezone(timedelta(hours=-6))
    when = datetime(2026, 12, 2, 9, 52, 13, 404619, tzinfo=central)
    xml = sitemap_xml([Entry("contact/", when)], "https://maple.example")
    assert "<lastmod>2026-12-02T09:52:13-06:00</lastmod>" in xml


def test_robots_names_the_sitemap_only_when_the_address_is_known() -> None:
    assert robots_txt("https://maple.example").splitlines() == [
        "User-agent: *", "Allow: /", "Disallow: /drafts/",
        "Sitemap: https://maple.example/sitemap.xml"]
    assert "Sitemap" not in robots_txt("")


def _runner(code: int, stderr: str = "") -> tuple[list[list[str]], object]:
    calls: list[list[str]] = []

    def run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        calls.append(list(command))
        return subprocess.CompletedProcess(command, code, "", stderr)

    return calls, run


def test_index_site_runs_pagefind_on_the_output(tmp_path: Path) -> None:
    calls, run = _runner(0)
    result = index_site(tmp_path, "/bin/pagefind", run)  # type: ignore[arg-type]
    assert result.ok and calls == [["/bin/pagefind", "--site", str(tmp_path), "--quiet"]]


def test_a_failed_or_missing_pagefind_is_explained(tmp_path: Path) -> None:
    _, run = _runner(1, "Error: no html files\n")
    failed = index_site(tmp_path, "/bin/pagefind", run)  # type: ignore[arg-type]
    assert not failed.ok and "no html files" in failed.message
    missing = index_site(tmp_path, None)
    assert not missing.ok and "Fix:" in missing.message


def test_the_bundled_pagefind_binary_is_found() -> None:
    executable = find_pagefind()
    assert executable is not None and Path(executable).is_file()


def test_a_note_in_another_language_is_in_the_one_index(tmp_path: Path) -> None:
    """`Lang: es` makes the page `<html lang="es">`; the search page is the site's language,
    so everything goes in one index, or the Spanish note could never be found."""
    for name, lang, text in (("fever", "en", "Fever in babies"),
                             ("fiebre", "es", "La fiebre en los bebés")):
        (tmp_path / f"{name}.html").write_text(
            f'<html lang="{lang}"><body><main data-pagefind-body><h1>{text}</h1>'
            f"<p>{text}.</p></main></body></html>", encoding="utf-8")
    result = index_site(tmp_path, find_pagefind(), language="en")
    assert result.ok, result.message
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["en"] and entry["languages"]["en"]["page_count"] == 2
