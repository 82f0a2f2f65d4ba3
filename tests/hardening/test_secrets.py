"""Secrets never show: with recognisable credential values in the environment, every command,
including the failing ones (`--debug`, a 401, a crash with a traceback, a killed process, an
unreachable network), keeps them out of its output, the ledger, the logs, the built and
deployed site and every other file it leaves behind. One test runs them all."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from fakes.x_emulator import XEmulator
from support.syn_e2e import e2e_site

pytestmark = pytest.mark.slow

#: Values no code or fixture would write by accident: any appearance is a leak.
SECRETS = {
    "X_API_KEY": "LEAKCHECK-xkey-7Q2v",
    "X_API_KEY_SECRET": "LEAKCHECK-xsecret-9Rk1",
    "X_ACCESS_TOKEN": "1500000000000000001-LEAKCHECKaccess4Tz",
    "X_ACCESS_TOKEN_SECRET": "LEAKCHECK-xtokensecret-3Hw8",
}
OTHER_SECRETS = {
    "X_DRLEE_API_KEY": "LEAKCHECK-channel-key-5Ua2",
    "MASTODON_ACCESS_TOKEN": "LEAKCHECK-mastodon-8Jp0",
    "BLUESKY_APP_PASSWORD": "leak-chec-kblu-esky",
    "FACEBOOK_PAGE_ACCESS_TOKEN": "LEAKCHECK-facebook-6Vn3",
    "AWS_SECRET_ACCESS_KEY": "LEAKCHECK-aws-secret-2Mq7",
}
#: The distinctive part of each value (a leak may print only part of a token).
NEEDLES = ["LEAKCHECK", "leak-chec-kblu-esky", "7Q2v", "9Rk1", "4Tz", "3Hw8"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _leaks(text: str) -> list[str]:
    return [needle for needle in NEEDLES if needle in text]


def test_no_command_ever_shows_a_secret(project_dir: Path) -> None:
    emulator = XEmulator(credentials=SECRETS).start()
    outputs: dict[str, str] = {}
    try:
        with e2e_site(project_dir, emulator) as site:
            site.extra_env.update(OTHER_SECRETS)

            def run(label: str, *args: str, **env: str) -> int:
                result = site.invoke(*args, timeout=180, **env)
                outputs[label] = result.output
                return result.code

            assert run("check", "check") == 0, outputs["check"]
            assert run("build", "build") == 0, outputs["build"]
            assert run("preview", "preview") == 0, outputs["preview"]
            assert run("publish (connects X)", "publish") == 0, outputs["publish (connects X)"]
            site.note("rsv-season", "RSV season is here. Call us if breathing looks hard.")
            emulator.unauthorized_next()
            assert run("--debug publish, X answers 401", "--debug", "publish") != 0
            assert run("syndicate --dry-run", "syndicate", "--dry-run") == 0
            unreachable = f"http://127.0.0.1:{_closed_port()}"
            run("syndicate, network unreachable", "syndicate",
                ROUNDS_X_API_BASE_URL=unreachable)
            assert run("--debug syndicate, crash with a traceback", "--debug", "syndicate",
                       ROUNDS_NOW="not-a-time") != 0
            assert "Traceback" in outputs["--debug syndicate, crash with a traceback"]
            run("publish killed after the API call", "publish", ROUNDS_CRASH_AT="after-api")
            assert run("publish after the crash", "publish") == 0, outputs[
                "publish after the crash"]
            assert run("check --json", "check", "--json") == 0
    finally:
        emulator.stop()

    assert len(outputs) == 11
    for label, text in outputs.items():
        assert _leaks(text) == [], f"{label} printed a secret:\n{text[-3000:]}"
    assert emulator.posts, "the commands really posted (the secrets were really used)"
    files = [p for p in project_dir.rglob("*") if p.is_file() and ".git" not in p.parts]
    assert any(p.name == "syndication.json" for p in files)
    assert any("deploy" in p.parts and p.suffix == ".html" for p in files)
    for path in files:
        leaked = _leaks(path.read_bytes().decode("utf-8", errors="replace"))
        assert leaked == [], f"{path.relative_to(project_dir)} holds a secret"
