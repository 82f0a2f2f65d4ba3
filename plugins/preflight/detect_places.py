"""Places smaller than a state: street addresses (US and Spanish style, with or without a
suffix), intersections, P.O. boxes, ZIP codes in context, and the small places next to a
child that can be enough to find them (a school, a daycare, a neighbourhood, a small town).

The practice's own address (PRACTICE_ADDRESS) is allowed. States, countries and big cities
are never flagged (lexicon.BIG_PLACES): "across Illinois", "in Chicago" identify nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from .hits import Hit, Policy, block, sentence_after, sentence_before, sentence_span, warn
from .lexicon import BIG_PLACES, MONTHS, ONE_OF_OURS, REGIONAL_CHILD, WEEKDAYS, fold, place_names

STREET_ABBREVIATIONS = {
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "rd": "road",
    "blvd": "boulevard",
    "ln": "lane",
    "dr": "drive",
    "ct": "court",
    "pl": "place",
    "ter": "terrace",
    "cir": "circle",
    "pkwy": "parkway",
    "hwy": "highway",
    "trl": "trail",
    "sq": "square",
}
_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Alley"
    r"|Crescent|Close|Pike|Run|Path|Walk|Crossing|Xing|Point|Pt|Ridge|Manor|Commons)"
)
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#|Lot|Bldg|Floor|Fl)\.?\s*#?\s*\w+)?"
#: A house number is no year (1950-2039: "at 2024 Olympics trials") and has no unit after
#: its street's name ("at 1000 Islands" is judged by NOT_A_STREET; "300 Mg" is a dose).
_NOT_A_YEAR = r"(?!(?:19[5-9]\d|20[0-3]\d)\b)"
_NO_UNIT_AFTER = r"(?!\s*(?:[ap]\.?m\b|mg|ml|kg|lbs?\b|%))"
#: The rest of the U.S. Postal Service's street suffixes (Publication 28, appendix C1):
#: "819 Cruz Lake", "2713 Nichols Estates Suite 557", "3878 Jennings Springs". Many are also
#: everyday words ("10 Minutes At The Park", "5 Tips For Spring"), so STREET_USPS reads them
#: only after a house number and one or two name words, none of them a count or a small word.
_USPS_SUFFIX = (
    r"(?:Alley|Anex|Annex|Arcade|Bayou|Beach|Bend|Bluffs?|Bottom|Branch|Bridge|Brooks?|Burgs?"
    r"|Bypass|Camp|Canyon|Cape|Causeway|Centers?|Circles|Cliffs?|Club|Commons?|Corners?"
    r"|Course|Courts|Coves?|Creek|Crest|Crossroads?|Curve|Dale|Dam|Divide|Drives|Estates?"
    r"|Expressway|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort"
    r"|Freeway|Gardens?|Gateway|Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Highlands?"
    r"|Hills?|Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Landing|Lights?"
    r"|Locks?|Lodge|Mall|Manors|Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?"
    r"|Neck|Orchard|Oval|Overpass|Parks?|Parkways|Pass|Passage|Pines?|Plains?|Plaza|Points"
    r"|Ports?|Prairie|Radial|Ramp|Ranch|Rapids?|Rest|Ridges|River|Roads|Route|Rue|Shoals?"
    r"|Shores?|Skyway|Springs?|Spurs?|Squares|Station|Stravenue|Stream|Streets|Summit"
    r"|Terraces|Throughway|Trace|Track|Trafficway|Trails|Tunnel|Turnpike|Underpass|Unions?"
    r"|Valleys?|Via|Viaduct|Views?|Villages?|Ville|Vista|Walks|Wall|Ways|Wells?|Woods?)"
)
STREET = re.compile(
    # (a few spaces at most: markup blanked to spaces joins list items, "4636</li><li>Maple")
    # (no house number starts with 0: "i2-069-coat-drive" is a file's number)
    r"\b(?!0)\d{1,6}[A-Z]?[ \t]{1,3}(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    # (a street's words: no phone number, "1 217-555-0135. Dr. Rivera" is no street)
    r"(?:(?![\d-]*\d-\d)[A-Z0-9][A-Za-z0-9'’\-]*\.?\s+){1,3}"
    rf"{_SUFFIX}\b\.?{_UNIT}"
    r"|\bP\.?\s?O\.?\s+Box\s+\d+|\bPost\s+Office\s+Box\s+\d+"
    # a military or diplomatic post: "PSC 3406, Box 8665, APO AA 05391", "USNS Fitzgerald,
    # FPO AP 60215", "Unit 8400 Box 12 DPO AE 09498"
    r"|(?:\b(?:PSC|CMR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5},?\s+|\bUS[A-Z]{1,3}\s+[A-Z][a-z]+,?\s+)?"
    r"\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\b(?:\s+\d{5}(?:-\d{4})?)?"
    # a French or Québec address: "41, rue Leroux", "6, avenue de Lemoine"
    r"|\b[1-9]\d{0,3}(?:,\s*|\s+)(?:rue|avenue|boulevard|chemin|all[ée]e|impasse|quai)\s+"
    r"(?:(?:de|du|des)\s+(?:la\s+|l[’']\s*)?)?[A-ZÉ][\w’'-]+",
)
#: A house number, one or two name words and a suffix of the Postal Service's longer list.
STREET_USPS = re.compile(
    rf"(?<![\d,.$\-–#/])(?P<addr>{_NOT_A_YEAR}[1-9]\d{{1,5}}[A-Z]?[ \t]{{1,3}}"
    r"(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?P<name>(?:[A-Z][a-z'’]+[ \t]+){1,2})"
    rf"{_USPS_SUFFIX}\b\.?{_UNIT})(?!\s+(?:of|de)\b){_NO_UNIT_AFTER}"
)
#: Name words that make "number + words + suffix" a count or a title, not a street.
NOT_A_STREET_NAME = frozenset({
    "the", "a", "an", "at", "to", "for", "of", "in", "on", "and", "with", "your", "our", "my",
    "tips", "ways", "things", "signs", "reasons", "steps", "kids", "children", "families",
    "minutes", "hours", "days", "weeks", "months", "years", "miles", "feet", "more", "new",
    "great", "easy", "simple", "fun", "safe", "best", "healthy", "free", "summer", "winter",
    "fall", "spring", "holiday", "little", "big", "small", "first", "last", "other", "times",
})
#: "2210 South Lowell": a house number, a direction and a name, no suffix.
STREET_DIRECTION = re.compile(
    r"\b\d{2,6}\s+(?:[NSEW]\.|North|South|East|West)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
#: "lives at 45 Birchwood", "drop them at 18 Lantern Hill": a place word before, no suffix.
STREET_CUE = re.compile(
    r"\b(?:lives?|living|live|moved|staying|stays|house|home|address|drop(?:ped)?\s+\w+"
    r"|deliver(?:ed)?\s+\w+|meet(?:ing)?|bring\s+\w+|send\s+\w+)\s+(?:at|on|to)\s+"
    # (a direction first: "living at 1127 n. sedgwick", typed in lower case)
    r"(?P<addr>\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|\d{3,6}\s+[nsew]\.?\s+[a-z]{3,})\b"
)
#: Spanish style: "Calle 5 de Mayo 123", "Av. Juárez #45 int. 3", "el 1325 de la calle 18".
CALLE = re.compile(
    r"\b(?:Calle|C/|Avenida|Av\.|Avda\.?|Blvd\.?|Bulevar|Calzada|Callej[oó]n|Camino|Carrera"
    r"|Cra\.?|Paseo|Privada|Priv\.|Prolongaci[oó]n|Circuito|Andador|Carretera|Cerrada|Retorno"
    r"|Diagonal|Transversal|Peatonal|Corredor|Viaducto|Eje(?:\s+[Vv]ial)?|Ampliaci[oó]n"
    r"|Perif[eé]rico|Circunvalaci[oó]n|Boulevard|Blv\.|Glorieta|Pasadizo|Traves[ií]a|Ronda"
    r"|Rambla|Cl\.|Cll\.|Cr\.|Kr\.|Dg\.|Tv\.|Diag\.|Transv\.)\s+(?:[\wÁÉÍÓÚÑáéíóúñü.]+\s+){0,4}?(?:#\s*|No\.\s*|N[°º]\s*)?"
    r"\d{1,5}[A-Za-z]?\b(?:\s*(?:,\s*)?(?:int\.?|interior|depto\.?|departamento|dpto\.?"
    r"|apto\.?|apartamento|piso|local|casa)\s*[\w-]+)?"
    r"|\b(?:el|en el|al|del)\s+(?:n[uú]mero\s+)?\d{1,5}\s+de\s+la\s+(?:calle|avenida|av\.)"
    r"\s+[\wÁÉÍÓÚÑáéíóúñ]+"
    r"(?:\s+(?:norte|sur|este|oeste|poniente|oriente))?"
    # ... an American street named the Spanish way: "vive en el 1415 de la South Grand Avenue"
    # (with or without "la": "a su casa en el 2417 de Kessler Avenue")
    r"|\b(?:el|en el|al|del)\s+(?:n[uú]mero\s+)?\d{1,5}\s+de\s+(?:la\s+)?(?:[A-Z][\w.]*\s+){1,3}"
    r"(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Court"
    r"|Ct\.?|Way|Place|Pl\.?|Parkway|Pkwy\.?)(?!\w)"
    r"|\b(?:calle|avenida)\s+(?:[\wÁÉÍÓÚÑáéíóúñ]+\s+){1,3}(?:#\s*)?\d{1,5}\b"
    # Peru's jirón and pasaje: "Jr. Huallaga 348, dpto. 201"
    r"|\b(?:Jr\.|Jir[oó]n|Psje\.?|Pasaje)\s+(?:[\wÁÉÍÓÚÑáéíóúñ]+\s+){1,3}(?:#\s*)?\d{1,5}\b"
    r"|\b(?:Apartado|Casilla)\s+(?:Postal\s+)?\d+"
    # a kilometre of a rural road: "km 12 vía a La Calera", "kilómetro 3.5 de la carretera"
    r"|\b(?:[Kk]m\.?|[Kk]il[oó]metro)\s*\d+(?:[.,]\d+)?\s*,?\s+(?:de\s+la\s+|del\s+)?"
    r"(?:[Vv][ií]a|[Cc]arretera|[Cc]amino|[Rr]uta|[Aa]utopista|[Tt]roncal)\b"
    r"(?:\s+(?:a|al|hacia)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)?)?"
    # a rural route or a post office box: "RR 2 Box 118", "HC 65 Box 12", "P.O. Box 4471"
    r"|\b(?:RR|R\.R\.|Rural Route|HC|Star Route)\s*\d+\s*,?\s*Box\s+\d+|\bP\.?\s?O\.?\s+Box\s+\d+"
    # street and number before a neighbourhood: "Tonalá 84, Col. Roma Norte"
    r"|\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:\s+[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü]*){0,3}\s+(?:#\s*)?\d{1,5}"
    r"[A-Za-z]?,?\s+(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Residencial|Urb\."
    r"|Urbanizaci[oó]n|Sector|Unidad Habitacional|U\.\s?H\.)\s+[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü]*"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñü]*){0,2}"
    # a block and a lot, as Mexican addresses give them: "Mz 3 Lt 12", "Manzana 4, Lote 7"
    r"|\b(?:Mz|Mza|Manzana|MZ)\.?\s*\d+[A-Z]?\s*,?\s*(?:Lt|Lte|Lote|LT)\.?\s*\d+"
    # a corner with a numbered street: "la esquina de la calle 26 y Pulaski"
    r"|\b(?:casa|domicilio|departamento|depa)\s+(?:de|en|:)\s+\d{2,5}\s+[A-Z][a-z]{3,}"
    r"(?:\s+(?:St|Ave|Rd|Dr|Blvd|Street|Avenue|Road|Drive))?\b"
    r"|\b(?:en|entre)\s+(?:la\s+)?(?!(?:Argentina|M[eé]xico|Chile|Per[uú]|Colombia|Espa[ñn]a"
    r"|Cuba|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay|Guatemala|Honduras|Panam[aá])\b)"
    r"[A-Z][\wáéíóúñ]+\s+y\s+(?:la\s+)?\d{1,3}\b"
    r"(?!\s*(?:a[ñn]os|meses|d[ií]as|horas|%|de\s))"
    # "en la calle Morelos esquina con Hidalgo"
    r"|\b(?:calle|avenida|av\.)\s+[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñ]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)?\s+esquina"
    r"\s+(?:con\s+)?(?:la\s+)?(?:calle\s+|avenida\s+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñ]*"
    r"|\besquina\s+de\s+(?:la\s+)?(?:calle|avenida|av\.)\s+\d+\s+(?:y|con)\s+"
    r"(?:la\s+)?(?:calle\s+|avenida\s+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñ]*",
)
INTERSECTION = re.compile(
    r"\b(?:corner\s+of|intersection\s+of|esquina\s+(?:de|con)|cruce\s+de|cruza\s+de"
    r"|crossing\s+of)\s+(?:the\s+|la\s+|el\s+)?"
    # (a street told with its kind, "la calle Ash y la 11th Street", "South 11th Street and
    # East Laurel Street")
    r"(?:(?:calle|avenida|av\.|carrera)\s+)?"
    r"(?P<a>[A-Z0-9][\wÁÉÍÓÚÑáéíóúñ.'’]*(?:\s+[A-Z0-9][\w.]*){0,2})\s+(?:and|&|y|con|at)\s+"
    r"(?:la\s+|el\s+)?(?:(?:calle|avenida|av\.|carrera)\s+)?"
    r"(?P<b>[A-Z0-9][\wÁÉÍÓÚÑáéíóúñ.'’]*(?:\s+" + _SUFFIX + r")?)"
    r"|\b[A-Z][a-z]+\s+" + _SUFFIX + r"\.?\s+(?:and|&|at|y)\s+[A-Z0-9][\w]*\s+" + _SUFFIX + r"\b"
    # a corner told in passing, one side a numbered street: "at Juniper and 12th", "on 5th
    # and Main" (two names alone, "at Smith and Jones", may be a firm: not read as a corner)
    r"|\b(?:at|on|by|near|off)\s+(?:[A-Z][a-z]+\s+(?:and|&)\s+\d{1,3}(?:st|nd|rd|th)"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+[A-Z][a-z]+)\b",
)
#: "slipped on the steps at 2210 Greenview", "drop-offs at 4417 Brookhaven": a house number
#: of three to five digits and a capitalised name after "at"/"on", no suffix. Years
#: (1950-2039) are left out: "at 2024 Olympics trials" is a date.
AT_NUMBER = re.compile(
    r"\b(?:at|on|around|near|behind|off|across from|next to|(?i:stop|come|drop|swing) by"
    r"|en|frente a|cerca de|junto a)\s+"
    rf"(?P<addr>{_NOT_A_YEAR}\d{{3,5}}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]{{3,}}(?:\s+[A-Z][a-z]+)?)\b"
    rf"{_NO_UNIT_AFTER}"
)
#: "1712 Ridgeview, the little house behind the church, where our patient lives": a house
#: number and a name, no suffix, and a home said of it later in the sentence.
HOME_AFTER = re.compile(
    # (no count: "about 1 in 10 Americans lives with ...")
    rf"(?<![\d,.$\-–])(?<!\bin\s)(?<!\bof\s)(?P<addr>{_NOT_A_YEAR}\d{{2,5}}[ \t]+[A-Z][a-z]{{3,}}"
    rf"(?:[ \t]+[A-Z][a-z]+)?)\b{_NO_UNIT_AFTER}"
    r"(?=[^.!?\n]{0,80}\b(?:house|home|lives?|apartment|trailer|duplex|casa|vive|viven)\b)"
)
#: "on the 400 block of Elm": a home's block, as a police report would give it.
HOME_BLOCK = re.compile(
    r"\b(?P<addr>\d{2,5}\s+block\s+of\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
#: After the number, a unit: a count of years or a distance ("vive en México 20 años"),
#: not a house number (streets are named after states too: "Hidalgo 214", "Morelos 118").
COUNT_AFTER = re.compile(
    r"\s*(?:a[ñn]os|meses|semanas|d[ií]as|horas|km|kil[oó]metros|minutos|millas|years)\b", re.I
)
#: Spanish homes are written street first, number after and often no street word: "vive en
#: Hidalgo 214, depto. 3". After a verb of living, a capitalised name and a house number.
HOME_CALLE = re.compile(
    r"\b(?:vive|viven|viv[ií]a|viv[ií]an|vivimos|reside|residen|se mud(?:[oó]|aron) a"
    r"|domicilio(?: es)?|(?:casa|hogar)(?:\s+de\s+(?:l[oa]s\s+|la\s+|el\s+|su\s+|sus\s+)?\w+)?,?)"
    r"\s+(?:en|:)\s+(?:la\s+|el\s+)?"
    r"(?P<addr>[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü]*){0,3}"
    r"\s+(?:#\s*|n[uú]m\.?\s*|n[uú]mero\s+|No\.\s*)?\d{1,5}[A-Za-z]?\b"
    r"(?:\s*,?\s*(?:int\.?|interior|depto\.?|departamento|dpto\.?|apto\.?|apartamento|piso)"
    r"\s*[\w-]+)?)"
)
_STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
]
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
#: For other detectors (a town named like a person: "Tyler, Texas").
STATE_ABBREVIATIONS: tuple[str, ...] = tuple(_STATES)
STATE_NAMES = _STATE_NAMES
ZIP = re.compile(
    rf"(?:\b(?:{'|'.join(_STATES)}|{_STATE_NAMES}),?\s+"
    r"|\b(?:(?i:zip\s?code|zipcode|zip|postal\s+code|c[oó]digo\s+postal|c[oó]digo)|C\.\s?P\.?|CP)"
    r"\s*[:,]?\s*"
    r"(?:(?:is|es|was|de|del|of)\s+)?"
    r"|\b(?:in|near|from|around|en|de|del|cerca de)\s+(?:the\s+|el\s+)?"
    # a move or a zone: "moved out to 62549", "se mudaron a 60623", "zona 60623"
    r"|\b(?:home|house|casa|hogar|lives|vive)\b[^.\n]{0,15}\(\s*"
    r"|\b(?:moved|moving|move|relocated|mud[oó]|mudaron|mudamos)\s+(?:out\s+|back\s+|away\s+)?"
    r"(?:to|a|al)\s+|\b(?i:zona|sector|área|area)\s+"
    # something sent to a ZIP: "mail the boy's glasses voucher to 62704"
    r"|\b(?:mail|send|sent|ship|shipped|deliver|delivered|mandar|enviar)\b[^.\n]{0,40}\bto\s+"
    # a ZIP as one person's epithet: "one 62702 toddler's asthma", "the 60623 family"
    r"|\b(?:one|a|our|this|that|the|un|una|el|la)\s+(?=\d{5}\s+(?:toddler|child|kid|family"
    r"|teen|boy|girl|household|mom|dad|patient|ni[ñn][oa]|familia)(?:['’]s)?\b))"
    r"(?P<zip>\d{5})(?:-\d{4})?\b"
    r"|\b(?P<zip4>\d{5})-\d{4}\b",
)
#: Five digits alone, as a ZIP is written (not a sum, a share, a phone or a longer number).
LOCAL_ZIP = re.compile(r"(?<![\d$.,/#-])(?P<zip>\d{5})(?![\d%]|[.,/-]\d)")
#: "1 in 10000 babies", "in 20000 children": a statistic, not a ZIP code.
NOT_A_ZIP_AFTER = re.compile(
    r"^\s*(?:bab(?:y|ies)|births?|children|kids|people|cases|newborns|infants|teens|adults"
    r"|patients|families|ni[ñn]os|beb[eé]s|personas|casos|nacimientos|d[oó]lares|dollars"
    r"|steps|pasos|calories|calor[ií]as|mg|ml|units|doses|feet|pies|miles|meters|metros)\b",
    re.I,
)
NOT_A_ZIP_BEFORE = re.compile(r"\b(?:1|one|uno|un[oa]?)\s+(?:in|en|de)\s+(?:the\s+)?$", re.I)

# --- a named place next to a child (WARN) ---------------------------------------------------
_CAP = r"[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñü'’.\-]*"
SCHOOL = re.compile(
    rf"\b(?P<place>(?:{_CAP}\s+){{1,4}}(?:Elementary|Middle School|High School|Junior High"
    r"|Academy|Preschool|Pre-?K|Pre-?School|Daycare|Day Care|Child ?Care|Learning Center"
    r"|Learning Academy|Early Learning(?: Center)?|Montessori|Kindergarten|Primary(?: School)?"
    r"|School|Nursery|Head Start|Kids Club|Playschool|Child Development Center"
    # "the junior on the Carver High swim team": a high school by its name alone
    r"|High(?=\s+(?:[a-z]+\s+)?(?:team|squad|band|choir|students?|grads?|graduates?"
    r"|freshman|sophomore|junior|senior|class)\b))\b"
    r"(?!\s+(?:of|for|de)\b)"
    r"|(?i:escuela(?:\s+(?:primaria|secundaria|preparatoria))?|primaria|secundaria"
    r"|preparatoria|colegio|guarder[ií]a|k[ií]nder|jard[ií]n de ni[ñn]os|estancia infantil"
    rf"|instituto)\s+(?:{_CAP}\s*){{1,4}})",
)
#: Where one family lives, by its street even without a number: "she lives on Elm Street".
LIVES_ON_STREET = re.compile(
    r"\b(?:lives|lived|vive|viv[ií]a)\s+(?:on|in|en|por)\s+(?:la\s+|el\s+)?"
    r"(?P<place>(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln"
    r"|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Circle|Calle|Avenida)\b\.?"
    r"|(?:Calle|Avenida|Av\.)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)"
)
NEIGHBOURHOOD = re.compile(
    rf"\b(?:barrio|colonia|vecindario|fraccionamiento|neighbou?rhood\s+of|subdivision"
    # a rural place smaller than a town: "del rancho El Mezquite", "la vereda La Esperanza"
    r"|rancho|rancher[ií]a|ejido|vereda|caser[ií]o|aldea|cant[oó]n|paraje"
    # a block of homes: "de los apartamentos Brookside Terrace", "los departamentos Parkview"
    r"|apartamentos|departamentos|condominios?|residencial|multifamiliares?"
    r"|unidad habitacional|edificio)\s+"
    rf"(?:de\s+|del\s+|of\s+)?(?P<place>(?:{_CAP}\s*){{1,3}})"
    rf"|\bthe\s+(?P<place2>(?:{_CAP}\s+){{1,3}})(?i:neighbou?rhood|subdivision|apartments|apts"
    # (where homes are: "the Pine Knoll Apartments", "the Dunmore Flats area", "the Elmwood
    # Village duplexes")
    r"|flats|duplexes|townhomes|townhouses|trailer park|mobile home park|complex|projects"
    r"|trailer court|mobile home court|towers|terrace|manor|estates"
    r"|housing|area|side)\b",
)
#: A place one child goes to every week, named after what they do there: "attends Sunday
#: school at St. Casimir's", "plays for the Eastside Eagles", "va a la parroquia San Judas".
ATTENDS = re.compile(
    # (a class there: "in one third-grade class at St. Agnes, including a girl who")
    rf"\b(?:attends|goes to|plays for|swims at|trains at|asiste a|va a"
    rf"|(?:grade|kindergarten|preschool|pre-?k|homeroom)(?:\s+class(?:room)?)?\s+at"
    rf"|(?:grado|kinder|k[ií]nder)\s+en)\s+(?:[a-z]+\s+){{0,3}}?"
    rf"(?:(?:at|en|for|con)\s+)?(?:(?:the|la|el)\s+)?(?P<place>(?:St\.?\s+|Saint\s+)?"
    rf"{_CAP}(?:\s+{_CAP}){{0,3}})"
)
TOWN = re.compile(
    r"\b(?:from|from (?:tiny|little|small|rural)|from (?:out|over|up|down|back) in|desde"
    r"|del pueblo de|del rancho|de la comunidad de"
    r"|de la colonia|(?:in|from|near) the"
    r" (?:[a-z]+ )?(?:town|village|community|city) of|en el pueblo de|a town called"
    r"|un pueblo llamado|near|outside of|the (?:[a-z]+ )?(?:town|village|community|city) of"
    rf"|cerca de|de)\s+(?P<place>{_CAP}(?:\s+(?:(?:de\s+(?:los|las|la)|del|de)\s+)?{_CAP}){{0,2}})"
    rf"|\bin\s+(?P<place_in>{_CAP}(?:\s+{_CAP})?)(?=,\s*(?:{'|'.join(_STATES)}|{_STATE_NAMES})\b)"
    # the only one there: "the only teen in Tallula with ...", "el único niño de San Juan
    # Tlacotenco con ..."; where one lives: "vive en La Perla"
    rf"|\b(?:only|[uú]nic[oa]s?)\s+(?:[\w-]+\s+){{1,3}}?(?:in|en|de|from|del)\s+"
    rf"(?P<place_only>{_CAP}(?:\s+{_CAP}){{0,2}})"
    rf"|\b(?:vive|viven|viv[ií]a|lives|lived)\s+(?:out\s+)?(?:en|in)\s+(?P<place_home>(?:La |El "
    rf"|Los |Las )?{_CAP}(?:\s+{_CAP})?)"
    # where one child is, then what is theirs: "a little boy in Loami with Prader-Willi", "a
    # mom in Pleasant Plains this year, whose son", "out in New Berlin, who"
    rf"|\b(?:out\s+)?(?:in|en)\s+(?P<place_with>{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"(?=\s+(?:with|who|whose|this year|con|que)\b|,\s*(?:who|whose|que|where|donde)\b)",
)
#: A town told by a landmark beside its name: "Pruett, the one-stoplight town past the grain
#: elevator", "Harbor Point, down by the bait shop": where one child lives, pinned down.
LANDMARK_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|el|la)\s+(?:[\w-]+\s+){0,3}?(?:town|village|place|spot|pueblo"
    r"|pueblito|rancho)\s+)?(?:right\s+)?(?:down by|up by|out by|over by|past|behind|next to"
    r"|across from|by|near|pasando|junto a|detr[aá]s de|frente a|cerca de)\s+(?:the|el|la|los"
    r"|las)\s+"
)
#: A place told by how few live there: "a boy from Pawnee, a town of 2,700 people", "un
#: niño de Pawnee, un pueblito de 2,700 personas".
TINY_TOWN = re.compile(
    rf"\b(?P<place>{_CAP}(?:\s+{_CAP})?),\s+(?:a|an|un|una)\s+(?:(?:small|tiny|little|peque[ñn]o)\s+)?"
    r"(?:town|village|hamlet|pueblo|pueblito|aldea|rancho|ranchito|caser[ií]o|comunidad|community)"
    r"\s+(?:of|de)\s+(?:about\s+|some\s+|unos?\s+|apenas\s+)?\d[\d,.]*\s+"
    r"(?:people|residents|souls|personas|habitantes|almas|familias|families)\b"
    # "in Pawnee, population 2,600", "Tumbaco (pop. 900)", "San Isidro, población 1.200"
    rf"|\b(?P<place_pop>{_CAP}(?:\s+{_CAP})?),?\s+\(?(?:population|pop\.|poblaci[oó]n)\s*:?\s*"
    r"(?:about\s+|around\s+|unos?\s+)?\d{1,3}(?:[,.]\d{3})?(?!\d|[,.]\d|\s*(?:million|mill[oó]n))"
)
LANGUAGES = frozenset(
    fold(w)
    for w in [
        "English",
        "Spanish",
        "Español",
        "Espanol",
        "Inglés",
        "Ingles",
        "French",
        "Francés",
        "Portuguese",
        "Chinese",
        "Arabic",
        "Vietnamese",
        "Tagalog",
        "Korean",
        "Polish",
        "Russian",
        "Somali",
        "Swahili",
        "Hindi",
        "Urdu",
        "Creole",
        "Haitian",
    ]
)
#: One particular child or family in the sentence ("a second-grader", "una niña").
ONE_PERSON = re.compile(
    r"\b(?:a|an|one|our|the|this|that|his|her|their|first|second|third|fourth|fifth|another"
    r"|una?|el|la|nuestr[oa]|est[ea]|otr[oa]|primer[oa]?|segund[oa]|tercer[oa]?)\s+"
    r"(?:(?!every|each|any|average|typical|whole|entire|cada|cualquier)[\w-]+\s+)?"
    r"(?:child|kid|boy|girl|baby|toddler|infant|newborn|teen|teenager|student|patient"
    r"|(?:\w+-)?grader|kindergartner|preschooler|family|sibling|son|daughter|brother|sister"
    r"|freshman|sophomore|junior|swimmer|athlete|player|goalie|pitcher"
    r"|twins?|mom|dad|mother|father|\w+-(?:year|month|week|day)-old|ni[ñn][oa]|beb[eé]"
    r"|paciente|alumn[oa]|estudiante|familia|hij[oa]|herman[oa]|chic[oa]|muchach[oa]"
    r"|adolescente|mam[aá]|pap[aá]|nen[ea]|chamac[oa]|chiquit[oa]|guagua|peque[ñn][oa]"
    r"|" + REGIONAL_CHILD + r")\b"
    # a handful of children, counted: "three kids from Little Acorns", "tres niños de la
    # guardería ...": as few as that, each can be found
    r"|(?<!\bor )(?<!\bo )\b(?:two|three|four|five|dos|tres|cuatro|cinco|[2-5])\s+"
    r"(?!or\b|o\b)(?:(?:of|de)\s+(?:the|our|los|las|nuestros)\s+)?(?:\w+\s+)?"
    r"(?:children|kids|babies|toddlers|students|siblings|brothers|sisters"
    r"|ni[ñn][oa]s|beb[eé]s|alumn[oa]s|herman[oa]s|hij[oa]s)\b"
    r"(?!\s+(?:in (?:every|each)|per|en cada|de cada|por))"
    # "one of our toddlers", "the families on her street"
    r"|\b" + ONE_OF_OURS + r"\b|\b(?:her|his|their)\s+(?:street|block|house|home)\b"
    # one of a group singled out: "the toddlers at Little Acorns, including one who needed IV
    # fluids"
    r"|\b(?:including|among them|incluid[oa]|entre ell[oa]s) (?:one|uno|una) (?:who|que)\b",
    re.I,
)
#: Words that make the sentence about something rare or personal (a town next to them
#: identifies the child).
CONDITION = re.compile(
    r"\b(?:fibrosis|cancer|leukemia|tumou?r|transplant|rare|syndrome|disease|diagnos\w*"
    r"|outbreak|measles|whooping|pertussis|tb|tuberculosis|meningitis|lead|first case|case"
    r"|screen\w*|pinkeye|pink eye|hand, foot|lice|strep|flu|rsv|covid|died|passed|injur\w*"
    r"|infections?|tubes|surgery|seizures?|fractur\w*|infecci[oó]n\w*|cirug[ií]a"
    r"|accident|crash|burn\w*|drown\w*|sarampi[oó]n|tos ferina|c[aá]ncer|leucemia|caso"
    r"|diagn[oó]stic\w*|enfermedad|s[ií]ndrome|piojos|varicela|accidente|contagi\w*"
    r"|asthma|asma|type|tipo|severe|severa|sever[oa]|chronic|cr[oó]nic[oa]|\w+uria|\w+emia"
    r"|\w+itis|\w+osis)\b",
    re.I,
)
#: Words after a capitalised word that make it something other than a town.
NOT_A_TOWN_AFTER = re.compile(
    r"^\s*(?:Hospital|Clinic|Children|Medical|Health|University|College|Center|County"
    r"|Elementary|School|Academy|Street|Avenue|Road|Park|Library|Pharmacy|Church)\b"
)


#: Every SCHOOL / NEIGHBOURHOOD match holds one of these (a cheap test first).
SCHOOL_STEMS = (
    "high",
    "elementary",
    "school",
    "academy",
    "pre",
    "daycare",
    "day care",
    "care",
    "learning",
    "montessori",
    "kindergarten",
    "primary",
    "nursery",
    "head start",
    "kids club",
    "escuela",
    "primaria",
    "secundaria",
    "colegio",
    "guarder",
    "kinder",
    "jard",
    "estancia",
    "instituto",
    "development",
)
ATTENDS_STEMS = ("attends", "goes to", "plays for", "swims at", "trains at", "asiste a", "va a",
                 "grade", "kindergarten", "preschool", "pre-k", "prek", "homeroom", "grado",
                 "kinder", "kínder")
NEIGHBOURHOOD_STEMS = (
    "barrio",
    "rancho",
    "ranch",
    "ejido",
    "vereda",
    "caser",
    "aldea",
    "cant",
    "paraje",
    "colonia",
    "vecindario",
    "fraccionamiento",
    "neighbo",
    "subdivision",
    "apartments",
    "apts",
    "park",
    "complex",
    "projects",
    "flats",
    "duplex",
    "townho",
    "housing",
    "area",
    "side",
    "court",
    "towers",
    "terrace",
    "manor",
    "estates",
    "apartamentos",
    "departamentos",
    "condominio",
    "residencial",
    "multifamiliar",
    "unidad habitacional",
    "edificio",
)


def norm_street(text: str) -> str:
    """A street address in one spelling ("120 Maple St." = "120 maple street")."""
    # (said the Spanish way, "en el 120 de Maple Street" is 120 Maple Street)
    text = re.sub(r"^(?:en el|el|al|del)\s+(?:n[uú]mero\s+)?(\d+)\s+de\s+(?:la\s+)?", r"\1 ",
                  text.strip(), flags=re.I)
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(STREET_ABBREVIATIONS.get(w, w) for w in words)


#: "at their house, 4127 Wabash": someone's home named, then its number and street.
HOME_ADDRESS = re.compile(
    r"\b(?:their|his|her|the family's|su|sus)\s+(?:new\s+|nuev[oa]\s+)?(?:house|home|apartment"
    r"|place|casa|departamento|apartamento),?\s+(?:(?:at|on|en)\s+)?"
    r"(?P<addr>\d{1,6}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)


#: Capitalised words after a number that make it a count, not a house: "at 1000 Islands",
#: "on 100 Days of School".
NOT_A_STREET = frozenset({"days", "islands", "years", "calories", "steps", "kids", "children",
                          "families", "points", "miles", "feet", "meters", "hours", "minutes"})


#: The kind of street, in either language: no part of which street it is ("120 Maple
#: Street" and "el 120 de la calle Maple" are one address).
STREET_KINDS = frozenset({
    *STREET_ABBREVIATIONS.values(), "calle", "avenida", "av", "camino", "carretera", "paseo",
    "bulevar", "callejon", "calzada",
})


def _street_key(normal: str) -> tuple[str, ...]:
    """A normalised street address without its kind of street: ("120", "maple")."""
    return tuple(w for w in normal.split() if w not in STREET_KINDS)


def practice_street(policy: Policy, text: str) -> bool:
    """Whether `text` starts with the practice's own street address (its settings), in any
    order of words the two languages give it ("120 Maple St.", "el 120 de la calle Maple")."""
    normal = norm_street(text)
    if any(normal.startswith(s) or s.startswith(normal) for s in policy.streets):
        return True
    key = _street_key(normal)
    return len(key) > 1 and any(
        own[: len(key)] == key or key[: len(own)] == own
        for own in (_street_key(s) for s in policy.streets) if len(own) > 1)


#: A public venue named just before an address: the address is the venue's, not a family's
#: ("free car seat checks at the Springfield Fire Station #3, 2100 Stevenson Drive").
VENUE_BEFORE = re.compile(
    r"\b(?:fire station|library|department|dept|hospital|clinic|center|centre|YMCA|YWCA|church"
    r"|school|park|museum|market|mall|store|pharmacy|stadium|arena|fairgrounds|city hall"
    r"|courthouse|event|festival|fair|pantry|food ?bank|shelter|headquarters"
    r"|college|university|universidad|parish|parroquia|sal[oó]n parroquial|secundaria"
    r"|primaria|preparatoria|banco de (?:comida|alimentos)"
    r"|located at|held at|takes place at|biblioteca|departamento de (?:salud|bomberos|polic[ií]a"
    r"|parques|educaci[oó]n)|centro|iglesia|escuela|parque"
    r"|museo|mercado|tienda|farmacia|estaci[oó]n de bomberos|feria|evento|cl[ií]nica"
    r"|despensa|oficina|office|se realiza en|ubicad[oa] en|consulado|consulate|embassy|embajada"
    r"|department of (?:public )?health|health department|county|condado|zoo"
    r"|capitol|aquarium|acuario|zool[oó]gico|presidential library|ayuntamiento|city hall"
    r"|state house|planetarium|planetario|community center|rec center|YMCA"
    # a business opening its doors there: "has opened Bright Start Pediatric Dentistry at 132
    # Maple Street", "abrió Bright Start Pediatric Dentistry en el 132 de la calle Maple"
    r"|(?:Dentistry|Dental|Bakery|Caf[eé]|Restaurant|Studio|Salon|Shop|Store|Pharmacy|Clinic"
    r"|Pediatrics|Optometry|Therapy|Panader[ií]a|Taquer[ií]a|Tienda|Farmacia|Cl[ií]nica)"
    r"(?:\s+(?:at|en(?: el)?))?"
    # public events: a parade, a procession, a race is everyone's
    r"|desfile|parade|procesi[oó]n|procession|peregrinaci[oó]n|pilgrimage|marcha|march"
    r"|kerm[eé]s|tianguis|carnaval|carnival|fiesta patronal|plaza|5k|10k|fun run"
    r"|marketplace|celebration|celebraci[oó]n|convention|expo|gardens?|conservatory|building"
    r"|observatory|coliseo|coliseum|ballpark|pavilion|field|children['’]s)\b"
    # a venue's word run into its name: "Saint Paul RiverCentre", "Hmongtown MarketPlace"
    r"|(?<=[a-z])(?-i:Centre|Center|Market|Place|Park|Field)\b",
    re.I,
)
#: Words that make an address a person's, even near a venue ("her grandma's house at ...",
#: "drop off meals for the family at ..."): a person in the sentence is enough.
HOME_WORDS = re.compile(
    # (singular: "children under 5" or "las familias" are whom a public office serves)
    r"\b(?:lives?|living|lived|home|house|apartment|apt|family(?![ -](?:programs?|days?|events?"
    r"|fun|nights?|activities|friendly|festival|movie|concert|members|medicine|practice))"
    r"|family's"
    # (a child, un niño: anyone's, the advice's; "the child", "su niño": someone's)
    r"|his|her|their(?! (?:downtown|new|main|central|north|south|east|west)"
    r"(?: \w+)? (?:building|office|location|site|campus|branch)\b)|he|she"
    r"|(?<!\ba )(?<!\bany )(?<!-and-)(?:child|kid|boy|girl|baby|toddler|teen)"
    # (a kind of program, not a child: "toddler story time", "teen night")
    r"(?![ -](?:story|storytime|time|programs?|class(?:es)?|areas?|rooms?|sections?|books?"
    r"|activities|nights?|events?|centers?|clinics?|days?))"
    r"|\ba (?:child|kid|boy|girl|baby|toddler|teen) (?:who|whose|that)\b"
    r"|(?:child|kid|boy|girl|baby|toddler|teen)['’]s|(?:child|kid) of ours"
    r"|patient|mom|dad|mother|father|parent(?!-and-|-child| and child)|son|daughter|familia"
    r"|(?<!\bun )(?<!\buna )(?<!\bning[uú]n )(?<!\bcada )(?<!\bdel )(?:ni[ñn][oa]|beb[eé])"
    r"|un[ao]? (?:ni[ñn][oa]|beb[eé]) de|de nuestr[oa] (?:cl[ií]nica|consultorio|pr[aá]ctica)"
    r"|mam[aá]|pap[aá]|hij[oa]|paciente"
    r"|grandma|grandpa|abuel[oa]s?|casa|vive|viven|vivía|domicilio|hogar|apartamento|depa"
    r"|sick|enferm[oa]s?|poisoned|intoxicad[oa]s?|we see|que atendemos|we treat|our patients"
    r"|su (?:nuev[oa] )?(?:departamento|mam[aá]|pap[aá]|familia|t[ií][oa])"
    r"|rental|rented|renting|landlord|tenants?|one of our|uno de nuestros|una de nuestras"
    r"|inquilin[oa]s?|casero|renta(?:ba|n)?)\b",
    re.I,
)


OUR_OFFICE = re.compile(r"\b(?:our|my|nuestr[oa]|mi)\s+(?:front\s+|back\s+|own\s+)?"
                        r"(?:office|clinic|cl[ií]nica|oficina|consultorio)\b", re.I)


def _public_venue(prose: str, start: int, end: int) -> bool:
    """The address belongs to a venue named in the same sentence, with no one's home in it."""
    before = sentence_before(prose, start, 250)
    after = sentence_after(prose, end, 80)
    # (the practice's own office is no venue elsewhere: "Devontae from our front office
    # dropped boots at 1418 Carrow Lane")
    venue = VENUE_BEFORE.search(OUR_OFFICE.sub(" ", before)) or ROADS_CLOSED_AFTER.match(after)
    return bool(venue) and not HOME_WORDS.search(f"{before} {after}")


