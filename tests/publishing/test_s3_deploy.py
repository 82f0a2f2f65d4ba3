"""The s3:// deploy target against a real S3-compatible server on 127.0.0.1 (moto's server).

The pure parts (content types, cache headers, the plan, CloudFront batches) are checked
directly; the deploy itself talks HTTP to the server through boto3, as it would to S3/R2.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError
from common.bucket import BucketAddress
from common.errors import RoundsError
from publishing import s3
from publishing.s3 import (
    ASSET,
    FEED,
    IMMUTABLE,
    PAGE,
    REVALIDATE,
    S3Target,
    cache_control,
    content_type,
    invalidation_batches,
    kind_of,
    plan_upload,
)

# --- Pure -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "expected"), [
    ("index.html", "text/html; charset=utf-8"),
    ("notes/rsv/index.html", "text/html; charset=utf-8"),
    ("theme/css/main.css", "text/css; charset=utf-8"),
    ("search.js", "text/javascript; charset=utf-8"),
    ("feeds/all.atom.xml", "application/atom+xml"),
    ("feeds/all.rss.xml", "application/rss+xml"),
    ("sitemap.xml", "application/xml"),
    ("robots.txt", "text/plain; charset=utf-8"),
    ("images/cards/fever-08be94614f.jpg", "image/jpeg"),
    ("images/LOGO.PNG", "image/png"),
    ("theme/logo.svg", "image/svg+xml"),
    ("fonts/x.woff2", "font/woff2"),
    ("pagefind/wasm.en.pagefind", "application/octet-stream"),
    ("pagefind/pagefind.js", "text/javascript; charset=utf-8"),
    ("pagefind/wasm.unknown", "application/octet-stream"),
    ("README", "application/octet-stream"),
])
def test_content_type_comes_from_the_table(path: str, expected: str) -> None:
    assert content_type(path) == expected


def test_kinds_and_cache_headers() -> None:
    assert kind_of("notes/a/index.html") == PAGE and cache_control("404.html") == REVALIDATE
    assert kind_of("feeds/all.atom.xml") == FEED and cache_control("sitemap.xml") == REVALIDATE
    assert kind_of("robots.txt") == FEED
    fingerprinted = "images/cards/fever-is-a-fighter-08be94614f.jpg"
    assert kind_of(fingerprinted) == ASSET and cache_control(fingerprinted) == IMMUTABLE
    assert cache_control("pagefind/fragment/en_3a1f.pf_fragment") == IMMUTABLE
    assert cache_control("theme/css/main.css") == s3.ASSET_CACHE
    assert cache_control("images/photo.jpg") == s3.ASSET_CACHE


def test_the_plan_uploads_by_content_in_phases_and_deletes_last() -> None:
    local = {"index.html": "h1", "a.css": "c2", "img-0123456789.png": "i1",
             "feeds/all.atom.xml": "f2", "notes/new/index.html": "n1"}
    remote = {"index.html": "h1", "a.css": "c1", "img-0123456789.png": "i1",
              "feeds/all.atom.xml": None, "notes/gone/index.html": "g1"}
    plan = plan_upload(local, remote)
    assert plan.uploads == {ASSET: ["a.css"], PAGE: ["notes/new/index.html"],
                            FEED: ["feeds/all.atom.xml"]}
    assert plan.deletions == ["notes/gone/index.html"]
    assert plan.unchanged == 2 and plan.upload_count == 3


def test_invalidations_cover_pretty_urls_and_are_batched() -> None:
    assert invalidation_batches(["notes/a/index.html", "index.html", "a.css"]) == [
        ["/", "/a.css", "/index.html", "/notes/a/", "/notes/a/index.html"]]
    many = [f"img/{n}.png" for n in range(s3.INVALIDATE_ALL_OVER + 1)]
    assert invalidation_batches(many) == [["/*"]]


# --- Against the server ---------------------------------------------------------------------


def test_the_server_honours_conditional_writes(s3_env: Any) -> None:
    """The shared ledger is only as safe as the server's `If-None-Match`/`If-Match`."""
    from common import bucket

    client, name = s3_env.client(), s3_env.new_bucket()
    first = bucket.write(client, name, "k", b"1", None)
    with pytest.raises(bucket.Conflict):
        bucket.write(client, name, "k", b"2", None)  # If-None-Match: * on an existing key
    second = bucket.write(client, name, "k", b"3", first)
    with pytest.raises(bucket.Conflict):
        bucket.write(client, name, "k", b"4", first)  # If-Match on a stale version
    assert bucket.read(client, name, "k") == (b"3", second)


