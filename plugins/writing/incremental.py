"""Fast rebuilds for the preview: read from Pelican's content cache, write only what changed.

Pelican 4.12 has no incremental build (its old `WRITE_SELECTED` setting was removed; 4.12
only warns that it "has no effect"), and even with its content cache it renders every page
on every build. At 1,000 notes rendering is most of the time. So:

1. Reading: Pelican's own content cache (`CACHE_CONTENT`, `LOAD_CONTENT_CACHE`, in `cache/`,
   made safe by `writing.buildcache`): unchanged notes are not parsed again; and within a
   preview session, unchanged notes' article objects are reused (`ArticleMemory`, Pelican's
   "generator" caching layer kept in memory), so a save re-reads one note, not all of them.
2. Writing: once Pelican has read the notes (`article_generator_finalized`), each one is
   compared with what the previous build of this session wrote. When only notes' *text*
   changed (same title, date, slug, tags, status, order), the writer renders only the
   outputs that show a changed note: its own page, the index/tag/category pages *of the
   pagination page it is on*, lists that include it, and the feeds that carry it.
   Everything else on disk is already right, because the previous build wrote it. The
   theme's whole-site extras (card image copies, the Pagefind index) are skipped then.
3. A new note, or a changed title (what lists show of a note, but not where): the writer
   renders the changed and new notes' own pages and every list that shows one of them,
   all of that list's pagination pages (a new note shifts them), with the index, the
   archives and the feeds that carry them; not the thousands of other notes' pages and
   the tag pages of other topics (issue 13: at 5,000 notes rendering the whole site on
   every new note took seconds).
4. Anything else is a full build: the first build, a note removed, a change to a note's
   date, slug, tags or status (they move it between pages), a page, an image, the
   settings, the theme, a plugin, or a build after a failed one.

A build in which Pelican logs an error writes nothing at all (the error page shows the
problem, the last good site stays on disk), so fixing the note is again a fast rebuild.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastlists import URL_MEMO, remember_urls
from jinja2.bccache import Bucket, BytecodeCache
from pelican import signals
from pelican.writers import Writer
from publishing.build import BuildResult, build_site

#: Set on an article object `ArticleMemory` hands back again (same bytes, same settings).
REUSED = "_rounds_reused"

#: What the preview build adds to the development settings.
PREVIEW_OVERRIDES: dict[str, Any] = {
    "CACHE_CONTENT": True,
    "LOAD_CONTENT_CACHE": True,
    "CONTENT_CACHING_LAYER": "reader",
    # Never wipe output/: an incremental build relies on the files already there.
    "DELETE_OUTPUT_DIRECTORY": False,
    # Plugins with slow, non-essential work (search indexing) may skip it in the preview.
    "ROUNDS_PREVIEW": True,
}


#: Settings of the theme's plugins that an incremental (text-only) preview build turns off:
#: Pagefind re-indexing every page, and copying every card image again.
INCREMENTAL_SKIPS: dict[str, Any] = {"SEARCH_INDEX": False, "CARD_IMAGES": False}
#: What a text-only edit also leaves as it is: the sitemap (addresses and dates only).
TEXT_EDIT_SKIPS: dict[str, Any] = {"SITEMAP": False}


@dataclass(frozen=True)
class NoteState:
    """What a build knows about one note: what other pages show of it, and all of it."""

    listing: tuple[Any, ...]
    everything: str
    #: Where its page is written (relative to the output folder), to remove it when it moves.
    output: str = ""


@dataclass
class RebuildResult:
    mode: str  # "full" | "incremental"
    seconds: float
    written: int
    changed: list[str] = field(default_factory=list)
    reason: str = ""
    build: BuildResult | None = None
    files: list[str] = field(default_factory=list)
    #: Notes whose article object was reused from the previous build (not read again).
    reused: int = 0


def note_state(article: Any) -> NoteState:
    """The parts of an article other pages show (listing) and a digest of everything.

    An article reused from the previous build (`ArticleMemory` marks it) is the very object
    whose state that build computed: it is remembered on it rather than digested again.
    """
    remembered = article.__dict__.get("_rounds_state") if hasattr(article, "__dict__") else None
    if remembered is not None and article.__dict__.get(REUSED):
        return remembered
    state = _note_state(article)
    if hasattr(article, "__dict__"):
        article.__dict__["_rounds_state"] = state
    return state


def _note_state(article: Any) -> NoteState:
    metadata = getattr(article, "metadata", {}) or {}
    listing = (
        getattr(article, "title", None),
        getattr(article, "slug", None),
        metadata.get("save_as"),
        metadata.get("url"),
        str(getattr(article, "date", "")),
        tuple(str(tag) for tag in getattr(article, "tags", []) or []),
        str(getattr(article, "category", "")),
        tuple(str(author) for author in getattr(article, "authors", []) or []),
        getattr(article, "status", None),
        getattr(article, "lang", None),
        getattr(article, "template", None),
        str(metadata.get("micro", "")),
        str(metadata.get("image", "")),
    )
    digest = hashlib.sha256()
    digest.update(repr(listing).encode())
    digest.update((getattr(article, "_content", "") or "").encode())
    digest.update(repr(sorted((k, str(v)) for k, v in metadata.items())).encode())
    return NoteState(listing=listing, everything=digest.hexdigest(),
                     output=os.path.normpath(str(getattr(article, "save_as", "") or "")))


def site_notes(generators: Iterable[Any]) -> tuple[list[str], dict[str, NoteState]]:
    """The articles and drafts of a build, in order, with their states."""
    order: list[str] = []
    states: dict[str, NoteState] = {}
    for generator in generators:
        for name in ("articles", "translations", "drafts", "drafts_translations",
                     "hidden_articles", "hidden_translations"):
            for article in getattr(generator, name, None) or []:
                source = str(article.source_path)
                order.append(source)
                states[source] = note_state(article)
    return order, states


#: Indexes in `NoteState.listing` that a list shows but that never move a note to another
#: list or pagination page: the title, and the slug and address that follow from it, the
#: micro flag and the image. A change to one of these (or a new note) re-renders the lists
#: that show the note, every page of them; a page that moved leaves its old file removed.
RELISTABLE = frozenset({0, 1, 2, 3, 11, 12})


#: Direct templates that show notes' titles, dates and tags but never their text (the
#: theme's archive, topic list and search page): a text edit leaves them as they are.
LISTING_ONLY = frozenset({"archives", "tags", "categories", "authors", "search"})


@dataclass
class Plan:
    """What this build writes: everything (`changed is None`) or outputs of `changed` only."""

    changed: set[str] | None = None
    #: True when a list shows something new (a title, a new note): every pagination page of
    #: each list that shows a changed note is rendered, not only the page it is on.
    relist: bool = False
    write_nothing: bool = False
    written: int = 0
    skipped_pages: set[str] = field(default_factory=set)
    #: Every file written (relative to the output folder).
    outputs: set[str] = field(default_factory=set)

    def wants(self, articles: Iterable[Any]) -> bool:
        assert self.changed is not None
        return any(str(getattr(a, "source_path", "")) in self.changed for a in articles)


class _Discard(io.StringIO):
    """A file that forgets what is written to it (an output page this build leaves alone)."""


class SelectiveWriter(Writer):
    """Pelican's writer, rendering only the outputs the build's `Plan` asks for."""

    plan: Plan = Plan()

    def _relative(self, path: str) -> str:
        return os.path.relpath(path, self.output_path)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        if self.plan.write_nothing or self._relative(filename) in self.plan.skipped_pages:
            return contextlib.nullcontext(_Discard())
        self.plan.written += 1
        self.plan.outputs.add(self._relative(filename))
        return super()._open_w(filename, encoding, override)

    def write_feed(self, elements, context, path=None, url=None, *args, **kwargs):
        plan = self.plan
        if plan.write_nothing:
            return None
        if plan.changed is not None and path:
            limit = self.settings.get("FEED_MAX_ITEMS")
            if not plan.wants(list(elements)[:limit]):
                return None
        return super().write_feed(elements, context, path, url, *args, **kwargs)

    def write_file(self, name, template, context, *args, **kwargs):
        plan = self.plan
        if plan.write_nothing:
            return None
        if plan.changed is None:
            return super().write_file(name, template, context, *args, **kwargs)
        if "article" in kwargs:
            if not plan.wants([kwargs["article"]]):
                return None
        elif "page" in kwargs:
            return None  # pages changed → full build; an article edit leaves them alone
        elif "articles" in kwargs:
            if not plan.wants(kwargs["articles"]):
                return None
            if not plan.relist:
                if kwargs.get("template_name") in LISTING_ONLY:
                    return None  # titles, dates and tags only: a text edit changes none
                template = _PageFilter(template, plan)
        return super().write_file(name, template, context, *args, **kwargs)


class _PageFilter:
    """Wraps a template: a pagination page that shows no changed note is not rendered."""

    def __init__(self, template: Any, plan: Plan) -> None:
        self._template = template
        self._plan = plan

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)

    def render(self, localcontext: dict[str, Any]) -> str:
        page = localcontext.get("articles_page")
        if page is not None and not self._plan.wants(page.object_list):
            self._plan.skipped_pages.add(os.path.normpath(localcontext["output_file"]))
            return ""
        return self._template.render(localcontext)


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept between the builds of one preview session.

    Pelican makes a new Jinja environment per build, so every template is compiled again;
    Jinja checks each cached entry against the template's source, so an edited theme
    template is compiled afresh.
    """

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def __reduce__(self) -> tuple[type, tuple[()]]:
        """Pickled empty: it sits in the settings, which Pelican's content cache pickles
        with every tag of every note (the compiled templates would bloat it tenfold)."""
        return (MemoryBytecodeCache, ())

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def release_pelican_memory() -> None:
    """Forget Pelican's memoized article texts and summaries.

    `Content.get_content` and `get_summary` are memoized on the class, keyed by the article
    object, so in a long-running process (the preview, `invoke watch`) every build's whole
    site stays in memory: ~9 MB per build at 100 notes. Called after every build.
    """
    from pelican.contents import Content

    for name in ("get_content", "get_summary"):
        cache = getattr(Content.__dict__.get(name), "cache", None)
        if isinstance(cache, dict):
            cache.clear()


