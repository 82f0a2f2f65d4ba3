"""Rounds' own settings, declared once: name, type, default and what each is for.

Pelican reads `pelicanconf.py`/`publishconf.py` into a plain dict; the publish, the
syndication engine and the writing loop read *this* typed view of it instead of calling
`settings.get(NAME, default)` each with its own default. `ProjectSettings.read` checks
every value once (a wrong type is a `RoundsError` naming the setting and the fix), fills
the defaults, and resolves relative paths against the site's folder.

Adding a setting is one line in `ProjectSettings`. Settings whose names start with
`PRIVACY_` belong to the preflight checks, which read and check them themselves; they are
never reported as unknown here.
"""

from __future__ import annotations

import difflib
import logging
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import RoundsError, with_fix

logger = logging.getLogger("rounds.settings")

#: Prefixes owned by a package that declares and checks its settings itself.
OWNED_ELSEWHERE = {"PRIVACY_": "preflight"}
#: Settings of the practice read by the preflight checks, the theme and its plugins, each
#: with its own fallback: known here by name, so they are never taken for typos.
READ_ELSEWHERE = frozenset({
    "READING_GRADE_MAX", "STAFF_NAMES", "PRACTICE_NAME", "PRACTICE_ADDRESS", "PRACTICE_PHONE",
    "PRACTICE_FAX", "PRACTICE_HOURS", "AUTHOR_CREDENTIALS", "AUTHOR_JOB_TITLE", "SITESUBTITLE",
    "DISCLAIMER", "EMERGENCY_NUMBER", "POISON_CONTROL", "FOOTER_ONLY_PAGES", "OG_LOCALE",
    "TWITTER_SITE", "SEARCH_URL", "SEARCH_SAVE_AS",
})
#: Pelican derives `<TEMPLATE>_SAVE_AS`/`_URL` for each direct template (ARCHIVES_SAVE_AS).
PELICAN_TEMPLATE_SUFFIXES = ("_SAVE_AS", "_URL")
#: Name prefixes that only Rounds uses: an undeclared name with one of them is a typo.
FAMILIES = ("SYNDICATION_", "GITHUB_PAGES_", "DEPLOY_", "PUBLISH_", "WATCH_", "CARD_")


def about(doc: str, keys: tuple[str, ...] = ()) -> dict[str, Any]:
    """A declared setting's metadata: why it exists, and (for a dict) its allowed keys."""
    return {"doc": doc, "keys": keys}


