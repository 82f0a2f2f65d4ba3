"""The patient-privacy guard: nothing leaves the office that could identify a patient.

Offline, so it runs in seconds on every publish and explains itself: a name lexicon derived
from `names-dataset` plus context rules, `phonenumbers`, and rules written and measured on the
labelled corpus (benchmarks/privacy_engines.md says why these engines and not others). The
detectors live in detect_names.py, detect_numbers.py, detect_dates.py, detect_places.py and
detect_people.py; this module runs them over each published text. Two kinds of finding:

- BLOCK: things that identify a person on their own (the HIPAA "Safe Harbor" identifiers,
  each with its own code, tests/preflight/corpus/README.md): a full name or a family's
  surname, a street address or a ZIP code, a date of birth, an age over 89, phone and fax
  numbers, e-mail addresses, SSNs, record / health-plan / account / licence / vehicle /
  device / other ID numbers, links to a person's page or profile, IP addresses, biometrics.
- WARN: things that *may* identify a patient in context: a given name in a sentence about a
  child's health or life, a small place next to a child, another date tied to a person, an
  anecdote ("my patient", "a mom told us"), a photo that may show a face. A WARN stops the
  publish too, until the doctor attests it (`invoke attest`, which writes
  `deidentified: yes <fingerprints>`; see attestation.py); then it is reported as INFO. The
  attestation covers only the findings it was given for; a BLOCK is never attestable.

A note's results are cached by its content (scan_cache.py), so checking 1,000 unchanged
notes again costs little.

Ordinary health text must never trip it: temperatures, doses, ages under 90, years, weights,
percentages, the practice's own number and address, 911, 988, Poison Control, CDC-INFO,
public figures, eponyms, and month names or words that are also names ("May", "Grace",
"Will"). Each rule is written around that list; the corpus under tests/preflight/corpus/
holds both sides, in English and Spanish (Spanish rules run on every note, so a Spanish note
that forgot its `Lang:` is still read as Spanish).

Drafts: Rounds builds drafts to an unlisted but public address (`DRAFT_SAVE_AS`), so the
guard applies to them exactly as to published notes. Only when a site sets `DRAFT_SAVE_AS`
to "" (drafts never written) are a draft's findings reported as INFO, to be seen early.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from . import scan_cache
from .attestation import Attestation, fingerprint, parse, warn_message
from .context import CheckContext
from .findings import Finding, Level
from .hits import (
    ABOUT_LIFE,
    ADDRESS_CONTEXT,
    BLOCK_FIX,
    CHANGE_FIX,
    WARN_FIX,
    Hit,
    Policy,
    block,
    paragraph_span,
    sentence_span,
    sentence_start,
    warn,
)
from .notefile import NoteFile
from .segments import Segment, mask, metadata_segments, privacy_segments

# The detectors (detect_*.py, lexicon.py, phonenumbers) are imported where they are used,
# not here: compiling their patterns costs more than a whole warm `invoke check`, which
# reads every note's answer from the cache (scan_cache.py) and never needs them.

__all__ = [
    "BLOCK_FIX", "WARN_FIX", "Hit", "Policy", "check_privacy",
    "policy_from_settings", "scan",
]


def __getattr__(name: str) -> object:
    """`ALWAYS_ALLOWED_PHONES`, still importable from here, loaded with its detector."""
    if name == "ALWAYS_ALLOWED_PHONES":
        from .detect_numbers import ALWAYS_ALLOWED_PHONES

        return ALWAYS_ALLOWED_PHONES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def policy_from_settings(settings: dict[str, Any]) -> Policy:
    """The allowlists: practice numbers and address, staff and author names, social accounts,
    public people the practice names."""
    from .detect_numbers import ALWAYS_ALLOWED_PHONES, e164
    from .detect_places import STREET, norm_street
    from .lexicon import fold, words_of_name

    phones = set(ALWAYS_ALLOWED_PHONES)
    for value in (
        settings.get("PRACTICE_PHONE"),
        settings.get("PRACTICE_FAX"),
        *settings.get("PRIVACY_ALLOWED_PHONES", ()),
    ):
        if value and (number := e164(str(value))):
            phones.add(number)
    local = {p[-7:-4] + "-" + p[-4:] for p in phones if p.startswith("+1")}
    names: set[str] = set()
    staff = list(settings.get("STAFF_NAMES", ()))
    for person in [settings.get("AUTHOR") or "", *staff]:
        names |= words_of_name(str(person))
    address = str(settings.get("PRACTICE_ADDRESS") or "")
    streets = tuple(norm_street(m.group(0)) for m in STREET.finditer(address))
    zips = frozenset(re.findall(r"\b\d{5}\b", address))
    social = [str(s).lower().rstrip("/") for s in settings.get("PRIVACY_SOCIAL_ALLOWLIST", ())]
    for link in settings.get("SOCIAL", ()) or ():
        if isinstance(link, list | tuple) and len(link) > 1:
            social.append(str(link[1]).lower().rstrip("/"))
    handles = frozenset(s for s in social if s.startswith("@"))
    public = frozenset(
        " ".join(fold(w) for w in str(n).split()) for n in settings.get("PRIVACY_ALLOWED_NAMES", ())
    )
    practice = tuple(fold(w) for w in re.findall(r"[^\W\d_]+",
                                                 str(settings.get("PRACTICE_NAME") or "")))
    return Policy(
        practice_words=practice,
        phones=frozenset(phones),
        local_phones=frozenset(local),
        emails=frozenset(e.lower() for e in settings.get("PRIVACY_ALLOWED_EMAILS", ())),
        names=frozenset(names),
        streets=streets,
        zips=zips,
        social=tuple(s for s in social if not s.startswith("@")),
        handles=handles,
        public_names=public,
    )


LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def _hits(text: str, policy: Policy) -> Iterator[Hit]:
    from . import detect_dates, detect_names, detect_numbers, detect_people, detect_places

    # A phrase may wrap ("my\npatient"): line breaks inside a paragraph become spaces (same
    # length, same offsets); blank lines still end a paragraph.
    prose = LINE_BREAK.sub(" ", mask(text))
    yield from detect_numbers.links(text, policy)
    yield from detect_numbers.emails(text, policy)
    yield from detect_numbers.handles(prose, policy)
    yield from detect_numbers.phones(text, prose, policy)
    yield from detect_numbers.ids(prose)
    # (plates and VINs before `codes`: the same characters read as a vehicle's, not as any code)
    yield from detect_numbers.plates(prose)
    yield from detect_numbers.vins(prose)
    yield from detect_numbers.ip_addresses(prose)
    yield from detect_numbers.codes(prose)
    yield from detect_dates.dates(prose)
    yield from detect_dates.ages(prose)
    yield from detect_places.addresses(prose, policy)
    yield from detect_places.zips(prose, policy)
    yield from detect_people.biometrics(prose)
    yield from detect_people.images(text)
    yield from detect_names.names(prose, text, policy)
    yield from detect_places.places(prose, _people_names())
    yield from detect_people.anecdotes(prose)


@cache
def _people_names() -> frozenset[str]:
    from .lexicon import given_names, surnames

    return given_names() | surnames()


def scan(text: str, policy: Policy, *, lang: str = "en") -> list[Hit]:
    """Every privacy hit in one block of text, overlapping duplicates removed (pure).

    `lang` is the note's `Lang:`; English and Spanish rules both run on every text (a Spanish
    note that forgot `Lang:` is still read as Spanish), so it only documents the caller's
    intent today.
    """
    del lang
    hits = sorted(_hits(text, policy),
                  key=lambda h: (h.start, h.level is not Level.BLOCK, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if any(k.start <= hit.start < k.end and (k.level is Level.BLOCK or hit.level is k.level)
               for k in kept):
            continue
        kept.append(hit)
    return kept


def drafts_published(settings: dict[str, Any]) -> bool:
    """Whether Pelican writes drafts anywhere that gets deployed."""
    return bool(settings.get("DRAFT_SAVE_AS", "drafts/{slug}.html"))




def _scan_text(text: str, policy: Policy, lang: str) -> tuple[Hit, ...]:
    return tuple(scan(text, policy, lang=lang))


#: Short texts recur across notes (tags, authors, sources, link addresses): read each once
#: per policy. Bodies are not kept (each is read once per check, and they are large).
_scan_short = lru_cache(maxsize=16384)(_scan_text)
SHORT_TEXT = 400


def _scan(segment: Segment, policy: Policy, lang: str) -> list[Hit]:
    """`scan` of one segment; an address is read with `ADDRESS_CONTEXT` after it (hits in
    the context itself are dropped). Passes the note's `Lang:` when `scan` takes it."""
    text = segment.text + ADDRESS_CONTEXT if segment.kind == "address" else segment.text
    try:
        hits = (_scan_short if len(text) <= SHORT_TEXT else _scan_text)(text, policy, lang)
    except TypeError:  # a policy that cannot be a cache key: read without the cache
        hits = _scan_text(text, policy, lang)
    words = segment.kind in ("words", "address")  # an address or a file name: no running text
    return [hit for hit in hits
            if hit.start < len(segment.text) and not (words and hit.prose_only)]