#: After streets, what a city does to them: "Boylston, Comm Ave and Beacon St close early",
#: "la 5 de Mayo y Juárez estarán cerradas": road news, nobody's home.
ROADS_CLOSED_AFTER = re.compile(
    r"[^.!?\n]{0,30}?\b(?i:close|closes|closed|closing|closures?|detours?|reopens?|cierra[n]?"
    r"|cerrad[oa]s|cierres?|desv[ií]os?)\b")


#: A home told by its lot in a park or a block of a colonia: "lot 9 at Pine Acres", "trailer
#: 22 at Sangamon Mobile Home Park", "manzana 7, lote 14", "Mz. 3 Lt. 12".
LOT = re.compile(
    r"\b(?i:lot|trailer|space)\s+#?\d{1,4}[A-Z]?\s+(?:at|in|of|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|del|la)){0,4}"
    r"|\b(?i:manzana|mz[ao]?\.?)\s*\d{1,4}[A-Z]?\s*,?\s*(?i:lote|lt\.?|casa)\s*\d{1,4}[A-Z]?\b"
    r"|\b(?i:lote)\s+\d{1,4}[A-Z]?\s+(?:de|del|en)\s+(?:la\s+|el\s+)?(?i:colonia|fraccionamiento"
    r"|ejido|rancho|barrio)\b"
)


