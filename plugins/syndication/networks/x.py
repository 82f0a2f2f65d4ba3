"""X (Twitter) adapter: one post through `tweepy.Client.create_tweet`, OAuth 1.0a user context.

Thin by design (see networks/base.py): it sends, and it translates X's answers into the
interface's results and exceptions, each with a message a non-developer can act on:

- 201 → `RemotePost(id, "https://x.com/<username>/status/<id>")`
- 403 "duplicate content" → `AlreadyPosted` (X refuses the same text twice: it was posted)
- 429 → `RateLimited(retry_at)` from the `x-rate-limit-reset` header
- 5xx, timeouts, dropped connections → `Transient` (the post may or may not exist: the engine
  reconciles with `find_existing` before any resend)
- 401, other 403s, 402 (no credits), 400 → `Rejected(reason, fix)`

X has no idempotency key; reconciliation is by looking for the post's URL among the
account's recent posts (`find_existing`), where X keeps the original link in
`entities.urls[].expanded_url` (the text only shows a t.co link).

`ROUNDS_X_API_BASE_URL` (optional) sends every request to another host instead of
https://api.twitter.com: it exists for the tests' local X emulator and for a self-hosted
proxy. Credentials are only read from the environment and never printed: `repr()` and every
error message leave them out.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import tweepy
from common.commands import command
from requests_oauthlib import OAuth1

from ..counting import X_RULES, CountingRules, weighted_length
from ..model import Message
from . import registry
from .base import (
    AlreadyPosted,
    NetworkError,
    RateLimited,
    Rejected,
    RemotePost,
    Transient,
    fetch_image,
)

#: The host tweepy hard-codes in `BaseClient.request`.
TWEEPY_HOST = "https://api.twitter.com"
BASE_URL_VARIABLE = "ROUNDS_X_API_BASE_URL"
DEFAULT_TIMEOUT = 15.0
#: X's `reply_settings` values (None: everyone may reply).
REPLY_SETTINGS = ("following", "mentionedUsers", "subscribers")
#: Bytes per `append` of the media upload (X accepts up to 5 MB a segment).
MEDIA_SEGMENT = 4 * 1024 * 1024
#: How far back (and how many pages of 100) reconciliation looks.
RECONCILE_MARGIN = timedelta(minutes=10)
RECONCILE_PAGES = 5

PORTAL = "the X developer portal (developer.x.com → Projects & Apps → your app)"
FIX_CREDENTIALS = (
    f"In {PORTAL}, open 'Keys and tokens', regenerate the API Key and Secret and the Access "
    "Token and Secret, and put the four values in the .env file as X_API_KEY, "
    "X_API_KEY_SECRET, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET."
)
FIX_PERMISSIONS = (
    f"In {PORTAL}, set 'User authentication settings' → App permissions to 'Read and write', "
    "then regenerate the Access Token and Secret (tokens made before the change stay "
    "read-only) and update X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET in the .env file."
)
FIX_PROJECT = (
    f"In {PORTAL}, make sure the app belongs to a Project with API access that allows "
    "posting, then regenerate the keys and tokens and update the .env file."
)
FIX_CREDITS = (
    f"Posting on X is paid per post: add credits or change the plan in {PORTAL}, then run "
    f"`{command('syndicate')}`."
)
FIX_INVALID = (
    "X refused the text itself. Shorten or change the note's text (or its `x:` line) and run "
    f"`{command('syndicate')}`; if the text looks fine, report it as a Rounds bug."
)
FIX_OTHER = (
    f"Check the account and the app in {PORTAL} (suspended or locked accounts cannot post), "
    f"then run `{command('syndicate')}`."
)


#: Libraries under tweepy that write the consumer key and access token into DEBUG logs
#: (oauthlib's signature base string, requests-oauthlib's signed headers).
_CREDENTIAL_LOGGERS = ("oauthlib", "requests_oauthlib")


def _silence_credential_logging() -> None:
    """Keep credentials out of every log, even when someone turns on DEBUG logging."""
    for name in _CREDENTIAL_LOGGERS:
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING:
            logger.setLevel(logging.WARNING)


class _RoutedSession(requests.Session):
    """tweepy's session with two things tweepy does not offer: another host (tweepy
    hard-codes api.twitter.com) and a timeout (tweepy sets none, so a hung X would hang the
    publish). Replacing the session keeps all of tweepy's own request code in use."""

    def __init__(self, base_url: str | None, timeout: float) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/") if base_url else None
        self.timeout = timeout

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        if self.base_url and isinstance(url, str) and url.startswith(TWEEPY_HOST):
            url = self.base_url + url[len(TWEEPY_HOST) :]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def normalize_url(url: str) -> str:
    """A URL in the form used to compare a note's URL with X's `expanded_url`: scheme and
    host lower-cased and not distinguished (http = https, www. kept), no default port, no
    fragment, no trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, parts.query, ""))


class XNetwork:
    """A connected X account (the `Network` protocol of networks/base.py)."""

    name = "x"

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        access_token: str,
        access_token_secret: str,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        reply_settings: str | None = None,
    ) -> None:
        if reply_settings is not None and reply_settings not in REPLY_SETTINGS:
            raise Rejected(f"SYNDICATION_X_REPLY_SETTINGS is {reply_settings!r}.",
                           f"use None (everyone) or one of {', '.join(REPLY_SETTINGS)}.")
        self.base_url = base_url.rstrip("/") if base_url else None
        #: Who may reply (SYNDICATION_X_REPLY_SETTINGS): None = everyone.
        self.reply_settings = reply_settings
        self.timeout = timeout
        _silence_credential_logging()
        self._client = tweepy.Client(
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            access_token=access_token,
            access_token_secret=access_token_secret,
            return_type=dict,
            wait_on_rate_limit=False,
        )
        self._client.session = _RoutedSession(self.base_url, timeout)
        self._me: dict[str, str] | None = None

    @classmethod
    def from_env(
        cls, env: Mapping[str, str], prefix: str = "X", *,
        options: Mapping[str, Any] | None = None, timeout: float = DEFAULT_TIMEOUT,
    ) -> XNetwork | None:
        """The account from <prefix>_API_KEY, _API_KEY_SECRET, _ACCESS_TOKEN and
        _ACCESS_TOKEN_SECRET (prefix "X" for the default channel, "X_DRLEE" for another); None
        (preview mode) when any of them is missing or empty."""
        found = registry.spec("x").credentials_from(env, prefix)
        if found is None:
            return None
        # ROUNDS_X_DRLEE_API_BASE_URL for one channel, else ROUNDS_X_API_BASE_URL for all.
        base_url = (env.get(f"ROUNDS_{prefix}_API_BASE_URL") or env.get(BASE_URL_VARIABLE)
                    or "").strip() or None
        return cls(found["API_KEY"], found["API_KEY_SECRET"], found["ACCESS_TOKEN"],
                   found["ACCESS_TOKEN_SECRET"], base_url=base_url, timeout=timeout,
                   reply_settings=(options or {}).get("reply_settings"))

    def __repr__(self) -> str:
        host = self.base_url or TWEEPY_HOST
        return f"XNetwork(host={host!r}, timeout={self.timeout}, credentials=<hidden>)"

    __str__ = __repr__

    # -- the Network interface ------------------------------------------------------------

    def account(self) -> str:
        """ "x:<user id>:@<username>" of the account the access token belongs to."""
        me = self._whoami()
        return f"x:{me['id']}:@{me['username']}"

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        """Posts `message.text`. X has no idempotency key: `idempotency_key` is unused here
        (exactly-once on X rests on the ledger and `find_existing`)."""
        length = weighted_length(message.text, X_RULES)
        if length > X_RULES.limit:
            raise Rejected(f"The message is {length} characters as X counts them, over its "
                           f"limit of {X_RULES.limit}; it was not sent.",
                           "shorten the note's text or its `x:` line, then run "
                           f"`{command('syndicate')}`.")
        me = self._whoami()  # before posting: a post must never happen without its URL
        media_ids = None
        if message.image is not None and message.image.alt:
            media_ids = [self._upload(message.image.url, message.image.alt)]
        try:
            answer = self._client.create_tweet(text=message.text, user_auth=True,
                                               reply_settings=self.reply_settings,
                                               media_ids=media_ids)
        except Exception as error:
            raise translate(error, action="posting to X") from None
        try:
            tweet_id = str(answer["data"]["id"])
        except (KeyError, TypeError):
            raise Transient(
                "X answered the post without a post id; it may or may not have been posted."
            ) from None
        return RemotePost(tweet_id, self.status_url(me["username"], tweet_id))

    def counting_rules(self) -> CountingRules:
        return X_RULES

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        """The account's post linking to `url` made after `since` (minus a few minutes for
        clock differences), found through `entities.urls[].expanded_url`."""
        me = self._whoami()
        wanted = normalize_url(url)
        start = since.astimezone(UTC) if since.tzinfo else since.replace(tzinfo=UTC)
        # X refuses a start_time less than 10 s before the request (400): a `since` from a
        # clock ahead of X's must not turn reconciliation into a refusal.
        start = min(start - RECONCILE_MARGIN, datetime.now(UTC) - timedelta(seconds=30))
        token: str | None = None
        for _ in range(RECONCILE_PAGES):
            try:
                answer = self._client.get_users_tweets(
                    me["id"], user_auth=True, max_results=100, start_time=start,
                    tweet_fields=["entities", "created_at"], pagination_token=token,
                )
            except Exception as error:
                raise translate(error, action="looking for earlier posts on X") from None
            for tweet in answer.get("data") or []:
                if _links_to(tweet, wanted, url):
                    tweet_id = str(tweet["id"])
                    return RemotePost(tweet_id, self.status_url(me["username"], tweet_id))
            token = (answer.get("meta") or {}).get("next_token")
            if not token:
                break
        return None

    # -- helpers --------------------------------------------------------------------------

    def _upload(self, image_url: str, alt: str) -> str:
        """The note's image through X's v2 media endpoints (tweepy has none, and v1.1's are
        gone): initialize, append in segments, finalize, then the alt text. Same OAuth 1.0a
        credentials as the post. Returns the media id."""
        fetched = fetch_image(image_url, self.timeout)
        data = fetched.content
        mime = (fetched.headers.get("Content-Type") or "").split(";")[0]
        if not mime.startswith("image/"):
            mime = _sniff(data)
        started = self._media("upload/initialize", json={
            "media_type": mime, "total_bytes": len(data), "media_category": "tweet_image"})
        media_id = str(started["data"]["id"])
        name = image_url.rsplit("/", 1)[-1] or "image"
        for index, offset in enumerate(range(0, len(data), MEDIA_SEGMENT)):
            self._media(f"upload/{media_id}/append",
                        files={"media": (name, data[offset:offset + MEDIA_SEGMENT], mime)},
                        data={"segment_index": str(index)})
        self._media(f"upload/{media_id}/finalize")
        self._media("metadata", json={"id": media_id,
                                      "metadata": {"alt_text": {"text": alt[:1000]}}})
        return media_id

    def _media(self, path: str, **body: Any) -> dict[str, Any]:
        """One signed call to /2/media/<path>; X's errors as the interface's exceptions."""
        client = self._client
        auth = OAuth1(client.consumer_key, client_secret=client.consumer_secret,
                      resource_owner_key=client.access_token,
                      resource_owner_secret=client.access_token_secret)
        try:
            answer = client.session.request("POST", f"{TWEEPY_HOST}/2/media/{path}",
                                            auth=auth, **body)
        except requests.RequestException as error:
            raise translate(error, action="uploading the image to X") from None
        if answer.status_code >= 400:
            raise translate(_http_error(answer), action="uploading the image to X")
        try:
            return answer.json() if answer.content else {}
        except ValueError:
            return {}

    @staticmethod
    def status_url(username: str, tweet_id: str) -> str:
        return f"https://x.com/{username}/status/{tweet_id}"

    def _whoami(self) -> dict[str, str]:
        if self._me is None:
            try:
                answer = self._client.get_me(user_auth=True)
            except Exception as error:
                raise translate(error, action="checking the X account") from None
            data = answer.get("data") if isinstance(answer, dict) else None
            if not data or "id" not in data or "username" not in data:
                raise Transient("X did not say which account the access token belongs to.")
            self._me = {"id": str(data["id"]), "username": str(data["username"])}
        return self._me


def _sniff(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"GIF8":
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "image/png"


def _http_error(response: requests.Response) -> tweepy.HTTPException:
    """An HTTP error answer as the tweepy exception tweepy itself would raise for it."""
    status = response.status_code
    kinds: dict[int, type[tweepy.HTTPException]] = {
        400: tweepy.BadRequest, 401: tweepy.Unauthorized, 403: tweepy.Forbidden,
        404: tweepy.NotFound, 429: tweepy.TooManyRequests}
    kind = tweepy.TwitterServerError if status >= 500 else kinds.get(status,
                                                                     tweepy.HTTPException)
    return kind(response)


def _links_to(tweet: Mapping[str, Any], wanted: str, url: str) -> bool:
    entities = tweet.get("entities") or {}
    for link in entities.get("urls") or []:
        for key in ("expanded_url", "unwound_url"):
            if link.get(key) and normalize_url(str(link[key])) == wanted:
                return True
    return url in str(tweet.get("text", ""))


def _detail(error: tweepy.HTTPException) -> str:
    """X's own words, for the person reading the error."""
    try:
        body = error.response.json()
    except Exception:
        body = {}
    if isinstance(body, dict):
        parts = [str(body[key]) for key in ("title", "detail") if body.get(key)]
        parts += [str(item.get("message")) for item in body.get("errors") or []
                  if isinstance(item, dict) and item.get("message")]
        if parts:
            return ": ".join(dict.fromkeys(parts))
    return " ".join(error.api_messages) or f"HTTP {error.response.status_code}"


