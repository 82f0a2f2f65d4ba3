"""Message composition: counting by each network's rules, and what a post becomes."""

from __future__ import annotations

import json
import random
from dataclasses import FrozenInstanceError, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from syndication.compose import (
    BLUESKY_RULES,
    ELLIPSIS,
    MASTODON_RULES,
    X_RULES,
    MessageTooLong,
    bluesky_facets,
    compose,
    hashtag,
    weighted_length,
)
from syndication.model import PostSource
from syndication.networks.registry import rules as rules_of
from twitter_text import parse_tweet
from twitter_text.config import config as twitter_text_config

DATA = Path(__file__).parent / "data"
CASES = json.loads((DATA / "x_weighted_length.json").read_text(encoding="utf-8"))["cases"]
URL = "https://rounds-pediatrics.com/notes/2026-11-02-fever-in-babies.html"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"


def post(**changes: object) -> PostSource:
    base = PostSource(
        post_id="notes/2026-11-02-fever.md",
        source_path="notes/2026-11-02-fever.md",
        url=URL,
        title="Fever in babies",
        summary="",
        text="",
        micro=True,
        date=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
    )
    return replace(base, **changes)


def words_weighing(weight: int, word: str = "fever") -> str:
    """Plain ASCII text of exactly `weight` characters, made of words."""
    text = ""
    while len(text) + len(word) + 1 <= weight:
        text = f"{text} {word}" if text else word
    return text + "x" * (weight - len(text))


# --- counting -------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case["description"][:60] for case in CASES])
def test_x_weighted_length_matches_twitter_text_conformance(case: dict) -> None:
    assert weighted_length(case["text"], X_RULES) == case["weighted_length"]
    # Rounds' own counter alone, without the reference's figure to lean on.
    own_only = replace(X_RULES, twitter_text_reference=False)
    assert weighted_length(case["text"], own_only) == case["weighted_length"]
    # Cross-check the data itself against the twitter-text reference implementation.
    assert parse_tweet(case["text"]).weightedLength == case["weighted_length"]


def test_x_rules_are_twitter_text_v3_configuration() -> None:
    v3 = twitter_text_config["version3"]
    assert X_RULES.limit == v3["max_weighted_tweet_length"] == 280
    assert X_RULES.scale == v3["scale"]
    assert X_RULES.default_weight == v3["default_weight"]
    assert X_RULES.url_weight == v3["transformed_url_length"] == 23
    assert [(r.start, r.end, r.weight) for r in X_RULES.ranges] == [
        (r["start"], r["end"], r["weight"]) for r in v3["ranges"]
    ]
    assert X_RULES.emoji_as_unit and v3["emoji_parsing_enabled"]
    with pytest.raises(FrozenInstanceError):
        X_RULES.limit = 300  # type: ignore[misc]


def test_emoji_sequences_count_two_each_on_x() -> None:
    thumbs_dark = "\U0001f44d\U0001f3ff"
    flag_spain = "\U0001f1ea\U0001f1f8"
    england = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    assert weighted_length(FAMILY + thumbs_dark + flag_spain + england) == 8


def test_newer_emoji_never_counted_less_than_the_reference() -> None:
    # Unicode 15.1 family (adult, adult, child): newer than the reference's emoji list,
    # which counts its parts; the larger figure is kept so X never refuses the post.
    family_15 = "\U0001f9d1\u200d\U0001f9d1\u200d\U0001f9d2"
    assert weighted_length(family_15) >= parse_tweet(family_15).weightedLength >= 2


def test_bare_domain_counts_as_a_link_on_x_but_not_on_mastodon() -> None:
    text = "See cdc.gov"
    assert weighted_length(text, X_RULES) == 4 + 23
    assert weighted_length(text, MASTODON_RULES) == len(text)


def test_mastodon_counts_characters_and_every_link_23() -> None:
    long_link = "https://rounds-pediatrics.com/" + "a" * 200
    assert weighted_length(f"Hola {long_link}", MASTODON_RULES) == 5 + 23
    assert weighted_length("发烧" + FAMILY, MASTODON_RULES) == 2 + len(FAMILY)
    assert MASTODON_RULES.limit == 500


def test_bluesky_counts_graphemes_and_links_in_full() -> None:
    flag = "\U0001f1ea\U0001f1f8"
    assert weighted_length(FAMILY + flag + "niño", BLUESKY_RULES) == 1 + 1 + 4
    assert weighted_length("ver " + URL, BLUESKY_RULES) == 4 + len(URL)
    assert BLUESKY_RULES.limit == 300