@dataclass(frozen=True)
class ProjectSettings:
    """The settings Rounds' own code reads, typed. Field name = the setting's name."""

    # --- Deploying (publishing/deploy.py) ---
    DEPLOY_TARGET: str = field(default="deploy/site", metadata=about(
        "Where the site goes live: a folder (relative: under the site), rsync://…, "
        "user@host:path, gh-pages or s3://bucket[/prefix] (then the ledger and the "
        "publish lock live in the bucket too, under .rounds/)."))
    GITHUB_PAGES_REMOTE: str = field(default="origin", metadata=about(
        "The git remote a gh-pages deploy pushes to."))
    GITHUB_PAGES_BRANCH: str = field(default="gh-pages", metadata=about(
        "The branch a gh-pages deploy commits to."))
    # --- One publish at a time (publishing/lock.py, commands/) ---
    PUBLISH_LOCK_WAIT_SECONDS: float = field(default=600.0, metadata=about(
        "How long `invoke publish` waits for a publish already running."))
    WATCH_QUIET_SECONDS: float = field(default=30.0, metadata=about(
        "`invoke watch` publishes a dropped note this long after its last change."))
    # --- Syndication (DESIGN.md, "Syndication rules") ---
    SYNDICATION_LEDGER: Path = field(default=Path("syndication.json"), metadata=about(
        "What was posted where; committed with the content."))
    SYNDICATION_MANIFEST: Path = field(
        default=Path("cache/syndication-manifest.json"), metadata=about(
            "The posts the last production build described, for the syndicate step."))
    SYNDICATION_NETWORKS: list[str] = field(default_factory=lambda: ["x"], metadata=about(
        "Networks shown in the preview even without credentials (a network whose "
        "variables are set is posted to anyway)."))
    SYNDICATION_ACCOUNTS: list[dict[str, Any]] = field(default_factory=list, metadata=about(
        "The accounts (channels) posted to: [{\"id\": \"drlee\", \"network\": \"x\", "
        "\"env_prefix\": \"X_DRLEE\", \"budget\": {...}, \"default\": False, \"author\": "
        "\"Dr. Lee\"}]; empty: one per network whose default variables are set."))
    SYNDICATION_MASTODON_VISIBILITY: str = field(default="public", metadata=about(
        "Who sees the Mastodon posts: public, unlisted or private (never direct)."))
    SYNDICATION_X_REPLY_SETTINGS: str | None = field(default=None, metadata=about(
        "Who may reply on X: None (everyone), \"following\", \"mentionedUsers\" or "
        "\"subscribers\"."))
    SYNDICATION_BLUESKY_THREADGATE: list[str] | None = field(default=None, metadata=about(
        "Who may reply on Bluesky: None (everyone), [] (nobody), or any of \"mention\", "
        "\"following\", \"followers\"."))
    SYNDICATION_FACEBOOK_GRAPH_VERSION: str = field(default="v25.0", metadata=about(
        "The Graph API version the Facebook Page posts go through (Facebook retires each "
        "version about two years after its release: move to the current one then)."))
    SYNDICATION_FACEBOOK_SCRAPE: bool = field(default=True, metadata=about(
        "Ask Facebook to read each note's page just before posting it, and refuse to post "
        "when it reports an error: Facebook caches a card for good once drawn."))
    SYNDICATION_MAX_AGE_DAYS: float = field(default=14.0, metadata=about(
        "A note dated more than this many days before it first appears is held back."))
    SYNDICATION_BUDGETS: dict[str, Any] = field(default_factory=dict, metadata=about(
        "Posts per account per day / month: {\"x\": {\"daily\": 17, \"monthly\": 500}}."))
    SYNDICATION_RETRY: dict[str, Any] = field(default_factory=dict, metadata=about(
        "Server errors and timeouts: tries per run, first wait and its growth (seconds), "
        "then queued for requeue_minutes.",
        keys=("attempts", "first_delay", "factor", "requeue_minutes")))
    # --- Build-time plugins ---
    CARD_IMAGES: bool = field(default=True, metadata=about(
        "Draw a card image for notes without an `image:`."))
    CARD_FONT: str | None = field(default=None, metadata=about(
        "A .ttf for the cards (default: DejaVu Sans)."))
    CARD_FONT_BOLD: str | None = field(default=None, metadata=about(
        "The bold .ttf for the cards."))
    SEARCH_INDEX: bool = field(default=True, metadata=about(
        "Build the Pagefind search index after each build."))
    SECURITY_POLICY: bool = field(default=True, metadata=about(
        "A Content-Security-Policy meta (hashes of each page's inline blocks) in every page, "
        "and `_headers` for the host (plugins/security). Off for development builds: the "
        "preview injects its reload script."))

    SITEMAP: bool = field(default=True, metadata=about(
        "Write sitemap.xml and robots.txt (the preview skips it after a text-only edit, "
        "which changes neither)."))

    SUGGEST_TRUST_SIGNALS: bool = field(default=True, metadata=about(
        "`invoke check` gives a gentle INFO for a note with no Reviewed: date or no "
        "Sources: (never blocking). False turns the suggestion off."))

    # --- The practice's look (theme) ---
    SITE_LOGO: str = field(default="", metadata=about(
        "The practice's logo (SVG or PNG) under content/, e.g. \"images/logo.svg\"; without "
        "one, the header shows a monogram of SITENAME in the accent colour."))
    AUTHOR_PHOTO: str = field(default="", metadata=about(
        "The doctor's photo under content/ (\"images/dr-lee.jpg\"), beside the byline; "
        "without one, a monogram of AUTHOR."))
    ACCENT_COLOR: str = field(default="#114b5f", metadata=about(
        "The practice's colour (#rrggbb) in the light theme: header rule, monogram, buttons. "
        "Must keep AA contrast (4.5:1) against white, so it is checked when loaded."))
    ACCENT_COLOR_DARK: str = field(default="#9fd3e0", metadata=about(
        "The same colour for the dark theme; must keep 4.5:1 against its dark background."))
    FOLLOW_LINKS: list[tuple[str, str]] = field(default_factory=list, metadata=about(
        "The practice's own accounts as (name, address) pairs, e.g. [(\"X\", "
        "\"https://x.com/MaplePeds\")], shown under \"Follow the practice\" with the feed."))

    # --- The practice's texts in the languages of its notes (trust/practice.py) ---
    PRACTICE_TRANSLATIONS: dict[str, dict[str, Any]] = field(
        default_factory=dict, metadata=about(
            "The practice's own texts in other languages, keyed by the language code its "
            "notes give in `Lang:`: {\"es\": {\"DISCLAIMER\": \"…\", \"PRACTICE_HOURS\": "
            "[(\"Lunes a viernes\", \"8:00 a.m. – 6:00 p.m.\")]}}. A page in that language "
            "shows them in its footer and JSON-LD; any text left out, or a language not "
            "given, shows the site's own, marked with the site's language."))

    @classmethod
    def read(cls, raw: Mapping[str, Any], root: Path) -> ProjectSettings:
        """The typed settings from Pelican's dict. Raises `RoundsError` for a wrong value."""
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in raw or (raw[spec.name] is None and not _optional(hints[spec.name])):
                continue
            value = _conform(spec.name, raw[spec.name], hints[spec.name])
            if isinstance(value, Path) and not value.is_absolute():
                value = root / value
            _check_keys(spec.name, value, spec.metadata.get("keys") or ())
            values[spec.name] = value
        made = cls(**values)
        _check_accent("ACCENT_COLOR", made.ACCENT_COLOR, LIGHT_BACKGROUND)
        _check_accent("ACCENT_COLOR_DARK", made.ACCENT_COLOR_DARK, DARK_BACKGROUND)
        _check_translations("PRACTICE_TRANSLATIONS", made.PRACTICE_TRANSLATIONS)
        for spec in fields(cls):  # defaults that are paths are relative to the site, too
            value = getattr(made, spec.name)
            if spec.name not in values and isinstance(value, Path) and not value.is_absolute():
                object.__setattr__(made, spec.name, root / value)
        return made

    def as_settings(self) -> dict[str, Any]:
        """The values as Pelican's dict holds them (paths as text), defaults filled in."""
        return {spec.name: str(value) if isinstance(value := getattr(self, spec.name), Path)
                else value for spec in fields(self)}

    @classmethod
    def names(cls) -> frozenset[str]:
        return frozenset(spec.name for spec in fields(cls))

    @classmethod
    def default(cls, name: str) -> Any:
        """The declared default of `name` (for code that must run without a settings file)."""
        spec = next(s for s in fields(cls) if s.name == name)
        if spec.default is MISSING:
            return spec.default_factory()  # type: ignore[misc]
        return spec.default


