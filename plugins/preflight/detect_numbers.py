"""Contact details and numbers that identify a person: phone, fax, e-mail, SSN, the record,
plan, account, licence, vehicle, device and other ID numbers, IP addresses, links to a person.

Numbers are found by shape *and* by the words around them, so a dose, a year or a statistic
never trips them: an ID needs a cue ("MRN", "member ID", "número de expediente") before a
value with at least four digits; a phone number is found however it is written (dots, en
dashes, spaces, parentheses, spelled in words) but the practice's own lines, the public
hotlines and toll-free numbers (organisations' lines, never a parent's cell) pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from urllib.parse import unquote_plus

import phonenumbers

from .detect_places import STATE_ABBREVIATIONS, practice_street
from .hits import (
    Hit,
    Policy,
    block,
    paragraph_span,
    sentence_before,
    sentence_of,
    sentence_span,
    warn,
)
from .lexicon import fold, surnames


def _maps_to_the_practice(url: str, policy: Policy) -> bool:
    """A map link whose place (a query value or a path part) is the practice's own street
    address, as the settings give it."""
    parts = [unquote_plus(v) for v in re.findall(r"[?&][a-z]+=([^&#]+)", url)]
    parts += [unquote_plus(p) for p in url.split("?")[0].split("/")]
    return any(re.match(r"\d", p) and practice_street(policy, p) for p in parts)


#: Numbers every note may print (E.164): Poison Control, CDC-INFO, 911 and 988 are short codes.
ALWAYS_ALLOWED_PHONES = ("+18002221222", "+18002324636")
TOLL_FREE = frozenset(("800", "888", "877", "866", "855", "844", "833"))
_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

# --- phones ---------------------------------------------------------------------------------
_SEP = r"[ .\-/]{0,3}"
NANP = re.compile(
    r"(?<![\w+.\-/])(?:\+?1[ .\-]{0,2})?(?:\(\s?[2-9]\d{2}\s?\)|[2-9]\d{2})"
    rf"{_SEP}[2-9]\d{{2}}{_SEP}\d{{4}}(?![\w\-/]|\.\d)"
)
#: Seven digits "555-0187" only count after a phone word.
LOCAL_PHONE = re.compile(r"(?<![\d.\-/])\d{3}[-.]\d{4}(?![\d\-/]|\.\d)")
PHONE_CUE = re.compile(
    r"\b(?:call|text|cell|phone|number|reach|fax|dial|ring|at|is|tel|llame|llamar|ll[aá]m\w*"
    r"|tel[eé]fono|celular|n[uú]mero|marque|al|es)\b[^.\n]{0,20}$",
    re.I,
)
FAX_CUE = re.compile(r"\b(?:fax\w*|facs[ií]mil\w*|telefax)\b", re.I)
VOICE_CUE = re.compile(
    r"\b(?:call|text|cell|phone|mobile|dial|ring|llame|llamar|tel[eé]fono|celular|m[oó]vil)\b",
    re.I,
)
#: Any 10-13 digits right after a phone word: numbers of other countries ("llame al 55 1234
#: 5678", "WhatsApp +52 1 55 ...").
CUED_DIGITS = re.compile(
    # every form of llamar ("llamen al", "llámenle", "llamó"), as PHONE_CUE reads them
    r"\b(?:call|text|cell|phone|mobile|whatsapp|fax|dial|reach|ll[aá]m\w*"
    r"|marque|marquen|tel[eé]fono|tel|cel|celular|m[oó]vil|n[uú]mero|escrib\w*|mensaje"
    r"|whats\w*|wasap|wsp|contact\w*|comun[ií]que\w*|avísele|av[ií]senle)\b[^.\n\d+]{0,25}"
    r"(?P<number>\+?\d[\d \-.()]{6,18}\d)(?![\d\-])",
    re.I,
)
#: Numbers the way Mexico and much of Latin America write them, two or three digits of area
#: code then two groups of four ("55 4127 8830", "(81) 8123-4567", "+56 9 8741 2203"): no
#: dose, price or date is written so.
LATAM_PHONE = re.compile(
    r"(?<![\w.,+\-/])(?:\+\d{2,3}[ .\-]?(?:\d[ .\-])?)?(?:\(\d{2,3}\)|\d{2,3})"
    r"[ .\-]\d{4}[ .\-]\d{4}(?![\w\-/]|[.,]\d)"
)
#: A WhatsApp link is a phone number ("wa.me/56987412203", "api.whatsapp.com/send?phone=").
WHATSAPP_LINK = re.compile(
    r"(?:wa\.me/|whatsapp\.com/send/?\?phone=)(?P<number>\+?\d{8,15})", re.I
)
SSN_SHAPE = re.compile(r"\d{3}[ .\-]?\d{2}[ .\-]?\d{4}")
TEL_LINK = re.compile(r"tel:\s*(?P<number>[+\d][\d\s().\-]{6,})", re.I)
#: A run of digits and phone punctuation: where phonenumbers looks for international numbers.
INTL_RUN = re.compile(r"\+(?:[2-9]|1\d)\d?[\d\s().\-]{6,}\d")
_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "cero": "0",
    "uno": "1",
    "un": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
}
#: Numbers read in pairs, as a phone number is often said ("cuatro cuatro ocho, treinta y uno
#: noventa", "five fifty-five, twelve thirty-four"): the teens and the tens.
_TEENS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
)
_TWENTIES = ("veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete"
             " veintiocho veintinueve")
_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety",
         "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa")
_PAIR_WORDS = {
    **{w: str(10 + i) for words in _TEENS for i, w in enumerate(words.split())},
    **{w: f"2{i + 1}" for i, w in enumerate(_TWENTIES.split())},
}
_TENS_WORDS = {w: str(2 + i) for words in _TENS for i, w in enumerate(words.split())}
_NUMBER_WORDS = sorted([*_DIGIT_WORDS, *_PAIR_WORDS, *_TENS_WORDS], key=len, reverse=True)
_ACCENTED = {"dieciséis": "dieciseis", "veintidós": "veintidos", "veintitrés": "veintitres",
             "veintiséis": "veintiseis"}
SPELLED = re.compile(
    # digits may come in groups among the words: "217 six-oh-two 1184"; "y" joins a tens
    # word to its unit ("treinta y uno")
    r"\b(?:(?:" + "|".join([*_NUMBER_WORDS, *_ACCENTED]) + r"|\d{1,4}"
    r"|(?<=[a-z] )y(?= [a-z]))\b[\s,.\-–]*){3,}",
    re.I,
)


def _spoken_digits(words: list[str]) -> str:
    """The digits a number read aloud says: "treinta y uno noventa" -> "3190", "fifty-five"
    -> "55", "six oh two" -> "602"."""
    digits: list[str] = []
    words = [_ACCENTED.get(w.lower(), w.lower()) for w in words]
    i = 0
    while i < len(words):
        word = words[i]
        if word in _TENS_WORDS:
            # the unit after it, with or without "y": "thirty-one", "treinta y uno"
            rest = words[i + 1 : i + 3]
            unit = rest[1] if rest[:1] == ["y"] and len(rest) == 2 else rest[0] if rest else ""
            if unit in _DIGIT_WORDS and _DIGIT_WORDS[unit] not in ("0",):
                digits.append(_TENS_WORDS[word] + _DIGIT_WORDS[unit])
                i += 3 if rest[:1] == ["y"] else 2
                continue
            digits.append(_TENS_WORDS[word] + "0")
        elif word in _PAIR_WORDS:
            digits.append(_PAIR_WORDS[word])
        elif word != "y":
            digits.append(_DIGIT_WORDS.get(word, word))
        i += 1
    return "".join(digits)


def e164(number: str) -> str | None:
    """The E.164 form of a phone number (US by default), or None."""
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _nanp_e164(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    return "+" + (digits if len(digits) == 11 else "1" + digits[-10:])


def _phone_allowed(number: str, policy: Policy) -> bool:
    return (
        number in policy.phones
        or number in ALWAYS_ALLOWED_PHONES
        or (number.startswith("+1") and number[2:5] in TOLL_FREE)
    )


def _phone_code(prose: str, start: int) -> str:
    """privacy-fax when the nearest contact word before the number is "fax"."""
    before = sentence_before(prose, start, 160)
    if not (FAX_CUE.search(before) or VOICE_CUE.search(before)):
        # ("One dad asked us to fax his daughter's record. We did, to (409) 832-7715.")
        left = start - len(before)
        before = sentence_before(prose, max(0, left - 2), 160)
    fax = [m.end() for m in FAX_CUE.finditer(before)]
    voice = [m.end() for m in VOICE_CUE.finditer(before)]
    return "privacy-fax" if fax and (not voice or fax[-1] > voice[-1]) else "privacy-phone"


#: The words that say what a number in their sentence is, by kind. A code found with no cue
#: right before it ("one family's recipient number is in the top box, 418820937"), with a
#: bare "ID" ("Recipient ID: 482 915 337") or in a phone's shape that is no phone's ("el acta
#: número 117-2026-004512") is the kind of the nearest of these words: a licence's, a health
#: plan's, a chart's, an account's, a device's, or one person's code of another kind.
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("privacy-license",
     r"licen[cs]es?|licencias?|passports?|pasaportes?|(?:learner'?s?\s+)?permits?|birth\s+"
     r"certificates?|certificates?|certificados?|actas?(?:\s+de\s+nacimiento)?|green\s+card"
     r"|state\s+file"),
    ("privacy-health-plan",
     r"medicaid|medi-cal|medicare|tricare|(?:la)?chip|all\s+kids|insurance|insurer|health\s+"
     r"plans?|planes?\s+de\s+salud|seguro(?!\s+social)|member(?=[\s-]+(?:id|number|no|#))"
     r"|(?:id|n[uú]mero)\s+de\s+miembro|recipients?"
     r"|beneficiari\w+|subscribers?|providerone|apple\s+health|afiliad[oa]s?|p[oó]lizas?"
     r"|derechohabientes?|(?-i:RIN|CIN)"),
    ("privacy-record-number",
     r"medical\s+records?|record(?=[\s-]+(?:number|no|#))|charts?|expedientes?"
     r"|historias?\s+cl[ií]nicas?|mrn"),
    ("privacy-account", r"accounts?|cuentas?|statements?|billing|invoices?|facturas?"),
    ("privacy-device", r"serial|pump|implant|cgm|sensor|transmitter|processor|hearing\s+aids?"
     r"|device|dispositivo|bomba|implante|aud[ií]fonos?"),
    ("privacy-unique-id",
     r"student|estudiante|alumn[oa]|case|caso|folio|matr[ií]cula|wristband|bracelet|pulsera"
     r"|brazalete|bib|badge|msix|cui|dpi|dni|c[eé]dula|screen(?:ing)?\s+card|(?-i:ID)"),
)
#: (a kind's word names the "ID" or the "number" after it: "LaCHIP member ID", "ProviderOne
#: client ID", "account number")
_OF_THE_KIND = r"(?:[\s-]+(?:client|member|card|file|id|number|no\.?|n[uú]mero|#))*"
_KIND_WORD = re.compile(
    "|".join(f"(?P<k{i}>\\b(?:{words})\\b{_OF_THE_KIND})"
             for i, (_, words) in enumerate(KIND_WORDS)), re.I)


def kind_near(prose: str, start: int, end: int, *, paragraph: bool = True) -> str | None:
    """The kind (`KIND_WORDS`) of the word nearest to prose[start:end]: in its sentence,
    before it (where a writer names a number), then after it; else in its paragraph before
    its sentence ("The billing team will ask for the account number. A mom read hers out as
    5520-019384"). None when none is said."""
    left, right = sentence_span(prose, start, end)
    before = list(_KIND_WORD.finditer(prose, left, start))
    found = before[-1] if before else _KIND_WORD.search(prose, end, right)
    if found is None and paragraph:
        earlier = list(_KIND_WORD.finditer(prose, max(paragraph_span(prose, start)[0],
                                                      left - 300), left))
        found = earlier[-1] if earlier else None
    if found is None:
        return None
    index = next(int(k[1:]) for k, v in found.groupdict().items() if v)
    return KIND_WORDS[index][0]


def _phone_hit(start: int, end: int, raw: str, prose: str) -> Hit:
    code = _phone_code(prose, start)
    if (code == "privacy-phone" and not NANP.fullmatch(raw.strip()) and "+" not in raw
            and not VOICE_CUE.search(sentence_before(prose, start, 160))):
        kind = kind_near(prose, start, end, paragraph=False)
        if kind not in (None, "privacy-device"):
            # (no phone's shape, and the sentence says what it is: "el número del acta,
            # 117-2026-004512", "el RIN 401 882 619")
            return block(start, end, kind, f'{_WHAT[kind]} ("{raw.strip()}").',
                         "Fix: remove it, or replace it with a general description.")
    kind = "Fax number" if code == "privacy-fax" else "Phone number"
    return block(
        start,
        end,
        code,
        f'{kind} "{raw.strip()}" that is not the practice\'s or a public line.',
        "Fix: remove it, or give the practice's number instead. (The practice's own "
        "numbers, 911, 988, Poison Control and toll-free lines are always allowed; "
        "others go in PRIVACY_ALLOWED_PHONES.)",
    )


#: An organisation's line ("the county health department at 217-535-3100"): not a person's,
#: unless the same words also tie it to a person ("her cell", "the family's home fax").
ORG_BEFORE = re.compile(
    r"\b(?:department|dept|health department|hospital|clinic|center|centre|hotline|helpline"
    r"|lifeline|crisis line|text line|warmline|support line|help desk|toxicolog\w*|intoxicaciones"
    r"|CITUC|SINTOX|CIAT|CIATOX|responde|informaci[oó]n toxicol[oó]gica|servicio de"
    r"|help line|program|programme|agency|library|school district|district office|WIC|county"
    # ("crisis" only as a service: "el plan de crisis" of a child with epilepsy is theirs)
    r"|city of|state of|DHS|IDPH|CDC|poison|crisis (?:center|centre|team|services?)"
    r"|l[ií]nea de crisis|shelter|pantry|food ?bank|Medicaid|office of"
    r"|departamento|hospital|cl[ií]nica|centro|l[ií]nea|programa|agencia|biblioteca|oficina"
    r"|condado|ciudad|refugio|despensa|banco de alimentos"
    # consulates, food banks and the like, and a line called an organisation's ("its main
    # line", "su teléfono general")
    r"|consulate|consulado|embassy|embajada|headquarters|YMCA|YWCA|college"
    r"|university|universidad|main line|general line"
    r"|main number|tel[eé]fono general|l[ií]nea general|n[uú]mero general)\b",
    re.I,
)
PERSONAL_BEFORE = re.compile(
    r"\b(?:her|his|their|them|him|family|mom|mother|dad|father|parent|grandma|grandmother"
    r"|grandpa|grandfather"
    r"|aunt|uncle|cousin|sister|brother|neighbou?r|babysitter|nanny|cell|mobile|personal|home"
    r"|family's|t[ií][oa]|prim[oa]|herman[oa]|vecin[oa]|ni[ñn]era|su\s+(?:mam[aá]|pap[aá]|celular|casa"
    r"|oficina|trabajo|n[uú]mero|hij[oa])"
    r"|mam[aá]|pap[aá]|abuel[oa]|celular|se[ñn]ora|se[ñn]or"
    r"|volunteer|voluntari[oa]|teacher|maestr[oa]|retired|jubilad[oa])\b"
    # a person by rank or title and name: "la oficina del comandante Villarreal, fax ..."
    r"|\b(?:comandante|commander|sargento|sergeant|capit[aá]n|captain|teniente|lieutenant"
    r"|coronel|colonel|coach|entrenador[a]?)\s+(?-i:[A-ZÁÉÍÓÚÑ])",
    re.I,
)


#: The practice's own lines said as such ("call our office at", "text us at", "llámenos
#: al"): a second office or a new line not yet in the settings is still no patient's.
OURS_BEFORE = re.compile(
    r"(?:\b(?:our|nuestr[oa])\s+(?:main\s+|new\s+|office\s+|clinic\s+|front[- ]desk\s+"
    r"|after[- ]hours\s+|nurse\s+|advice\s+|scheduling\s+|billing\s+|Spanish\s+)?"
    r"(?:office|clinic|front desk|line|number|phone|nurse line|desk|oficina|cl[ií]nica"
    r"|consultorio|l[ií]nea|n[uú]mero|tel[eé]fono|recepci[oó]n)\b"
    r"|\b(?:call|text|reach|phone|fax)\s+us\b|\bll[aá]m(?:enos|anos)\b|\bescr[ií]b(?:anos|enos)\b)"
    # right before the number: "our office at", "call us:", "llámenos al" (not "drop-offs at
    # our office, or text Keisha at")
    r"(?:\s*(?:at|is|on|:|-|–|al|es|el|en el|\(|24/7|any ?time))*\s*$",
    re.I,
)


def _public_line(prose: str, start: int) -> bool:
    before = sentence_before(prose, start, 150)
    # a list of numbers: only this item's words name this number ("- Centro de Toxicología:
    # 1-800-222-1222 - Voluntaria: 55 1234 8876")
    before = re.split(r"\s[-*•]\s|\d[\d\s().\-]{5,}\d", before)[-1]
    return bool(ORG_BEFORE.search(before) or OURS_BEFORE.search(before)) and not (
        PERSONAL_BEFORE.search(before)
    )


def phones(text: str, prose: str, policy: Policy) -> Iterator[Hit]:
    """Phone and fax numbers that may be a person's: in the prose, in `tel:` links, spelled in
    words; an organisation's line named as such passes."""
    for hit in _phones(text, prose, policy):
        source = prose if hit.start < len(prose) else text
        if hit.start and source[hit.start - 1].isalpha() and source[hit.start].isdigit():
            continue  # digits glued to letters are a code's ("NCT03745287": a trial's ID)
        if not _public_line(source, hit.start):
            yield hit


def _phones(text: str, prose: str, policy: Policy) -> Iterator[Hit]:
    plain = prose.translate(_DASHES)
    seen: set[int] = set()
    for match in NANP.finditer(plain):
        if _phone_allowed(_nanp_e164(match.group(0)), policy):
            continue
        seen.add(match.start())
        yield _phone_hit(match.start(), match.end(), prose[match.start() : match.end()], prose)
    if re.search(r"\d{3}[-.]\d{4}", plain):
        for match in LOCAL_PHONE.finditer(plain):
            if match.start() in seen or any(s <= match.start() < s + 16 for s in seen):
                continue
            if match.group(0).replace(".", "-") in policy.local_phones:
                continue
            if not PHONE_CUE.search(plain[max(0, match.start() - 30) : match.start()]):
                continue
            seen.add(match.start())
            yield _phone_hit(match.start(), match.end(), prose[match.start() : match.end()], prose)
    if "+" in plain:
        for run in INTL_RUN.finditer(plain):
            if run.start() in seen or any(s <= run.start() < s + 20 for s in seen):
                continue
            for found in phonenumbers.PhoneNumberMatcher(run.group(0), "US"):
                number = phonenumbers.format_number(
                    found.number, phonenumbers.PhoneNumberFormat.E164
                )
                if not _phone_allowed(number, policy):
                    begin = run.start() + found.start
                    seen.add(begin)
                    yield _phone_hit(begin, run.start() + found.end, found.raw_string, prose)
    for match in CUED_DIGITS.finditer(plain):
        start = match.start("number")
        if any(s - 2 <= start <= s + 2 for s in seen):
            continue
        # (a list's next item is no part of the number: "fax machine at 217-555-0135",
        # then "- 0 days without ...", or "2. Call (217) 555-0134." then "3. ...", which a
        # flattened list puts right after it)
        raw = re.split(r"\s+[-–—*+]\s+|\.\s+(?=\d{1,2}\b)", match["number"])[0]
        end = start + len(raw)
        digits = re.sub(r"\D", "", raw)
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", raw.strip()) and all(
                int(part) <= 255 for part in raw.strip().split(".")):
            continue  # "192.168.4.21": an IP address (see ip_addresses); 217.555.61.49 is none
        numero = re.search(r"(?i)n[uú]mero", plain[match.start() : start]) is not None
        # someone's own "número" is their phone: "nos dejó su número de allá, 5512.8834"
        numero = numero and not re.search(r"(?i)\b(?:su|mi|tu|sus)\s+n[uú]mero",
                                          plain[max(0, match.start() - 6) : start])
        if not (9 if numero else 8) <= len(digits) <= 13:
            continue  # (8: Bolivia, Central America; 9: Spain, Peru; "número" wants 9 or more)
        if len(digits) == 9 and (SSN_SHAPE.fullmatch(raw.strip())
                                 or SSN_CUE.search(plain, max(0, start - 60), start)):
            continue  # nine digits 3-2-4 or after "social security": an SSN (see ids)
        nanp = len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))
        number = _nanp_e164(digits) if nanp else "+" + digits
        if _phone_allowed(number, policy):
            continue
        seen.add(start)
        yield _phone_hit(start, end, prose[start:end], prose)
    for match in LATAM_PHONE.finditer(plain):
        if any(s - 4 <= match.start() <= s + 4 for s in seen):
            continue
        digits = re.sub(r"\D", "", match.group(0))
        if _phone_allowed("+" + digits, policy) or _phone_allowed(_nanp_e164(digits), policy):
            continue
        seen.add(match.start())
        yield _phone_hit(match.start(), match.end(), prose[match.start() : match.end()], prose)
    for match in WHATSAPP_LINK.finditer(text):
        number = "+" + match["number"].lstrip("+")
        if not _phone_allowed(number, policy):
            yield _phone_hit(match.start(), match.end(), match.group(0), text)
    if "tel:" in text.lower():
        for match in TEL_LINK.finditer(text):
            number = e164(match["number"])
            shown = text[match.end() : match.end() + 80].split("</a", 1)[0]
            if ORG_BEFORE.search(shown) or OURS_BEFORE.search(shown + " at"):
                continue  # the link's own words name a public line: ">Salud Responde</a>"
            if number and not _phone_allowed(number, policy):
                yield _phone_hit(match.start(), match.end(), match.group(0), text)
    for match in SPELLED.finditer(prose):
        words = re.findall(r"[^\W\d_]+|\d", match.group(0))
        while words and words[-1].lower() in ("o", "y"):
            words.pop()  # "cero-uno-tres-cuatro, o manden fax": Spanish "or", no zero
        digits = _spoken_digits(words)
        spelled = [w for w in words if w.isalpha() and w.lower() not in ("o", "y")]
        if len(digits) < 7 or len(digits) > 11 or not spelled:
            continue  # (a lone "o" is Spanish "or": "217-555-0134 o 911")
        if len(spelled) < 2 and sum(w.isdigit() for w in words) > len(spelled):
            continue  # mostly digits with one word among them: not a number read aloud
        if len(digits) >= 10 and _phone_allowed(_nanp_e164(digits), policy):
            continue
        yield _phone_hit(match.start(), match.end(), match.group(0).rstrip(" ,.-"), prose)