def test_bluesky_link_facet_uses_utf8_byte_offsets() -> None:
    text = f"¿Fiebre? {FAMILY} {URL} #niño"
    facets = bluesky_facets(text)
    link, tag = facets
    start = len(f"¿Fiebre? {FAMILY} ".encode())
    assert link["index"] == {"byteStart": start, "byteEnd": start + len(URL)}
    assert link["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": URL}]
    encoded = text.encode()
    index = tag["index"]
    assert encoded[index["byteStart"] : index["byteEnd"]].decode() == "#niño"
    assert tag["features"][0]["tag"] == "niño"


# --- hashtags -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fever", "#fever"),
        ("sleep training", "#SleepTraining"),
        ("COVID-19", "#COVID19"),
        ("niño sano", "#NiñoSano"),
        ("发烧", "#发烧"),
        ("2026", None),
        ("!!!", None),
    ],
)
def test_tags_become_valid_hashtags(tag: str, expected: str | None) -> None:
    assert hashtag(tag) == expected


# --- composition ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fever is 100.4°F (38°C) or higher. Call us right away if your baby is under 3 months.",
        "¿Su hijo tiene fiebre? Una temperatura de 38 °C o más es fiebre. ¡Llámenos si el niño "
        "tiene menos de 3 meses!",
        f"Flu shots are here {FAMILY} \U0001f489 \U0001f44d\U0001f3fd \U0001f1fa\U0001f1f8",
        "发烧是身体对抗感染的方式。三个月以下的婴儿发烧，请立即打电话给我们。",
    ],
    ids=["english", "spanish", "emoji", "chinese"],
)
def test_short_note_goes_whole_with_its_link(text: str) -> None:
    message = compose(post(text=text), "x")
    assert message.text == f"{text} {URL}"
    assert not message.shortened
    assert message.length == weighted_length(message.text) <= 280
    assert message.limit == 280 and message.url == URL and message.network == "x"


@pytest.mark.parametrize(
    "text",
    [
        words_weighing(256, "fever"),
        words_weighing(256, "niño"),
        "发烧" * 64,
        "\U0001f912" * 64 + FAMILY * 64,
    ],
    ids=["english", "spanish", "chinese", "emoji"],
)
def test_exactly_280_goes_out_unshortened_and_281_is_shortened(text: str) -> None:
    assert weighted_length(text) == 280 - 23 - 1  # the link and the space before it

    exact = compose(post(text=text), "x")
    assert exact.length == 280 and not exact.shortened
    assert exact.text == f"{text} {URL}"

    over = compose(post(text=text + "y"), "x")
    assert weighted_length(text + "y " + URL) == 281
    assert over.shortened and over.length <= 280
    assert over.text.endswith(f"{ELLIPSIS} {URL}")


def test_long_titled_note_becomes_title_and_summary_cut_at_a_word() -> None:
    summary = (
        "Most fevers are the body fighting an infection and are not dangerous by themselves. "
        "What matters more is how your child looks and acts: drinking, playing, and waking "
        "easily are good signs. Call us for a fever in a baby under three months, for a fever "
        "over five days, or for a child who is hard to wake or breathing fast."
    )
    message = compose(post(micro=False, text=summary * 2, summary=summary, tags=("fever",)), "x")
    assert message.shortened and message.length <= 280
    head, _, rest = message.text.partition("\n\n")
    assert head == "Fever in babies"
    shortened, _, link = rest.rpartition(" ")
    assert link == URL
    assert shortened.endswith(ELLIPSIS)
    kept = shortened[: -len(ELLIPSIS)]
    assert summary.startswith(kept)
    assert summary[len(kept)] in " ,.:"  # cut at a word boundary, never inside a word
    assert "#fever" not in message.text  # no room for hashtags in a shortened message


def test_chinese_text_is_cut_between_characters() -> None:
    text = "发烧是身体对抗感染的方式，" * 30
    message = compose(post(text=text), "x")
    assert message.shortened and message.length <= 280
    body = message.text.rsplit(" ", 1)[0]
    assert body.endswith(ELLIPSIS) and not body.endswith("，" + ELLIPSIS)
    assert text.startswith(body[: -len(ELLIPSIS)])


def test_emoji_sequences_are_never_split() -> None:
    text = (FAMILY + " ") * 200
    message = compose(post(text=text), "x")
    body = message.text.rsplit(" ", 1)[0]
    assert body.replace(FAMILY, "").replace(" ", "") == ELLIPSIS
    assert message.length <= 280


