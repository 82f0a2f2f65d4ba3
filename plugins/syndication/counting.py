"""How long a text is on each network: the counting rules as DATA, and one counter.

Each network counts length its own way, and a message one character too long is refused
(X) or silently cut (some clients), so the counting rules are one frozen `CountingRules`
value per network, and one counter (`weighted_length`) reads them:

- X: the twitter-text v3 rules. Text is NFC-normalised; every code point weighs 200 (on a
  scale of 100) except the ranges 0-4351, 8192-8205, 8208-8223 and 8242-8247, which weigh
  100; every URL (with or without `https://`, as X's own parser finds them) counts 23; an
  emoji counts 2 however many code points it is made of (ZWJ families, skin tones, flags,
  keycaps). Limit 280.
- Mastodon: 500 characters (code points), every `http(s)://` URL counts 23.
- Bluesky: 300 graphemes (what a reader sees as one character), URLs count in full.
- Facebook (Page post): 63,206 characters.

Pure and apart from `compose` (which shortens messages to fit) so the network registry can
hold each network's rules without importing the composer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex


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
