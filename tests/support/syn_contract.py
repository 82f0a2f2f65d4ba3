"""The contract suite's harness: each adapter with its emulator, behind one small interface.

A `Harness` starts a network's emulator on 127.0.0.1, opens the real adapter on it through
the registry (exactly as a publish does: `from_env` with the emulator's environment), and
names the emulator's scripted failures the same way for every network, so one scenario runs
unchanged against X, Mastodon, Bluesky and Facebook (tests/syndication/contract/).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from fakes.bluesky_emulator import BlueskyEmulator
from fakes.facebook_emulator import PAGE_ID, VERSION, FacebookEmulator
from fakes.mastodon_emulator import MastodonEmulator
from fakes.x_emulator import XEmulator
from support.syn_fakes import NOW, Clock
from syndication import planner
from syndication.compose import compose
from syndication.ledger import Ledger, LedgerStore
from syndication.model import Channel, PostSource
from syndication.networks import registry
from syndication.networks.base import Network
from syndication.sender import RetryPolicy, Sender, SendReport

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class EmulatorKind:
    """How the suite drives one network's emulator: adding a network (Facebook) to the
    contract suite is one entry here."""

    start: Callable[[], Any]
    #: The request that asks the network to create a post.
    create: tuple[str, str]
    #: The remote ids of the posts the network holds, oldest first (as the ledger keeps them).
    remote_ids: Callable[[Any], list[str]]


EMULATORS: dict[str, EmulatorKind] = {
    "x": EmulatorKind(lambda: XEmulator().start(), ("POST", "/2/tweets"),
                      lambda e: [t.id for t in e.posts]),
    "mastodon": EmulatorKind(lambda: MastodonEmulator().start(), ("POST", "/api/v1/statuses"),
                             lambda e: [s.id for s in e.posts]),
    "bluesky": EmulatorKind(lambda: BlueskyEmulator().start(),
                            ("POST", "/xrpc/com.atproto.repo.createRecord"),
                            lambda e: [f"at://{e.did}/{r.collection}/{r.rkey}" for r in e.posts]),
    "facebook": EmulatorKind(lambda: FacebookEmulator().start(),
                             ("POST", f"/{VERSION}/{PAGE_ID}/feed"),
                             lambda e: [p.id for p in e.posts]),
}
NETWORKS = tuple(EMULATORS)


@dataclass
class Harness:
    name: str
    emulator: Any
    ledger_path: Path
    clock: Clock = field(default_factory=lambda: Clock(NOW))
    sleeps: list[float] = field(default_factory=list)

    @property
    def channel(self) -> Channel:
        spec = registry.spec(self.name)
        return Channel(spec.name, spec.name, spec.env_prefix)

    def env(self) -> dict[str, str]:
        return self.emulator.env()

    def adapter(self) -> Network:
        network = registry.spec(self.name).adapter_class().from_env(
            self.env(), self.channel.env_prefix, options={}, timeout=5.0)
        assert network is not None
        return network

    # -- what the network holds -----------------------------------------------------------

    def posts(self) -> int:
        return len(self.emulator.posts)

    def creates(self) -> int:
        """Requests that asked the network to create a post (accepted or not)."""
        method, path = EMULATORS[self.name].create
        return sum(1 for r in self.emulator.requests if r.method == method and r.path == path)

    def remote_ids(self) -> list[str]:
        return EMULATORS[self.name].remote_ids(self.emulator)

    # -- scripted answers, named once for all ---------------------------------------------

    def rate_limit_next(self) -> Any:
        """The next create answers 429; returns when the network says to come back."""
        if self.name == "x":
            reset = int(NOW.timestamp()) + 900
            self.emulator.rate_limit_next(reset)
            return NOW + timedelta(seconds=900)
        return self.emulator.rate_limit_next(600.0)

    def server_error_next(self, times: int = 1) -> None:
        self.emulator.server_error_next(503, times=times)

    def unauthorized_next(self) -> None:
        self.emulator.unauthorized_next()

    def accept_then_drop(self) -> None:
        self.emulator.accept_then_drop()

    # -- the engine -----------------------------------------------------------------------

    def store(self) -> LedgerStore:
        return LedgerStore(self.ledger_path)

    def connect(self) -> None:
        """The account was connected a month ago: new notes go out."""
        store = self.store()
        ledger = store.load() if self.ledger_path.exists() else Ledger()
        ledger.connect(self.name, self.channel.id, NOW - timedelta(days=30))
        store.save(ledger)

    def send(self, posts: list[PostSource], *, attempts: int = 3,
             composer: Callable[[PostSource, str], Any] = compose,
             network: Network | None = None) -> SendReport:
        """One syndicate run for this channel: plan, record, send (under the lock)."""
        store = self.store()
        with store.locked():
            ledger = store.load()
            plan = planner.plan(posts, ledger, [self.channel], self.clock(),
                                planner.PlanRules())
            if planner.apply_new_records(plan, ledger):
                store.save(ledger)
            sender = Sender(network or self.adapter(), store, self.clock, composer,
                            self.sleeps.append, RetryPolicy(attempts=attempts),
                            say=lambda _: None, account=self.channel.id)
            return sender.send(plan.to_send)

    def record(self, post: PostSource) -> dict[str, Any] | None:
        return self.store().load().get(post.post_id, self.name, self.channel.id)

    def key_for(self, post: PostSource) -> str:
        """The key the engine stores before its first call for `post` (now)."""
        sender = Sender(self.adapter(), self.store(), self.clock, compose, self.sleeps.append,
                        account=self.channel.id)
        return sender.new_key(post.post_id, self.name, self.channel.id)

    def send_and_die(self, post: PostSource, crash_at: str = "after-api") -> int:
        """Run one send in a child process that is SIGKILLed at `crash_at`; its exit code."""
        env = {**os.environ, **self.env(), "ROUNDS_CRASH_AT": crash_at,
               "PYTHONPATH": os.pathsep.join([str(ROOT / "plugins"), str(ROOT / "tests")])}
        child = subprocess.run(
            [sys.executable, "-m", "support.syn_send_once", self.name, str(self.ledger_path),
             post.post_id, post.url, post.text, NOW.isoformat()],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        return child.returncode


def start(name: str, tmp_path: Path) -> Harness:
    return Harness(name, EMULATORS[name].start(), tmp_path / "syndication.json")
