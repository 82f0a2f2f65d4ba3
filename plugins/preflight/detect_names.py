"""Names of private people: full names (BLOCK), families by surname (BLOCK), a given name or a
nickname alone in a sentence about a child's health, a visit or an event in their life (WARN).

Decided by a lexicon (lexicon.py: 37k given names and diminutives, 46k surnames from 105
countries, accent- and case-blind) *and* by context, so that what is not a private person
passes: a public figure or a historical scientist (a curated list, PRIVACY_ALLOWED_NAMES, and
sentences about history, books, sport or fame), an eponym or an institution ("Kawasaki
disease", "Lincoln Elementary"), a character ("Daniel Tiger"), the practice's own clinicians
(AUTHOR, STAFF_NAMES), and words that are also names ("Hope", "Grace", "May", "Will") unless
a person cue says otherwise ("little Grace", "Will was sick").

Three layers, each importing only the one below: names_words.py (the words and what the
lexicon says of them), names_public.py (whether a name is public or no person at all), and
this module, the detectors that yield the hits (names(), public_names()).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise

from .findings import Level
from .hits import (
    ABOUT_LIFE,
    ADDRESS_CONTEXT,
    FULL_NAME,
    Hit,
    Policy,
    block,
    paragraph,
    paragraph_span,
    sentence_of,
    sentence_span,
    warn,
)
from .lexicon import (
    BIG_PLACES,
    CHARACTER_KIN_BEFORE,
    COMPOUND_FIRST,
    FAMILY_AFTER,
    FAMILY_BEFORE_ES,
    HER_HIS_AFTER,
    LIFE_CONTEXT,
    MONTHS,
    NOT_A_PERSON_AFTER,
    NOT_A_PERSON_BEFORE,
    NOT_PEOPLE_WORDS,
    NOT_PERSON_WORDS,
    OLD_YEAR,
    PARTICLES,
    PATIENT_AFTER,
    PEOPLES,
    PERSON_AFTER,
    PERSON_AFTER_STRONG,
    PERSON_BEFORE,
    PUBLIC_CONTEXT,
    PUBLIC_FIGURES,
    SHOWS,
    SPANISH_SUBJECT_AFTER,
    SUBJECT_AFTER,
    WEEKDAY,
    WEEKDAYS,
    brands,
    common_words,
    compound_given,
    fold,
    given_names,
    name_words,
    place_names,
    products,
    surnames,
)
from .names_public import (
    ANIMAL_AFTER,
    BUSINESS_AFTER,
    BUSINESS_BEFORE,
    CHARACTER_BEFORE,
    HISTORY_YEAR,
    KIN_BEFORE,
    MEDIA_WORDS,
    MINE_AFTER,
    QUOTED_TITLE,
    SENTENCE_START,
    STAFF_BEFORE,
    _clause,
    _is_public,
    _known_public,
    _media,
    _not_a_person,
    _public_elsewhere,
)
from .names_words import (
    _L,
    _U,
    RUN_BREAKS,
    Token,
    _is_given,
    _is_surname,
    _runs,
    _tokens,
    dictionary_word,
)

FAMILY = re.compile(
    # ("the whole Castellano-Pruitt family", "the sweet Nguyen twins")
    r"\b(?:the|The|[Aa]ll|[Bb]oth)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:of\s+the\s+)?"
    r"(?:(?:whole|entire|sweet|lovely|amazing|wonderful|brave|busy|new)\s+)?"
    rf"(?P<a>[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)"
    # ("the Nakagawa and Petrosyan kids": two families)
    # (the finding names the first)
    rf"(?:\s+(?:and|y|&)\s+[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)?\s+(?i:{FAMILY_AFTER})\b"
    rf"|\bBaby\s+(?:Girl|Boy)\s+(?P<b>[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)"
    # a surname and twins, as a slug writes them: "okonkwo-twins-first-month"
    # (or a tag among tags: "Tags: newborns, Delacroix twins")
    rf"|(?:^|(?<=[.!?,]\s))(?!(?:Los|Las|La|El|The|Our|Nuestros|Sus|His|Her|Their)\b)"
    rf"(?P<e>[{_U}][{_L}]+)\s+(?i:twins|triplets|gemelos|cuates|trillizos)\b"
    # (one line break at most: "para toda la familia</li><li>Revisión de asientos" is two
    # items of a list)
    rf"|\b(?i:{FAMILY_BEFORE_ES})(?:[ \t]+\n?|\n)[ \t]*(?P<c>[{_U}][{_L}]+(?:[- ][{_U}][{_L}]+)?)"
    rf"|\b(?P<d>[{_U}]\.\s?[{_U}]\.),?\s+(?:age[ds]?\s+\d|a\s+\d+[- ](?:year|month)"
    rf"|\d+[- ](?:year|month|week)s?[- ]old|de\s+\d+\s+(?:a[ñn]os|meses))"
    # typed in lower case: "the castellanos twins got their shots" (a family name no
    # dictionary knows; see `_families`)
    r"|\bthe\s+(?P<f>[a-zà-öø-ÿ]{3,}(?:-[a-zà-öø-ÿ]{3,})?)\s+(?:twins|triplets|family|kids"
    r"|boys|girls|sisters|brothers|gemelos|cuates)\b"
    # counted: "All three Nakamura kids got chickenpox", "both Osei girls"
    rf"|\b(?i:all|both)\s+(?:(?i:two|three|four|five|six|\d)\s+)?(?P<g>[{_U}][{_L}]+)\s+"
    r"(?i:kids|children|boys|girls|siblings|brothers|sisters|twins|triplets)\b"
)
#: What a family's name names when it follows "the X Family": a foundation, a fund, a firm.
FAMILY_INSTITUTION = re.compile(
    # (a family's business: "the Rodriguez brothers' tamale stand")
    # (not a farm or a kitchen: "the Haugland kids' farm" may be where they live)
    r"['’]s?\s+(?:[\w-]+\s+)?(?:stand|truck|booth|cart|band|business|company)\b"
    r"|\s+(?:Foundation|Fund|Trust|Charitable|Scholarship|Endowment|Center|Centre|Library|Park"
    r"|Farms?|Dental|Pharmacy|Law|Practice|Medicine|Clinic|Institute|Pavilion|Wing|Hall|Award"
    r"|Prize|Memorial|Dentistry|Chiropractic|Insurance|Funeral|Bakery|Restaurant|Fundaci[oó]n"
    r"|Fondo|Beca|Premio)\b"
)
#: "The Garcias brought ...": a family by its surname in the plural.
PLURAL_FAMILY = re.compile(
    # one of theirs: "The Whitfields' youngest sneezed through the visit"
    rf"\b(?:the|The)\s+(?P<owners>[{_U}][{_L}]+?)(?:es|s)['’]\s+(?:[\w-]+\s+)?(?:youngest"
    r"|oldest|eldest|kids|children|baby|babies|twins|triplets|son|daughter|boy|girl|little one"
    r"|toddler|teen|newborn|dog|cat|puppy|retriever|house|home|farm|minivan)\b"
    rf"|\b(?:the|The)\s+(?P<name>[{_U}][{_L}]+?)(?:es|s)\s+(?:brought|came|were|are|have"
    r"|had|took|got|stopped|dropped|asked|sent|called|welcomed|all)\b"
    # thanked or congratulated: "shout-out to the Hendersons for the diaper donation"
    rf"|\b(?:to|thank|thanks|congrats|congratulations|welcome|love|miss|gracias a|felicidades a)"
    rf"\s+(?:you,?\s+)?(?:to\s+)?the\s+(?P<thanked>[{_U}][{_L}]+?)(?:es|s)\b(?!['’])"
    # a family by its two surnames: "Los Herrera Saavedra y la temporada de influenza"
    rf"|\b(?:Los|los)\s+(?P<pair>[{_U}][{_L}]+\s+[{_U}][{_L}]+)\b(?!\s+[{_U}])"
    # ("de los Santiesteban, que nacieron en la semana 35", "a los Peralta-Cuevas, que")
    rf"|\b(?:los|Los)\s+(?P<es>[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)(?:\s+(?:vinieron|llegaron"
    r"|trajeron|tienen|est[aá]n|estuvieron|fueron|nos|se|ya|todos|son|volvieron|regresaron"
    r"|pasaron|viajaron|visitaron|celebraron|perdieron)\b|,\s+(?:que|quienes|cuyos?|cuyas?)\s)"
)
NOT_FAMILY = frozenset(
    fold(w)
    for w in [
        "whole",
        "same",
        "entire",
        "other",
        "new",
        "next",
        "first",
        "last",
        "host",
        "extended",
        "only",
        "two",
        "three",
        "four",
        "five",
        "little",
        "big",
        "young",
        "old",
        "older",
        "younger",
        "local",
        "military",
        "foster",
        "adoptive",
        "blended",
        "royal",
        "American",
        "Mexican",
        "Latino",
        "Hispanic",
        "Black",
        "White",
        "Asian",
        "Catholic",
        "Christian",
        "Jewish",
        "Muslim",
    ]
)
#: A link target, a file name or a slug: a word with / _ . or two hyphens, in lower case.
PATHLIKE = re.compile(r"[\w./:%+\-{}]{8,}")


#: Before a place, the words that lead to it: "at Dolores Park", "to Lincoln Park", "en el
#: Parque…".
_TO_A_PLACE = re.compile(
    r"(?i)\b(?:at|in|to|near|from|around|by|across|behind|past|through|into|visit|visiting"
    r"|en|al|a|del|de|desde|cerca\s+de|hacia)\s+(?:the\s+|el\s+|la\s+)?$")


#: After a name, the reader addressed: "Ethan Park, your library book" (spoken to).
_SPOKEN_TO_AFTER = re.compile(r",\s+(?i:your|you|tu|te|su)\b")
#: ...but a thank-you leads to a person: "Thanks to Noah Church", "gracias a Luz Park".
_THANKS_TO = re.compile(r"(?i)\b(?:thanks|thank\s+you|grateful|shout-?out|gracias)\s+(?:to|a)\s+$")


def _place_word_surname(text: str, words: Sequence[Token]) -> bool:
    """A given name, then a family name that is also a place's word ("Park", "Lane",
    "Church", "Beach"), said of a person: "Ethan Park had a fever", "Seo-yeon Park came
    in", "Emma Lane broke her wrist". Not after a word that leads to a place ("at Dolores
    Park", "to Lincoln Park"), nor before another capitalised word ("Ethan Park Zoo").
    Asks for a sign of a person: a verb of theirs right after, a pronoun, being spoken to."""
    if not (len(words) == 2 and words[0].given and not words[0].word
            and words[0].key not in place_names() and words[0].key not in PUBLIC_FIGURES
            and words[1].surname):
        # ("Lincoln Park came in with new benches": a park after a city or a president)
        return False
    before = text[max(0, words[0].start - 20) : words[0].start]
    if (_TO_A_PLACE.search(before) and not _THANKS_TO.search(before)) or re.match(
            r"[ \t]+[A-Z]", text[words[1].end : words[1].end + 3]):
        return False
    sentence = sentence_of(text, words[0].start, words[1].end)
    after = words[1].end
    # (a verb of theirs, a pronoun or their age: "Sites include Southeast High School and
    # Douglas Park" is a list of places in a sentence about summer meals)
    return bool(PATIENT_AFTER.match(text, after) or SAID_OF_A_PERSON.search(sentence)
                or SUBJECT_AFTER.match(text, after) or SPANISH_SUBJECT_AFTER.match(text, after)
                or PERSON_AFTER.match(text[after : after + 80])
                or _SPOKEN_TO_AFTER.match(text, after))


@lru_cache(maxsize=4096)
def _about_life(sentence: str) -> bool:
    """Whether a sentence is about someone's health, a visit or an event in their life.

    Asked once per candidate word, and a sentence often holds several: answered once each.
    """
    return LIFE_CONTEXT.search(sentence) is not None


#: An initial and a family name told of a person: "little R. Abernathy-Cole came in".
INITIAL_NAME = re.compile(
    rf"(?<![A-Z]\.\s)(?<![A-Z]\.)\b(?P<initial>[A-Z])\.\s+(?P<family>[A-Z][{_L}'’]+(?:-[A-Z][{_L}'’]+)?)"
)


#: A parent's note signed with a first name and an initial: "xo, Terry B.", "— Jenna M.",
#: "Con cariño, Lupita R.".
SIGNED = re.compile(
    r"(?:\b(?i:xo+|xoxo|love|hugs|with love|with gratitude|gratefully|thank you|thanks|cheers"
    r"|sincerely|besos|abrazos|con cari[ñn]o|con amor|saludos)\s*,?\s*(?:[—–]\s*)?"
    r"|(?:^|\n)[ \t]*(?:[—–]|--?)[ \t]*)"
    rf"(?P<given>[{_U}][{_L}]+)[ \t]+(?P<initial>[{_U}])\.(?=\s|$|[)\"”])"
)


def _signatures(text: str, policy: Policy) -> Iterator[Hit]:
    for match in SIGNED.finditer(text):
        key = fold(match["given"])
        if key not in given_names() or key in policy.names or key in MONTHS:
            continue
        yield warn(
            match.start("given"), match.end("initial") + 1, "privacy-name",
            f'"{match["given"]} {match["initial"]}." signs the note with a parent\'s name: with '
            "the story around it, the family can be recognised.",
        )


#: Thanked or credited by name: "Thanks to R. Ramos for ...", "Photo by J. Alvarez".
CREDITED_BEFORE = re.compile(
    r"\b(?:thanks(?:\s+to)?|thank\s+you(?:\s+to)?|photos?\s+(?:by|courtesy\s+of)|courtesy\s+of"
    r"|shared\s+by|written\s+by|gracias\s+a|foto\s+de)[\s,:]+$",
    re.I,
)


#: Before a capital letter, words that make it a thing's letter, not an initial: "vitamin
#: D", "hepatitis B", "type A", "plan B", "grupo O".
INITIAL_IS_A_THING_BEFORE = re.compile(
    r"(?i:vitamin|vitamina|hepatitis|hep|type|tipo|plan|part|parte|section|grade|group|grupo"
    r"|class|size|talla|strep|blood)\s+$")


def _initials(text: str, policy: Policy) -> Iterator[Hit]:
    """An initial and a family name with a person cue around them (BLOCK)."""
    for match in INITIAL_NAME.finditer(text):
        key = fold(match["family"])
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 40]
        # (thanked or credited, a family name that is also a word is a name: "R. Ramos")
        credited = CREDITED_BEFORE.search(before) and (key in surnames() or key not in
                                                        common_words())
        if (key in name_words() and not credited) or key in BIG_PLACES or key in policy.names:
            continue
        if before.split() and fold(before.split()[-1].strip('("“*_[¡¿')) in NOT_A_PERSON_BEFORE:
            continue  # "Dr. R. Smith", "St. J. ..."
        if re.search(rf"[{_U}][{_L}]+\s+$", before):
            continue  # a middle initial of a full name ("Edward R. Murrow"): read as a run
        if INITIAL_IS_A_THING_BEFORE.search(before):
            continue  # "vitamin D. Babies who ...": a vitamin, then a new sentence
        if not (credited or PERSON_BEFORE.search(before) or PERSON_AFTER.match(after)):
            continue
        if not credited and not _about_life(sentence_of(text, match.start(), match.end())):
            continue
        yield block(
            match.start(),
            match.end(),
            "privacy-name",
            f'"{match.group(0)}" (an initial and a family name) identifies a person.',
            'Fix: remove the name, or use a general description ("a 4-year-old").',
        )


#: Titles that make the name after them a saint's or a religious figure's.
SAINT_TITLES = frozenset({"san", "santa", "santo", "saint", "st", "sao", "beato", "beata", "sor",
                          "fray", "virgen", "apostol", "apostle"})


#: A pronoun that makes a sentence about a person: "... she'd written herself".
SAID_OF_A_PERSON = re.compile(r"\b(?:she|he|she'd|he'd|her|his|herself|himself|ella|[eé]l)\b",
                              re.I)


def _staff(words: list[Token], policy: Policy) -> bool:
    """The practice's own people (AUTHOR, STAFF_NAMES, the note's author): every word is
    theirs, or one is and the others are no family name ("Kim" in "kim-note.md")."""
    ours = [t.key in policy.names for t in words]
    return all(ours) or (any(ours) and not any(
        t.surname for t, mine in zip(words, ours, strict=True) if not mine))


#: What places have in the news: cases, outbreaks, residents, counties.
PLACE_NEWS = re.compile(
    r"\b(?:cases?|casos?|outbreaks?|brotes?|epidemi[ac]\w*|residents|habitantes|families"
    r"|familias|counties|condados|statewide|nationwide|the state|el estado|la ciudad|the city"
    r"|declar[oó]|reported|report[oó]|rates?|tasas?)\b",
    re.I,
)


#: Before a name, a verb with "le" and its object, then "a": the name is whom "le" stands
#: for, a person ("le leyó un cuento a", "le pusieron los puntos a").
DOUBLED_LE_BEFORE = re.compile(r"\b[Ll]e\s+[a-záéíóúñ]+\b[^.!?\n]{0,80}?\s+a\s+$")


def _age_next(text: str, token: Token) -> bool:
    """The child's age in the next sentence: "Pablito, que lleva desde septiembre encadenando
    uno detrás de otro, ya es un experto. Tiene tres años." (the name leads its sentence)."""
    start, end = sentence_span(text, token.start, token.end)
    return (token.text[:1].isupper() and not text[start : token.start].strip(" *_\"“¡¿-")
            and AGE_NEXT_SENTENCE.match(text, end) is not None)


