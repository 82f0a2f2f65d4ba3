"""A Bluesky PDS emulator: a real HTTP server on 127.0.0.1 answering XRPC like a PDS.

The adapter (the atproto SDK over httpx) talks to it over the wire:

- `com.atproto.server.createSession` (handle + app password, else 401
  AuthenticationRequired), `refreshSession` (the refresh JWT), `getSession`. Access JWTs
  carry a real `exp` (default 2 hours; a test may shorten it): an expired one answers 400
  ExpiredToken, as a PDS does, and the SDK refreshes before that.
- `com.atproto.repo.uploadBlob` (raw bytes; over `blob_limit` → 400 BlobTooLarge).
- `com.atproto.repo.createRecord`: the record key must be a valid TID for posts (400
  InvalidRequest otherwise); a key that exists answers **500** InternalServerError (what a
  PDS answers on the repeated write, rather than a clear conflict); a post over 300
  graphemes or 3000 bytes → 400 InvalidRecord; a card thumbnail over 1,000,000 bytes →
  400 InvalidRecord.
- `com.atproto.repo.getRecord` (400 RecordNotFound), `listRecords` (newest first).
- Every answer carries `ratelimit-limit/remaining/reset/policy`; a scripted 429 carries
  `ratelimit-reset` (epoch seconds).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import regex

from fakes.http_fake import Answer, FakeServer, Request, Scripted

HANDLE = "maple.bsky.social"
PASSWORD = "emul-ator-app-pass"
DID = "did:plc:emulatormaple000000000000"
TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
CREATE = "/xrpc/com.atproto.repo.createRecord"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@dataclass
class Stored:
    collection: str
    rkey: str
    value: dict[str, Any]
    cid: str
    created: float


class BlueskyEmulator(FakeServer):
    thread_name = "bluesky-emulator"

    def __init__(self, *, handle: str = HANDLE, password: str = PASSWORD,
                 access_seconds: float = 7200.0, blob_limit: int = 1_000_000) -> None:
        super().__init__()
        self.handle = handle
        self.password = password
        self.did = DID
        self.access_seconds = access_seconds
        self.blob_limit = blob_limit
        self.records: dict[tuple[str, str], Stored] = {}
        self.blobs: dict[str, bytes] = {}
        self.sessions_created = 0
        self.refreshes = 0
        self.create_calls = 0
        self._tokens: dict[str, tuple[str, float]] = {}  # token → (kind, expires)

    def env(self, prefix: str = "BLUESKY") -> dict[str, str]:
        return {f"{prefix}_HANDLE": self.handle, f"{prefix}_APP_PASSWORD": self.password,
                f"{prefix}_PDS_URL": self.base_url}

    # -- scripting ------------------------------------------------------------------------

    def rate_limit_next(self, reset_in: float = 300.0) -> datetime:
        reset = int(time.time() + reset_in)
        self.script(Scripted("status", "POST", CREATE, 429,
                             {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                             {"ratelimit-limit": "5000", "ratelimit-remaining": "0",
                              "ratelimit-reset": str(reset), "ratelimit-policy": "5000;w=3600"}))
        return datetime.fromtimestamp(reset, UTC)

    def server_error_next(self, status: int = 503, times: int = 1) -> None:
        for _ in range(times):
            self.script(Scripted("status", "POST", CREATE, status,
                                 {"error": "InternalServerError",
                                  "message": "Internal Server Error"}))

    def unauthorized_next(self) -> None:
        self.script(Scripted("status", "POST", CREATE, 401,
                             {"error": "AuthenticationRequired",
                              "message": "Authentication Required"}))

    def accept_then_drop(self) -> None:
        self.script(Scripted("accept_then_drop", "POST", CREATE))

    def drop_next(self, method: str = "POST", path: str = CREATE) -> None:
        self.script(Scripted("drop", method, path))

    # -- observation ----------------------------------------------------------------------

    @property
    def posts(self) -> list[Stored]:
        with self.lock:
            return sorted((r for r in self.records.values()
                           if r.collection == "app.bsky.feed.post"), key=lambda r: r.created)

    def wait_for_posts(self, count: int, timeout: float = 10.0) -> bool:
        return self.wait_until(lambda: len(self.posts) >= count, timeout)

    def record(self, collection: str, rkey: str) -> Stored | None:
        with self.lock:
            return self.records.get((collection, rkey))

    # -- the PDS --------------------------------------------------------------------------

    def common_headers(self) -> dict[str, str]:
        return {"ratelimit-limit": "5000", "ratelimit-remaining": "4999",
                "ratelimit-reset": str(int(time.time()) + 3600),
                "ratelimit-policy": "5000;w=3600"}

    def _token(self, kind: str, seconds: float) -> str:
        expires = time.time() + seconds
        payload = {"scope": "com.atproto.appPass" if kind == "access" else "com.atproto.refresh",
                   "sub": self.did, "iat": int(time.time()), "exp": int(expires),
                   "jti": hashlib.sha256(f"{kind}{time.time_ns()}".encode()).hexdigest()[:16]}
        token = f"{_b64({'typ': 'at+jwt', 'alg': 'ES256K'})}.{_b64(payload)}.emulatorsig"
        self._tokens[token] = (kind, expires)
        return token

    def _session(self) -> dict[str, Any]:
        return {"did": self.did, "handle": self.handle, "active": True,
                "accessJwt": self._token("access", self.access_seconds),
                "refreshJwt": self._token("refresh", 90 * 86400)}

    def _auth(self, request: Request, kind: str = "access") -> None:
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        with self.lock:
            known = self._tokens.get(token)
        if known is None or known[0] != kind:
            raise Answer(401, {"error": "AuthenticationRequired", "message": "Invalid token"})
        if known[1] < time.time():
            raise Answer(400, {"error": "ExpiredToken", "message": "Token has expired"})

    def route(self, request: Request) -> tuple[Any, ...]:
        name = request.path.removeprefix("/xrpc/")
        if name == "com.atproto.server.createSession":
            data = request.json()
            if data.get("identifier") not in (self.handle, self.did) \
                    or data.get("password") != self.password:
                raise Answer(401, {"error": "AuthenticationRequired",
                                   "message": "Invalid identifier or password"})
            with self.lock:
                self.sessions_created += 1
                return 200, self._session()
        if name == "com.atproto.server.refreshSession":
            self._auth(request, "refresh")
            with self.lock:
                self.refreshes += 1
                return 200, self._session()
        self._auth(request)
        if name == "com.atproto.server.getSession":
            return 200, {"did": self.did, "handle": self.handle, "active": True}
        if name == "com.atproto.repo.uploadBlob":
            return self._upload(request)
        if name == "com.atproto.repo.createRecord":
            return self._create(request)
        if name == "com.atproto.repo.getRecord":
            return self._get(request)
        if name == "com.atproto.repo.listRecords":
            return self._list(request)
        raise Answer(501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"})

    def _upload(self, request: Request) -> tuple[int, Any]:
        if len(request.body) > self.blob_limit:
            raise Answer(400, {"error": "BlobTooLarge",
                               "message": f"This file is too large. It is {len(request.body)}"
                                          f" bytes but the maximum size is {self.blob_limit}"})
        cid = "bafkrei" + hashlib.sha256(request.body).hexdigest()[:52]
        with self.lock:
            self.blobs[cid] = request.body
        # A PDS sniffs the type from the bytes (the SDK sends "*/*").
        mime = "image/jpeg" if request.body[:3] == b"\xff\xd8\xff" else "image/png" \
            if request.body[:8] == b"\x89PNG\r\n\x1a\n" else "application/octet-stream"
        return 200, {"blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime,
                              "size": len(request.body)}}

    def _create(self, request: Request) -> tuple[int, Any]:
        data = request.json()
        if data.get("repo") not in (self.did, self.handle):
            raise Answer(400, {"error": "InvalidRequest", "message": "Invalid repo"})
        collection, rkey, value = data.get("collection"), data.get("rkey"), data.get("record")
        if collection in ("app.bsky.feed.post", "app.bsky.feed.threadgate") and (
                not rkey or not TID.match(rkey)):
            raise Answer(400, {"error": "InvalidRequest", "message": "Invalid TID"})
        if collection == "app.bsky.feed.post":
            self._validate_post(value)
        with self.changed:
            self.create_calls += 1
            if (collection, rkey) in self.records:
                raise Answer(500, {"error": "InternalServerError",
                                   "message": "Internal Server Error"})
            cid = "bafyrei" + hashlib.sha256(json.dumps(value, sort_keys=True).encode()
                                             ).hexdigest()[:52]
            self.records[(collection, rkey)] = Stored(collection, rkey, value, cid, time.time())
            self.changed.notify_all()
        return 200, {"uri": f"at://{self.did}/{collection}/{rkey}", "cid": cid,
                     "validationStatus": "valid"}

    def _validate_post(self, value: dict[str, Any]) -> None:
        text = value.get("text", "")
        if len(regex.findall(r"\X", text)) > 300 or len(text.encode()) > 3000:
            raise Answer(400, {"error": "InvalidRecord",
                               "message": "Invalid app.bsky.feed.post record: Record/text must "
                                          "not be longer than 300 graphemes"})
        thumb = ((value.get("embed") or {}).get("external") or {}).get("thumb")
        if thumb and int(thumb.get("size", 0)) > 1_000_000:
            raise Answer(400, {"error": "InvalidRecord",
                               "message": "Invalid app.bsky.feed.post record: "
                                          "Record/embed/external/thumb file too large"})
        if thumb and thumb.get("ref", {}).get("$link") not in self.blobs:
            raise Answer(400, {"error": "InvalidRecord", "message": "Could not find blob"})

    def _get(self, request: Request) -> tuple[int, Any]:
        query = {k: v[0] for k, v in request.query.items()}
        stored = self.record(query.get("collection", ""), query.get("rkey", ""))
        uri = f"at://{self.did}/{query.get('collection')}/{query.get('rkey')}"
        if stored is None:
            raise Answer(400, {"error": "RecordNotFound",
                               "message": f"Could not locate record: {uri}"})
        return 200, {"uri": uri, "cid": stored.cid, "value": stored.value}

    def _list(self, request: Request) -> tuple[int, Any]:
        query = {k: v[0] for k, v in request.query.items()}
        limit = int(query.get("limit", "50"))
        with self.lock:
            found = sorted((r for r in self.records.values()
                            if r.collection == query.get("collection")),
                           key=lambda r: r.rkey, reverse=True)[:limit]
        return 200, {"records": [{"uri": f"at://{self.did}/{r.collection}/{r.rkey}",
                                  "cid": r.cid, "value": r.value} for r in found]}
