"""Facebook Page adapter: one Page post through the Graph API, with `requests` only.

Thin (networks/base.py). No SDK: the old `facebook-sdk` rejects current API versions, and
the Graph API is plain HTTP with JSON answers. How a `Message` becomes a Page post:

- `POST /{version}/{page-id}/feed` with `message` (the text as composed: the whole micro
  note, or title and summary) and `link` (the note's URL in its own field: Facebook draws
  the card from the page's Open Graph tags).
- A note with an `image:` becomes a photo post, `POST /{page-id}/photos` with the picture's
  public `url`, the `message` with the link at its end (a photo post has no link field), and
  `alt_text_custom` (the note's `image_alt:`).
- Facebook scrapes a page once and caches its card: before the first post of a note the
  adapter asks it to scrape the URL (`POST /?id={url}&scrape=true`, setting
  SYNDICATION_FACEBOOK_SCRAPE) and refuses to post when the scrape reports an error or finds
  no picture. The verify step has already checked `og:image` itself (steps.py).
- Exactly once: Facebook has no idempotency key, so the engine reconciles an unknown outcome
  by reading the Page's recent posts (`GET /{page-id}/posts` with `attachments` and
  `permalink_url`) for the note's link. Error 506 (duplicate post) means it is already there.
- Errors as the Graph API gives them (`{"error": {"message", "type", "code",
  "error_subcode", "fbtrace_id"}}`): 190 → `Rejected` with how to get a new long-lived Page
  token; 4, 17, 32, 341, 613, 80001 → `RateLimited` at the time the usage headers give
  (`x-business-use-case-usage`, `x-page-usage`, `x-app-usage`:
  `estimated_time_to_regain_access`, in minutes); 368 → held a day (`RateLimited`, said
  plainly); 1, 2 and 5xx → `Transient`.

The access token never travels in a URL: POSTs carry it as the `access_token` form field,
reads as an `Authorization: Bearer` header, so no logged URL (urllib3's DEBUG lines, a
requests exception) can hold it; every message is scrubbed of it too. `ROUNDS_FACEBOOK_API_
BASE_URL` (optional) sends every request to another host: it exists for the tests' Graph
API emulator and for a proxy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import requests
from common.commands import command

from ..counting import FACEBOOK_RULES, CountingRules, weighted_length
from ..model import Message
from . import registry
from .base import AlreadyPosted, NetworkError, RateLimited, Rejected, RemotePost, Transient

GRAPH_HOST = "https://graph.facebook.com"
BASE_URL_VARIABLE = "ROUNDS_FACEBOOK_API_BASE_URL"
#: A current Graph API version; SYNDICATION_FACEBOOK_GRAPH_VERSION overrides it.
DEFAULT_VERSION = "v25.0"
DEFAULT_TIMEOUT = 15.0
#: What reconciliation asks of each of the Page's posts: where the link and permalink are.
POST_FIELDS = "id,message,created_time,permalink_url,attachments{unshimmed_url,url,target}"
#: Reconciliation reads this many pages of 25 posts at most.
RECONCILE_PAGES = 5
RECONCILE_MARGIN = timedelta(minutes=10)

#: Graph API error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
RATE_LIMIT_CODES = frozenset({4, 17, 32, 341, 613, 80001})
TOKEN_CODES = frozenset({102, 190})
BLOCKED_CODE = 368
DUPLICATE_CODE = 506
TRANSIENT_CODES = frozenset({1, 2})
#: A rate limit without a time in the headers: Facebook's windows are a rolling hour.
RATE_LIMIT_FALLBACK = timedelta(hours=1)
#: A Page blocked for posting (368): not tried again before this.
BLOCK_HOLD = timedelta(hours=24)
#: error_subcode of a 190, in words.
TOKEN_SUBCODES = {
    458: "the app was removed from the account that made the token",
    459: "the account that made the token is checkpointed",
    460: "the password of the account that made the token changed",
    463: "the token has expired",
    464: "the account that made the token is unconfirmed",
    467: "the token is no longer valid (logged out or revoked)",
}

FIX_TOKEN = (
    "Get a new long-lived Page token: in the Graph API Explorer "
    "(developers.facebook.com/tools/explorer) pick your app, add the permissions "
    "pages_manage_posts, pages_read_engagement and pages_show_list, and Generate Access "
    "Token as a Page admin; exchange it for a long-lived user token (GET "
    "/oauth/access_token?grant_type=fb_exchange_token&client_id=APP_ID&client_secret="
    "APP_SECRET&fb_exchange_token=THAT_TOKEN); then GET /me/accounts with the long-lived "
    "token and copy your Page's access_token (it does not expire) into .env as "
    f"FACEBOOK_PAGE_ACCESS_TOKEN, and run `{command('syndicate')}`."
)
#: The token's variable for the default channel (another channel's has its prefix).
TOKEN_VARIABLE = "FACEBOOK_PAGE_ACCESS_TOKEN"
FIX_PERMISSIONS = (
    "The token may not post on the Page: make a new Page token as a Page admin with "
    "pages_manage_posts, pages_read_engagement and pages_show_list (README, \"Facebook "
    f"Page\"), put it in .env as FACEBOOK_PAGE_ACCESS_TOKEN and run `{command('syndicate')}`."
)
FIX_PAGE_ID = (
    "Check FACEBOOK_PAGE_ID in .env: it is the number under your Page's About → Page "
    "transparency (or in GET /me/accounts), and the token must be that Page's."
)
FIX_INVALID = (
    "Facebook refused the post itself. Change the note's text (or its `facebook:` line) "
    f"and run `{command('syndicate')}`; if the text looks fine, report it as a Rounds bug."
)
FIX_CARD = (
    "Open the note's address in Facebook's Sharing Debugger "
    "(developers.facebook.com/tools/debug), fix what it reports about the page's og: tags "
    f"or its picture, deploy, then run `{command('syndicate')}`."
)
FIX_OTHER = (
    "Check the Page in Facebook (Professional dashboard → Page quality, and the Support "
    f"inbox), then run `{command('syndicate')}`."
)


class GraphError(Exception):
    """One Graph API error answer, as Facebook gives it (internal: translated before leaving)."""

    def __init__(self, status: int, error: Mapping[str, Any],
                 headers: Mapping[str, str]) -> None:
        self.status = status
        self.code = _int(error.get("code"))
        self.subcode = _int(error.get("error_subcode"))
        self.kind = str(error.get("type") or "")
        self.text = str(error.get("message") or f"HTTP {status}")
        self.trace = str(error.get("fbtrace_id") or "")
        self.headers = dict(headers)
        super().__init__(self.words())

    def words(self) -> str:
        """Facebook's own words with the codes a support request needs."""
        codes = [f"code {self.code}"] if self.code is not None else [f"HTTP {self.status}"]
        if self.subcode is not None:
            codes.append(f"subcode {self.subcode}")
        if self.trace:
            codes.append(f"fbtrace_id {self.trace}")
        return f"\"{self.text}\", {', '.join(codes)}"


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class FacebookNetwork:
    """A connected Facebook Page (the `Network` protocol of networks/base.py)."""

    name = "facebook"

    def __init__(self, page_id: str, access_token: str, *, base_url: str | None = None,
                 version: str = DEFAULT_VERSION, scrape: bool = True,
                 timeout: float = DEFAULT_TIMEOUT, variable: str = TOKEN_VARIABLE) -> None:
        if not version.startswith("v"):
            raise Rejected(f"SYNDICATION_FACEBOOK_GRAPH_VERSION is {version!r}.",
                           f"write it as Facebook does, e.g. \"{DEFAULT_VERSION}\".")
        self.page_id = page_id.strip()
        self.base_url = (base_url or GRAPH_HOST).rstrip("/")
        self.version = version
        self.scrape = scrape
        self.timeout = timeout
        self._token = access_token
        #: Where the token comes from, named in every message about it.
        self.variable = variable
        self._session = requests.Session()
        self._page: dict[str, str] | None = None
        #: URLs Facebook scraped without an error in this run (one scrape per note).
        self._scraped: set[str] = set()

    @classmethod
    def from_env(cls, env: Mapping[str, str], prefix: str = "FACEBOOK", *,
                 options: Mapping[str, Any] | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> FacebookNetwork | None:
        """The Page from <prefix>_PAGE_ID and <prefix>_PAGE_ACCESS_TOKEN; None (preview mode)
        when either is missing."""
        found = registry.spec("facebook").credentials_from(env, prefix)
        if found is None:
            return None
        options = options or {}
        base_url = (env.get(f"ROUNDS_{prefix}_API_BASE_URL") or env.get(BASE_URL_VARIABLE)
                    or "").strip() or None
        scrape = options.get("facebook_scrape")
        return cls(found["PAGE_ID"], found["PAGE_ACCESS_TOKEN"], base_url=base_url,
                   version=str(options.get("graph_version") or DEFAULT_VERSION),
                   scrape=True if scrape is None else bool(scrape), timeout=timeout,
                   variable=f"{prefix}_PAGE_ACCESS_TOKEN")

    def __repr__(self) -> str:
        return (f"FacebookNetwork(host={self.base_url!r}, page={self.page_id!r}, "
                f"version={self.version!r}, credentials=<hidden>)")

    __str__ = __repr__

    # -- the Network interface ------------------------------------------------------------

    def account(self) -> str:
        """"facebook:<page id>:<Page name>".

        An expired or revoked token must not stop the other networks (the publish opens
        every channel before sending): when the Page cannot be read, the identity is the
        page id alone, and the token's problem is reported for each post, with its fix.
        """
        try:
            page = self._page_info()
        except NetworkError:
            return f"facebook:{self.page_id}"
        return f"facebook:{page['id']}:{page['name']}"

    def counting_rules(self) -> CountingRules:
        return FACEBOOK_RULES

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        """Posts `message` to the Page: a link post, or a photo post when it has an image.
        Facebook has no idempotency key (`idempotency_key` is unused): exactly-once rests on
        the ledger, `find_existing` and error 506."""
        text = photo_text(message) if message.image is not None else message.text
        length = weighted_length(text, FACEBOOK_RULES)
        if length > FACEBOOK_RULES.limit:
            raise Rejected(f"The message is {length} characters, over Facebook's limit of "
                           f"{FACEBOOK_RULES.limit}; it was not sent.",
                           "shorten the note's text or its `facebook:` line, then run "
                           f"`{command('syndicate')}`.")
        if self.scrape:
            self.check_card(message.url)
        if message.image is not None:
            fields = {"url": message.image.url, "message": text, "published": "true"}
            if message.image.alt:
                fields["alt_text_custom"] = message.image.alt
            answer = self._call("POST", f"{self.page_id}/photos", fields,
                                action="posting the photo to Facebook")
            post_id = str(answer.get("post_id") or "")
            if not post_id and answer.get("id"):
                post_id = f"{self.page_id}_{answer['id']}"
        else:
            answer = self._call("POST", f"{self.page_id}/feed",
                                {"message": text, "link": message.url},
                                action="posting to Facebook")
            post_id = str(answer.get("id") or "")
        if not post_id:
            raise Transient("Facebook answered the post without a post id; it may or may not "
                            "have been posted.")
        return RemotePost(post_id, self._permalink(post_id))

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        """The Page's post linking to `url` made after `since` (a few minutes earlier, for
        clocks), found in its attachment (`unshimmed_url`) or its text (photo posts)."""
        start = since if since.tzinfo else since.replace(tzinfo=UTC)
        start = min(start - RECONCILE_MARGIN, datetime.now(UTC) - timedelta(minutes=1))
        query: dict[str, str] = {"fields": POST_FIELDS, "limit": "25",
                                 "since": str(int(start.timestamp()))}
        for _ in range(RECONCILE_PAGES):
            answer = self._call("GET", f"{self.page_id}/posts", query,
                                action="looking for earlier posts on Facebook")
            for post in answer.get("data") or []:
                if isinstance(post, Mapping) and links_to(post, url):
                    post_id = str(post["id"])
                    permalink = str(post.get("permalink_url") or "") or self._fallback(post_id)
                    return RemotePost(post_id, permalink)
            after = _next_cursor(answer.get("paging"))
            if not after:
                break
            query = {**query, "after": after}
        return None

    def check_card(self, url: str) -> None:
        """Ask Facebook to scrape `url` now, so the card it caches is the page as it is
        live; `Rejected` when the scrape reports an error or finds no picture."""
        if url in self._scraped:
            return
        # A token, permission or rate problem keeps its own words and fix (_translate);
        # any other refusal is about the page: Facebook could not read it.
        answer = self._call("POST", "", {"id": url, "scrape": "true"},
                            action="asking Facebook to read the note's page", card=url)
        if not answer.get("image"):
            raise Rejected(f"Facebook read the note's page {url} but found no picture for its "
                           "card (og:image); nothing was posted to Facebook.", FIX_CARD)
        self._scraped.add(url)

    # -- HTTP -----------------------------------------------------------------------------

    def _call(self, method: str, path: str, fields: Mapping[str, str], *,
              action: str, card: str | None = None) -> dict[str, Any]:
        """One Graph API request; its answer's JSON, or the interface's exception. The token
        goes in the POST body or the Authorization header, never in the URL."""
        url = f"{self.base_url}/{self.version}/{path}".rstrip("/") + ("/" if not path else "")
        try:
            if method == "POST":
                response = self._session.post(url, data={**fields, "access_token": self._token},
                                              timeout=self.timeout)
            else:
                response = self._session.get(url, params=dict(fields), timeout=self.timeout,
                                             headers={"Authorization": f"Bearer {self._token}"})
        except requests.Timeout:
            raise Transient(f"Facebook did not answer in time while {action}; the post may "
                            "or may not exist, it will be checked before any retry.") from None
        except requests.RequestException as error:
            raise Transient(self._scrub(f"The connection to Facebook failed while {action} "
                                        f"({type(error).__name__}); it will be checked and "
                                        "retried.")) from None
        try:
            body = response.json()
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if response.status_code >= 400 or isinstance(error, dict):
            graph = GraphError(response.status_code, error if isinstance(error, dict) else {},
                               response.headers)
            raise self._translate(graph, action, card)
        if not isinstance(body, dict):
            raise Transient(f"Facebook gave an answer that is not JSON while {action}.")
        return body

    def _permalink(self, post_id: str) -> str:
        """The post's `permalink_url`; the post exists already, so a failed read must never
        lose it: then its canonical address is built from the id."""
        try:
            answer = self._call("GET", post_id, {"fields": "permalink_url"},
                                action="reading the post's address")
        except NetworkError:
            return self._fallback(post_id)
        return str(answer.get("permalink_url") or "") or self._fallback(post_id)

    def _fallback(self, post_id: str) -> str:
        page, _, post = post_id.partition("_")
        return f"https://www.facebook.com/{page}/posts/{post}" if post else \
            f"https://www.facebook.com/{post_id}"

    def _page_info(self) -> dict[str, str]:
        if self._page is None:
            answer = self._call("GET", self.page_id, {"fields": "id,name"},
                                action="checking the Facebook Page")
            self._page = {"id": str(answer.get("id") or self.page_id),
                          "name": str(answer.get("name") or "")}
        return self._page

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "<hidden>") if self._token else text

    def _translate(self, error: GraphError, action: str,
                   card: str | None = None) -> NetworkError:
        """A Graph API error as the interface's exception, in words a person can act on.
        `card`: the page Facebook was asked to scrape (its other refusals are the page's)."""
        words = self._scrub(error.words())
        code = error.code
        if code in RATE_LIMIT_CODES:
            retry_at = usage_retry_at(error.headers, datetime.now(UTC))
            given = retry_at is not None
            retry_at = retry_at or datetime.now(UTC) + RATE_LIMIT_FALLBACK
            source = "as Facebook's usage headers say" if given else \
                "Facebook gave no time; its limits count over an hour"
            return RateLimited(f"Facebook's rate limit was reached while {action} ({words}); "
                               f"waiting until {retry_at:%Y-%m-%d %H:%M} UTC ({source})",
                               retry_at)
        if code == BLOCKED_CODE:
            until = datetime.now(UTC) + BLOCK_HOLD
            return RateLimited(
                f"Facebook has temporarily blocked the Page from posting ({words}). Rounds "
                f"holds its Facebook posts and tries again after {until:%Y-%m-%d %H:%M} UTC; "
                "meanwhile look at the Page's Professional dashboard → Page quality and its "
                "Support inbox for the reason", until)
        if code == DUPLICATE_CODE:
            return AlreadyPosted(f"Facebook says this post is already on the Page ({words}).")
        if code in TOKEN_CODES:
            why = TOKEN_SUBCODES.get(error.subcode or 0, "the token is expired or invalid")
            return Rejected(f"Facebook did not accept {self.variable} while {action}: "
                            f"{why} ({words}).", FIX_TOKEN.replace(TOKEN_VARIABLE,
                                                                   self.variable))
        if code == 10 or (code is not None and 200 <= code < 300):
            return Rejected(f"Facebook refused the permission to post while {action} "
                            f"({words}).", FIX_PERMISSIONS.replace(TOKEN_VARIABLE,
                                                                   self.variable))
        if code == 803 or (code == 100 and error.subcode == 33):
            page_variable = self.variable.replace("PAGE_ACCESS_TOKEN", "PAGE_ID")
            return Rejected(f"Facebook has no Page {self.page_id} this token can use "
                            f"({words}).", FIX_PAGE_ID.replace("FACEBOOK_PAGE_ID",
                                                               page_variable))
        if code in TRANSIENT_CODES or error.status >= 500:
            return Transient(f"Facebook had a server error while {action} ({words}); the post "
                             "may or may not exist, it will be checked and retried")
        if card is not None:
            return Rejected(f"Facebook could not read the note's page {card} to draw its "
                            f"card ({words}); nothing was posted to Facebook.", FIX_CARD)
        if code == 100:
            return Rejected(f"Facebook refused the request while {action} ({words}).",
                            FIX_INVALID)
        return Rejected(f"Facebook refused while {action} ({words}).", FIX_OTHER)


