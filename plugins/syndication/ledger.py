"""The ledger: the durable, human-readable record of what was posted where.

`syndication.json` at the repo root is committed with the content, so it must read well in a
diff: sorted keys, two-space indent, one record per (post, network, account), records sorted.

It must never lose a record, whatever instruction a run is killed at. So every save writes a
temporary file in the same folder, fsyncs it, renames it over the ledger (`os.replace` is
atomic on POSIX) and fsyncs the folder; a reader sees the old ledger or the new one, never a
mix. Saves happen under a file lock, so two runs (a publish and a retry) cannot interleave.
With an object-storage deploy the same text lives in the bucket instead, changed only by
compare-and-swap under a leased lock (`ledger_storage.py`): the record schema is the same.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common.errors import RoundsError
from common.settings import ProjectSettings

from . import crashpoints
from .ledger_storage import FileStorage, LedgerStorage, storage_for, storage_from_settings
from .model import PostSource

#: 2: one account per channel (the channel id, "x" for a network's default account);
#: a version-1 ledger (the account as the network names it) is read and migrated.
LEDGER_VERSION = 2

#: The states a record can be in (DESIGN.md, "Syndication rules").
EXISTING_BEFORE = "existing-before"  # already published when the account was connected
HELD = "held"  # not posted automatically: too old when it first appeared, or opted out
PENDING = "pending"  # the API call is (or was) under way; outcome unknown until reconciled
POSTED = "posted"  # the network has it: remote id and URL
QUEUED = "queued"  # try again at `next_attempt_at` (rate limit, server error, budget)
FAILED = "failed"  # refused; `reason` and `fix` say what a person must do
STATES = (EXISTING_BEFORE, HELD, PENDING, POSTED, QUEUED, FAILED)

Key = tuple[str, str, str]


def timestamp(moment: datetime) -> str:
    """A moment as the ledger writes it: UTC, to the second, ISO 8601 (`…Z`)."""
    if moment.tzinfo is None:
        raise ValueError("ledger times must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass
class Ledger:
    """The ledger in memory: records by (post_id, network, account), and connected accounts.

    Pure data plus dict look-ups (the planner asks once per post and network: O(1) each).
    """

    records: dict[Key, dict[str, Any]] = field(default_factory=dict)
    #: "network:account" → {"network", "account", "connected_at"}.
    accounts: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, post_id: str, network: str, account: str) -> dict[str, Any] | None:
        return self.records.get((post_id, network, account))

    def put(self, record: dict[str, Any]) -> None:
        if record.get("state") not in STATES:
            raise ValueError(f"unknown ledger state {record.get('state')!r}")
        self.records[(record["post_id"], record["network"], record["account"])] = dict(record)

    def is_connected(self, network: str, account: str) -> bool:
        return account_key(network, account) in self.accounts

    def connect(self, network: str, account: str, when: datetime,
                remote: str | None = None) -> None:
        """Record a channel's first connection (`remote`: the account as the network names
        it, e.g. "x:1500…:@Handle", so a person can tell which account a channel was)."""
        entry = {"network": network, "account": account, "connected_at": timestamp(when)}
        if remote:
            entry["remote_account"] = remote
        self.accounts.setdefault(account_key(network, account), entry)

    def to_json(self) -> str:
        ordered = [self.records[key] for key in sorted(self.records)]
        document = {
            "version": LEDGER_VERSION,
            "about": "What Rounds posted where. Written by `invoke publish`; keep it in git.",
            "accounts": self.accounts,
            "records": ordered,
        }
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, path: Path) -> Ledger:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise RoundsError(
                f"{path}, line {error.lineno}: the syndication ledger is not valid JSON "
                f"({error.msg}). Nothing was posted. Fix: undo the hand edit, or restore it "
                f"with `git checkout -- {path.name}`."
            ) from None
        if not isinstance(document, dict) or not isinstance(document.get("records"), list):
            raise RoundsError(
                f"{path}: this is not a Rounds syndication ledger (no \"records\" list). "
                f"Nothing was posted. Fix: restore it with `git checkout -- {path.name}`."
            )
        if int(document.get("version", LEDGER_VERSION)) > LEDGER_VERSION:
            raise RoundsError(
                f"{path} was written by a newer version of Rounds (ledger version "
                f"{document['version']}). Nothing was posted. Fix: update Rounds (git pull, "
                "then `make venv`) before publishing from this computer."
            )
        version = int(document.get("version", LEDGER_VERSION))
        records = list(document["records"])
        accounts = dict(document.get("accounts") or {})
        if version < 2:
            records, accounts = migrate_v1(records, accounts)
        ledger = cls(accounts=accounts)
        for number, record in enumerate(records, start=1):
            missing = [k for k in ("post_id", "network", "account", "state") if k not in record]
            if missing or record["state"] not in STATES:
                problem = f"missing {', '.join(missing)}" if missing else (
                    f"unknown state \"{record['state']}\"")
                raise RoundsError(
                    f"{path}: record {number} is damaged ({problem}). Nothing was posted. "
                    f"Fix: restore it with `git checkout -- {path.name}`."
                )
            ledger.put(record)
        return ledger


#: When two version-1 records of one post and network meet in the default channel, the
#: one that knows more wins (a post is never forgotten).
_RANK = {POSTED: 5, PENDING: 4, QUEUED: 3, FAILED: 2, EXISTING_BEFORE: 1, HELD: 0}


def migrate_v1(records: list[dict[str, Any]], accounts: dict[str, dict[str, str]]
               ) -> tuple[list[dict[str, Any]], dict[str, dict[str, str]]]:
    """A version-1 ledger (one account per network, named as the network names it:
    "x:1500…:@Handle") as version 2: each record and account moves to the network's default
    channel (its id is the network's name), and keeps the old name as `remote_account`.

    Pure. The practice's history is kept whole: nothing already posted is posted again.
    """
    moved: dict[tuple[str, str], dict[str, Any]] = {}
    for record in records:
        if not isinstance(record, dict) or "network" not in record or "account" not in record:
            moved[(str(id(record)), "")] = record  # reported as damaged by the caller
            continue
        network = str(record["network"])
        new = {**record, "account": network}
        if record["account"] != network:
            new["remote_account"] = record["account"]
        key = (str(record.get("post_id")), network)
        kept = moved.get(key)
        if kept is None or _RANK.get(new.get("state", ""), -1) > _RANK.get(
                kept.get("state", ""), -1):
            moved[key] = new
    channels: dict[str, dict[str, str]] = {}
    for entry in accounts.values():
        network = str(entry.get("network", ""))
        if not network:
            continue
        key = account_key(network, network)
        earlier = channels.get(key)
        if earlier is None or str(entry.get("connected_at", "")) < earlier["connected_at"]:
            channels[key] = {"network": network, "account": network,
                             "connected_at": str(entry.get("connected_at", "")),
                             "remote_account": str(entry.get("account", ""))}
    return list(moved.values()), channels


def new_record(post: PostSource, network: str, account: str, state: str, now: datetime,
               **extra: Any) -> dict[str, Any]:
    """A ledger record for `post` on one account, first seen `now` (None extras left out)."""
    record: dict[str, Any] = {
        "post_id": post.post_id,
        "network": network,
        "account": account,
        "state": state,
        "source": post.source_path,
        "url": post.url,
        "first_seen": timestamp(now),
        "updated_at": timestamp(now),
    }
    record.update({k: v for k, v in extra.items() if v is not None})
    return record


def account_key(network: str, account: str) -> str:
    """"x:1500…:@Handle" — the account id, prefixed with its network unless it already is."""
    return account if account.startswith(f"{network}:") else f"{network}:{account}"


class LedgerStore:
    """The ledger where it is kept (`ledger_storage`: a file, or the bucket): load, lock, save.

    `LedgerStore(path)` is the file at `path`; `LedgerStore.for_config` picks the bucket's
    ledger when the site deploys to object storage.
    """

    def __init__(self, path: Path | str | None = None, lock_timeout: float = 60.0,
                 storage: LedgerStorage | None = None) -> None:
        if storage is None:
            if path is None:
                raise ValueError("a LedgerStore needs a path or a storage")
            storage = FileStorage(path, lock_timeout)
        self.storage = storage
        self.path = Path(path) if path is not None else Path(storage.label)

    @classmethod
    def for_config(cls, config: ProjectSettings) -> LedgerStore:
        """The site's ledger: in the bucket with an s3:// deploy, else `SYNDICATION_LEDGER`."""
        return cls(config.SYNDICATION_LEDGER,
                   storage=storage_for(config.SYNDICATION_LEDGER, config.DEPLOY_TARGET))

    @classmethod
    def for_settings(cls, settings: Mapping[str, Any]) -> LedgerStore | None:
        """The same from Pelican's dict (the build's plugin); None when there is no ledger."""
        storage = storage_from_settings(settings)
        return cls(settings.get("SYNDICATION_LEDGER"), storage=storage) if storage else None

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(f".{self.path.name}.lock")

    def load(self) -> Ledger:
        """The ledger as it is stored (an empty one when there is none yet)."""
        text = self.storage.read()
        if text is None:
            return Ledger()
        return Ledger.from_json(text, self.path)

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the ledger's lock: one syndicating run at a time on this site."""
        return self.storage.locked()

    def save(self, ledger: Ledger) -> None:
        """Write the whole ledger atomically. Call under `locked()`.

        A kill at any instruction leaves either the previous ledger or this one, never a
        partial one (a file: at worst a stray temp file, removed next time; the bucket: a
        PUT lands whole or not at all, and only over the version this run read).
        """
        self.storage.write(ledger.to_json(), halfway=lambda: crashpoints.reached("ledger-write"))
