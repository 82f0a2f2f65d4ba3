"""Bluesky adapter: one `app.bsky.feed.post` record through the atproto SDK, exactly once.

Thin (networks/base.py). How a `Message` becomes a Bluesky post:

- `text` as composed (300 graphemes, checked again here before sending), `langs` always
  set from the note (the SDK would silently say English), the link as a `#link` facet at its
  UTF-8 *byte* offsets (Bluesky never links text by itself), hashtags as `#tag` facets.
- An `app.bsky.embed.external` card: the page's title, summary and a thumbnail uploaded as
  a blob, recompressed under 1,000,000 bytes. A post cannot carry both an image embed and a
  card: the note's image becomes the card's picture (the preview says so).
- Exactly once through the record key: the engine stores a TID derived from (post, account)
  in the ledger before the call (networks/tid.py); the record is created under that key, and
  on an unknown outcome the engine reads that very record (`find_existing` → getRecord). A
  create on a key that exists may be answered 500 instead of a clear conflict: that is
  "maybe created", so the record is read before anything else.
- Optional threadgate (SYNDICATION_BLUESKY_THREADGATE) under the same record key, so a
  practice can keep medical questions out of public replies.
- Sessions are reused (one login per account per process, kept in the cache folder when one
  is given) and refreshed by the SDK before the access token expires.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from atproto import Client, models
from atproto_client.exceptions import (
    AtProtocolError,
    BadRequestError,
    InvokeTimeoutError,
    LoginRequiredError,
    RateLimitExceededError,
    RequestErrorBase,
    UnauthorizedError,
)
from atproto_client.exceptions import (
    NetworkError as AtNetworkError,
)
from atproto_client.request import Request
from common.commands import command

from ..compose import BLUESKY_RULES, CountingRules, bluesky_facets, weighted_length
from ..model import Message
from . import registry, tid
from .base import NetworkError, RateLimited, Rejected, RemotePost, Transient, fetch_image

DEFAULT_TIMEOUT = 15.0
POST = "app.bsky.feed.post"
THREADGATE = "app.bsky.feed.threadgate"
#: The lexicon's limit for an external card's thumbnail.
THUMB_MAX_BYTES = 1_000_000
#: Who may reply, as the setting names them → the threadgate's rule types.
REPLY_RULES = {"mention": "app.bsky.feed.threadgate#mentionRule",
               "following": "app.bsky.feed.threadgate#followingRule",
               "followers": "app.bsky.feed.threadgate#followerRule"}

FIX_PASSWORD = (
    "In Bluesky open Settings → Privacy and security → App passwords, add one for Rounds, and "
    "put it in .env as BLUESKY_APP_PASSWORD with your handle as BLUESKY_HANDLE (e.g. "
    "maplepediatrics.bsky.social); set BLUESKY_PDS_URL only if your account lives on "
    "another server."
)
FIX_INVALID = (
    "Bluesky refused the post itself. Shorten or change the note's text (or its `bluesky:` "
    f"line) and run `{command('syndicate')}`."
)

#: What a call through the SDK may raise: its own errors, and httpx's transport errors it
#: lets through (a dropped connection is `httpx.RemoteProtocolError`).
_FAILURES = (AtProtocolError, httpx.HTTPError)

#: (PDS, handle) → the exported session: one login per account per process.
_SESSIONS: dict[tuple[str, str], str] = {}
_SESSIONS_LOCK = threading.Lock()


class BlueskyNetwork:
    """A connected Bluesky account (the `Network` protocol of networks/base.py)."""

    name = "bluesky"

    def __init__(self, handle: str, app_password: str, pds_url: str, *,
                 threadgate: list[str] | None = None, session_dir: Path | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.handle = handle.lstrip("@")
        self.pds_url = pds_url.rstrip("/")
        self.timeout = timeout
        unknown = [rule for rule in threadgate or [] if rule not in REPLY_RULES]
        if unknown:
            raise Rejected(f"SYNDICATION_BLUESKY_THREADGATE names {', '.join(unknown)}.",
                           f"use None (everyone may reply), [] (nobody) or any of "
                           f"{', '.join(REPLY_RULES)}.")
        self.threadgate = threadgate
        self.session_dir = session_dir
        self._password = app_password
        self._client = Client(self.pds_url, request=Request(timeout=timeout))
        self._client.on_session_change(self._keep_session)
        self._did: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str], prefix: str = "BLUESKY", *,
                 options: Mapping[str, Any] | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> BlueskyNetwork | None:
        """The account from <prefix>_HANDLE, <prefix>_APP_PASSWORD and <prefix>_PDS_URL
        (default the main PDS); None (preview mode) without the first two."""
        found = registry.spec("bluesky").credentials_from(env, prefix)
        if found is None:
            return None
        options = options or {}
        gate = options.get("threadgate")
        session_dir = options.get("session_dir")
        return cls(found["HANDLE"], found["APP_PASSWORD"], found["PDS_URL"],
                   threadgate=list(gate) if gate is not None else None,
                   session_dir=Path(session_dir) if session_dir else None, timeout=timeout)

    def __repr__(self) -> str:
        return f"BlueskyNetwork(pds={self.pds_url!r}, handle={self.handle!r}, " \
               "credentials=<hidden>)"

    __str__ = __repr__

    # -- the Network interface ------------------------------------------------------------

    def account(self) -> str:
        """"bluesky:<did>:@<handle>"."""
        return f"bluesky:{self._login()}:@{self.handle}"

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        """Creates the post under the record key `idempotency_key` (a TID)."""
        if not tid.is_tid(idempotency_key):
            raise Rejected(f"The record key {idempotency_key!r} is not a TID.",
                           "report this as a Rounds bug; nothing was posted.")
        length = weighted_length(message.text, BLUESKY_RULES)
        if length > BLUESKY_RULES.limit:
            raise Rejected(f"The message is {length} graphemes, over Bluesky's limit of "
                           f"{BLUESKY_RULES.limit}; it was not sent.",
                           "shorten the note's text or its `bluesky:` line.")
        did = self._login()
        record = models.AppBskyFeedPost.Record(
            text=message.text,
            created_at=_created_at(idempotency_key),
            langs=[message.language or "en"],
            facets=[_facet(f) for f in bluesky_facets(message.text)] or None,
            embed=self._card(message),
        )
        data = models.ComAtprotoRepoCreateRecord.Data(repo=did, collection=POST,
                                                      rkey=idempotency_key, record=record)
        try:
            created = self._client.com.atproto.repo.create_record(data)
        except _FAILURES as error:
            raise translate(error, "posting to Bluesky") from None
        self._gate(did, created.uri, idempotency_key)
        return RemotePost(created.uri, self.post_url(idempotency_key))

    def counting_rules(self) -> CountingRules:
        return BLUESKY_RULES

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        """The record under the earlier attempt's key, if it exists (getRecord). Without a
        key (an attempt recorded before record keys), the account's recent posts."""
        did = self._login()
        if idempotency_key and tid.is_tid(idempotency_key):
            try:
                found = self._client.com.atproto.repo.get_record(
                    params={"repo": did, "collection": POST, "rkey": idempotency_key})
            except BadRequestError as error:
                if _error_name(error) == "RecordNotFound":
                    return None
                raise translate(error, "reading the earlier post") from None
            except _FAILURES as error:
                raise translate(error, "reading the earlier post") from None
            return RemotePost(found.uri, self.post_url(idempotency_key))
        try:
            page = self._client.com.atproto.repo.list_records(
                params={"repo": did, "collection": POST, "limit": 100})
        except _FAILURES as error:
            raise translate(error, "reading earlier posts") from None
        for item in page.records:
            if url in _record_links(item.value):
                rkey = item.uri.rsplit("/", 1)[-1]
                return RemotePost(item.uri, self.post_url(rkey))
        return None

    # -- helpers --------------------------------------------------------------------------

    def post_url(self, rkey: str) -> str:
        return f"https://bsky.app/profile/{self.handle}/post/{rkey}"

    def _session_file(self) -> Path | None:
        if self.session_dir is None:
            return None
        name = hashlib.sha256(f"{self.pds_url}\n{self.handle}".encode()).hexdigest()[:16]
        return self.session_dir / f"bluesky-session-{name}.txt"

    def _keep_session(self, _event: Any, session: Any) -> None:
        """The SDK made or refreshed the session: keep it for the next call and run."""
        exported = session.export()
        with _SESSIONS_LOCK:
            _SESSIONS[(self.pds_url, self.handle)] = exported
        path = self._session_file()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(exported)

    def _login(self) -> str:
        """The account's DID; logs in once (a saved session is reused and refreshed)."""
        if self._did is not None:
            return self._did
        with _SESSIONS_LOCK:
            saved = _SESSIONS.get((self.pds_url, self.handle))
        path = self._session_file()
        if saved is None and path is not None and path.is_file():
            saved = path.read_text(encoding="utf-8").strip() or None
        try:
            if saved:
                try:
                    self._client.login(session_string=saved, fetch_bsky_profile=False)
                    # One cheap authenticated call: a revoked session logs in afresh.
                    self._client.com.atproto.server.get_session()
                except (UnauthorizedError, BadRequestError, LoginRequiredError, ValueError):
                    saved = None
            if not saved:
                self._client.login(self.handle, self._password, fetch_bsky_profile=False)
        except _FAILURES as error:
            raise translate(error, "signing in to Bluesky") from None
        session = self._client._session
        if session is None:
            raise Transient("Bluesky did not open a session.")
        self._did = str(session.did)
        return self._did

    def _card(self, message: Message) -> models.AppBskyEmbedExternal.Main | None:
        card = message.card
        if card is None:
            return None
        thumb = None
        if card.thumbnail_url:
            data = _thumbnail(card.thumbnail_url, self.timeout)
            try:
                thumb = self._client.upload_blob(data).blob
            except _FAILURES as error:
                raise translate(error, "uploading the card's picture") from None
        return models.AppBskyEmbedExternal.Main(external=models.AppBskyEmbedExternal.External(
            uri=card.url, title=card.title, description=card.description, thumb=thumb))

    def _gate(self, did: str, post_uri: str, rkey: str) -> None:
        """The threadgate, when the practice limits replies (same record key as the post)."""
        if self.threadgate is None:
            return
        allow = [{"$type": REPLY_RULES[rule]} for rule in self.threadgate]
        record = {"$type": THREADGATE, "post": post_uri, "allow": allow,
                  "createdAt": _created_at(rkey)}
        try:
            self._client.com.atproto.repo.create_record(
                {"repo": did, "collection": THREADGATE, "rkey": rkey, "record": record})
        except _FAILURES:
            # The post exists; an absent gate only means replies stay open. Not a failure
            # that may cause a second post.
            return