# --- e-mail, links, handles, IP -----------------------------------------------------------------
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TLD = (
    r"(?:com|org|net|edu|gov|us|mx|es|co|io|info|me|biz|ca|uk|cl|ar|pe|ve|uy|py|bo|ec|gt|hn"
    r"|sv|ni|cr|pa|do|pr|cu)"
)
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.])[A-Za-z0-9._%+-]+(?:\s+(?:dot|punto)\s+[A-Za-z0-9_%+-]+)*"
    r"\s*[(\[{<]?\s*(?:at|arroba|@)\s*[)\]}>]?\s*"
    r"[A-Za-z0-9-]+\s*[(\[{<]?\s*(?:dot|punto|\.)\s*[)\]}>]?\s*" + _TLD + r"\b",
    re.I,
)
FREE_MAIL = frozenset(
    (
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "live.com",
        "msn.com",
        "comcast.net",
        "att.net",
        "protonmail.com",
        "proton.me",
        "ymail.com",
        "sbcglobal.net",
        "verizon.net",
        "mail.com",
        "gmx.com",
        "yahoo.com.mx",
        "hotmail.es",
        "prodigy.net.mx",
    )
)
ROLE_MAILBOXES = frozenset(
    (
        "info",
        "contact",
        "contacto",
        "help",
        "support",
        "office",
        "frontdesk",
        "hello",
        "hola",
        "questions",
        "press",
        "media",
        "news",
        "cdcinfo",
        "admin",
        "appointments",
        "citas",
        "billing",
        "records",
        "nurse",
        "webmaster",
        "feedback",
        "team",
        "noreply",
        "no-reply",
    )
)
URL = re.compile(
    r"(?<![@\w.\-])(?:https?://)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    r"(?:com|org|net|edu|gov|io|co|us|me|info|blog|page|site|app|ly|link|mx|es|tv|be|gl|ee"
    r"|social|fund|care|love|life|family|ca|uk|la|br|ar)\b"
    # a country's second level after the generic one: "vakinha.com.br", "gob.mx"
    r"(?:\.(?-i:[a-z]{2})(?![\w]))?(?:[/?#][^\s)\]>\"'<]*)?",
    re.I,
)
SOCIAL_DOMAINS = frozenset(
    (
        "facebook.com",
        "fb.com",
        "m.facebook.com",
        "instagram.com",
        "twitter.com",
        "x.com",
        "tiktok.com",
        "linkedin.com",
        "youtube.com",
        "youtu.be",
        "snapchat.com",
        "threads.net",
        "bsky.app",
        "reddit.com",
        "pinterest.com",
        "nextdoor.com",
        "tumblr.com",
        "twitch.tv",
        "wa.me",
        "t.me",
        "vm.tiktok.com",
        "fb.me",
        "mastodon.social",
    )
)
#: Sites whose pages are about one person or one family: fundraisers, care journals, meal
#: trains, registries, payment links, personal blogs.
PERSON_DOMAINS = (
    "gofundme.com",
    "gofund.me",
    "givesendgo.com",
    "gogetfunding.com",
    "fundrazr.com",
    "giveforward.com",
    "helphopelive.org",
    # crowdfunding for one family in Latin America, Spain, Europe and India
    "vakinha.com.br",
    "vaki.co",
    "donadora.org",
    "migranodearena.org",
    "leetchi.com",
    "justgiving.com",
    "chuffed.org",
    "ketto.org",
    "milaap.org",
    "link.mercadopago.com",
    "mpago.la",
    "caringbridge.org",
    "mealtrain.com",
    "spotfund.com",
    "givebutter.com",
    "fundly.com",
    "youcaring.com",
    "gogetfunding.com",
    "lotsahelpinghands.com",
    "takethemameal.com",
    "giveforward.com",
    "fundrazr.com",
    "venmo.com",
    "cash.app",
    "paypal.me",
    "ko-fi.com",
    "patreon.com",
    "buymeacoffee.com",
    "linktr.ee",
    "babylist.com",
    "myregistry.com",
    "blogspot.com",
    "wordpress.com",
    "wixsite.com",
    "weebly.com",
    "substack.com",
    "medium.com",
    "sites.google.com",
    "carepages.com",
    "mylifeline.org",
    "signupgenius.com",
    "perfectpotluck.com",
    "mealbaby.com",
    "giveinkind.com",
    "amazon.com/baby-reg",
    "amazon.com/hz/wishlist",
    "helphopelive.org",
    "fundmycare.com",
    "vakinha.com.br",
    "donadora.org",
    "kueski",
    "causecentric",
    "tiltify.com",
    "bonfire.com",
    "squarespace.com",
    "typepad.com",
    "blogger.com",
    "livejournal.com",
    "ghost.io",
)
#: One supporter's page on a charity's fundraising site: "fundraise.stjude.org/ava-walks-
#: for-her-brother", "events.org/team/the-lopez-kids" (the charity's own pages pass).
PEER_FUNDRAISER = re.compile(
    r"^(?:www\.)?(?:fundrais\w*|p2p|peer)\.[^/]+/(?:[^/\s]+/)*"
    r"[a-z0-9]+(?:-[a-z0-9]+){1,}/?$"
    r"|/(?:fundraiser|fundraising|participant|personal-page|mypage|fundraise|team|teams)/"
    r"[a-z0-9]+(?:-[a-z0-9]+)+",
    re.I,
)
#: A site of its own for one child or family: "thejohnsonjourney.com", "prayersforella.org",
#: "teamliamstrong.com".
PERSONAL_SITE = re.compile(
    r"(?:journey|warrior|fighter|strong|prayersfor|praying|miracle|fundraiser|ourstory"
    r"|family(?:blog|story|updates)|babyblog|updates|diary|helpfor|help4|teamliam|4(?:ella|baby)"
    # and the same in Spanish: "nuestroguerrerito-blog.com", "milagrodesofia.org"
    r"|guerrer[oa]|guerrerit[oa]|milagro|luchador[a]?|oracionespor|ayudapara|fuerza\w+)",
    re.I,
)
MAPS = re.compile(
    r"(?:google\.[a-z.]+/maps|maps\.google\.|goo\.gl/maps|maps\.app\.goo\.gl"
    r"|maps\.apple\.com|waze\.com)",
    re.I,
)
#: "@lil.jayden2019", and Bluesky's "@kenji-draws.bsky.social" (hyphens and dots).
HANDLE = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,60}[A-Za-z0-9_])?\b")
#: Public health organisations' handles (any practice may cite them).
PUBLIC_HANDLES = frozenset(
    (
        "@cdcgov",
        "@cdc_espanol",
        "@cdcespanol",
        "@who",
        "@opsoms",
        "@amacadpeds",
        "@aapnews",
        "@healthychildren",
        "@nih",
        "@nichd_nih",
        "@us_fda",
        "@fda",
        "@hhsgov",
        "@surgeon_general",
        "@cpsc",
        "@nhtsagov",
        "@readygov",
        "@redcross",
        "@cruzrojaamericana",
        "@unicef",
        "@unicefusa",
        "@savethechildren",
        "@marchofdimes",
        "@poisoncenters",
        "@aap",
    )
)
IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
    r"(?![\d.]*\d)"
)
#: Full or compressed ("2001:db8:85a3::8a2e:370:7334"); the caller keeps only those with a
#: hex letter or "::" (not a clock time) that are not a MAC address.
IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}(?:::?[0-9A-Fa-f]{1,4}){2,7}(?:::)?|::(?:[0-9A-Fa-f]{1,4}:?){1,7})"
    r"(?![\w:])"
)
IP_CUE = re.compile(
    r"\b(?:ip|ipv4|ipv6|address|direcci[oó]n|router|login|log in|network"
    r"|red|from|desde|wifi|wi-fi|server|servidor|computer|laptop)\b",
    re.I,
)


