"""The commands of Rounds (`invoke --list`). Thin: each task parses its arguments and calls
a recipe (`plugins/commands/`) or one step of it (`publishing/`, `preflight/`, `writing/`).

Daily use: `invoke new "Title"`, write the note, `invoke publish`.
Errors meant for a person are printed without a traceback and exit non-zero.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TextIO

from invoke import Exit, task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

from common.commands import command  # noqa: E402
from common.errors import RoundsError  # noqa: E402
from notemeta import practice_now  # noqa: E402
from publishing.project import Project  # noqa: E402


def _load_env_file() -> None:
    """Credentials may live in a git-ignored `.env`; the real environment wins."""
    env_file = ROOT / ".env"
    if env_file.exists():
        from dotenv import load_dotenv

        load_dotenv(env_file, override=False)


_load_env_file()
PROJECT = Project(ROOT)


def user_errors(function: Callable[..., Any]) -> Callable[..., Any]:
    """Print a `RoundsError` as a plain message and exit 1, instead of a traceback."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except RoundsError as error:
            raise Exit(f"✗ {error}", code=1) from None

    return wrapper


def _settings(production: bool) -> dict[str, Any]:
    return PROJECT.load_settings(production=production)


def title_given(argv: Sequence[str]) -> bool:
    """Whether a command line gives `invoke new` its title: a word after `new` that is not
    an option (`invoke new "Fever myths"`, `invoke -r site new ""`). `invoke new`,
    `invoke new --micro` and `invoke new --help` give none."""
    words = list(argv[1:])
    if "new" not in words:
        return True  # another task (or `--list`): the shape `new` is declared in is moot
    return any(not word.startswith("-") for word in words[words.index("new") + 1 :])


NEW_HELP = {"title": "the headline, in quotes (without one: asked for on a terminal)",
            "micro": "a short note without a title, named by the date and time"}


# invoke has no optional positional argument (pyinvoke/invoke#159): declared positional,
# `title` must be typed, and a bare `invoke new` stops in invoke's parser before the task
# runs; declared as an option, `invoke new "Fever myths"` is refused. So `new` is declared
# in the shape of the command line about to be read, with invoke's own `task()` options:
# positional when a title follows `new`, an option (`--title`) when none does.
@task(positional=["title"] if title_given(sys.argv) else [], help=NEW_HELP)
@user_errors
def new(c, title=None, micro=False):
    """Start a note: content/notes/<date>-<slug>.md with its metadata ready to fill.

    invoke new "Title of the note"    (or: make new TITLE="Title of the note")
    invoke new                        asks for the title (Enter: a note without one)
    invoke new --micro                a short note without a title, named by the time
    """
    from publishing.notes import create_micro_note, create_note

    title = (title or "").strip()
    if micro and title:
        raise Exit("✗ --micro starts a note without a title. Fix: leave out either the "
                   "title or --micro.", code=1)
    if not title and not micro:
        title = ask_title(sys.stdin, input)
    settings = _settings(production=False)
    folder, now = Path(settings["PATH"]) / "notes", practice_now(settings)
    path = (create_note(folder, title, now, settings) if title
            else create_micro_note(folder, now))
    print(f"Created {path.relative_to(ROOT)} — write the note under the metadata, then run "
          f"{command('publish')}.")


def ask_title(stdin: TextIO, ask: Callable[[str], str]) -> str:
    """The title, asked for on the terminal ("" for a note without one). Without a terminal
    (an editor's task, a script, CI) nobody can answer: say what to type instead."""
    if not stdin.isatty():
        titled, micro = command("new", '"Fever myths"'), command("new", "--micro")
        width = max(len(titled), len(micro)) + 3
        raise Exit(
            "✗ A new note needs its title, and there is no terminal here to ask for it. "
            f"Type one of:\n    {titled.ljust(width)}a note with this title\n"
            f"    {micro.ljust(width)}a short note without a title", code=1)
    try:
        return ask("Title of the note (press Enter for a short note without a title): ").strip()
    except EOFError:
        raise Exit("\n✗ No note was created.", code=1) from None


@task(help={"json": "print the findings as JSON, for tools"})
@user_errors
def check(c, json=False):
    """Check every note before it can be published (exit 1 when something blocks)."""
    from preflight.context import CheckContext
    from preflight.runner import check_content
    from syndication.channels import syndicate_names

    settings = _settings(production=True)
    report = check_content(CheckContext.for_site(ROOT, settings,
                                                 syndicate_names=syndicate_names(settings)))
    print(report.format_json() if json else report.format_text())
    if not report.ok:
        raise Exit(code=1)


@task(help={"path": "the note to attest, e.g. content/notes/2026-11-02-fever.md"})
def attest(c, path):
    """Record that a note's privacy WARNs were checked: shows them, then writes
    "deidentified: yes <fingerprints>" into the note (covers only those findings)."""
    from preflight.attest import AttestError, attest_note
    from preflight.context import CheckContext

    try:
        result = attest_note(CheckContext.for_site(ROOT, _settings(production=True)),
                             Path(path).resolve())
    except (AttestError, RoundsError) as error:
        raise Exit(f"✗ {error}", code=1) from None
    print("\n".join(result.lines))
    if result.blocks:  # the note still cannot be published: say so by the exit status too
        raise Exit(code=1)


