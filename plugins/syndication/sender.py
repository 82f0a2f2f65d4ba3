"""Intent → network → result: the syndication sender (DESIGN.md, "Exactly once").

For each planned post the `Sender` writes `pending` to the ledger (flushed), calls the
network, and records the answer; an unknown outcome (a crash, a timeout) is reconciled with
the network before anything is sent again, so a post never goes out twice. Every failure
becomes a ledger state, worded by report.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import crashpoints, report
from .ledger import (
    FAILED,
    PENDING,
    POSTED,
    QUEUED,
    Ledger,
    LedgerStore,
    new_record,
    parse_time,
    timestamp,
)
from .model import Message, Outcome, Planned, PostSource, RemotePost
from .networks import registry, tid
from .networks.base import AlreadyPosted, Network, NetworkError, RateLimited, Rejected, Transient

Composer = Callable[[PostSource, str], Message]
#: Ledger fields that describe the last failure, dropped when a post is tried again.
STALE = ("reason", "fix", "next_attempt_at")


def idempotency_key(post_id: str, network: str, account: str) -> str:
    """Stable per (post, network, account): a resend of the same post carries the same key,
    and two accounts never share one."""
    digest = hashlib.sha256(f"{post_id}\n{network}\n{account}".encode()).hexdigest()
    return digest[:32]


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries for server errors and timeouts, with exponential backoff."""

    attempts: int = 3
    first_delay: float = 2.0
    factor: float = 3.0
    #: After the last attempt fails, the post is queued this long.
    requeue_after: timedelta = timedelta(minutes=15)

    def delays(self) -> list[float]:
        return [self.first_delay * self.factor**i for i in range(self.attempts - 1)]


@dataclass
class SendReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.state == state)

    @property
    def posted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == POSTED]

    @property
    def newly_posted(self) -> int:
        return self.count(POSTED)

    @property
    def ok(self) -> bool:
        """Failed (refused) posts make the step fail; queued ones do not (they retry)."""
        return self.count(FAILED) == 0