def _bare(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?", "", url.lower()).rstrip(".,;:!?")


def practice_handle(handle: str, words: tuple[str, ...]) -> bool:
    """Whether `handle` is spelled from the practice's name (`words`, folded): its first
    word whole, then two or more of its words in order, each whole or cut short
    ("maplestreetpeds", "MapleStPeds", "maple_street_pediatrics", "maplepeds" for Maple
    Street Pediatrics). A parent's handle that starts with the same word ("@maple_mom")
    is not: "mom" is no part of the practice's name."""
    letters = fold(re.sub(r"[^\w]|_|\d", "", handle))
    if len(words) < 2 or not letters.startswith(words[0]):
        return False

    def spelled(rest: str, index: int, used: int) -> bool:
        if not rest or rest == "s":  # ("peds": a word cut short, in the plural)
            return used >= 2
        return any(
            rest.startswith(words[i][:n]) and spelled(rest[n:], i + 1, used + 1)
            for i in range(index, len(words))
            for n in range(min(len(words[i]), len(rest)), 1, -1)
        )

    return spelled(letters[len(words[0]):], 1, 1)


def _social_allowed(bare: str, policy: Policy) -> bool:
    account = re.sub(r"^[^/]+/@?", "", bare).split("/", 1)[0]
    if account and practice_handle(account, policy.practice_words):
        return True  # "instagram.com/maplestreetpeds": the practice's own account
    for entry in policy.social:
        allowed = _bare(entry).rstrip("/")
        if bare.rstrip("/") == allowed or bare.startswith(allowed + "/"):
            return True
    return False


def emails(text: str, policy: Policy) -> Iterator[Hit]:
    """Plain and obfuscated e-mail addresses ("ana at gmail dot com", "[at]", "(arroba)")."""
    spans: list[tuple[int, int]] = []
    if "@" in text:
        for match in EMAIL.finditer(text):
            address = match.group(0).lower()
            local, _, domain = address.partition("@")
            if (
                address in policy.emails
                or domain.endswith(".gov")
                or (local in ROLE_MAILBOXES and domain not in FREE_MAIL)
            ):
                continue
            spans.append((match.start(), match.end()))
            yield block(
                match.start(),
                match.end(),
                "privacy-email",
                f'E-mail address "{match.group(0)}".',
                "Fix: remove it, or give the practice's contact instead.",
            )
    lower = text.lower()
    if any(w in lower for w in (" at ", "at]", "at)", "arroba", "at}", "at>")):
        for match in OBFUSCATED_EMAIL.finditer(text):
            if any(s <= match.start() < e for s, e in spans) or "@" in match.group(0):
                continue
            after_at = re.split(r"(?i)\b(?:at|arroba)\b", match.group(0), maxsplit=1)[-1]
            domain = re.sub(r"(?i)\s*(?:dot|punto)\s*|[\s()\[\]{}<>]", ".", after_at)
            free = re.sub(r"\.+", ".", domain).strip(".").lower() in FREE_MAIL
            cued = EMAIL_CUE.search(text[max(0, match.start() - 40) : match.start()])
            if not (re.search(r"(?i)dot|punto|[(\[{<]", match.group(0)) or free or cued):
                continue  # "meet us at home.com"? a plain "at" needs "dot" or a mail provider
            yield block(
                match.start(),
                match.end(),
                "privacy-email",
                f'E-mail address written out ("{match.group(0)}").',
                "Fix: remove it, or give the practice's contact instead.",
            )


#: A link to a bare IP address: "http://98.205.14.61:8080/cam" (URL wants a domain name).
IP_URL = re.compile(
    r"\b(?:https?|rtsp|ftp)://(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
    r"(?::\d{1,5})?(?:[/?#][^\s)\]>\"'<]*)?"
)
#: A family in a site's name: "littlefeetbigsteps-thegarzas.com", "thenguyens.net".
FAMILY_LABEL = re.compile(r"^the(?P<name>[a-z]{3,}?)(?:es|s)$")


def _family_domain(domain: str) -> bool:
    """A word of the domain is "the" + a family name in the plural: the family's own site."""
    words = re.split(r"[-.]", domain.lower())
    return any((m := FAMILY_LABEL.match(w)) and (m["name"] in surnames()
                                                 or m["name"] + "e" in surnames())
               for w in words)


#: A family's or a patient's own site, said so: "one of our families writes ... at".
FAMILY_WRITES = re.compile(
    r"\b(?:one of our|one|a|this|our|una?|esta|este|nuestr[oa]|una de nuestras"
    r"|uno de nuestros) (?:[\w-]+ )?(?:famil(?:y|ies)|patients?|moms?|dads?|parents?"
    r"|familias?|pacientes?|mam[aá]s?|pap[aá]s?)\b[^.!?\n]{0,60}\b(?:writes?|blogs?|shares?"
    r"|posts?|(?:has been |have been )?(?:writing|blogging|sharing|posting)|escribe|comparte"
    r"|publica|cuenta)\b[^.!?\n]{0,100}$",
    re.I,
)


#: A link into a chart or a portal with one patient's number in its path or query:
#: ".../charts/patient/00918822/xray-4", "?mrn=4471902", "/expediente/88412".
RECORD_IN_LINK = re.compile(
    r"/(?:patients?|charts?|records?|mrn|pacientes?|expedientes?|members?)/[A-Za-z]{0,4}-?"
    r"(?!(?:19|20)\d\d\b)\d{4,}"
    r"|[?&](?:patient|mrn|pid|chart|member|record|paciente|expediente)_?(?:id|no|num(?:ber)?)?="
    r"[A-Za-z]{0,4}-?\d{4,}",
    re.I,
)


def links(text: str, policy: Policy) -> Iterator[Hit]:
    """Links to a person: social profiles and posts, fundraisers, care pages, blogs, maps."""
    if "." not in text:
        return
    for match in IP_URL.finditer(text):
        yield block(
            match.start(), match.end(), "privacy-ip",
            f'Link to an IP address ("{match.group(0)}"): a home camera or a router, it can '
            "trace a family's home.",
            "Fix: remove the link.",
        )
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        bare = _bare(url)
        domain, _, path = bare.partition("/")
        social = domain in SOCIAL_DOMAINS or re.match(r"[^/]+/@\w", bare)
        if not social and FAMILY_WRITES.search(text[max(0, match.start() - 160) : match.start()]):
            yield block(
                match.start(), match.start() + len(url), "privacy-url",
                f'A family\'s own site ("{url}"): it names them.',
                "Fix: remove the link, or ask the family and link a public page instead.",
            )
            continue
        query = "?" in bare
        if MAPS.search(url) and (path.strip("/") or query):
            if _maps_to_the_practice(url, policy):
                continue  # "maps.google.com/?q=120+Maple+Street+…": the way to the office
            yield block(
                match.start(),
                match.start() + len(url),
                "privacy-address",
                f'Map link to a place ("{url}"): it can point at a family\'s home.',
            )
            continue
        if WHATSAPP_LINK.search(bare):
            continue  # a WhatsApp link holds a phone number: `phones` names it so
        if social:
            if _social_allowed(bare, policy) or not (path.strip("/") or query):
                continue
            yield block(
                match.start(),
                match.start() + len(url),
                "privacy-social",
                f'Link to a social-media profile or post ("{url}"): it may belong to '
                "a patient or a parent.",
                "Fix: remove it. If it is a public organisation's account, add it to "
                "PRIVACY_SOCIAL_ALLOWLIST in pelicanconf.py.",
            )
            continue
        record = RECORD_IN_LINK.search(bare)
        if record:
            yield block(
                match.start(), match.start() + len(url), "privacy-record-number",
                f'Link to one patient\'s record ("{url}"): "{record.group(0).strip("/?&")}" is '
                "their number in a chart or a portal.",
                "Fix: remove the link, or link a sample image without the patient's number.",
            )
            continue
        if (
            any(
                domain == d or domain.endswith("." + d) or bare.startswith(d)
                for d in PERSON_DOMAINS
            )
            and (path.strip("/") or domain.count(".") > 1)
        ) or PERSONAL_SITE.search(domain.split(".")[-2] if domain.count(".") else domain) or (
            PEER_FUNDRAISER.search(bare)
        ) or _family_domain(domain):
            if _social_allowed(bare, policy):
                continue
            yield block(
                match.start(),
                match.start() + len(url),
                "privacy-url",
                f'Link to a page about one person or family ("{url}"): a fundraiser, '
                "a care journal or a personal blog names the child.",
                "Fix: remove the link; describe how to help in general words.",
            )


EMAIL_CUE = re.compile(
    r"\b(?:e-?mail|write to|write|correo|escr[ií]b\w*|mail|message)\b[^.\n]{0,30}$", re.I
)
#: "her TikTok is dad.vs.diapers", "Instagram: mama_de_mateo": a handle without its @.
NAMED_HANDLE = re.compile(
    # (not inside an address: "@kenji-draws.bsky.social" is one handle, read by HANDLE)
    r"(?<![.@\w-])\b(?:instagram|insta|ig|tiktok|snapchat|snap|twitter|facebook|fb|youtube|threads"
    r"|bluesky|bsky)\b(?:\s+(?:account|page|handle|profile|cuenta|perfil))?\s*(?:is|at|:|es"
    r"|como|en|called|llamad[oa])?\s*[\"“]?(?P<handle>[A-Za-z0-9_.]*[_.\d][A-Za-z0-9_.]*)",
    re.I,
)


#: Public organisations' accounts by their name, whatever the country suffix: "@UNICEFMexico",
#: "@CDCespanol", "@SaludMX", "@CruzRojaMX".
ORG_HANDLE = re.compile(
    r"@?(?:UNICEF|CDC|AAP|WHO|OMS|OPS|PAHO|IMSS|ISSSTE|DIF|Salud|MinSalud|SSalud|HHS|NIH|FDA"
    r"|CruzRoja|RedCross|HealthyChildren|MarchOfDimes|StJude|Teleton|AmerAcadPeds|CPSC"
    r"|SafeKids|NHTSA|USDA|WIC|Medicaid)\w*",
    re.I,
)


#: An agency's or an institution's account spells what it is: "@LAPublicHealth",
#: "@NWSLosAngeles", "@MplsParks", "@SFPublicLibrary", "@StPaulSchools", "@CountyOfLA".
_INSTITUTION_WORD = re.compile(
    r"(?i)publichealth|healthdept|health_dept|dept|county|countyof|cityof|gov\b|gov_|govt"
    r"|^nws|weather|library|libraries|biblioteca|schools|unified|isd\b|usd\b|district"
    r"|police|sheriff|firedept|fire_dept|transit|metro|museum|\bzoo|zoo$|university|univ"
    r"|hospital|childrens|clinic|readyla|emergency|oem\b|parks|department|municipio"
    r"|gobierno|ayuntamiento|alcaldia|ministerio")
#: ...but a parent's account says who they are: "@healthy_mama_jess", "@zoo_dad_of3".
_PARENT_WORD = re.compile(
    r"(?i)mom|mum|mama|mami|dad|papa|papi|baby|bebe|family|familia|life|vida|girl|boy|kid|wife"
    r"|hubby|husband|gram|nana|abuel|tia|tio")


def institution_handle(handle: str) -> bool:
    """Whether `handle` names an agency or an institution by what it is ("@LAPublicHealth",
    "@NWSLosAngeles") with no word a parent's account takes ("mom", "baby", "familia")."""
    bare = handle.lstrip("@")
    return bool(_INSTITUTION_WORD.search(bare)) and not _PARENT_WORD.search(bare)


def handles(prose: str, policy: Policy) -> Iterator[Hit]:
    for match in NAMED_HANDLE.finditer(prose):
        handle = match["handle"].strip(".")
        if (
            len(handle) < 4
            or not re.search(r"[_.\d]", handle)  # "Facebook videos." ends a sentence
            or institution_handle(handle)
            or sum(ch.isalpha() for ch in handle) < 3
            or handle[0].isdigit()
            or "@" + handle.lower() in (policy.handles | PUBLIC_HANDLES)
            or ORG_HANDLE.fullmatch(handle)
            or practice_handle(handle, policy.practice_words)
        ):
            continue
        yield block(
            match.start("handle"),
            match.start("handle") + len(handle),
            "privacy-social",
            f'Social-media account "{handle}": it may belong to a patient or a parent.',
            "Fix: remove it. If it is a public organisation's account, add it to "
            "PRIVACY_SOCIAL_ALLOWLIST in pelicanconf.py.",
        )
    if "@" not in prose:
        return
    no_email = EMAIL.sub(lambda m: " " * len(m.group(0)), prose)
    for match in HANDLE.finditer(no_email):
        handle = match.group(0).lower()
        if (handle in policy.handles or handle in PUBLIC_HANDLES or ORG_HANDLE.fullmatch(handle)
                or institution_handle(match.group(0))
                or practice_handle(handle, policy.practice_words)):
            continue
        yield block(
            match.start(),
            match.end(),
            "privacy-social",
            f'Social-media handle "{match.group(0)}": it may belong to a patient or a parent.',
            "Fix: remove it. If it is a public organisation's account, add it to "
            "PRIVACY_SOCIAL_ALLOWLIST in pelicanconf.py.",
        )


MAC = re.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])")