def _created_at(rkey: str) -> str:
    """The post's time: the moment the TID encodes (the first attempt), so a resend sends
    the very same record."""
    micros = tid.decode(rkey) >> 10
    moment = datetime.fromtimestamp(micros / 1_000_000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _facet(found: Mapping[str, Any]) -> models.AppBskyRichtextFacet.Main:
    index = found["index"]
    features = []
    for feature in found["features"]:
        if feature["$type"].endswith("#link"):
            features.append(models.AppBskyRichtextFacet.Link(uri=feature["uri"]))
        else:
            features.append(models.AppBskyRichtextFacet.Tag(tag=feature["tag"]))
    return models.AppBskyRichtextFacet.Main(
        index=models.AppBskyRichtextFacet.ByteSlice(byte_start=index["byteStart"],
                                                    byte_end=index["byteEnd"]),
        features=features)


def _record_links(value: Any) -> list[str]:
    links: list[str] = []
    for facet in getattr(value, "facets", None) or []:
        for feature in facet.features:
            uri = getattr(feature, "uri", None)
            if uri:
                links.append(str(uri))
    embed = getattr(value, "embed", None)
    external = getattr(embed, "external", None)
    if external is not None:
        links.append(str(external.uri))
    return links


def _thumbnail(url: str, timeout: float) -> bytes:
    """The picture at `url` as a JPEG of at most THUMB_MAX_BYTES (smaller and smaller
    until it fits: Bluesky refuses a larger card picture)."""
    answer = fetch_image(url, timeout, "the card's picture")
    return shrink(answer.content)


def shrink(data: bytes, limit: int = THUMB_MAX_BYTES) -> bytes:
    """`data` when it is within `limit`, else recompressed as JPEG until it is."""
    if len(data) <= limit:
        return data
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGB")
    quality = 85
    while True:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= limit:
            return out.getvalue()
        if quality > 50:
            quality -= 15
        else:
            image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)))


