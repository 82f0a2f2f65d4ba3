"""A real S3-compatible server on 127.0.0.1 for the object-storage tests (no boto3 mocks).

`moto[server]`'s `ThreadedMotoServer` speaks S3's HTTP API (and CloudFront's); boto3 talks
to it over real sockets through `AWS_ENDPOINT_URL`, exactly as it would talk to R2 or MinIO.
It honours conditional writes (`If-None-Match: *`, `If-Match`) — the shared ledger depends
on that, and `test_the_server_honours_conditional_writes` keeps checking it.

`BucketSiteProxy` plays the practice's public address: an HTTP proxy that answers any
SITEURL request from the bucket (`/notes/x/` → `notes/x/index.html`), so the publish's
verify step reads the pages back through SITEURL as it would in production.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote, urlsplit

import boto3
from botocore.exceptions import ClientError
from support.local_http import LocalHTTP

#: Fake credentials only this local server accepts (moto accepts any).
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "rounds-test", "AWS_SECRET_ACCESS_KEY": "rounds-test-secret",
               "AWS_DEFAULT_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class S3Server:
    """The running server: its endpoint, the environment boto3 needs, a client."""

    endpoint: str
    config_dir: str
    _clients: dict[str, Any] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        """boto3's own variables, pointing at this server and at no file of this machine."""
        return {**CREDENTIALS, "AWS_ENDPOINT_URL": self.endpoint,
                "AWS_CONFIG_FILE": f"{self.config_dir}/config",
                "AWS_SHARED_CREDENTIALS_FILE": f"{self.config_dir}/credentials",
                "AWS_EC2_METADATA_DISABLED": "true"}

    def client(self, service: str = "s3") -> Any:
        """A client of this server (one per service: boto3 clients are slow to make)."""
        if service not in self._clients:
            self._clients[service] = self._make_client(service)
        return self._clients[service]

    def _make_client(self, service: str) -> Any:
        return boto3.session.Session().client(
            service, endpoint_url=self.endpoint, region_name=CREDENTIALS["AWS_DEFAULT_REGION"],
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])

    def new_bucket(self) -> str:
        name = f"rounds-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def objects(self, bucket: str, prefix: str = "") -> dict[str, dict[str, Any]]:
        """Every object under `prefix`: {key: head_object's answer}."""
        s3 = self.client()
        found: dict[str, dict[str, Any]] = {}
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                found[item["Key"]] = s3.head_object(Bucket=bucket, Key=item["Key"])
        return found


@contextmanager
def running_server(config_dir: str) -> Iterator[S3Server]:
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield S3Server(f"http://127.0.0.1:{port}", config_dir)
    finally:
        server.stop()


class BucketSiteProxy(LocalHTTP):
    """Answers any absolute URL it is asked to proxy from `bucket/prefix` (404 if absent)."""

    def __init__(self, server: S3Server, bucket: str, prefix: str = "") -> None:
        self.requested: list[str] = []
        s3 = server.client()
        harness = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                harness.requested.append(self.path)
                path = unquote(urlsplit(self.path).path).lstrip("/")
                if path == "" or path.endswith("/"):
                    path += "index.html"
                try:
                    answer = s3.get_object(Bucket=bucket, Key=prefix + path)
                    body, status = answer["Body"].read(), 200
                    kind = answer.get("ContentType", "application/octet-stream")
                except ClientError:
                    body, status, kind = b"<h1>Not Found</h1>", 404, "text/html"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)
