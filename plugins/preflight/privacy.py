"""The patient-privacy guard: nothing leaves the office that could identify a patient.

Rule-based and offline, so it runs in a second on every publish and explains itself. Two
kinds of finding:

- BLOCK: things that identify a person on their own (the HIPAA "Safe Harbor" identifiers a
  blog could plausibly contain): e-mail addresses, phone/fax numbers, SSNs, record/account
  numbers, dates of birth, street addresses, ZIP codes, ages over 89, social profiles.
- WARN: things that *may* identify a patient in context: a first name in a clinical
  sentence, an anecdote ("my patient", "a mom brought in"), a date tied to a visit, a
  photo. A WARN stops the publish too, until the doctor attests it (`invoke attest`, which
  writes `deidentified: yes <fingerprints>`; see attestation.py); then it is reported as INFO.

Ordinary health text must never trip it: temperatures, doses, ages under 90, years, weights,
percentages, the practice's own number and address, 911, 988, Poison Control, and month
names or words that are also names ("May", "Grace", "Will"). Each rule is written around
that list; the corpus under tests/preflight/corpus/ holds both sides.

Drafts: Rounds builds drafts to an unlisted but public address (`DRAFT_SAVE_AS`), so the
guard applies to them exactly as to published notes. Only when a site sets `DRAFT_SAVE_AS`
to "" (drafts never written) are a draft's findings reported as INFO, to be seen early.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import phonenumbers

from .attestation import Attestation, fingerprint, parse, warn_message
from .context import CheckContext
from .findings import Finding, Level
from .notefile import NoteFile
from .segments import Segment, mask, metadata_segments, privacy_segments

#: Numbers every note may print: emergency, crisis line, Poison Control (E.164).
ALWAYS_ALLOWED_PHONES = ("+18002221222",)

BLOCK_FIX = "Fix: remove it, or replace it with a general description."
WARN_FIX = (
    "Fix: remove or change the detail; or, once you are sure no patient can be recognised, "
    "add the line \"deidentified: yes\" to the metadata at the top of the note."
)


@dataclass(frozen=True)
class Hit:
    """One match in one segment's text (offsets into `Segment.text`)."""

    start: int
    end: int
    code: str
    level: Level
    message: str


@dataclass(frozen=True)
class Policy:
    """What the practice allows to be named, read once from the settings."""

    phones: frozenset[str] = frozenset()
    local_phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    streets: tuple[str, ...] = ()
    zips: frozenset[str] = frozenset()
    social: tuple[str, ...] = ()
    handles: frozenset[str] = frozenset()


