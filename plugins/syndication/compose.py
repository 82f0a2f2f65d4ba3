"""A post → the message each network receives. Pure: no I/O, no clock, no Pelican.

Each network counts length its own way, and a message one character too long is refused
(X) or silently cut (some clients), so the counting rules are DATA (`CountingRules`), one
frozen value per network, and one counter (`weighted_length`) reads them:

- X: the twitter-text v3 rules. Text is NFC-normalised; every code point weighs 200 (on a
  scale of 100) except the ranges 0-4351, 8192-8205, 8208-8223 and 8242-8247, which weigh
  100; every URL (with or without `https://`, as X's own parser finds them) counts 23; an
  emoji counts 2 however many code points it is made of (ZWJ families, skin tones, flags,
  keycaps). Limit 280.
- Mastodon: 500 characters (code points), every `http(s)://` URL counts 23.
- Bluesky: 300 graphemes (what a reader sees as one character), URLs count in full.
- Facebook (Page post): 63,206 characters.

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
from functools import lru_cache

import regex

from .model import Card, Image, Message, PostSource

ELLIPSIS = "…"


@dataclass(frozen=True)
class WeightRange:
    """Code points `start`..`end` (inclusive) weigh `weight` (on the rules' `scale`)."""

    start: int
    end: int
    weight: int


@dataclass(frozen=True)
class CountingRules:
    """How one network counts a message's length, as data.

    Weights are on `scale` (twitter-text uses 100, so a "half" character is 50); the
    reported length is the weighted sum divided by `scale`, rounded down as twitter-text does.
    """

    network: str
    #: Longest accepted message, in the network's own units.
    limit: int
    scale: int = 1
    #: Weight of a code point outside every range.
    default_weight: int = 1
    ranges: tuple[WeightRange, ...] = ()
    #: Every URL counts this many units (None: a URL counts like any other text).
    url_weight: int | None = None
    #: True: only `http://`/`https://` links are URLs (Mastodon). False: bare domains such as
    #: `cdc.gov` count as URLs too (X's parser links them, so X counts them as 23).
    url_needs_scheme: bool = True
    #: True: an emoji sequence (ZWJ family, flag, skin tone, keycap) counts once, with
    #: `default_weight` (twitter-text's "emoji parsing").
    emoji_as_unit: bool = False
    #: True: count grapheme clusters, each weighing 1 (Bluesky).
    graphemes: bool = False
    #: Unicode normalisation applied before counting (and to the text sent).
    normalization: str = "NFC"
    #: Also count with the twitter-text reference implementation (twitter-text-parser) and
    #: keep the larger figure. Both agree on the official conformance cases; they differ on
    #: emoji newer than the reference's emoji list (it counts their parts), and the larger
    #: figure is the one that can never make X refuse a post.
    twitter_text_reference: bool = False


X_RULES = CountingRules(
    network="x",
    limit=280,
    scale=100,
    default_weight=200,
    ranges=(
        WeightRange(0, 4351, 100),
        WeightRange(8192, 8205, 100),
        WeightRange(8208, 8223, 100),
        WeightRange(8242, 8247, 100),
    ),
    url_weight=23,
    url_needs_scheme=False,
    emoji_as_unit=True,
    twitter_text_reference=True,
)
MASTODON_RULES = CountingRules(network="mastodon", limit=500, url_weight=23)
BLUESKY_RULES = CountingRules(network="bluesky", limit=300, graphemes=True)
#: A Facebook Page post may hold 63,206 characters: in practice only the whole-note rule
#: applies, but the same composer (and its guarantees) serves it.
FACEBOOK_RULES = CountingRules(network="facebook", limit=63206)



class MessageTooLong(ValueError):
    """Even the shortest honest message (disclosure + link) does not fit the network.

    `str()` names the post and the fix, for a person, not a developer.
    """


# ---------------------------------------------------------------------------------------
# Counting

_GRAPHEME = regex.compile(r"\X")
# An emoji as a person sees it, one grapheme cluster: a pictograph (bare © and ® included,
# as twitter-text's emoji list has them: counting them 2 can only err on the safe side),
# anything asked to be drawn as emoji (U+FE0F), skin tones, keycaps (1⃣), flags
# (regional-indicator pairs), tag sequences (🏴 England) and ZWJ sequences (families).
_EMOJI_MARK = regex.compile(
    r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}"
    r"\N{VARIATION SELECTOR-16}\N{COMBINING ENCLOSING KEYCAP}\U000E0020-\U000E007F]"
)
_SCHEME_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”…]", re.IGNORECASE)
_LINE_ENDINGS = re.compile(r"\r\n|\r")


def normalize(text: str, rules: CountingRules) -> str:
    """The text as the network will count and show it (NFC, `\\n` line endings)."""
    return _LINE_ENDINGS.sub("\n", unicodedata.normalize(rules.normalization, text))


