"""Mastodon adapter: one status through Mastodon.py, with an Idempotency-Key.

Thin (networks/base.py): it renders the `Message` as Mastodon takes it and translates the
answers:

- `status_post(status, visibility, language, media_ids, idempotency_key)` → `RemotePost`.
  The key is stable per (post, account) (sender.idempotency_key): Mastodon answers a resend
  with the same key, for about an hour, with the status it already made, so within that
  window a resend after an unknown outcome is safe; beyond it the engine reads the
  account's recent statuses first (`find_existing`).
- The instance's own limits (`/api/v2/instance`: `max_characters`, the characters a URL
  counts) are read once and cached, and a text over them is refused before sending.
- An image goes through `media_post` with its alt text as `description` (no image without).
- 429 → `RateLimited` at `X-RateLimit-Reset`; 5xx, timeouts, dropped connections →
  `Transient`; 401 → `Rejected` with the fix; 403/422 → `Rejected`.

Visibility is a setting (SYNDICATION_MASTODON_VISIBILITY, default public; never direct:
a "direct" post would be a private message to nobody). Mastodon has no reply controls.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from common.commands import command
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from ..counting import MASTODON_RULES, CountingRules, weighted_length
from ..model import Message
from . import registry
from .base import NetworkError, RateLimited, Rejected, RemotePost, Transient, fetch_image

DEFAULT_TIMEOUT = 15.0
VISIBILITIES = ("public", "unlisted", "private")
#: How long the instance's limits are trusted before they are read again.
INSTANCE_CACHE = timedelta(hours=12)
#: Reconciliation reads this many pages of 40 statuses at most.
RECONCILE_PAGES = 5
#: Mastodon.py checks features against a version: skip its extra request for it.
ASSUMED_VERSION = "4.3.0"

FIX_TOKEN = (
    "On your Mastodon server open Preferences → Development → your application, copy "
    "'Your access token' (with the write:statuses and write:media scopes) into .env as "
    "MASTODON_ACCESS_TOKEN, and check MASTODON_API_BASE_URL is your server's address "
    "(e.g. https://mastodon.social)."
)
FIX_SCOPE = (
    "The access token may not post: on your Mastodon server open Preferences → Development "
    "→ your application, tick write:statuses and write:media, save, and put the new access "
    "token in .env as MASTODON_ACCESS_TOKEN."
)
FIX_INVALID = (
    "Mastodon refused the post itself. Shorten or change the note's text (or its `mastodon:` "
    f"line) and run `{command('syndicate')}`."
)

#: base URL → (read at, max characters, characters per URL): the instance's limits.
_LIMITS: dict[str, tuple[float, int, int]] = {}
_LIMITS_LOCK = threading.Lock()


class MastodonNetwork:
    """A connected Mastodon account (the `Network` protocol of networks/base.py)."""

    name = "mastodon"

    def __init__(self, base_url: str, access_token: str, *, visibility: str = "public",
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        if visibility not in VISIBILITIES:
            raise Rejected(
                f"SYNDICATION_MASTODON_VISIBILITY is {visibility!r}.",
                f"use one of {', '.join(VISIBILITIES)} (never direct).")
        self.base_url = base_url.rstrip("/")
        self.visibility = visibility
        self.timeout = timeout
        self._client = Mastodon(
            access_token=access_token, api_base_url=self.base_url, request_timeout=timeout,
            ratelimit_method="throw", mastodon_version=ASSUMED_VERSION,
            version_check_mode="none",
        )
        self._me: dict[str, str] | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str], prefix: str = "MASTODON", *,
                 options: Mapping[str, Any] | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> MastodonNetwork | None:
        """The account from <prefix>_API_BASE_URL and <prefix>_ACCESS_TOKEN; None (preview
        mode) when either is missing."""
        found = registry.spec("mastodon").credentials_from(env, prefix)
        if found is None:
            return None
        visibility = str((options or {}).get("visibility") or "public")
        return cls(found["API_BASE_URL"], found["ACCESS_TOKEN"], visibility=visibility,
                   timeout=timeout)

    def __repr__(self) -> str:
        return f"MastodonNetwork(host={self.base_url!r}, credentials=<hidden>)"

    __str__ = __repr__

    # -- the Network interface ------------------------------------------------------------

    def account(self) -> str:
        """"mastodon:<id>:@user@host" of the token's owner."""
        me = self._whoami()
        return f"mastodon:{me['id']}:@{me['acct']}"

    def limits(self) -> tuple[int, int]:
        """(max characters, characters a URL counts) of this instance, cached."""
        with _LIMITS_LOCK:
            cached = _LIMITS.get(self.base_url)
            if cached is not None and time.time() - cached[0] < INSTANCE_CACHE.total_seconds():
                return cached[1], cached[2]
        try:
            instance = self._client.instance_v2()
        except MastodonError as error:
            raise translate(error, self._client, "reading the server's limits") from None
        statuses = ((instance.get("configuration") or {}).get("statuses") or {})
        limit = int(statuses.get("max_characters") or MASTODON_RULES.limit)
        per_url = int(statuses.get("characters_reserved_per_url") or 23)
        with _LIMITS_LOCK:
            _LIMITS[self.base_url] = (time.time(), limit, per_url)
        return limit, per_url

    def counting_rules(self) -> CountingRules:
        """Mastodon's rules with this server's own limit and URL length."""
        limit, per_url = self.limits()
        return replace(MASTODON_RULES, limit=limit, url_weight=per_url)

    def check_length(self, message: Message) -> int:
        """The message's length by this instance's rules; `Rejected` before sending when it
        is over the instance's limit (a 422 after the fact would cost a failed post)."""
        rules = self.counting_rules()
        limit = rules.limit
        length = weighted_length(message.text, rules)
        if length > limit:
            raise Rejected(
                f"The message is {length} characters as this Mastodon server counts them, "
                f"over its limit of {limit}; it was not sent.",
                "shorten the note's text or its `mastodon:` line, then run "
                f"`{command('syndicate')}`.")
        return length

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        """Posts `message` (its image with alt text, its language) with the Idempotency-Key."""
        self.check_length(message)
        media_ids: list[str] = []
        if message.image is not None and message.image.alt:
            media_ids.append(self._upload(message.image.url, message.image.alt))
        try:
            status = self._client.status_post(
                message.text, visibility=self.visibility, language=message.language or None,
                media_ids=media_ids or None, idempotency_key=idempotency_key)
        except MastodonError as error:
            raise translate(error, self._client, "posting to Mastodon") from None
        return _remote(status)

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        """The account's status linking to `url` made after `since` (newest first, up to
        RECONCILE_PAGES pages of 40)."""
        me = self._whoami()
        start = since if since.tzinfo else since.replace(tzinfo=UTC)
        start -= timedelta(minutes=10)
        max_id: str | None = None
        for _ in range(RECONCILE_PAGES):
            try:
                page = self._client.account_statuses(me["id"], limit=40, max_id=max_id)
            except MastodonError as error:
                raise translate(error, self._client, "reading earlier posts") from None
            if not page:
                return None
            for status in page:
                if _links_to(status, url):
                    return _remote(status)
            oldest = page[-1]
            created = oldest.get("created_at")
            if isinstance(created, datetime) and created.astimezone(UTC) < start:
                return None
            max_id = str(oldest["id"])
        return None

    # -- helpers --------------------------------------------------------------------------

    def _upload(self, image_url: str, alt: str) -> str:
        answer = fetch_image(image_url, self.timeout)
        mime = (answer.headers.get("Content-Type") or "image/jpeg").split(";")[0]
        name = image_url.rsplit("/", 1)[-1] or "image"
        try:
            media = self._client.media_post(answer.content, mime_type=mime, description=alt,
                                            file_name=name)
        except MastodonError as error:
            raise translate(error, self._client, "uploading the image to Mastodon") from None
        return str(media["id"])

    def _whoami(self) -> dict[str, str]:
        if self._me is None:
            try:
                me = self._client.account_verify_credentials()
            except MastodonError as error:
                raise translate(error, self._client, "checking the Mastodon account") from None
            self._me = {"id": str(me["id"]), "acct": str(me.get("acct") or me["username"])}
            host = re.sub(r"^https?://", "", self.base_url)
            if "@" not in self._me["acct"]:
                self._me["acct"] += f"@{host}"
        return self._me


