"""Which variables of the shell running the tests no test may inherit (see conftest.py)."""

from __future__ import annotations

from collections.abc import Iterable

#: The site's address and target, every network's credentials (also behind a channel's
#: prefix, e.g. X_DRLEE_API_KEY), object storage, and the test-only hooks.
INHERITED_EXACT = frozenset({
    "SITEURL", "DEPLOY_TARGET", "CLOUDFRONT_DISTRIBUTION_ID", "ROUNDS_NOW", "ROUNDS_CRASH_AT",
    "GITHUB_TOKEN",
})
INHERITED_PREFIXES = ("X_", "MASTODON_", "BLUESKY_", "FACEBOOK_", "AWS_", "SYNDICATION_")


def inherited_variables(names: Iterable[str]) -> list[str]:
    """The names among `names` that would make a test depend on the shell it runs in."""
    return sorted(
        name for name in names if name in INHERITED_EXACT or name.startswith(INHERITED_PREFIXES)
    )