def ip_addresses(prose: str) -> Iterator[Hit]:
    for match in MAC.finditer(prose) if prose.count(":") + prose.count("-") >= 5 else ():
        yield block(
            match.start(),
            match.end(),
            "privacy-device",
            f'A device\'s hardware address ("{match.group(0)}") identifies one device.',
        )
    if prose.count(".") >= 3:
        for match in IPV4.finditer(prose):
            before = prose[max(0, match.start() - 12) : match.start()].lower()
            if re.search(r"(?:version|v)\s*$", before):
                continue
            yield block(
                match.start(),
                match.end(),
                "privacy-ip",
                f'IP address "{match.group(0)}": it can trace a family\'s home.',
            )
    if prose.count(":") >= 3:
        for match in IPV6.finditer(prose):
            value = match.group(0)
            if value.count(":") < 3 or not re.search(r"[A-Fa-f]|::", value) or MAC.fullmatch(value):
                continue
            yield block(
                match.start(),
                match.end(),
                "privacy-ip",
                f'IP address "{value}": it can trace a family\'s home.',
            )


# --- vehicle identification numbers --------------------------------------------------------
#: The vehicles a note names, in English and Spanish: a VIN beside one (`VEHICLE_WORDS`), a
#: plate right after one (`PLATE`).
_VEHICLES = r"car|truck|van|minivan|SUV|pickup|sedan|camioneta|carro|coche"
#: 17 characters, no I, O or Q (ISO 3779); see `_vin_checks`.
VIN = re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}\b")
_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2,
                                                   3, 4, 5, 6, 7, 8, 9), strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