def _build(production: bool) -> None:
    from publishing.build import build_site, draft_addresses, is_noise

    settings = _settings(production=production)
    result = build_site(settings)
    for warning in result.warnings:
        if not is_noise(warning):
            print(f"  build warning: {warning}")
    if not production:
        for line in draft_addresses(result, str(settings.get("SITEURL") or ""), str(ROOT)):
            print(line)
    print(f"✓ {result.articles} note(s) and {result.pages} page(s) built in "
          f"{result.seconds:.1f} s into {Path(result.output_path).relative_to(ROOT)}/")


@task
@user_errors
def build(c):
    """Build the site for local viewing (development settings) into output/."""
    _build(production=False)


@task
def clean(c):
    """Remove the generated site and the build cache."""
    for folder in ("output", "cache"):
        shutil.rmtree(ROOT / folder, ignore_errors=True)


@task(pre=[clean])
@user_errors
def rebuild(c):
    """`clean`, then `build`."""
    _build(production=False)


@task
@user_errors
def preview(c):
    """Build with the production settings (what `publish` would deploy), show planned posts."""
    from commands.publish import preview_posts

    _build(production=True)
    preview_posts(PROJECT)


@task(help={"dry_run": "show what would be posted; post and record nothing",
            "post": "post this one note (content/notes/…md), even an old one; still only once",
            "verbose": "also show every held note explained"})
@user_errors
def syndicate(c, dry_run=False, post=None, verbose=False):
    """Post what is waiting (new, queued or retried notes) without rebuilding first.

    Takes the publish lock like `invoke publish`: its refresh step rebuilds and redeploys,
    which must never overlap a publish from `invoke watch` or another terminal.
    """
    from commands.publish import syndicate as run_syndicate

    if run_syndicate(PROJECT, dry_run=dry_run, post=post, verbose=verbose) is None:
        raise Exit(code=1)


@task(help={"port": "port to listen on (default 8000)", "bind": "address (default 127.0.0.1)",
            "output": "serve output/ (the last build) even when a deployed folder exists"})
@user_errors
def serve(c, port=8000, bind="127.0.0.1", output=False):
    """Serve the deployed site (or else output/) at http://localhost:8000 (Ctrl-C stops)."""
    from publishing.deploy import configured_target
    from publishing.serve import choose_folder, make_server, port_busy

    settings = _settings(production=True)
    try:
        deployed = configured_target(PROJECT.config(settings), ROOT).served_from()
    except RoundsError:
        deployed = None  # a remote or unusable target: nothing on this machine to serve
    served = choose_folder(ROOT, ROOT / "output", deployed, prefer_output=output)
    try:
        server = make_server(served.path, bind, int(port))
    except OSError as error:
        raise Exit(port_busy(int(port), str(error.strerror), served.path, deployed,
                             str(settings.get("SITEURL") or "")), 1) from None
    print(f"Serving {served.what}, from {served.path}, at http://localhost:{port}/ "
          "— Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task(help={"verbose": "also show every message in full and every held note explained"})
@user_errors
def publish(c, verbose=False):
    """Check, build, deploy, verify, post to the practice's accounts, refresh the pages.

    One publish at a time: when `invoke watch` (or another terminal) is publishing, this
    waits for it, saying so (PUBLISH_LOCK_WAIT_SECONDS, default 600 s).
    """
    from commands.publish import closing_words
    from commands.publish import publish as run_publish

    context = run_publish(PROJECT, verbose=verbose)
    if context is None:
        raise Exit(code=1)
    print(closing_words(context))


@task(help={"port": "port to listen on (default 8000)", "bind": "address (default 127.0.0.1)"})
@user_errors
def livereload(c, port=8000, bind="127.0.0.1"):
    """Preview while writing: rebuild on save, the browser reloads itself (Ctrl-C stops)."""
    import os

    from syndication.channels import syndicate_names
    from writing.livereload import run_livereload

    if run_livereload(ROOT, lambda: _settings(production=False), bind, int(port),
                      syndicate_names=syndicate_names) == "restart":
        # A plugin's code changed: only a fresh process imports it again.
        os.execv(sys.executable, [sys.executable, *sys.argv])


@task(help={"verbose": "log every publish in full (as `invoke publish --verbose`)"})
@user_errors
def watch(c, verbose=False):
    """Publish notes dropped into content/notes/ by themselves, after a quiet period.

    Drafts are ignored; a note that fails its check is reported and set aside while the
    others go out. WATCH_QUIET_SECONDS (default 30) sets the quiet period. Ctrl-C stops.
    """
    from commands.watch import watch as run_watch

    run_watch(PROJECT, verbose=verbose)
