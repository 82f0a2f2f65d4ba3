"""One syndicate run in a child process, for the contract suite's SIGKILL scenario.

`python -m support.syn_send_once NETWORK LEDGER POST_ID URL TEXT NOW`: sends one post to the
network's default channel (credentials from the environment, i.e. the test's emulator);
with ROUNDS_CRASH_AT=after-api the process kills itself right after the network accepted
the post and before the ledger heard of it.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

from support.syn_fakes import Clock, post
from syndication import planner
from syndication.compose import compose
from syndication.ledger import LedgerStore
from syndication.model import Channel
from syndication.networks import registry
from syndication.sender import RetryPolicy, Sender


def main(argv: list[str]) -> int:
    name, ledger_path, post_id, url, text, now = argv
    spec = registry.spec(name)
    channel = Channel(spec.name, spec.name, spec.env_prefix)
    clock = Clock(datetime.fromisoformat(now))
    note = post(post_id.removeprefix("notes/").removesuffix(".md"), url=url, text=text)
    network = spec.adapter_class().from_env(dict(os.environ), spec.env_prefix, options={},
                                            timeout=5.0)
    store = LedgerStore(ledger_path)
    with store.locked():
        ledger = store.load()
        plan = planner.plan([note], ledger, [channel], clock(), planner.PlanRules())
        Sender(network, store, clock, compose, lambda _: None, RetryPolicy(attempts=1),
               say=lambda _: None, account=channel.id).send(plan.to_send)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