#: A vehicle in the sentence: a VIN whose check digit fails (a European one, or mistyped)
#: is still one beside these.
VEHICLE_WORDS = re.compile(
    rf"\b(?:{_VEHICLES}|vehicle|recall|VIN|auto|veh[ií]culo)\b", re.I)


def _vin_checks(vin: str) -> bool:
    """North American VINs carry a check digit in 9th place (49 CFR 565.15): a random string
    of 17 letters and digits passes it one time in eleven, so a VIN needs no cue word."""
    total = sum((int(c) if c.isdigit() else _VIN_VALUES[c]) * w
                for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


def vins(prose: str) -> Iterator[Hit]:
    """A vehicle identification number, found by its shape and its check digit."""
    for match in VIN.finditer(prose):
        if _vin_checks(match.group(0)) or VEHICLE_WORDS.search(
                sentence_of(prose, match.start(), match.end())):
            yield block(match.start(), match.end(), "privacy-vehicle",
                        f'Vehicle identification number "{match.group(0)}": it identifies one '
                        "family's car.", "Fix: remove it.")


# --- SSN and ID numbers --------------------------------------------------------------------
#: 3-2-4 digits with dashes or single spaces, the one shape nothing else is written in (a phone
#: is 3-3-4), with the Social Security Administration's rules (no 000 or 666 area, no 00
#: group, no 0000 serial).
SSN = re.compile(
    r"(?<![\d\-])(?<!\d )(?!000|666)\d{3}(?P<sep>-| )(?!00)\d{2}(?P=sep)(?!0000)\d{4}"
    r"(?![\d\-])(?! \d)(?!\s*(?:mg|ml|mcg|units?|kg|lbs?|oz|%))"
)
#: (plain "social" too, as people say it: "the social on it, 529 61 4407"; only numbers of an
#: SSN's shape, 3-2-4 with spaces, are read after it)
SSN_CUE = re.compile(r"\b(?:ssn|social\s+security|seguro\s+social|s\.s\.n\.?|social)\b", re.I)
_NUM = r"(?:\s*(?:number|numbers|no\.?|num\.?|#|id|n[uú]mero))?"
#: (code, what it is, cue) for every kind of identifying number, most specific first.
ID_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "privacy-ssn",
        "Social Security number",
        r"ssn|social\s+security" + _NUM + r"|(?:n[uú]mero\s+(?:de(?:l)?\s+)?)?seguro\s+social",
    ),
    (
        "privacy-health-plan",
        "Health plan number",
        r"(?:member|beneficiary|enrollee|sponsor)\s*(?:id|number|no\.?|#)|subscriber" + _NUM
        + r"|policy\s*(?:number|no\.?|#|id)"
        r"|group\s*(?:number|no\.?|#|id)|(?:health[- ]plan|insurance|insurer|medicaid|medi-cal"
        r"|chip|medicare|tricare|all\s+kids|wic)\s*(?:id|number|no\.?|#|card(?:\s+number)?)"
        r"|medicaid|(?:n[uú]mero\s+de\s+)?(?:afiliad[oa]|afiliaci[oó]n|p[oó]liza|asegurad[oa])"
        r"|credencial\s+del\s+seguro|seguro\s+(?:m[eé]dico\s+)?(?:n[uú]mero|#|no\.?)"
        # Latin America's plans: "número de socio" of a mutualista, obra social, EPS, Isapre
        r"|n[uú]mero\s+de\s+socio|socio\s+(?:n[uú]mero|#|no\.?)|(?:obra\s+social|mutualista"
        r"|prepaga|isapre|fonasa|(?-i:EPS|ARS|SIS))\s*(?:n[uú]mero|#|no\.?|:)"
        # the value right after the word: "BCBS member W2917730451", "grupo 00721"
        r"|(?:member|subscriber|grupo|group)(?=\s*[:#]?\s*[A-Z]{0,4}\d{4,})"
        r"|(?:n[uú]mero\s+de\s+)?(?:miembro|beneficiari[oa]|derechohabiente)(?=[\s:#]*[A-Z]{0,4}\d)"
        r"|n[uú]mero\s+de\s+(?:miembro|beneficiari[oa]|derechohabiente|afiliad[oa])"
        # someone's card: "her daughter's card number 7741203985-01", "el número de su tarjeta"
        r"|(?:his|her|their|\w+['’]s)\s+(?:(?!library|gift|loyalty|rewards?|credit|debit|bank)"
        r"[\w-]+\s+)?card\s*(?:number|no\.?|#)"
        r"|n[uú]mero\s+de\s+(?:su|la)\s+(?:tarjeta|credencial)",
    ),
    (
        "privacy-record-number",
        "Medical record number",
        r"mrn|medical\s+record" + _NUM + r"|med(?:ical)?\s*rec(?:ord)?\s*(?:number|no\.?|#)"
        r"|chart" + _NUM + r"|patient\s*(?:id|number|no\.?|#)|record\s*(?:number|no\.?|#)"
        r"|(?:n[uú]mero\s+de\s+)?expediente|historia\s+cl[ií]nica|registro\s+m[eé]dico"
        r"|n[uú]mero\s+de\s+(?:paciente|registro)|mr\s*#|mr\s+(?:number|no\.?)"
        r"|pts?\.?\s*(?:id|#|no\.?|number)|exp\.(?=\s*\d{2,}-?\d{3,})"
        # a patient id in a file name or a label: "rash-PID-0093342-day3.jpg"
        r"|(?-i:PID|MRN)(?=[-_ #:]*\d{4,})"
        r"|(?:hospital|encounter|visit|admission|lab|specimen|accession)\s*(?:number|no\.?|#|id)"
        # Chile's "ficha clínica", a "historia clínica" by its initials: "HC-559201"
        r"|ficha\s+(?:cl[ií]nica|m[eé]dica)|n[uú]mero\s+de\s+ficha|(?-i:N?HC)(?=[-\s#]?\d{4,})"
        # a prescription's number finds the patient at the pharmacy
        r"|(?:prescription|rx|receta)\s*(?:number|no\.?|#|n[uú]mero)"
        r"|n[uú]mero\s+de\s+(?:receta|prescripci[oó]n)",
    ),
    (
        "privacy-account",
        "Account number",
        r"(?:billing|bank|checking|savings|hospital|patient|family's|his|her|their|your|the)\s+"
        r"account" + _NUM + r"|account\s*(?:number|no\.?|#)|acct\.?(?:\s*(?:number|no\.?|#))?"
        r"|invoice\s*(?:number|no\.?|#)|statement\s*(?:number|no\.?|#)|routing\s*(?:number|no\.?|#)"
        r"|billing\s*(?:number|no\.?|#|id)"
        r"|(?:n[uú]mero\s+de\s+)?cuenta(?:\s+bancaria)?|factura\s*(?:n[uú]mero|#|no\.?)"
        r"|clabe|account(?=\s*[:#]?\s*[A-Z]{0,4}-?\d[\d-]{3,}\d)"
        r"|(?-i:CBU|CVU|IBAN)|caja\s+de\s+ahorro|cuenta\s+corriente"
        r"|(?:credit|debit|bank)\s+card" + _NUM + r"|tarjeta\s+de\s+(?:cr[eé]dito|d[eé]bito)",
    ),
    (
        "privacy-license",
        "Licence or certificate number",
        r"driver'?s?\s+licen[cs]e|\bDL\s*#?(?=\s*[A-Z]?\d)"
        + _NUM
        + r"|licen[cs]e\s*(?:number|no\.?|#)"
        # someone's licence, its number later in the sentence: "her brand-new license at her
        # physical, number S530-4412-8891"
        + r"|(?:his|her|their|my|your)\s+(?:[\w-]+\s+)?licen[cs]e(?!\s+plates?)|passport"
        + _NUM
        + r"|birth\s+certificate"
        + _NUM
        + r"|certificate\s*(?:number|no\.?|#)"
        r"|(?:n[uú]mero\s+de\s+)?pasaporte|licencia(?:\s+de\s+(?:conducir|manejo))?"
        r"|acta\s+de\s+nacimiento|certificado(?:\s+de\s+nacimiento)?|green\s+card"
        r"|n[uú]mero\s+de\s+acta|acta\s*(?:n[uú]m\.?|no\.?|#|n[°º])|acta\s+n[uú]mero"
        r"|credencial\s+(?:de|para)\s+(?:elector|votar)(?:\s+con\s+clave)?"
        r"|visa\s*(?:number|no\.?|#)|alien\s+(?:number|no\.?|#)|state\s+id" + _NUM
        + r"|licen[cs]e(?=[\s,:#]{1,3}[A-Z]{0,3}\d{2,}[\d-]{3,})"
        # a permit is a licence by another name: "learner's permit, number R200-5519-8832"
        r"|(?:learner'?s?|driving|driver'?s?|instruction|work|carry|new)\s+permit" + _NUM
        + r"|permit(?=,?\s*(?:number|no\.?|#)?[\s:]*[A-Z]?\d{3,}[\d-]{4,})"
        + r"|permiso\s+(?:de\s+)?(?:conducir|manejo|manejar|aprendiz)",
    ),
    (
        "privacy-vehicle",
        "Vehicle identification number",
        # (a plate after its word is `plates`' to find: its letters may stand apart)
        r"vin|vehicle\s+(?:identification\s+)?(?:number|no\.?|#|id)"
        r"|n[uú]mero\s+de\s+serie\s+del\s+(?:auto|carro|coche|veh[ií]culo)",
    ),
    (
        "privacy-device",
        "Device serial number",
        r"serial" + _NUM + r"|s/n|n/s|n[°º]\s*de\s*serie|(?-i:SN)(?=[\s:#]*(?:[A-Z]{1,4}-?)?\d)"
        r"|(?<![a-z])sn(?=[-_][A-Za-z0-9]*\d)"
        r"|device\s*(?:id|number|no\.?|#)|udi|imei"
        r"|mac\s+address"
        r"|(?:pump|implant|monitor|processor|transmitter|sensor|cgm|hearing aid)\s+"
        r"(?:id|number|no\.?|#|serial)"
        r"|(?:n[uú]mero\s+de\s+)?serie",
    ),
    (
        "privacy-unique-id",
        "Identifying number",
        # a court or child-protection file: "DCFS case 2026-CW-0045812", "causa RIT F-1843-2026"
        r"(?:DCFS|CPS|DCS|DSS|DHS|DIF|ACS)\s+case|(?-i:RIT|RUC)(?=\s+[A-Z]?-?\d)"
        r"|caso\s+(?:de|del)\s+(?:DCFS|CPS|DCS|DSS|DHS|DIF|ACS)(?:\s+n[uú]mero)?"
        r"|causa(?=\s+(?:(?-i:RIT|RUC|rol)\s+)?[A-Z]?-?\d)"
        # a case by its agency and number: "el caso ACS 2026-0478812", "case CPS-88123"
        r"|(?:case|caso)(?=\s+(?:(?-i:[A-Z]{2,5})[\s-]+)?(?:#\s*)?\d{2,}[\d-]{4,})"
        r"|caso\s+n[uú]mero"
        # one entrant's number: "athlete no. 11873", "bib #40213"
        r"|(?:athlete|bib|runner|participant|competitor|entrant|swimmer|player)\s*(?:number|no\.?|#)"
        r"(?=\s*\d{4,})"
        r"|student\s*(?:id|number|no\.?|#)|case"
        + r"\s*(?:number|no\.?|#|id)|bracelet"
        + _NUM
        + r"|wristband"
        + _NUM
        + r"|band\s*(?:number|no\.?|#)|badge"
        + _NUM
        + r"|(?:id|identification)\s*(?:number|no\.?|#)|claim\s*(?:number|no\.?|#)"
        r"|confirmation\s*(?:number|no\.?|#)|reference\s*(?:number|no\.?|#)"
        # an insurer's authorisation or a referral is one patient's file
        # (the value right after them: "prior auth reference is PA-2026-88412")
        r"|(?:prior\s+auth(?:ori[sz]ation)?|authori[sz]ation|referral)(?:\s+(?:reference|number"
        r"|no\.?|id|code))?(?=\s*(?:#|:|is|was)?\s*[A-Z]{0,4}-?\d{2,}[\d-]{3,})"
        r"|(?:n[uú]mero\s+de\s+)?(?:autorizaci[oó]n|referencia)(?=\s*(?:#|:|es|fue)?\s*"
        r"[A-Z]{0,4}-?\d{2,}[\d-]{3,})"
        r"|tracking\s*(?:number|no\.?|#)|ticket\s*(?:number|no\.?|#)|n[uú]mero\s+de\s+(?:caso|estudiante|alumno"
        r"|identificaci[oó]n|folio|brazalete|pulsera|referencia)|caso\s*(?:#|no\.?|n[uú]m)"
        r"|folio|brazalete|pulsera|matr[ií]cula(?:\s+escolar)?|curp|\bid\b"
        # national identity numbers of Latin America and Spain: "DNI 40.218.773", "RUT
        # 12.345.678-5", "cédula 8-123-456", "INE", "RFC", "NSS"
        r"|d\.?n\.?i\.?|(?-i:RUT|RUN|NIE|NIF|DPI|DUI|ITIN)|c[eé]dula(?:\s+de\s+(?:identidad|ciudadan[ií]a))?"
        r"|c\.i\.|ine|clave\s+de\s+elector|rfc|nss|tarjeta\s+de\s+identidad",
    ),
)
_WHAT = {code: what for code, what, _ in ID_KINDS}
#: A cue that names no kind: "ID", "ID number", "número de identificación".
_BARE_ID_CUE = re.compile(r"(?i:id|identification|(?:id|identification)\s*(?:number|no\.?|#)"
                          r"|n[uú]mero\s+de\s+identificaci[oó]n)")
