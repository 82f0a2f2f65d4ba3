"""In-memory stand-ins for the engine's unit tests: posts, a clock and a scriptable network.

The end-to-end tests use the X emulator (a real HTTP server); these keep the planner and the
sender's rules fast to test one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from syndication.compose import X_RULES, CountingRules
from syndication.model import Message, PostSource
from syndication.networks.base import RemotePost, Transient

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def post(name: str = "a", days_old: float = 1, **changes: Any) -> PostSource:
    values: dict[str, Any] = {
        "post_id": f"notes/{name}.md",
        "source_path": f"content/notes/{name}.md",
        "url": f"https://maple.test/notes/{name}/",
        "title": f"Note {name}",
        "summary": f"Summary of {name}.",
        "text": f"Text of {name}.",
        "micro": True,
        "date": NOW - timedelta(days=days_old),
    }
    values.update(changes)
    return PostSource(**values)


def compose(source: PostSource, network: str) -> Message:
    text = f"{source.text} {source.url}"
    return Message(network=network, text=text, length=len(text), limit=280, url=source.url)


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class LandedThenTimeout(Transient):
    """The network created the post, but the answer never arrived (a timeout)."""


@dataclass
class FakeNetwork:
    """Scriptable: each `publish` takes the next entry of `script` (an exception to raise,
    or None for success). Keeps what was "really" posted in `posts`."""

    name: str = "x"
    account_id: str = "42 @maple"
    script: list[Exception | None] = field(default_factory=list)
    posts: list[RemotePost] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    calls: int = 0
    on_publish: Any = None

    def account(self) -> str:
        return self.account_id

    def publish(self, message: Message, idempotency_key: str) -> RemotePost:
        self.calls += 1
        if self.on_publish:
            self.on_publish(message)
        action = self.script.pop(0) if self.script else None
        if isinstance(action, LandedThenTimeout):
            self._create(message)
            raise action
        if action is not None:
            raise action
        return self._create(message)

    def _create(self, message: Message) -> RemotePost:
        remote = RemotePost(str(1000 + len(self.posts)),
                            f"https://x.com/maple/status/{1000 + len(self.posts)}")
        self.posts.append(remote)
        self.texts.append(message.text)
        return remote

    def counting_rules(self) -> CountingRules:
        return X_RULES

    def find_existing(self, url: str, since: datetime,
                      idempotency_key: str | None = None) -> RemotePost | None:
        for remote, text in zip(self.posts, self.texts, strict=True):
            if url in text:
                return remote
        return None