def check_privacy(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """The guard for one note: BLOCKs block; a WARN blocks unless the note's attestation
    (`deidentified: yes <fingerprints>`) lists it.

    Reads every text that reaches the page source, the feed or a post
    (`segments.privacy_segments`): prose, markup, metadata, public addresses.
    """
    entry = note.metadata.get("deidentified")
    attestation = parse(entry.value, entry.line) if entry else Attestation()
    draft = note.meta("status").lower() == "draft" and not drafts_published(context.settings)
    seen: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for segment, hit in _note_hits(note, context):
        first, last = segment.position(hit.start), segment.position(max(hit.end - 1, hit.start))
        if any(code == hit.code and first <= end and start <= last
               for code, start, end in seen):
            continue  # the same words read twice (a link's address as text and as words)
        seen.append((hit.code, first, last))
        yield _finding(note, *first, hit, segment, attestation=attestation, draft=draft)


def _note_hits(note: NoteFile, context: CheckContext) -> list[tuple[Segment, Hit]]:
    """Every hit of one note with its segment; cached per note content (scan_cache.py)."""
    lang, alt, authors = note_language(note, context), note.meta("image_alt"), _authors(note)
    segments = privacy_segments(note, context.settings)
    images = metadata_segments(note, ("image",))

    def compute() -> list[list[Hit]]:
        groups = _rules(segments, context, lang, authors)
        groups = _drop_names_the_context_clears(segments, groups, lang)
        return groups + _image_hits(images, alt)

    folder = scan_cache.cache_folder(context.settings)
    every = [*segments, *images]
    parts = [_policy_key(context), repr(sorted(context.site_people or ())),
             repr(sorted(context.site_storms or ())), lang, alt, authors,
             *(f"{s.kind}\x01{s.key}\x01{s.label}\x01{s.text}" for s in every)]
    groups = scan_cache.cached_hits(folder, parts, compute, count=len(every))
    return [(seg, hit) for seg, group in zip(every, groups, strict=True) for hit in group]


def rule_hits(note: NoteFile, context: CheckContext) -> list[tuple[Segment, Hit]]:
    """Every hit the rules find in one note's texts, before the name model reads them
    (`name_score`), never cached: what `data/train_name_model.py` learns from."""
    segments = privacy_segments(note, context.settings)
    groups = _rules(segments, context, note_language(note, context), _authors(note))
    return [(seg, hit) for seg, group in zip(segments, groups, strict=True) for hit in group]


def note_language(note: NoteFile, context: CheckContext) -> str:
    """The note's language as the guard reads it: its `Lang:`, else the site's."""
    return (note.meta("lang") or str(context.settings.get("DEFAULT_LANG") or "en")).lower()


def _authors(note: NoteFile) -> str:
    return note.meta("author") or note.meta("authors")


def _rules(segments: list[Segment], context: CheckContext, lang: str,
           authors: str) -> list[list[Hit]]:
    """Each segment's hits, as the detectors find them and the note's other texts explain
    them (the `_drop_…` and `_add_…` steps, in order)."""
    from .lexicon import words_of_name
    from .names_public import staff_introduced
    from .names_roles import adults_introduced, staff_families

    policy = _policy(context)
    # The note's own author is named on its page (a public clinician), and the practice's
    # people the note introduces ("Gloria Whitaker, FNP, joins us") and the adults it names
    # by their trade ("Pharmacist Priyanka Raghunathan") are named on purpose, in the title
    # and the summary too.
    ours = words_of_name(authors or "")
    ours = ours.union(*(staff_introduced(s.text) | adults_introduced(s.text)
                        | staff_families(s.text) for s in segments if s.kind == "prose"))
    if ours:
        policy = dataclasses.replace(policy, names=policy.names | ours)
    groups = _drop_public_tags(segments, [_scan(segment, policy, lang) for segment in segments])
    groups = _drop_stories_said_made_up(segments, groups)
    groups = _drop_adults_of_people_news(segments, groups)
    groups = _drop_what_the_body_explains(segments, groups, policy)
    groups = _drop_numbers_the_body_shows(segments, groups)
    groups = _drop_places_the_body_names(segments, groups)
    groups = _add_unexplained_names(segments, groups, policy)
    groups = _add_places_of_stories(segments, groups)
    groups = _add_story_told(segments, groups)
    groups = _drop_the_sites_people(segments, groups, context.site_people or frozenset())
    groups = _drop_names_of_a_book(segments, groups)
    groups = _drop_storms(segments, groups, context.site_storms or frozenset())
    return _drop_eponyms(segments, groups)


def _image_hits(images: list[Segment], alt: str) -> list[list[Hit]]:
    """The post's image: flagged only when it may show a person (a camera's file name, or
    alt text about a child or a person)."""
    from . import detect_people

    return [list(detect_people.image_hits(s.text, alt, 0, len(s.text))) for s in images]


def _drop_names_the_context_clears(segments: list[Segment], groups: list[list[Hit]],
                                   lang: str) -> list[list[Hit]]:
    """The rules' full names and given names in prose that the name model (`name_score`)
    reads as no patient's: spoken of the way a team's player, a founder or a festival is.

    Last of the rules' steps, so it reads exactly what they would have published.
    """
    from .name_score import doubted, load_model

    if not any(hit.code == "privacy-name" for hits in groups for hit in hits):
        return groups
    model = load_model()
    return _without(segments, groups, lambda segment, hit: doubted(
        model, segment.text, hit, key=segment.key, lang=lang[:2], prose=segment.kind == "prose"))


#: A capitalised name inside a longer proper name: "Virgen de Guadalupe", "San Juan Diego".
_PROPER_PHRASE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+(?:(?:de|del|de la|of|of the|the)\s+)?(?P<a>[A-ZÁÉÍÓÚÑ][\w'’-]*)"
    r"|(?P<b>[A-ZÁÉÍÓÚÑ][\w'’-]*)\s+(?:(?:de|del|de la|of|of the)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
)


def _without(segments: list[Segment], groups: list[list[Hit]],
             gone: Callable[[Segment, Hit], bool]) -> list[list[Hit]]:
    """Each segment's hits but those `gone` says another reading explains: the one shape
    every `_drop_…` step below returns (pure)."""
    return [[hit for hit in hits if not gone(segment, hit)]
            for segment, hits in zip(segments, groups, strict=True)]


def _drop_public_tags(segments: list[Segment], groups: list[list[Hit]]) -> list[list[Hit]]:
    """A one-word name in a tag or a slug ("guadalupe") that the note's own text says only
    inside a longer proper name no rule flags ("la Virgen de Guadalupe", "San Juan Diego"):
    the tag names the feast or the place, not a child. A name the text flags anywhere, or
    says alone, keeps its finding in the tag (pure)."""
    from .lexicon import fold

    named: set[str] = set()
    in_full: set[str] = set()
    flagged: set[str] = set()
    for segment, hits in zip(segments, groups, strict=True):
        if segment.kind != "prose":
            continue
        for hit in hits:
            if hit.code == "privacy-name":
                flagged.update(fold(w) for w in segment.text[hit.start : hit.end].split())
        for match in _PROPER_PHRASE.finditer(segment.text):
            named.add(fold(match["a"] or match["b"]))
            in_full.update(fold(re.sub(r"['’]s$", "", w))
                           for w in re.findall(r"[^\W\d_][\w'’-]*", match[0]))
    from .names_public import peoples_said

    public = (named - flagged) | peoples_said(
        "\n".join(s.text for s in segments if s.kind == "prose"))  # ("Tags: Karen")
    said = in_full - flagged
    if not (public or said):
        return groups

    def topic(segment: Segment, hit: Hit) -> bool:
        """A name in an address the body says only as a public name: "pasteur-milk" beside
        "Louis Pasteur's idea", "selena-dia" beside "Selena Gomez"; a word the body never
        says ("bobby") keeps it."""
        words = [fold(w) for w in re.split(r"[\s_.-]+", segment.text[hit.start : hit.end]) if w]
        return _told_by(words, said)

    return _without(segments, groups, lambda segment, hit: (
        segment.kind == "address" and hit.code == "privacy-name"
        and ((hit.level is Level.WARN and fold(segment.text[hit.start : hit.end]) in public)
             or topic(segment, hit))))


def _drop_adults_of_people_news(segments: list[Segment], groups: list[list[Hit]]
                                ) -> list[list[Hit]]:
    """In a note about the practice's people or the community's adults (its title, tags,
    slug or category say so: "Tags: staff news, anniversary"), a name in a sentence that
    tells of no child, age, visit or illness is one of those adults ("Rocío Barrientos (9
    years), Bao Nguyen (6 years)"). A name beside a child keeps its finding, in the body or in
    the title ("Staff news: Kendra's son Mateo broke his arm") (pure)."""
    from .names_roles import about_a_child, people_news

    topic = " ".join(s.text for s in segments if s.key in ("title", "tags", "slug", "category"))
    if not people_news(topic):
        return groups
    return _without(segments, groups, lambda segment, hit: (
        hit.code == "privacy-name" and segment.kind == "prose"
        and not about_a_child(_with_the_one_before(segment.text, hit))))


#: Right after a name, whose parent it is: "Ruth Abernathy's son", "la hija de".
PARENT_OF_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:son|daughter|baby|babies|kids?|child|children|boy|girl|twins"
    r"|toddler|newborn|teen|grandson|granddaughter)\b|,?\s+(?:whose|cuy[oa])\s+(?:son|daughter"
    r"|baby|kid|child|boy|girl|twins|toddler|hij[oa]|beb[eé]|ni[ñn][oa])\b", re.I)


def _drop_the_sites_people(segments: list[Segment], groups: list[list[Hit]],
                           people: frozenset[str]) -> list[list[Hit]]:
    """A name whose every word belongs to one of the practice's people as the site names
    them (`site_people`: who signs its notes, whom a note introduces as staff) is theirs,
    unless the words right beside it make it a child's ("little Priya", "Priya's two-month
    visit"): a patient may share the nurse's given name (pure)."""
    from .lexicon import fold, words_of_name
    from .names_roles import a_child_beside
    from .names_words import dictionary_word

    if not people:
        return groups

    def theirs(segment: Segment, hit: Hit) -> bool:
        if a_child_beside(segment.text, hit.start, hit.end):
            return False
        said = segment.text[hit.start : hit.end]
        if (" ".join(fold(w) for w in said.split()) in people
                and not PARENT_OF_AFTER.match(segment.text, hit.end)):
            return True  # an adult the site introduced by trade, named in full (not as a
            # child's parent: "Ruth Abernathy's son came in with a cut")
        words = words_of_name(said)
        if segment.kind == "address":
            # (a slug's words run together: "ask-priya-back-to-work" is Priya's column)
            words = {part for word in words for part in word.split("-")
                     if len(part) > 2 and not dictionary_word(part)} or words
        return bool(words) and words <= people

    return _without(segments, groups,
                    lambda segment, hit: hit.code == "privacy-name" and theirs(segment, hit))


#: Right after a name, what makes it an eponym's: a sign, a spot or a syndrome named after
#: whoever described it ("Koplik spots", "Bohn's nodules", "Texidor's twinge").
_EPONYM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:nodules?|spots?|pearls?|twinge|nodes?|lines?|groove|triad|tetralogy"
    r"|syndrome|disease|sign|palsy|reflex|maneuver|manoeuvre|phenomenon|criteria|score"
    r"|scale|fracture|cysts?|membrane|bodies|cells?|duct|gland|ligament|tendon|muscle"
    r"|classification|procedure|operation|repair|test)\b")