def make_build(folder: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


SITE = {
    "index.html": "<a href='notes/a/'>A</a><img src='images/a-0123456789.png'>",
    "notes/a/index.html": "<h1>A</h1>",
    "notes/b/index.html": "<h1>B</h1>",
    "theme/css/main.css": "body{}",
    "images/a-0123456789.png": "PNG",
    "feeds/all.atom.xml": "<feed/>",
    "sitemap.xml": "<urlset/>",
}


def test_first_deploy_then_only_what_changed_then_deletions(s3_env: Any, tmp_path: Path) -> None:
    name = s3_env.new_bucket()
    build = make_build(tmp_path / "output", SITE)
    target = S3Target(BucketAddress(name, "www/"))
    assert target.deploy(build) == f"s3://{name}/www/"
    assert target.last_report is not None
    assert target.last_report.words().startswith("7 object(s) uploaded (5 assets"[:20])
    objects = s3_env.objects(name, "www/")
    assert sorted(objects) == sorted(f"www/{p}" for p in SITE)
    page = objects["www/notes/a/index.html"]
    assert page["ContentType"] == "text/html; charset=utf-8"
    assert page["CacheControl"] == REVALIDATE
    assert page["Metadata"]["sha256"] == hashlib.sha256(b"<h1>A</h1>").hexdigest()
    image = objects["www/images/a-0123456789.png"]
    assert (image["ContentType"], image["CacheControl"]) == ("image/png", IMMUTABLE)
    assert objects["www/feeds/all.atom.xml"]["ContentType"] == "application/atom+xml"

    target.deploy(build)  # nothing changed: nothing is sent
    assert target.last_report.words() == "0 object(s) uploaded, 0 deleted, 7 unchanged"

    (build / "notes" / "a" / "index.html").write_text("<h1>a</h1>")  # same size, new bytes
    (build / "notes" / "b" / "index.html").unlink()
    target.deploy(build)
    assert target.last_report.uploaded == {ASSET: 0, PAGE: 1, FEED: 0}
    assert target.last_report.deleted == 1
    assert "www/notes/b/index.html" not in s3_env.objects(name, "www/")


def test_the_state_keys_are_never_part_of_the_site(s3_env: Any, tmp_path: Path) -> None:
    """At the bucket's root the site shares the bucket with `.rounds/`: never deleted."""
    name = s3_env.new_bucket()
    s3_env.client().put_object(Bucket=name, Key=".rounds/syndication.json", Body=b"{}")
    S3Target(BucketAddress(name)).deploy(make_build(tmp_path / "out", SITE))
    assert ".rounds/syndication.json" in s3_env.objects(name)


class FailingNetwork:
    """The real client, whose connection drops at the n-th upload of a page."""

    def __init__(self, real: Any, fail_at: int) -> None:
        self.real, self.fail_at, self.calls = real, fail_at, []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def put_object(self, **request: Any) -> Any:
        self.calls.append(request["Key"])
        if request["Key"].endswith(".html"):
            self.fail_at -= 1
            if self.fail_at == 0:
                raise EndpointConnectionError(endpoint_url="http://127.0.0.1")
        return self.real.put_object(**request)

    def delete_object(self, **request: Any) -> Any:
        self.calls.append(f"DELETE {request['Key']}")
        return self.real.delete_object(**request)

    def head_object(self, **request: Any) -> Any:
        self.calls.append(f"HEAD {request['Key']}")
        return self.real.head_object(**request)


def test_an_unchanged_site_costs_a_listing_not_a_request_per_object(
        s3_env: Any, tmp_path: Path) -> None:
    """The last deploy's ETags are cached; an object changed behind Rounds' back is seen."""
    name = s3_env.new_bucket()
    build = make_build(tmp_path / "out", SITE)
    S3Target(BucketAddress(name, "www/")).deploy(build)
    recording = FailingNetwork(s3_env.client(), fail_at=-1)
    target = S3Target(BucketAddress(name, "www/"), client_factory=lambda _s: recording)
    target.deploy(build)
    assert recording.calls == [] and target.last_report is not None
    assert target.last_report.unchanged == len(SITE)
    s3_env.client().put_object(Bucket=name, Key="www/notes/a/index.html", Body=b"by hand")
    target.deploy(build)
    site_calls = [call for call in recording.calls if ".rounds/" not in call]
    assert site_calls == ["HEAD www/notes/a/index.html", "www/notes/a/index.html"]
    assert s3_env.client().get_object(Bucket=name, Key="www/notes/a/index.html")[
        "Body"].read() == SITE["notes/a/index.html"].encode()


def test_a_failure_midway_leaves_the_old_site_whole_and_says_what_to_rerun(
        s3_env: Any, tmp_path: Path) -> None:
    name = s3_env.new_bucket()
    old = make_build(tmp_path / "old", SITE)
    S3Target(BucketAddress(name)).deploy(old)
    new_files = {k: v + " v2" for k, v in SITE.items() if k != "notes/b/index.html"}
    new = make_build(tmp_path / "new", new_files)
    failing = FailingNetwork(s3_env.client(), fail_at=2)
    target = S3Target(BucketAddress(name), client_factory=lambda _service: failing)
    monkey_workers = s3.WORKERS
    s3.WORKERS = 1  # one upload at a time, so "the second page" is well defined
    try:
        with pytest.raises(RoundsError) as error:
            target.deploy(new)
    finally:
        s3.WORKERS = monkey_workers
    message = str(error.value)
    assert "stopped during the pages" in message and "nothing was deleted" in message
    assert "Fix: run `make publish` again" in message
    kinds = [kind_of(k) for k in failing.calls]
    assert kinds == sorted(kinds, key=[ASSET, PAGE, FEED].index)  # assets strictly first
    live = s3_env.objects(name)
    assert "notes/b/index.html" in live  # nothing deleted while the site is half-new
    assert all(f in live for f in SITE)
    rerun = S3Target(BucketAddress(name))
    rerun.deploy(new)  # completes it: only what is still different
    assert rerun.last_report is not None and rerun.last_report.uploaded[ASSET] == 0
    site_keys = [k for k in s3_env.objects(name) if not k.startswith(".rounds/")]
    assert sorted(site_keys) == sorted(new_files)


def test_every_upload_comes_before_the_deletions(s3_env: Any, tmp_path: Path) -> None:
    name = s3_env.new_bucket()
    S3Target(BucketAddress(name)).deploy(make_build(tmp_path / "old", SITE))
    recording = FailingNetwork(s3_env.client(), fail_at=-1)
    new = make_build(tmp_path / "new", {**{k: v + "!" for k, v in SITE.items()
                                           if not k.startswith("notes/b")}, "new.css": "x"})
    S3Target(BucketAddress(name), client_factory=lambda _s: recording).deploy(new)
    calls = [call for call in recording.calls if ".rounds/" not in call]  # the ETag cache
    deletions = [i for i, call in enumerate(calls) if call.startswith("DELETE")]
    assert deletions and min(deletions) == len(calls) - len(deletions)
    feeds = [i for i, c in enumerate(calls) if kind_of(c) == FEED]
    pages = [i for i, c in enumerate(calls) if c.endswith(".html") and not c.startswith("DELETE")]
    assets = [i for i, c in enumerate(calls) if kind_of(c) == ASSET]
    assert max(assets) < min(pages) and max(pages) < min(feeds)
    image = calls.index("images/a-0123456789.png")  # named by content: before what names it
    assert image < calls.index("new.css") and image < calls.index("theme/css/main.css")


@pytest.mark.slow  # CloudFront's model is one more second to load
def test_cloudfront_gets_one_batched_invalidation_of_the_changed_paths(
        s3_env: Any, tmp_path: Path) -> None:
    cloudfront = s3_env.client("cloudfront")
    distribution = cloudfront.create_distribution(DistributionConfig={
        "CallerReference": tmp_path.name, "Comment": "", "Enabled": True,
        "Origins": {"Quantity": 1, "Items": [{"Id": "site", "DomainName": "maple.s3.amazonaws.com",
                                              "S3OriginConfig": {"OriginAccessIdentity": ""}}]},
        "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "allow-all",
                                 "MinTTL": 0, "ForwardedValues": {
                                     "QueryString": False, "Cookies": {"Forward": "none"}}},
    })["Distribution"]["Id"]
    name = s3_env.new_bucket()
    build = make_build(tmp_path / "out", SITE)
    S3Target(BucketAddress(name)).deploy(build)
    (build / "notes" / "a" / "index.html").write_text("<h1>A, edited</h1>")
    target = s3.s3_target(f"s3://{name}", {"CLOUDFRONT_DISTRIBUTION_ID": distribution})
    target.deploy(build)
    assert target.last_report is not None and target.last_report.invalidations == 1
    listed = cloudfront.list_invalidations(DistributionId=distribution)["InvalidationList"]
    assert listed["Quantity"] == 1
    paths = cloudfront.get_invalidation(DistributionId=distribution, Id=listed["Items"][0]["Id"])
    assert paths["Invalidation"]["InvalidationBatch"]["Paths"]["Items"] == [
        "/notes/a/", "/notes/a/index.html"]


@pytest.mark.slow  # boto3 retries the refused connection with back-off first
def test_unreachable_storage_is_a_clear_error(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    for variable, value in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "y",
                            "AWS_DEFAULT_REGION": "us-east-1",
                            "AWS_CONFIG_FILE": str(tmp_path / "none"),
                            "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none")}.items():
        monkeypatch.setenv(variable, value)
    with pytest.raises(RoundsError, match=r"live site was not touched") as error:
        S3Target(BucketAddress("maple")).deploy(make_build(tmp_path / "out", SITE))
    assert "Fix:" in str(error.value)