def _remote(status: Mapping[str, Any]) -> RemotePost:
    return RemotePost(str(status["id"]), str(status.get("url") or status.get("uri") or ""))


_HREF = re.compile(r'href="([^"]+)"')


def _links_to(status: Mapping[str, Any], url: str) -> bool:
    wanted = url.rstrip("/")
    content = str(status.get("content") or "")
    links = [html.unescape(found).rstrip("/") for found in _HREF.findall(content)]
    card = status.get("card") or {}
    if card.get("url"):
        links.append(str(card["url"]).rstrip("/"))
    return wanted in links or wanted in html.unescape(content)


def translate(error: BaseException, client: Mastodon, action: str) -> NetworkError:
    """A Mastodon.py exception as the interface's exception (never with the token)."""
    if isinstance(error, MastodonRatelimitError):
        reset = getattr(client, "ratelimit_reset", None)
        retry_at = datetime.fromtimestamp(float(reset), UTC) if reset else None
        when = f" until {retry_at:%Y-%m-%d %H:%M} UTC" if retry_at else ""
        return RateLimited(f"Mastodon's rate limit was reached while {action}; "
                           f"waiting{when}.", retry_at)
    if isinstance(error, MastodonServerError):
        return Transient(f"The Mastodon server had an error while {action} "
                         f"({_words(error)}); it will be checked and retried.")
    if isinstance(error, MastodonNetworkError):
        return Transient(f"The connection to Mastodon failed while {action}; the post may or "
                         "may not exist, it will be checked before any retry.")
    if isinstance(error, MastodonUnauthorizedError):
        return Rejected(f"Mastodon did not accept the access token while {action} "
                        f"({_words(error)}).", FIX_TOKEN)
    if isinstance(error, MastodonNotFoundError):
        return Rejected(f"The Mastodon server has no such API while {action} "
                        f"({_words(error)}).", FIX_TOKEN)
    if isinstance(error, MastodonAPIError):
        status = error.args[1] if len(error.args) > 1 else None
        if status == 403:
            return Rejected(f"Mastodon refused while {action} ({_words(error)}).", FIX_SCOPE)
        return Rejected(f"Mastodon refused while {action} ({_words(error)}).", FIX_INVALID)
    return Transient(f"Mastodon failed while {action} ({type(error).__name__}).")


def _words(error: BaseException) -> str:
    """The server's own words ("Validation failed: …"), else its HTTP status."""
    args = getattr(error, "args", ())
    if len(args) >= 4 and args[3]:
        return str(args[3])
    if len(args) >= 3:
        return f"HTTP {args[1]} {args[2]}"
    return type(error).__name__