def _person_cue(text: str, token: Token) -> bool:
    if token.key in SEASON_NAMES and token.cap:
        return _season_person(text, token)
    if token.key in BIG_PLACES and PLACE_NEWS.search(sentence_of(text, token.start, token.end)):
        # "Florida tuvo casos locales": a state has cases too; only a person word before
        # makes it a child there ("la pequeña Florida"); "Austin broke his arm" is a boy
        return PERSON_BEFORE.search(text[max(0, token.start - 40) : token.start]) is not None
    if token.key in MONTHS or token.key in WEEKDAYS or token.key in NOT_PERSON_WORDS:
        return False  # "May ended", "Will your child ..."
    before = text[max(0, token.start - 40) : token.start]
    after = text[token.end : token.end + 80]
    # A name that is also a word needs more than a verb after it: "Hope comes in ounces".
    person_after = PERSON_AFTER_STRONG if token.word else PERSON_AFTER
    if PERSON_BEFORE.search(before) or person_after.match(after):
        return True
    if _speaker(text, token):
        return True
    if _age_next(text, token):
        return True
    # "A Rocío le encontramos anemia": the personal "a", the name, then "le"/"la"/"lo"; in
    # lower case too for a name that is no word ("a sofi se le atoró uno")
    # (mid-sentence too: "Hace un año a Chabela le diagnosticamos diabetes")
    if (token.text[:1].isupper() and re.search(r"(?:^|[.!?¡¿:]\s*|\n|\s)[Aa]l?\s+$", before)
            and re.match(r"\s+(?:le|les|lo|la|se)\s", after)):
        return True
    # the one a doubled "le" points at: "doña Auxiliadora le leyó un cuento a Jazmín", "le
    # pusimos la vacuna a Paz" (the verb's "le" is a person; the capital, a name)
    if (token.text[:1].isupper() and not CAPITAL_NEXT.match(after)
            and DOUBLED_LE_BEFORE.search(
                text, sentence_span(text, token.start, token.end)[0], token.start)):
        return True
    if (not token.cap and not token.word and re.search(r"(?:^|\s)a\s+$", before)
            and re.match(r"\s+(?:se\s+le|le|les|se\s+la|se\s+lo)\s", after)):
        return True
    # Whose rash, cast or visit: "el sarpullido de Rocío", "la varicela de Paz" (a word would
    # not be capitalised there; "la catedral de Santiago" is a city's, "el sobre de Vida
    # Suero Oral" a product's)
    if (token.text[:1].isupper() and token.key not in BIG_PLACES
            and GENITIVE_BEFORE.search(before) and not CAPITAL_NEXT.match(after)
            and _about_life(sentence_of(text, token.start, token.end))):
        return True
    # Spanish personal "a" before a capitalised name in a sentence about a child: "le pusimos
    # la vacuna a Paloma".
    return bool(
        SPANISH_PERSONAL_A.search(before)
        and token.text[:1].isupper()
        and token.key not in BIG_PLACES
        and _about_life(sentence_of(text, token.start, token.end))
    )


def _speaker(text: str, token: Token) -> bool:
    """The speaker of a quote: '"My baby brother is a volcano," Amara explained'."""
    return bool(QUOTE_BEFORE.search(text, max(0, token.start - 4), token.start)
                and SPEECH_AFTER.match(text, token.end))


#: A parent of theirs after the name: "Hope's dad described driving to the ER".
PARENT_AFTER = re.compile(r"['’]s\s+(?:mom|mommy|mum|dad|daddy|mother|father|parents|grandma"
                          r"|grandpa)\b", re.I)
#: A quote just closed before the name, and a verb of speech after it: its speaker.
QUOTE_BEFORE = re.compile(r"[\"”»]\s*$")
SPEECH_AFTER = re.compile(
    r"\s+(?:explained|said|says|asked|told us|told me|announced|insisted|whispered|declared"
    r"|added|replied|reported|giggled|shouted|yelled|dijo|explic[oó]|cont[oó]|pregunt[oó]"
    r"|agreg[oó]|respondi[oó]|coment[oó]|grit[oó])\b"
)
#: A capitalised word next: the name is part of a longer proper name.
CAPITAL_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ]")
#: A thing of someone's, then "de": "el sarpullido de ", "la primera vacuna de ".
GENITIVE_BEFORE = re.compile(
    r"\b(?:el|la|los|las|del|al)\s+(?:[a-záéíóúñ]+\s+)?[a-záéíóúñ]{3,}\s+de\s+$")
#: Seasons that are also girls' names: never a name alone ("Summer is here"), but the first
#: half of one before a family name ("Autumn Reyes").
SEASON_NAMES = frozenset({"summer", "autumn"})


def _season_person(text: str, token: Token) -> bool:
    """A season that is a girl's name here: "little Summer", "Summer finished her ..."; not
    "Summer started the season" (the season did)."""
    return bool(
        PERSON_BEFORE.search(text[max(0, token.start - 40) : token.start])
        or HER_HIS_AFTER.match(text, token.end)
    )


@cache
def _brand_names() -> frozenset[str]:
    """Brands, medicines, vaccines and companies: capitalised, and never a person."""
    return brands() | products()


def _in_place_name(run: list[Token], i: int) -> bool:
    """The word is half of a place's two-word name: "Puerto Rico", "Santo Domingo"."""
    before = f"{run[i - 1].key} {run[i].key}" if i else ""
    after = f"{run[i].key} {run[i + 1].key}" if i + 1 < len(run) else ""
    return before in BIG_PLACES or after in BIG_PLACES


def _word_before_surname(word: Token, name: Token) -> bool:
    """A given name that is also a word, right before a family name that is no word
    ("Summer Nguyen", "Hunter Blake", "River Okafor"): the pair is a full name.

    Alone, "Summer" or "Hunter" needs a person cue; before a family name nobody writes as
    an ordinary word, the word is the name's first half, not a season or a job.
    """
    return (
        (word.given or word.key in SEASON_NAMES)
        and name.surname
        and not name.word
        and word.key not in MONTHS
        and word.key not in WEEKDAYS
        and word.key not in BIG_PLACES
    )


def _full_name_hit(words: list[Token], text: str) -> Hit:
    name = text[words[0].start : words[-1].end]
    return block(
        words[0].start,
        words[-1].end,
        "privacy-name",
        f'"{name}"{FULL_NAME}',
        'Fix: remove the name, or use a general description ("a 4-year-old"). (Staff '
        'pass once they sign a note, "Author: Name", or are in STAFF_NAMES; public people '
        "go in PRIVACY_ALLOWED_NAMES in pelicanconf.py.)",
    )


def _given_hit(token: Token, text: str) -> Hit:
    return warn(
        token.start,
        token.end,
        "privacy-name",
        f'"{text[token.start : token.end]}" looks like a person\'s name{ABOUT_LIFE} (Staff '
        'pass once they sign a note, "Author: Name", or are in STAFF_NAMES in pelicanconf.py.)',
    )


def _unknown_before_surname(word: Token, name: Token, policy: Policy, text: str) -> bool:
    """A capitalised word no list and no dictionary knows, right before a family name:
    "Xavian Okafor had a fever" is one person's full name (the lexicon keeps a country's
    top 800 given names; children are given many more). Not in a public address (a slug, a
    file name), whose words are anything the writer chose."""
    return (name.surname and not name.word and _start_of_name(word)
            and word.key not in policy.names and ADDRESS_CONTEXT not in text)


def _start_of_name(word: Token) -> bool:
    """Whether a capitalised word could only be a name: no given name or family name the
    lexicon holds, no word, no place, no month, long enough."""
    return (word.text[:1].isupper() and not word.text.isupper() and len(word.key) >= 4
            and not (word.given or word.surname or word.word or dictionary_word(word.key))
            and word.key not in BIG_PLACES and word.key not in MONTHS
            and word.key not in WEEKDAYS and word.key not in NOT_PERSON_WORDS
            and word.key not in _brand_names())


def _said_in_full(run: Sequence[Token], i: int, text: str) -> bool:
    """ "Esperanza Reyes Santos recibió ...": every word of the run from i on a name, and the
    whole of it said of someone, though each word is also a word; or a given name and a
    last word no list and no dictionary knows, said of someone ("Mia Thornbury got")."""
    rest = run[i + 1 :]
    unknown_last = bool(rest) and all(w.given or w.surname for w in rest[:-1]) and not (
        rest[-1].given or rest[-1].surname or rest[-1].word
        or dictionary_word(rest[-1].key) or len(rest[-1].key) < 3)
    # ("Amber Brooks came in Tuesday with a broken wrist": a given name, a family name and
    # what only a patient does)
    if (len(run) - i == 2 and run[i].given and rest[-1].surname
            and PATIENT_AFTER.match(text, run[-1].end)):
        return True
    after = PERSON_AFTER if unknown_last else PERSON_AFTER_STRONG
    return (len(run) - i > 1 and run[i].given
            and (all(w.given or w.surname for w in rest) or unknown_last)
            and not PERSON_BEFORE.search(run[i].text + " ")  # "Meet Leo, our ..."
            and after.match(text[run[-1].end : run[-1].end + 60]) is not None)


#: Words before a name that make it no private person's, yet may lead a patient's own name
#: when they are its first word: family names ("Park Seo-yeon"), given names ("Prince
#: Okafor"), places and saints (read by the place and saint rules).
PERSON_TITLE_WORDS_NAMES = frozenset({"prince", "san", "santa", "saint", "st", "st.", "park",
                                      "lake", "fort", "port", "cape", "mount", "mt"})


