"""The X API emulator answers like X, on the wire: status codes, headers, bodies, t.co links.

Plain `requests` with OAuth 1.0a here (not the adapter), so these tests pin the emulator's
own behaviour; test_x_adapter.py then relies on it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from fakes.x_emulator import (
    CREDENTIALS,
    DUPLICATE_BODY,
    SERVICE_UNAVAILABLE_BODY,
    TOO_MANY_REQUESTS_BODY,
    UNAUTHORIZED_BODY,
    XEmulator,
)
from requests_oauthlib import OAuth1

TESTS = Path(__file__).resolve().parents[1]
URL = "https://rounds-pediatrics.com/notes/2026-11-02-fever.html"
TCO = re.compile(r"https://t\.co/[0-9a-f]{10}")


def signed(credentials: dict[str, str] = CREDENTIALS) -> OAuth1:
    return OAuth1(
        credentials["X_API_KEY"], credentials["X_API_KEY_SECRET"],
        credentials["X_ACCESS_TOKEN"], credentials["X_ACCESS_TOKEN_SECRET"],
    )


def post(emulator: XEmulator, text: str, **kwargs: object) -> requests.Response:
    return requests.post(
        f"{emulator.base_url}/2/tweets", json={"text": text}, auth=signed(), timeout=5,
        **kwargs,  # type: ignore[arg-type]
    )


def test_create_answers_201_with_data_id_and_t_co_text(x_emulator: XEmulator) -> None:
    answer = post(x_emulator, f"Fever guide {URL} and cdc.gov")
    assert answer.status_code == 201
    data = answer.json()["data"]
    assert data["id"].isdigit() and data["edit_history_tweet_ids"] == [data["id"]]
    assert URL not in data["text"] and "cdc.gov" not in data["text"]
    assert len(TCO.findall(data["text"])) == 2
    assert data["text"].startswith("Fever guide https://t.co/")
    for header in ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"):
        assert answer.headers[header].isdigit()
    assert x_emulator.create_calls == 1 and len(x_emulator.posts) == 1


def test_same_text_twice_is_403_duplicate_content(x_emulator: XEmulator) -> None:
    assert post(x_emulator, "Flu shots are here").status_code == 201
    answer = post(x_emulator, "Flu shots are here")
    assert answer.status_code == 403
    assert answer.json() == DUPLICATE_BODY
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert len(x_emulator.posts) == 1 and x_emulator.create_calls == 2


@pytest.mark.parametrize("auth", ["none", "wrong-secret", "wrong-key", "bearer"])
def test_bad_auth_is_401(x_emulator: XEmulator, auth: str) -> None:
    options: dict[str, object] = {}
    if auth == "wrong-secret":
        options["auth"] = signed({**CREDENTIALS, "X_API_KEY_SECRET": "nope"})
    elif auth == "wrong-key":
        options["auth"] = signed({**CREDENTIALS, "X_API_KEY": "nope"})
    elif auth == "bearer":
        options["headers"] = {"Authorization": "Bearer AAAA"}
    answer = requests.post(
        f"{x_emulator.base_url}/2/tweets", json={"text": "hi"}, timeout=5,
        **options,  # type: ignore[arg-type]
    )
    assert answer.status_code == 401
    assert answer.json() == UNAUTHORIZED_BODY
    assert x_emulator.posts == []


def test_scripted_429_has_x_rate_limit_headers_and_body(x_emulator: XEmulator) -> None:
    x_emulator.rate_limit_next(1795000000)
    answer = post(x_emulator, "hello")
    assert answer.status_code == 429
    assert answer.json() == TOO_MANY_REQUESTS_BODY
    assert answer.headers["x-rate-limit-remaining"] == "0"
    assert answer.headers["x-rate-limit-reset"] == "1795000000"
    assert int(answer.headers["x-rate-limit-limit"]) > 0
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.headers["Server"] == "tsa_b"
    assert post(x_emulator, "hello").status_code == 201  # the script was used once
    assert x_emulator.create_calls == 2  # the scripted answer was a create call too


def test_window_limit_answers_429_until_reset(x_emulator: XEmulator) -> None:
    x_emulator.post_limit = 1
    first = post(x_emulator, "one")
    assert first.headers["x-rate-limit-remaining"] == "0"
    second = post(x_emulator, "two")
    assert second.status_code == 429
    assert second.headers["x-rate-limit-reset"] == first.headers["x-rate-limit-reset"]


def test_scripted_503_body(x_emulator: XEmulator) -> None:
    x_emulator.server_error_next(503)
    answer = post(x_emulator, "hello")
    assert answer.status_code == 503 and answer.json() == SERVICE_UNAVAILABLE_BODY
    assert x_emulator.posts == []


def test_too_long_text_is_400_invalid_request(x_emulator: XEmulator) -> None:
    answer = post(x_emulator, "发" * 141)  # 282 weighted
    assert answer.status_code == 400
    assert answer.json()["title"] == "Invalid Request"
    assert post(x_emulator, "发" * 140).status_code == 201  # exactly 280


def test_accept_then_hang_creates_and_times_the_client_out(x_emulator: XEmulator) -> None:
    x_emulator.accept_then_hang(delay=3)
    with pytest.raises(requests.Timeout):
        requests.post(
            f"{x_emulator.base_url}/2/tweets", json={"text": "slow"}, auth=signed(), timeout=0.5
        )
    assert [tweet.sent_text for tweet in x_emulator.posts] == ["slow"]


def test_accept_then_drop_creates_and_closes_the_connection(x_emulator: XEmulator) -> None:
    x_emulator.accept_then_drop()
    with pytest.raises(requests.ConnectionError):
        post(x_emulator, "dropped")
    assert [tweet.sent_text for tweet in x_emulator.posts] == ["dropped"]


def test_a_refused_request_is_answered_not_dropped(x_emulator: XEmulator) -> None:
    """"Accept then drop" needs an accepted post: an unsigned one is still told 401."""
    x_emulator.accept_then_drop()
    answer = requests.post(f"{x_emulator.base_url}/2/tweets", json={"text": "hi"}, timeout=5)
    assert answer.status_code == 401 and x_emulator.posts == []


def test_users_me(x_emulator: XEmulator) -> None:
    answer = requests.get(f"{x_emulator.base_url}/2/users/me", auth=signed(), timeout=5)
    assert answer.status_code == 200
    assert answer.json() == {
        "data": {"id": x_emulator.user_id, "name": x_emulator.name,
                 "username": x_emulator.username}
    }


def _timeline(emulator: XEmulator, **params: str) -> requests.Response:
    return requests.get(
        f"{emulator.base_url}/2/users/{emulator.user_id}/tweets", params=params,
        auth=signed(), timeout=5,
    )


def test_timeline_shows_expanded_urls_only_when_entities_are_asked(
    x_emulator: XEmulator,
) -> None:
    post(x_emulator, f"Fever guide {URL}")
    plain = _timeline(x_emulator).json()
    (tweet,) = plain["data"]
    assert set(tweet) == {"id", "text", "edit_history_tweet_ids"}
    assert TCO.search(tweet["text"]) and URL not in tweet["text"]
    assert plain["meta"]["result_count"] == 1

    rich = _timeline(x_emulator, **{"tweet.fields": "entities,created_at"}).json()
    (tweet,) = rich["data"]
    (link,) = tweet["entities"]["urls"]
    assert link["expanded_url"] == URL
    assert tweet["text"][link["start"] : link["end"]] == link["url"]
    assert datetime.fromisoformat(tweet["created_at"].replace("Z", "+00:00")) <= datetime.now(UTC)


def test_timeline_filters_by_start_time_and_pages_newest_first(x_emulator: XEmulator) -> None:
    now = datetime.now(UTC)
    x_emulator.add_existing("old", now - timedelta(days=2))
    for index in range(7):
        x_emulator.add_existing(f"new {index}", now - timedelta(minutes=10 - index))
    since = (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    first = _timeline(x_emulator, start_time=since, max_results="5").json()
    assert [t["text"] for t in first["data"]] == ["new 6", "new 5", "new 4", "new 3", "new 2"]
    second = _timeline(
        x_emulator, start_time=since, max_results="5", pagination_token=first["meta"]["next_token"]
    ).json()
    assert [t["text"] for t in second["data"]] == ["new 1", "new 0"]
    assert "next_token" not in second["meta"]
    assert _timeline(x_emulator, max_results="500").status_code == 400


def test_unknown_user_timeline_is_an_error_document(x_emulator: XEmulator) -> None:
    answer = requests.get(
        f"{x_emulator.base_url}/2/users/999/tweets", auth=signed(), timeout=5
    ).json()
    assert answer["errors"][0]["title"] == "Not Found Error"


@pytest.mark.slow
def test_standalone_server_for_subprocesses() -> None:
    """`python -m fakes.x_emulator` (in tests/) serves until killed and says how to reach it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "fakes.x_emulator"], cwd=TESTS,
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        printed = dict(process.stdout.readline().strip().split("=", 1) for _ in range(5))
        assert base_url.startswith("http://127.0.0.1:")
        assert printed["ROUNDS_X_API_BASE_URL"] == base_url
        assert {name: printed[name] for name in CREDENTIALS} == CREDENTIALS
        answer = requests.get(f"{base_url}/2/users/me", auth=signed(), timeout=5)
        assert answer.status_code == 200
    finally:
        process.kill()
        process.wait(timeout=10)


def test_start_time_must_be_in_the_past_like_on_x(x_emulator: XEmulator) -> None:
    soon = (datetime.now(UTC) + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    answer = _timeline(x_emulator, start_time=soon)
    assert answer.status_code == 400
    assert "start_time" in answer.json()["errors"][0]["message"]