def setting_of(settings: Mapping[str, Any], name: str) -> Any:
    """A declared setting from Pelican's dict, or its declared default when it is absent
    (a build that Pelican runs by itself, without `Project.load_settings`)."""
    return settings[name] if name in settings else ProjectSettings.default(name)


def unknown_settings(raw: Mapping[str, Any], pelican_names: frozenset[str]) -> list[str]:
    """Warnings for names that look like Rounds settings but are not declared (typos).

    A name is reported when it starts like Rounds' own (`FAMILIES`) or is a near miss of a
    known name; Pelican's own settings and those owned elsewhere (`PRIVACY_`) never are.
    """
    declared = ProjectSettings.names()
    known = declared | pelican_names | READ_ELSEWHERE
    warnings: list[str] = []
    for name in sorted(raw):
        if not name.isupper() or name in known or name.startswith(tuple(OWNED_ELSEWHERE)) \
                or name.endswith(PELICAN_TEMPLATE_SUFFIXES):
            continue
        close = difflib.get_close_matches(name, sorted(declared | READ_ELSEWHERE), n=1,
                                          cutoff=0.8)
        if close or name.startswith(FAMILIES):
            hint = f" Did you mean {close[0]}?" if close else ""
            warnings.append(with_fix(
                f"The setting {name} is not one Rounds knows, so it has no effect.{hint}",
                "correct its name in pelicanconf.py or publishconf.py, or remove it."))
    return warnings


def _optional(hint: Any) -> bool:
    return type(None) in typing.get_args(hint)