def _drop_eponyms(segments: list[Segment], groups: list[list[Hit]]) -> list[list[Hit]]:
    """A one-word name that is no given name, before a sign or a spot it names, is the
    eponym's ("Koplik spots", "Bohn's nodules"): whoever described it, not a patient. A given
    name stays a child's ("Maya's test came back") (pure)."""
    from .lexicon import fold, given_names

    def eponym(segment: Segment, hit: Hit) -> bool:
        said = segment.text[hit.start : hit.end]
        return (hit.code == "privacy-name" and " " not in said.strip()
                and fold(said) not in given_names()
                and _EPONYM_AFTER.match(segment.text, hit.end) is not None)

    return _without(segments, groups, eponym)


def _drop_storms(segments: list[Segment], groups: list[list[Hit]],
                 storms: frozenset[str]) -> list[list[Hit]]:
    """A one-word name the site gives a storm ("Hurricane Isaias"), said as the storm ("after
    Isaias", a tag "Isaias"), is the storm's, not a child's (`site_storms.storm_said`; pure)."""
    from .site_storms import storm_said

    if not storms:
        return groups
    return _without(segments, groups, lambda segment, hit: (
        hit.code == "privacy-name"
        and storm_said(segment.text, hit.start, hit.end, storms, tag=segment.kind == "address")))


