"""Build time: describe each article for syndication, and show where it was already posted.

Nothing is sent during a build (every signal fires before upload; DESIGN.md). The build
writes a manifest of `PostSource`s for the syndicate step (drafts, hidden and future-dated
notes included, so the plan can say why they are held back), and attaches
`article.syndication_links` from the ledger so the theme shows "Also on X".
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common.atomic import write_text_atomically
from common.siteurl import is_absolute
from micronotes.titles import plain_text
from notemeta import disclosure_of, syndicate_networks
from trust.words import words_for

from .ledger import POSTED, Ledger, LedgerStore, timestamp
from .model import PostSource
from .networks.registry import NAMES, OVERRIDE_KEYS, label

MANIFEST_VERSION = 1
_STATIC_PREFIX = re.compile(r"^\{(static|filename|attach)\}")


def post_id_for(source_path: str, content_path: str, metadata: Mapping[str, Any]) -> str:
    """Identity: `syndication_id:` when given, else the path under content/ (POSIX slashes)."""
    explicit = str(metadata.get("syndication_id") or "").strip()
    if explicit:
        return explicit
    return Path(os.path.relpath(source_path, content_path)).as_posix()


def absolute_url(siteurl: str, url: str) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*://", url):
        return url
    return f"{siteurl.rstrip('/')}/{url.lstrip('/')}"


def describe_article(article: Any, settings: Mapping[str, Any]) -> PostSource:
    """One Pelican article as the syndication engine sees it (plain data, no Pelican)."""
    metadata: Mapping[str, Any] = article.metadata
    content_path = str(settings["PATH"])
    siteurl = str(settings.get("SITEURL") or "")
    source_path = Path(os.path.relpath(article.source_path, content_path)).as_posix()
    # The status the writer gave: Pelican turns a future-dated note into a draft, but the
    # planner must know it is scheduled (held until its date), not a draft.
    status = str(metadata.get("status") or "published").strip().lower()
    url = article.url
    if status == "published" and article.status == "draft":
        url = str(settings.get("ARTICLE_URL", "{slug}.html")).format(**article.url_format)
    image = str(metadata.get("image") or "").strip()
    image_url = absolute_url(siteurl, _STATIC_PREFIX.sub("", image)) if image else None
    overrides = {
        key: " ".join(str(metadata[key]).split())
        for key in OVERRIDE_KEYS
        if str(metadata.get(key) or "").strip()
    }
    summary = metadata.get("summary") or getattr(article, "summary", "") or ""
    card = getattr(article, "card", None)
    card_url = str(getattr(card, "url", "") or "")
    author = getattr(article, "author", None)
    return PostSource(
        post_id=post_id_for(article.source_path, content_path, metadata),
        source_path=f"content/{source_path}",
        url=absolute_url(siteurl, url),
        title=plain_text(str(article.title)),
        summary=plain_text(str(summary)),
        text=plain_text(str(article.content)),
        micro=bool(metadata.get("micro", False)),
        date=article.date,
        tags=tuple(str(tag) for tag in getattr(article, "tags", []) or []),
        status=status,
        networks=syndicate_networks(metadata.get("syndicate")),
        overrides=overrides,
        image_url=image_url,
        image_alt=str(metadata.get("image_alt") or "").strip() or None,
        # In the note's language, as on its page.
        disclosure=words_for(getattr(article, "lang", None), settings).disclose(
            disclosure_of(metadata.get("sponsored"), metadata.get("coi"))),
        language=str(getattr(article, "lang", "") or settings.get("DEFAULT_LANG") or "en"),
        author=str(getattr(author, "name", author)) if author else None,
        card_image_url=absolute_url(siteurl, card_url) if card_url else None,
    )


# --- The manifest ------------------------------------------------------------------------


def post_to_json(post: PostSource) -> dict[str, Any]:
    data = {
        "post_id": post.post_id, "source_path": post.source_path, "url": post.url,
        "title": post.title, "summary": post.summary, "text": post.text, "micro": post.micro,
        "date": post.date.isoformat(), "tags": list(post.tags), "status": post.status,
        "networks": None if post.networks is None else list(post.networks),
        "overrides": post.overrides, "image_url": post.image_url, "image_alt": post.image_alt,
        "disclosure": post.disclosure, "language": post.language, "author": post.author,
        "card_image_url": post.card_image_url,
    }
    return data


def post_from_json(data: Mapping[str, Any]) -> PostSource:
    date = datetime.fromisoformat(data["date"])
    if date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    networks = data.get("networks")
    return PostSource(
        post_id=data["post_id"], source_path=data["source_path"], url=data["url"],
        title=data["title"], summary=data["summary"], text=data["text"],
        micro=bool(data["micro"]), date=date, tags=tuple(data.get("tags") or ()),
        status=data.get("status", "published"),
        networks=None if networks is None else tuple(networks),
        overrides=dict(data.get("overrides") or {}), image_url=data.get("image_url"),
        image_alt=data.get("image_alt"), disclosure=data.get("disclosure"),
        language=data.get("language") or "en", author=data.get("author"),
        card_image_url=data.get("card_image_url"),
    )


def write_manifest(path: Path, posts: Iterable[PostSource], settings: Mapping[str, Any],
                   now: datetime) -> None:
    """The posts of this build, for the syndicate step (atomic: a reader never sees half)."""
    document = {
        "version": MANIFEST_VERSION,
        "siteurl": str(settings.get("SITEURL") or ""),
        "built_at": timestamp(now),
        "posts": [post_to_json(post) for post in sorted(posts, key=lambda p: p.post_id)],
    }
    write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1))


def read_manifest(path: Path) -> tuple[str, list[PostSource]]:
    """(siteurl, posts) of the last build. Raises FileNotFoundError when there is none."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return document.get("siteurl", ""), [post_from_json(p) for p in document["posts"]]