def _e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _norm_street(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(STREET_ABBREVIATIONS.get(w, w) for w in words)


def policy_from_settings(settings: dict[str, Any]) -> Policy:
    """The allowlists: practice numbers and address, staff and author names, social accounts."""
    phones = {p for p in ALWAYS_ALLOWED_PHONES}
    for value in (
        settings.get("PRACTICE_PHONE"),
        settings.get("PRACTICE_FAX"),
        *settings.get("PRIVACY_ALLOWED_PHONES", ()),
    ):
        if value and (number := _e164(str(value))):
            phones.add(number)
    local = {p[-7:-4] + "-" + p[-4:] for p in phones if p.startswith("+1")}
    names: set[str] = set()
    staff = list(settings.get("STAFF_NAMES", ()))
    for person in [settings.get("AUTHOR") or "", *staff]:
        names.update(word.lower() for word in re.findall(r"[A-Za-z'-]+", str(person)))
    address = str(settings.get("PRACTICE_ADDRESS") or "")
    streets = tuple(
        _norm_street(m.group(0)) for m in STREET.finditer(address)
    )
    zips = frozenset(re.findall(r"\b\d{5}\b", address))
    social = [str(s).lower().rstrip("/") for s in settings.get("PRIVACY_SOCIAL_ALLOWLIST", ())]
    for link in settings.get("SOCIAL", ()) or ():
        if isinstance(link, list | tuple) and len(link) > 1:
            social.append(str(link[1]).lower().rstrip("/"))
    handles = frozenset(s for s in social if s.startswith("@"))
    return Policy(
        phones=frozenset(phones),
        local_phones=frozenset(local),
        emails=frozenset(e.lower() for e in settings.get("PRIVACY_ALLOWED_EMAILS", ())),
        names=frozenset(names),
        streets=streets,
        zips=zips,
        social=tuple(s for s in social if not s.startswith("@")),
        handles=handles,
    )


# --- BLOCK rules --------------------------------------------------------------------------

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
HANDLE = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b")
SOCIAL_URL = re.compile(
    r"https?://(?:www\.|m\.|mobile\.)?"
    r"(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com"
    r"|youtube\.com|snapchat\.com|threads\.net|bsky\.app|reddit\.com|pinterest\.com"
    r"|nextdoor\.com|[a-z0-9.-]+\.[a-z]{2,}/@)[^\s)>\]\"']*",
    re.I,
)
LOCAL_PHONE = re.compile(r"(?<![\d.-])\d{3}[-.]\d{4}(?![\d-])")
PHONE_CUE = re.compile(
    r"\b(?:call|text|cell|phone|number|reach|fax|dial|ring|at|is)\b[^.\n]{0,20}$", re.I
)
SSN = re.compile(
    r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"
    r"|\b(?:SSN|social security(?: number| no\.?| #)?)\s*(?:is|was|:|#)?\s*\d{9}\b",
    re.I,
)
RECORD = re.compile(
    r"\b(?:MRN|med(?:ical)?\s+rec(?:ord)?s?(?:\s*(?:number|no\.?|#))?"
    r"|chart\s*(?:number|no\.?|#)|patient\s*(?:ID|number|no\.?|#)"
    r"|acct\.?|account(?:\s*(?:number|no\.?|#))?|member\s*(?:ID|number|no\.?|#)"
    r"|subscriber\s*(?:ID|number|no\.?|#)|policy\s*(?:number|no\.?|#)|group\s*(?:number|no\.?|#)"
    r"|(?:health[- ]plan|insurance|Medicaid|CHIP)\s*(?:ID|number|no\.?|#|card)"
    r"(?:\s*(?:number|no\.?))?)"
    r"\s*(?:is|was|:|#|no\.?|number)?\s*[:#]?\s*(?P<value>[A-Z0-9][A-Z0-9-]{3,})\b",
    re.I,
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: A calendar date with at least a month and a day (a year alone is never flagged).
DATE = re.compile(
    rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{{2}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b(?:,?\s+(?:19|20)\d{{2}}\b)?"
    r"|\b\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?\b(?!\s*(?:mg|ml|mL|kg|lb|oz|%))"
    r"|\b\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
)
DOB_WORD = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|birth\s?date)\b", re.I)
#: "born on", "birthday is": the date right after them is a date of birth.
BORN_BEFORE = re.compile(
    r"\b(?:born|birthday|birth)\s+(?:(?:is|was|falls)\s+)?(?:on\s+)?(?:the\s+)?$", re.I
)
BORN_AFTER = re.compile(r"^(?:'s)?\s+(?:birthday|birth)\b", re.I)
BORN_NEAR = re.compile(r"\b(?:born|birthday)\b", re.I)
#: A date after these words is a range for a rule ("born after October 1, 2025"), not a DOB.
RANGE_WORD = re.compile(
    r"\b(?:before|after|between|since|from|until|by|and|through|to|or)\s+$", re.I
)
STREET_ABBREVIATIONS = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard",
    "ln": "lane", "dr": "drive", "ct": "court", "pl": "place", "ter": "terrace",
    "cir": "circle", "pkwy": "parkway", "hwy": "highway", "trl": "trail", "sq": "square",
}
STREET = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?:[A-Z0-9][A-Za-z0-9'-]*\.?\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq)\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*\w+)?"
    r"|\bP\.?\s?O\.?\s+Box\s+\d+",
)
_STATES_TEXT = """
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
"""
STATES = _STATES_TEXT.split()
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
ZIP = re.compile(
    rf"(?:\b(?:{'|'.join(STATES)}|{STATE_NAMES}),?\s+|\b(?:ZIP|zip\s?code|postal code)\s*:?\s*)"
    r"(?P<zip>\d{5})(?:-\d{4})?\b"
    r"|\b(?P<zip4>\d{5})-\d{4}\b",
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine"
AGE_OVER_89 = re.compile(
    r"\b(?:9\d|1[0-2]\d)\s*-?\s*(?:years?|yrs?)(?:[-\s]old)?\b"
    r"|\b(?:9\d|1[0-2]\d)\s*(?:y/?o)\b"
    r"|\b(?:aged?|age of|turned|turning)\s+(?:9\d|1[0-2]\d)\b"
    r"|\b(?:9\d|1[0-2]\d)(?:st|nd|rd|th)\s+birthday\b"
    rf"|\bninety(?:[- ](?:{_NUMBER_WORDS}))?[- ]years?[- ]old\b"
    r"|\bin (?:his|her|their) (?:late |mid-?)?(?:90s|nineties)\b",
    re.I,
)

# --- WARN rules ---------------------------------------------------------------------------

_KIDS = (
    r"(?:boy|girl|baby|infant|toddler|teen|teenager|child|kid|kiddo|newborn|patient|son"
    r"|daughter)"
)
_AGE = rf"(?:\d+|{_NUMBER_WORDS}|ten|eleven|twelve)[- ](?:year|month|week|day)[- ]old"
ANECDOTE = re.compile(
    r"\bmy (?:little |youngest |teen |new )?patient\b(?!s)"
    r"|\ba (?:little |young )?patient of mine\b"
    r"|\bone of my (?:little |youngest |teen |newborn )?(?:patients|families|kiddos|kids|babies)\b"
    r"|\b(?:today|yesterday|this (?:morning|afternoon|week)|last (?:night|week)|tonight)"
    r" (?:in|at) (?:the )?(?:clinic|office|ER|urgent care|hospital|nursery)\b"
    r"|\bin (?:the )?(?:clinic|office|ER)"
    r" (?:today|yesterday|this (?:morning|afternoon|week)|last week)\b"
    r"|\ban? (?:worried |frantic |young )?(?:mom|mother|dad|father|parent|grandma|grandmother"
    r"|grandpa|grandfather|family|teen|toddler|baby|boy|girl)"
    r" (?:brought|came|walked|called|rushed|carried)(?: (?:in|into|her|his|their|me|us))?\b"
    rf"|\b(?:I|we) (?:just |recently )?(?:saw|treated|examined|admitted|diagnosed|met) "
    rf"(?:a |an |this |one )?(?:little |young |sweet )?(?:{_AGE} )?{_KIDS}\b"
    rf"|\ban? {_AGE} (?:{_KIDS} )?(?:came in|was brought|came to|showed up|presented)\b",
    re.I,
)
#: Words that tie a date to one patient's visit (not "flu shots start October 1").
VISIT_CUE = re.compile(
    r"\b(?:came in|come in|brought (?:him |her |them )?in|(?:was|were) seen|we saw|I saw"
    r"|(?:was|were) admitted|(?:was|were) discharged|(?:was|were|we|I) diagnosed|presented"
    r"|visited (?:us|the ER|urgent care)|hospitali[sz]ed"
    r"|(?:his|her|their) (?:appointment|visit|checkup|check-up|surgery))\b",
    re.I,
)
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.I)

#: Words that make a sentence about a person's health ("clinical"), for the first-name rule.
CLINICAL = re.compile(
    r"\b(?:fever\w*|cough\w*|rash\w*|vomit\w*|threw up|diarrh\w*|ear|infection|asthma"
    r"|allerg\w*|clinic"
    r"|office|visit|ER|hospital\w*|urgent|antibiotic\w*|medicine|dose|diagnos\w*|symptom\w*"
    r"|sick|mom|dad|mother|father|parents?|year-old|month-old|week-old|years? old|months? old"
    r"|baby|toddler|brought|came in|saw|seen|test\w*|positive|swab|x-?ray|stitch\w*|broke"
    r"|broken|seizure\w*|wheez\w*|breath\w*|pain|hurt\w*|vaccin\w*|shots?|check-?up|strep"
    r"|flu|RSV|COVID|croup|pneumonia|bronchiolitis|eczema|constipat\w*|reflux|colic\w*"
    r"|teeth\w*|teething|ADHD|autism|anxiety|depress\w*|weight|growth|ibuprofen"
    r"|acetaminophen|Tylenol|Motrin|inhaler|nebuli[sz]er|admitted|discharged|sutures?"
    r"|burn\w*|bite|bitten|sting|fracture\w*|concussion|sprain\w*|cast|surgery|daycare"
    r"|school|nurse|doctor|pediatrician)\b",
    re.I,
)
#: A person cue right after an ambiguous name ("Will was", "Grace's mom").
PERSON_AFTER = re.compile(
    r"^(?:'s\s+(?:mom|dad|mother|father|parents?|grandma|grandpa|sister|brother|fever|rash"
    r"|cough|ear|temperature|symptoms?)\b|\s+(?:came|was|had|got|went|started"
    r"|developed|presented|woke|threw|fell|needed|kept|cried|broke|swallowed|ate|spiked"
    r"|tested|turned|did|didn't|wasn't|couldn't|said|told|weighed|ended)\b)",
)
#: A person cue right before an ambiguous name ("little Hope", "patient Will").
PERSON_BEFORE = re.compile(
    r"\b(?:little|baby|patient|named|called|sweet|toddler|boy|girl|son|daughter|brother"
    r"|sister|poor|brave|kiddo)\s+$",
    re.I,
)
#: Words before a capitalised word that make it part of a place or a title, not a person.
NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:Dr|Doctor|St|Saint|Mt|Mount|Lake|Fort|Port|San|Santa|Cape|Prince|Princess|King"
    r"|Queen|Lady|Sir|Hurricane|Storm|Camp|Park|Hotel|Curious)\.?\s+$"
)
#: Words after a capitalised name that make it an institution or an eponym.
NOT_A_PERSON_AFTER = re.compile(
    r"^(?:\s+[A-Z][a-z]+)*?(?:\s+(?:Hospital|Clinic|Center|Centre|Foundation|University"
    r"|College|School|Institute|Children's|Medical|Health|County|Street|Avenue|Road|Park"
    r"|Library|Elementary|Academy|Pharmacy|Drive))|^(?:'s|’s)?\s+(?:syndrome|disease|sign"
    r"|palsy|law|reflex|test|maneuver|manoeuvre|phenomenon|reaction)\b"
    # A character: "Sophie the Giraffe", "Thomas the Tank Engine", "Daniel Tiger", "Peter Rabbit".
    r"|^\s+the\s+[A-Z]|^\s+(?:Tiger|Pig|Bear|Dog|Cat|Rabbit|Bunny|Duck|Mouse|Giraffe|Elephant"
    r"|Monkey|Frog|Fox|Owl|Lion|Dinosaur)\b"
)
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[#>*+-]+\s+|\d+\.\s+)?|[\"“(]\s*)$")
MONTH_NAMES = frozenset((
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
))
#: Given names that are also places or everyday words, beyond the packaged list.
_AMBIGUOUS_TEXT = """
Jordan Georgia Virginia Carolina Florence Chelsea Paris Austin Dallas Houston Jackson
Madison Lincoln Washington Victoria Sydney Brooklyn Savannah Phoenix Tyler Orlando Charlotte
Santiago Camden Kingston Denver Christian Angel Genesis Trinity Easter Christmas Memorial
Independence Labor Kennedy Carter Parker Taylor Hunter Cooper Mason Baker Porter Tanner
Marshall Reed Dean Earl Duke Prince Major Royal Bishop Sterling Chance Chase Page Lane Miles
Sunny Sonny Star Sky River Rain Harmony Destiny Mercy Patience Honor Justice Liberty Haven
Sage Ivy Jasmine Rosemary Heather Holly Meadow Journey Legacy Noel
"""
AMBIGUOUS_EXTRA = frozenset(_AMBIGUOUS_TEXT.split())


@cache
def given_names() -> frozenset[str]:
    """The packaged list of US given names (see data/generate_names.py for its sources)."""
    return _data_words("given_names.txt")


@cache
def name_words() -> frozenset[str]:
    """Given names that are also ordinary words, months or places: need a person cue."""
    return _data_words("name_words.txt") | AMBIGUOUS_EXTRA | MONTH_NAMES


def _data_words(filename: str) -> frozenset[str]:
    text = resources.files("preflight").joinpath("data", filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start), text.rfind("\n\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("? ", end),
                                    text.find("! ", end), text.find("\n\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right + 1


LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_SCHEME = re.compile(r"^https?://(?:www\.|m\.|mobile\.)?")
#: Cheap gates: a rule whose gate finds nothing cannot match, so its costly regex is skipped.
RECORD_GATE = ("mrn", "med", "chart", "patient", "acct", "account", "member", "subscriber",
               "policy", "group", "health", "insurance", "medicaid", "chip")
FIVE_DIGITS = re.compile(r"\d{5}")
#: A run of digits and phone punctuation with at least seven digits: where a phone number
#: can be. The phonenumbers matcher (the slowest part of the guard) reads only these runs,
#: with a little context on each side, instead of the whole note.
PHONE_RUN = re.compile(r"[+(]?\d(?:[\d\s().\-/]{0,3}\d){6,}")
DASHED_DIGITS = re.compile(r"\d{3}[-.]\d{2}")
#: Every ANECDOTE phrase contains one of these words.
ANECDOTE_WORDS = frozenset((
    "my", "mine", "today", "yesterday", "tonight", "clinic", "office", "er", "hospital",
    "nursery", "urgent", "brought", "came", "walked", "called", "rushed", "carried", "saw",
    "treated", "examined", "admitted", "diagnosed", "met", "showed", "presented",
))
AGE_GATE = re.compile(r"\b(?:9\d|1[0-2]\d)\b|ninet", re.I)


def _social_allowed(url: str, policy: Policy) -> bool:
    bare = _SCHEME.sub("", url.rstrip(".,;").lower())
    for entry in policy.social:
        allowed = _SCHEME.sub("", entry)
        if bare.rstrip("/") == allowed or bare.startswith(allowed + "/"):
            return True
    path = bare.split("/", 1)[1] if "/" in bare else ""
    return not path.strip("/")


def _scan_block(text: str, policy: Policy) -> Iterator[Hit]:
    # A phrase may wrap ("my\npatient"): line breaks inside a paragraph become spaces (same
    # length, same offsets); blank lines still end a paragraph.
    prose = LINE_BREAK.sub(" ", mask(text))
    if "://" in text:
        for match in SOCIAL_URL.finditer(text):
            if _social_allowed(match.group(0), policy):
                continue
            yield Hit(match.start(), match.end(), "privacy-social", Level.BLOCK,
                      f"Link to a social-media profile or post (\"{match.group(0)}\"): it may "
                      "belong to a patient or a parent. " + BLOCK_FIX + " If it is a public "
                      "organisation's account, add it to PRIVACY_SOCIAL_ALLOWLIST in "
                      "pelicanconf.py.")
    if "@" in text:
        yield from _scan_at_signs(text, prose, policy)
    yield from _scan_numbers(prose, policy)
    yield from _scan_dates(prose)
    yield from _scan_places(prose, policy)
    if AGE_GATE.search(prose):
        for match in AGE_OVER_89.finditer(prose):
            yield Hit(match.start(), match.end(), "privacy-age", Level.BLOCK,
                      f"Age over 89 (\"{match.group(0)}\") identifies a person. Fix: write "
                      "\"90 or older\", or leave the age out.")
    yield from _scan_warnings(prose)
    yield from _scan_names(mask(text), policy)


def _scan_at_signs(text: str, prose: str, policy: Policy) -> Iterator[Hit]:
    for match in EMAIL.finditer(text):
        if match.group(0).lower() in policy.emails:
            continue
        yield Hit(match.start(), match.end(), "privacy-email", Level.BLOCK,
                  f"E-mail address \"{match.group(0)}\". " + BLOCK_FIX)
    no_email = EMAIL.sub(lambda m: " " * len(m.group(0)), prose)
    for match in HANDLE.finditer(no_email):
        handle = match.group(0).lower()
        if handle in policy.handles:
            continue
        yield Hit(match.start(), match.end(), "privacy-social", Level.BLOCK,
                  f"Social-media handle \"{match.group(0)}\": it may belong to a patient or a "
                  "parent. " + BLOCK_FIX + " If it is a public organisation's account, add it to "
                  "PRIVACY_SOCIAL_ALLOWLIST in pelicanconf.py.")


def _phone_matches(prose: str) -> Iterator[tuple[int, phonenumbers.PhoneNumberMatch]]:
    """(offset of the window, match) for every phone number phonenumbers finds."""
    for run in PHONE_RUN.finditer(prose):
        start = max(0, run.start() - 8)
        window = prose[start : run.end() + 8]
        for match in phonenumbers.PhoneNumberMatcher(window, "US"):
            yield start, match


def _scan_numbers(prose: str, policy: Policy) -> Iterator[Hit]:
    seen: set[int] = set()
    for offset, match in _phone_matches(prose):
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        begin = offset + match.start
        if number in policy.phones or begin in seen:
            continue
        seen.add(begin)
        yield Hit(begin, offset + match.end, "privacy-phone", Level.BLOCK,
                  f"Phone or fax number \"{match.raw_string}\" that is not the practice's. "
                  + BLOCK_FIX + " (The practice's own numbers, 911, 988 and Poison Control "
                  "1-800-222-1222 are always allowed; others go in PRIVACY_ALLOWED_PHONES.)")
    dashed = DASHED_DIGITS.search(prose) is not None
    for match in LOCAL_PHONE.finditer(prose) if dashed else ():
        if match.group(0).replace(".", "-") in policy.local_phones:
            continue
        if not PHONE_CUE.search(prose[max(0, match.start() - 30) : match.start()]):
            continue
        yield Hit(match.start(), match.end(), "privacy-phone", Level.BLOCK,
                  f"Phone number \"{match.group(0)}\" that is not the practice's. " + BLOCK_FIX)
    lower = prose.lower()
    ssn_possible = dashed or "ssn" in lower or "social security" in lower
    for match in SSN.finditer(prose) if ssn_possible else ():
        yield Hit(match.start(), match.end(), "privacy-ssn", Level.BLOCK,
                  f"Social Security number \"{match.group(0)}\". " + BLOCK_FIX)
    records = RECORD.finditer(prose) if any(k in lower for k in RECORD_GATE) else ()
    for match in records:
        if sum(ch.isdigit() for ch in match["value"]) < 4:
            continue
        yield Hit(match.start(), match.end(), "privacy-record-number", Level.BLOCK,
                  f"Medical record, account or health-plan number (\"{match.group(0)}\"). "
                  + BLOCK_FIX)


def _is_birth_date(prose: str, match: re.Match[str]) -> bool:
    before = prose[max(0, match.start() - 40) : match.start()].rsplit("\n\n", 1)[-1]
    after = prose[match.end() : match.end() + 25].split("\n\n", 1)[0]
    if DOB_WORD.search(before) or BORN_BEFORE.search(before) or BORN_AFTER.match(after):
        return True
    has_year = bool(re.search(r"(?:19|20)\d{2}$|/\d{2,4}$", match.group(0)))
    return has_year and bool(BORN_NEAR.search(before)) and not RANGE_WORD.search(before)


MONTH_TOKENS = frozenset(
    (*MONTH_NAMES, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
     "Nov", "Dec")
)
NUMERIC_DATE = re.compile(r"\d[/-]\d")


def _date_possible(prose: str) -> bool:
    """DATE needs a month's name or digits joined by / or -: cheap to rule out first."""
    return bool(NUMERIC_DATE.search(prose)) or not MONTH_TOKENS.isdisjoint(
        re.findall(r"[A-Z][a-z]+", prose)
    )


def _scan_dates(prose: str) -> Iterator[Hit]:
    for match in DATE.finditer(prose) if _date_possible(prose) else ():
        date = match.group(0)
        if _is_birth_date(prose, match):
            yield Hit(match.start(), match.end(), "privacy-dob", Level.BLOCK,
                      f"Date of birth (\"{date}\"). " + BLOCK_FIX + " A year or an age in months "
                      "is fine.")
            continue
        start, end = _sentence_bounds(prose, match.start(), match.end())
        if VISIT_CUE.search(prose[start:end]):
            yield Hit(match.start(), match.end(), "privacy-visit-date", Level.WARN,
                      f"A calendar date (\"{date}\") tied to a visit can identify the patient. "
                      + WARN_FIX)
    for match in DOB_WORD.finditer(prose):
        after = prose[match.end() : match.end() + 20]
        if re.match(r"\s*(?:is|was|:|of)?\s*\d", after) and not DATE.search(after):
            yield Hit(match.start(), match.end(), "privacy-dob", Level.BLOCK,
                      "Date of birth. " + BLOCK_FIX)


def _scan_places(prose: str, policy: Policy) -> Iterator[Hit]:
    for match in STREET.finditer(prose):
        normal = _norm_street(match.group(0))
        if any(normal.startswith(s) or s.startswith(normal) for s in policy.streets):
            continue
        yield Hit(match.start(), match.end(), "privacy-address", Level.BLOCK,
                  f"Street address \"{match.group(0)}\". " + BLOCK_FIX + " (The practice's own "
                  "address, PRACTICE_ADDRESS, is allowed.)")
    for match in ZIP.finditer(prose) if FIVE_DIGITS.search(prose) else ():
        code = match["zip"] or match["zip4"]
        if code in policy.zips:
            continue
        start = match.start("zip") if match["zip"] else match.start("zip4")
        yield Hit(start, match.end(), "privacy-zip", Level.BLOCK,
                  f"ZIP code \"{code}\". " + BLOCK_FIX)


def _scan_warnings(prose: str) -> Iterator[Hit]:
    if ANECDOTE_WORDS.isdisjoint(re.findall(r"[a-z]+", prose.lower())):
        return
    for match in ANECDOTE.finditer(prose):
        yield Hit(match.start(), match.end(), "privacy-anecdote", Level.WARN,
                  f"\"{' '.join(match.group(0).split())}\" reads like a story about a real "
                  "patient; details around it can identify the family. " + WARN_FIX)


#: A family by its surname ("the Nguyen family") or a child by initials ("J.R., age 4").
FAMILY_NAME = re.compile(
    r"\bthe (?!(?:whole|same|entire|other|new|next|first|last|host|extended)\b)"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:family|families|twins|triplets|kids|children"
    r"|boys|girls|household)\b"
    r"|\b(?P<initials>[A-Z]\.\s?[A-Z]\.),?\s+(?:age[ds]?\s+\d|a\s+\d+[- ](?:year|month)|\d+[- ]"
    r"(?:year|month|week)s?[- ]old)"
)


def _scan_names(prose: str, policy: Policy) -> Iterator[Hit]:
    for match in FAMILY_NAME.finditer(prose):
        who = match["name"] or match["initials"]
        if who.lower() in policy.names:
            continue
        start = match.start("name") if match["name"] else match.start("initials")
        yield Hit(start, match.end(), "privacy-name", Level.WARN,
                  f"\"{who}\" names a family or a child (a surname or initials can be "
                  "enough to recognise them). " + WARN_FIX)
    names = given_names()
    ambiguous = name_words()
    for match in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", prose):
        word = match.group(0)
        if word not in names or word.lower() in policy.names:
            continue
        before = prose[max(0, match.start() - 30) : match.start()]
        after = prose[match.end() : match.end() + 60]
        if NOT_A_PERSON_BEFORE.search(before) or NOT_A_PERSON_AFTER.match(after):
            continue
        if re.match(r"^\s+[A-Z][a-z]+", after) and after.split()[0].strip(",.").lower() in (
            policy.names
        ):
            continue  # a staff member's other name ("Ana Rivera")
        if word in ambiguous:
            if SENTENCE_START.search(before) and not PERSON_AFTER.match(after):
                continue
            if not (PERSON_AFTER.match(after) or PERSON_BEFORE.search(before)):
                continue
            if word in MONTH_NAMES and re.match(r"^\s*\d", after):
                continue
        start, end = _sentence_bounds(prose, match.start(), match.end())
        if not CLINICAL.search(prose[start:end]):
            continue
        yield Hit(match.start(), match.end(), "privacy-name", Level.WARN,
                  f"\"{word}\" looks like a person's first name in a sentence about health. "
                  + WARN_FIX + " (Staff names go in STAFF_NAMES in pelicanconf.py.)")


def scan(text: str, policy: Policy) -> list[Hit]:
    """Every privacy hit in one block of text, overlapping duplicates removed (pure)."""
    hits = sorted(_scan_block(text, policy), key=lambda h: (h.start, h.level != Level.BLOCK))
    kept: list[Hit] = []
    for hit in hits:
        if any(k.start <= hit.start < k.end and k.level is Level.BLOCK for k in kept):
            continue
        kept.append(hit)
    return kept


def _image_hits(segment: Segment) -> Iterator[Hit]:
    for match in IMAGE.finditer(segment.text):
        yield Hit(match.start(), match.end(), "privacy-image", Level.WARN,
                  "A photo can show a face, a name tag or a chart. " + WARN_FIX)


def drafts_published(settings: dict[str, Any]) -> bool:
    """Whether Pelican writes drafts anywhere that gets deployed."""
    return bool(settings.get("DRAFT_SAVE_AS", "drafts/{slug}.html"))


#: After the words of a public address (a tag, a slug), so a name there is read as a name in
#: a note about a child: an address has no sentence around it to say so.
ADDRESS_CONTEXT = " — in the public address of a note about a child's visit"


@cache
def _takes_lang(function: Callable[..., list[Hit]]) -> bool:
    return "lang" in inspect.signature(function).parameters


def _scan_text(function: Callable[..., list[Hit]], text: str, policy: Policy,
               lang: str) -> tuple[Hit, ...]:
    hits = function(text, policy, lang=lang) if _takes_lang(function) else function(text, policy)
    return tuple(hits)


#: Short texts recur across notes (tags, authors, sources, link addresses): read each once
#: per policy. Bodies are not kept (each is read once per check, and they are large).
_scan_short = lru_cache(maxsize=16384)(_scan_text)
SHORT_TEXT = 400


def _scan(segment: Segment, policy: Policy, lang: str) -> list[Hit]:
    """`scan` of one segment; an address is read with `ADDRESS_CONTEXT` after it (hits in
    the context itself are dropped). Passes the note's `Lang:` when `scan` takes it."""
    text = segment.text + ADDRESS_CONTEXT if segment.kind == "address" else segment.text
    try:
        hits = (_scan_short if len(text) <= SHORT_TEXT else _scan_text)(scan, text, policy, lang)
    except TypeError:  # a policy that cannot be a cache key: read without the cache
        hits = _scan_text(scan, text, policy, lang)
    return [hit for hit in hits if hit.start < len(segment.text)]


def check_privacy(note: NoteFile, context: CheckContext) -> Iterator[Finding]:
    """The guard for one note: BLOCKs block; a WARN blocks unless the note's attestation
    (`deidentified: yes <fingerprints>`) lists it.

    Reads every text that reaches the page source, the feed or a post
    (`segments.privacy_segments`): prose, markup, metadata, public addresses.
    """
    policy = _policy(context)
    entry = note.metadata.get("deidentified")
    attestation = parse(entry.value, entry.line) if entry else Attestation()
    draft = note.meta("status").lower() == "draft" and not drafts_published(context.settings)
    lang = (note.meta("lang") or str(context.settings.get("DEFAULT_LANG") or "en")).lower()
    hits: list[tuple[Segment, Hit]] = []
    for segment in privacy_segments(note, context.settings):
        hits.extend((segment, hit) for hit in _scan(segment, policy, lang))
        if not segment.key and segment.kind == "prose":
            hits.extend((segment, hit) for hit in _image_hits(segment))
    for segment in metadata_segments(note, ("image",)):
        hits.append((segment, Hit(0, len(segment.text), "privacy-image", Level.WARN,
                                  "The post's image can show a face, a name tag or a chart. "
                                  + WARN_FIX)))
    seen: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for segment, hit in hits:
        first, last = segment.position(hit.start), segment.position(max(hit.end - 1, hit.start))
        if any(code == hit.code and first <= end and start <= last
               for code, start, end in seen):
            continue  # the same words read twice (a link's address as text and as words)
        seen.append((hit.code, first, last))
        yield _finding(note, *first, hit, segment, attestation=attestation, draft=draft)


def _finding(note: NoteFile, line: int, col: int, hit: Hit, segment: Segment, *,
             attestation: Attestation, draft: bool) -> Finding:
    message = hit.message
    if segment.original:  # quote an address as written, not as the capitalised words read
        message = message.replace(segment.text[hit.start:hit.end],
                                  segment.original[hit.start:hit.end])
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
)
_POLICIES: dict[str, Policy] = {}


def _policy(context: CheckContext) -> Policy:
    """One policy per distinct allowlist settings (a check run builds it once)."""
    subset = {name: context.settings.get(name) for name in POLICY_SETTINGS}
    key = repr(sorted(subset.items()))
    if key not in _POLICIES:
        if len(_POLICIES) > 16:
            _POLICIES.clear()
        _POLICIES[key] = policy_from_settings({k: v for k, v in subset.items() if v})
    return _POLICIES[key]


FILE_RULES: Iterable = (check_privacy,)