#: A book's title set in italics (or bold italics), then who wrote it: "***Speak*** by Laurie
#: Halse Anderson: Melinda Sordino, …", "*El beso secreto* (*The Kissing Hand*), de Audrey
#: Penn", "<em>Bear Stays Up for Christmas</em> by Karma Wilson". Not a bold label ("**Fluids**
#: by IV", "**Bloqueador** de SPF 30").
_TITLE = (r"(?:(?<![*\w])(?:\*|\*\*\*)(?=[^\s*])[^*\n]{2,120}?(?<=\S)(?:\*|\*\*\*)(?![*\w])"
          r"|(?<!\w)_(?=\S)[^_\n]{2,120}?_(?!\w)"
          r"|<(?:em|i|cite)>[^<\n]{2,120}</(?:em|i|cite)>)")
_BOOK_BY = re.compile(
    rf"(?P<title>{_TITLE})"
    # ("*It Takes Two to Talk* guide by Jan Pepper": a word or two may name what it is)
    r"(?:[ \t]*\([^)\n]{1,120}\))?,?(?:[ \t]+[\w'’-]+){0,5}?[ \t]+"
    r"(?i:by|de|por|written by|escrito por)[ \t]+(?=[A-ZÁÉÍÓÚÑ])"
    # a reading list's line: the title first, a comma, its authors ("1. *The Explosive
    # Child*, Ross W. Greene.", "- *All My Stripes*, Shaina Rudolph and Danielle Royer")
    rf"|(?m:^[ \t]*(?:[-*+][ \t]+|\d{{1,3}}[.)][ \t]+)?(?:\*\*)?(?P<listed>{_TITLE})"
    r"(?:\*\*)?,[ \t]+(?=[A-ZÁÉÍÓÚÑ]))")