def test_hashtags_only_where_they_fit() -> None:
    tags = ("fever", "sleep training", "2026", "fever")
    roomy = compose(post(text="Fevers: when to call us.", tags=tags), "x")
    assert roomy.text == f"Fevers: when to call us. #fever #SleepTraining {URL}"

    tight_text = words_weighing(280 - 23 - 1 - len(" #fever"))
    tight = compose(post(text=tight_text, tags=tags), "x")
    assert tight.text == f"{tight_text} #fever {URL}"
    assert tight.length == 280


def test_hashtag_already_in_the_text_is_not_repeated() -> None:
    message = compose(post(text="Flu season is here #Flu", tags=("flu",)), "x")
    assert message.text == f"Flu season is here #Flu {URL}"


def test_network_override_replaces_the_text_and_keeps_the_link() -> None:
    overrides = {"x": "Fever? Read this first.", "social": "Fever guide for parents."}
    assert compose(post(text="Long note", overrides=overrides), "x").text == (
        f"Fever? Read this first. {URL}"
    )
    assert compose(post(text="Long note", overrides=overrides), "mastodon").text == (
        f"Fever guide for parents. {URL}"
    )


def test_override_that_includes_the_link_is_not_given_a_second_one() -> None:
    message = compose(post(overrides={"x": f"Our fever guide {URL} for parents"}), "x")
    assert message.text == f"Our fever guide {URL} for parents"


def test_too_long_override_is_cut_at_a_word_and_the_link_kept() -> None:
    override = "Parents ask us every day what counts as a fever. " * 12
    message = compose(post(overrides={"social": override}), "x")
    assert message.shortened and message.length <= 280
    assert message.text.endswith(f"{ELLIPSIS} {URL}")
    assert override.startswith(message.text.rsplit(" ", 1)[0][: -len(ELLIPSIS)])


def test_disclosure_comes_first_even_when_shortened() -> None:
    disclosure = "Sponsored by Acme Thermometers."
    short = compose(post(text="Which thermometer?", disclosure=disclosure), "x")
    assert short.text == f"{disclosure} Which thermometer? {URL}"
    long = compose(post(text="Which thermometer? " * 40, disclosure=disclosure), "x")
    assert long.text.startswith(disclosure + " ") and long.text.endswith(URL)
    assert long.length <= 280


def test_disclosure_and_link_that_cannot_fit_are_refused_with_a_fix() -> None:
    with pytest.raises(MessageTooLong, match=r"notes/2026-11-02-fever\.md.*sponsored"):
        compose(post(text="Hi", disclosure="Sponsored by " + "Acme " * 60), "x")


def test_bare_domains_in_the_note_are_counted_as_links() -> None:
    # Each "cdc.gov" is a 23-character link on X: a counter that ignored this would
    # let X refuse the post.
    text = "cdc.gov aap.org " * 8 + words_weighing(60)
    message = compose(post(text=text), "x")
    assert message.length == weighted_length(message.text) <= 280
    assert parse_tweet(message.text).valid


@pytest.mark.parametrize("network", ["x", "mastodon", "bluesky"])
def test_every_network_respects_its_limit(network: str) -> None:
    text = "Cada niño es distinto; llámenos con cualquier duda. " * 40
    message = compose(post(micro=False, text=text, summary=text), network)
    assert message.shortened
    assert message.length == weighted_length(message.text, rules_of(network))
    assert message.length <= rules_of(network).limit == message.limit
    assert message.text.endswith(" " + URL)


# --- property-style: many random posts ------------------------------------------------

_VOCABULARY = [
    "fever", "niño", "¿Qué", "¡Hola!", "发烧", "婴儿", "咳嗽。", FAMILY, "\U0001f912",
    "\U0001f44d\U0001f3fd", "\U0001f1f2\U0001f1fd", "cdc.gov", "https://aap.org/x?y=1",
    "100.4°F", "—", "café", "n\u0303", "\n", "1\ufe0f\u20e3", "©", "temperature", "e.g.",
    "\U0001f9d1\u200d\U0001f9d1\u200d\U0001f9d2", "한국어", "Ελληνικά", "العربية",
]


def _random_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_VOCABULARY) for _ in range(words))


