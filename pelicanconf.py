"""Development settings for the practice's blog.

Everything a practice changes lives here, as plain settings; `publishconf.py` imports this
file and adds the production values. Paths are relative to this file so the site builds the
same from any working directory (tests build copies of it in temporary folders).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent

# --- The practice -----------------------------------------------------------------------
SITENAME = "Maple Street Pediatrics"
SITESUBTITLE = "Short notes for parents from Dr. Ana Rivera"
AUTHOR = "Ana Rivera"
AUTHOR_CREDENTIALS = "MD, FAAP"
AUTHOR_JOB_TITLE = "Pediatrician"
PRACTICE_NAME = SITENAME
PRACTICE_ADDRESS = "120 Maple Street, Springfield, IL 62701"
PRACTICE_PHONE = "+1 217-555-0134"
PRACTICE_FAX = "+1 217-555-0135"
PRACTICE_HOURS = [
    ("Monday–Friday", "8:00 am – 6:00 pm"),
    ("Saturday", "9:00 am – 12:00 pm (sick visits)"),
    ("Sunday", "Closed — call our number for the after-hours nurse line"),
]
# People named in notes on purpose (the privacy check never flags them).
STAFF_NAMES = ["Ana Rivera", "Rivera"]
TIMEZONE = "America/Chicago"
DEFAULT_LANG = "en"
LOCALE = ("en_US.UTF-8", "C.UTF-8", "")

# Where the site lives. Development builds use relative URLs; publishconf sets the real one.
SITEURL = ""
RELATIVE_URLS = True

# --- Content ----------------------------------------------------------------------------
PATH = str(_HERE / "content")
ARTICLE_PATHS = ["notes"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
# content/images/README.txt says what goes there; it is not part of the site.
IGNORE_FILES = [".#*", "README.txt"]
OUTPUT_PATH = str(_HERE / "output")
# A note needs only its body: no date means the file's modification time.
DEFAULT_DATE = "fs"
# A note dated in the future is scheduled: Pelican treats it as a draft until its date.
WITH_FUTURE_DATES = False
DEFAULT_PAGINATION = 10
SUMMARY_MAX_LENGTH = 40
TYPOGRIFY = False
# `summary:` is plain text (shown, never obeyed as HTML); the trust plugin escapes it.
FORMATTED_FIELDS: list[str] = []
DEFAULT_DATE_FORMAT = "%B %-d, %Y"
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.smarty": {},
    },
    "output_format": "html5",
}

# --- Clean URLs -------------------------------------------------------------------------
ARTICLE_URL = "notes/{slug}/"
ARTICLE_SAVE_AS = "notes/{slug}/index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
# A note in another language (`Lang: es`) lives where any note does: Rounds has no
# translations, only notes written in the language their readers speak.
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
DRAFT_LANG_URL = DRAFT_URL
DRAFT_LANG_SAVE_AS = DRAFT_SAVE_AS
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = PAGE_URL  # a page in Spanish lives where any page does (not pages/x-es.html)
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
# One doctor, one kind of post: per-author and per-category pages would each repeat the
# whole home page (and cost a tenth of every build). Topics are tags; the doctor is /about/.
CATEGORY_URL = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_URL = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_URL = ""
AUTHOR_SAVE_AS = ""
AUTHORS_URL = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DEFAULT_CATEGORY = "Notes"
# Every note still belongs to the one category (Pelican's draft writer expects one), given
# here because Pelican only applies DEFAULT_CATEGORY when category pages are written.
DEFAULT_METADATA = {"category": DEFAULT_CATEGORY}
# Page 2 of anything lives in its own folder: Pelican's default `{name}{number}` would let
# page 2 of tag "tag1" overwrite the first page of tag "tag12".
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# --- Feeds (Atom, relative to SITEURL; absolute links come from FEED_DOMAIN) -----------
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50

# --- Theme and plugins ------------------------------------------------------------------
THEME = str(_HERE / "theme")
PLUGIN_PATHS = [str(_HERE / "plugins")]
# syndication describes each note and shows "Also on X" at build time (posting is `invoke
# publish`); writing.buildcache keeps Pelican's content cache honest (see "Build speed").
PLUGINS = ["micronotes", "trust", "cards", "sitemap", "sitesearch", "syndication",
           "writing.buildcache", "fastlists", "security", "siteicons"]
# Templates escape every value unless it is marked safe where it is made (a note's HTML,
# the JSON-LD, the linked sources): a title with "<script>" is shown, never run.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [],
                     "autoescape": True}
# The Content-Security-Policy meta and `_headers` (plugins/security) are for the deployed
# site; publishconf turns them on. The preview's live reload is an inline script.
SECURITY_POLICY = False

# --- Theme: trust, sharing, search -----------------------------------------------------
DISCLAIMER = (
    "These notes are general information for parents, not medical advice for your child. "
    "If you are worried about your child, call us."
)
# The disclaimer and office hours for notes in another language (`Lang: es`), keyed by that
# code; a text or a language left out shows the English one, marked as English.
PRACTICE_TRANSLATIONS = {
    "es": {
        "DISCLAIMER": (
            "Estas notas son información general para madres y padres, no consejos médicos "
            "para su hijo. Si le preocupa la salud de su hijo, llámenos."
        ),
        "PRACTICE_HOURS": [
            ("Lunes a viernes", "8:00 a.m. – 6:00 p.m."),
            ("Sábado", "9:00 a.m. – 12:00 del mediodía (consultas por enfermedad)"),
            ("Domingo", "Cerrado — llame a nuestro número para comunicarse con la línea de "
             "enfermería fuera de horario"),
        ],
    },
}
EMERGENCY_NUMBER = "911"
POISON_CONTROL = "1-800-222-1222"
# Pages linked from the footer rather than the main menu.
FOOTER_ONLY_PAGES = ["disclaimer"]
OG_LOCALE = "en_US"
TWITTER_SITE = ""  # the practice's X handle for link cards, e.g. "@maplestreetpeds"
# Card images for notes without an `image:` (drawn once, cached under CACHE_PATH/cards).
CARD_IMAGES = True
CARD_FONT = None  # a .ttf path; default: DejaVu Sans (Debian fonts-dejavu-core)
CARD_FONT_BOLD = None
# Pagefind search index after each build; False skips it (quick dev builds, benchmarks).
# Off for development builds (`invoke build`, `invoke livereload`): publishconf turns it on,
# so every build that is deployed is searchable.
SEARCH_INDEX = False
DIRECT_TEMPLATES = ["index", "tags", "archives", "search"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"

# --- Deploying --------------------------------------------------------------------------
# A local folder by default, so `make publish` works on any machine; publishconf reads
# DEPLOY_TARGET from the environment (rsync, gh-pages, s3://bucket/prefix, another folder).
DEPLOY_TARGET = str(_HERE / "deploy" / "site")
# The git remote that `gh-pages` deploys push to.
GITHUB_PAGES_REMOTE = "origin"
GITHUB_PAGES_BRANCH = "gh-pages"

# --- Syndication (DESIGN.md, "Syndication rules") ---------------------------------------
# What was posted where: committed with the content. The manifest is rebuilt by each build.
SYNDICATION_LEDGER = str(_HERE / "syndication.json")
SYNDICATION_MANIFEST = str(_HERE / "cache" / "syndication-manifest.json")
SYNDICATION_NETWORKS = ["x"]
# A note dated more than this many days before it first appears is not posted by itself.
SYNDICATION_MAX_AGE_DAYS = 14
# Posts per account per day / calendar month (X bills each post; free tier: 17/day, 500/mo).
SYNDICATION_BUDGETS = {"x": {"daily": 17, "monthly": 500}}
# Server errors and timeouts: tries per run, first wait and its growth (seconds); then queued.
SYNDICATION_RETRY = {"attempts": 3, "first_delay": 2, "factor": 3, "requeue_minutes": 15}

# --- Preflight checks (invoke check) ----------------------------------------------------
# Reading level parents can manage (US school grade); a note above it gets a WARN.
READING_GRADE_MAX = 8
# Social accounts notes may link or @-mention (public organisations, the practice's own);
# any other profile or handle is blocked as possibly a patient's or a parent's.
PRIVACY_SOCIAL_ALLOWLIST = [
    "https://www.facebook.com/AmericanAcademyofPediatrics",
    "https://www.instagram.com/healthychildren",
    "https://x.com/AmerAcadPeds",
    "https://www.youtube.com/@AmericanAcademyofPediatrics",
    "@AmerAcadPeds",
    "@CDCgov",
]
# Other phone numbers or e-mail addresses that notes may print (e.g. a hospital's line).
PRIVACY_ALLOWED_PHONES: list[str] = []
PRIVACY_ALLOWED_EMAILS: list[str] = []
# Public people the practice names in notes (a visiting speaker, a local coach who gave a
# talk): their full names pass the name check. Public figures, historical scientists and
# characters are known already; the practice's own clinicians go in STAFF_NAMES.
PRIVACY_ALLOWED_NAMES: list[str] = []

# --- The writing loop (`invoke livereload`, `invoke watch`) --------------------------------
# `invoke watch` publishes a dropped note this many seconds after the last change to it.
WATCH_QUIET_SECONDS = 30
# How long `invoke publish` waits for a publish already running (the watcher's) to finish.
PUBLISH_LOCK_WAIT_SECONDS = 600

# --- Build speed ------------------------------------------------------------------------
# Pelican's content cache for every build (reading is half of a build). `writing.buildcache`
# empties it when the settings, plugin code or Pelican/Markdown versions change, and a note's
# content, not its timestamp, decides whether it is read again — so it never goes stale.
CACHE_PATH = str(_HERE / "cache")
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "sha256"
GZIP_CACHE = False  # uncompressed loads faster; the cache is local and about 1 MB per 1,000 notes