#: Authors right before their book's title, by its possessive: "Katja Rowell and Jenny
#: McGlothlin's *Helping Your Child with Extreme Picky Eating*".
_AUTHORS_OF = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*[ \t]+){1,3}(?:(?:and|y|&)[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*[ \t]+)"
    r"{0,3})?[A-ZÁÉÍÓÚÑ][\w'’-]*['’]s[ \t]+(?=\*|_|<em>|<i>)")


#: What follows a dash after the author is the writer's own aside ("— Zuri picked this one
#: at her 4-year checkup"), no longer the book's.
_TOLD_AFTER_A_DASH = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[—–][ \t]*")


def _drop_names_of_a_book(segments: list[Segment], groups: list[list[Hit]]
                          ) -> list[list[Hit]]:
    """A name after a book's title and its "by"/"de" (`_BOOK_BY`), to the end of the
    sentence or a dash, is its author's or a character's: a reading list names no patient,
    unless the words beside a name make it a child's ("by Mateo, 6, who drew it in our
    waiting room") (pure)."""
    from .names_roles import a_child_beside

    out: list[list[Hit]] = []
    for segment, hits in zip(segments, groups, strict=True):
        if segment.kind != "prose" or not any(h.code == "privacy-name" for h in hits):
            out.append(hits)
            continue
        spans = []
        for match in _BOOK_BY.finditer(segment.text):
            end = sentence_span(segment.text, match.end(), match.end())[1]
            dash = _TOLD_AFTER_A_DASH.search(segment.text, match.end(), end)
            spans.append((match.end(), dash.start() if dash else end))
            title = match.span("title") if match["title"] else match.span("listed")
            spans.append(title)  # a name in the title is its subject's ("*Opal Lee and
            # What It Means to Be Free* by Alice Faye Duncan")
        spans += [m.span() for m in _AUTHORS_OF.finditer(segment.text)]
        out.append([h for h in hits if not (
            h.code == "privacy-name" and any(a <= h.start < b for a, b in spans)
            and not a_child_beside(segment.text, h.start, h.end))])
    return out