def url_spans(text: str, rules: CountingRules) -> list[tuple[int, int]]:
    """Where the network sees URLs in `text` (code point offsets, end exclusive)."""
    if rules.url_needs_scheme:
        return [match.span() for match in _SCHEME_URL.finditer(text)]
    return [tuple(found["indices"]) for found in _twitter_urls(text)]


@lru_cache(maxsize=4096)
def _twitter_urls_cached(text: str) -> tuple[dict, ...]:
    # twitter-text's own URL grammar (TLD lists, punycode, t.co rules) via the maintained
    # Python port: a bare "cdc.gov" is a link on X and counts 23, and only this grammar
    # knows which "word.word" strings X links.
    from twitter_text import extract_urls_with_indices

    return tuple(extract_urls_with_indices(text))


# Every URL twitter-text finds has a domain: a dot between a label and a TLD that starts
# with a letter. Prose without one ("fever. Call") needs no run of the (slow) URL grammar.
_MAYBE_DOMAIN = re.compile(r"[\w-]\.[^\W\d_]")


def _twitter_urls(text: str) -> tuple[dict, ...]:
    if _MAYBE_DOMAIN.search(text) is None:
        return ()
    return _twitter_urls_cached(text)


def _code_point_weight(char: str, rules: CountingRules) -> int:
    point = ord(char)
    for weight_range in rules.ranges:
        if weight_range.start <= point <= weight_range.end:
            return weight_range.weight
    return rules.default_weight


@lru_cache(maxsize=16)
def _range_classes(ranges: tuple[WeightRange, ...]) -> tuple[tuple[regex.Pattern[str], int], ...]:
    """One compiled character class per range, so weights are counted in C, not per char."""
    return tuple(
        (regex.compile(f"[{regex.escape(chr(r.start))}-{regex.escape(chr(r.end))}]"), r.weight)
        for r in ranges
    )


def _code_points_scaled_length(text: str, rules: CountingRules) -> int:
    """Sum of per-code-point weights (ranges as data; the first matching range wins, and the
    ranges of every network here do not overlap)."""
    total = len(text) * rules.default_weight
    for pattern, weight in _range_classes(rules.ranges):
        total += len(pattern.findall(text)) * (weight - rules.default_weight)
    return total


def _is_emoji(cluster: str) -> bool:
    return _EMOJI_MARK.search(cluster) is not None


# A grapheme cluster that ends in an emoji mark: a pictograph, a skin tone, a flag's second
# half, U+FE0F, a keycap's U+20E3, a tag sequence's end, or the last member of a ZWJ
# sequence. (A cluster with an emoji in the middle and a plain mark at the end is counted
# by its code points: more, never less.)
_EMOJI_CLUSTER = regex.compile(r"\X(?<=" + _EMOJI_MARK.pattern + ")")


def _scaled_length(text: str, rules: CountingRules) -> int:
    """Length × `rules.scale` of already-normalised text."""
    own = _own_scaled_length(text, rules)
    if not rules.twitter_text_reference or _EMOJI_MARK.search(text) is None:
        # The two counters differ only on emoji; without any, the reference (slow: one
        # large regex over the text) would give the same figure.
        return own
    return max(own, _reference_length(text) * rules.scale)


@lru_cache(maxsize=1024)
def _reference_length(text: str) -> int:
    from twitter_text import parse_tweet

    return parse_tweet(text).weightedLength


def _own_scaled_length(text: str, rules: CountingRules) -> int:
    spans = url_spans(text, rules) if rules.url_weight is not None else []
    total = 0
    position = 0
    for start, end in spans:
        total += _plain_scaled_length(text[position:start], rules)
        total += rules.url_weight * rules.scale  # type: ignore[operator]
        position = end
    return total + _plain_scaled_length(text[position:], rules)


def _plain_scaled_length(text: str, rules: CountingRules) -> int:
    if not text:
        return 0
    if rules.graphemes:
        return len(_GRAPHEME.findall(text)) * rules.scale
    if not rules.emoji_as_unit or _EMOJI_MARK.search(text) is None:
        return _code_points_scaled_length(text, rules)
    # Each emoji cluster weighs `default_weight` once instead of its code points' weights.
    total = _code_points_scaled_length(text, rules)
    for cluster in _EMOJI_CLUSTER.findall(text):
        total += rules.default_weight - _code_points_scaled_length(cluster, rules)
    return total


def weighted_length(text: str, rules: CountingRules = X_RULES) -> int:
    """`text`'s length as the network counts it (X: the twitter-text weighted length)."""
    return _scaled_length(normalize(text, rules), rules) // rules.scale


def fits(text: str, rules: CountingRules = X_RULES) -> bool:
    return weighted_length(text, rules) <= rules.limit


# ---------------------------------------------------------------------------------------
# Hashtags

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
        # The registry imports this module for the rules' values: read it when called.
        from .networks.registry import BY_NAME

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

    from .networks.registry import BY_NAME

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
    from .networks.registry import BY_NAME, LINK_FIELD

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