#: A street typed in lower case, as a hurried post or a text message writes it ("on 22 birch
#: ct", "at 415 w elm st"): a house number, one or two words and a common suffix only.
STREET_LOWER = re.compile(
    r"(?<![\d,.$\-–#/])\b(?!0)\d{1,5}\s+(?:[nsew]\.?\s+)?(?P<name>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+"
    r"(?:st|street|ave|avenue|ct|court|rd|road|dr|drive|ln|lane|blvd|pl|cir|circle|ter|pkwy"
    r"|hwy|trl|trail)\b\.?(?!\w)"
)


class _AddressShape(NamedTuple):
    """One way a street address is written, and how to read a match of it."""

    pattern: re.Pattern[str]
    #: the group holding the address (0: the whole match)
    group: int | str = 0
    #: words of the street's name that make the match a count or a title ("10 Easy Ways")
    not_a_name: frozenset[str] = frozenset()
    #: read only in running text: a file name's "122-micro-well-visits" is title-cased
    prose_only: bool = False


#: The shapes read first and in this order; the first to claim a span keeps it.
ADDRESS_SHAPES = (
    _AddressShape(STREET),
    _AddressShape(STREET_DIRECTION),
    _AddressShape(CALLE),
    _AddressShape(STREET_USPS, "addr", NOT_A_STREET_NAME, prose_only=True),
    _AddressShape(LOT),
    _AddressShape(STREET_LOWER, 0, NOT_A_STREET_NAME | {"started", "ate", "plates", "made",
                                                       "took", "down", "along", "across",
                                                       # "kids under 14 should not drive"
                                                       "should", "not", "will", "can", "must",
                                                       "may", "might", "would", "could",
                                                       "never", "also", "only", "who", "cannot",
                                                       "shouldn't", "can't", "won't", "don't"},
                  prose_only=True),
)


