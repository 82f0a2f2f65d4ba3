"""A post → the message each network receives. Pure: no I/O, no clock, no Pelican.

Each network's length is counted by `counting.py` (its rules as data, one counter);
this module fits the message to them.

`compose()` follows DESIGN.md "Messages": a short note that fits goes out whole with its
link; otherwise the title and the summary shortened at a word boundary with "…"; the link is
never cut and always ends the message; hashtags from `tags` only where they fit; per-post
overrides replace the text; a disclosure (sponsored/COI) always comes first. Nothing over
the limit is ever returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

from .counting import (
    _GRAPHEME,
    _SCHEME_URL,
    BLUESKY_RULES,
    FACEBOOK_RULES,
    MASTODON_RULES,
    X_RULES,
    CountingRules,
    WeightRange,
    _is_emoji,
    _own_scaled_length,
    _scaled_length,
    fits,
    normalize,
    url_spans,
    weighted_length,
)
from .model import Card, Image, Message, PostSource
from .networks.registry import BY_NAME, LINK_FIELD

#: The counting names other modules still read from here (the rules live in counting.py).
__all__ = [
    "BLUESKY_RULES", "FACEBOOK_RULES", "MASTODON_RULES", "X_RULES", "CountingRules",
    "MessageTooLong", "WeightRange", "compose", "fits", "hashtag", "shorten_to", "url_spans",
    "weighted_length",
]

ELLIPSIS = "…"


class MessageTooLong(ValueError):
    """Even the shortest honest message (disclosure + link) does not fit the network.

    `str()` names the post and the fix, for a person, not a developer.
    """


_NOT_TAG_CHAR = regex.compile(r"[^\p{L}\p{M}\p{N}_]+")


def hashtag(tag: str) -> str | None:
    """A tag as a valid hashtag: "sleep training" → "#SleepTraining", "RSV-season" →
    "#RSVSeason"; None when nothing usable is left (all digits or punctuation).

    Words are joined in CamelCase so a screen reader still reads them as words.
    """
    words = [word for word in _NOT_TAG_CHAR.split(unicodedata.normalize("NFC", tag)) if word]
    if not words:
        return None
    joined = words[0] if len(words) == 1 else "".join(w[:1].upper() + w[1:] for w in words)
    if joined.isdigit():
        return None
    return "#" + joined


def _hashtags(tags: tuple[str, ...], text: str) -> list[str]:
    present = {word.casefold() for word in re.findall(r"#(\w+)", text)}
    result: list[str] = []
    for tag in tags:
        candidate = hashtag(tag)
        if candidate and candidate[1:].casefold() not in present:
            present.add(candidate[1:].casefold())
            result.append(candidate)
    return result


# ---------------------------------------------------------------------------------------
# Shortening

_TRAILING = " \t\n,;:–—-([{\"'“‘¿¡，、；："
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303F\uFF00-\uFFEF]")


def _breakable(cluster: str) -> bool:
    """CJK characters and emoji stand alone: a line may break before or after each."""
    return bool(_CJK.match(cluster)) or _is_emoji(cluster)


def _cut_points(text: str, rules: CountingRules, *, anywhere: bool = False) -> list[int]:
    """Offsets where `text` may be cut: before whitespace, or next to a CJK character or an
    emoji (written without spaces); with `anywhere`, between any two graphemes. Never inside
    a grapheme cluster (a ZWJ family, a flag, an accented letter) or a URL."""
    inside_url = [False] * (len(text) + 1)
    for start, end in url_spans(text, rules):
        for index in range(start + 1, end):
            inside_url[index] = True
    points: list[int] = []
    offset = 0
    previous = ""
    for cluster in _GRAPHEME.findall(text):
        if offset and not inside_url[offset]:
            before_space = cluster.isspace() and not previous.isspace()
            between_words = not (cluster.isspace() or previous.isspace()) and (
                anywhere or _breakable(previous) or _breakable(cluster)
            )
            if before_space or between_words:
                points.append(offset)
        offset += len(cluster)
        previous = cluster
    return points


def shorten_to(text: str, budget: int, rules: CountingRules) -> str | None:
    """`text` cut at the last word boundary so that it, with "…", weighs at most `budget`
    (scaled units). The whole text when it fits. When not even the first word fits (one
    very long word), it is cut between characters instead; None when nothing fits."""
    text = text.strip()
    if _scaled_length(text, rules) <= budget:
        return text
    for anywhere in (False, True):
        points = _cut_points(text, rules, anywhere=anywhere)
        # Bisect with Rounds' own counter, then confirm with the full one (which may add the
        # reference counter's figure for emoji); when it says more, ask for that much less.
        own_budget = budget
        while own_budget > 0:
            best = _longest_fitting(text, points, own_budget, rules)
            if best is None:
                break
            excess = _scaled_length(best, rules) - budget
            if excess <= 0:
                return best
            own_budget -= excess
    return None


def _longest_fitting(text: str, points: list[int], budget: int, rules: CountingRules) -> str | None:
    """The longest cut (at `points`) that, with "…", weighs at most `budget` by the own
    counter. Weights only grow with length, so it is found by bisection."""
    best: str | None = None
    low, high = 0, len(points) - 1
    while low <= high:
        middle = (low + high) // 2
        candidate = text[: points[middle]].rstrip(_TRAILING) + ELLIPSIS
        if candidate != ELLIPSIS and _own_scaled_length(candidate, rules) <= budget:
            best = candidate
            low = middle + 1
        else:
            high = middle - 1
    return best


# ---------------------------------------------------------------------------------------
# Composition


def _override(post: PostSource, network: str) -> str | None:
    for key in (network, "social"):
        value = post.overrides.get(key)
        if value and value.strip():
            return value.strip()
    return None


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _whole_candidates(post: PostSource) -> str | None:
    """The note as it stands, when it is short enough to be the message itself."""
    text = post.text.strip()
    if post.micro:
        return text or None
    title = post.title.strip()
    if not text:
        return title or None
    if text.startswith(title):
        return text
    return f"{title}\n\n{text}" if title else text


def _headline_and_summary(post: PostSource) -> tuple[str, str]:
    """What a long note becomes before shortening: (title, summary)."""
    summary = (post.summary or post.text).strip()
    if post.micro:
        # A micro note's title is its own first sentence: repeating it would waste space.
        return "", (post.text or summary).strip()
    title = post.title.strip()
    if summary.startswith(title):
        summary = summary[len(title) :].lstrip(" .:–—-\n")
    return title, summary


def compose(post: PostSource, network: str, rules: CountingRules | None = None) -> Message:
    """The message for `post` on `network`, never longer than the network's limit.

    Order: disclosure, then the text (override, whole note, or title + shortened summary),
    then hashtags that fit, then the link, last and whole. Raises `MessageTooLong` only
    when the disclosure and the link alone do not fit.
    """
    if rules is None:
        if network not in BY_NAME:
            raise ValueError(
                f"No counting rules for the network {network!r} (known: {', '.join(BY_NAME)})."
            )
        rules = BY_NAME[network].rules
    url = post.url.strip()
    disclosure = normalize(post.disclosure.strip(), rules) if post.disclosure else None
    limit = rules.limit * rules.scale

    def weigh(text: str) -> int:
        return _scaled_length(text, rules)

    def finish(body: str | None, shortened: bool, tags: bool) -> Message:
        body = normalize(body, rules) if body else None
        link = None if body and url in body else url
        text = _join(disclosure, body, link)
        added: list[str] = []
        if tags and not shortened:
            for tag in _hashtags(post.tags, text):
                candidate = _join(disclosure, _join(body, *added, tag), link)
                if weigh(candidate) <= limit:
                    added.append(tag)
                    text = candidate
        parts = _Parts(body or "", tuple(added), disclosure)
        return _checked(post, network, rules, text, url, shortened, parts)

    fixed = weigh(_join(disclosure, url))
    if fixed > limit:
        raise MessageTooLong(
            f"{post.source_path}: the disclosure and the link alone are "
            f"{fixed // rules.scale} characters on {network}, over its limit of "
            f"{rules.limit}. Fix: shorten the `sponsored:` or `coi:` text."
        )
    # What the text may weigh: the limit less the disclosure, the link and one space.
    room = limit - fixed - weigh(" ")

    override = _override(post, network)
    if override is not None:
        override = normalize(override, rules)
        if url in override:
            if weigh(_join(disclosure, override)) <= limit:
                return finish(override, shortened=False, tags=False)
            override = " ".join(override.replace(url, " ").split())
        short = shorten_to(override, room, rules)
        return finish(short, shortened=short != override, tags=False)

    spec = BY_NAME.get(network)
    whole = _whole_candidates(post)
    if spec is not None and spec.whole_micro_only and not post.micro:
        whole = None  # a titled note: its title and summary (Facebook)
    if whole is not None:
        whole = normalize(whole, rules)
        if weigh(whole) <= room:
            return finish(whole, shortened=False, tags=True)

    title, summary = _headline_and_summary(post)
    title, summary = normalize(title, rules), normalize(summary, rules)
    if not title:
        short = shorten_to(summary, room, rules) if summary else None
        return finish(short, shortened=True, tags=False)
    separator = "\n\n"
    head_room = room - weigh(title + separator)
    if head_room > 0 and summary:
        short_summary = shorten_to(summary, head_room, rules)
        if short_summary is not None:
            return finish(f"{title}{separator}{short_summary}", shortened=True, tags=False)
    if weigh(title) <= room:
        return finish(title, shortened=bool(summary), tags=False)
    return finish(shorten_to(title, room, rules), shortened=True, tags=False)


@dataclass(frozen=True)
class _Parts:
    """What `compose` put together, kept apart for the structured `Message`."""

    body: str
    tags: tuple[str, ...]
    disclosure: str | None


def _checked(
    post: PostSource, network: str, rules: CountingRules, text: str, url: str, shortened: bool,
    parts: _Parts,
) -> Message:
    """The last guard: a message over the limit, or without its whole link, is a bug here,
    never something to send."""
    spec = BY_NAME.get(network)
    if spec is not None and spec.link == LINK_FIELD and url not in parts.body:
        # The link travels in its own field of the API call (Facebook): not in the text.
        text = _join(parts.disclosure, parts.body, *parts.tags)
    length = weighted_length(text, rules)
    if length > rules.limit:
        raise MessageTooLong(
            f"{post.source_path}: composed a {network} message of {length} characters, over "
            f"the limit of {rules.limit}. This is a Rounds bug; the post was not sent."
        )
    if url not in text and not (spec is not None and spec.link == LINK_FIELD):
        raise ValueError(f"{post.source_path}: the {network} message lost its link {url}")
    image = Image(post.image_url, post.image_alt) if post.image_url and post.image_alt else None
    thumbnail = post.image_url if image is not None else post.card_image_url
    card = Card(url=url, title=post.title, description=post.summary or post.text[:300],
                thumbnail_url=thumbnail)
    return Message(
        network=network, text=text, length=length, limit=rules.limit, url=url,
        shortened=shortened, body=parts.body, tags=parts.tags, disclosure=parts.disclosure,
        image=image, card=card, language=post.language or "en",
    )


# ---------------------------------------------------------------------------------------
# Bluesky rich text

_BLUESKY_TAG = regex.compile(
    r"(?<![\p{L}\p{N}_&])#([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)"
)


def bluesky_facets(text: str) -> list[dict[str, object]]:
    """Bluesky's rich-text facets for `text`: each http(s) link and each hashtag, located by
    UTF-8 BYTE offsets (Bluesky does not turn text into links by itself; without a facet a
    URL is dead text, and offsets in characters would point at the wrong bytes as soon as
    the text holds an accent or an emoji)."""

    def byte_offset(index: int) -> int:
        return len(text[:index].encode("utf-8"))

    def facet(start: int, end: int, feature: dict[str, str]) -> dict[str, object]:
        return {
            "index": {"byteStart": byte_offset(start), "byteEnd": byte_offset(end)},
            "features": [feature],
        }

    links = list(_SCHEME_URL.finditer(text))
    found = [
        (link.start(), facet(*link.span(), {
            "$type": "app.bsky.richtext.facet#link", "uri": link.group(0),
        }))
        for link in links
    ]
    for tag in _BLUESKY_TAG.finditer(text):
        if any(link.start() <= tag.start() < link.end() for link in links):
            continue  # a "#fragment" inside a link is part of the link
        found.append((tag.start(), facet(*tag.span(), {
            "$type": "app.bsky.richtext.facet#tag", "tag": tag.group(1),
        })))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]