ID_CUE = re.compile(
    # a cue ends at a word's end, or at its "#" right before the value ("Case #2026-00481")
    "|".join(
        f"(?P<k{i}>\\b(?:{cue})(?:(?<=#)|(?![\\w])))" for i, (_, _, cue) in enumerate(ID_KINDS)
    ),
    re.I,
)
ID_GATE = re.compile(r"\d{2}")
#: A cheap test before the costly cue expression: every ID cue holds one of the strong
#: words, one of the prefixes, or both words of one of the pairs.
ID_WORDS = frozenset(
    [
        "athlete",
        "bib",
        "runner",
        "participant",
        "competitor",
        "entrant",
        "swimmer",
        "player",
        "pid",
        "dpi",
        "dui",
        "itin",
        "dcfs",
        "cps",
        "dcs",
        "dss",
        "causa",
        "rit",
        "ruc",
        "sn",
        "permit",
        "ficha",
        "hc",
        "nhc",
        "socio",
        "mutualista",
        "prepaga",
        "isapre",
        "fonasa",
        "eps",
        "ars",
        "sis",
        "cbu",
        "cvu",
        "iban",
        "ssn",
        "mrn",
        "chart",
        "expediente",
        "account",
        "acct",
        "cuenta",
        "invoice",
        "routing",
        "factura",
        "clabe",
        "license",
        "licence",
        "licencia",
        "passport",
        "pasaporte",
        "certificate",
        "certificado",
        "acta",
        "plate",
        "patente",
        "plates",
        "placa",
        "placas",
        "vin",
        "serial",
        "serie",
        "s/n",
        "udi",
        "imei",
        "pump",
        "implant",
        "monitor",
        "processor",
        "transmitter",
        "sensor",
        "cgm",
        "encounter",
        "admission",
        "specimen",
        "accession",
        "mr",
        "dl",
        "student",
        "bracelet",
        "wristband",
        "brazalete",
        "pulsera",
        "folio",
        "curp",
        "medicaid",
        "medicare",
        "tricare",
        "beneficiary",
        "enrollee",
        "sponsor",
        "subscriber",
        "member",
        "insurance",
        "insurer",
        "seguro",
        "badge",
        "claim",
        "confirmation",
        "tracking",
        "visa",
        "alien",
        "wic",
        "chip",
        "medi",
        "exp",
        "pt",
        "pts",
        "sn",
        "miembro",
        "beneficiario",
        "beneficiaria",
        "derechohabiente",
        "grupo",
        "group",
        "permit",
        "permiso",
        "prescription",
        "rx",
        "receta",
        "auth",
        "authorization",
        "authorisation",
        "referral",
        "autorización",
        "autorizacion",
        "referencia",
    ]
)
ID_PAIRS = (
    ("card", "number"),
    ("acta", "numero"),
    ("credencial", "elector"),
    ("billing", "number"),
    ("numero", "miembro"),
    ("numero", "afiliado"),
    ("credit", "card"),
    ("debit", "card"),
    ("tarjeta", "crédito"),
    ("tarjeta", "débito"),
    ("tarjeta", "número"),
    ("tarjeta", "numero"),
    ("credencial", "número"),
    ("credencial", "numero"),
    ("medical", "record"),
    ("record", "number"),
    ("patient", "id"),
    ("patient", "number"),
    ("social", "security"),
    ("group", "number"),
    ("group", "id"),
    ("case", "number"),
    ("case", "id"),
    ("policy", "number"),
    ("policy", "id"),
    ("state", "id"),
    ("plan", "id"),
    ("id", "number"),
    ("hospital", "number"),
    ("visit", "number"),
    ("lab", "number"),
    ("device", "id"),
    ("mac", "address"),
    ("historia", "clínica"),
    ("registro", "médico"),
    ("band", "number"),
    ("reference", "number"),
    ("identification", "number"),
    ("caso", "número"),
    ("caso", "numero"),
    ("caso", "núm"),
    ("caso", "num"),
    ("id", "no"),
    ("ticket", "number"),
    # a court or agency file: "case no. JD-19-4471", "caso no. 2231"
    ("case", "no"),
    ("caso", "no"),
)
ID_PREFIXES = (
    "dni",
    "rut",
    "nie",
    "nif",
    "cédula",
    "cedula",
    "ine",
    "rfc",
    "nss",
    "curp",
    "elector",
    "afilia",
    "asegura",
    "póliza",
    "poliza",
    "credencial",
    "matrícula",
    "matricula",
    "identificaci",
)
_ID_WORDS = frozenset(fold(w) for w in ID_WORDS)
_ID_PAIRS = tuple((fold(a), fold(b)) for a, b in ID_PAIRS)
_ID_PREFIXES = tuple(fold(p) for p in ID_PREFIXES)
#: Between the cue and the value: a few short words ("number is", "of the family is").
ID_VALUE = re.compile(
    # "º" and "°" end Spanish number signs ("n.º 0073-55812", "N° 44")
    # ("|": a table's cell, "| Cuenta | 1102-88734 |"; "=": a link's query, "?acct=7741039")
    r"(?P<gap>(?:[\s:#.,()\-º°|]*\b[a-záéíóúñ']{1,11}\b){0,6}?[\s:#.,()\-º°|=]*)"
    r"(?P<value>(?-i:(?=[A-Z]{0,6}[-\s]?\d|[a-z]{0,6}\d)"
    r"[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|\s(?=[A-Z0-9]*\d))*[A-Za-z0-9]|\d))",
    re.I,
)
LATER_VALUE = re.compile(
    r"(?:\b(?:number|no\.|num\.|n[uú]mero|#)\s*:?\s*(?:is\s+|es\s+)?"
    # or after a colon: "ya viene con letras: TXM 7731 0452 9"
    r"|:\s+(?=(?-i:[A-Z]{0,4}\s?\d{3,}))"
    # or "... is HC-448210": a code of letters and digits said to be the one
    r"|\b(?:is|es|was|fue|era)\s+(?:el\s+|la\s+)?(?=(?-i:[A-Z]{0,4}-?\d{5,}(?:-\d{1,4})?)\b))"
    r"(?P<value>(?-i:(?=[A-Z]{0,6}[-\s]?\d|[a-z]{0,6}\d)"
    r"[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9]))*[A-Za-z0-9]))",
    re.I,
)
UNITS_AFTER = re.compile(
    r"^\s*(?:%|percent|por ciento|births?|bab(?:y|ies)|children|kids|people|cases|doses?|days?"
    r"|weeks?|months?|years?|hours?|minutes?|times|mg|ml|mL|kg|lbs?|pounds|oz|units|families"
    r"|patients|d[ií]as|semanas|meses|a[ñn]os|horas|ni[ñn]os|personas|casos|veces)\b",
    re.I,
)