def _capitalised(text: str, policy: Policy, tokens: Sequence[Token]) -> Iterator[Hit]:
    in_address = ADDRESS_CONTEXT in text  # a tag, a slug, a file name (see below)
    for run in _runs(tokens, text):
        if len(run) > 1 and (" ".join(t.key for t in run) in BIG_PLACES
                             or fold(text[run[0].start:run[-1].end]) in BIG_PLACES
                             or (len(run) > 2 and not (run[0].given or run[0].surname)
                                 and fold(text[run[1].start:run[-1].end]) in BIG_PLACES)):
            continue  # "Puerto Rico", "Carolina del Norte": a place, whatever its words are
        if len(run) > 1 and all(t.key in BIG_PLACES for t in run) and not (
                len(run) == 2 and run[0].given and run[-1].surname):
            continue  # "Virginia Chicago" (a slug's words): a state and a city, no person
            # ("Santiago Ibarra": a given name and a family name, both also cities)
        # The name starts at the first given name that is not a sentence-start word.
        start = next(
            (
                i
                for i, t in enumerate(run)
                if (t.given or (t.key in SEASON_NAMES and _season_person(text, t)))
                and not _in_place_name(run, i)
                and not (
                    t.word
                    and SENTENCE_START.search(text[max(0, t.start - 8) : t.start])
                    and not PERSON_AFTER.match(text[t.end : t.end + 80])
                    and not _said_in_full(run, i, text)
                    and not _speaker(text, t)
                )
            ),
            None,
        )
        # "Meet Leo": a word that is also a name, then a name said of a person.
        if (start is not None and run[start].word and not _person_cue(text, run[start])
                and not _said_in_full(run, start, text)):
            start = next(
                (
                    i
                    for i in range(start + 1, len(run))
                    if run[i].given and _person_cue(text, run[i])
                ),
                start,
            )
        if start is None:
            if len(run) > 1 and (hit := _unknown_full_name(run, text, policy)):
                yield hit
            else:
                # "Little Tavi spent ...": the cue word leads the run, the name follows it
                # (and what follows is said of a person: "Little Village" is a neighbourhood)
                cue_first = (len(run) == 2 and (PERSON_BEFORE.search(run[0].text + " ")
                                                or run[0].text in ("A", "Al"))
                             and not dictionary_word(run[1].key)
                             and PERSON_AFTER.match(text[run[1].end : run[1].end + 60]))
                # ("A Cuchito, que tiene dos años, su abuela le preparó": the personal "a")
                yield from _cued_unknown(run[1] if cue_first else run[0], text, policy)
            continue
        while (
            start > 0
            and (
                (run[start - 1].given and run[start - 1].key not in NOT_PERSON_WORDS
                 and (run[start - 1].key in COMPOUND_FIRST or not run[start - 1].word))
                or _word_before_surname(run[start - 1], run[start])
                or _unknown_before_surname(run[start - 1], run[start], policy, text)
            )
        ):
            start -= 1  # "María José Pérez": a sentence-start name that is also a word
        if start > 0 and PERSON_BEFORE.search(text[max(0, run[0].start - 40) : run[0].start]) and (
                not any(t.word or dictionary_word(t.key) for t in run[:start])):
            start = 0  # "La adolescente Hibaq Warsame Ali": the person word leads the name
        words = run[start:]
        if any(t.key in MONTHS or t.key in WEEKDAYS for t in words[1:]):
            words = words[
                : next(
                    i for i, t in enumerate(words) if i and (t.key in MONTHS or t.key in WEEKDAYS)
                )
            ]
        if _staff(words, policy) or _not_a_person(text, words[0], words[-1]):
            continue
        if (len(words) > 1 and words[0].key in NOT_A_PERSON_BEFORE
                and words[0].key not in PERSON_TITLE_WORDS_NAMES):
            continue  # "Imam Yusuf Mahdi", "Coroner Beatrice Lang": a title leads the name
        if start > 0 and not run[0].given and _not_a_person(text, run[0], words[-1]):
            continue  # "la fiesta de San Judas Tadeo": the whole proper name is a saint's
        if any(t.key in SAINT_TITLES for t in run[:start]) or any(
                t.key in SAINT_TITLES for t in run[start + 1 :]):
            continue  # "visitan a San Judas Tadeo", "el Viejo San Juan": a saint or a place
        if any(t.key in NOT_A_PERSON_AFTER for t in words[1:]) and not (
                KIN_AFTER.match(text, words[-1].end) or _place_word_surname(text, words)):
            continue  # "Maple Street Pediatrics", "Lincoln Park Zoo": a place or an institution
            # ("Jess Park's mom" is a child's mother, "Seo-yeon Park came in" a patient: a
            # place has neither)
        if (words[0].key in _brand_names() and len(words) > 1
                and PERSON_AFTER_STRONG.match(text[words[-1].end : words[-1].end + 80])):
            pass  # "Frida Reséndez, age 6,": a brand's name is a girl's, said with her age
        elif words[0].key in _brand_names() or (
                len(words) == 1 and words[0].key in PUBLIC_FIGURES) or (
                # an address writes "Medi-Cal" as "medi-cal": its halves are no name
                len(words) > 1 and f"{words[0].key}-{words[1].key}" in _brand_names()):
            continue
        first, rest = words[0], [t for t in words[1:] if t.key not in PARTICLES]
        compound = (
            len(rest) == 1 and first.key in COMPOUND_FIRST and rest[0].key in compound_given()
        )
        # A family name: a known surname, or (after a given name that is not also a word) a
        # capitalised word the lexicon does not know ("Liv van der Stael").
        # In a Title Case heading every word is capitalised: the name is the given name and
        # the known surnames right after it, not the rest of the heading.
        titled = _title_case(sentence_of(text, first.start, first.end))
        if titled and _is_public(words, text, policy):
            continue  # "Goodnight Moon by Margaret Wise Brown"
        if titled:
            # (a word no list and no dictionary knows is a family name too: "What Keanu
            # Makoa Taught Us")
            end = next((i for i, t in enumerate(rest)
                        if t.word or not (t.surname or (not t.given and len(t.key) > 2
                                                        and t.key not in common_words()))),
                       len(rest))
            rest = rest[:end]
            words = [first, *rest]
        # ("el Vida Suero Oral": after a word, with no person cue, a family name that is also
        # a word is a word; "Rosa Flores tuvo varicela" is a girl)
        weak_pair = first.word and not _person_cue(text, first) and not (
            PERSON_AFTER.match(text[words[-1].end : words[-1].end + 60]))
        # A tag, a slug, a file name: topic words run together ("elmo-handwashing",
        # "guadalupe-mananitas"); a word the dictionary knows is no family name there, and a
        # public one-name figure leads a topic, not a full name.
        if in_address and first.key in PUBLIC_FIGURES and not any(t.surname for t in rest):
            continue
        has_family = any(
            (t.surname and not (weak_pair and t.word))
            or (not (first.word or t.given or t.word or titled)
                and not (in_address and dictionary_word(t.key)))
            # a second given name no one gives as a middle name is a family name, as
            # patronymics are ("Priya Raghunathan", "Ahmed Khalil")
            or (len(rest) == 1 and t.given and not t.word and not first.word
                and t.key not in compound_given() and first.key not in COMPOUND_FIRST)
            for t in rest
        ) or (words == run[start:] and _said_in_full(run, start, text))
        if (
            rest
            and has_family
            and not compound
            and not (
                first.word
                and not (_person_cue(text, first) or _person_cue(text, words[-1])
                         or (words == run[start:] and _said_in_full(run, start, text)))
                and (
                    all(t.word for t in rest)
                    or (
                        SENTENCE_START.search(text[max(0, first.start - 8) : first.start])
                        and not any(t.surname and not t.word for t in rest)
                    )
                )
            )
        ):
            if _is_public(words, text, policy) or _media(text, words[0]):
                continue
            yield _full_name_hit(words, text)
            continue
        end_token = rest[0] if compound else first
        if (
            not rest
            and SENTENCE_START.search(text[max(0, first.start - 8) : first.start])
            and (IMPERATIVE_AFTER.match(text[first.end : first.end + 12])
                 or (first.word and PREPOSITION_AFTER.match(text, first.end)))
        ):
            continue  # "Siga las instrucciones", "Lleve a su hijo": a verb, not a name
            # ("Chuy con su yeso" is a boy: a preposition after a plain name says nothing)
        if (first.word or first.key in BIG_PLACES) and not (
            _person_cue(text, first) or _person_cue(text, end_token)
            or (not rest and _capitalised_mid_clause(text, first))
        ):
            continue  # "Hope is ...", "Washington state had ...": a word or a place
        sentence = sentence_of(text, first.start, first.end)
        # Mid-sentence, a capitalised given name that is not also a word or a place is a
        # person; at the start of a sentence it may be a heading's word, so the sentence must
        # be about someone's health or life.
        mid_sentence = not SENTENCE_START.search(text[max(0, first.start - 8) : first.start])
        plain_name = not first.word and first.key not in BIG_PLACES
        if not (mid_sentence and plain_name) and not _about_life(sentence) and not (
                plain_name and (SPANISH_SUBJECT_AFTER.match(text, end_token.end)
                                or SUBJECT_AFTER.match(text, end_token.end)
                                or PERSON_AFTER.match(text[end_token.end : end_token.end + 80])
                                or _age_next(text, first))):
            continue
        # The name does something with "her"/"his" ("Hunter had his tubes put in ... hearing
        # the TV"): a media word elsewhere in the sentence makes nobody public.
        # ("Eitan's cast came off": his cast, whatever else the sentence names)
        said_of_a_person = (HER_HIS_AFTER.match(text, first.end) is not None
                            or MINE_AFTER.match(text, end_token.end) is not None
                            or PARENT_AFTER.match(text, end_token.end) is not None)
        if _media(text, first):
            continue  # "In Marc Brown's book, Arthur can't see the board": a character
        if _public_elsewhere(text, first, policy) or (
            _is_public(words, text, policy) and not (said_of_a_person and _about_life(sentence)
                                                     and not _known_public(words, policy))
        ):
            continue
        if first.key == "ella" and SPANISH_AFTER_PRONOUN.match(text, end_token.end):
            continue  # "Ella luchó contra el tabaco": Spanish "she", not Ella
        if (first.word and text[max(0, first.start - 1) : first.start] == "¡"
                and re.match(r"\s*[,!]", text[end_token.end : end_token.end + 3])):
            continue  # "¡Socorro, se tragó una pila!": a cry, not a name ("¡Nacho ya se lava
            # los dientes!" is a boy)
        yield _given_hit(Token(first.start, end_token.end, "", first.key), text)


def _capitalised_mid_clause(text: str, token: Token) -> bool:
    """A given name that is also a word, capitalised where the word never would be: after a
    lower-case word or a comma, then a verb ("After his tubes, Memo finally sleeps").

    The capital is the writer saying "this is a name"; the sentence must still be about
    someone's life (asked later), and a place, a month or a season is not taken this way.
    """
    if (not token.given or token.key in BIG_PLACES or token.key in SEASON_NAMES
            or token.key in MONTHS or token.key in WEEKDAYS or token.key in NOT_PERSON_WORDS):
        return False
    before = text[max(0, token.start - 30) : token.start]
    if not re.search(r"(?:(?<![\w'’-])[a-záéíóúñ][\w'’-]+|,)\s+$", before) or re.search(
            r"\b(?:the|la|el|los|las|our|a|an)\s+$", before):
        return False
    return CAPITALISED_VERB_AFTER.match(text, token.end) is not None


#: A verb right after the capitalised word (an adverb between allowed).
CAPITALISED_VERB_AFTER = re.compile(
    r"\s+(?:(?:finally|now|still|already|just|even|also|never|always|really|soon|ya|todav[ií]a"
    r"|siempre|nunca|tambi[eé]n)\s+)?(?:[a-z]{3,}(?:s|ed)|is|was|has|had|can|could|will|won't"
    r"|did|does|didn't|doesn't|got|went|came|ate|slept|woke|fell|broke|took|ran|made|said|told"
    r"|[a-záéíóúñ]{3,}(?:[oó]|i[oó]|aba|[ií]a))\b"
)


#: After a sentence-start word that is also a word, a preposition: the word is a verb.
PREPOSITION_AFTER = re.compile(r"\s+(?:con|en|de|del|por|para|que)\b", re.I)
#: After "Ella", Spanish words: the pronoun "she" ("Ella luchó", "Ella es", "Ella no sabía").
SPANISH_AFTER_PRONOUN = re.compile(
    r"\s+(?:[a-záéíóúñ]+(?:ó|aba|ía)|es|está|estaba|fue|era|tiene|dijo|sabe|vive|quiere"
    r"|puede|también|siempre|nunca|se|le|lo|la|me|nos|ya|y|misma"
    r"|no\s+(?:[a-záéíóúñ]+(?:ó|aba|ía)|es|está|sabe|tiene|puede|quiere|quería))\b"
)
#: After a sentence-start word, an article or a Spanish infinitive: the word is a verb
#: ("Pida una cita", "Suelen doler las pantorrillas", "Pueden tener fiebre").
IMPERATIVE_AFTER = re.compile(
    r"\s+(?:la|las|los|el|a|al|su|sus|un|una|unos|unas|lo|le|les"
    r"|the|a|an|your|this|these|those|it|them|him|her|us|me"
    # the infinitives a Spanish modal verb takes ("Suelen doler", "Pueden tener", "Deben usar")
    r"|tener|ser|estar|hacer|ir|dar|ver|doler|usar|comer|dormir|tomar|llevar|pasar|durar"
    r"|causar|ayudar|empezar|comenzar|aparecer|necesitar|llamar|venir|salir|subir|bajar"
    r"|recibir|vacunar(?:se)?|lavar(?:se)?|jugar|beber|llorar|toser|vomitar|sentir(?:se)?"
    r"|mejorar|empeorar|contagiar|provocar|producir|presentar|cambiar|aumentar|evitar|ocurrir"
    r"|seguir|volver|poner|traer|pedir|buscar|revisar|consultar|acudir|esperar|notar|tardar)\b",
    re.I,
)


def _title_case(sentence: str) -> bool:
    """A heading or a title written in Title Case ("How Mateo Beat His Asthma")."""
    words = [
        w
        for w in re.findall(rf"[{_L}]{{3,}}", sentence)
        if fold(w) not in given_names() and fold(w) not in surnames()
    ]
    return len(words) >= 2 and sum(1 for w in words if w[0].isupper()) * 4 >= len(words) * 3


SPANISH_PERSONAL_A = re.compile(
    r"\b(?:le|les|lo|la)\s+(?:\w+\s+){1,4}a\s+$|\b(?:vimos|atendimos|vacunamos|revisamos"
    r"|felicitamos|conocimos|examinamos|operamos|ayudamos)\s+a\s+$"
    # cheered on by name: "ánimo a todos, especialmente a Pancho", "un abrazo a Memo"
    r"|\b(?:especialmente|sobre todo|en especial|abrazo|abrazote|besito|saludo|saludos|[aá]nimo"
    r"|porras|aplauso|felicidades|gracias)\s+a\s+$",
    re.I,
)


