"""A Graph API emulator for one Facebook Page: a real HTTP server on 127.0.0.1.

The adapter (requests) talks to it over the wire, so the versioned paths, the form bodies,
the token's place, the error bodies and the usage headers are the Graph API's:

- Every path starts with the version (`/v25.0/…`); the token is accepted where Facebook
  accepts it (`access_token` in the form body or the query, `Authorization: Bearer|OAuth`).
  A request that carried it in its URL is counted (`token_in_url`): the adapter never should.
- `GET /{page-id}?fields=id,name`; `GET /{post-id}?fields=permalink_url`.
- `POST /{page-id}/feed` (`message`, `link`) → `{"id": "<page>_<post>"}`; the same message
  and link as the Page's latest post → error 506 "Duplicate status message".
- `POST /{page-id}/photos` (`url`, `message`, `alt_text_custom`) → `{"id", "post_id"}`.
- `GET /{page-id}/posts?fields=…&since=&limit=&after=` newest first, link posts with
  `attachments.data[].unshimmed_url` and the shimmed `url`, paging by cursors (and a `next`
  URL holding the token, as Facebook's does).
- `POST /?id={url}&scrape=true` → the URL object with `image` (from `pages`, else a default
  card; after `read_pages_through(proxy)`, what the live page's og: tags give, the picture
  only when it answers 200 as an image, as Facebook's crawler), or a scripted error.
- Errors: `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`; every
  answer carries `x-app-usage` and `x-business-use-case-usage`, a rate limit its
  `estimated_time_to_regain_access`.

Scripted failures (`rate_limit_next`, `server_error_next`, `unauthorized_next`,
`blocked_next`, `scrape_error_next`, `accept_then_drop`) are taken by the next matching
request.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import requests

from fakes.http_fake import Answer, FakeServer, Request, Scripted

TOKEN = "emulator-facebook-page-token-EAAB"
PAGE_ID = "104000000000001"
VERSION = "v25.0"
_VERSIONED = re.compile(r"^/(v\d+\.\d+)(/.*)?$")


@dataclass
class PagePost:
    id: str
    message: str
    link: str | None
    created_at: datetime
    photo_url: str | None = None
    alt_text: str | None = None
    photo_id: str | None = None

    @property
    def permalink(self) -> str:
        page, _, post = self.id.partition("_")
        return f"https://www.facebook.com/{page}/posts/{post}"


def graph_error(message: str, code: int, subcode: int | None = None,
                kind: str = "OAuthException") -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": kind, "code": code,
                             "fbtrace_id": "A" + secrets.token_hex(10)}
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


class FacebookEmulator(FakeServer):
    thread_name = "facebook-emulator"

    def __init__(self, *, token: str = TOKEN, page_id: str = PAGE_ID,
                 name: str = "Maple Street Pediatrics") -> None:
        super().__init__()
        self.token = token
        self.page_id = page_id
        self.name = name
        self.page_posts: list[PagePost] = []
        #: URL → the Open Graph object a scrape answers (None: no picture found).
        self.pages: dict[str, dict[str, Any] | None] = {}
        self.scrapes: list[str] = []
        #: Set by `read_pages_through`: the scrape fetches each page, as Facebook's crawler.
        self.proxy: str | None = None
        #: URL → what the crawler found there (with `read_pages_through`).
        self.crawled: dict[str, dict[str, Any]] = {}
        self.versions: set[str] = set()
        self.token_in_url = 0
        self.create_calls = 0
        self._next = 900_000_000_000_001

    def env(self, prefix: str = "FACEBOOK") -> dict[str, str]:
        return {f"{prefix}_PAGE_ID": self.page_id, f"{prefix}_PAGE_ACCESS_TOKEN": self.token,
                f"ROUNDS_{prefix}_API_BASE_URL": self.base_url}

    @property
    def feed_path(self) -> str:
        return f"/{VERSION}/{self.page_id}/feed"

    # -- scripting ------------------------------------------------------------------------

    def rate_limit_next(self, reset_in: float = 600.0, code: int = 32,
                        path: str | None = None) -> datetime:
        """The next create answers Facebook's rate-limit error with the time in the BUC
        header (minutes); returns when access comes back."""
        minutes = max(1, round(reset_in / 60))
        usage = {self.page_id: [{"type": "pages", "call_count": 100, "total_cputime": 12,
                                 "total_time": 15,
                                 "estimated_time_to_regain_access": minutes}]}
        self.script(Scripted("status", "POST", path or self.feed_path, 400,
                             graph_error("(#32) Page request limit reached", code),
                             {"x-business-use-case-usage": json.dumps(usage)}))
        return datetime.now(UTC) + timedelta(minutes=minutes)

    def server_error_next(self, status: int = 500, times: int = 1) -> None:
        for _ in range(times):
            self.script(Scripted("status", "POST", self.feed_path, status, graph_error(
                "An unexpected error has occurred. Please retry your request later.", 2)))

    def unauthorized_next(self, subcode: int = 463, path: str | None = None,
                          method: str = "POST") -> None:
        """The token expired (190/463), as Facebook words it."""
        self.script(Scripted("status", method, path or self.feed_path, 400, graph_error(
            "Error validating access token: Session has expired on Sunday, 29-Nov-26 "
            "09:00:00 PST. The current time is Monday, 30-Nov-26 13:00:00 PST.", 190, subcode)))

    def blocked_next(self) -> None:
        self.script(Scripted("status", "POST", self.feed_path, 400, graph_error(
            "It looks like you were misusing this feature by going too fast. You've been "
            "temporarily blocked from using it.", 368, 1390008)))

    def scrape_error_next(self) -> None:
        self.script(Scripted("status", "POST", f"/{VERSION}/", 400, graph_error(
            "(#100) The parameter 'id' is invalid: the URL could not be scraped "
            "(response code 404)", 100, kind="GraphMethodException")))

    def accept_then_drop(self) -> None:
        self.script(Scripted("accept_then_drop", "POST", self.feed_path))

    def read_pages_through(self, proxy: str) -> None:
        """Scrape for real: fetch the page (through `proxy`, where the e2e tests serve the
        deployed site) and answer its og: tags, the picture only when it answers 200."""
        self.proxy = proxy

    # -- observation ----------------------------------------------------------------------

    @property
    def posts(self) -> list[PagePost]:
        with self.lock:
            return list(self.page_posts)

    # -- the Graph API --------------------------------------------------------------------

    def common_headers(self) -> dict[str, str]:
        usage = {self.page_id: [{"type": "pages", "call_count": 2, "total_cputime": 1,
                                 "total_time": 1, "estimated_time_to_regain_access": 0}]}
        return {"x-app-usage": json.dumps({"call_count": 1, "total_cputime": 1,
                                           "total_time": 1}),
                "x-business-use-case-usage": json.dumps(usage),
                "facebook-api-version": VERSION}

    def route(self, request: Request) -> tuple[Any, ...]:
        match = _VERSIONED.match(request.path)
        if not match:
            raise Answer(400, graph_error("Unknown path components: " + request.path, 2500))
        self.versions.add(match.group(1))
        path = (match.group(2) or "/").rstrip("/") or "/"
        fields = self._fields(request)
        self._authorise(request, fields)
        if path == "/" and request.method == "POST":
            return self._scrape(fields)
        if path == f"/{self.page_id}" and request.method == "GET":
            return 200, {"id": self.page_id, "name": self.name}
        if path == f"/{self.page_id}/feed" and request.method == "POST":
            return self._feed(fields)
        if path == f"/{self.page_id}/photos" and request.method == "POST":
            return self._photo(fields)
        if path == f"/{self.page_id}/posts" and request.method == "GET":
            return self._posts(fields)
        post = self._find(path.lstrip("/"))
        if post is not None and request.method == "GET":
            return 200, {"id": post.id, "permalink_url": post.permalink}
        raise Answer(400, graph_error(
            f"Unsupported {request.method.lower()} request. Object with ID "
            f"'{path.lstrip('/')}' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation.", 100, 33,
            "GraphMethodException"))

    @staticmethod
    def _fields(request: Request) -> dict[str, str]:
        merged = {k: v[0] for k, v in request.query.items()}
        if request.method == "POST":
            form, _ = request.form()
            merged.update({k: v[0] for k, v in form.items() if v})
        return merged

    def _authorise(self, request: Request, fields: dict[str, str]) -> None:
        if "access_token" in request.query:
            with self.lock:
                self.token_in_url += 1
        header = request.headers.get("authorization", "")
        given = fields.get("access_token") or re.sub(r"^(Bearer|OAuth)\s+", "", header)
        if not given:
            raise Answer(400, graph_error("An active access token must be used to query "
                                          "information about the current user.", 2500))
        if given != self.token:
            raise Answer(400, graph_error("Invalid OAuth access token - Cannot parse access "
                                          "token", 190))

    def _new_id(self) -> str:
        self._next += 1
        return str(self._next)

    def _create(self, message: str, link: str | None, **photo: str | None) -> PagePost:
        post = PagePost(f"{self.page_id}_{self._new_id()}", message, link, datetime.now(UTC),
                        **photo)
        self.page_posts.append(post)
        self.changed.notify_all()
        return post

    def _feed(self, fields: dict[str, str]) -> tuple[int, Any]:
        message, link = fields.get("message", ""), fields.get("link")
        with self.changed:
            self.create_calls += 1
            if not message and not link:
                raise Answer(400, graph_error("(#100) Missing message or attachment", 100))
            latest = self.page_posts[-1] if self.page_posts else None
            if latest is not None and latest.message == message and latest.link == link:
                raise Answer(400, graph_error("(#506) Duplicate status message", 506,
                                              1455006))
            return 200, {"id": self._create(message, link).id}

    def _photo(self, fields: dict[str, str]) -> tuple[int, Any]:
        if not fields.get("url"):
            raise Answer(400, graph_error("(#324) Requires upload file", 324))
        with self.changed:
            self.create_calls += 1
            photo_id = self._new_id()
            post = self._create(fields.get("message", ""), None, photo_url=fields["url"],
                                alt_text=fields.get("alt_text_custom"), photo_id=photo_id)
            return 200, {"id": photo_id, "post_id": post.id}

    def _posts(self, fields: dict[str, str]) -> tuple[int, Any]:
        limit = min(int(fields.get("limit") or 25), 100)
        since = float(fields.get("since") or 0)
        with self.lock:
            newest = [p for p in reversed(self.page_posts) if p.created_at.timestamp() >= since]
        start = int(fields.get("after") or 0)
        chunk = newest[start:start + limit]
        answer: dict[str, Any] = {"data": [self._json(p) for p in chunk]}
        if chunk:
            paging: dict[str, Any] = {"cursors": {"before": str(start),
                                                  "after": str(start + len(chunk))}}
            if start + len(chunk) < len(newest):
                paging["next"] = (f"{self.base_url}/{VERSION}/{self.page_id}/posts?access_token="
                                  f"{self.token}&limit={limit}&after={start + len(chunk)}")
            answer["paging"] = paging
        return 200, answer

    def _json(self, post: PagePost) -> dict[str, Any]:
        data: dict[str, Any] = {"id": post.id, "message": post.message,
                                "created_time": post.created_at.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                                "permalink_url": post.permalink}
        if post.link:
            shim = f"https://l.facebook.com/l.php?u={quote(post.link, safe='')}&h=AT0"
            data["attachments"] = {"data": [{"type": "share", "unshimmed_url": post.link,
                                             "url": shim, "target": {"url": shim}}]}
        elif post.photo_id:
            photo = f"https://www.facebook.com/photo.php?fbid={post.photo_id}"
            data["attachments"] = {"data": [{"type": "photo", "url": photo,
                                             "target": {"id": post.photo_id, "url": photo}}]}
        return data

    def _find(self, post_id: str) -> PagePost | None:
        with self.lock:
            return next((p for p in self.page_posts if p.id == post_id), None)

    def _scrape(self, fields: dict[str, str]) -> tuple[int, Any]:
        url = fields.get("id", "")
        if fields.get("scrape") != "true" or not url:
            raise Answer(400, graph_error("(#100) The parameter id is required", 100))
        with self.lock:
            self.scrapes.append(url)
        default = self._crawled(url) if self.proxy else {"title": "A note", "image": [
            {"url": url.rstrip("/") + "/card.png", "width": 1200, "height": 630}]}
        found = self.pages.get(url, default)
        answer: dict[str, Any] = {"url": url, "type": "article", "id": "2400000000000001",
                                  "updated_time": datetime.now(UTC).isoformat()}
        answer.update(found or {"title": "A note"})
        return 200, answer

    def _crawled(self, url: str) -> dict[str, Any]:
        found = self._crawl(url)
        with self.lock:
            self.crawled[url] = found
        return found

    def _crawl(self, url: str) -> dict[str, Any]:
        """What Facebook's crawler finds at `url`: its og: tags; `image` only when the
        picture answers 200 as an image."""
        proxies = {"http": self.proxy or "", "https": self.proxy or ""}
        try:
            page = requests.get(url, proxies=proxies, timeout=10)
        except requests.RequestException:
            return {"title": url}
        tags = dict(re.findall(r'<meta property="(og:[a-z:_]+)" content="([^"]*)"', page.text))
        found: dict[str, Any] = {"title": html.unescape(tags.get("og:title", url))}
        image = html.unescape(tags.get("og:image", ""))
        if page.status_code == 200 and image:
            try:
                picture = requests.get(image, proxies=proxies, timeout=10)
            except requests.RequestException:
                return found
            if picture.status_code == 200 and picture.headers.get(
                    "Content-Type", "").startswith("image/"):
                found["image"] = [{"url": image, "width": int(tags.get("og:image:width", 0)),
                                   "height": int(tags.get("og:image:height", 0))}]
        return found
