"""The ledger file: readable, atomic, locked, and loud about damage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from common.errors import RoundsError
from syndication.ledger import POSTED, Ledger, LedgerStore

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_round_trip_keeps_every_record_and_account(tmp_path):
    store = LedgerStore(tmp_path / "syndication.json")
    assert store.load().records == {}
    ledger = Ledger()
    ledger.connect("x", "42 @maple", NOW)
    for name in ("b", "a"):
        ledger.put({"post_id": f"notes/{name}.md", "network": "x", "account": "42 @maple",
                    "state": POSTED, "remote_id": name})
    with store.locked():
        store.save(ledger)
    again = store.load()
    assert again.records == ledger.records and again.is_connected("x", "42 @maple")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".syndication.json.lock", "syndication.json"]


def test_a_damaged_ledger_stops_with_file_line_and_fix(tmp_path):
    path = tmp_path / "syndication.json"
    path.write_text('{"records": [\n  {"post_id": "a",,}\n]}')
    with pytest.raises(RoundsError) as error:
        LedgerStore(path).load()
    assert "syndication.json, line 2" in str(error.value)
    assert "git checkout -- syndication.json" in str(error.value)
    path.write_text('{"records": [{"post_id": "a", "network": "x", "account": "1", '
                    '"state": "sent"}]}')
    with pytest.raises(RoundsError, match='unknown state "sent"'):
        LedgerStore(path).load()


def test_a_stray_temp_file_from_a_killed_run_is_ignored_and_removed(tmp_path):
    store = LedgerStore(tmp_path / "syndication.json")
    stray = tmp_path / ".syndication.json.999.tmp"
    stray.write_text('{"half')
    assert store.load().records == {}
    with store.locked():
        store.save(Ledger())
    assert not stray.exists()


def test_the_lock_is_exclusive(tmp_path):
    first = LedgerStore(tmp_path / "syndication.json")
    second = LedgerStore(tmp_path / "syndication.json", lock_timeout=0.1)
    with first.locked(), pytest.raises(RoundsError, match="Another publish"), second.locked():
        pass


def test_a_ledger_from_a_newer_rounds_is_not_touched(tmp_path):
    path = tmp_path / "syndication.json"
    path.write_text('{"version": 99, "records": []}')
    with pytest.raises(RoundsError, match="newer version of Rounds"):
        LedgerStore(path).load()