# -- pure helpers -------------------------------------------------------------------------


def photo_text(message: Message) -> str:
    """A photo post has no link field: the note's link ends its text."""
    if message.url in message.text:
        return message.text
    return f"{message.text}\n\n{message.url}" if message.text else message.url


def usage_retry_at(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When access comes back, from the usage headers' `estimated_time_to_regain_access`
    (minutes): `x-business-use-case-usage` ({object id: [{...}]}), `x-page-usage` and
    `x-app-usage` ({...}). The latest of them; None when no header gives a time."""
    minutes: list[float] = []
    lowered = {str(k).lower(): v for k, v in headers.items()}
    for name in ("x-business-use-case-usage", "x-page-usage", "x-app-usage"):
        raw = lowered.get(name)
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        entries: list[Any] = []
        if isinstance(data, dict) and name == "x-business-use-case-usage":
            for value in data.values():
                entries.extend(value if isinstance(value, list) else [value])
        else:
            entries.append(data)
        for entry in entries:
            if isinstance(entry, dict):
                value = entry.get("estimated_time_to_regain_access")
                if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
                    minutes.append(float(value))
    return now + timedelta(minutes=max(minutes)) if minutes else None


def same_page(a: str, b: str) -> bool:
    """Two addresses of the same page: scheme, `www.`-less host case, trailing slash and
    fragment do not matter."""

    def canonical(url: str) -> str:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
        if parts.port and parts.port not in (80, 443):
            host = f"{host}:{parts.port}"
        return urlunsplit(("https", host, parts.path.rstrip("/"), parts.query, ""))

    return canonical(a) == canonical(b)


def _unshim(url: str) -> str:
    """Facebook's link shim (l.facebook.com/l.php?u=…) → the address it leads to."""
    parts = urlsplit(url)
    if parts.path == "/l.php" and "facebook.com" in (parts.hostname or ""):
        target = parse_qs(parts.query).get("u")
        if target:
            return unquote(target[0])
    return url


def links_to(post: Mapping[str, Any], url: str) -> bool:
    """True when a post of the Page (as `POST_FIELDS` reads it) carries the note's link."""
    attachments = post.get("attachments") or {}
    items = attachments.get("data") if isinstance(attachments, Mapping) else None
    for item in items or []:
        if not isinstance(item, Mapping):
            continue
        target = item.get("target") if isinstance(item.get("target"), Mapping) else {}
        for candidate in (item.get("unshimmed_url"), item.get("url"), target.get("url")):
            if candidate and same_page(_unshim(str(candidate)), url):
                return True
    message = str(post.get("message") or "")
    return any(same_page(word, url) for word in message.split() if "://" in word)


def _next_cursor(paging: Any) -> str | None:
    """The `after` cursor of a page of results (never the `next` URL: it holds the token)."""
    if not isinstance(paging, Mapping) or not paging.get("next"):
        return None
    cursors = paging.get("cursors")
    if isinstance(cursors, Mapping) and cursors.get("after"):
        return str(cursors["after"])
    found = parse_qs(urlsplit(str(paging["next"])).query).get("after")
    return found[0] if found else None