def _error_name(error: RequestErrorBase) -> str:
    content = error.response.content if error.response is not None else None
    return str(getattr(content, "error", "") or (content.get("error") if isinstance(
        content, dict) else "") or "")


def translate(error: BaseException, action: str) -> NetworkError:
    """An atproto exception as the interface's exception (never with the password)."""
    if isinstance(error, RateLimitExceededError):
        retry_at = error.reset_at
        when = f" until {retry_at:%Y-%m-%d %H:%M} UTC" if retry_at else ""
        return RateLimited(f"Bluesky's rate limit was reached while {action}; waiting{when}.",
                           retry_at)
    if isinstance(error, InvokeTimeoutError | AtNetworkError | httpx.HTTPError):
        return Transient(f"The connection to Bluesky failed while {action} ({error}); the post "
                         "may or may not exist, it will be checked before any retry.")
    if isinstance(error, UnauthorizedError | LoginRequiredError):
        return Rejected(f"Bluesky did not accept the handle and app password while {action} "
                        f"({error}).", FIX_PASSWORD)
    if isinstance(error, BadRequestError):
        name = _error_name(error)
        if name in ("AuthenticationRequired", "ExpiredToken", "InvalidToken",
                    "AccountTakedown"):
            return Rejected(f"Bluesky refused the account while {action} ({error}).",
                            FIX_PASSWORD)
        return Rejected(f"Bluesky refused while {action} ({error}).", FIX_INVALID)
    if isinstance(error, RequestErrorBase):
        # 500 on a create may mean "created" (a repeated record key): the engine reads the
        # record before any resend, exactly as for a timeout.
        return Transient(f"Bluesky had a server error while {action} ({error}); it will be "
                         "checked and retried.")
    return Transient(f"Bluesky failed while {action} ({type(error).__name__}).")