@pytest.mark.parametrize("network", ["x", "mastodon", "bluesky"])
def test_random_posts_never_exceed_the_limit_and_keep_the_link_whole(network: str) -> None:
    rng = random.Random(f"rounds-{network}")
    rules = rules_of(network)
    for index in range(150):
        url = f"https://rounds-pediatrics.com/notes/{index}-{rng.choice(['a', 'fiebre'])}.html"
        source = post(
            url=url,
            micro=rng.random() < 0.5,
            title=_random_text(rng, rng.randint(1, 12)),
            text=_random_text(rng, rng.randint(1, 160)),
            summary=_random_text(rng, rng.randint(0, 80)),
            tags=tuple(_random_text(rng, rng.randint(1, 2)) for _ in range(rng.randint(0, 4))),
            disclosure=rng.choice([None, "Sponsored by Acme.", "Conflict of interest: I consult."]),
            overrides=rng.choice([{}, {"social": _random_text(rng, rng.randint(1, 90))}]),
        )
        message = compose(source, network)
        assert message.length == weighted_length(message.text, rules) <= rules.limit, source
        assert message.text.endswith(url)
        assert message.text.count(url) == 1
        if network == "x":
            assert parse_tweet(message.text).weightedLength <= 280
        if source.disclosure:
            assert message.text.startswith(source.disclosure)


def test_composed_bluesky_message_has_a_link_facet_on_the_whole_url() -> None:
    text = "¿Fiebre en bebés? " + "Lo que los padres deben saber sobre la fiebre. " * 12
    message = compose(post(text=text, tags=("fiebre",)), "bluesky")
    assert message.length <= 300 and message.shortened
    (link,) = [f for f in bluesky_facets(message.text) if "uri" in f["features"][0]]
    index = link["index"]
    assert message.text.encode()[index["byteStart"] : index["byteEnd"]].decode() == URL


def test_mastodon_has_room_for_a_long_note_and_its_hashtags() -> None:
    text = "Cada niño es distinto; llámenos con cualquier duda. " * 8  # 415 characters
    message = compose(post(text=text.strip(), tags=("fiebre", "salud infantil")), "mastodon")
    assert not message.shortened
    assert message.text == f"{text.strip()} #fiebre #SaludInfantil {URL}"
    assert message.length == len(text.strip()) + len(" #fiebre #SaludInfantil ") + 23


def test_unknown_network_without_rules_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"myspace.*known: x, mastodon, bluesky, facebook\)"):
        compose(post(text="hi"), "myspace")
    assert compose(post(text="hi"), "myspace", rules=MASTODON_RULES).text == f"hi {URL}"


def test_too_long_override_holding_the_link_keeps_one_whole_link_at_the_end() -> None:
    override = f"Read our guide {URL} before calling. " + "Fevers are common in winter. " * 12
    message = compose(post(overrides={"x": override}), "x")
    assert message.length <= 280 and message.shortened
    assert message.text.count(URL) == 1 and message.text.endswith(f"{ELLIPSIS} {URL}")
    assert message.text.startswith("Read our guide before calling.")


def test_link_longer_than_the_limit_is_refused_not_cut() -> None:
    long_url = "https://rounds-pediatrics.com/" + "a" * 300
    with pytest.raises(MessageTooLong):
        compose(post(url=long_url, text="hi"), "bluesky")


def test_the_message_keeps_its_parts_for_the_adapters() -> None:
    note = post(text="Fiebre: 38 °C o más. Llámenos.", tags=("fiebre",), language="es",
                disclosure="Sponsored by Acme.", image_url="https://maple.test/images/t.jpg",
                image_alt="Un termómetro digital", card_image_url="https://maple.test/cards/c.jpg")
    message = compose(note, "mastodon")
    assert message.text == f"Sponsored by Acme. Fiebre: 38 °C o más. Llámenos. #fiebre {URL}"
    assert message.body == "Fiebre: 38 °C o más. Llámenos."
    assert message.tags == ("#fiebre",) and message.disclosure == "Sponsored by Acme."
    assert message.language == "es" and message.link == URL
    assert message.image is not None and message.image.alt == "Un termómetro digital"
    # The note's own image is the card's thumbnail; the drawn card only stands in without one.
    assert message.card is not None and message.card.thumbnail_url == message.image.url
    bare = compose(replace(note, image_url=None, image_alt=None), "bluesky")
    assert bare.image is None and bare.card is not None
    assert bare.card.thumbnail_url == "https://maple.test/cards/c.jpg"


def test_an_image_without_alt_text_never_goes_out() -> None:
    message = compose(post(text="Hi.", image_url="https://maple.test/i.jpg"), "x")
    assert message.image is None
