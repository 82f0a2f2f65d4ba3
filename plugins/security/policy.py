"""The site's Content-Security-Policy and security headers, computed from the pages (pure).

The site promises parents no third-party requests and no script they did not ask for. The
policy says so to the browser: everything from the site itself, nothing else, and the few
inline blocks (the theme's `<style>`, each page's JSON-LD) allowed by the SHA-256 of their
exact text. The hashes are computed from each page *as rendered*, at build time, so a
change to the theme's CSS can never leave a stale hash behind.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Headers no `<meta>` can carry, sent by the host (`_headers`, nginx, Apache).
STATIC_HEADERS = (
    # A parent's click from a note to healthychildren.org does not tell it which note.
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Permissions-Policy",
     "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
)
REFERRER_META = '<meta name="referrer" content="no-referrer">'

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>",
                     re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_EXISTING = re.compile(r"<meta\s+http-equiv=[\"']Content-Security-Policy[\"']", re.IGNORECASE)


def source_hash(text: str) -> str:
    """`'sha256-…'` of an inline block's text, as the browser hashes it (newlines as the
    HTML parser normalises them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@dataclass(frozen=True)
class InlineBlocks:
    """The hashes of a page's inline `<style>` and `<script>` (without src) elements."""

    styles: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()


def inline_blocks(page: str) -> InlineBlocks:
    """The inline styles and scripts of `page`'s `<head>`, hashed (each once, in order).

    Only the head's: that is the theme's (its `<style>`, the JSON-LD). A `<script>` or
    `<style>` inside a note's text is in the body, gets no hash, and the browser refuses it
    even if a note carrying one was built without `invoke check`.
    """
    end = _HEAD_END.search(page)
    head = page[: end.start()] if end else ""
    styles = [source_hash(match.group(1)) for match in _STYLE.finditer(head)]
    scripts = [source_hash(match["body"]) for match in _SCRIPT.finditer(head)
               if not _SRC.search(match["attrs"])]
    return InlineBlocks(tuple(dict.fromkeys(styles)), tuple(dict.fromkeys(scripts)))


def content_security_policy(styles: Iterable[str], scripts: Iterable[str],
                            header: bool = False) -> str:
    """The policy for pages whose inline blocks hash to `styles` and `scripts`.

    `'wasm-unsafe-eval'` lets Pagefind's search run its WebAssembly (it allows no `eval`).
    `frame-ancestors` works only as a header; browsers ignore it (with a warning) in a meta.
    """
    style_src = " ".join(styles) or "'none'"
    script_src = " ".join(["'self'", "'wasm-unsafe-eval'", *scripts])
    directives = [
        "default-src 'none'", f"script-src {script_src}", f"style-src {style_src}",
        "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "manifest-src 'self'",
        "base-uri 'none'", "form-action 'self'", "object-src 'none'",
    ]
    if header:
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def with_policy(page: str) -> tuple[str, InlineBlocks]:
    """`page` with its own policy as the first thing after `<meta charset>` (a meta policy
    governs only what follows it), plus the referrer meta; and the blocks it hashed.

    A page that already carries a policy is returned unchanged (a rebuild of a written file).
    """
    blocks = inline_blocks(page)
    if _EXISTING.search(page):
        return page, blocks
    policy = content_security_policy(blocks.styles, blocks.scripts)
    tags = f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n{REFERRER_META}\n'
    anchor = _CHARSET.search(page) or _HEAD.search(page)
    if anchor is None:
        return tags + page, blocks
    at = anchor.end()
    return page[:at] + "\n" + tags.rstrip("\n") + page[at:], blocks


def site_policy(styles: Iterable[str]) -> str:
    """The site-wide header policy: every page's style hashes. JSON-LD blocks are data,
    never executed, so script-src needs none of their hashes in the header."""
    return content_security_policy(sorted(set(styles)), (), header=True)


def headers_file(styles: Iterable[str]) -> str:
    """`_headers` (Netlify, Cloudflare Pages): the policy and the headers for every path."""
    lines = ["/*", f"  Content-Security-Policy: {site_policy(styles)}"]
    lines += [f"  {name}: {value}" for name, value in STATIC_HEADERS]
    return "\n".join(lines) + "\n"


def header_pairs(styles: Iterable[str]) -> list[tuple[str, str]]:
    """The same headers as (name, value) pairs, for a server that sends them itself."""
    return [("Content-Security-Policy", site_policy(styles)), *STATIC_HEADERS]


def parse_headers_file(text: str, path: str = "/*") -> list[tuple[str, str]]:
    """The headers `_headers` gives `path`'s block (only exact blocks such as "/*")."""
    pairs: list[tuple[str, str]] = []
    current: str | None = None
    for line in text.splitlines():
        if line and not line[0].isspace():
            current = line.strip()
        elif current == path and ":" in line:
            name, value = line.strip().split(":", 1)
            pairs.append((name.strip(), value.strip()))
    return pairs
