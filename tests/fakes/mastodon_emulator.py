"""A Mastodon server emulator: a real HTTP server on 127.0.0.1 answering like Mastodon 4.x.

The adapter (Mastodon.py over requests) talks to it over the wire, so the form encoding, the
multipart media upload, the headers and the status codes are Mastodon's:

- `GET /api/v1/accounts/verify_credentials` (Bearer token, else 401 {"error": …}).
- `GET /api/v2/instance` → `configuration.statuses.max_characters` and
  `characters_reserved_per_url` (counted: the adapter must cache them).
- `POST /api/v2/media` and the older `/api/v1/media` (both still served by Mastodon 4;
  multipart `file`, `description`) → 200 MediaAttachment.
- `POST /api/v1/statuses` → 200 Status. `Idempotency-Key`: the same key from the same
  account within an hour answers the status it already made (Mastodon's Redis cache);
  a text over the limit (URLs count 23) → 422 "Validation failed: Text character limit of
  N exceeded"; `visibility=direct` is recorded (a test asserts it never happens).
- `GET /api/v1/accounts/:id/statuses` (newest first, `limit`, `max_id`).
- Every answer carries `X-RateLimit-Limit/Remaining/Reset` (ISO 8601); scripted 429s
  answer Mastodon's body with a reset time.

Scripted failures (`rate_limit_next`, `server_error_next`, `unauthorized_next`,
`accept_then_drop`, `drop_next`) are taken by the next matching request.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fakes.http_fake import Answer, FakeServer, Request, Scripted

TOKEN = "emulator-mastodon-token"
IDEMPOTENCY_SECONDS = 3600
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”…]", re.IGNORECASE)


@dataclass
class Status:
    id: str
    text: str
    created_at: datetime
    visibility: str
    language: str | None
    media: list[dict[str, Any]] = field(default_factory=list)
    key: str | None = None


class MastodonEmulator(FakeServer):
    thread_name = "mastodon-emulator"

    def __init__(self, *, token: str = TOKEN, max_characters: int = 500,
                 per_url: int = 23, username: str = "maple") -> None:
        super().__init__()
        self.token = token
        self.max_characters = max_characters
        self.per_url = per_url
        self.username = username
        self.account_id = "109000000000000001"
        self.statuses: list[Status] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.instance_reads = 0
        self.create_calls = 0
        self._keys: dict[str, tuple[float, Status]] = {}
        self._next = 113_000_000_000_000_000

    def env(self, prefix: str = "MASTODON") -> dict[str, str]:
        return {f"{prefix}_API_BASE_URL": self.base_url, f"{prefix}_ACCESS_TOKEN": self.token}

    # -- scripting ------------------------------------------------------------------------

    def rate_limit_next(self, reset_in: float = 300.0) -> datetime:
        reset = datetime.now(UTC) + timedelta(seconds=reset_in)
        self.script(Scripted("status", "POST", "/api/v1/statuses", 429,
                             {"error": "Too many requests"},
                             {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                              "X-RateLimit-Reset": reset.isoformat()}))
        return reset

    def server_error_next(self, status: int = 503, times: int = 1) -> None:
        for _ in range(times):
            self.script(Scripted("status", "POST", "/api/v1/statuses", status,
                                 {"error": "Service Unavailable"}))

    def unauthorized_next(self, path: str = "/api/v1/statuses") -> None:
        self.script(Scripted("status", "POST" if "statuses" in path else "GET", path, 401,
                             {"error": "The access token is invalid"}))

    def accept_then_drop(self) -> None:
        self.script(Scripted("accept_then_drop", "POST", "/api/v1/statuses"))

    def drop_next(self, method: str = "POST", path: str = "/api/v1/statuses") -> None:
        self.script(Scripted("drop", method, path))

    # -- observation ----------------------------------------------------------------------

    @property
    def posts(self) -> list[Status]:
        with self.lock:
            return list(self.statuses)

    def wait_for_posts(self, count: int, timeout: float = 10.0) -> bool:
        return self.wait_until(lambda: len(self.statuses) >= count, timeout)

    def add_existing(self, text: str, created_at: datetime | None = None) -> Status:
        with self.changed:
            return self._create(text, "public", None, [], None, created_at)

    # -- Mastodon's behaviour -------------------------------------------------------------

    def common_headers(self) -> dict[str, str]:
        reset = (datetime.now(UTC) + timedelta(minutes=5)).replace(microsecond=0)
        return {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299",
                "X-RateLimit-Reset": reset.isoformat()}

    def route(self, request: Request) -> tuple[Any, ...]:
        path = request.path.rstrip("/")
        if path == "/api/v2/instance" and request.method == "GET":
            with self.lock:
                self.instance_reads += 1
            return 200, self._instance()
        self._authorise(request)
        if path == "/api/v1/accounts/verify_credentials":
            return 200, self._account()
        if path in ("/api/v1/media", "/api/v2/media") and request.method == "POST":
            return self._upload(request)
        if path == "/api/v1/statuses" and request.method == "POST":
            return self._post(request)
        match = re.fullmatch(r"/api/v1/accounts/(\d+)/statuses", path)
        if match and request.method == "GET":
            return self._timeline(request)
        raise Answer(404, {"error": "Record not found"})

    def _authorise(self, request: Request) -> None:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            raise Answer(401, {"error": "The access token is invalid"})

    def _instance(self) -> dict[str, Any]:
        return {"domain": "127.0.0.1", "version": "4.3.0",
                "configuration": {"statuses": {"max_characters": self.max_characters,
                                               "max_media_attachments": 4,
                                               "characters_reserved_per_url": self.per_url},
                                  "media_attachments": {"image_size_limit": 16777216}}}

    def _account(self) -> dict[str, Any]:
        return {"id": self.account_id, "username": self.username, "acct": self.username,
                "display_name": "Maple Pediatrics", "url": f"{self.base_url}/@{self.username}",
                "created_at": "2026-01-01T00:00:00.000Z", "note": "", "avatar": "",
                "locked": False, "bot": False, "followers_count": 0, "following_count": 0,
                "statuses_count": len(self.statuses)}

    def _upload(self, request: Request) -> tuple[int, Any]:
        fields, files = request.form()
        if "file" not in files:
            raise Answer(422, {"error": "Validation failed: File can't be blank"})
        kind, data = files["file"]
        with self.lock:
            self._next += 1
            media_id = str(self._next)
            media = {"id": media_id, "type": "image", "url": f"{self.base_url}/m/{media_id}",
                     "preview_url": f"{self.base_url}/m/{media_id}/small",
                     "description": (fields.get("description") or [None])[0],
                     "mime": kind, "size": len(data), "blurhash": None, "meta": {}}
            self.media[media_id] = media
        return 200, media

    def _length(self, text: str) -> int:
        return len(_URL.sub("x" * self.per_url, text))

    def _post(self, request: Request) -> tuple[int, Any]:
        fields, _ = request.form()
        text = (fields.get("status") or [""])[0]
        visibility = (fields.get("visibility") or ["public"])[0]
        language = (fields.get("language") or [None])[0]
        media_ids = fields.get("media_ids[]") or fields.get("media_ids") or []
        key = request.headers.get("idempotency-key")
        with self.changed:
            self.create_calls += 1
            if key:
                seen = self._keys.get(key)
                if seen is not None and time.time() - seen[0] < IDEMPOTENCY_SECONDS:
                    return 200, self._json(seen[1])
            if self._length(text) > self.max_characters:
                raise Answer(422, {"error": "Validation failed: Text character limit of "
                                            f"{self.max_characters} exceeded"})
            unknown = [m for m in media_ids if m not in self.media]
            if unknown:
                raise Answer(422, {"error": "Validation failed: Media ids are invalid"})
            status = self._create(text, visibility, language,
                                  [self.media[m] for m in media_ids], key)
            return 200, self._json(status)

    def _create(self, text: str, visibility: str, language: str | None,
                media: list[dict[str, Any]], key: str | None,
                created_at: datetime | None = None) -> Status:
        self._next += 1
        status = Status(str(self._next), text, created_at or datetime.now(UTC), visibility,
                        language, media, key)
        self.statuses.append(status)
        if key:
            self._keys[key] = (time.time(), status)
        self.changed.notify_all()
        return status

    def expire_keys(self) -> None:
        """As if an hour passed: the server forgot every Idempotency-Key."""
        with self.lock:
            self._keys.clear()

    def _timeline(self, request: Request) -> tuple[int, Any]:
        limit = int((request.query.get("limit") or ["20"])[0])
        max_id = (request.query.get("max_id") or [None])[0]
        with self.lock:
            newest_first = sorted(self.statuses, key=lambda s: int(s.id), reverse=True)
        if max_id:
            newest_first = [s for s in newest_first if int(s.id) < int(max_id)]
        return 200, [self._json(s) for s in newest_first[:limit]]

    def _json(self, status: Status) -> dict[str, Any]:
        def linked(match: re.Match[str]) -> str:
            url = html.escape(match.group(0))
            return f'<a href="{url}" rel="nofollow noopener" target="_blank">{url}</a>'

        content = "<p>" + _URL.sub(linked, html.escape(status.text, quote=False)) + "</p>"
        return {
            "id": status.id, "uri": f"{self.base_url}/users/{self.username}/statuses/{status.id}",
            "url": f"{self.base_url}/@{self.username}/{status.id}",
            "created_at": status.created_at.isoformat().replace("+00:00", "Z"),
            "content": content, "visibility": status.visibility, "language": status.language,
            "media_attachments": status.media, "account": self._account(),
            "sensitive": False, "spoiler_text": "", "mentions": [], "tags": [], "emojis": [],
            "reblogs_count": 0, "favourites_count": 0, "replies_count": 0,
        }