def _unknown_full_name(run: list[Token], text: str, policy: Policy) -> Hit | None:
    """Two capitalised words the lexicon does not know, said of a person ("her son Babatunji
    Ogunwobi", "Sithembiso Ndlandla came in with ..."): a full name all the same."""
    words = [t for t in run if t.key not in PARTICLES]
    while words and words[0].word and len(words) > 2:
        words = words[1:]  # "What Keanu Makoa taught us": the heading's first word
    run = words
    # ("Lunna Pastor came in Tuesday": a family name that is also a word, then what only a
    # patient does)
    patient = bool(run) and run[-1].surname and PATIENT_AFTER.match(text, run[-1].end)
    if any(
        (t.word and not (patient and t is run[-1]))
        or (t.key in common_words() and not (patient and t is run[-1]))
        or t.text.rstrip("s").isupper()
        or t.key in BIG_PLACES
        or t.key in MONTHS
        or t.key in WEEKDAYS
        or t.key in NOT_A_PERSON_AFTER
        or t.key in _brand_names()
        or t.key in policy.names
        or len(t.key) < 3
        for t in words
    ):
        return None
    before = text[max(0, run[0].start - 40) : run[0].start]
    after = text[run[-1].end : run[-1].end + 40]
    # a tag or a slug that is two such words, the last a family name: "harjot-sandhu"
    whole_address = (len(run) == 2 and run[-1].surname and not text[: run[0].start].strip()
                     and text[run[0].end : run[1].start] == " "
                     and text.startswith(ADDRESS_CONTEXT, run[-1].end))
    if not (PERSON_BEFORE.search(before) or KIN_BEFORE.search(before) or PERSON_AFTER.match(after)
            or whole_address):
        return None
    if _not_a_person(text, run[0], run[-1]) or _is_public(run, text, policy):
        return None
    if not _about_life(sentence_of(text, run[0].start, run[-1].end)):
        return None
    return _full_name_hit(run, text)


#: After a capitalised word, an English function word and another capitalised word: the
#: title of a campaign, a book or a program ("called Safe to Sleep", "named Reach Out and
#: Read"), not a person ("her son Babatunji"). Spanish particles (de, la) are left out: they
#: join family names ("su hija Itzel de la Cruz").
TITLE_AFTER = re.compile(
    r"[ \t]+(?:to|of|the|for|a|an|out)[ \t]+[A-Z]"
)


def _cued_unknown(token: Token, text: str, policy: Policy) -> Iterator[Hit]:
    """A capitalised word the lexicon does not know, said of a person: right after "her dad",
    "su mamá" (whatever the word), or, when no dictionary knows it either, with a person cue
    around it ("Tsosie had a fever", "shout-out to Kaysen")."""
    if token.key in policy.names or token.key in BIG_PLACES or len(token.key) < 3 or (
            token.word and not _word_named_by_a_child_cue(token, text)):
        return  # (a word is a name only by what only a child has: "Moose, who came in")
    if TITLE_AFTER.match(text, token.end):
        return
    if CHARACTER_KIN_BEFORE.search(text[max(0, token.start - 80) : token.start]):
        return  # "Bluey, Bingo and their dad Bandit": a show's family
    if not KIN_BEFORE.search(text[max(0, token.start - 30) : token.start]) and not (
        _unknown_said_of_a_person(token, text, policy)
    ):
        return
    if HISTORY_YEAR.search(paragraph(text, token.start)):
        return  # "Lincoln's son Tad was born with a cleft palate" (1809): history
    # (what only a child does says who; the story around it says it is theirs: "Mele refused
    # water for a day and a half ... That got her drinking again and her diapers wet")
    strong = PERSON_AFTER_STRONG.match(text[token.end : token.end + 80]) is not None
    if _about_life(sentence_of(text, token.start, token.end)) or (
            strong and _about_life(paragraph(text, token.start))):
        yield _given_hit(token, text)


#: Words that stand for a person without naming one: "Everyone had his shots", "Nobody
#: brought her inhaler", "Mom had her flu shot".
STANDS_FOR_A_PERSON = frozenset({
    "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "one",
    "another", "either", "neither", "none", "whoever", "alguien", "nadie", "cada", "todos",
    "everyone's", "mama", "mami", "papa", "papi", "abuela", "abuelo", "tia", "tio", "bebe",
    "nurse", "doctor", "doc", "coach", "teacher", "enfermera", "doctora", "maestra", "maestro",
})


#: After a word, what only a child has: a verb, then his or her visit, shots, cast, bottle
#: or parent ("Pip had his two-month shots", "Bean finished her bottle").
CHILD_THINGS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}?(?:his|her)\s+(?:own\s+|first\s+|new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:visit|checkup|check-up|follow-up|appointment|shots?|vaccines?|cast|brace|inhaler"
    r"|bottle|pacifier|diapers?|tonsils|stitches|mom|dad|mommy|daddy|grandma|grandpa"
    r"|grandmother|grandfather)\b"
    # ... or came in on a given day with what brought them: "Mocha came in Tuesday with
    # white, numb patches", "Pipo llegó el jueves con una sonrisa" ("Flu season came in
    # early" names no day)
    r"|\s+(?:came in|came by|showed up|stopped by|llegó|llego|vino)\s+(?:on\s+|el\s+|this\s+)?"
    rf"(?:{WEEKDAY}|today|yesterday|morning|hoy|ayer)\w*\s+"
    r"(?:(?:morning|afternoon|night|pasado|por la \w+)\s+)?(?:with|con)\b"
    # ... or, in a relative clause right after it, came in, or was a child of an age, or
    # had their own visit: "Moose, who came in with a greenstick fracture", "Pip, who at
    # four ate nothing but crackers" (a thing is "which"; an organisation "who donated")
    r"|,\s*who\s+(?:came in|came back|was seen|was born|was diagnosed|was admitted"
    r"|(?:at|was|is|turned|just turned)\s+(?:age\s+)?(?:\d{1,2}|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:%|years? ago|o['’]clock|p\.?m|a\.?m)))"
    r"|,\s*who\b[^.!?;\n]{0,80}?\b(?:his|her)\s+(?:own\s+|first\s+|new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:visit|checkup|check-up|follow-up|appointment|shots?|vaccines?|cast|inhaler|bottle"
    r"|pacifier|diapers?|tonsils|stitches|mom|dad|mommy|daddy)\b"
    # ... or told, showed or drew the writer something: "Pipo me confesó muy serio", "Bean
    # whispered to me", "Peanut showed me her loose tooth"
    r"|\s+(?:me|nos)\s+(?:trajo|dijo|confes[oó]|cont[oó]|ense[ñn][oó]|mostr[oó]|regal[oó]"
    r"|dibuj[oó]|escribi[oó]|abraz[oó]|pregunt[oó]|pidi[oó])\b"
    r"|\s+(?:told|showed|asked|hugged|drew|whispered to)\s+(?:me|us)\b"
    # ... or did something, and the same sentence tells of their own visit or inhaler:
    # "Boo traded all five of hers for a stuffed narwhal at her 2-year visit", "Indigo found
    # that out the hard way, when her rescue inhaler sputtered empty"
    r"|\s+(?:[a-z]{3,}ed|found|traded|took|got|gave|brought|threw|wore|ate|drank|slept|fell"
    r"|broke|lost|won|ran|rode|swam|learned|learnt|came)\b[^.!?\n]{0,100}?\b(?:his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|checkup|check-up|follow-up|appointment|shots|vaccines"
    r"|cast|inhaler|stitches|pediatrician)\b",
    re.I)


def _word_named_by_a_child_cue(token: Token, text: str) -> bool:
    """A dictionary word that is a child's nickname here, by what only a child has after it:
    "Pip had his two-month shots", "Bean finished her bottle" (a pip and a bean have no
    shots; "Mom had her flu shot", "Everyone got his shots" and "Kids need their shots"
    name nobody)."""
    return (CHILD_THINGS_AFTER.match(text, token.end) is not None
            and not token.key.endswith("s")  # "Teens", "Measles": plural or a disease
            and token.key not in NOT_PERSON_WORDS and token.key not in STANDS_FOR_A_PERSON
            and not PERSON_BEFORE.search(token.text + " "))


def _unknown_said_of_a_person(token: Token, text: str, policy: Policy) -> bool:
    if ((token.key in common_words() and not _word_named_by_a_child_cue(token, text))
            or token.key in _brand_names()
            or token.text.rstrip("s").isupper()
            or sum(c.isupper() for c in token.text) > 1 or "'" in token.text or "’" in token.text
            or token.key in MONTHS or token.key in WEEKDAYS or "-" in token.key
            or (len(token.key) > 6 and token.key.endswith("ing"))):  # "Handwashing is still"
        return False
    if SPANISH_IMPERATIVE.fullmatch(token.text):
        return False  # "Apáguela cuando nadie la ve": a verb and its pronoun
    if token.text.endswith("í") and re.match(
            r"\s+(?:en|con|a|al|de|del|entre|que|el|la|los|las|un|una|mucho|poco|sol[oa]"
            r"|\w+(?:ando|iendo))\b",
            text[token.end : token.end + 12]):
        return False  # "Crecí en San Miguel", "Aprendí a": a verb in the first person
    before = text[max(0, token.start - 40) : token.start]
    after = text[token.end : token.end + 40]
    if PLACE_PREPOSITION_BEFORE.search(before):
        return False  # "a girl from Divernon was diagnosed": a town (the place rules read it)
    if _public_elsewhere(text, token, policy) or HISTORY_YEAR.search(paragraph(text, token.start)):
        return False  # "Edward Jenner (1796) ... anything Jenner had": the same public man
    personal_a = (re.search(r"(?:^|\s)[Aa]\s+$", before)  # "a Chabela le diagnosticamos"
                  and re.match(r"\s+(?:le|les|lo|la|se)\s", after))
    if not (PERSON_BEFORE.search(before) or PERSON_AFTER.match(after) or personal_a
            or _word_named_by_a_child_cue(token, text)):
        return False
    return not (_not_a_person(text, token, token) or _is_public([token], text, policy))


#: A Spanish command with its pronoun joined, which takes a written accent: "Apáguela",
#: "Dígale", "Llévelo", "Tómese" (a name of that shape, "Ángela", is in the lexicon).
SPANISH_IMPERATIVE = re.compile(
    r"[A-ZÁÉÍÓÚ][a-zñ]*[áéíóú][a-zñ]*(?:la|lo|le|las|los|les|se|me|nos|te)")


#: Before an unknown capitalised word, a preposition of place: the word is a place.
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|in|near|outside|to|into|at|of|de|en|desde|cerca de|del)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:(?:tiny|small|little|rural|peque[ñn]o)\s+)?(?:(?:town|city|village|county|pueblo|ciudad"
    r"|municipio|rancho)\s+(?:of|de)\s+)?$",
    re.I,
)


#: In lower case, "x de y" is Spanish prose ("no tenga pena de pedir ayuda"), not a name
#: with a particle, unless what follows "de" is a family name ("maría de la fuente").
SPANISH_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
#: After a lower-case name, what a person does: "little hazel was walking", "baby rose had".
LOWER_PERSON_VERB = re.compile(
    # (any verb in the past ending in -ed: "walked", "picked", "installed")
    r"\s+(?:was|is|had|has|got|came|went|did|loves|told|chose|made|won|lost|[a-z]{3,}ed"
    r"|who|for\s+(?:being|finally|getting|learning|trying)"
    r"|fue|est[aá]|estuvo|tuvo|vino|ya)\b"
)
#: In lower case, an article before the word makes it a noun ("la reina del carnaval"),
#: not a given name ("felicidades a maría de la fuente").
ARTICLE_BEFORE = re.compile(r"\b(?:la|el|los|las|una?|the|a|an)\s+$", re.I)
#: Articles that are also name particles ("El-Amin", "La Torre") join a name only when
#: capitalised: in lower case they are articles ("que los niños miren el desfile").
LOWER_ARTICLES = frozenset({"el", "la", "las", "los", "le", "al"})


#: A lower-case word-name owning a body part, a symptom or a relative: "bobby's eye was
#: goopy", "hunter's mom called" (a bobby's helmet is a policeman's, and has no fever).
LOWER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:eyes?|ears?|arms?|legs?|hands?|feet|foot|knees?|nose|throat"
    r"|tummy|belly|head|skin|rash|fever|cough|cast|stitches|tonsils|teeth|tooth|mom|mommy|dad"
    r"|sunburn|blisters?|burns?|scar|cavit(?:y|ies)|molars?|bloodwork|labs|x-?rays?"
    r"|mouth|sores?|lips?|tongue|gums|chin|face|wrist|ankle|shoulder|bruise|scrape|cut|bump"
    r"|daddy|mother|father|parents|sister|brother|grandma|grandpa|teacher|shots?|check-?up"
    r"|visit|appointment|surgery|allergy|asthma|inhaler|(?:first|second|third|fourth|\w+th)"
    r"\s+(?:cold|ear infection|flu|fever|strep|visit|shot))\b"
)
#: Before a lower-case word-name, a word that makes it a thing: "poison ivy's rash".
NOT_AN_OWNER_BEFORE = re.compile(
    r"\b(?:poison|english|boston|the|a|an|this|that|its|which|each|every|either|other|one"
    r"|his|her|their|your|our|my)\s+$", re.I)
#: Spanish verbs that are also given names or surnames in lower case ("han", "ha", "sido").
SPANISH_AUXILIARIES = frozenset({"han", "ha", "he", "hemos", "habia", "sido", "son", "era",
                                 "eran", "fue", "fueron", "esta", "estan", "estaba", "ido"})
#: Before a capitalised owner, words that make it a thing's or a place's: "the Ford's
#: engine", "a Kawasaki's wheels", "New York's kids".
_NOT_AN_OWNER_CAP_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|which|each|every|his|her|their|your|our|my|el|la|los|las"
    r"|un|una|New|San|Santa|Saint|St\.?|Fort|Lake|Mount|Port)|[A-Z][\w'’-]*)\s+$")


_SHOW = re.compile(SHOWS)
_OWNED_KIN = re.compile(r"\b(?:mom|mommy|dad|daddy|mother|father|parents|sister|brother|grandma"
                        r"|grandpa|teacher)$")


def _owners(text: str, policy: Policy, tokens: Sequence[Token]) -> Iterator[Hit]:
    """A capitalised word owning a relative, a body part or a symptom: "Deja's dad does a
    fake sneeze", "Junior's molars" (`LOWER_POSSESSIVE`). Whatever the word (a nickname, a
    dictionary word, a name no list knows), only a person has a dad or molars. Not in a
    sentence about a show ("In Encanto, Mirabel's sister"); a brand's, a place's, a public
    person's and the practice's own people are the rules' as everywhere."""
    for token in tokens:
        owned = LOWER_POSSESSIVE.match(text, token.end)
        if not token.cap or len(token.key) < 3 or owned is None:
            continue
        if (token.key in policy.names or token.key in STANDS_FOR_A_PERSON
                # ("Swimmer's ear", "Children's ears", "Today's shots": a word's ear is
                # anyone's; a word with a dad is a nickname: "Bean's dad")
                or (token.key in common_words() and token.key not in given_names()
                    and _OWNED_KIN.search(owned.group()) is None)
                or token.key in NOT_PERSON_WORDS or token.key in MONTHS
                or token.key in WEEKDAYS or token.key in place_names()
                or token.key in _brand_names() or token.key in products()
                or _NOT_AN_OWNER_CAP_BEFORE.search(text[max(0, token.start - 30):token.start])
                or _SHOW.search(sentence_of(text, token.start, token.end))):
            continue
        if (_public_elsewhere(text, token, policy) or _is_public([token], text, policy)
                or _not_a_person(text, token, token)
                or HISTORY_YEAR.search(paragraph(text, token.start))):
            continue
        yield _given_hit(token, text)


