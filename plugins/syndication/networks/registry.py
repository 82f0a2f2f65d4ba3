"""One `NetworkSpec` per network: everything Rounds knows about a network, in one place.

Before this registry a network's knowledge was spread over seven places (labels, credential
names, counting rules, override keys, the `syndicate:` names, the preflight's fields and an
`if name == "x"` in the steps). Now each of them is derived from `SPECS`, so adding a network
(Facebook, issue 10) is one adapter module plus one entry here:

    NetworkSpec(name="facebook", label="Facebook", env_prefix="FACEBOOK",
                credentials=("PAGE_ID", "PAGE_ACCESS_TOKEN"), rules=FACEBOOK_RULES,
                link=LINK_FIELD, idempotency=IDEMPOTENCY_NONE,
                adapter="syndication.networks.facebook:FacebookNetwork")

Pure data: importing this module imports no SDK (adapters are named as "module:Class" and
imported only when a channel with credentials is opened).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from ..counting import BLUESKY_RULES, FACEBOOK_RULES, MASTODON_RULES, X_RULES, CountingRules

# Where the link goes in a post.
LINK_INLINE = "inline"  # in the text (X, Mastodon: the network makes it a link)
LINK_FACET_CARD = "facet+card"  # in the text, as a facet (byte offsets) plus a link card
LINK_FIELD = "field"  # in its own field of the API call (Facebook's `link`)

# How the network helps the engine send a post exactly once.
IDEMPOTENCY_NONE = "none"  # nothing: reconcile by reading the account's recent posts (X)
IDEMPOTENCY_HEADER = "header"  # an Idempotency-Key header honoured for `window` (Mastodon)
IDEMPOTENCY_RECORD_KEY = "record-key"  # the client chooses the record key (Bluesky TID)


@dataclass(frozen=True)
class NetworkSpec:
    """What Rounds knows about one network. Field order = what a person reads first."""

    #: The key in settings, the ledger, `syndicate:` and the per-note override (`x:`).
    name: str
    #: The name as a person reads it ("Also on Mastodon").
    label: str
    #: The default channel's environment prefix; a variable is PREFIX + "_" + suffix.
    env_prefix: str
    #: Required credential suffixes: ("API_KEY", …) → X_API_KEY, X_DRLEE_API_KEY, …
    credentials: tuple[str, ...]
    #: How a message's length is counted and its limit.
    rules: CountingRules
    #: Where the link goes: LINK_INLINE, LINK_FACET_CARD or LINK_FIELD.
    link: str
    #: How a resend is made safe: IDEMPOTENCY_NONE, _HEADER or _RECORD_KEY.
    idempotency: str
    #: How long the network honours the idempotency key (None: for ever / not at all).
    window: timedelta | None = None
    #: Optional suffixes with their defaults ({"PDS_URL": "https://bsky.social"}).
    optional: Mapping[str, str] = field(default_factory=dict)
    #: "module:Class" of the adapter; the class has `from_env(env, prefix, options)`.
    adapter: str = ""
    #: True when the network cannot carry an image and a link card in the same post: the
    #: image becomes the card's thumbnail (the preview says so).
    image_as_card: bool = False
    #: The network lets the author limit who may reply (X reply_settings, Bluesky threadgate).
    reply_controls: bool = False
    #: What one post costs, in US dollars (X bills per post), for the preview's estimate.
    cost_per_post: float | None = None
    #: True: only a title-less (micro) note goes out whole; a titled note becomes its title
    #: and summary even when all of it would fit (Facebook takes 63,206 characters: a whole
    #: article there leaves no reason to open the page, the card and the link).
    whole_micro_only: bool = False
    #: True: the network draws the link card from the page's Open Graph tags, scrapes it
    #: once and caches it, so the verify step checks `og:image` before anything is posted.
    scrapes_card: bool = False
    #: Other names people give the network (`twitter`): never posted to as such, but a
    #: `syndicate:` naming one is stopped by the check with "did you mean `x`?".
    aliases: tuple[str, ...] = ()

    def variables(self, prefix: str | None = None) -> tuple[str, ...]:
        """The required environment variables for a channel with `prefix`."""
        return tuple(f"{prefix or self.env_prefix}_{suffix}" for suffix in self.credentials)

    def credentials_from(self, env: Mapping[str, str], prefix: str | None = None
                         ) -> dict[str, str] | None:
        """{suffix: value} for a channel, optional ones defaulted; None when any required
        variable is missing or empty (the channel then runs in preview mode)."""
        prefix = prefix or self.env_prefix
        found = {s: (env.get(f"{prefix}_{s}") or "").strip() for s in self.credentials}
        if not all(found.values()):
            return None
        for suffix, default in self.optional.items():
            found[suffix] = (env.get(f"{prefix}_{suffix}") or "").strip() or default
        return found

    def adapter_class(self) -> Any:
        """The adapter class (imports its SDK now, not when the registry is read)."""
        module, _, name = self.adapter.partition(":")
        return getattr(importlib.import_module(module), name)


SPECS: tuple[NetworkSpec, ...] = (
    NetworkSpec(
        name="x", label="X", env_prefix="X",
        credentials=("API_KEY", "API_KEY_SECRET", "ACCESS_TOKEN", "ACCESS_TOKEN_SECRET"),
        rules=X_RULES, link=LINK_INLINE, idempotency=IDEMPOTENCY_NONE,
        adapter="syndication.networks.x:XNetwork", reply_controls=True,
        aliases=("twitter",),
        # Reported by practices in 2026: about $0.20 for a post with a link.
        cost_per_post=0.20,
    ),
    NetworkSpec(
        name="mastodon", label="Mastodon", env_prefix="MASTODON",
        credentials=("API_BASE_URL", "ACCESS_TOKEN"),
        rules=MASTODON_RULES, link=LINK_INLINE, idempotency=IDEMPOTENCY_HEADER,
        # Mastodon keeps an Idempotency-Key for one hour (app/controllers/concerns).
        window=timedelta(hours=1),
        adapter="syndication.networks.mastodon:MastodonNetwork",
    ),
    NetworkSpec(
        name="bluesky", label="Bluesky", env_prefix="BLUESKY",
        credentials=("HANDLE", "APP_PASSWORD"), optional={"PDS_URL": "https://bsky.social"},
        rules=BLUESKY_RULES, link=LINK_FACET_CARD, idempotency=IDEMPOTENCY_RECORD_KEY,
        adapter="syndication.networks.bluesky:BlueskyNetwork", image_as_card=True,
        reply_controls=True, aliases=("bsky",),
    ),
    NetworkSpec(
        name="facebook", label="Facebook", env_prefix="FACEBOOK",
        credentials=("PAGE_ID", "PAGE_ACCESS_TOKEN"),
        rules=FACEBOOK_RULES, link=LINK_FIELD, idempotency=IDEMPOTENCY_NONE,
        adapter="syndication.networks.facebook:FacebookNetwork",
        whole_micro_only=True, scrapes_card=True, aliases=("fb",),
    ),
)

BY_NAME: dict[str, NetworkSpec] = {spec.name: spec for spec in SPECS}
#: Every network's name, in the order the pages list "Also on" links.
NAMES: tuple[str, ...] = tuple(BY_NAME)
#: Other names of a network → its name (`twitter` → `x`), for "did you mean".
ALIASES: dict[str, str] = {alias: spec.name for spec in SPECS for alias in spec.aliases}
#: Per-note text override keys: one per network, plus `social:` for all of them.
OVERRIDE_KEYS: tuple[str, ...] = (*NAMES, "social")


def spec(name: str) -> NetworkSpec:
    """The spec of `name`; a `KeyError` naming the known networks otherwise."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown network {name!r} (known: {', '.join(NAMES)})") from None


def label(name: str) -> str:
    """"mastodon" → "Mastodon" (an unknown name is shown as it is)."""
    return BY_NAME[name].label if name in BY_NAME else name


def rules(name: str) -> CountingRules:
    return spec(name).rules


def credential_words(name: str, prefix: str | None = None) -> str:
    """"X_API_KEY, X_API_KEY_SECRET, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET"."""
    names = list(spec(name).variables(prefix))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