def _within_paragraph(pattern: re.Pattern[str], prose: str, match: re.Match[str]
                      ) -> re.Match[str] | None:
    """The match, read again up to its paragraph's end when it runs past one: an address
    never spans two blocks ("at its St. George office, 620 S 400 E.</p><p>Our nurse…" is
    "620 S 400 E."). None when what is left is no address."""
    cut = prose.find("\n\n", match.start(), match.end())
    return match if cut < 0 else pattern.match(prose, match.start(), cut)


def _states_meet(address: str) -> bool:
    """Whether an "intersection" is of two states or countries ("the corner of Utah and
    Arizona", "where Texas and Mexico meet"): every capitalised word a big place."""
    words = [fold(w) for w in re.findall(r"[A-ZÁÉÍÓÚÑ][\w'’-]*", address)]
    words = [w for w in words if w not in ("corner", "esquina", "the", "la", "el")]
    return len(words) >= 2 and all(w in BIG_PLACES for w in words)


def addresses(prose: str, policy: Policy) -> Iterator[Hit]:
    """Street addresses, intersections, P.O. boxes (BLOCK); a public venue's address passes."""
    if not re.search(r"\d|corner|esquina|intersection|cruce", prose, re.I):
        return
    seen: list[tuple[int, int]] = []

    def fresh(start: int, end: int) -> bool:
        if any(s < end and start < e for s, e in seen):
            return False
        seen.append((start, end))
        return True

    fix = 'Fix: remove it, or name the area in general words ("on the east side").'
    for shape in ADDRESS_SHAPES:
        for found in shape.pattern.finditer(prose):
            match = _within_paragraph(shape.pattern, prose, found)
            if match is None:
                continue
            address = match.group(shape.group)
            if _states_meet(address):
                continue  # "the corner of Utah and Arizona": two states, no street corner
            if shape.pattern is STREET_DIRECTION and fold(match["name"]) in BIG_PLACES:
                continue  # "the 2025 West Texas measles outbreak": a region, no street
            if shape.not_a_name and set(fold(match["name"]).split()) & shape.not_a_name:
                continue
            start, end = match.span(shape.group)
            if practice_street(policy, address) or not fresh(start, end):
                continue
            if _public_venue(prose, start, end):
                continue
            hit = block(start, end, "privacy-address",
                        f'Street address "{address.strip()}". (The practice\'s own address, '
                        "PRACTICE_ADDRESS, is allowed.)", fix)
            yield replace(hit, prose_only=True) if shape.prose_only else hit
    homes = [*STREET_CUE.finditer(prose), *HOME_ADDRESS.finditer(prose)]
    homes += [m for pattern in (AT_NUMBER, HOME_AFTER) for m in pattern.finditer(prose)
              if not set(fold(m["addr"]).split()[1:]) & (BIG_PLACES | NOT_A_STREET)]
    homes += [m for m in HOME_CALLE.finditer(prose) if not COUNT_AFTER.match(prose, m.end())]
    homes += list(HOME_BLOCK.finditer(prose)) if "block" in prose else []
    for match in homes:
        start, end = match.span("addr")
        if practice_street(policy, match["addr"]) or not fresh(start, end):
            continue
        if _public_venue(prose, start, end):
            continue
        if fold(match["addr"].split()[1]) in MONTHS or fold(match["addr"].split()[1]) in WEEKDAYS:
            continue
        yield block(start, end, "privacy-address", f'Street address "{match["addr"]}".', fix)
    practice_streets = {w for street in policy.streets for w in street.split() if w.isalpha()}
    practice_streets -= set(STREET_ABBREVIATIONS.values())
    for match in INTERSECTION.finditer(prose):
        corner = {fold(w) for w in re.findall(r"[^\W\d_]+", match.group(0))}
        if corner & practice_streets or _states_meet(match.group(0)):
            continue  # directions to the practice: "the corner of Maple and 2nd"
        if not fresh(match.start(), match.end()):
            continue
        if _public_venue(prose, match.start(), match.end()):
            continue  # "the fair in Parque Morelos, at the corner of Morelos and Hidalgo"
        yield block(
            match.start(),
            match.end(),
            "privacy-address",
            f'Street corner "{match.group(0)}": it can lead to a family\'s home.',
            fix,
        )


