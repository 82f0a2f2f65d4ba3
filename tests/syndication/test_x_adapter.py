"""The X adapter, driven over real HTTP against the X API emulator (and once through
`responses` at the real api.twitter.com address, to prove tweepy's unmodified path)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import requests
import responses
from fakes.http_fake import Scripted
from fakes.x_emulator import (
    CREATE,
    CREDENTIALS,
    DUPLICATE_BODY,
    TOO_MANY_REQUESTS_BODY,
    UNAUTHORIZED_BODY,
    XEmulator,
)
from support.syn_images import png, served
from syndication.model import Image, Message
from syndication.networks.base import (
    AlreadyPosted,
    NetworkError,
    RateLimited,
    Rejected,
    RemotePost,
    Transient,
)
from syndication.networks.x import XNetwork, normalize_url

URL = "https://rounds-pediatrics.com/notes/2026-11-02-fever.html"
SECRETS = tuple(CREDENTIALS.values())


def message(text: str = f"Fever in babies: when to call us. {URL}", url: str = URL) -> Message:
    return Message(network="x", text=text, length=0, limit=280, url=url)


@pytest.fixture
def x(x_emulator: XEmulator) -> XNetwork:
    network = XNetwork.from_env(x_emulator.env(), timeout=1.0)
    assert network is not None
    return network


# --- configuration --------------------------------------------------------------------


def test_from_env_is_none_without_every_credential() -> None:
    assert XNetwork.from_env({}) is None
    for missing in CREDENTIALS:
        env = {**CREDENTIALS, missing: ""}
        assert XNetwork.from_env(env) is None
        del env[missing]
        assert XNetwork.from_env(env) is None


def test_from_env_targets_x_unless_a_base_url_is_given(x_emulator: XEmulator) -> None:
    default = XNetwork.from_env(CREDENTIALS)
    assert default is not None and default.base_url is None
    local = XNetwork.from_env(x_emulator.env())
    assert local is not None and local.base_url == x_emulator.base_url


def test_credentials_never_show_in_repr_or_str(x: XNetwork) -> None:
    for shown in (repr(x), str(x), f"{x}"):
        assert "hidden" in shown
        assert not any(secret in shown for secret in SECRETS)


# --- posting --------------------------------------------------------------------------


def test_account_is_the_token_owner_and_asked_once(x: XNetwork, x_emulator: XEmulator) -> None:
    assert x.account() == "x:1500000000000000001:@RoundsPediatrics"
    assert x.account() == "x:1500000000000000001:@RoundsPediatrics"
    asked = [r for r in x_emulator.requests if r.path == "/2/users/me"]
    assert len(asked) == 1 and x_emulator.authorized(asked[0])


def test_publish_returns_the_post_id_and_its_public_url(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    posted = x.publish(message(), "notes/fever.md:x:1")
    (tweet,) = x_emulator.posts
    assert posted == RemotePost(tweet.id, f"https://x.com/RoundsPediatrics/status/{tweet.id}")
    assert tweet.sent_text == message().text
    assert tweet.text.startswith("Fever in babies: when to call us. https://t.co/")
    creates = [r for r in x_emulator.requests if r.path == "/2/tweets"]
    assert [r.json() for r in creates] == [{"text": message().text}]
    assert x_emulator.authorized(creates[0])  # a valid OAuth 1.0a HMAC-SHA1 signature


def test_duplicate_content_means_already_posted(x: XNetwork, x_emulator: XEmulator) -> None:
    x.publish(message(), "k")
    with pytest.raises(AlreadyPosted, match="already exists"):
        x.publish(message(), "k")
    assert x_emulator.create_calls == 2 and len(x_emulator.posts) == 1


def test_rate_limit_gives_the_reset_time(x: XNetwork, x_emulator: XEmulator) -> None:
    reset = int(datetime(2026, 11, 26, 3, 15, tzinfo=UTC).timestamp())
    x_emulator.rate_limit_next(reset)
    with pytest.raises(RateLimited) as caught:
        x.publish(message(), "k")
    assert caught.value.retry_at == datetime(2026, 11, 26, 3, 15, tzinfo=UTC)
    assert "2026-11-26 03:15 UTC" in str(caught.value)
    assert x_emulator.posts == []


def test_rate_limit_after_the_window_is_used_up(x_emulator: XEmulator) -> None:
    x_emulator.post_limit = 2
    network = XNetwork.from_env(x_emulator.env(), timeout=1.0)
    assert network is not None
    network.publish(message("one"), "1")
    network.publish(message("two"), "2")
    with pytest.raises(RateLimited) as caught:
        network.publish(message("three"), "3")
    assert caught.value.retry_at is not None
    assert caught.value.retry_at > datetime.now(UTC)


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_transient(x: XNetwork, x_emulator: XEmulator, status: int) -> None:
    x_emulator.server_error_next(status)
    with pytest.raises(Transient, match="server error"):
        x.publish(message(), "k")


@pytest.mark.slow
def test_slow_answer_is_transient_and_the_post_is_found_afterwards(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    since = datetime.now(UTC)
    x_emulator.slow_next(delay=2.5)  # the client's timeout is 1 s
    with pytest.raises(Transient, match="did not answer in time"):
        x.publish(message(), "k")
    assert x_emulator.wait_for_posts(1, timeout=5)
    found = x.find_existing(URL, since)
    assert found is not None and found.remote_id == x_emulator.posts[0].id


@pytest.mark.slow
def test_accepted_then_timed_out_is_reconciled_not_reposted(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    since = datetime.now(UTC)
    x_emulator.accept_then_hang(delay=3)
    with pytest.raises(Transient):
        x.publish(message(), "k")
    (tweet,) = x_emulator.posts
    assert x.find_existing(URL, since) == RemotePost(
        tweet.id, f"https://x.com/RoundsPediatrics/status/{tweet.id}"
    )


def test_accepted_then_connection_dropped_is_transient(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    since = datetime.now(UTC)
    x_emulator.accept_then_drop()
    with pytest.raises(Transient, match="connection to X failed"):
        x.publish(message(), "k")
    assert x.find_existing(URL, since) is not None


def test_dropped_before_accepting_finds_nothing(x: XNetwork, x_emulator: XEmulator) -> None:
    since = datetime.now(UTC)
    x_emulator.drop_next()
    with pytest.raises(Transient):
        x.publish(message(), "k")
    assert x_emulator.posts == []
    assert x.find_existing(URL, since) is None


def test_unreachable_x_is_transient(x_emulator: XEmulator) -> None:
    env = x_emulator.env()
    x_emulator.stop()
    network = XNetwork.from_env(env, timeout=1.0)
    assert network is not None
    with pytest.raises(Transient):
        network.publish(message(), "k")


# --- refusals: reason and fix for a person --------------------------------------------


def test_wrong_secret_is_rejected_with_how_to_fix(x_emulator: XEmulator) -> None:
    env = {**x_emulator.env(), "X_ACCESS_TOKEN_SECRET": "not-the-secret"}
    network = XNetwork.from_env(env, timeout=1.0)
    assert network is not None
    with pytest.raises(Rejected) as caught:
        network.publish(message(), "k")
    assert "access keys" in str(caught.value)
    assert "X_ACCESS_TOKEN_SECRET" in caught.value.fix and "regenerate" in caught.value.fix
    assert x_emulator.posts == []


def test_read_only_app_is_rejected_with_the_permission_fix(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    x_emulator.forbidden_next("oauth1-permissions")
    with pytest.raises(Rejected) as caught:
        x.publish(message(), "k")
    assert "Read and write" in caught.value.fix and "regenerate" in caught.value.fix


def test_app_outside_a_project_is_rejected(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.forbidden_next("client-not-enrolled")
    with pytest.raises(Rejected) as caught:
        x.publish(message(), "k")
    assert "Project" in caught.value.fix


def test_no_credits_left_is_rejected(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.credits_depleted_next()
    with pytest.raises(Rejected) as caught:
        x.publish(message(), "k")
    assert "credits" in caught.value.fix


def test_text_x_refuses_is_rejected_not_retried(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.script(Scripted("status", "POST", CREATE, 400, {
        "title": "Invalid Request", "detail": "One or more parameters to your request was "
        "invalid.", "type": "https://api.twitter.com/2/problems/invalid-request"}))
    with pytest.raises(Rejected, match="invalid"):
        x.publish(message("A fine text."), "k")
    assert x_emulator.posts == []


def test_over_long_text_is_refused_before_any_request(x: XNetwork, x_emulator: XEmulator) -> None:
    with pytest.raises(Rejected, match="over its limit of 280"):
        x.publish(message("x" * 281), "k")
    assert [r for r in x_emulator.requests if r.method == "POST"] == []


def test_revoked_token_while_checking_the_account(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.unauthorized_next(method="GET", path="/2/users/me")
    with pytest.raises(Rejected):
        x.account()


def test_no_error_message_carries_a_credential(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.server_error_next()
    x_emulator.rate_limit_next()
    x_emulator.forbidden_next()
    x_emulator.unauthorized_next()
    x_emulator.accept_then_drop()
    errors: list[NetworkError] = []
    for index in range(5):
        with pytest.raises(NetworkError) as caught:
            x.publish(message(f"note {index}"), "k")
        errors.append(caught.value)
    for error in errors:
        shown = f"{error} {getattr(error, 'fix', '')} {error!r}"
        assert not any(secret in shown for secret in SECRETS)


# --- reconciliation -------------------------------------------------------------------


def test_find_existing_matches_the_expanded_link_not_the_t_co_text(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    since = datetime.now(UTC)
    x.publish(message(), "k")
    assert URL not in x_emulator.posts[0].text  # X shows a t.co link
    assert x.find_existing(URL, since) is not None
    assert x.find_existing("http://Rounds-Pediatrics.com/notes/2026-11-02-fever.html/", since)
    assert x.find_existing(URL.replace("fever", "cough"), since) is None
    timeline = [r for r in x_emulator.requests if r.path.endswith("/tweets") and r.method == "GET"]
    assert "entities" in timeline[0].query["tweet.fields"][0]


def test_find_existing_ignores_posts_before_since(x: XNetwork, x_emulator: XEmulator) -> None:
    x_emulator.add_existing(f"Old post {URL}", datetime.now(UTC) - timedelta(days=3))
    assert x.find_existing(URL, datetime.now(UTC) - timedelta(days=1)) is None
    assert x.find_existing(URL, datetime.now(UTC) - timedelta(days=4)) is not None


def test_find_existing_reads_past_the_first_page(x: XNetwork, x_emulator: XEmulator) -> None:
    start = datetime.now(UTC) - timedelta(hours=2)
    target = x_emulator.add_existing(f"Ours {URL}", start + timedelta(minutes=1))
    for index in range(150):
        x_emulator.add_existing(f"Other note {index}", start + timedelta(minutes=2))
    found = x.find_existing(URL, start)
    assert found is not None and found.remote_id == target.id


def test_normalize_url_treats_equivalent_forms_alike() -> None:
    assert normalize_url("HTTP://Example.com:443/a/#top") == normalize_url("https://example.com/a")
    assert normalize_url("https://example.com/a?x=1") != normalize_url("https://example.com/a")


# --- tweepy's own path to api.twitter.com (no base URL), faked with `responses` -------


@responses.activate
def test_unmodified_tweepy_path_to_api_twitter_com_maps_answers() -> None:
    network = XNetwork.from_env(CREDENTIALS, timeout=7.0)
    assert network is not None
    me = {"data": {"id": "42", "name": "Rounds", "username": "rounds"}}
    responses.get("https://api.twitter.com/2/users/me", json=me)
    created = {
        "data": {"id": "1861", "text": "Hi https://t.co/abc", "edit_history_tweet_ids": ["1861"]}
    }
    responses.post("https://api.twitter.com/2/tweets", json=created, status=201)
    responses.post("https://api.twitter.com/2/tweets", json=DUPLICATE_BODY, status=403)
    responses.post(
        "https://api.twitter.com/2/tweets", json=TOO_MANY_REQUESTS_BODY, status=429,
        headers={"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0",
                 "x-rate-limit-reset": "1795000000"},
    )
    responses.post("https://api.twitter.com/2/tweets", json=UNAUTHORIZED_BODY, status=401)
    responses.post("https://api.twitter.com/2/tweets", body=requests.ConnectTimeout("slow"))

    assert network.publish(message(), "k") == RemotePost("1861", "https://x.com/rounds/status/1861")
    with pytest.raises(AlreadyPosted):
        network.publish(message(), "k")
    with pytest.raises(RateLimited) as limited:
        network.publish(message(), "k")
    assert limited.value.retry_at == datetime.fromtimestamp(1795000000, UTC)
    with pytest.raises(Rejected):
        network.publish(message(), "k")
    with pytest.raises(Transient):
        network.publish(message(), "k")

    post_call = responses.calls[1]
    assert post_call.request.url == "https://api.twitter.com/2/tweets"
    authorization = post_call.request.headers["Authorization"]
    assert authorization.startswith("OAuth ") and 'oauth_consumer_key="emulator-consumer-key"' in (
        authorization
    )
    assert post_call.request.req_kwargs["timeout"] == 7.0


def test_find_existing_with_a_clock_ahead_of_x_still_asks_a_valid_window(
    x: XNetwork, x_emulator: XEmulator
) -> None:
    x.publish(message(), "k")
    assert x.find_existing(URL, datetime.now(UTC) + timedelta(minutes=30)) is not None


def test_credentials_stay_out_of_debug_logs(
    x_emulator: XEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    network = XNetwork.from_env(x_emulator.env(), timeout=1.0)
    assert network is not None
    network.publish(message(), "k")
    network.find_existing(URL, datetime.now(UTC) - timedelta(hours=1))
    assert "Making API request" in caplog.text  # DEBUG logging was on
    assert not any(secret in caplog.text for secret in SECRETS)


def test_the_image_goes_through_the_v2_media_endpoints_with_its_alt_text(
        x: XNetwork, x_emulator: XEmulator) -> None:
    picture = png(900, 700)
    with served(picture, "/images/thermometer.png") as url:
        x.publish(replace(message(), image=Image(url, "A digital thermometer")), "k")
    (media_id,) = x_emulator.posts[0].media_ids
    media = x_emulator.media[media_id]
    assert media["data"] == picture and media["finalized"] is True
    assert media["alt"] == "A digital thermometer" and media["type"] == "image/png"
    paths = [r.path for r in x_emulator.requests if r.path.startswith("/2/media")]
    assert paths == ["/2/media/upload/initialize", f"/2/media/upload/{media_id}/append",
                     f"/2/media/upload/{media_id}/finalize", "/2/media/metadata"]
    assert all(x_emulator.authorized(r) for r in x_emulator.requests
               if r.path.startswith("/2/media"))


def test_reply_settings_are_sent_when_set(x_emulator: XEmulator) -> None:
    network = XNetwork.from_env(x_emulator.env(), options={"reply_settings": "following"})
    network.publish(message(), "k")
    created = [r for r in x_emulator.requests if r.path == "/2/tweets"]
    assert created[0].json()["reply_settings"] == "following"