def _thanked_unknown(text: str, tokens: Sequence[Token], i: int) -> Hit | None:
    """Two lower-case words, each a name or no word at all, thanked or congratulated, then
    what follows a name ("thanks to adesoji afonja for the cookies", "thanks to tina sanders
    for ..."): names from beyond the lists, typed in a hurry."""
    if i + 1 >= len(tokens):
        return None
    first, last = tokens[i], tokens[i + 1]
    before = text[max(0, first.start - 30) : first.start]
    if not (SHOUT_OUT_BEFORE.search(before) or GREETED_BEFORE.search(before)):
        return None
    if not re.fullmatch(r"[ \t]+", text[first.end : last.start]) or not re.match(
            r"\s*(?:,|!|\.|for\b|who\b|and\b|on\b|por\b|que\b)", text[last.end :]):
        return None
    if any(t.cap or len(t.key) < 3 or not t.key.isalpha() or t.key in _brand_names()
           or t.key in BIG_PLACES or t.key in NOT_PERSON_WORDS for t in (first, last)):
        return None
    unknown = [not (t.word or dictionary_word(t.key)) for t in (first, last)]
    # each word a name or no word at all ("tina sanders", "adesoji afonja"), one of them no word
    if not (any(unknown) and (first.given or all(unknown)) and (last.surname or unknown[1])):
        return None
    return _full_name_hit([first, last], text)


#: Thanked, welcomed, met by name: "thanks to ruby ...", "welcome, baby june".
GREETED_BEFORE = re.compile(
    r"\b(?:thanks|thank you|welcome|meet|say hi to|happy (?:\w+ )?birthday|gracias|bienvenid[oa]"
    r"|(?:so\s+|very\s+|super\s+)?proud of|orgullos[oa]s? de)"
    r"(?:\s+to)?[\s,]+(?:baby\s+|little\s+)?$", re.I)
#: Praise said to someone by name: "shoutout to ember who ...", "congrats to hunter for ...".
SHOUT_OUT_BEFORE = re.compile(
    r"\b(?:shout-?outs?|shout outs?|congrats|congratulations|kudos|props|big hugs?|high fives?"
    r"|felicidades|un aplauso|bravo)\s+(?:to|a|para)\s+$",
    re.I,
)


#: A Spanish clitic pronoun right before a word: the word is a verb ("nos dan pena", "se
#: dan cuenta", "le dan risa").
CLITIC_BEFORE = re.compile(r"\b(?:nos|les|me|te|se|le|lo|los|las|os)\s+$")


#: Adverbs some name lists hold as given names ("Just", "Ever"): in lower case, never names.
LOWER_CASE_ADVERBS = frozenset({
    "just", "still", "also", "only", "even", "really", "already", "always", "never",
    "finally", "now", "then", "again", "too", "ever", "soon", "almost", "once",
})


def _lower_case(text: str, policy: Policy, tokens: Sequence[Token]) -> Iterator[Hit]:
    """Names typed in lower case: "so proud of jamal today", "shoutout to luc van olst"."""
    for i, token in enumerate(tokens):
        if token.cap or len(token.key) < 3 or token.key in policy.names or token.text.isupper():
            continue
        if token.text[-1] in "áó" or token.key in SPANISH_AUXILIARIES:
            continue  # "dará", "llegó", "han sido": a Spanish verb, folded into a name
        if token.key in LOWER_CASE_ADVERBS:
            continue  # "wonder if their baby just got a B+": "Just" is a name, "just" is not
        if CLITIC_BEFORE.search(text, max(0, token.start - 6), token.start):
            continue  # "cosas que nos dan pena": after a clitic pronoun, a Spanish verb
        if (hit := _thanked_unknown(text, tokens, i)) is not None:
            yield hit  # "thanks to adesoji afonja for the cookies"
            continue
        if token.word:
            # "little hazel was walking again": a name that is also a word, in lower case,
            # only between a person word and what a person does
            before = text[max(0, token.start - 30) : token.start]
            cued = ((KIN_BEFORE.search(before) or SHOUT_OUT_BEFORE.search(before)
                     or re.search(r"\b(?:poor|little|sweet|brave|tiny|pobre|pobrecit[oa]|grandpa"
                                  r"|grandma|nana|aunt|auntie|uncle|t[ií][oa]|abuel[oa])\s+$",
                                  before, re.I))
                    and LOWER_PERSON_VERB.match(text, token.end))
            owner = (LOWER_POSSESSIVE.match(text, token.end)
                     and not NOT_AN_OWNER_BEFORE.search(before))
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (token.given and nxt is not None and not nxt.cap and nxt.surname
                    and not nxt.word and len(nxt.key) > 3
                    and re.fullmatch(r"[ \t]+", text[token.end : nxt.start])
                    and (SHOUT_OUT_BEFORE.search(before) or GREETED_BEFORE.search(before))):
                yield _full_name_hit([token, nxt], text)  # "congrats to ruby tanaka-ellis"
                continue
            if (token.given and (cued or owner)
                    and _about_life(sentence_of(text, token.start, token.end))):
                yield _given_hit(token, text)
            continue
        nxt_token = tokens[i + 1] if i + 1 < len(tokens) else None
        surname_after = (nxt_token is not None and nxt_token.surname and not nxt_token.word
                         and not nxt_token.cap and nxt_token.key not in BIG_PLACES
                         and re.fullmatch(r"[ \t]+", text[token.end : nxt_token.start]) is not None)
        if not token.given or token.key in _brand_names() or (
                token.key in BIG_PLACES and not surname_after):
            continue  # "virginia-chicago" in a slug: a state and a city, in lower case too
            # ("charlotte robinson": a city's name, then a family name, is a girl)
        if token.key not in given_names() and "-" not in token.key:
            continue  # "vasito", "cosita": in lower case a diminutive is a common word
        nxt = i + 1
        while (nxt < len(tokens) and tokens[nxt].key in PARTICLES
               and tokens[nxt].key not in LOWER_ARTICLES and nxt - i < 4):
            nxt += 1
        after = tokens[nxt] if nxt < len(tokens) else None
        adjacent = after is not None and all(
            re.fullmatch(r"[ \t]+", text[a.end : b.start]) is not None
            for a, b in pairwise(tokens[i : nxt + 1])
        )
        cued = PERSON_BEFORE.search(text[max(0, token.start - 40) : token.start]) is not None
        if (
            after
            and adjacent
            and not after.cap
            and (not after.word or (cued and after.surname and not token.word))
            and (after.surname or (nxt > i + 1 and not after.given and len(after.key) > 2
                                   and not dictionary_word(after.key)
                                   and (cued or tokens[i + 1].key not in SPANISH_PARTICLES)
                                   and not ARTICLE_BEFORE.search(text, 0, token.start)))
        ):
            yield _full_name_hit([token, after], text)
            continue
        third = tokens[nxt + 1] if after and nxt + 1 < len(tokens) else None
        if (
            after
            and third
            and adjacent
            and not after.word
            and after.key not in _brand_names()
            and after.key not in RUN_BREAKS  # "celeste y blanco": two words, not one name
            and not third.word
            and third.surname
            and not third.cap
            and re.fullmatch(r"[ \t]+", text[after.end : third.start])
        ):
            yield _full_name_hit([token, third], text)  # "davi lucca porto"
            continue
        if not (_person_cue(text, token) or _appositive(text, token)
                or LOWER_PERSON_VERB.match(text, token.end)
                or INVERTED_SUBJECT_BEFORE.search(text, max(0, token.start - 20), token.start)):
            continue
        if _about_life(sentence_of(text, token.start, token.end)):
            yield _given_hit(token, text)


#: A Spanish verb of coming before its subject: "ayer vino inés con tos de perrito".
INVERTED_SUBJECT_BEFORE = re.compile(
    r"\b(?:vino|vinieron|lleg[oó]|regres[oó]|volvi[oó]|entr[oó]|sali[oó])\s+$", re.I)


#: After a name, its owner's relative: "Jess Park's mom".
KIN_AFTER = re.compile(
    r"['’]s\s+(?:mom|mommy|mother|dad|daddy|father|parents?|grandma|grandpa|grandmother"
    r"|grandfather|granny|nana|sister|brother|aunt|uncle|cousin|stepmom|stepdad|twin|baby"
    r"|son|daughter)\b", re.I)


#: A child named between commas after the words that say who they are: "la nena de doña
#: rocío, maribel, que ya va en kínder", "the youngest boy, tavi, cried".
APPOSITIVE_BEFORE = re.compile(
    r"\b(?:ni[ñn][oa]|nen[ea]|hij[oa]|beb[eé]|chiquit[oa]|peque[ñn][oa]|m[aá]s chiquit[oa]"
    r"|daughter|son|baby|boy|girl|kid|child|youngest|oldest|toddler|twin|patient|paciente)\b"
    r"[^.!?,;]{0,30},\s*$",
    re.I,
)


def _appositive(text: str, token: Token) -> bool:
    return (APPOSITIVE_BEFORE.search(text, max(0, token.start - 45), token.start) is not None
            and re.match(r"\s*(?:,|\(|que\b|who\b)", text[token.end:]) is not None)


#: "Mrs. Alvarez", "la señora Herrera": a parent (or a family) by their surname.
TITLED = re.compile(
    # ("Miss" capitalised only: "the things we miss. Thank you")
    rf"\b(?:(?i:Mrs|Mr|Ms|Mx|Sra|Sr|Srta|Se[ñn]ora|Se[ñn]or|Do[ñn]a|Don)|Miss|MISS)\.?\s+"
    rf"(?:(?P<given>[{_U}][{_L}]+)[ \t]+(?=[{_U}][{_L}]))?"
    rf"(?P<name>[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)"
)


#: A child told by a parent's title and family name: "Coach Park's son broke his wrist",
#: "Mrs. Alvarez's twins", "el hijo del profe Ramírez": the family by its surname.
TITLED_FAMILY = re.compile(
    # (`titled`: the title and the name, as a public figure is listed: "Mister Rogers")
    r"\b(?P<titled>(?i:Mrs|Mr|Ms|Miss|Mx|Coach|Officer|Deputy|Sheriff|Pastor|Principal|Sgt"
    r"|Sergeant|Captain|Capt|Judge|Mayor|Rev|Reverend|Chief|Sra|Sr)\.?\s+"
    rf"(?P<name>[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?))['’]s?\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:son|sons|daughters?|kids?|boy|girl|baby|twins|triplets|children|child|toddler"
    r"|grandson|granddaughter|youngest|oldest)\b"
    r"|\b(?i:hij[oa]s?|niet[oa]s?|beb[eé]|nen[ea]|gemel[oa]s|cuates)\s+(?:del|de\s+la|de)\s+"
    # (not "don"/"doña": they come before a given name, "el hijo de don Ernesto")
    r"(?i:profe|profesor[a]?|maestr[oa]|entrenador[a]?|coach|se[ñn]or[a]?|sr\.|sra\.|oficial"
    rf"|pastor|licenciad[oa]|lic\.)\s+(?P<name2>[{_U}][{_L}]+)"
)


def _titled_families(text: str, policy: Policy) -> Iterator[Hit]:
    for match in TITLED_FAMILY.finditer(text):
        group = "name" if match["name"] else "name2"
        key = fold(match[group])
        if (key in policy.names or key in BIG_PLACES or key in MONTHS
                or (match["titled"] and fold(match["titled"]) in PUBLIC_FIGURES)):
            continue
        yield block(
            match.start(group), match.end(group), "privacy-name",
            f'"{match[group]}" names a child\'s family by its surname ("{match.group(0)}").',
            'Fix: remove the name ("a coach\'s son", "el hijo de un maestro").',
        )


def _titled(text: str, policy: Policy) -> Iterator[Hit]:
    for match in TITLED.finditer(text):
        token = Token(match.start("name"), match.end("name"), match["name"], fold(match["name"]))
        whole = fold(match.group(0))
        if whole in PUBLIC_FIGURES or whole.replace(".", "") in PUBLIC_FIGURES:
            continue
        if token.key in policy.names or token.key in BIG_PLACES or token.key in MONTHS:
            continue
        if BUSINESS_AFTER.match(text, match.end()) or BUSINESS_BEFORE.search(
                text, max(0, match.start() - 50), match.start()):
            continue  # "Ms. Ruth's bakery", "Panadería Doña Chela": a shop's name
        name_start = match.start("given") if match["given"] else match.start("name")
        if STAFF_BEFORE.search(text[max(0, match.start() - 40) : name_start]):
            continue  # "our nurse practitioner Ms. (Kelly) Johnson": the team, by its role
        if (token.word and not token.surname) or not (token.surname or not token.given):
            continue
        sentence = sentence_of(text, match.start(), match.end())
        if match["given"] is not None:
            # "Ms. Amara Osei": a title before a given name and a family name is a full name
            # wherever it stands (a source list, a caption), life said around it or not; the
            # given name may also be a word ("Ms. Hope Okafor"): the title says it is a name.
            # Public context counts in its own clause only: "NIAID guidelines; notes from
            # Ms. Amara Osei's visit" lists two sources, one public and one not.
            given = Token(match.start("given"), match.end("given"), match["given"],
                          fold(match["given"]))
            if given.given and (token.surname or not token.word):
                clause = _clause(text, match.start(), match.end())
                pair = f"{given.key} {token.key}"
                if not (PUBLIC_CONTEXT.search(clause) or pair in PUBLIC_FIGURES
                        or pair in policy.public_names or OLD_YEAR.search(clause)):
                    yield _full_name_hit([given, token], text)
                continue
        if PUBLIC_CONTEXT.search(sentence):
            continue
        if not _about_life(sentence):
            continue
        yield warn(
            token.start,
            token.end,
            "privacy-name",
            f'"{match["name"]}" names a parent or a family by their surname.',
        )