#: A text that is a ZIP code and nothing else (a tag "62702"): no other number is 5 digits
#: on its own.
ZIP_ALONE = re.compile(r"\A\s*(?P<zip>\d{5})(?:-\d{4})?\s*\Z")


def zips(prose: str, policy: Policy) -> Iterator[Hit]:
    """A ZIP code in context ("Peoria, IL 61602", "ZIP 60623", "a toddler in 62703")."""
    if not re.search(r"\d{5}", prose):
        return
    alone = ZIP_ALONE.match(prose)
    if alone and alone["zip"] not in policy.zips and 501 <= int(alone["zip"]) <= 99950:
        yield block(alone.start("zip"), alone.end("zip"), "privacy-zip",
                    f'ZIP code "{alone["zip"]}".',
                    "Fix: remove it, or name the area in general words.")
        return
    found: set[int] = set()
    # a ZIP of the practice's own area, whatever the words around it: "one mom on the north
    # side, 62702" (five digits that open like the practice's ZIP are a neighbour's ZIP)
    areas = {code[:3] for code in policy.zips}
    local = [m for m in LOCAL_ZIP.finditer(prose) if m["zip"][:3] in areas and not re.search(
        r"\b(?i:text|txt|texting|sms|mensaje|env[ií]a|manda)\s+(?:\w+\s+){0,2}$",
        prose[max(0, m.start() - 30) : m.start()])]  # (not a short code: "text FLU to 62702")
    for match in [*ZIP.finditer(prose), *local]:
        code = match["zip"] or match["zip4"]
        start = match.start("zip") if match["zip"] else match.start("zip4")
        if start in found:
            continue
        found.add(start)
        if code in policy.zips or NOT_A_ZIP_AFTER.match(prose[match.end() : match.end() + 20]):
            continue
        if NOT_A_ZIP_BEFORE.search(prose[max(0, match.start() - 12) : match.start() + 4]):
            continue
        if _public_venue(prose, match.start(), match.end()):
            continue  # the ZIP of a health department's or a library's address
        if not 501 <= int(code) <= 99950:
            continue
        yield block(
            start,
            match.end(),
            "privacy-zip",
            f'ZIP code "{code}".',
            "Fix: remove it, or name the area in general words.",
        )