# --- Links on the pages ------------------------------------------------------------------


def links_by_post(ledger: Ledger) -> dict[str, list[dict[str, str]]]:
    """post_id → [{network, label, url}] of its posted copies, in the registry's order.

    One link per (network, account): a note on the office's and a doctor's X account shows
    both, each labelled with its channel ("X (drlee)").
    """
    links: dict[str, list[dict[str, str]]] = {}
    for (post_id, network, account), record in sorted(ledger.records.items()):
        if record["state"] != POSTED or not record.get("remote_url"):
            continue
        links.setdefault(post_id, []).append(
            {"network": network, "account": account, "url": record["remote_url"]})
    order = {name: index for index, name in enumerate(NAMES)}
    for entries in links.values():
        entries.sort(key=lambda link: (order.get(link["network"], len(order)),
                                       link["account"] != link["network"], link["account"]))
        for entry in entries:
            several = sum(1 for e in entries if e["network"] == entry["network"]) > 1
            entry["label"] = (f"{label(entry['network'])} ({entry['account']})" if several
                              and entry["account"] != entry["network"] else label(entry["network"]))
            del entry["account"]
    return links


def profile_links(ledger: Ledger) -> list[tuple[str, str]]:
    """(label, address) of the practice's connected accounts, for "Follow the practice".

    The ledger knows each connected channel by its id and the account as the network names
    it (`remote_account`, e.g. "x:1500…:@MaplePeds"); only handles that map to a public
    profile address are listed.
    """
    found: list[tuple[str, str]] = []
    for entry in ledger.accounts.values():
        network = entry.get("network", "")
        account = entry.get("remote_account") or entry.get("account", "")
        handle = account.rsplit(":", 1)[-1]
        if network == "x" and handle.startswith("@") and len(handle) > 1:
            found.append((f"{label(network)} ({handle})",
                          f"https://x.com/{handle[1:]}"))
        elif network == "mastodon" and handle.count("@") == 2:
            user, host = handle[1:].split("@", 1)
            found.append((f"Mastodon ({handle})", f"https://{host}/@{user}"))
        elif network == "bluesky" and "." in handle:
            name = handle.lstrip("@")
            found.append((f"Bluesky (@{name})", f"https://bsky.app/profile/{name}"))
    return sorted(set(found))


# --- Signal handlers (wired by register()) -----------------------------------------------


def _all_articles(generator: Any) -> list[Any]:
    found: list[Any] = []
    for name in ("articles", "translations", "drafts", "drafts_translations",
                 "hidden_articles", "hidden_translations"):
        found.extend(getattr(generator, name, None) or [])
    return found


def attach_links(generator: Any) -> None:
    """`article_generator_finalized`: give each article its `syndication_links`."""
    settings = generator.settings
    store = LedgerStore.for_settings(settings)  # the file, or the bucket's (s3:// deploy)
    ledger = store.load() if store is not None else Ledger()
    links = links_by_post(ledger)
    generator.context["FOLLOW_ACCOUNTS"] = profile_links(ledger)
    content_path = str(settings["PATH"])
    for article in _all_articles(generator):
        post_id = post_id_for(article.source_path, content_path, article.metadata)
        article.syndication_links = links.get(post_id, [])


#: Posts described by a build in progress, by manifest path, until the build has finished.
_DESCRIBED: dict[str, list[PostSource]] = {}


def describe_build(generators: Iterable[Any]) -> None:
    """`all_generators_finalized`: describe every article of this build (kept in memory)."""
    for generator in generators:
        if not hasattr(generator, "drafts"):
            continue
        settings = generator.settings
        manifest = settings.get("SYNDICATION_MANIFEST")
        if not manifest or not is_absolute(str(settings.get("SITEURL") or "")):
            # A development build (relative URLs) describes no public page: keep the
            # manifest of the last production build for `invoke syndicate`.
            return
        posts = [describe_article(article, settings) for article in _all_articles(generator)]
        _DESCRIBED[str(manifest)] = posts
        return


def save_manifest(pelican: Any) -> None:
    """`finalized`: the build wrote every page, so its description becomes the manifest.

    A build that fails half-way never reaches this signal: the manifest keeps describing
    the last complete build, never pages that were not written.
    """
    manifest = str(pelican.settings.get("SYNDICATION_MANIFEST") or "")
    posts = _DESCRIBED.pop(manifest, None)
    if manifest and posts is not None:
        write_manifest(Path(manifest), posts, pelican.settings, datetime.now(UTC))
