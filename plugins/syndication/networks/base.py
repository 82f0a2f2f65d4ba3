"""The one small interface every network adapter implements (X, Mastodon, Bluesky, Facebook).

Adapters are thin: they translate a `Message` into one API call and the network's answers
into these results and exceptions. Everything else (what to post, when, retries, budgets,
the ledger) lives in the engine, so adding a network touches nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import requests

from ..counting import CountingRules
from ..model import Channel, Message, RemotePost


class NetworkError(Exception):
    """Base of every failure an adapter reports. `str()` is safe to print (no secrets)."""


class RateLimited(NetworkError):
    """429: try again at `retry_at` (from `x-rate-limit-reset` where the network gives it)."""

    def __init__(self, message: str, retry_at: datetime | None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class Transient(NetworkError):
    """5xx, timeouts, connection errors: the outcome may be unknown; retry later."""


class AlreadyPosted(NetworkError):
    """The network says this exact post exists (X's 403 duplicate content). Never retry."""


class Rejected(NetworkError):
    """401/403 and other refusals a retry will not fix. `fix` tells the person what to do."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


class Network(Protocol):
    """A connected account on one network."""

    #: "x", "mastodon", "bluesky", "facebook" — the key used in settings and the ledger.
    name: str

    def account(self) -> str:
        """A stable identity for the account (e.g. X user id and handle), for the ledger."""

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        """Send one post. Raises a `NetworkError` subclass on failure. `idempotency_key` is
        stable per (post, account): the Idempotency-Key (Mastodon), the seed of the record
        key (Bluesky), unused where the network has none (X)."""

    def counting_rules(self) -> CountingRules:
        """How this account's messages are counted: the registry's rules, or its server's
        own (a Mastodon server's character limit and URL length)."""

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        """Reconciliation: the account's post linking to `url` made after `since`, if any
        (`idempotency_key`: the key of the earlier attempt; Bluesky reads that record)."""


@dataclass
class Connection:
    """One channel for this run: its adapter and account, or None in preview mode."""

    channel: Channel
    network: Network | None
    #: The channel id once connected (the ledger's account); None in preview mode.
    account: str | None
    #: Credentials are set (in an offline preview the adapter is not used even then).
    has_credentials: bool = False

    @property
    def name(self) -> str:
        """The network's name ("x")."""
        return self.channel.network

    @property
    def preview(self) -> bool:
        return self.network is None


def fetch_image(url: str, timeout: float, what: str = "the note's image") -> requests.Response:
    """The picture a post carries, read from the live site (every adapter uploads it from
    there, so what is posted is what is published). A failure is Transient: retried later."""
    try:
        answer = requests.get(url, timeout=timeout)
        answer.raise_for_status()
    except requests.RequestException as error:
        raise Transient(f"Could not fetch {what} {url} ({type(error).__name__}); it will be "
                        "retried.") from None
    return answer