#: "núm.", "no.", "exp.": a full stop that ends an abbreviation, not the sentence.
ABBREVIATION = re.compile(r"\b(?:no|n[uú]m|nro|exp|ref|acct|pt|n\.?º)\.", re.I)


def _unstop(match: re.Match[str]) -> str:
    return match.group(0)[:-1] + " "


#: An SSN written with spaces ("523 71 9048", "5 2 7 - 4 4 - 8 1 9 0"): nine digits in
#: groups, read as an SSN only when the text speaks of a Social Security number.
LOOSE_SSN = re.compile(r"(?<![\d\-])(?<!\d )\d(?:[ \-]{1,3}\d|\d){8}(?![ \-]*\d)")


def _loose_ssns(plain: str) -> Iterator[re.Match[str]]:
    if not SSN_CUE.search(plain):
        return
    for match in LOOSE_SSN.finditer(plain):
        value = match.group(0)
        if " " in value and not SSN.fullmatch(value):
            yield match


def _value_ok(code: str, value: str, after: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    if UNITS_AFTER.match(after):
        return False
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", value):
        return False  # a year: "Jenner's chart from 1796"
    if code != "privacy-ip" and IPV4.fullmatch(value):
        return False  # "su cuenta, 201.141.88.19": an IP address, which `ips` reports
    if code == "privacy-vehicle":
        letters = sum(ch.isalpha() for ch in value)
        return digits >= 2 and (letters >= 1 or digits >= 5) and len(value) >= 4
    if code == "privacy-device":
        # serials mix letters and digits ("18U4LK"): six characters with both identify one
        letters = sum(ch.isalpha() for ch in value)
        return digits >= 4 or (digits >= 2 and letters >= 2 and len(value) >= 6)
    return digits >= 4


#: Mexico's CURP and RFC have a shape of their own (letters of the name, the birth date,
#: sex and state): found without a cue, wherever they are written.
CURP = re.compile(
    r"\b[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{2}"
    r"[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d\b"
)
RFC = re.compile(r"\b[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z\d]{2}[A\d]\b")


def _national_ids(prose: str) -> Iterator[Hit]:
    for pattern, what in ((CURP, "CURP"), (RFC, "RFC")):
        for match in pattern.finditer(prose):
            yield block(
                match.start(),
                match.end(),
                "privacy-unique-id",
                f'A {what} ("{match.group(0)}") identifies one person.',
            )


def ids(prose: str) -> Iterator[Hit]:
    """SSNs and every other identifying number found after its cue word."""
    yield from _national_ids(prose)
    plain = prose.translate(_DASHES)
    for match in [*SSN.finditer(plain), *_loose_ssns(plain)]:
        yield block(
            match.start(),
            match.end(),
            "privacy-ssn",
            f'Social Security number "{prose[match.start() : match.end()]}".',
        )
    if not ID_GATE.search(plain):
        return
    # (accents folded: a slug or a hurried note writes "historia clinica", "cedula")
    words = set(re.findall(r"[a-z/]+", fold(plain)))
    if (
        words.isdisjoint(_ID_WORDS)
        and not any(a in words and b in words for a, b in _ID_PAIRS)
        and not any(w.startswith(_ID_PREFIXES) for w in words)
        and not re.search(r"\bID\b|#\s*\d|\b(?:case|caso)\s+(?:[A-Z]{2,5}[\s-]+)?#?\s*\d", plain)
    ):
        return
    for cue in ID_CUE.finditer(plain):
        index = next(int(k[1:]) for k, v in cue.groupdict().items() if v)
        code, what, _ = ID_KINDS[index]
        window = ABBREVIATION.sub(_unstop, plain[cue.end() : cue.end() + 80])
        sentence_end = re.search(r"[.!?;](?:\s|$)|\n\n", window)
        limit = cue.end() + (sentence_end.start() if sentence_end else 80)
        value = ID_VALUE.match(plain, cue.end(), limit)
        if not value or not _value_ok(
            code, value["value"].strip(), plain[value.end() : value.end() + 15]
        ):
            # The number may come later in the sentence: "... his licence at the desk this
            # afternoon, number S530-4471-8820".
            value = LATER_VALUE.search(plain, cue.end(), min(len(plain), cue.end() + 160))
            between = ABBREVIATION.sub(_unstop, plain[cue.end() : value.start()]) if value else ""
            if not value or re.search(r"[.!?](?:\s|$)", between):
                continue
        raw = value["value"].strip()
        before_value = plain[cue.end() : value.start("value")]
        if NANP.fullmatch(raw) and (VOICE_CUE.search(before_value)
                                    or re.search(r"(?i)\bll[aá]m", before_value)):
            continue  # "dudas con la cuenta, llámennos al 217-555-0134": a phone number,
            # which the phone check reads (the practice's own passes)
        last_four = re.search(r"(?i)end(?:s|ing)|last\s+(?:four|4)|[uú]ltimos", value.group(0))
        if code == "privacy-ssn" and sum(ch.isdigit() for ch in raw) < 9 and not last_four:
            continue
        if not _value_ok(code, raw, plain[value.end() : value.end() + 15]):
            continue
        if code == "privacy-unique-id" and _BARE_ID_CUE.fullmatch(cue.group(0).strip()):
            # a bare "ID": the words around say whose ("Recipient ID: 482 915 337")
            kind = kind_near(plain, value.start("value"), value.end())
            if kind not in (None, "privacy-device"):
                code, what = kind, _WHAT[kind]
        yield block(
            cue.start(),
            value.end(),
            code,
            f'{what} ("{prose[cue.start() : value.end()].strip()}").',
        )


#: A licence plate as states and countries print it: up to three groups of capitals and
#: digits ("367 TZE", "7X 83689", "XDS-450", "BHB1748", "AL-385-NE", "6918 ZHS").
_PLATE = r"(?P<plate>(?-i:[A-Z0-9]{1,8}(?:[ \-•·][A-Z0-9]{1,8}){0,2}))(?![\w-])"
#: A plate after its own word ("plate 367 TZE", "tags HWD 084", "placas 6918 ZHS") or right
#: after the vehicle it belongs to ("her dad's truck (YEF 888)", "la camioneta, ABC-1234").
PLATE = re.compile(
    r"\b(?:(?:(?:licen[cs]e\s+)?(?<!growth\s)(?<!epiphyseal\s)plates?|tags|placas?|patente"
    r"|matr[ií]cula)(?:\s+(?:number|no\.?|#|n[uú]mero|is|was|es|era|de|del|auto|carro"
    r"|coche|veh[ií]culo|su|sus|la|el|mi|his|her|their|the|on|of)){0,4}[\s:#,]*"
    # the state that issued it: "placas de Jalisco JLK-44-92", "plates from Texas RTX-4821"
    r"(?:(?:from\s+)?(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)\s+)?"
    rf"|(?:{_VEHICLES}|jeep|troca)"
    r"\s*(?:\(|,\s*|\s+|—\s*)(?:(?:licen[cs]e|plates?|tags?|placas?)\s+)?)" + _PLATE,
    re.I,
)


#: States as plates and Spanish notes shorten them beside the postal code: "ILL", "TEX".
STATE_SHORT_FORMS = frozenset({"ILL", "TEX", "CAL", "ARIZ", "FLA", "MICH", "WIS", "MINN", "IND"})


def _plate_like(value: str) -> bool:
    """Enough letters and digits to be one car's plate, not a model ("F-150") or a count. A
    state written before it ("IL BK 48213") is the plate's, not part of its characters."""
    state = re.match(r"(?P<s>[A-Z]{2,3})[ -]", value)
    if state and (state["s"] in STATE_ABBREVIATIONS or state["s"] in STATE_SHORT_FORMS):
        value = value[state.end() :]
    characters = [ch for ch in value if ch.isalnum()]
    digits = sum(ch.isdigit() for ch in characters)
    if digits < 2 or re.fullmatch(r"(?:19|20)\d\d", value):
        return False
    return 5 <= len(characters) <= 8


def plates(prose: str) -> Iterator[Hit]:
    """Licence plates, with or without the word "plate" (the cue-words rule needs a digit
    in every group, and a plate's letters often stand apart: "367 TZE")."""
    if not re.search(r"\d", prose):
        return
    for match in PLATE.finditer(prose):
        if _plate_like(match["plate"]):
            yield block(match.start("plate"), match.end("plate"), "privacy-vehicle",
                        f'Licence plate "{match["plate"]}".',
                        "Fix: remove the plate; say \"a car in our lot\" instead.")


#: A run of letters and digits joined by hyphens ("8GJ4T2K7Q", "#HB-0093318",
#: "CI24RE-1108832"), not part of an address, a file name or a decimal ("mm7215a1.htm",
#: "e-mail@x", "/p/123").
CODE_RUN = re.compile(
    r"(?<![\w./@:=?&%+\\-])#?(?P<run>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w@]|[.,/-]\w)"
)
#: Shapes that are never one person's code: a phone or vanity number (the phone rules judge
#: those), a year span, a date, an ordinal.
NOT_A_CODE = re.compile(
    r"(?:1-)?\d{3}-[\dA-Z]{3}-?[\dA-Z]{4}|1-\d{3}-[A-Z\d-]+|\d{3,4}-\d{4}|0\d{3}-\d{3}-\d{4}"
    r"|\d{4}-\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}-\d{1,2}-\d{2,4}|\d+(?:st|nd|rd|th|s)|\d{10,13}|(?:19|20)\d\d[A-Za-z]{0,2}"
    # a ZIP+4 (the ZIP rule judges it); a gene marker's public name ("D21S11", "rs1801133")
    r"|\d{5}-\d{4}|D\d{1,2}S\d{2,4}|rs\d{3,}",
    re.I,
)
#: Before the code in its sentence, what makes it public: a recall's lot and model, an
#: article's DOI or e-page, a billing or disease code, a norm, a study's registry number.
PUBLIC_CODE = re.compile(
    r"\b(?:recall\w*|(?<!parking )lots?|model(?:s|o|os)?|batch(?:es)?|upc|sku|ndc|doi|pmid"
    r"|pmcid|nct|isbn|issn|cpt|icd(?:-?1[01])?|hcpcs|loinc|norma?|nom|pages?|pp|vol(?:ume)?"
    # (a part's or an item's number, not "return that part to them")
    r"|(?:item|part|style|catalog)\s*(?:no(?=\.)|numbers?|(?=#))|catalogue|versions?|firmware"
    r"|flights?|route|highway|exit|channel|lotes?"
    r"|retir\w+|c[oó]digo\s+(?:postal|cpt|cie)|cie(?:-?10)?|art[ií]culo|article|journal"
    r"|pediatrics|jama|nejm|lancet|mmwr|study|trial|estudio|ensayo|registry|registro\s+p[uú]blico"
    r"|serial\s+killer|promo|coupon|cup[oó]n|discount|hashtag|wi-?fi|password|contraseña)\b",
    re.I,
)
#: In the code's sentence, someone it belongs to: then it is a BLOCK, not only a question.
CODE_OWNER = re.compile(
    r"\b(?:his|her|their|him|child|kid|son|daughter|patient|student|grader|boy|girl|baby"
    r"|toddler|teen|teenager|infant|newborn|family|mom|dad|parent|ni[ñn][oa]|hij[oa]|paciente"
    r"|alumn[oa]|estudiante|beb[eé]|su|sus|mam[aá]|pap[aá]|familia)\b|\w['’]s\b",
    re.I,
)
#: In the code's sentence, a device it may be the serial of.
CODE_DEVICE = re.compile(
    r"\b(?:pump|implant|monitor|cgm|sensor|transmitter|processor|hearing\s+aids?|device"
    r"|wheelchair|tablet|ipad|phone|stimulator|pacemaker|defibrillator|icd|port|shunt"
    r"|nebuli[sz]er|concentrator|ventilator|bomba|implante|aud[ií]fonos?|dispositivo|silla"
    r"|marcapasos|transmisor|procesador|v[aá]lvula)\b",
    re.I,
)


def _code_like(run: str) -> bool:
    """Whether a run reads as one person's or one device's code rather than a product's.

    A model, a form or a battery is a few letters and a short number ("CR2032", "DS-3053",
    "SC7009"); what is issued to one person is longer or scrambled: six digits or more
    ("#HB-0093318", "2219X0847", "20319847"), or letters and digits mixed over and over
    ("8GJ4T2K7Q", "8GN4XK", "2B-117"). Letters in lower case are a word's ("2026-27-flu-season"),
    never a code's.
    """
    if any(not letters.isupper() for letters in re.findall(r"[A-Za-z]{3,}", run)) or (
            re.fullmatch(r"\d+-(?:to|or|a|o|y)-\d+", run)):
        return False  # a word in it: "100-day", "topic12", "flushot2025", a range "0-to-10"
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch.isalpha() for ch in run)
    if len(run) < 6 or digits < 2:
        return False
    if letters == 0:
        return digits >= 7
    classes = ["d" if ch.isdigit() else "a" for ch in run if ch.isalnum()]
    switches = sum(a != b for a, b in pairwise(classes))
    # (a digit, letters, digits again is no product's name either: "2B-117", "0J2415")
    scrambled = switches >= 3 or (switches == 2 and classes[0] == "d")
    return (digits >= 6 and letters <= digits) or (scrambled and letters <= digits + 3)