def is_article_source(path: Path, settings: dict[str, Any]) -> bool:
    """True for a note (any format Pelican reads) under one of the ARTICLE_PATHS."""
    from preflight.sources import is_article

    return is_article(path, settings)


class ArticleMemory:
    """Pelican's "generator" caching layer, kept in memory between the preview's builds.

    With `CONTENT_CACHING_LAYER = "generator"` Pelican itself reuses whole article objects
    for unchanged files instead of building them again from the reader's output; it does
    so through the generator's `get_cached_data`/`cache_data`. This provides those two in
    memory (Pelican's own version pickles every article with the whole site context). An
    entry is reused only while its file's bytes are unchanged, and only for builds where
    no settings, theme or plugin changed (`SiteBuilder` clears it otherwise), because an
    article object carries the settings and plugin results it was made with.
    """

    def __init__(self) -> None:
        self._store: dict[str, tuple[str, Any]] = {}
        self.enabled = False
        self.reused = 0

    def clear(self) -> None:
        self._store.clear()

    def attach(self, generator: Any) -> None:
        """`article_generator_init` handler: route the generator's cache through here."""
        remember_urls()  # also when the site's settings leave the fastlists plugin out
        base = Path(generator.path)

        def stamp(relative: str) -> str:
            try:
                return hashlib.sha256((base / relative).read_bytes()).hexdigest()
            except OSError:
                return ""

        def get_cached_data(relative: str, default: Any = None) -> Any:
            entry = self._store.get(relative) if self.enabled else None
            if entry is None or entry[0] != stamp(relative):
                return default
            article = entry[1]
            article._context = generator.context  # links resolve against this build
            article.__dict__.setdefault(URL_MEMO, {})  # its addresses stay as they were
            article.__dict__[REUSED] = True
            self.reused += 1
            return article

        def cache_data(relative: str, article: Any) -> None:
            self._store[relative] = (stamp(relative), article)

        generator.get_cached_data = get_cached_data
        generator.cache_data = cache_data