def _no_word(key: str) -> bool:
    """A folded word no dictionary knows, long enough to be a family name ("tlatelpa",
    "delacroix"): beside "los", "the ...s'" or "twins", a family's name."""
    return len(key) > 3 and not dictionary_word(key)


def _part(text: str, start: int, end: int) -> str:
    """The part of start..end's sentence between colons, semicolons and dashes: "we had the
    Betancur Ríos twins for their shots and a trick to share: a Cri-Cri song" names a song
    in another part than the family."""
    sentence = sentence_of(text, start, end)
    offset = text.find(sentence, max(0, start - len(sentence)))
    if offset < 0:
        return sentence
    parts = re.split(r"[:;—–]", sentence)
    position = start - offset
    for part in parts:
        if position <= len(part):
            return part
        position -= len(part) + 1
    return sentence


def _plural_families(text: str, policy: Policy) -> Iterator[Hit]:
    for match in PLURAL_FAMILY.finditer(text):
        group = next(g for g in ("name", "es", "thanked", "pair", "owners") if match[g])
        if group == "pair":
            keys = [fold(w) for w in match[group].split()]
            if all(k in surnames() and k not in name_words() and k not in BIG_PLACES
                   for k in keys) and not PUBLIC_CONTEXT.search(
                       sentence_of(text, match.start(), match.end())):
                yield block(match.start(group), match.end(group), "privacy-name",
                            f'"{match[group]}" (the family\'s two surnames) names a family.',
                            'Fix: remove the surnames ("a family", "one of our families").')
            continue
        stem = fold(match[group])
        if group == "es" and stem in name_words():
            continue  # "los Reyes Magos", "los Ángeles"
        # "los Tlatelpa, que tienen la paletería", "los Peralta-Cuevas, que trajeron": after
        # "los", a word no dictionary knows (or two family names), then what they do, is a
        # family
        unknown_owner = (group == "owners" and _no_word(stem)) or (
            group == "es" and all(k in surnames() or (_no_word(k) and k not in given_names())
                                  for k in stem.split("-")))
        if (stem not in surnames() and not unknown_owner) or stem in policy.names:
            continue  # ("the Whitfields' youngest": whatever the name, one of theirs)
        if group == "thanked" and stem in name_words():
            continue  # "thanks to the Eagles", "the Browns": a team or a word, not a family
        sentence = sentence_of(text, match.start(), match.end())
        if (stem in BIG_PLACES or stem in PEOPLES or stem in NOT_PEOPLE_WORDS
                or PUBLIC_CONTEXT.search(sentence)):
            continue  # ("the Hmongs", "los Garífunas": a people)
        if any(stem + end in place_names() for end in ("s", "es")):
            continue  # "the Caguas office": a city whose name ends like a plural
        yield block(
            match.start(group),
            match.end(group),
            "privacy-name",
            f'"{match[group]}" (the family\'s surname) names a family.',
            'Fix: remove the surname ("a family", "one of our families").',
        )


def _families(text: str, policy: Policy) -> Iterator[Hit]:
    for match in FAMILY.finditer(text):
        group = next(g for g in "abcdefg" if match[g])
        who = match[group]
        if group != "d" and len(who) > 2 and who.replace("-", "").isalpha() and who.isupper():
            continue  # "the NICU families", "the WIC families": a unit or a program's
        keys = [fold(w) for w in re.split(r"[- ]", who)]
        if group == "f" and not all(k in surnames() and not dictionary_word(k)
                                    and k not in name_words() for k in keys):
            continue  # "the whole family", "the identical twins": words, no family name
        if group != "d":
            if keys[0] in ("la", "el", "los", "las", "the", "un", "una"):
                continue  # "los niños La Edad de Oro": a title, not "the kids of La"
            if group in "eg" and (keys[0] in name_words()
                                  or not (keys[0] in surnames() or _no_word(keys[0]))):
                continue  # "Identical Twins": no family name ("Delacroix twins" is one no
                # list knows)
            if group == "a" and text[match.end(group) + 1 : match.end(group) + 2].isupper() and (
                    keys[0] in name_words() or keys[0] in common_words()):
                continue  # a title's "The All Kids Program", "The Happiest Baby": no family
            if any(k in NOT_FAMILY or k in BIG_PLACES or k in MONTHS or k in _brand_names()
                   or k in PEOPLES or k in NOT_PEOPLE_WORDS for k in keys):
                continue  # ("the Gerber baby": a brand's; "the Afghan families": a people)
            if all(k in policy.names for k in keys):
                continue
            if FAMILY_INSTITUTION.match(text, match.end()):
                continue  # "The Hartwell Family Foundation", "the Okafor Family Dental"
            if not any(k in surnames() or k in given_names() for k in keys) and (
                group == "c" and len(keys) == 1 and keys[0] in name_words()
            ):
                continue
            if PUBLIC_CONTEXT.search(_part(text, match.start(), match.end())):
                continue
            from .names_roles import about_a_child

            sentence = sentence_of(text, match.start(), match.end())
            if MEDIA_WORDS.search(_part(text, match.start(), match.end())) or (
                    MEDIA_WORDS.search(paragraph(text, match.start()))
                    and not about_a_child(sentence)):
                continue  # "la familia Madrigal de Encanto": a film's family
                # ("the Halvorsen-Diallo family, whose daughter spent seven weeks in the
                # NICU ... a cartoon of our nurse": a real family, a drawing beside it)
        else:
            yield warn(
                match.start(group),
                match.end(),
                "privacy-name",
                f'"{who}" with an age points at one child (initials can be enough to '
                "recognise them).",
            )
            continue
        yield block(
            match.start(group),
            match.end(group),
            "privacy-name",
            f'"{who}" names a family or a child (a surname or '
            "initials can be enough to recognise them).",
            'Fix: remove the surname or the initials ("a family", "one of our patients").',
        )


#: A hashtag made of a child's name, as families and teams write them: "#TeamLiam",
#: "#PrayForEmma", "#PrayersForMilaHarrington", "#LiamStrong", "#FuerzaMateo",
#: "#TeamZaraKhalil".
HASHTAG = re.compile(
    # (any word joined to For, Por, Para, Con: "#PrayersForMila", "#JusticiaParaMateo")
    r"#(?:Team|Fuerza|Go|Love|Strong|Brave|[A-Z][a-z]+(?:For|Por|Para|Con))?"
    r"(?P<name>(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,3}?)"
    r"(?:Strong|Fuerte|Warrior|Guerrer[oa]|Fights?|Journey|Army|Squad|Nation)?\b"
)


def _hashtags(text: str, policy: Policy) -> Iterator[Hit]:
    """A name inside a hashtag: split at its capitals, read as a given name and family
    names ("#TeamZaraKhalil" is Zara Khalil; "#MondayMotivation", "#TeamUSA" are no one)."""
    for match in HASHTAG.finditer(text):
        parts = re.findall(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", match["name"])
        if not parts or (match.group(0) == f"#{match['name']}" and len(parts) == 1):
            continue  # "#Liam" alone may be anything; a cue word or a family name says who
        keys = [fold(p) for p in parts]
        first = keys[0]
        if (not _is_given(first) or (first in name_words() and len(keys) == 1)
                or first in policy.names
                or first in PUBLIC_FIGURES or first in BIG_PLACES or first in MONTHS
                or first in WEEKDAYS):
            continue
        start, end = match.start(), match.end()
        # (after a given name that is also a word, only a known family name: "#HappyHalloween")
        family = all(_is_surname(k) if first in name_words()
                     else _is_surname(k) or not dictionary_word(k) for k in keys[1:])
        if len(keys) > 1 and family:
            yield block(start, end, "privacy-name",
                        f'"{match.group(0)}" holds a person\'s full name ({" ".join(parts)}).',
                        "Fix: remove the hashtag, or use a general one (#ChildhoodCancer).")
        elif len(keys) == 1:
            yield warn(start, end, "privacy-name",
                       f'"{match.group(0)}" holds a person\'s name ({parts[0]}): a hashtag is '
                       "searched and shared.")


#: A nickname told as such: "Peanut (that's what his big sisters call him)", "we call her
#: Bug", "le decimos Chiquis".
CALLED = re.compile(
    r"(?P<a>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s*\(?(?:,\s*)?(?:that's|that is|as) what (?:his|her|their)"
    r" [\w ]{0,20}call(?:s)? (?:him|her|them)"
    r"|\b(?:we|they|everyone) calls? (?:him|her) (?P<b>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)"
    r"|\b(?:le|la) (?:decimos|dicen|llamamos|llaman) (?:la |el )?(?P<c>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)"
)


def _called(text: str, policy: Policy) -> Iterator[Hit]:
    for match in CALLED.finditer(text):
        group = next(g for g in ("a", "b", "c") if match[g])
        if fold(match[group]) in policy.names:
            continue
        yield warn(match.start(group), match.end(group), "privacy-name",
                   f'"{match[group]}" is what a child is called: a nickname identifies them '
                   "as well as a name.")


def _word_name_in_path(words: list[Token], i: int) -> bool:
    """A given name that is also a word ("hope", "grace", "will", "rosa") starts a full name
    in a path only right before a family name that is no word and no brand
    ("hope-martinez-leukemia", "will-johnson-nicu"); "grace-period", "hope-street" pass."""
    if i + 1 >= len(words):
        return False
    last = words[i + 1]
    return (
        last.surname
        and not last.word
        and len(last.key) > 3
        and last.key not in _brand_names()
        and f"{words[i].key} {last.key}" not in PUBLIC_FIGURES
    )


def _paths(raw: str, policy: Policy) -> Iterator[Hit]:
    """A full name inside a link target, a file name or a slug ("sofia-ramirez-stitches.jpg")."""
    for match in PATHLIKE.finditer(raw):
        path = match.group(0)
        joined = "_" in path or "-" in path
        if not joined or not (
            "/" in path
            or "_" in path
            or "." in path.strip(".")
            or (path.count("-") >= 2 and path.islower())
        ):
            continue
        view = re.sub(rf"[^{_L}]", " ", path)
        words = [t for t in _tokens(view) if len(t.key) > 1]
        for i, first in enumerate(words):
            if first.key in policy.names or not first.given or len(first.key) < 3:
                continue
            if first.key in BIG_PLACES:
                continue  # "virginia-chicago": a state and a city, as anywhere else
            if first.word and not _word_name_in_path(words, i):
                continue
            if any(w.key in PUBLIC_FIGURES for w in words[i : i + 2]):
                continue  # a one-name public figure's topic ("selena-tribute")
            if i and words[i - 1].key in NOT_A_PERSON_BEFORE:
                continue  # "virgen-guadalupe-micro", "san-judas-tadeo": a saint's name
            # "sofia-ramirez", or a middle name between: "davi-lucca-porto"
            last = next(
                (
                    t
                    for t in words[i + 1 : i + 3]
                    # (a family name that is also a word counts right after a given name
                    # that is not: "marifer-castillo")
                    if t.surname and (not t.word or (not first.word and t is words[i + 1]
                                                     and t.key not in PARTICLES))
                    and t.key not in compound_given() and len(t.key) > 2
                ),
                None,
            )
            between = words[i + 1 : words.index(last)] if last else []
            if last is None or any(t.word or t.key in _brand_names() for t in between):
                continue
            if last is not None:
                token = Token(match.start() + first.start, match.start() + last.end, "", first.key)
                yield block(
                    token.start,
                    token.end,
                    "privacy-name",
                    f'"{raw[token.start : token.end]}" in a link or a file name looks '
                    "like a person's full name.",
                    "Fix: rename the file or the link without the name.",
                )
                break


#: A reference to a publication: "Ann Intern Med. 2019;170(8):513-520", "doi:", "et al",
#: or two authors in the Vancouver style ("Hviid A, Hansen JV,"). Its authors are public.
CITATION = re.compile(
    r"\b(?:19|20)\d{2}\s*;\s*\d+|\bdoi\s*:|\bet al\b|\bPMID\b"
    # Vancouver authors only with a year on the line: "Sofia R, Mateo G and Leo P" (children
    # with their initials) is not a citation
    r"|\b[A-Z][\w'’-]+\s+[A-Z]{1,3},\s+[A-Z][\w'’-]+\s+[A-Z]{1,3}\b(?=.*\b(?:19|20)\d{2}\b)"
    # the same with full stops: "Wagner C.L., Greer F.R., ..., 2008"
    r"|\b[A-Z][\w'’-]+\s+(?:[A-Z]\.){1,3},\s+[A-Z][\w'’-]+\s+(?:[A-Z]\.){1,3}(?=.*\b(?:19|20)\d{2}\b)"
    # a book or an article: "Oshinsky, David M. "Polio: An American Story", Oxford University
    # Press, 2005" (a title in quotes or a publisher, and a year)
    r"|^\s*[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?[.,]?\s*[\"“«][^\"”»\n]{8,}[\"”»]"
    r"[^\n]*\b(?:19|20)\d{2}\b"
    r"|^(?=[^\n]{0,200}$)[^\n]*\b(?:Press|Publishing|Editorial|Journal|Pediatrics|JAMA|Lancet"
    r"|N Engl J Med|MMWR)\b(?=[^\n]*\b(?:19|20)\d{2}\b)"
)


#: Where one source ends and the next begins on a line: a semicolon before a word (a
#: `Sources:` list), never the one inside a reference ("Pediatrics 2011;128(3):595").
SOURCE_BREAK = re.compile(r";(?=\s*[^\W\d_])")


def _citation_spans(text: str) -> list[tuple[int, int]]:
    """The sources in `text` that cite a publication, each judged on its own.

    A `Sources:` line lists several; one of them citing a journal makes its own authors
    public, not a "visit notes for Priya Raghunathan" beside it.
    """
    if not CITATION.search(text):
        return []
    spans, start = [], 0
    for line in text.split("\n"):
        piece_start = start
        for piece in SOURCE_BREAK.split(line):
            if CITATION.search(piece):
                spans.append((piece_start, piece_start + len(piece)))
            piece_start += len(piece) + 1
        start += len(line) + 1
    return spans


#: A Spanish nickname is said with its article ("la Chiquis", "el Güero", "al Chuy"): mid-
#: sentence, an article, a capitalised word, and a verb of a visit or an event right after
#: it (or right before the article). Proper nouns with an article that are no person (la
#: Catrina, el Niño, la Paz) are never followed by a patient's visit.
NICKNAME = re.compile(
    rf"(?:\b(?:vino|lleg[oó]|vimos a|atendimos a|felicidades a|gracias a|trajeron a|trajo a"
    rf"|operaron a|internaron a|vacunamos a)\s+(?P<art1>la|el|al|a la|a el)\s+"
    rf"(?P<nick1>[{_U}][{_L}]{{2,}})(?![{_L}])"
    rf"|(?<![.!?¡¿]\s)(?<=[a-záéíóúñ,;] )(?P<art2>la|el|al|del)\s+(?P<nick2>[{_U}][{_L}]{{2,}})"
    rf"\s+(?:se\s+|le\s+|nos\s+)?(?:vino|tuvo|fue|estuvo|hizo|lleg[oó]|anda|ya\s+camina"
    rf"|[{_L}]{{2,}}(?:ó|ió))\b"
    # "A la Chiquis le salieron los dientes": a personal "a", the article and the nickname
    # ("Al Chele, que juega fútbol afuera aunque haga frío, le dio una crisis": a clause
    # between)
    rf"|\b(?:[Aa]\s+(?:la|el)|[Aa]l)\s+(?P<nick3>[{_U}][{_L}]{{2,}})(?:,[^.!?\n]{{0,80}}?,)?"
    r"\s+(?:le|les|lo)\s)"
)
#: Capitalised words an article precedes that name no person.
NOT_A_NICKNAME = frozenset(
    {"nino", "nina", "catrina", "llorona", "paz", "paso", "salvador", "cairo", "habana",
     "florida", "papa", "senor", "virgen", "covid", "dia", "ano", "nuevo", "buen", "gobierno",
     "seguro", "hospital", "centro", "colegio", "instituto", "estado", "congreso", "presidente",
     "luna", "sol", "tierra", "mundial", "super", "metro"}
)


#: A name, then "de la"/"del": what follows is the rest of a family name ("Inés de la Cruz").
PARTICLE_BEFORE = re.compile(rf"[{_U}][{_L}]+\s+(?:de\s+la|del|de\s+los)\s+$")
ARTICLE_CAP = re.compile(rf"\b(?:[Ll]a|[Ee]l|[Aa]l|[Dd]el) [{_U}]")


#: A nickname the note explains, whatever its words: "Marshmallow — her big brothers named
#: her, and it stuck —", "Peanut Butter Cup — that's what his grandmother calls him",
#: "La Güera —así le dicen en su casa—". Nobody explains the name of a thing so.
EXPLAINED_NICKNAME = re.compile(
    rf"(?P<name>[{_U}][{_L}'’-]+(?:[ \t]+[{_U}][{_L}'’-]+){{0,2}})\s*[—–(]\s*"
    r"(?:(?:his|her|their) real name\b|su nombre (?:de verdad|real)\b"
    r"|(?:that['’]s what|that is what|as)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:calls?|called|named|nicknamed)\s+(?:him|her|them)"
    r"|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:named|nicknamed|dubbed|calls?|called)"
    r"\s+(?:him|her|them)"
    r"|as[ií]\s+(?:le|la|lo)\s+(?:dicen|llaman|decimos|llamamos))\b"
)


def _explained_nicknames(text: str) -> Iterator[Hit]:
    for match in EXPLAINED_NICKNAME.finditer(text):
        start, end = match.span("name")
        if re.match(r"(?i:la|el|los|las|the)\s", text[start:end]):
            start = text.index(" ", start) + 1  # "La Güera": the article is no part of it
        yield _given_hit(Token(start, end, text[start:end], fold(text[start:end])), text)


def _nicknames(text: str, policy: Policy) -> Iterator[Hit]:
    for match in NICKNAME.finditer(text):
        group = next(g for g in ("nick1", "nick2", "nick3") if match[g])
        start, end = match.span(group)
        key = fold(match[group])
        if match[group].isupper() or any(
            key in words
            for words in (NOT_A_NICKNAME, BIG_PLACES, MONTHS, WEEKDAYS, PUBLIC_FIGURES,
                          policy.names, NOT_PERSON_WORDS - PEOPLES)
        ):  # ("el Chino", "la Gringa": a people's word is a child's nickname after an article)
            continue
        token = Token(start, end, match[group], key)
        if PARTICLE_BEFORE.search(text[max(0, start - 30) : start]):
            continue  # "Sor Juana Inés de la Cruz aprendió": a family name's particle
        if dictionary_word(key) and re.match(r"\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ]", text[end : end + 8]):
            continue  # "gracias a la Biblioteca Pública", "la Cruz Roja": an institution
        if not _about_life(sentence_of(text, start, end)) or _not_a_person(text, token, token):
            continue  # "la Organización Panamericana de la Salud registró": an institution
        yield _given_hit(token, text)


def public_names(prose: str, policy: Policy) -> frozenset[str]:
    """The words (folded) of every name this text shows to be public or no person at all: a
    public figure, a character, an institution, a saint, history ("Saint Jude Thaddeus",
    "Abraham Lincoln ... 1809", "Daniel Alcides Carrión, the medical student who ...").

    Why: a title, a tag or a summary is read alone ("Tadeo, 28 de octubre"); the note's
    body is what tells who the name is (see privacy._drop_what_the_body_explains).
    """
    found: set[str] = set()
    tokens = _tokens(prose)
    for run in _runs(tokens, prose):
        words = [t for t in run if t.key not in PARTICLES]
        if not any(t.given or t.surname for t in words):
            continue
        if (_is_public(words, prose, policy) or _not_a_person(prose, run[0], run[-1])
                or _media(prose, run[0])):
            found.update(t.key for t in words)
            continue
        # one word of the run named as a place or a feast: "la Basílica de Luján"
        found.update(t.key for t in words if _not_a_person(prose, t, t))
    return frozenset(found)


_MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ene|Abr|Ago|Dic)"
MONTH_ABBREVIATION = re.compile(
    rf"\b(?P<a>{_MONTH_ABBREVIATIONS})\.?\s*[-–—/]\s*(?P<b>{_MONTH_ABBREVIATIONS})\b"
    rf"|\b{_MONTH_ABBREVIATIONS}\.?(?=\s*\d{{1,2}}\b)")