#: A disease, sign or manoeuvre named after a person or a place ("síndrome de Down",
#: "enfermedad de Kawasaki", "fiebre del Nilo"): the word after "de" names no town.
EPONYM_BEFORE = re.compile(
    r"\b(?:s[ií]ndrome|enfermedad|mal|signo|maniobra|prueba|escala|test|virus|fiebre|tetralog[ií]a"
    r"|par[aá]lisis|sarcoma|linfoma|tumor|criterios|reflejo|anemia|distrofia|ataxia)\s+"
    r"(?:de\s+la\s+|del?\s+)?\w*\s*$",
    re.I,
)


#: An institution's name going on: "Hospital de Niños ...", "Escuela ...".
INSTITUTION_NAMED = re.compile(
    r"\b(?:Hospital|Escuela|Colegio|Centro|Instituto|Cl[ií]nica|Parque|Universidad|Fundaci[oó]n"
    r"|Sanatorio|Policl[ií]nico)\b[^.!?\n]{0,30}$"
)
#: Fields of medicine and other words "de ..." introduces that are no town.
NOT_A_TOWN = frozenset(
    [
        "pediatria", "pediatrics", "salud", "medicina", "enfermeria", "nutricion", "psicologia",
        "cardiologia", "neurologia", "alergia", "urgencias", "emergencias", "vacunacion",
        "lactancia", "odontologia",
        # feasts and seasons: "en Semana Santa con los abuelos" is a time, not a town
        "semana", "navidad", "pascua", "cuaresma", "adviento", "carnaval", "easter",
        "christmas", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover", "lent",
        # poison control, as Spanish names it: "llamen a Control de Envenenamientos"
        "envenenamiento", "envenenamientos", "intoxicaciones", "toxicologia", "venenos",
    ]
)