def _body(error: tweepy.HTTPException) -> Mapping[str, Any]:
    try:
        body = error.response.json()
    except Exception:
        return {}
    return body if isinstance(body, dict) else {}


def translate(error: BaseException, *, action: str) -> NetworkError:
    """An exception from tweepy/requests as the interface's exception (never with secrets:
    tweepy's messages carry X's answer and requests' carry the URL, neither holds a key)."""
    if isinstance(error, NetworkError):
        return error
    if isinstance(error, tweepy.TooManyRequests):
        retry_at = (
            datetime.fromtimestamp(error.reset_time, UTC) if error.reset_time is not None
            else None
        )
        when = f" until {retry_at:%Y-%m-%d %H:%M} UTC" if retry_at else ""
        return RateLimited(f"X's rate limit was reached while {action}; waiting{when}.", retry_at)
    if isinstance(error, tweepy.TwitterServerError):
        return Transient(f"X had a server error while {action} ({_detail(error)}); "
                         "the post may or may not exist, it will be checked and retried.")
    if isinstance(error, tweepy.Unauthorized):
        return Rejected(f"X did not accept the access keys while {action} ({_detail(error)}).",
                        FIX_CREDENTIALS)
    if isinstance(error, tweepy.Forbidden):
        body = _body(error)
        detail = _detail(error)
        text = f"{detail} {' '.join(error.api_messages)}".lower()
        if "duplicate" in text or 187 in error.api_codes:
            return AlreadyPosted(f"X says this exact post already exists ({detail}).")
        kind = str(body.get("type", "")) + " " + str(body.get("reason", ""))
        if "oauth1-permissions" in kind:
            return Rejected(f"The X app may only read, not post ({detail}).", FIX_PERMISSIONS)
        if "client-forbidden" in kind or "client-not-enrolled" in kind:
            return Rejected(f"The X app is not allowed to use this API ({detail}).",
                            FIX_PROJECT)
        return Rejected(f"X refused while {action} ({detail}).", FIX_OTHER)
    if isinstance(error, tweepy.HTTPException):
        status = error.response.status_code
        detail = _detail(error)
        if status == 402:
            return Rejected(f"The X account has no API credits left ({detail}).", FIX_CREDITS)
        if status == 400:
            return Rejected(f"X refused the request as invalid ({detail}).", FIX_INVALID)
        if status in (408, 409):
            return Transient(f"X could not finish while {action} ({detail}); will retry.")
        return Rejected(f"X answered HTTP {status} while {action} ({detail}).", FIX_OTHER)
    if isinstance(error, requests.Timeout):
        return Transient(f"X did not answer in time while {action}; the post may or may not "
                         "exist, it will be checked before any retry.")
    if isinstance(error, requests.RequestException | ValueError):
        # ConnectionError (refused, dropped), bad JSON in an answer: outcome unknown.
        return Transient(f"The connection to X failed while {action} "
                         f"({type(error).__name__}); it will be checked and retried.")
    raise error