def _with_the_one_before(text: str, hit: Hit) -> str:
    """The sentence of a hit and the one before it ("My son has coughed for three weeks.
    (Darnell Whitaker-Boyd, sent through the portal)")."""
    start, end = sentence_span(text, hit.start, hit.end)
    # (within its paragraph: a new paragraph starts a new subject)
    begin = max(sentence_start(text, max(0, start - 2)), paragraph_span(text, hit.start)[0])
    return text[begin:end]


def _drop_stories_said_made_up(segments: list[Segment], groups: list[list[Hit]]
                               ) -> list[list[Hit]]:
    """A story the body says is a composite or made up ("es una mezcla de varias", "a
    composite of several families") tells of no one, in its title and summary too: the
    title "La mamá que trabaja dos turnos" is read with the body that explains it (pure)."""
    from .detect_people import NOT_ONE_REAL

    if not any(s.kind == "prose" and not s.key and NOT_ONE_REAL.search(s.text) for s in segments):
        return groups
    return [[hit for hit in hits if hit.code != "privacy-anecdote"] for hits in groups]


def _told_by(words: list[str], said: frozenset[str] | set[str]) -> bool:
    """An address's words are the body's topic: some are said in the body, and every other
    one is a plain word ("pasteur-milk" beside "Louis Pasteur", "flu-clinic-at-lincoln-
    elementary" beside "Lincoln Elementary hosts a flu clinic")."""
    from .names_words import dictionary_word

    return any(w in said for w in words) and all(w in said or dictionary_word(w) for w in words)


#: The note's own addresses: what its tags, its `Slug:` and its file name say is its topic.
_OWN_ADDRESS_KEYS = frozenset({"tags", "tag", "slug", "filename"})


#: What `names_unexplained` says a name in an address is, as the finding says it.
_WHOSE_NAME = {"given": "a person's name", "family": "a family's name",
               "full": "part of a person's full name"}


def _add_unexplained_names(segments: list[Segment], groups: list[list[Hit]],
                           policy: Policy) -> list[list[Hit]]:
    """A WARN for each name in a tag, the slug or the file name that the note's text never
    says ("Tags: pinkeye, daycare, Bobby"), a BLOCK for a family's ("pellegrino-triplets"):
    see `names_unexplained` (pure)."""
    from .names_unexplained import said_words, unexplained_names  # lazy: see the note above

    said: frozenset[str] | None = None
    acronyms: set[str] = set()
    out: list[list[Hit]] = []
    for segment, hits in zip(segments, groups, strict=True):
        if segment.kind != "address" or segment.key not in _OWN_ADDRESS_KEYS:
            out.append(hits)
            continue
        if said is None:
            prose = [s.text for s in segments
                     if s.kind == "prose" and s.key not in _OWN_ADDRESS_KEYS]
            said = said_words(prose)
            # (the body's acronyms: a tag "marta" or "sids" is MARTA, SIDS)
            acronyms = {w.lower() for text in prose for w in re.findall(r"\b[A-Z]{3,}\b", text)}
        extra = [
            (warn if kind == "given" else block)(
                start, end, "privacy-name",
                f'"{word}" is {_WHOSE_NAME[kind]}, and nothing in the note says it: a tag or an '
                "address names the note's topic, so a name there reads as the child or the "
                "family the note is about.")
            for start, end, word, kind in unexplained_names(segment.text, said, policy)
            if word.lower() not in acronyms
        ]
        # A family's or a full name is a BLOCK: it replaces a WARN read on the same words;
        # a given name adds nothing where a finding is already.
        kept = [hit for hit in hits if not (
            hit.code == "privacy-name" and hit.level is Level.WARN
            and any(e.level is Level.BLOCK and e.overlaps(hit) for e in extra))]
        named = [hit for hit in kept if hit.code == "privacy-name"]
        out.append(kept + [e for e in extra if not any(h.overlaps(e) for h in named)])
    return out


