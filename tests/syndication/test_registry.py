"""The network registry is the one place a network is described: everything else derives."""

from __future__ import annotations

from preflight.segments import PUBLISHED_KEYS
from support.syn_fakes import post as _post
from syndication import compose, describe, report
from syndication.networks import registry


def test_every_network_has_a_complete_spec() -> None:
    for spec in registry.SPECS:
        assert spec.rules.network == spec.name
        assert spec.link in (registry.LINK_INLINE, registry.LINK_FACET_CARD, registry.LINK_FIELD)
        assert spec.idempotency in (registry.IDEMPOTENCY_NONE, registry.IDEMPOTENCY_HEADER,
                                    registry.IDEMPOTENCY_RECORD_KEY)
        assert (spec.window is not None) == (spec.idempotency == registry.IDEMPOTENCY_HEADER)
        assert callable(spec.adapter_class().from_env)


def test_lists_elsewhere_are_derived_from_the_registry() -> None:
    assert (*registry.NAMES, "social") == describe.OVERRIDE_KEYS
    assert report.label("mastodon") == "Mastodon" == registry.spec("mastodon").label
    for spec in registry.SPECS:  # composing for a network counts by the registry's rules
        message = compose.compose(_post(), spec.name)
        assert message.limit == spec.rules.limit
    # The preflight layer sits below syndication and cannot import the registry: the
    # privacy guard's list must still name every override key, or a `bluesky:` text would
    # go unchecked (the metadata check is handed them: tests/preflight/test_network_keys.py).
    assert set(registry.OVERRIDE_KEYS) <= set(PUBLISHED_KEYS)


def test_credentials_per_prefix_and_optional_defaults() -> None:
    bluesky = registry.spec("bluesky")
    env = {"BLUESKY_DRLEE_HANDLE": "lee.bsky.social", "BLUESKY_DRLEE_APP_PASSWORD": "p"}
    assert bluesky.credentials_from(env) is None
    found = bluesky.credentials_from(env, "BLUESKY_DRLEE")
    assert found == {"HANDLE": "lee.bsky.social", "APP_PASSWORD": "p",
                     "PDS_URL": "https://bsky.social"}
    assert registry.spec("x").variables("X_DRLEE")[0] == "X_DRLEE_API_KEY"
    assert registry.credential_words("mastodon") == (
        "MASTODON_API_BASE_URL and MASTODON_ACCESS_TOKEN")
    assert bluesky.credentials_from({**env, "BLUESKY_DRLEE_APP_PASSWORD": " "},
                                    "BLUESKY_DRLEE") is None