@dataclass
class Sender:
    """Sends planned posts to one network, recording intent before and the result after."""

    network: Network
    store: LedgerStore
    clock: Callable[[], datetime]
    compose: Composer
    sleep: Callable[[float], None]
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    say: Callable[[str], None] = print
    ledger: Ledger = field(default_factory=Ledger)
    #: The channel id this sender posts for (the ledger's account); None: the network's own
    #: `account()` (the engine's tests, where the two are the same).
    account: str | None = None

    def send(self, items: Iterable[Planned]) -> SendReport:
        """Send each planned post once. Call under `store.locked()`.

        The ledger is re-read here, so a post another run finished meanwhile is skipped.
        Exceptions from the network never escape: each becomes a state.
        """
        result = SendReport()
        self.ledger = self.store.load()
        rate_limited: Outcome | None = None
        mine = self.account if self.account is not None else self.network.account()
        for item in items:
            # Routed by account, not by network: two X accounts never send each other's posts.
            if item.network != self.network.name or item.account != mine:
                continue
            if rate_limited is not None:
                # The rate limit holds for every post: queue the rest without asking again.
                outcome = self._queue_untried(item, rate_limited)
            else:
                outcome = self._send_one(item)
                if outcome.state == QUEUED and outcome.rate_limited:
                    rate_limited = outcome
            result.outcomes.append(outcome)
        return result

    def _send_one(self, item: Planned) -> Outcome:
        post, account = item.post, item.account
        assert account is not None
        known = self.ledger.get(post.post_id, item.network, account)
        record = dict(known or new_record(post, item.network, account, PENDING, self.clock()))
        if record["state"] == POSTED:
            return Outcome(item, POSTED, remote=RemotePost(record.get("remote_id", ""),
                                                            record.get("remote_url", "")),
                           detail=report.ALREADY_BY_ANOTHER_RUN)
        record.update(url=post.url, source=post.source_path)
        # Only an attempt the ledger remembers can have landed: a first send asks nothing
        # first (an extra read per post would cost API calls and fail posts when reads fail).
        if known is not None and (bool(record.get("uncertain")) or record["state"] == PENDING) \
                and not self._resend_is_safe(record):
            since = (parse_time(record.get("attempted_at")) or self.clock()) \
                - timedelta(minutes=10)
            try:
                found = self.network.find_existing(post.url, since,
                                                   record.get("idempotency_key"))
            except NetworkError as error:
                return self._queue(record, item, uncertain=True,
                                   reason=report.unchecked_earlier_attempt(error))
            if found is not None:
                return self._posted(record, item, found, reconciled=True)
        try:
            message = self.compose(post, item.network)
        except ValueError as error:  # compose.MessageTooLong: says what to shorten
            return self._fail(record, item, None, str(error),
                              report.fix_uncomposable(post.source_path))
        if message.length > message.limit:
            return self._fail(record, item, message, report.too_long(message),
                              report.fix_too_long(item.network, post.source_path))
        key = record.get("idempotency_key") or self.new_key(post.post_id, item.network,
                                                             account)
        record.update(state=PENDING, idempotency_key=key, attempted_at=timestamp(self.clock()),
                      updated_at=timestamp(self.clock()), uncertain=True,
                      attempts=int(record.get("attempts", 0)) + 1)
        for stale in STALE:
            record.pop(stale, None)
        self._save(record)
        crashpoints.reached("after-pending")
        return self._call(record, item, message, key)

    def _call(self, record: dict[str, Any], item: Planned, message: Message,
              key: str) -> Outcome:
        """The API call itself, retried on server errors, each retry after a reconcile."""
        delays = self.retry.delays()
        attempt = 0
        maybe_landed = False
        while True:
            try:
                remote = self.network.publish(message, key)
            except Transient as error:
                maybe_landed = True
                if attempt >= len(delays):
                    return self._queue(record, item, uncertain=True, message=message,
                                       reason=report.no_answer_after(item.network, attempt + 1,
                                                                     error))
                self.say(report.retrying(item.network, error, delays[attempt]))
                self.sleep(delays[attempt])
                attempt += 1
                try:
                    found = self.network.find_existing(
                        item.post.url, parse_time(record["attempted_at"]) - timedelta(minutes=10),
                        key)
                except NetworkError as unchecked:
                    # The post may have landed and we cannot look: never resend blind. It
                    # stays queued (uncertain); the next run reconciles before any resend.
                    return self._queue(record, item, uncertain=True, message=message,
                                       reason=report.no_answer_unchecked(item.network,
                                                                         unchecked))
                if found is not None:
                    return self._posted(record, item, found, reconciled=True, message=message)
                continue
            except RateLimited as error:
                queued = self._queue(record, item, uncertain=maybe_landed, message=message,
                                     reason=report.network_reason(error, "rate limit",
                                                                  item.network),
                                     at=error.retry_at)
                queued.rate_limited = True
                return queued
            except AlreadyPosted:
                try:
                    found = self.network.find_existing(
                        item.post.url, parse_time(record["attempted_at"]) - timedelta(days=30),
                        key)
                except NetworkError:
                    found = None
                return self._posted(record, item, found or RemotePost("", ""), reconciled=True,
                                    message=message)
            except Rejected as error:
                return self._fail(record, item, message, str(error), error.fix,
                                  uncertain=maybe_landed)
            except NetworkError as error:
                return self._fail(record, item, message, str(error), report.FIX_NETWORK_ERROR,
                                  uncertain=maybe_landed)
            crashpoints.reached("after-api")
            crashpoints.reached(f"after-api:{item.network}")  # one network's, in a run of many
            return self._posted(record, item, remote, message=message)

    def new_key(self, post_id: str, network: str, account: str) -> str:
        """The key stored before the first call: a record key (a TID, Bluesky) where the
        network lets the client name the record, else the Idempotency-Key."""
        spec = registry.BY_NAME.get(network)
        if spec is not None and spec.idempotency == registry.IDEMPOTENCY_RECORD_KEY:
            return tid.derive(post_id, account, self.clock())
        return idempotency_key(post_id, network, account)

    def _resend_is_safe(self, record: dict[str, Any]) -> bool:
        """True while the network still honours the earlier attempt's Idempotency-Key
        (Mastodon: about an hour): resending with it cannot make a second post, so no read
        is needed first. Past the window (less a margin for clocks), reconcile by reading."""
        spec = registry.BY_NAME.get(str(record.get("network")))
        attempted = parse_time(record.get("attempted_at"))
        if spec is None or spec.idempotency != registry.IDEMPOTENCY_HEADER \
                or spec.window is None or attempted is None or not record.get("idempotency_key"):
            return False
        return self.clock() - attempted < spec.window - timedelta(minutes=10)

    def _queue_untried(self, item: Planned, cause: Outcome) -> Outcome:
        """Queue a post without calling the network, until `cause`'s rate limit resets."""
        assert item.account is not None
        existing = self.ledger.get(item.post.post_id, item.network, item.account)
        record = dict(existing or new_record(item.post, item.network, item.account, QUEUED,
                                             self.clock()))
        uncertain = bool(record.get("uncertain")) or record["state"] == PENDING
        outcome = self._queue(record, item, uncertain=uncertain, reason=cause.detail,
                              at=cause.next_attempt_at)
        outcome.rate_limited = True
        return outcome

    def _save(self, record: dict[str, Any]) -> None:
        self.ledger.put(record)
        self.store.save(self.ledger)

    def _posted(self, record: dict[str, Any], item: Planned, remote: RemotePost,
                reconciled: bool = False, message: Message | None = None) -> Outcome:
        record.update(state=POSTED, remote_id=remote.remote_id or None,
                      remote_url=remote.url or None, posted_at=timestamp(self.clock()),
                      updated_at=timestamp(self.clock()), uncertain=False)
        if reconciled:
            record["reconciled"] = True
        record = {k: v for k, v in record.items() if v is not None}
        for stale in STALE:
            record.pop(stale, None)
        self._save(record)
        return Outcome(item, POSTED, message=message, remote=remote, reconciled=reconciled)

    def _queue(self, record: dict[str, Any], item: Planned, uncertain: bool, reason: str,
               at: datetime | None = None, message: Message | None = None) -> Outcome:
        now = self.clock()
        when = at if at is not None and at > now else now + (
            timedelta(0) if at is not None else self.retry.requeue_after)
        record.update(state=QUEUED, reason=reason, next_attempt_at=timestamp(when),
                      updated_at=timestamp(now), uncertain=uncertain)
        self._save(record)
        return Outcome(item, QUEUED, message=message, detail=reason, next_attempt_at=when)

    def _fail(self, record: dict[str, Any], item: Planned, message: Message | None,
              reason: str, fix: str, uncertain: bool = False) -> Outcome:
        record.update(state=FAILED, reason=reason, fix=fix, updated_at=timestamp(self.clock()),
                      uncertain=uncertain)
        self._save(record)
        return Outcome(item, FAILED, message=message, detail=reason, fix=fix)