def _add_places_of_stories(segments: list[Segment], groups: list[list[Hit]]
                           ) -> list[list[Hit]]:
    """In a sentence that tells one child's story (a `privacy-anecdote` hit), the town or
    the block of homes it names is a place finding of its own ("un patojito de Sunset Villa",
    "a toddler from Pine Hollow"): the doctor is told what to change (pure)."""
    from .detect_places import towns_in_story

    out: list[list[Hit]] = []
    for segment, hits in zip(segments, groups, strict=True):
        prose = segment.kind == "prose"
        stories = [h for h in hits if h.code == "privacy-anecdote"] if prose else []
        places = [h for h in hits if h.code == "privacy-place"]
        extra: list[Hit] = []
        for story in stories:
            start, end = sentence_span(segment.text, story.start, story.end)
            extra.extend(hit for hit in towns_in_story(segment.text, start, end)
                         if not any(p.overlaps(hit) for p in places + extra))
        out.append(hits + extra)
    return out


def _add_story_told(segments: list[Segment], groups: list[list[Hit]]) -> list[list[Hit]]:
    """A `privacy-anecdote` WARN when the note as a whole reads like one patient's story
    (`story_score`, a model learned from the corpus), at the sentence that reads most so.

    The rules speak first: a note they already read as a story gets no second finding, and
    a note that says its story is a composite or made up (`NOT_ONE_REAL`) tells of no one.
    """
    from .detect_people import NOT_ONE_REAL
    from .story_score import load_model, story_hit, story_segments

    if any(hit.code == "privacy-anecdote" for hits in groups for hit in hits):
        return groups
    prose = story_segments(segments)
    if any(not s.key and NOT_ONE_REAL.search(s.text) for s in prose):
        return groups
    found = story_hit(load_model(), [s.text for s in prose])
    if found is None:
        return groups
    segment = prose[found.text_index]
    # (up to a quotation mark: the message's own quotes must hold the sentence's words)
    opening = re.split(r'["“”]', " ".join(segment.text[found.start:found.end].split()[:8]))[0]
    cues = ", ".join(f'"{cue}"' for cue in found.cues)
    what = (f'The note reads like the story of one patient, most of all at "{opening} …"'
            + (f" (words such as {cues})" if cues else "")
            + ": a story told with what happened, when and who was there can be recognised "
            "by the family's friends and neighbours, even with no name in it.")
    index = next(i for i, s in enumerate(segments) if s is segment)
    out = list(groups)
    out[index] = [*groups[index], warn(found.start, found.end, "privacy-anecdote", what)]
    return out


def _is_body(segment: Segment) -> bool:
    """The note's own text (not a metadata value, an attribute or an address's words)."""
    return segment.kind == "prose" and not segment.key


def _drop_what_the_body_explains(segments: list[Segment], groups: list[list[Hit]],
                                 policy: Policy) -> list[list[Hit]]:
    """A name in the title, a summary, a tag or the slug that the note's own text names as
    someone public or no person at all ("Tadeo" in the title, "San Judas Tadeo" in the
    body; "Lincoln's birthday", "Abraham Lincoln was born in 1809"): read alone, a title
    says nothing of who it names, so the body decides. A name the body flags, or never
    says, keeps its finding (pure)."""
    from . import detect_names
    from .lexicon import fold

    body = [s for s in segments if _is_body(s)]
    if not any(not _is_body(segment) and segment.key and hit.code == "privacy-name"
               for segment, hits in zip(segments, groups, strict=True) for hit in hits):
        return groups  # no name outside the body: nothing to explain (the usual case)
    flagged: set[str] = set()
    for segment, hits in zip(segments, groups, strict=True):
        if _is_body(segment):
            for hit in hits:
                if hit.code == "privacy-name":
                    flagged.update(fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*",
                                                               segment.text[hit.start:hit.end]))
    public: set[str] = set()
    for segment in body:
        public |= detect_names.public_names(segment.text, policy)
    public -= flagged
    if not public:
        return groups

    def explained(segment: Segment, hit: Hit) -> bool:
        words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", segment.text[hit.start:hit.end])]
        return bool(words) and all(w in public for w in words)

    return _without(segments, groups, lambda segment, hit: bool(
        segment.key and not _is_body(segment) and hit.code == "privacy-name"
        and explained(segment, hit)))


def _drop_places_the_body_names(segments: list[Segment],
                                groups: list[list[Hit]]) -> list[list[Hit]]:
    """A school or a place in the slug, a tag or the file name that the body names too, and
    lets pass ("flu-clinic-at-lincoln-elementary" beside "Lincoln Elementary hosts a flu clinic
    for every family"): an address is read as if about a child's visit, so a place there
    always looks tied to one, while the body, which has the words around it, says whether
    it is. Every proper word of the place must be in the body ("lincoln"); a place the body
    flags, or never names, keeps its finding, and so does one in a title or a post's own
    text, which have words around them (pure)."""
    from .names_unexplained import WORD, said_words

    if not any(hit.code == "privacy-place" and segment.kind == "address"
               for segment, hits in zip(segments, groups, strict=True) for hit in hits):
        return groups
    body = [s for s in segments if _is_body(s)]
    if any(hit.code == "privacy-place" for segment, hits in zip(segments, groups, strict=True)
           if _is_body(segment) for hit in hits):
        return groups  # the body ties a place to someone: every mention of a place counts
    said = said_words(s.text for s in body)

    def named(segment: Segment, hit: Hit) -> bool:
        words = [w.lower() for w in WORD.findall(segment.text[hit.start : hit.end])]
        return _told_by([w for w in words if len(w) > 2], said)

    return _without(segments, groups, lambda segment, hit: (
        hit.code == "privacy-place" and segment.kind == "address" and named(segment, hit)))


