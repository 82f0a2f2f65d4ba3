"""The ground floor: the one atomic writer and the one reading of SITEURL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from common.atomic import write_atomically
from common.siteurl import is_absolute, is_public


def test_an_atomic_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path):
    target = tmp_path / "sub" / "ledger.json"
    write_atomically(target, b"old")
    (tmp_path / "sub" / ".ledger.json.999.tmp").write_bytes(b"a stray from a killed run")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["ledger.json"]


def test_a_failure_half_way_keeps_the_old_file_whole(tmp_path: Path):
    target = tmp_path / "ledger.json"
    write_atomically(target, b"the old ledger")

    def crash() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"the new ledger, never finished", halfway=crash)
    assert target.read_bytes() == b"the old ledger"
    assert os.listdir(tmp_path) == ["ledger.json"]


@pytest.mark.parametrize("siteurl", ["http://localhost:8000", "http://127.0.0.1:8000",
                                     "http://rounds.localhost", "", "http://[::1]/",
                                     "www.example.com"])
def test_local_or_relative_addresses_are_not_public(siteurl: str):
    assert not is_public(siteurl)


def test_a_public_address_is_public_and_absolute():
    assert is_public("https://www.maple-street-pediatrics.com")
    assert is_absolute("https://www.maple-street-pediatrics.com")
    assert is_absolute("http://localhost:8000") and not is_absolute("")


@pytest.mark.parametrize("siteurl", ["https://www.example.org", "http://localhost:8000",
                                     "https://peds.example/blog", "http://[::1]:8000",
                                     "https://xn--nios-hqa.example/"])
def test_whole_addresses_may_be_a_production_siteurl(siteurl: str):
    from common.siteurl import siteurl_problem

    assert siteurl_problem(siteurl) is None


@pytest.mark.parametrize("siteurl", ["www.example.org", "", "example", "ftp://example.org",
                                     "https://", "https://exa mple.org", "https://a.org/?x=1",
                                     "https://a.org/#top", "https://user:pw@a.org",
                                     "https://a.org/blog page", "https://a.org:99999",
                                     " https://a.org", "https://a_b!.org"])
def test_broken_addresses_are_refused_with_the_fix(siteurl: str):
    from common.errors import RoundsError
    from common.siteurl import check_production_siteurl

    with pytest.raises(RoundsError, match="Fix: set SITEURL to the site's full address"):
        check_production_siteurl(siteurl)