def codes(prose: str) -> Iterator[Hit]:
    """Codes with no cue word before them: a serial, a wristband, a student number typed as
    is ("transmitter 8GJ4T2K7Q for a third grader", "it should have been 20319847"). The cued
    rules above name the kind when they can; this one catches the code however it is
    introduced, unless its sentence says it is public (a recall's lot, an article's ID).

    A BLOCK when the sentence ties it to someone; otherwise a WARN, because a code alone
    may still be one person's (the doctor confirms it is not).
    """
    if not any(ch.isdigit() for ch in prose):
        return
    for match in CODE_RUN.finditer(prose):
        run = match["run"]
        if NOT_A_CODE.fullmatch(run) or not _code_like(run):
            continue
        sentence = sentence_of(prose, match.start(), match.end())
        if PUBLIC_CODE.search(sentence):
            continue
        code = kind_near(prose, match.start(), match.end()) or (
            "privacy-device" if CODE_DEVICE.search(sentence) else "privacy-unique-id")
        what = {"privacy-device": "A serial number", "privacy-unique-id": "An identifying number"
                }.get(code) or f"A {_WHAT[code].lower()}"
        message = f'{what} ("{match.group(0)}"): a code like this points at one person.'
        # (a licence's, a plan's, a chart's or an account's number is one person's, whoever
        # the sentence names)
        owned = CODE_OWNER.search(sentence) or code not in ("privacy-device", "privacy-unique-id")
        found = (block if owned else warn)(match.start(), match.end(), code, message)
        yield replace(found, prose_only=True)
