"""What the Mastodon and Bluesky emulators share: a threaded HTTP server on 127.0.0.1 with
scripted failures, so each emulator is only its network's behaviour.

A scripted answer (`Scripted`) is taken by the next request whose method and path match:
a status with a body and headers, a dropped connection, or "accept then drop" (the request
is handled — the post exists — and the connection is closed before the answer).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Scripted:
    kind: str  # "status", "drop", "accept_then_drop"
    method: str = "POST"
    path: str = ""
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"{}")

    def form(self) -> tuple[dict[str, list[str]], dict[str, tuple[str, bytes]]]:
        """(fields, files) of a form-encoded, multipart or JSON body."""
        kind = self.headers.get("content-type", "")
        if kind.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + self.body)
            fields: dict[str, list[str]] = {}
            files: dict[str, tuple[str, bytes]] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename():
                    files[str(name)] = (str(part.get_content_type()), payload)
                else:
                    fields.setdefault(str(name), []).append(payload.decode("utf-8"))
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


Route = Callable[[Request], tuple[int, Any] | tuple[int, Any, dict[str, str]]]


class FakeServer:
    """Subclasses implement `route(request)`; scripted answers come first."""

    thread_name = "fake-server"

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._script: list[Scripted] = []
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self, host: str = "127.0.0.1", port: int = 0) -> Any:
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


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        fake = self.server_fake
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, parts.path, parse_qs(parts.query),
                          {k.lower(): v for k, v in self.headers.items()}, body)
        with fake.lock:
            fake.requests.append(request)
        scripted = fake.take(self.command, parts.path)
        if scripted is not None and scripted.kind == "drop":
            self.close_connection = True
            self.connection.close()
            return
        if scripted is not None and scripted.kind == "status":
            self._send(scripted.status, scripted.body,
                       {**fake.common_headers(), **scripted.headers})
            return
        try:
            answer = fake.route(request)
        except Answer as error:
            answer = (error.status, error.body, error.headers)
        with fake.changed:
            fake.changed.notify_all()
        if scripted is not None and scripted.kind == "accept_then_drop":
            self.close_connection = True
            self.connection.close()
            return
        status, payload = answer[0], answer[1]
        headers = answer[2] if len(answer) > 2 else {}
        self._send(status, payload, {**fake.common_headers(), **headers})

    def _send(self, status: int, payload: Any, headers: dict[str, str]) -> None:
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        if not any(k.lower() == "content-type" for k in headers):
            self.send_header("Content-Type", "application/json; charset=utf-8")
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    do_GET = do_POST = do_PUT = do_DELETE = _handle
