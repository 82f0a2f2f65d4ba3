"""An X API v2 emulator: a real HTTP server on 127.0.0.1 that answers like X does.

Tests drive the real adapter (tweepy over requests) against it, so the bytes on the wire,
the OAuth 1.0a signature, the status codes, headers and error bodies are X's, not a mock's:

- `POST /2/tweets` → 201 `{"data": {"id", "text", "edit_history_tweet_ids"}}`, the text
  coming back with every link rewritten to a `https://t.co/…` link, as X does.
- The same text posted twice → 403 with X's duplicate-content body.
- A request without a valid OAuth 1.0a signature (wrong key, wrong secret, no header) → 401.
- A text over 280 weighted characters (counted by the independent twitter-text-parser
  package, not by Rounds' own counter) → 400 "Invalid Request", so an end-to-end test also
  catches a composer that miscounts.
- `GET /2/users/me`; `GET /2/users/:id/tweets` (newest first, `start_time`, `max_results`,
  `pagination_token`); `entities.urls[].expanded_url` only when `tweet.fields` asks for
  `entities`, `created_at` only when it asks for `created_at`.
- Images through the v2 media endpoints: `POST /2/media/upload/initialize` (JSON
  media_type, total_bytes, media_category) → `/2/media/upload/:id/append` (multipart
  `media`, `segment_index`) → `/2/media/upload/:id/finalize` (400 when the bytes do not add
  up to total_bytes), then `POST /2/media/metadata` with `alt_text`; a post's
  `media.media_ids` must name finalized media (400 otherwise). `media` records each upload
  (bytes, alt text).
- Every create answers `x-rate-limit-limit/remaining/reset`; past `post_limit` creates in
  the window, `POST /2/tweets` answers 429 with X's body. Errors with a `title` are
  `application/problem+json`; the `Server` header is X's edge (`tsa_b`).

The server, the request log (`requests`, each checked with `authorized(request)`) and the
scripted failures are the shared `fakes.http_fake.FakeServer`'s. The helpers
`rate_limit_next`, `server_error_next`, `slow_next`, `accept_then_hang`, `accept_then_drop`,
`drop_next`, `unauthorized_next`, `forbidden_next` and `credits_depleted_next` script X's
own answers, consumed in order by the next matching request. `accept_then_hang` /
`accept_then_drop` are the "X accepted the post but the client never heard" case: the post
exists (it is in `posts` and in the user's timeline), the client times out or loses the
connection.

Use: the pytest fixture `x_emulator` (tests/syndication/conftest.py), `XEmulator().start()`
from any Python code (`.base_url`, `.env()`, `.stop()`), or `python -m fakes.x_emulator
[--port N]` from the tests/ folder (prints the base URL and the environment a Rounds process
needs, then serves until killed). A Rounds process (e.g. `invoke publish` in a subprocess)
targets it through `ROUNDS_X_API_BASE_URL` plus the fake credentials in `emulator.env()`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from oauthlib.oauth1.rfc5849 import signature as oauth_signature
from oauthlib.oauth1.rfc5849 import utils as oauth_utils
from twitter_text import extract_urls_with_indices, parse_tweet

from fakes.http_fake import Answer, FakeServer, Request, Scripted

#: Fake credentials the emulator accepts. Not secrets: they only open this local fake.
CREDENTIALS = {
    "X_API_KEY": "emulator-consumer-key",
    "X_API_KEY_SECRET": "emulator-consumer-secret",
    "X_ACCESS_TOKEN": "1500000000000000001-emulatoraccesstoken",
    "X_ACCESS_TOKEN_SECRET": "emulator-access-token-secret",
}
BASE_URL_VARIABLE = "ROUNDS_X_API_BASE_URL"

# X's own bodies (application/problem+json shape of API v2).
DUPLICATE_BODY = {
    "detail": "You are not allowed to create a Tweet with duplicate content.",
    "type": "about:blank",
    "title": "Forbidden",
    "status": 403,
}
UNAUTHORIZED_BODY = {
    "title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized",
}
TOO_MANY_REQUESTS_BODY = {
    "title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
    "status": 429,
}
SERVICE_UNAVAILABLE_BODY = {
    "title": "Service Unavailable", "detail": "Service Unavailable", "type": "about:blank",
    "status": 503,
}
OAUTH1_PERMISSIONS_BODY = {
    "title": "Forbidden",
    "detail": "Your client app is not configured with the appropriate oauth1 app permissions "
    "for this endpoint.",
    "type": "https://api.twitter.com/2/problems/oauth1-permissions",
    "status": 403,
}
CLIENT_NOT_ENROLLED_BODY = {
    "title": "Client Forbidden",
    "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use keys "
    "and tokens from a Twitter developer App that is attached to a Project. You can create a "
    "project via the developer portal.",
    "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
    "required_enrollment": "Appropriate Level of API Access",
    "reason": "client-not-enrolled",
    "type": "https://api.twitter.com/2/problems/client-forbidden",
}
CREDITS_DEPLETED_BODY = {
    "title": "CreditsDepleted",
    "detail": "Your enrolled account does not have any credits to fulfill this request.",
    "type": "https://api.twitter.com/2/problems/credits",
}

WINDOW_SECONDS = 15 * 60
CREATE = "/2/tweets"
NOT_FOUND_BODY = {
    "errors": [{"message": "The requested resource could not be found."}],
    "title": "Not Found Error", "detail": "Sorry, that page does not exist.",
    "type": "about:blank", "status": 404,
}


@dataclass
class Tweet:
    id: str
    text: str
    #: The text as the client sent it (links not rewritten).
    sent_text: str
    author_id: str
    created_at: datetime
    urls: list[dict[str, object]]
    media_ids: list[str] = field(default_factory=list)

    def as_json(self, fields: set[str]) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.id, "text": self.text, "edit_history_tweet_ids": [self.id],
        }
        if "created_at" in fields:
            data["created_at"] = _iso(self.created_at)
        if "author_id" in fields:
            data["author_id"] = self.author_id
        if "entities" in fields and self.urls:
            data["entities"] = {"urls": self.urls}
        return data


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class XEmulator(FakeServer):
    """The state of the fake X (one user), served by the shared `FakeServer`."""

    thread_name = "x-emulator"
    server_software = "tsa_b"  # what X's edge calls itself

    def __init__(
        self,
        *,
        user_id: str = "1500000000000000001",
        username: str = "RoundsPediatrics",
        name: str = "Rounds Pediatrics",
        credentials: Mapping[str, str] = CREDENTIALS,
        post_limit: int = 100,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.user_id = user_id
        self.username = username
        self.name = name
        self.credentials = dict(credentials)
        self.post_limit = post_limit
        self.clock = clock
        self.tweets: list[Tweet] = []
        #: media id → {"type", "total", "data", "finalized", "alt"} (v2 media upload).
        self.media: dict[str, dict[str, object]] = {}
        self._next_id = 1_860_000_000_000_000_000
        self._window_start = clock()
        self._window_posts = 0

    def env(self) -> dict[str, str]:
        """The environment a Rounds process needs to post here instead of to X."""
        return {**self.credentials, BASE_URL_VARIABLE: self.base_url}

    # -- scripting ------------------------------------------------------------------------

    def rate_limit_next(self, reset_at: int | None = None, *, remaining: int = 0) -> None:
        """The next post answers 429; `x-rate-limit-reset` is `reset_at` (epoch seconds)."""
        reset = int(reset_at if reset_at is not None else self.clock() + WINDOW_SECONDS)
        self.script(Scripted(
            "status", "POST", CREATE, 429, TOO_MANY_REQUESTS_BODY,
            {
                "x-rate-limit-limit": str(self.post_limit),
                "x-rate-limit-remaining": str(remaining),
                "x-rate-limit-reset": str(reset),
            },
        ))

    def server_error_next(self, status: int = 503, *, times: int = 1) -> None:
        body = dict(SERVICE_UNAVAILABLE_BODY) if status == 503 else {
            "title": "Internal Server Error", "detail": "Internal Server Error",
            "type": "about:blank", "status": status,
        }
        self.script(*(Scripted("status", "POST", CREATE, status, body) for _ in range(times)))

    def unauthorized_next(self, *, method: str = "POST", path: str = CREATE) -> None:
        self.script(Scripted("status", method, path, 401, UNAUTHORIZED_BODY))

    def forbidden_next(self, reason: str = "oauth1-permissions") -> None:
        """403 for a reason other than duplicate content ("oauth1-permissions" when the app
        is read-only, "client-not-enrolled" when it is not in a Project)."""
        body = {
            "oauth1-permissions": OAUTH1_PERMISSIONS_BODY,
            "client-not-enrolled": CLIENT_NOT_ENROLLED_BODY,
        }[reason]
        self.script(Scripted("status", "POST", CREATE, 403, body))

    def credits_depleted_next(self) -> None:
        self.script(Scripted("status", "POST", CREATE, 402, CREDITS_DEPLETED_BODY))

    def slow_next(self, delay: float, *, method: str = "POST", path: str = CREATE) -> None:
        """Handle the request only after `delay` seconds, then normally. Past the client's
        timeout the client gives up, yet the post is created a moment later, as a slow X
        does: the outcome is unknown to the client, and reconciliation must find the post."""
        self.script(Scripted("slow", method, path, delay=delay))

    def accept_then_hang(self, delay: float = 30.0) -> None:
        """Create the post, then wait `delay` seconds before answering."""
        self.script(Scripted("accept_then_hang", "POST", CREATE, delay=delay))

    def accept_then_drop(self) -> None:
        """Create the post, then close the connection without answering."""
        self.script(Scripted("accept_then_drop", "POST", CREATE))

    def drop_next(self, *, method: str = "POST", path: str = CREATE) -> None:
        self.script(Scripted("drop", method, path))

    # -- observation ----------------------------------------------------------------------

    @property
    def posts(self) -> list[Tweet]:
        """Every post X accepted, oldest first."""
        with self.lock:
            return list(self.tweets)

    @property
    def create_calls(self) -> int:
        """Requests that asked X to create a post, whatever the answer (a scripted one too)."""
        with self.lock:
            return sum(1 for r in self.requests if r.method == "POST" and r.path == CREATE)

    def wait_for_posts(self, count: int, timeout: float = 10.0) -> bool:
        """Block until `count` posts exist (e.g. before killing a publishing subprocess)."""
        return self.wait_until(lambda: len(self.tweets) >= count, timeout)

    def add_existing(self, text: str, created_at: datetime | None = None) -> Tweet:
        """A post made before the test (e.g. by hand on x.com), for reconciliation tests."""
        with self.changed:
            return self._create(text, created_at or datetime.now(UTC))

    # -- X's behaviour --------------------------------------------------------------------

    def content_type(self, status: int, payload: Any) -> str:
        """X answers its errors as RFC 7807 problems."""
        if status >= 400 and isinstance(payload, Mapping) and "title" in payload:
            return "application/problem+json"
        return super().content_type(status, payload)

    def route(self, request: Request) -> tuple[Any, ...]:
        if not self.authorized(request):
            raise Answer(401, UNAUTHORIZED_BODY)
        if request.method == "POST" and request.path.startswith("/2/media/"):
            return self.handle_media(request)
        if request.method == "POST" and request.path == CREATE:
            return self.handle_create(_json_or_none(request))
        if request.method == "GET" and request.path == "/2/users/me":
            return self.handle_me()
        segments = request.path.strip("/").split("/")
        if request.method == "GET" and len(segments) == 4 and segments[:2] == ["2", "users"] \
                and segments[3] == "tweets":
            return self.handle_timeline(segments[2], request.query)
        return 404, NOT_FOUND_BODY

    def _create(self, sent_text: str, created_at: datetime) -> Tweet:
        """Under the lock: store a post, its links rewritten to t.co as X does."""
        self._next_id += 1 + (self._next_id % 7)
        tweet_id = str(self._next_id)
        text, urls = _rewrite_links(sent_text, tweet_id)
        tweet = Tweet(tweet_id, text, sent_text, self.user_id, created_at, urls)
        self.tweets.append(tweet)
        self.changed.notify_all()
        return tweet

    def _rate_headers(self) -> dict[str, str]:
        now = self.clock()
        if now - self._window_start >= WINDOW_SECONDS:
            self._window_start, self._window_posts = now, 0
        return {
            "x-rate-limit-limit": str(self.post_limit),
            "x-rate-limit-remaining": str(max(0, self.post_limit - self._window_posts)),
            "x-rate-limit-reset": str(int(self._window_start + WINDOW_SECONDS)),
        }

    def handle_media(self, request: Request) -> tuple[int, dict[str, object]]:
        """The v2 media upload: initialize → append → finalize, then the alt-text metadata."""
        path = request.path
        with self.lock:
            if path == "/2/media/upload/initialize":
                body = request.json()
                total = int(body.get("total_bytes") or 0)
                if not body.get("media_type") or total <= 0:
                    return 400, _invalid_request("total_bytes", total, "Invalid media.")
                self._next_id += 3
                media_id = str(self._next_id)
                self.media[media_id] = {"type": body["media_type"], "total": total,
                                        "data": b"", "finalized": False, "alt": None}
                return 200, {"data": {"id": media_id, "media_key": f"3_{media_id}",
                                      "expires_after_secs": 86400}}
            if path == "/2/media/metadata":
                body = request.json()
                media = self.media.get(str(body.get("id")))
                alt = ((body.get("metadata") or {}).get("alt_text") or {}).get("text")
                if media is None or not media["finalized"]:
                    return 400, _invalid_request("id", body.get("id"), "Unknown media id.")
                if not isinstance(alt, str) or not 0 < len(alt) <= 1000:
                    return 400, _invalid_request("alt_text", alt, "Alt text 1-1000 chars.")
                media["alt"] = alt
                return 200, {"data": {"associated_metadata": True, "id": body["id"]}}
            segments = path.strip("/").split("/")  # 2 media upload <id> append|finalize
            media = self.media.get(segments[3]) if len(segments) == 5 else None
            if media is None:
                return 400, _invalid_request("id", path, "Unknown media id.")
            if segments[4] == "append":
                for part in request.parts():
                    if part.name == "media":
                        media["data"] = bytes(media["data"]) + part.payload
                return 200, {"data": {"expires_at": 0}}
            if segments[4] == "finalize":
                if len(bytes(media["data"])) != media["total"]:
                    return 400, _invalid_request("total_bytes", media["total"],
                                                 "Segments do not add up to total_bytes.")
                media["finalized"] = True
                return 200, {"data": {"id": segments[3], "media_key": f"3_{segments[3]}",
                                      "size": media["total"], "expires_after_secs": 86400}}
            return 404, {"title": "Not Found Error", "detail": path, "type": "about:blank"}

    def handle_create(self, body: object) -> tuple[int, dict[str, object], dict[str, str]]:
        text = body.get("text") if isinstance(body, dict) else None
        media_ids = [str(m) for m in ((body.get("media") or {}).get("media_ids") or [])] \
            if isinstance(body, dict) else []
        with self.changed:
            if any(not (self.media.get(m) or {}).get("finalized") for m in media_ids):
                return 400, _invalid_request("media.media_ids", media_ids,
                                             "Your media IDs are invalid."), {}
            headers = self._rate_headers()
            if self._window_posts >= self.post_limit:
                return 429, TOO_MANY_REQUESTS_BODY, headers
            if not isinstance(text, str) or not text.strip():
                return 400, _invalid_request("text", text, "Tweet text is empty."), headers
            if not parse_tweet(text).valid:
                return 400, _invalid_request("text", text, "Tweet text is too long."), headers
            if any(tweet.sent_text.strip() == text.strip() for tweet in self.tweets):
                return 403, DUPLICATE_BODY, headers
            self._window_posts += 1
            headers = self._rate_headers()
            tweet = self._create(text, datetime.fromtimestamp(self.clock(), UTC))
            tweet.media_ids = media_ids
        data = {"id": tweet.id, "text": tweet.text, "edit_history_tweet_ids": [tweet.id]}
        return 201, {"data": data}, headers

    def handle_me(self) -> tuple[int, dict[str, object]]:
        return 200, {"data": {"id": self.user_id, "name": self.name, "username": self.username}}

    def handle_timeline(
        self, user_id: str, query: Mapping[str, list[str]]
    ) -> tuple[int, dict[str, object]]:
        if user_id != self.user_id:
            return 200, {"errors": [{
                "value": user_id, "detail": f"Could not find user with id: [{user_id}].",
                "title": "Not Found Error", "resource_type": "user", "parameter": "id",
                "resource_id": user_id,
                "type": "https://api.twitter.com/2/problems/resource-not-found",
            }]}
        fields = {f for value in query.get("tweet.fields", []) for f in value.split(",")}
        limit = int(query.get("max_results", ["10"])[0])
        if not 5 <= limit <= 100:
            return 400, _invalid_request(
                "max_results", str(limit),
                "The `max_results` query parameter value is not between 5 and 100",
            )
        with self.lock:
            tweets = sorted(self.tweets, key=lambda tweet: int(tweet.id), reverse=True)
        if "start_time" in query:
            start = _parse_time(query["start_time"][0])
            if start.timestamp() > self.clock() - 10:
                return 400, _invalid_request(
                    "start_time", query["start_time"][0],
                    f"Invalid 'start_time':'{query['start_time'][0]}'. 'start_time' must be a "
                    "minimum of 10 seconds prior to the request time.",
                )
            tweets = [tweet for tweet in tweets if tweet.created_at >= start]
        if "end_time" in query:
            end = _parse_time(query["end_time"][0])
            tweets = [tweet for tweet in tweets if tweet.created_at <= end]
        offset = int(query.get("pagination_token", ["0"])[0] or 0)
        page = tweets[offset : offset + limit]
        meta: dict[str, object] = {"result_count": len(page)}
        if page:
            meta["newest_id"], meta["oldest_id"] = page[0].id, page[-1].id
        if offset + limit < len(tweets):
            meta["next_token"] = str(offset + limit)
        answer: dict[str, object] = {"meta": meta}
        if page:
            answer["data"] = [tweet.as_json(fields) for tweet in page]
        return 200, answer

    def authorized(self, request: Request) -> bool:
        """Checks the OAuth 1.0a HMAC-SHA1 signature as X does (keys AND secrets)."""
        authorization = request.headers.get("authorization")
        if not authorization or not authorization.startswith("OAuth "):
            return False
        try:
            params = oauth_utils.parse_authorization_header(authorization)
        except ValueError:
            return False
        values = dict(params)
        if values.get("oauth_consumer_key") != self.credentials["X_API_KEY"]:
            return False
        if values.get("oauth_token") != self.credentials["X_ACCESS_TOKEN"]:
            return False
        collected = oauth_signature.collect_parameters(
            uri_query=request.raw_query, headers={"Authorization": authorization},
            exclude_oauth_signature=True,
        )
        base = oauth_signature.signature_base_string(
            request.method,
            oauth_signature.base_string_uri(f"http://{request.headers.get('host')}{request.path}"),
            oauth_signature.normalize_parameters(collected),
        )
        secrets = SimpleNamespace(
            client_secret=self.credentials["X_API_KEY_SECRET"],
            resource_owner_secret=self.credentials["X_ACCESS_TOKEN_SECRET"],
        )
        expected = oauth_signature.sign_hmac_sha1_with_client(base, secrets)
        return oauth_utils.unescape(values.get("oauth_signature", "")) == expected


def _json_or_none(request: Request) -> object:
    """The JSON body, or None when there is none or it is not JSON (X then answers 400)."""
    try:
        return json.loads(request.body) if request.body else None
    except ValueError:
        return None


def _invalid_request(parameter: str, value: object, message: str) -> dict[str, object]:
    return {
        "errors": [{"parameters": {parameter: [value]}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    }


def _rewrite_links(text: str, tweet_id: str) -> tuple[str, list[dict[str, object]]]:
    """X's link wrapping: every URL X's parser finds becomes a 23-character t.co link."""
    pieces: list[str] = []
    entities: list[dict[str, object]] = []
    position = 0
    length = 0
    for found in extract_urls_with_indices(text):
        start, end = found["indices"]
        original = text[start:end]
        pieces.append(text[position:start])
        length += start - position
        slug = hashlib.sha256(f"{tweet_id} {original}".encode()).hexdigest()[:10]
        short = f"https://t.co/{slug}"
        expanded = original if "://" in original else f"http://{original}"
        display = expanded.split("://", 1)[1]
        entities.append({
            "start": length, "end": length + len(short), "url": short,
            "expanded_url": expanded,
            "display_url": display if len(display) <= 26 else display[:25] + "…",
        })
        pieces.append(short)
        length += len(short)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), entities


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a local X API v2 emulator.")
    parser.add_argument("--port", type=int, default=0)
    arguments = parser.parse_args(argv)
    emulator = XEmulator().start(port=arguments.port)
    print(emulator.base_url, flush=True)
    for name, value in emulator.env().items():
        print(f"{name}={value}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
