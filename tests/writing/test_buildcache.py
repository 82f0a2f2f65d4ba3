"""The content cache every build uses must never serve a page read by older code/settings."""

from __future__ import annotations

from pathlib import Path

from publishing.build import build_site
from publishing.project import Project
from writing.buildcache import STAMP, fingerprint


def _build(site: Path, production: bool = False) -> None:
    build_site(Project(site).load_settings(production=production))


def test_the_fingerprint_follows_reading_settings_and_plugin_code(project_dir: Path) -> None:
    settings = Project(project_dir).load_settings(production=False)
    first = fingerprint(settings)
    assert fingerprint({**settings, "OUTPUT_PATH": "/elsewhere", "SITEURL": "https://x"}) == first
    assert fingerprint({**settings, "MARKDOWN": {}}) != first
    titles = project_dir / "plugins" / "micronotes" / "titles.py"
    titles.write_text(titles.read_text("utf-8") + "\n# changed\n", "utf-8")
    assert fingerprint(settings) != first


def test_builds_share_one_cache_and_a_code_change_empties_it(project_dir: Path) -> None:
    _build(project_dir)
    cache = project_dir / "cache"
    readers = cache / "ArticlesGenerator-Readers"
    assert readers.is_file() and (cache / STAMP).is_file()
    stamp = (cache / STAMP).read_text("utf-8")

    _build(project_dir, production=True)  # publish settings: same fingerprint, same cache
    assert (cache / STAMP).read_text("utf-8") == stamp

    (cache / "cards").mkdir(exist_ok=True)
    (cache / "cards" / "kept.jpg").write_bytes(b"jpg")
    reader = project_dir / "plugins" / "micronotes" / "reader.py"
    reader.write_text(reader.read_text("utf-8") + "\n# changed\n", "utf-8")
    before = readers.stat().st_mtime_ns
    _build(project_dir)
    assert (cache / STAMP).read_text("utf-8") != stamp
    assert readers.stat().st_mtime_ns != before  # emptied, then written afresh
    assert (cache / "cards" / "kept.jpg").is_file()  # other plugins' caches stay


def test_a_cached_build_makes_the_same_site(project_dir: Path, tmp_path: Path, differences):
    _build(project_dir)
    first = tmp_path / "first"
    (project_dir / "output").rename(first)
    _build(project_dir)  # from the cache
    assert differences(first, project_dir / "output") == []