#: Words that make no school's name, however capitalised: "Back To School", "First Day Of
#: School", "Summer School", "Sunday School", "High School" itself.
NOT_A_SCHOOL_NAME = frozenset({
    "back", "to", "the", "a", "an", "of", "for", "and", "summer", "sunday", "home", "night",
    "driving", "public", "private", "charter", "middle", "high", "elementary", "grade",
    "nursing", "medical", "law", "boarding", "our", "your", "my", "new", "first", "last", "day",
    "week", "year", "after", "before", "start", "starting", "pre", "k", "school", "preschool",
    "kindergarten", "daycare", "care", "child", "nursery", "primary", "junior", "walk",
    "walking", "bike", "ride", "bus", "way", "safe", "safely", "safety", "zone", "lunch",
    "lunches", "supplies", "shots", "vaccines", "physicals", "forms", "fair",
    # illnesses a post puts beside "school" ("pinkeye-school", "lice and school")
    "pinkeye", "lice", "flu", "colds", "cold", "fever", "fevers", "sick", "strep", "covid",
    "measles", "asthma", "allergies", "allergy", "rash", "vomiting", "stomach", "bug",
})


#: Initials with the child's town: "K.M. from Pleasant Plains", "J. R. de San Mateo". Initials
#: hide a name only when nothing narrows down who has them.
INITIALS_FROM = re.compile(
    r"\b(?!(?:D\.C|U\.S|U\.K|A\.M|P\.M|E\.U)\.)[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?,?\s+(?:from|de)\s+"
    r"(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2})"
)