class SiteBuilder:
    """Builds the preview site again and again in one process, as fast as correctness allows.

    `load_settings` is called for every build (the settings file may have changed). The
    builder remembers what the last good build wrote; see the module docstring for when a
    build is incremental.
    """

    def __init__(self, load_settings: Callable[[], dict[str, Any]]) -> None:
        self.load_settings = load_settings
        self._order: list[str] | None = None
        self._states: dict[str, NoteState] = {}
        #: The pages and feeds the last full build wrote, to remove those that are gone.
        self._outputs: set[str] | None = None
        self._templates = MemoryBytecodeCache()
        self._articles = ArticleMemory()

    def invalidate(self) -> None:
        """Forget the last build: the next one is full."""
        self._order = None
        self._states = {}
        self._articles.clear()

    def build(self, changed_paths: Iterable[Path] = ()) -> RebuildResult:
        """Build once. Raises `RoundsError` (from `build_site`) when the build fails."""
        settings = {**self.load_settings(), **PREVIEW_OVERRIDES}
        settings["JINJA_ENVIRONMENT"] = {
            **settings.get("JINJA_ENVIRONMENT", {}), "bytecode_cache": self._templates
        }
        if self._outputs is None:
            # A session starts from an empty output folder, so what is there is what the
            # sources make; from then on, pages that are no longer made are removed.
            settings["DELETE_OUTPUT_DIRECTORY"] = True
        changed_paths = list(changed_paths)
        reason = ""
        if self._order is None:
            reason = "first build"
        else:
            others = [p for p in changed_paths if not is_article_source(p, settings)]
            if others:
                reason = f"{_short(others[0], settings)} changed"
        # Article objects are reused only while nothing but notes changed.
        self._articles.enabled = not reason
        self._articles.reused = 0
        if reason:
            self._articles.clear()
        else:
            # Every unchanged note comes from memory: loading and saving Pelican's pickled
            # cache of the whole site (half a second at 5,000 notes) would buy nothing. The
            # cache on disk stays as the last full build left it, for the next session.
            settings["LOAD_CONTENT_CACHE"] = settings["CACHE_CONTENT"] = False
        fingerprinted = "writing.buildcache" in settings.get("PLUGINS", [])
        if not fingerprinted and (
            self._order is None or any(_changes_reading(p, settings) for p in changed_paths)
        ):
            # Pelican's cache alone does not notice a new reader plugin or new Markdown
            # settings (`writing.buildcache` does): read every note again, cache it afresh.
            settings["LOAD_CONTENT_CACHE"] = False
        plan = Plan()
        outcome: dict[str, Any] = {}
        errors = _ErrorCounter()

        def decide(generator: Any) -> None:
            """`article_generator_finalized`: every note is read; compare with last time.

            Decided this early (before `all_generators_finalized`) so that plugins which
            act on every note there (card images) can be told to skip their work.
            """
            order, states = site_notes([generator])
            outcome["order"], outcome["states"] = order, states
            if reason or self._order is None or errors.count:
                return
            added = set(order) - set(self._order)
            if set(self._order) - set(order):
                outcome["reason"] = "a note was removed or renamed"
                return
            changed = {s for s, state in states.items()
                       if s not in added and self._states.get(s) != state}
            relist = bool(added)
            for source in changed:
                before, now = self._states[source].listing, states[source].listing
                if before == now:
                    continue
                if any(before[i] != now[i] for i in range(len(now)) if i not in RELISTABLE):
                    outcome["reason"] = (f"{_short(Path(source), settings)}: its date, slug, "
                                         "tags or status changed")
                    return
                relist = True
            plan.changed = changed | added
            plan.relist = relist
            outcome["changed"] = sorted(changed | added)
            # A text edit changes no card image (title, practice, byline) and the search
            # index of the last full build is good enough for a preview: skip both.
            settings.update(INCREMENTAL_SKIPS)
            if not relist:
                settings.update(TEXT_EDIT_SKIPS)

        def stop_on_errors(generators: list[Any]) -> None:
            """A build with errors writes nothing: output/ keeps the last good site."""
            if errors.count:
                plan.write_nothing = True

        writer_class = type("PreviewWriter", (SelectiveWriter,), {"plan": plan})

        def provide_writer(sender: Any) -> type:
            return writer_class

        started = time.perf_counter()
        pelican_logger = logging.getLogger("pelican")
        pelican_logger.addHandler(errors)
        try:
            with connected(signals.article_generator_init, self._articles.attach), \
                    connected(signals.article_generator_finalized, decide), \
                    connected(signals.all_generators_finalized, stop_on_errors), \
                    connected(signals.get_writer, provide_writer):
                result = build_site(settings)
        except Exception:
            if not plan.write_nothing:
                self.invalidate()  # a half-written output: the next build writes everything
            raise
        finally:
            pelican_logger.removeHandler(errors)
            release_pelican_memory()
        previous = self._states
        self._order, self._states = outcome.get("order"), outcome.get("states", {})
        incremental = plan.changed is not None
        if not incremental:
            self._remove_stale(Path(settings["OUTPUT_PATH"]), plan.outputs)
        else:
            self._remove_moved(Path(settings["OUTPUT_PATH"]), previous, self._states,
                               plan.outputs)
        return RebuildResult(
            mode="incremental" if incremental else "full",
            seconds=time.perf_counter() - started,
            written=plan.written,
            changed=[_short(Path(s), settings) for s in outcome.get("changed", [])],
            reason="" if incremental else (reason or outcome.get("reason", "")),
            build=result,
            files=sorted(plan.outputs),
            reused=self._articles.reused,
        )


    def _remove_moved(self, output: Path, before: dict[str, NoteState],
                      now: dict[str, NoteState], written: set[str]) -> None:
        """After an incremental build: delete the old page of a note whose address changed
        (a new title), and remember the pages it wrote, so a later full build prunes them."""
        for source, state in now.items():
            old = before.get(source)
            if old is not None and old.output and old.output != state.output \
                    and old.output not in written:
                (output / old.output).unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    (output / old.output).parent.rmdir()
                if self._outputs is not None:
                    self._outputs.discard(old.output)
        if self._outputs is not None:
            self._outputs |= written

    def _remove_stale(self, output: Path, outputs: set[str]) -> None:
        """Delete pages and feeds the previous full build wrote and this one did not (a
        renamed or removed note's page), so the preview never shows what is gone."""
        for relative in (self._outputs or set()) - outputs:
            (output / relative).unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # its folder, when now empty
                (output / relative).parent.rmdir()
        self._outputs = outputs


def _changes_reading(path: Path, settings: dict[str, Any]) -> bool:
    """True for a settings file or plugin code: what may change how a note is read."""
    root = Path(settings["PATH"]).parent
    return path.suffix == ".py" and (path.parent == root or path.is_relative_to(root / "plugins"))


def _short(path: Path, settings: dict[str, Any]) -> str:
    root = Path(settings["PATH"]).parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


@contextlib.contextmanager
def connected(signal: Any, receiver: Callable[..., Any]) -> Iterator[None]:
    signal.connect(receiver)
    try:
        yield
    finally:
        signal.disconnect(receiver)