def _conform(name: str, value: Any, hint: Any) -> Any:
    """`value` as the declared type (an int where a float is asked is fine), else an error."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    options = [h for h in typing.get_args(hint) if h is not type(None)] if union else [hint]
    if union and value is None:
        return None
    for option in options:
        origin = typing.get_origin(option) or option
        if origin is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if origin is Path and isinstance(value, (str, Path)) and str(value).strip():
            return Path(value).expanduser()
        if origin is list and isinstance(value, (list, tuple)):
            return list(value)
        if origin is bool and isinstance(value, bool):
            return value
        if origin in (str, dict, int) and isinstance(value, origin) \
                and not isinstance(value, bool):
            return value
    wanted = " or ".join(_type_words(o) for o in options)
    raise RoundsError(with_fix(
        f"The setting {name} is {value!r}, but it must be {wanted}. Nothing was built or "
        "published.", f"correct {name} in pelicanconf.py or publishconf.py."))


def _type_words(hint: Any) -> str:
    origin = typing.get_origin(hint) or hint
    return {str: "text", float: "a number", int: "a whole number", bool: "True or False",
            Path: "a file path", list: "a list", dict: "a dictionary"}.get(origin, str(hint))


def _check_keys(name: str, value: Any, keys: tuple[str, ...]) -> None:
    """A dict setting with declared keys: an unknown key is a typo, said with the fix."""
    if not keys or not isinstance(value, dict):
        return
    for key in value:
        if key not in keys:
            close = difflib.get_close_matches(str(key), keys, n=1)
            hint = f" (did you mean \"{close[0]}\"?)" if close else ""
            raise RoundsError(with_fix(
                f"The setting {name} has the key \"{key}\"{hint}, which Rounds does not know. "
                "Nothing was published.", f"use only {', '.join(keys)} in {name}."))


#: The theme's page backgrounds (theme/templates/_style.css), for the accent's contrast.
LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#121417"
#: WCAG AA for normal text: the accent colours text (monogram letters, button labels).
AA_CONTRAST = 4.5


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _check_accent(name: str, value: str, background: str) -> None:
    """An accent colour must be #rrggbb and keep AA contrast on its background: the
    practice's colour is its own choice, an unreadable page is not."""
    import re

    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise RoundsError(with_fix(f"The setting {name} is \"{value}\", not a colour.",
                                   f"write it as #rrggbb, e.g. {name} = \"#114b5f\"."))
    ratio = contrast(value, background)
    if ratio < AA_CONTRAST:
        side = "darker" if background == LIGHT_BACKGROUND else "lighter"
        raise RoundsError(with_fix(
            f"The setting {name} ({value}) has a contrast of {ratio:.1f}:1 on the page's "
            f"background ({background}); text in it would be hard to read (AA needs "
            f"{AA_CONTRAST}:1).", f"choose a {side} shade of the colour."))


#: The practice's texts PRACTICE_TRANSLATIONS may give in another language.
TRANSLATED_TEXTS = ("DISCLAIMER", "PRACTICE_HOURS")
#: A language code as a note's `Lang:` gives it: "es", "es-MX", "pt_BR", "haw".
LANGUAGE_CODE = r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*"


def _check_translations(name: str, value: dict[str, Any]) -> None:
    """Each translation must be keyed by a language code and hold only the texts Rounds
    translates, each of its own shape: a typo here would otherwise leave a Spanish page
    with the English text (or break the footer) with nothing said."""
    where = f"correct {name} in pelicanconf.py"
    example = ('e.g. {"es": {"DISCLAIMER": "…", "PRACTICE_HOURS": [("Lunes a viernes", '
               '"8:00 a.m. – 6:00 p.m.")]}}')
    for code, texts in value.items():
        if not isinstance(code, str) or not re.fullmatch(LANGUAGE_CODE, code):
            raise RoundsError(with_fix(
                f"The setting {name} has a translation for {code!r}, which is not a language "
                "code. Nothing was built or published.",
                f"key each translation by the code its notes give in Lang:, {example}."))
        if not isinstance(texts, dict) or not texts:
            raise RoundsError(with_fix(
                f"The setting {name} gives {texts!r} for \"{code}\", but each translation must "
                "be a dictionary of the translated texts. Nothing was built or published.",
                f"{where}, {example}."))
        for key, text in texts.items():
            if key not in TRANSLATED_TEXTS:
                close = difflib.get_close_matches(str(key), TRANSLATED_TEXTS, n=1)
                hint = f" (did you mean \"{close[0]}\"?)" if close else ""
                raise RoundsError(with_fix(
                    f"The setting {name} has the key \"{key}\"{hint} for \"{code}\", which "
                    "Rounds does not translate. Nothing was built or published.",
                    f"use only {', '.join(TRANSLATED_TEXTS)} in each translation of {name}."))
            if key == "DISCLAIMER" and not (isinstance(text, str) and text.strip()):
                raise RoundsError(with_fix(
                    f"The setting {name} gives {text!r} as the DISCLAIMER for \"{code}\"; it "
                    "must be text. Nothing was built or published.",
                    f"{where}: write the disclaimer in that language, or leave the key out "
                    "(the site's own is shown, marked with its language)."))
            if key == "PRACTICE_HOURS" and not _pairs_of_text(text):
                raise RoundsError(with_fix(
                    f"The setting {name} gives {text!r} as the PRACTICE_HOURS for \"{code}\"; "
                    "they must be a list of (days, hours) pairs of text. Nothing was built or "
                    "published.", f"{where}, {example}."))


def _pairs_of_text(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(
        isinstance(pair, (list, tuple)) and len(pair) == 2
        and all(isinstance(part, str) and part.strip() for part in pair) for pair in value)
