"""The check's cache store (scan_cache.py): one pack per writing process, never a changed answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from preflight import scan_cache
from preflight.findings import Level
from preflight.hits import Hit

HITS = [[Hit(0, 4, "privacy-name", Level.WARN, "A name.")], []]


@pytest.fixture(autouse=True)
def _fresh_process() -> None:
    """Each test starts as a new process would: nothing read yet."""
    scan_cache._PACKS.clear()


def _computed(answer: list[list[Hit]], calls: list[int]):
    def compute() -> list[list[Hit]]:
        calls.append(1)
        return answer

    return compute


def test_an_answer_is_computed_once_and_read_back_by_a_new_process(tmp_path: Path) -> None:
    calls: list[int] = []
    assert scan_cache.cached_hits(tmp_path, ["a"], _computed(HITS, calls)) == HITS
    assert len(list(tmp_path.glob("*.jsonl"))) == 1  # one pack, not one file per note
    scan_cache._PACKS.clear()
    assert scan_cache.cached_hits(tmp_path, ["a"], _computed([], calls)) == HITS
    assert calls == [1]


def test_other_texts_miss_and_many_answers_share_one_pack(tmp_path: Path) -> None:
    calls: list[int] = []
    for index in range(20):
        scan_cache.cached_hits(tmp_path, [str(index)], _computed(HITS, calls))
    assert scan_cache.cached_hits(tmp_path, ["other"], _computed([], calls)) == []
    assert len(calls) == 21
    assert len(list(tmp_path.glob("*.jsonl"))) == 1


def test_a_line_cut_short_by_a_crash_is_computed_again(tmp_path: Path) -> None:
    calls: list[int] = []
    scan_cache.cached_hits(tmp_path, ["a"], _computed(HITS, calls))
    scan_cache.cached_hits(tmp_path, ["b"], _computed(HITS, calls))
    pack = next(tmp_path.glob("*.jsonl"))
    pack.write_text(pack.read_text()[:-10], encoding="utf-8")  # the last line torn
    scan_cache._PACKS.clear()
    assert scan_cache.cached_hits(tmp_path, ["a"], _computed([], calls)) == HITS
    assert scan_cache.cached_hits(tmp_path, ["b"], _computed([], calls)) == []
    assert len(calls) == 3


def test_packs_of_other_rules_are_removed_and_many_packs_are_merged(tmp_path: Path) -> None:
    stale = tmp_path / "0000000000000000-1-old.jsonl"
    stale.write_text('["k", []]\n', encoding="utf-8")
    prefix = scan_cache.rules_fingerprint()[:16]
    calls: list[int] = []
    for index in range(scan_cache.MAX_PACKS + 1):  # as many processes, one answer each
        scan_cache._PACKS.clear()
        scan_cache.cached_hits(tmp_path, [str(index)], _computed(HITS, calls))
        scan_cache._PACKS[tmp_path].writer.close()
    scan_cache._PACKS.clear()
    scan_cache.cached_hits(tmp_path, ["0"], _computed([], calls))
    packs = list(tmp_path.glob("*.jsonl"))
    assert not stale.exists()
    assert len(packs) == 1 and packs[0].name.startswith(prefix)
    scan_cache._PACKS.clear()
    for index in range(scan_cache.MAX_PACKS + 1):
        assert scan_cache.cached_hits(tmp_path, [str(index)], _computed([], calls)) == HITS
    assert len(calls) == scan_cache.MAX_PACKS + 1


def test_an_unwritable_folder_only_means_computing_again(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    calls: list[int] = []
    folder = blocked / "privacy"  # a folder under a file cannot be made
    assert scan_cache.cached_hits(folder, ["a"], _computed(HITS, calls)) == HITS
    assert os.path.isfile(blocked)


def test_a_merged_pack_keeps_only_the_newest_answers(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers nobody asks for again (a note edited many times) do not pile up forever."""
    monkeypatch.setattr(scan_cache, "MAX_ANSWERS", 4)
    calls: list[int] = []
    count = scan_cache.MAX_PACKS + 1
    for index in range(count):  # as many processes, one answer each, oldest first
        scan_cache._PACKS.clear()
        scan_cache.cached_hits(tmp_path, [str(index)], _computed(HITS, calls))
        scan_cache._PACKS[tmp_path].writer.close()
        pack = max(tmp_path.glob("*.jsonl"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(pack, (1_000_000 + index, 1_000_000 + index))
    scan_cache._PACKS.clear()
    scan_cache._packs(tmp_path)  # reads and merges
    [merged] = tmp_path.glob("*.jsonl")
    assert len(merged.read_text(encoding="utf-8").splitlines()) == 4
    scan_cache._PACKS.clear()
    computed = []
    for index in range(count):
        before = len(calls)
        scan_cache.cached_hits(tmp_path, [str(index)], _computed(HITS, calls))
        computed.append(len(calls) > before)
    assert computed == [True] * (count - 4) + [False] * 4  # the oldest computed again
