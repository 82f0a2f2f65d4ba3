"""Which accounts a publish posts to: the channels (DESIGN.md, "Channels").

`SYNDICATION_ACCOUNTS` lists them; without it, each network whose default variables are set
is one channel (its id is the network's name), so a practice with one account per network
configures nothing. Pure: reads the settings and an environment mapping it is given.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from common.errors import RoundsError, with_fix
from notemeta import SyndicateNames

from .model import Channel
from .networks import registry

#: The keys a SYNDICATION_ACCOUNTS entry may have.
KEYS = ("id", "network", "env_prefix", "budget", "default", "author")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def default_channels(env: Mapping[str, str], wanted: Sequence[str]) -> list[Channel]:
    """One channel per network whose default variables are set, plus (in preview) each
    network of SYNDICATION_NETWORKS without them, in the registry's order."""
    return [
        Channel(spec.name, spec.name, spec.env_prefix)
        for spec in registry.SPECS
        if spec.name in wanted or spec.credentials_from(env) is not None
    ]


def channels_from(accounts: Sequence[Mapping[str, Any]], env: Mapping[str, str],
                  wanted: Sequence[str]) -> list[Channel]:
    """The channels of SYNDICATION_ACCOUNTS (checked), or the default ones when it is empty.

    Raises `RoundsError` naming the entry and the fix for anything a person could mistype.
    """
    if not accounts:
        return default_channels(env, wanted)
    found: list[Channel] = []
    for number, entry in enumerate(accounts, start=1):
        found.append(_channel(number, entry))
    ids = [c.id for c in found]
    for channel_id in ids:
        if ids.count(channel_id) > 1:
            raise _error(f"two accounts have the id \"{channel_id}\"",
                         "give each account its own id.")
    return found


def syndicate_names(settings: Mapping[str, Any]) -> SyndicateNames:
    """What a note's `syndicate:` may name with these settings: every network of the
    registry and every account id of SYNDICATION_ACCOUNTS (read as `channels_from` reads
    them, so a wrong entry is the same `RoundsError`), with the networks' other names; and
    the registry's per-note text keys (`x:` … `social:`), which the check must know too.

    Handed to the check (`CheckContext.syndicate_names`) by the commands that run it: a
    note naming something else would otherwise be deployed, then posted nowhere it meant.
    """
    accounts = channels_from(settings.get("SYNDICATION_ACCOUNTS") or [], {}, ())
    return SyndicateNames(networks=registry.NAMES, accounts=tuple(c.id for c in accounts),
                          aliases=registry.ALIASES, override_keys=registry.OVERRIDE_KEYS)


def _channel(number: int, entry: Mapping[str, Any]) -> Channel:
    if not isinstance(entry, Mapping):
        raise _error(f"entry {number} is not a dictionary",
                     'write each account as {"id": "office", "network": "x"}.')
    for key in entry:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f" (did you mean \"{close[0]}\"?)" if close else ""
            raise _error(f"entry {number} has the key \"{key}\"{hint}",
                         f"use only {', '.join(KEYS)}.")
    channel_id = str(entry.get("id") or "").strip().lower()
    if not _ID.match(channel_id):
        raise _error(f"entry {number} has no usable id ({entry.get('id')!r})",
                     "give it a short id of lower-case letters, digits, - or _ (\"drlee\").")
    network = str(entry.get("network") or "").strip().lower()
    if network not in registry.BY_NAME:
        raise _error(f"the account \"{channel_id}\" names the network {network!r}",
                     f"use one of {', '.join(registry.NAMES)}.")
    spec = registry.BY_NAME[network]
    default_prefix = spec.env_prefix if channel_id == network else \
        f"{spec.env_prefix}_{channel_id.upper().replace('-', '_')}"
    prefix = str(entry.get("env_prefix") or default_prefix).strip().upper()
    budget = entry.get("budget")
    if budget is not None and (not isinstance(budget, Mapping) or any(
            k not in ("daily", "monthly") or not isinstance(v, int) for k, v in budget.items())):
        raise _error(f"the account \"{channel_id}\" has the budget {budget!r}",
                     'write it as {"daily": 17, "monthly": 500} (whole numbers of posts).')
    default_on = entry.get("default", True)
    if not isinstance(default_on, bool):
        raise _error(f"the account \"{channel_id}\" has \"default\": {default_on!r}",
                     "use True (every note) or False (only notes that name it).")
    author = str(entry.get("author") or "").strip() or None
    return Channel(channel_id, network, prefix, dict(budget) if budget is not None else None,
                   default_on, author)


def _error(problem: str, fix: str) -> RoundsError:
    return RoundsError(with_fix(
        f"The setting SYNDICATION_ACCOUNTS is wrong: {problem}. Nothing was posted.", fix))