def _drop_numbers_the_body_shows(segments: list[Segment],
                                 groups: list[list[Hit]]) -> list[list[Hit]]:
    """A phone number in a link's `href="tel:..."` that the visible text shows and lets pass
    (`<a href="tel:6003607777">600 360 7777</a>` after "Salud Responde orienta ..."): the
    attribute alone has no words around it, the text it is shown in does (pure)."""
    def digits(value: str) -> str:
        return re.sub(r"\D", "", value)[-9:]  # (a country code or not: the last nine)

    body = [s for s in segments if _is_body(s)]
    # (the text as a reader sees it: markup blanked, so an href's digits are not "shown")
    shown = {digits(m.group(0)) for s in body
             for m in re.finditer(r"\+?\d[\d\s().\-]{6,}\d", mask(s.text))}
    flagged = {digits(s.text[h.start:h.end]) for s, hits in zip(segments, groups, strict=True)
               if _is_body(s) for h in hits if h.code in ("privacy-phone", "privacy-fax")}
    passed = shown - flagged
    if not passed:
        return groups
    return _without(segments, groups, lambda segment, hit: (
        not _is_body(segment) and hit.code == "privacy-phone"
        and digits(segment.text[hit.start:hit.end]) in passed))


#: How a finding reads in an address (a tag, the slug, the file name) instead of hits.py's
#: ABOUT_LIFE and CHANGE_FIX: there is no sentence, and the fix is another word.
ADDRESS_WORDS = ", written where the note's address or a hashtag is made from it."
ADDRESS_FIX = "Fix: remove it, or use a topic word instead (\"ear tubes\", not the child's name);"


def _finding(note: NoteFile, line: int, col: int, hit: Hit, segment: Segment, *,
             attestation: Attestation, draft: bool) -> Finding:
    message = hit.message
    if segment.original:  # quote an address as written, not as the capitalised words read
        read, written = segment.text[hit.start:hit.end], segment.original[hit.start:hit.end]
        # (a hit may span a space the message's quote leaves out: "Escuela Plan ")
        cut = len(read) - len(read.rstrip())
        message = message.replace(read.rstrip(), written[: len(written) - cut])
    if segment.kind == "address":  # a tag, a slug, a file name: words, not a sentence
        message = message.replace(ABOUT_LIFE, ADDRESS_WORDS).replace(
            CHANGE_FIX, ADDRESS_FIX)
    if segment.label:  # where it is published, said before the fix
        at = message.find(" Fix:")
        message = (f"{message} {segment.label}" if at < 0
                   else f"{message[:at]} {segment.label}{message[at:]}")
    stamp = ""
    if hit.level is Level.WARN:
        flagged = segment.text[hit.start:hit.end] or hit.message
        stamp = fingerprint(hit.code, segment.key or "body", flagged)
    if draft:
        return Finding(note.relpath, line, col, Level.INFO, hit.code,
                       f"(draft, not published yet) {message}", fingerprint=stamp)
    if stamp and stamp in attestation.fingerprints:
        return Finding(note.relpath, line, col, Level.INFO, hit.code,
                       f"Attested (deidentified: {stamp}): " + message.split(" Fix:")[0],
                       fingerprint=stamp)
    if hit.level is Level.WARN:
        message = warn_message(message, note.relpath, attestation)
    return Finding(note.relpath, line, col, hit.level, hit.code, message, blocking=True,
                   fingerprint=stamp)


#: The settings the policy is made of; the policy is rebuilt whenever one of them changes.
POLICY_SETTINGS = (
    "PRACTICE_PHONE", "PRACTICE_FAX", "PRIVACY_ALLOWED_PHONES", "AUTHOR", "STAFF_NAMES",
    "PRACTICE_ADDRESS", "PRIVACY_SOCIAL_ALLOWLIST", "SOCIAL", "PRIVACY_ALLOWED_EMAILS",
    "PRIVACY_ALLOWED_NAMES", "PRACTICE_NAME",
)
_POLICIES: dict[str, Policy] = {}


def _policy_key(context: CheckContext) -> str:
    """The allowlist settings as one stable string (the same in every process)."""
    return repr(sorted((name, context.settings.get(name)) for name in POLICY_SETTINGS))


def _policy(context: CheckContext) -> Policy:
    """One policy per distinct allowlist settings (a check run builds it once)."""
    subset = {name: context.settings.get(name) for name in POLICY_SETTINGS}
    key = _policy_key(context)
    if key not in _POLICIES:
        if len(_POLICIES) > 16:
            _POLICIES.clear()
        _POLICIES[key] = policy_from_settings({k: v for k, v in subset.items() if v})
    return _POLICIES[key]


FILE_RULES: Iterable = (check_privacy,)
