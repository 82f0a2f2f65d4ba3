"""Pictures for the adapters' image tests, served the way the live site serves them."""

from __future__ import annotations

import io
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image


def png(width: int = 40, height: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(out, "PNG")
    return out.getvalue()


def noisy_png(width: int = 1400, height: int = 900) -> bytes:
    """A photo-like picture PNG cannot compress: well over 1 MB."""
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height),
                    random.Random(7).randbytes(width * height * 3)).save(out, "PNG")
    return out.getvalue()


@contextmanager
def served(data: bytes, path: str = "/images/picture.png",
           content_type: str = "image/png") -> Iterator[str]:
    """`data` at http://127.0.0.1:<port><path> for the duration; yields the URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()
