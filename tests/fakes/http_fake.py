"""What the network emulators share: a threaded HTTP server on 127.0.0.1 with scripted
failures, so each emulator (X, Mastodon, Bluesky, Facebook) is only its network's behaviour.

A scripted answer (`Scripted`) is taken by the next request whose method and path match:

- "status": answer `status` with `body` and `headers` (the route is not asked);
- "drop": close the connection, nothing handled;
- "slow": wait `delay` seconds, then handle the request as usual (a client that gave up
  meanwhile never hears that it was handled);
- "accept_then_drop": handle the request (the post exists), then close the connection
  before the answer;
- "accept_then_hang": handle the request, then wait `delay` seconds before answering, so
  the client times out.

"Accept" means the route returned an answer: a refusal the route raises as `Answer` (a bad
token, a text over the limit) is answered as is, since nothing was accepted.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


@dataclass
class Scripted:
    kind: str  # "status", "drop", "slow", "accept_then_drop", "accept_then_hang"
    method: str = "POST"
    path: str = ""
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds a "slow" or "accept_then_hang" answer waits (cut short by `stop()`).
    delay: float = 0.0


@dataclass
class Part:
    """One part of a multipart body."""

    name: str
    filename: str | None
    content_type: str
    payload: bytes


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    #: The query string as sent (a signature is computed over it, not over `query`).
    raw_query: str = ""

    def json(self) -> Any:
        return json.loads(self.body or b"{}")

    def parts(self) -> Iterator[Part]:
        """The parts of a multipart body (none for any other body)."""
        kind = self.headers.get("content-type", "")
        if not kind.startswith("multipart/form-data"):
            return
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {kind}\r\n\r\n".encode() + self.body)
        for part in message.iter_parts():
            yield Part(str(part.get_param("name", header="content-disposition")),
                       part.get_filename(), str(part.get_content_type()),
                       part.get_payload(decode=True) or b"")

    def form(self) -> tuple[dict[str, list[str]], dict[str, tuple[str, bytes]]]:
        """(fields, files) of a form-encoded, multipart or JSON body."""
        kind = self.headers.get("content-type", "")
        if kind.startswith("multipart/form-data"):
            fields: dict[str, list[str]] = {}
            files: dict[str, tuple[str, bytes]] = {}
            for part in self.parts():
                if part.filename:
                    files[part.name] = (part.content_type, part.payload)
                else:
                    fields.setdefault(part.name, []).append(part.payload.decode("utf-8"))
            return fields, files
        if kind.startswith("application/json"):
            data = self.json()
            return {k: v if isinstance(v, list) else [v] for k, v in data.items()}, {}
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True), {}


class Answer(Exception):
    """Raised by a route to answer with `status` and a JSON `body`."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


class FakeServer:
    """Subclasses implement `route(request)`; scripted answers come first."""

    thread_name = "fake-server"
    #: The `Server` header, when the network's own is worth copying (else Python's).
    server_software: str | None = None

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._script: list[Scripted] = []
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        #: Set by `stop()`: every scripted wait ends, so no handler thread outlives a test.
        self.stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self, host: str = "127.0.0.1", port: int = 0) -> Self:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the emulator first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- scripting ------------------------------------------------------------------------

    def script(self, *answers: Scripted) -> None:
        with self.lock:
            self._script.extend(answers)

    def take(self, method: str, path: str) -> Scripted | None:
        with self.lock:
            for index, answer in enumerate(self._script):
                if answer.method == method and path.startswith(answer.path):
                    return self._script.pop(index)
        return None

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.changed.wait(left)
            return True

    def route(self, request: Request) -> tuple[Any, ...]:  # pragma: no cover - abstract
        raise NotImplementedError

    def common_headers(self) -> dict[str, str]:
        return {}

    def content_type(self, status: int, payload: Any) -> str:
        """The Content-Type of an answer that does not name its own."""
        return "application/json; charset=utf-8"


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `fake.requests`, not stderr."""

    def version_string(self) -> str:
        return self.server_fake.server_software or super().version_string()

    def _handle(self) -> None:
        fake = self.server_fake
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, parts.path, parse_qs(parts.query),
                          {k.lower(): v for k, v in self.headers.items()}, body, parts.query)
        with fake.lock:
            fake.requests.append(request)
        scripted = fake.take(self.command, parts.path)
        kind = scripted.kind if scripted is not None else None
        if scripted is not None and kind == "drop":
            self._drop()
            return
        if scripted is not None and kind == "status":
            self._send(scripted.status, scripted.body,
                       {**fake.common_headers(), **scripted.headers})
            return
        if scripted is not None and kind == "slow":
            fake.stopping.wait(scripted.delay)
        accepted = True
        try:
            answer = fake.route(request)
        except Answer as error:
            answer, accepted = (error.status, error.body, error.headers), False
        with fake.changed:
            fake.changed.notify_all()
        if scripted is not None and accepted and kind == "accept_then_drop":
            self._drop()
            return
        if scripted is not None and accepted and kind == "accept_then_hang":
            fake.stopping.wait(scripted.delay)
        status, payload = answer[0], answer[1]
        headers = answer[2] if len(answer) > 2 else {}
        self._send(status, payload, {**fake.common_headers(), **headers})

    def _send(self, status: int, payload: Any, headers: dict[str, str]) -> None:
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            if not any(k.lower() == "content-type" for k in headers):
                self.send_header("Content-Type",
                                 self.server_fake.content_type(status, payload))
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout): the tested case

    def _drop(self) -> None:
        """Close the connection without a byte of answer."""
        self.close_connection = True
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.connection.close()

    do_GET = do_POST = do_PUT = do_DELETE = _handle