def _blank_months(match: re.Match[str]) -> str:
    """A month's abbreviation blanked, at the same length; a range of two months both, but a
    name said twice ("Jun-Jun") is a nickname."""
    if match["a"] and match["a"] == match["b"]:
        return match.group(0)
    return "x" * len(match.group(0))


def names(prose: str, raw: str, policy: Policy) -> Iterator[Hit]:
    """Every name finding in one text: `prose` (markup blanked) and `raw` (for link targets).

    Names in a line that cites a publication are its authors: public, never flagged.
    """
    # a month's abbreviation before a day or another month is no one ("Friday Dec 25",
    # "Dec–Jan"): blanked here only (the date detectors read it), at the same length
    prose = MONTH_ABBREVIATION.sub(_blank_months, prose)
    cited = _citation_spans(prose)
    trends = NAMES_SPOKEN_OF.search(prose) is not None
    # a name in a work's title is its character all through the text: "*Peter's Chair* by
    # Ezra Jack Keats: Peter's furniture is being painted pink"
    characters = {t.key for m in QUOTED_TITLE.finditer(prose)
                  if re.match(r"\s*[A-Z]", prose[m.end() :]) for t in _tokens(m["title"])}
    # ... and a name a book gives an animal: "Louise the crocodile", "la cerdita Olivia"
    characters |= {fold(m["name"]) for m in ANIMAL_NAMED.finditer(prose)
                   if ANIMAL_AFTER.match(prose[m.end("name") : m.end("name") + 50])
                   or CHARACTER_BEFORE.search(
                       prose, max(0, m.start("name") - 20), m.start("name"))}
    # ... and an animal's name: "a golden retriever named Waffles", "una perrita llamada Canela"
    characters |= {fold(m["name"]) for m in ANIMAL_CALLED.finditer(prose)}
    made_up = _made_up_names(prose)
    titles = _title_spans(prose)
    # ... and, in a note about reading, the names in a title: "Anyone who has read *Beezus and
    # Ramona* remembers Beezus trying so hard"
    if READING.search(prose):
        characters |= {t.key for start, end in titles for t in _tokens(prose[start:end])
                       if t.cap}
    for hit in _names(prose, raw, policy):
        if any(s <= hit.start < e for s, e in cited):
            continue
        said = fold(prose[hit.start : hit.end])
        if said in made_up or said.split(" ")[0] in made_up:
            continue  # "'Sam' is not a real patient", "Fulanito no existe", "Jane Doe"
        if trends and hit.level is Level.WARN and (
                _in_name_list(prose, hit) or not _a_child_right_there(prose, hit)):
            continue  # "the top of the list has belonged to Olivia and Liam, with Emma, ...";
            # "ahora está de moda Salomé" (a note about names names them; only a child told
            # right beside the name, "little Noor had her shots", is one)
        if hit.level is Level.WARN and said in characters:
            continue
        if hit.level is Level.WARN and any(s <= hit.start and hit.end <= e for s, e in titles):
            continue  # "*Katy and the Big Snow*", "When Sophie Gets Angry—Really, Really Angry"
        if hit.level is Level.WARN and ANY_ONE_NAMED_BEFORE.search(prose, max(0, hit.start - 12),
                                                                   hit.start):
            continue  # "si en su casa hay una Lupita o un Lupe": anyone of that name
        yield hit


def _a_child_right_there(prose: str, hit: Hit) -> bool:
    """A person word right before the name or what only a person does right after it."""
    return bool(PERSON_BEFORE.search(prose[max(0, hit.start - 40) : hit.start])
                or PERSON_AFTER_STRONG.match(prose[hit.end : hit.end + 80]))


#: A span in italics or quotes: a work's title when its words are in Title Case
#: (`_title_spans`).
EMPHASIS_OR_QUOTE = re.compile(
    r"(?<![\w*])\*(?P<a>[^*\n]{3,80}?)\*(?![\w*])|(?<![\w_])_(?P<b>[^_\n]{3,80}?)_(?![\w_])"
    r"|[\"“](?P<c>[^\"”\n]{3,80}?)[\"”]")
_SMALL_WORDS = frozenset((
    "a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "with", "by", "or", "nor",
    "but", "from", "y", "e", "o", "u", "de", "del", "la", "el", "los", "las", "en", "con",
    "por", "para", "un", "una", "al",
))


def _title_spans(prose: str) -> list[tuple[int, int]]:
    """Where `prose` names a work in italics or quotes, in Title Case, three words or more:
    "*Katy and the Big Snow*", '"When Sophie Gets Angry—Really, Really Angry"'. A child's
    words in quotes are a sentence ("My baby brother is a volcano"), not a title."""
    spans = []
    reading = READING.search(prose) is not None
    for match in EMPHASIS_OR_QUOTE.finditer(prose):
        group = next(g for g in ("a", "b", "c") if match[g])
        words = re.findall(r"[^\W\d_][\w'’]*", match[group])
        big = [w for w in words if w.lower() not in _SMALL_WORDS]
        # (in a note about reading, one or two words in italics are a title too: "Priyanka:
        # *Matilda*, for the fourth time")
        shortest = 1 if reading and group != "c" else 3
        if len(words) >= shortest and big and all(w[0].isupper() for w in big):
            spans.append(match.span(group))
    return spans


#: A note about reading: its words in italics are titles ("*Matilda*", "*Wonder*").
READING = re.compile(r"\b(?:read(?:s|ing)?|books?|novels?|libros?|leer|le[ei]mos|lectura"
                     r"|cuentos?|picture books?|bookshelf|book club)\b", re.I)


#: A child's age said right after the sentence that names them: "Tiene tres años", "She's 4".
AGE_NEXT_SENTENCE = re.compile(
    r"[.!?]?\s+(?:Ya\s+)?(?:Tiene|Cumpli[oó]|Acaba de cumplir|He['’]s|She['’]s|He is|She is"
    r"|He just turned|She just turned|He turned|She turned)\s+(?:1[0-7]|[1-9]|un|una|dos|tres"
    r"|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\b(?:\s*(?:a[ñn]os?|mes(?:es)?|years?|months?))?"
    r"(?!\s+(?:de experiencia|of experience|en|in|at|con|with)\b)"
)
#: A capitalised word a story may give an animal (`names`, with ANIMAL_AFTER and
#: CHARACTER_BEFORE).
ANIMAL_CALLED = re.compile(
    r"\b(?:dog|puppy|pup|cat|kitten|retriever|labrador|lab|poodle|beagle|terrier|spaniel"
    r"|shepherd|collie|husky|corgi|dachshund|chihuahua|pug|doodle|goldendoodle|labradoodle"
    r"|hamster|guinea pig|rabbit|bunny|parrot|turtle|tortoise|goldfish|fish|lizard|gecko"
    r"|snake|pony|horse|goat|chicken|hen|rooster|cow|pig|llama|alpaca|mascot|plant|pothos"
    r"|fern|cactus|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|conejo|tortuga|caballo|loro|pez"
    r"|mascota|planta)\s+(?:[^.!?\n]{0,30}?\s(?:is|was|es)\s+)?(?:named|called|nicknamed"
    r"|llamad[oa]|de nombre)\s+"
    rf"(?P<name>[{_U}][{_L}'’-]+)",
    re.I,
)
ANIMAL_NAMED = re.compile(rf"(?<![\w'’])(?P<name>[{_U}][{_L}]+)(?![\w'’])")
#: Before a given name, words that make it anyone of that name: "una Lupita o un Lupe",
#: "any Olivia in your house", "cada Guadalupe".
ANY_ONE_NAMED_BEFORE = re.compile(r"\b(?:un|una|any|every|cada|alg[uú]n|alguna)\s+$", re.I)
#: A name the note says is made up: "Let's call him Sam", '"Sam" is not a real patient',
#: "Fulanito no existe", 'filled in for "Jane Doe", a fictional eight-year-old'.
_PSEUDO = r"[\"“]?(?P<{}>[A-ZÁÉÍÓÚÑ][\w'’-]+)[\"”]?"
#: (the same, capitalised whatever the pattern's flags: after "imaginary" come more words)
_PSEUDO_CAP = r"[\"“]?(?P<{}>(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+)[\"”]?"
MADE_UP_NAME = re.compile(
    r"\b(?:let['’]s call (?:him|her|them)|we['’]ll call (?:him|her|them)|digamos que se llama"
    # "Call him Sam, for the sake of the example"
    r"|call (?:him|her|them)(?=\s+\w+,?\s+(?:for the sake of|for this example|for now))"
    r"|llam[eé]mos(?:le|la|lo)|le (?:llamaremos|diremos))\s+" + _PSEUDO.format("a")
    + r"|" + _PSEUDO.format("b") + r",?\s+(?:is not a real|isn['’]t a real|is made[- ]up|is a"
    r" composite|is fictional|is invented|is imaginary|no existe|no es (?:un|una) \w+ real"
    r"|es inventad[oa]|es fictici[oa])\b"
    r"|\b(?:fictional|made-up|invented|imaginary|ficticio|ficticia|inventad[oa])\s+"
    r"(?:[\w-]+\s+){0,3}?(?:named|called|llamad[oa])\s+" + _PSEUDO.format("c")
    + r"|" + _PSEUDO.format("d") + r",\s+(?:a|an|un|una)\s+(?:fictional|made-up|invented"
    r"|imaginary|ficticio|ficticia|inventad[oa])\b"
    # "If made-up Omar drops from the 90th", "Meet imaginary two-year-old "Rosie.""
    r"|\b(?:made-up|imaginary|invented|fictional|hypothetical|pretend|imaginari[oa]"
    r"|inventad[oa]|fictici[oa])\s+(?:[\w-]+\s+){0,2}?" + _PSEUDO_CAP.format("e")
    # "Zoe and Omar aren't real", "Sofía y Mateo no son reales"
    + r"|" + _PSEUDO_CAP.format("f") + r"\s+(?:and|y)\s+" + _PSEUDO_CAP.format("g")
    + r",?\s+(?:aren['’]t|are not|no son)\s+(?:real|reales)\b",
    re.I,
)
#: Names that stand for anyone: "Jane Doe", "Fulanito".
PLACEHOLDER_NAMES = frozenset({"jane doe", "john doe", "baby doe", "fulanito", "fulanita",
                               "menganito", "menganita", "zutano", "zutanito", "perengano"})