#: A town the writer calls tiny: small enough to find a child in, and no person ("one of our
#: regulars from tiny Loami").
FROM_A_TINY_TOWN = re.compile(r"from (?:tiny|little|small) [A-Z]", re.I)


def places(prose: str, names_of_people: frozenset[str]) -> Iterator[Hit]:
    """A school, daycare, neighbourhood or small town next to one child (WARN)."""
    lower = prose.lower()
    for pattern, group, stems in (
        (LIVES_ON_STREET, "place", ("live", "vive", "viv")),
        (SCHOOL, "place", SCHOOL_STEMS),
        (NEIGHBOURHOOD, "place", NEIGHBOURHOOD_STEMS),
        (ATTENDS, "place", ATTENDS_STEMS),
    ):
        if not any(stem in lower for stem in stems):
            continue
        for match in pattern.finditer(prose):
            place = (match[group] or match.groupdict().get("place2") or match.group(0)).strip()
            if pattern is ATTENDS and fold(place) in BIG_PLACES:
                continue  # "para entrar al kínder en Illinois": a state's rule, no school
            if pattern is NEIGHBOURHOOD and fold(place) in place_names() and not re.match(
                    r"(?i:colonia|col\.|barrio|reparto|residencial|urbanizaci[oó]n|aldea"
                    r"|cant[oó]n|caser[ií]o|vereda|sector)\b", match.group(0)):
                continue  # "a family from the Chicago area": a city, nowhere to be found
                # ("la colonia Kennedy" is a neighbourhood, whatever city shares its name)
            if pattern is SCHOOL and {w for w in re.split(r"[\s_-]+", fold(place))
                                      if len(w) > 1 and not any(c.isdigit() for c in w)
                                      } <= NOT_A_SCHOOL_NAME:
                continue  # "Back To School" (a tag, read capitalised), "Summer School": no school
            start, end = sentence_span(prose, match.start(), match.start())
            if pattern is not LIVES_ON_STREET and not ONE_PERSON.search(prose[start:end]):
                continue  # (one who "lives" on a street is one family already)
            yield warn(
                match.start(),
                match.end(),
                "privacy-place",
                f'"{match.group(0).strip()}" next to one child can be enough to find them.',
            )
    for match in INITIALS_FROM.finditer(prose):
        if fold(match["place"]) in BIG_PLACES or fold(match["place"].split()[0]) in MONTHS:
            continue  # "J.R. from Texas": a state is no place to be found in
        yield warn(match.start(), match.end(), "privacy-place",
                   f'"{match.group(0)}": initials and a town together can be enough to '
                   "find a child.")
    for match in TINY_TOWN.finditer(prose):
        start, end = sentence_span(prose, match.start(), match.start())
        place = match["place"] or match["place_pop"]
        if ONE_PERSON.search(prose[start:end]) and fold(place) not in BIG_PLACES:
            yield warn(match.start(), match.end(), "privacy-place",
                       f'"{place}", a town this small, next to one child can be '
                       "enough to find them.")
    if not (CONDITION.search(prose) or LANDMARK_AFTER.search(prose)
            or FROM_A_TINY_TOWN.search(prose)):
        return
    for match in TOWN.finditer(prose):
        # (a town the writer calls tiny is small enough, and no person: "one of our regulars
        # from tiny Loami")
        tiny = FROM_A_TINY_TOWN.match(match.group(0)) is not None
        town = _town(prose, match, frozenset() if tiny else names_of_people)
        if town is None:
            continue
        start, end = sentence_span(prose, match.start(), match.start())
        sentence = prose[start:end]
        told_closely = LANDMARK_AFTER.match(prose, town[1]) or tiny
        if not (ONE_PERSON.search(sentence) and (CONDITION.search(sentence) or told_closely)):
            continue
        yield warn(
            *town,
            "privacy-place",
            f'"{prose[town[0] : town[1]]}" (a town or a place smaller than a state) next to one '
            "child and their condition can be enough to find them.",
        )


#: A word shaped like a people's adjective ("Canadian", "Somali", "Congolese", "Irish"),
#: which a few towns are called too (Canadian, Texas)...
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i)")
#: ...said as the adjective: before a plain noun in lower case ("Canadian surgeons", "Somali
#: families", "Congolese food"), not after "from" or "in" (the town).
DEMONYM_NOUN = re.compile(r" (?:[a-z]+s|[a-z]+(?:er|or|ist|ian|ce|ture|ism|ity|ment|food|tea"
                          r"|team|study|style|family|community|government|ministry))\b")
#: ...and whatever comes before, before people in the plural: "from Canadian surgeons".
DEMONYM_PEOPLE = re.compile(
    r" (?:surgeons|doctors|physicians|pediatricians|researchers|scientists|nurses|families"
    r"|children|kids|parents|mothers|fathers|moms|dads|teens|women|men|elders|refugees"
    r"|immigrants|authors|writers|investigators|colleagues|experts)\b")
LOCATIVE_BEFORE = re.compile(r"(?i)\b(?:from|in|near|to|at|de|en|desde|cerca de)\s+$")


def _town(prose: str, match: re.Match[str], names_of_people: frozenset[str]
          ) -> tuple[int, int] | None:
    """The span of the town a `TOWN` match names, or None when it names no town: a state, a
    month, a person, a field ("la Sociedad de Pediatría"), an institution, a disease."""
    group = next(g for g in ("place", "place_in", "place_only", "place_home", "place_with")
                 if match[g])
    place = match[group].strip(".,;:'’")
    key = fold(place)
    words = key.split()
    if key in BIG_PLACES or any(w in MONTHS or w in WEEKDAYS or w in LANGUAGES for w in words):
        return None
    if key in names_of_people or NOT_A_TOWN_AFTER.match(prose[match.end() :]):
        return None
    if words[0] in NOT_A_TOWN:
        return None  # "la Sociedad de Pediatría": a field, not a town
    after = match.start(group) + len(place)
    if DEMONYM.fullmatch(place) and (DEMONYM_PEOPLE.match(prose, after) or (
            DEMONYM_NOUN.match(prose, after) and not LOCATIVE_BEFORE.search(
                prose, max(0, match.start(group) - 8), match.start(group)))):
        return None  # "Canadian surgeons Robert Salter and W. Robert Harris": who, not where
    if len(place) < 4 or place.isupper() or (
            " " not in place and sum(c.isupper() for c in place) * 2 >= len(place)):
        return None  # ("DTaP", "MMRV", "COVID": a vaccine's letters, no town)
    if words[-1] in ("university", "college", "hospital", "institute", "school", "center",
                     "centre", "clinic", "library", "museum", "zoo", "foundation"):
        return None  # "a 2017 analysis from Columbia University": an institution
    if INSTITUTION_NAMED.search(prose[max(0, match.start() - 40) : match.start(group)]):
        return None  # "el Hospital de Niños Ricardo Gutiérrez": an institution, not a town
    if EPONYM_BEFORE.search(prose, max(0, match.start() - 40), match.start(group)):
        return None  # "síndrome de Down", "enfermedad de Lyme": a disease, not a town
    return match.start(group), match.start(group) + len(place)


def towns_in_story(prose: str, start: int, end: int) -> Iterator[Hit]:
    """A town or a place smaller than a state in a sentence that tells one child's story
    (prose[start:end]): the story already stops the note; the place is what makes it findable
    ("un patojito de Sunset Villa llegó con su mamá", "a toddler from Pine Hollow came back").

    Unlike `places`, a town that is also a family name stays a town here ("de Tumbaco",
    "desde Fajardo", "from Rochester"): after "from" or "de" in a child's story it is where
    they live, and a person named there is read by the name rules anyway."""
    for match in TOWN.finditer(prose, start, end):
        town = _town(prose, match, frozenset())
        if town is not None:
            yield warn(*town, "privacy-place",
                       f'"{prose[town[0] : town[1]]}" (a town or a place smaller than a state) '
                       "in one child's story can be enough to find them.")