#: A word every `MADE_UP_NAME` needs: a text without one says no name is made up, and is
#: not searched (the pattern is tried at every capital of every note).
MADE_UP_GATE = re.compile(
    r"real|call|llam|digamos|diremos|existe|fiction|ficti|made|composite|invent|imagin", re.I)


def _made_up_names(prose: str) -> frozenset[str]:
    """The names (folded first words) a note says are made up, and names that stand for
    anyone: a made-up name names no patient."""
    mine = {fold(m["name"]) for m in MY_NICKNAME.finditer(prose)}
    if not MADE_UP_GATE.search(prose):
        return PLACEHOLDER_NAMES | mine
    found = {fold(m[g]) for m in MADE_UP_NAME.finditer(prose) for g in "abcdefg" if m[g]}
    return frozenset(found) | PLACEHOLDER_NAMES | mine


#: The writer's own nickname, told as theirs: 'En mi familia me decían "la Chata"', "they
#: called me Boo as a kid" (the writer is no patient).
MY_NICKNAME = re.compile(
    r"\b(?:me (?:dec[ií]an|dicen|llamaban|llaman|pusieron)|they (?:called|call) me|I was called"
    r"|my nickname (?:was|is)|mi apodo (?:era|es))\s+[\"“'‘]?(?:(?:la|el|the)\s+)?"
    rf"(?P<name>[{_U}][{_L}'’-]+)")


#: A paragraph about names as names: baby-name charts, names by decade, names of a culture.
NAMES_SPOKEN_OF = re.compile(
    r"\b(?:baby[- ]names?(?: lists?)?|name lists?|popular names|most popular"
    r"|top (?:of the list|names|ten|10)|name charts?"
    r"|names (?:tell|from the|by decade|of the|that (?:never|topped))|topped (?:any|the) chart"
    r"|nombres (?:m[aá]s )?(?:populares|registrados|de moda|de beb[eé]|puestos|comunes)"
    r"|los diez primeros|lista de (?:los )?nombres|names given most|most given names)\b",
    re.I,
)
#: A capitalised word in a list of them: "Olivia and Liam, with Emma, Charlotte, Noah".
_LIST_NEIGHBOUR = re.compile(rf"(?:,\s*|\s+(?:and|y|or|o)\s+)[{_U}][{_L}'’-]+")


def _in_name_list(prose: str, hit: Hit) -> bool:
    """The name stands in a list of three or more capitalised names (a chart, not a story)."""
    start, end = paragraph_span(prose, hit.start)
    around = [m for m in _LIST_NEIGHBOUR.finditer(prose, start, end)
              if abs(m.start() - hit.start) < 60 or abs(m.end() - hit.end) < 60]
    return len(around) >= 2


#: A nickname in quotes between a given name and a family name: 'José Luis "Pepe" Aranda',
#: "Robert 'Bobby' Chen". Read without it, the full name is whole again.
QUOTED_NICKNAME = re.compile(
    rf"(?<=[{_L}] )[\"“‘'(][{_U}][{_L}]+[\"”’')](?= [{_U}])"
)


_CHILD_AGE_WORD = (
    r"(?:[1-9]|1[0-7]|un|una|one|dos|two|tres|three|cuatro|four|cinco|five|seis|six|siete"
    r"|seven|ocho|eight|nueve|nine|diez|ten|once|eleven|doce|twelve|trece|thirteen|catorce"
    r"|fourteen|quince|fifteen|diecis[eé]is|sixteen|diecisiete|seventeen)"
)
#: A child's age in an appositive right after one or two capitalised words: "La Chiquis, de
#: cuatro añitos, llevaba dos días llorando", "Wren Hollister, age eight, read 100 books",
#: "Nené, que tiene dos años y medio, vino". Whatever the words (a nickname, a word, a name
#: no list knows), only a person has an age so; a thing's age is no child's ("Route 66, 100
#: years old"), and a book list's reader ages are a range ("Wonder, ages 8 to 12").
AGED = re.compile(
    rf"(?<![\w*_\"“'‘’])(?:(?:[Ll]a|[Ee]l|[Aa]l|[Tt]he)\s+)?"
    rf"(?P<name>[{_U}][{_L}'’-]+(?:[ \t]+[{_U}][{_L}'’-]+)?)"
    rf",\s*(?:de\s+{_CHILD_AGE_WORD}\s+(?:a[ñn]it?os|a[ñn]os|mes(?:es|ecitos))"
    rf"|(?:age|aged|edad)\s+{_CHILD_AGE_WORD}"
    rf"|(?:que\s+(?:ya\s+)?tiene|who\s+is|now)\s+{_CHILD_AGE_WORD}\s+(?:a[ñn]it?os|a[ñn]os"
    rf"|mes(?:es|ecitos)|years?|months?))"
    r"(?!\s*(?:\+|-|–|to\b|a\b|and up|y m[aá]s|or older|o m[aá]s|and older|de edad en adelante))"
    r"(?=\s*(?:[,.;:)]|y\b|and\b|old\b|de edad\b))"
)


def _words_of_group(text: str, match: re.Match[str]) -> list[Token]:
    """The tokens of a match's "name" group, at their places in `text`."""
    start, end = match.span("name")
    return [Token(start + t.start, start + t.end, t.text, t.key) for t in _tokens(text[start:end])]


#: A full name and, in an appositive, whose parent or relative it is: "Yusmary Chirinos,
#: mamá de dos pacientes", "Delroy Haughton, dad of one of our patients" (any words: a
#: name no list knows is a person when the note says whose mother she is).
KIN_APPOSITIVE = re.compile(
    rf"(?<![\w*_\"“'‘’])(?P<name>[{_U}][{_L}'’-]+(?:[ \t]+[{_U}][{_L}'’-]+){{1,3}})"
    r",\s*(?:(?:la|el|the|a|an|una?|proud|orgullos[oa])\s+)?(?:mam[aá]|pap[aá]|madre|padre"
    r"|abuel[oa]|t[ií][oa]|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather"
    r"|aunt|uncle|foster (?:mom|dad|parent)|guardian)\s+(?:de|del|of)\s+"
    r"(?:(?:un[oa]?|dos|tres|cuatro|two|three|four|our|nuestr[oa]s?|one of our|uno de nuestros"
    r"|una de nuestras|the|l[oa]s?|sus?|his|her|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:pacientes?|patients?|ni[ñn][oa]s?|kids?|children|child|beb[eé]s?|babies|baby|twins"
    r"|gemel[oa]s|hij[oa]s?|sons?|daughters?|toddlers?|teens?|nen[ea]s?|[\w-]+-year-olds?)\b"
)


def _kin_named(text: str, policy: Policy) -> Iterator[Hit]:
    """`KIN_APPOSITIVE`: a full name said to be a child's parent or relative (BLOCK), unless
    the words are the site's people, a place, a month or a public figure."""
    for match in KIN_APPOSITIVE.finditer(text):
        words = _words_of_group(text, match)
        if len(words) < 2 or any(
            t.key in policy.names or t.key in BIG_PLACES or t.key in MONTHS
            or t.key in WEEKDAYS or t.key in NOT_PERSON_WORDS for t in words
        ) or _is_public(words, text, policy):
            continue  # (a famous name said to be somebody's child is theirs: `_is_public`
            # reads the kin word first, "su hija Lola Beltrán")
        yield _full_name_hit(words, text)


def _aged(text: str, policy: Policy) -> Iterator[Hit]:
    """`AGED`: one word is a child's given name or nickname (WARN), two a full name (BLOCK),
    unless the words are the site's people, a place, a month or a public figure."""
    for match in AGED.finditer(text):
        words = _words_of_group(text, match)
        if not words or any(
            t.key in policy.names or t.key in BIG_PLACES or t.key in MONTHS
            or t.key in WEEKDAYS or t.key in NOT_PERSON_WORDS or t.key in PUBLIC_FIGURES
            or t.key in STANDS_FOR_A_PERSON
            for t in words
        ) or " ".join(t.key for t in words) in PUBLIC_FIGURES:
            continue
        if _not_a_person(text, words[0], words[-1]):
            continue  # (a paragraph about books gives no character an age in an appositive:
            # "one of our book club kids smashed it. Wren Hollister, age eight, read 100")
        if len(words) > 1:
            yield _full_name_hit(words, text)
        else:
            yield _given_hit(words[-1], text)


def _names(prose: str, raw: str, policy: Policy) -> Iterator[Hit]:
    if QUOTED_NICKNAME.search(prose):
        prose = QUOTED_NICKNAME.sub(lambda m: " " * len(m.group(0)), prose)
    tokens = _tokens(prose)
    yield from _families(prose, policy)
    yield from _plural_families(prose, policy)
    yield from _titled(prose, policy)
    yield from _titled_families(prose, policy)
    yield from _capitalised(prose, policy, tokens)
    yield from _lower_case(prose, policy, tokens)
    if "'" in prose or "’" in prose:
        yield from _owners(prose, policy, tokens)
    if "," in prose:
        yield from _aged(prose, policy)
        yield from _kin_named(prose, policy)
    if ARTICLE_CAP.search(prose):
        yield from _nicknames(prose, policy)
    if "—" in prose or "–" in prose or " real name" in prose or "su nombre" in prose:
        yield from _explained_nicknames(prose)
    if "#" in prose:
        yield from _hashtags(prose, policy)
    if "call" in prose or "llam" in prose:
        yield from _called(prose, policy)
    if ". " in prose or prose.endswith("."):
        yield from _initials(prose, policy)
        yield from _signatures(prose, policy)
    if re.search(r"[\-_]", raw):
        yield from _paths(raw, policy)
    if OTHER_SCRIPT_GATE.search(prose):
        yield from _other_scripts(prose)


#: Letters of scripts the name lists cannot hold (Devanagari, Bengali, Gurmukhi, Arabic,
#: Hebrew, Cyrillic, Greek, Thai, Hangul, Han, Kana, Amharic): a name written in them.
_OTHER = (r"\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u0A7F\u0E00-\u0E7F"
          r"\u1200-\u137F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF")
OTHER_SCRIPT_GATE = re.compile(f"[{_OTHER}]")
_OTHER_WORD = rf"[{_OTHER}][{_OTHER}\u0300-\u036F\u0900-\u0A7F]*"
OTHER_SCRIPT_RUN = re.compile(rf"{_OTHER_WORD}(?:[ \t]+{_OTHER_WORD}){{0,2}}")


#: Around a name in another script, the words that say a person wrote, said or signed it
#: ("Guest post by 李秀华", '"..." said कमल चटर्जी', "xo, 冬梅", "— the पाटिल family").
OTHER_SCRIPT_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:said|says|by|xo+|love|hugs|dijo|por)|[—–]\s*(?:the|la\s+familia)?"
    r"|\bvolunteers?(?:\s+\w+){0,2}\s*:)[\s,]*$", re.I)
OTHER_SCRIPT_CREDIT_AFTER = re.compile(
    r"\s+(?:family|families|twins|familia)\b|,\s+(?:mom|dad|mother|father|whose|who|age"
    r"|mam[aá]|pap[aá])\b", re.I)


def _other_scripts(prose: str) -> Iterator[Hit]:
    """A name in another script, said of a person ("thanks to अमित राव for the cookies",
    "we saw 王小明 today"): the lists are Latin, so the words around it decide. A greeting in
    that script ("新年快乐", "शुभ दीपावली") has no person word around it."""
    for match in OTHER_SCRIPT_RUN.finditer(prose):
        before = prose[max(0, match.start() - 40) : match.start()]
        after = prose[match.end() : match.end() + 80]
        credited = (OTHER_SCRIPT_CREDIT_BEFORE.search(before)
                    or OTHER_SCRIPT_CREDIT_AFTER.match(after))
        if not (credited or PERSON_BEFORE.search(before) or KIN_BEFORE.search(before)
                or GREETED_BEFORE.search(before) or SHOUT_OUT_BEFORE.search(before)
                or PERSON_AFTER.match(after) or PATIENT_AFTER.match(after)):
            continue
        if not credited and not _about_life(sentence_of(prose, match.start(), match.end())):
            continue
        name = Token(match.start(), match.end(), match.group(0), match.group(0))
        if len(match.group(0).split()) > 1 or (len(name.text) >= 3 and re.search(
                r"[\u3400-\u9FFF\uAC00-\uD7AF]", name.text)):
            # two words, or three Han or Hangul characters (a family name and a given name)
            yield _full_name_hit([name], prose)
        else:
            yield _given_hit(name, prose)
