"""Whether a name in a note is a public figure, or no person at all, so it may pass.

Split from detect_names.py so that what lets a name through can be read in one place, apart
from the detectors that look for names: a curated or configured public name, a name listed
with public ones, a sentence about history, fame, books or sport, a name seen as public
elsewhere in the note, a name in a media title, and the contexts that make a capitalised
pair an eponym, an institution, a place, a character or a saint rather than a person
(_not_a_person). Built on names_words.py; detect_names.py asks it before yielding a hit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .detect_places import STATE_ABBREVIATIONS, STATE_NAMES
from .hits import Policy, paragraph, paragraph_span, sentence_of
from .lexicon import (
    BIG_PLACES,
    BRAND_PHRASES,
    CHARACTER_KIN_BEFORE,
    FEAST,
    HOLY_NAMES,
    NOT_A_PERSON_AFTER,
    NOT_A_PERSON_BEFORE,
    NOT_PEOPLE_WORDS,
    OLD_YEAR,
    PEOPLES,
    PEOPLES_THAT_ARE_NAMES,
    PUBLIC_CONTEXT,
    PUBLIC_FIGURES,
    PUBLIC_GROUPS,
    STORY_CONTEXT,
    cities,
    fold,
    place_names,
)
from .names_words import TOKEN, Token, _is_given, _runs, _tokens

SENTENCE_START = re.compile(
    # a title's full stop ends no sentence: "Dr. Amelia Chen", "Sra. Rosa Gil"
    r"(?:^|(?<!\bDr)(?<!\bDra)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSr)(?<!\bSra)(?<!\bSrta)"
    r"(?<!\bSt)(?<!\bProf)[.!?:;]\s+|\n\s*(?:[#>*+-]+\s+|\d+\.\s+)?|[\"“(¡¿]\s*|\s[—–-]\s+)$"
)

#: A word before a place name ("travel to Jordan", "visit Austin", "viajar a Santiago").
PLACE_BEFORE = frozenset(
    [
        "in",
        "from",
        "to",
        "en",
        "de",
        "desde",
        "near",
        "visit",
        "visiting",
        "visited",
        "a",
        "hacia",
        "visitar",
        "visita",
        "viaje",
        "trip",
    ]
)
FEAST_BEFORE = re.compile(
    r"\b(?:d[ií]a|virgen|fiesta|feria|festival|semana|noche|nuestra\s+se[ñn]ora|day|feast"
    r"|estrella|flor|star"
    r"|bas[ií]lica|catedral|iglesia|parroquia|santuario|templo|capilla|church|cathedral"
    r"|shrine|basilica)"
    r"\s+(?:de|of|del)\s+(?:(?:la|los|las|el|the)\s+)?$",
    re.I,
)

_CREDENTIAL = (
    r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PhD|Ph\.D\.|FAAP|MPH|PA-C|PA|CPNP(?:-PC|-AC)?|IBCLC|LCSW"
    r"|DDS|DMD|APRN|CNM|RD|PharmD|MSN|BSN|FNP(?:-C|-BC)?|DNP|PNP(?:-BC)?|LPN|LVN|CMA|CNA|MSW"
    r"|LMFT|LPC|LCPC|CLC|CPST|CHES|RDN|OTR/L|DPT|CCC-SLP)"
)
CREDENTIALS = re.compile(rf",?\s*{_CREDENTIAL}\b")
#: A public office in an appositive: "Luz Elena Ramírez, secretaria de salud del estado,",
#: "Marisa Torres, the county health officer": a public official speaking in public.
PUBLIC_ROLE_AFTER = re.compile(
    r",\s*(?:(?:the|our|la|el|nuestr[oa])\s+)?"
    # the office heads the appositive: "la hija de la directora" is a child
    r"(?:(?!(?:hij[oa]s?|sons?|daughters?|kids?|child|ni[ñn][oa]s?|niet[oa]s?|sobrin[oa]s?"
    r"|grand\w+|mom|dad|mam[aá]|pap[aá]|wife|husband|espos[oa]|herman[oa]s?|brother|sister"
    r"|nephew|niece|patient|paciente)\b)[\w-]+\s+){0,3}?(?:secretari[oa]|secretary"
    r"|subsecretari[oa]|director[a]?|directora general|gobernador[a]?|governor|alcalde(?:sa)?"
    r"|mayor|presidente(?: municipal)?|presidenta|senador[a]?|senator|diputad[oa]"
    r"|congress(?:wo)?man|representative|ministr[oa]|minister|comisionad[oa]|commissioner"
    r"|health officer|surgeon general|vocero|vocera|portavoz|spokes(?:wo)?man|spokesperson"
    r"|superintendent|superintendente|jef[ea] de (?:gobierno|salud|epidemiolog[ií]a)"
    r"|epidemi[oó]log[oa] (?:estatal|del estado)|state epidemiologist)\b(?!['’])",
    re.I,
)
#: A town or a city in an appositive: "Rosario, nuestra ciudad hermana,", "Springfield, the
#: next town over": a place, not a person.
PLACE_APPOSITIVE = re.compile(
    r"^,\s*(?:our|the|a|an|nuestr[oa]|la|el|una?)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village"
    r"|county|state|country|neighbou?rhood|suburb|ciudad|pueblo|municipio|estado|pa[ií]s"
    r"|colonia|barrio|regi[oó]n|provincia|comunidad|alcald[ií]a|delegaci[oó]n)\b(?!['’])",
    re.I,
)
#: An institution named after a person, its kind first: "Hospital Infantil de México Federico
#: Gómez", "Escuela Primaria Benito Juárez", "Children's Hospital of Philadelphia", "Harriet
#: Tubman Elementary" is handled by the words after the name (NOT_A_PERSON_AFTER).
INSTITUTION_BEFORE = re.compile(
    r"\b(?:Hospital|Escuela|Colegio|Instituto|Universidad|Fundaci[oó]n|Centro|Cl[ií]nica"
    r"|Organizaci[oó]n|Secretar[ií]a|Ministerio|Departamento|Servicio|Sistema|Asociaci[oó]n"
    r"|Bono|Beca|Premio|Ley|Plan|Programa|Operativo|Misi[oó]n|Proyecto|Campa[ñn]a|Fondo"
    r"|Sociedad|Academia|Consejo|Comisi[oó]n|Oficina|Direcci[oó]n|Agencia|Federaci[oó]n"
    r"|Organization|Department|Ministry|Association|Society|Council|Commission|Office|Agency"
    r"|Administration|Service|Alliance|Coalition|Network|Federation|Bureau|Board"
    r"|Biblioteca|Parque|Unidad|Sanatorio|Jard[ií]n de Ni[ñn]os|Preparatoria|Secundaria"
    r"|Primaria|Estadio|Museo|Teatro|Auditorio|Avenida|Calle|Calzada|Boulevard|Blvd\.?"
    r"|Av\.?|School|Academy|University|Foundation|Institute|Library|Center|Centre|Museum"
    r"|Stadium|Arena|Theater|Theatre|Plaza|Aeropuerto|Coliseo|Paseo|Puente)"
    r"(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’.]*|de|del|la|las|los|el|of|the|for|y|and))*[ \t]+$"
)
PLACE_LIST_AFTER = re.compile(
    # (an item of two words: "Orleans, Jefferson, St. Bernard and Terrebonne parishes")
    r"(?:(?:,\s*|\s+(?:and|or|y|o)\s+)[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)*\s+(?i:counties"
    r"|county|schools|streets|avenues|highways|roads|rivers|lakes|trails|bridges|islands"
    r"|mountains|valleys|carreteras|r[ií]os|parks|hospitals|townships|districts|parishes"
    r"|condados|escuelas|calles|colonias)\b"
)

#: A private source named before a person: a visit, a chart, an interview with a family.
#: Whatever else the sentence cites, the person so introduced is a patient or a parent.
PRIVATE_SOURCE = re.compile(
    r"\b(?:(?:visit|clinic|chart|office|nurse|triage|intake|phone)\s+notes?\s+(?:for|from|on|of|about)"
    r"|(?:interview|conversation|talk|chat|call|message|e-?mail|texts?)\s+with"
    r"\s+(?:(?:a|our|the|patient|parent|mom|mother|dad|father|family|caregiver)\s+){0,3}"
    r"|(?:patient|parent|family|caregiver)\s+(?:interview|story|account|testimonial)"
    r"|notas?\s+de\s+(?:la\s+)?(?:visita|consulta|cl[ií]nica)\s+(?:de|del|para)"
    r"|(?:entrevista|conversaci[oó]n|charla|llamada|mensaje)\s+con"
    r"|expediente\s+(?:de|del))\b",
    re.I,
)
#: Children celebrated by name (winners, shout-outs): the sentence may speak of books or
#: medals, but the names are the practice's own kids, not public authors or athletes.
CELEBRATED = re.compile(
    r"\b(?:top|star|winning|our|proud) (?:readers?|students?|players?|patients?"
    r"|graduates?|artists?|athletes?|winners?|kids?|swimmers?|runners?)\b|\bwinners?\s*:"
    r"|\bganador(?:es|as)?\b|\bfelicidades\b|\bcongrat\w*|\bshout-?outs?\b|\bkudos\b"
    r"|\bproud of\b|\borgullosos de\b"
    # a contest's prize and who won it: "the grand prize ... goes to Mei-Ling Zhou"
    r"|\b(?:prize|award|ribbon|trophy)\b[^.!?]{0,80}\b(?:goes|went) to\b"
    r"|\b(?:el|la) premio\b[^.!?]{0,80}\b(?:es para|se lo lleva|fue para)\b",
    re.I,
)

#: A child's visit or illness told in the sentence: a holy name there is a child's.
PERSON_EVENT_WORDS = re.compile(
    r"\b(?:had|has|came|got|was|fever|sick|visit|checkup|tuvo|vino|lleg[oó]|fiebre|consulta"
    r"|cumpli[oó]|naci[oó]|born)\b",
    re.I,
)

#: A list's joints: "Messi o Alexia Putellas", "Serena Williams and Simone Biles".
LIST_JOINTS = frozenset({"o", "or", "y", "and", "e", "u", "a", "al"})


def _listed_with_public(words: list[Token], text: str) -> bool:
    """Named in one breath with a public figure: "Todos quieren ser Messi o Alexia Putellas".

    The figure must be known as such (lexicon.PUBLIC_FIGURES) and not also a given name
    ("Sofía y Elsa" may be two girls)."""
    tokens = _tokens(text)
    index = next((i for i, t in enumerate(tokens) if t.start == words[0].start), None)
    if index is None:
        return False
    last = index + len(words) - 1
    for step, edge in ((-1, index), (1, last)):
        j = edge + step
        while 0 <= j < len(tokens) and tokens[j].key in LIST_JOINTS:
            j += step
        if not 0 <= j < len(tokens) or j == edge + step:
            continue  # nothing joins them: "Messi Alexia" is no list
        other = tokens[j]
        gap = text[min(other.end, tokens[edge].end) : max(other.start, tokens[edge].start)]
        if not other.cap or re.search(r"[.!?;:]", gap):
            continue
        # the figure's name around that word, in two or three words ("Juan Luis Guerra")
        pairs = {" ".join(t.key for t in tokens[a : a + n]) for n in (2, 3)
                 for a in range(j - n + 1, j + 1) if a >= 0 and a + n <= len(tokens)}
        if (other.key in PUBLIC_FIGURES and not other.given) or pairs & PUBLIC_FIGURES:
            return True
    return False


@lru_cache(maxsize=1024)
def _public_figures_in(text: str) -> frozenset[str]:
    """Family names of the public figures a text (a sentence, a paragraph) names in full
    (lexicon.PUBLIC_FIGURES); empty when it names none."""
    keys = [t.key for t in _tokens(text)]
    return frozenset(b for a, b in pairwise(keys) if f"{a} {b}" in PUBLIC_FIGURES)


#: Right after a name, a child's age: "Aaliyah Washington, age 4, who picked a book".
CHILD_AGE_AFTER = re.compile(r"\s*(?:,\s*(?:age[ds]?|de)\s+|\(\s*(?:age\s+)?)(?P<age>\d{1,2})\b")


#: Before a full name, reading or reciting its owner's work: an author ("leeremos a Froylán
#: Turcios", "los poemas de Gabriela Mistral", "we'll read poems by Langston Hughes").
WORK_OF_BEFORE = re.compile(
    r"\b(?:(?:leer|leeremos|le[ií]mos|leemos|leyendo|recitar|recitaremos|recitamos)\s+a"
    r"|(?:poemas?|poes[ií]as?|versos|cuentos|novelas?|canciones|obras?|libros)\s+de"
    r"|(?:poems?|poetry|stories|novels?|songs|works?|books)\s+(?:by|of))\s+$",
    re.I,
)
def _figure_inside(words: list[Token]) -> bool:
    """A public figure's two names inside a longer name, a given name before them: "José
    Luis Barragán Ochoa" is no Luis Barragán ("simone-biles-adhd" is Simone Biles, and
    "Beatriz Pinzón Solano" Betty with her second surname)."""
    keys = [t.key for t in words]
    for i, pair in enumerate(pairwise(keys)):
        if " ".join(pair) in PUBLIC_FIGURES:
            return any(t.given for t in words[:i])
    return False


RETOLD_BY_AFTER_TITLE = re.compile(
    r"[*_\"”»][^*_\"”»]{0,3}\s*(?:(?:retold|written|illustrated|translated|adapted)\s+by"
    r"|(?:contado|escrito|ilustrado|traducido|adaptado)\s+por)\s+$", re.I)


def _is_public(words: list[Token], text: str, policy: Policy) -> bool:
    full = " ".join(t.key for t in words)
    if full in policy.public_names:
        return True
    age = CHILD_AGE_AFTER.match(text, words[-1].end)
    if age and int(age["age"]) < 18:
        return False  # a child, told with their age, is no public figure
    kin = KIN_BEFORE.search(text[max(0, words[0].start - 30) : words[0].start])
    if kin and not re.search(r"(?i)named|called|llamad", kin.group(0)):
        # "su hija Lola Beltrán cantaba ...": somebody's child is private, whatever her name
        # or the sentence's other words; only a page of history makes her public ("a
        # teenager named Ryan White" is the famous one, named so by the note)
        return HISTORY_YEAR.search(paragraph(text, words[0].start)) is not None
    if full in PUBLIC_FIGURES:
        return True
    if len(words) > 1 and " ".join(t.key for t in words[-2:]) in PUBLIC_FIGURES:
        return True
    after = text[words[-1].end : words[-1].end + 30]
    if (CREDENTIALS.match(after)
            or PLACE_LIST_AFTER.match(text[words[-1].end : words[-1].end + 90] + " ")
            or PUBLIC_ROLE_AFTER.match(text, words[-1].end, words[-1].end + 80)):
        return True  # "Tiffany Chen, MD, from the CDC"; "Madison, Jackson and Lincoln counties"
    if QUOTED_BEFORE.search(text[max(0, words[0].start - 30) : words[0].start]):
        return True
    if len(words) > 1 and WORK_OF_BEFORE.search(text[max(0, words[0].start - 30) : words[0].start]):
        return True  # "También leeremos a Froylán Turcios", "poemas de Gabriela Mistral"
    if PUBLIC_ROLE_BEFORE.search(text[max(0, words[0].start - 40) : words[0].start]):
        return True  # "el expresidente Benito Juárez", "the singer Selena", "el doctor Convit"
    if NATIONALITY_BEFORE.search(text[max(0, words[0].start - 30) : words[0].start]):
        return True  # "el danés Christian Eriksen": the news introduces public people so
    sentence = sentence_of(text, words[0].start, words[-1].end)
    if CELEBRATED.search(sentence):
        return False  # "Top readers: Amara Nwosu, ... with 40 books each": children, not authors
    clause = _clause(text, words[0].start, words[-1].end)
    if PRIVATE_SOURCE.search(clause, 0, max(0, clause.find(words[0].text))):
        return False  # "NIAID guidelines, 2017; visit notes for Priya Raghunathan": a patient
    if kin:
        return HISTORY_YEAR.search(paragraph(text, words[0].start)) is not None
    if _public_words(sentence) or OLD_YEAR.search(sentence):
        return True
    if HISTORY_YEAR.search(paragraph(text, words[0].start)):
        return True  # "Abraham Lincoln was born in 1809 ... Lincoln lost two sons, Eddie and
        # Willie": a paragraph of history is about people of history
    # Named beside a known public figure ("Olivia Rodrigo, Taylor Swift and Bad Bunny").
    # (not a figure inside this longer name: "José Luis Barragán Ochoa" is no Luis Barragán)
    if _public_figures_in(sentence) and not _figure_inside(words):
        return True
    keys = [t.key for t in _tokens(sentence)]
    if _listed_with_public(words, text):
        return True
    # right after a title in italics or quotes, its author and co-author ("*Where's Spot?* by
    # Eric Hill", "*Hair Love* by Matthew A. Cherry and Vashti Harrison")
    if AUTHOR_AFTER_TITLE.search(text[max(0, words[0].start - 80) : words[0].start]):
        return True
    # a book's teller, after its title in italics or quotes: "*Anansi the Spider*, retold by
    # Gerald McDermott" (a card "written by" a child has no title before it)
    if RETOLD_BY_AFTER_TITLE.search(sentence[: max(0, sentence.find(words[0].text))]):
        return True
    # a title and its author: "I'm a Big Sister by Joanna Cole", "Guess How Much I Love You
    # by Sam McBratney" (a drawing, a photo or a card "by" someone is that child's)
    by = re.search(r"(?<![\w])by\s+$", text[max(0, words[0].start - 4) : words[0].start])
    if by:
        head = sentence[: max(0, sentence.find(words[0].text))]
        titled = re.findall(r"(?<=\s)[A-Z][\w'’]+", head)
        if len(titled) >= 2 and not re.search(
                r"\b(?:drawing|drawn|photo|picture|art|card|painting|poem)\s+by\s*$", head, re.I):
            return True
    # ... or beside one named in full earlier in the paragraph and by surname here
    # ("Florence Nightingale's birthday. Nightingale cut death rates ..., and Mary Seacole
    # nursed soldiers"): the sentence is about public people.
    named = _public_figures_in(paragraph(text, words[0].start))
    if named and any(k in named for k in keys if k not in {t.key for t in words}):
        return True
    # A professional team by its city ("the Chicago Bears visited ... Justin Fields signed"):
    # its players are public.
    if any(a.key in BIG_PLACES and b.cap and b.text.endswith("s") and b.key not in BIG_PLACES
           and not b.given and not b.surname
           for a, b in pairwise(_tokens(sentence))):
        return True
    # A figure of faith in a sentence about a feast or a faith ("Diwali honors Lakshmi").
    if (len(words) == 1 and words[0].key in HOLY_NAMES and STORY_CONTEXT.search(sentence)
            and not PERSON_EVENT_WORDS.search(sentence)):
        return True
    # One of a story's figures beside another ("llegan Melchor, Gaspar y Baltasar").
    return len(words) == 1 and any(
        words[0].key in group
        and (len(named := group.intersection(keys)) > 2
             or (len(named) > 1 and STORY_CONTEXT.search(sentence) is not None))
        for group in PUBLIC_GROUPS
    )


#: A kin word after a public word's possessive: "the mayor's daughter", "the senator's son"
#: are private people, whatever their parent does.
KIN_OF_PUBLIC = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:sons?|daughters?|kids?|child(?:ren)?|baby|twins?|grand\w+"
    r"|nephew|niece|wife|husband|family|mom|dad|mother|father)\b",
    re.I,
)

#: A year before 1960: nobody a pediatric practice treats today was alive then.
#: (never the last digits of a phone number: "1-800-222-1222" is no year 1222)
HISTORY_YEAR = re.compile(
    r"(?<![\d.-])\b(?:1[0-8]\d\d|19[0-5]\d)\b(?![-.]\d)(?!\s*(?:mg|ml|g|lb|kg|%|cases|casos))")


def _public_words(sentence: str) -> bool:
    """Words that make the people of a sentence public (an author, a president, a study),
    unless they name a public person's relative ("the mayor's daughter broke her arm")."""
    return any(
        not KIN_OF_PUBLIC.match(sentence, match.end())
        for match in PUBLIC_CONTEXT.finditer(sentence)
    )


def _known_public(words: list[Token], policy: Policy) -> bool:
    """Named in the lists of public people (the lexicon's or PRIVACY_ALLOWED_NAMES)."""
    full = " ".join(t.key for t in words)
    return full in PUBLIC_FIGURES or full in policy.public_names


#: A title in italics or quotes, then "by" and the name, or its authors listed ("by Karyn
#: Purvis, David Cross and Wendy Lyons Sunshine").
AUTHOR_AFTER_TITLE = re.compile(
    r"[*_\"”][ \t]*,?[ \t]+(?:by|de|por)[ \t]+"
    r"(?:(?:[A-Z][\w.'’-]*|de|la|del),?[ \t]+|(?:and|&|y)[ \t]+){0,12}?$")


#: A public role right before a name: whoever holds it is speaking or acting in public.
PUBLIC_ROLE_BEFORE = re.compile(
    r"(?:\b(?:el|la|the|del|de la|al|a la|por el|por la)|\b[A-Z][\w.]*['’]s)\s+(?:famos[oa]\s+"
    r"|gran\s+|great\s+|late\s+|legendary\s+|leg?endari[oa]\s+|former\s+|then\s+)?(?:ex-?)?"
    r"(?:prime minister|primer[oa]? ministr[oa]|premier|chancellor|canciller|first lady"
    r"|primera dama|presidente|presidenta|president"
    r"|gobernador[a]?|governor|(?:sub)?secretari[oa]|alcalde(?:sa)?|mayor|cient[ií]fic[oa]|scientist"
    r"|ministr[oa]|minister|director[a]? general|comisionad[oa]|commissioner|vocer[oa]"
    r"|spokes(?:wo)?man|epidemi[oó]log[oa]|epidemiologist|funcionari[oa]|official|senador[a]?"
    r"|senator|diputad[oa]|congress(?:wo)?man|surgeon general|cirujano general"
    r"|escritor[a]?|writer|author|autor[a]?|poeta|poet|pintor[a]?|painter|cantante|singer"
    r"|actriz|actor|actress|futbolista|beisbolista|boxeador[a]?|atleta|athlete|compositor[a]?"
    r"|composer|periodista|journalist|conductor[a]|locutor[a]|investigador[a]|researcher"
    r"|premio nobel|nobel laureate|santo|santa|beato|beata|papa|pope|obispo|bishop|sacerdote"
    r"|monse[ñn]or|h[eé]roe|hero[ií]na|hero|heroine|general|coronel|pr[oó]cer|l[ií]der|leader"
    r"|activista|activist|inventor[a]?|astronauta|astronaut|campe[oó]n(?:a)? ol[ií]mpic[oa]"
    r"|olympic champion|m[eé]dic[oa] (?:venezolan|mexican|argentin|peruan|cuban|colombian"
    r"|chilen|espa[ñn]ol)\w*|doctor[a]? (?:venezolan|mexican|argentin|peruan|cuban"
    r"|colombian|chilen|espa[ñn]ol)\w*)\s+$"
    # examples of a kind of public person: "jugadores como Carlos Beltrán", "athletes like ..."
    r"|\b(?:players|athletes|stars|singers|artists|authors|writers|actors|actresses|legends"
    r"|heroes|champions|jugador(?:es|as)|atletas|estrellas|cantantes|artistas|autor(?:es|as)"
    r"|escritor(?:es|as)|actores|actrices|deportistas|figuras|leyendas|h[eé]roes|campeon(?:es|as)"
    r"|boxeador(?:es|as)|peloteros|futbolistas|beisbolistas)\s+(?:como|like|such as)\s+$",
    re.I,
)
#: A nationality right before a name, as the news writes of athletes and public figures.
NATIONALITY_BEFORE = re.compile(
    r"\b(?:el|la|the)\s+(?:dan[eé]s[a]?|argentin[oa]|brasile[ñn][oa]|mexican[oa]|colombian[oa]"
    r"|espa[ñn]ol[a]?|franc[eé]s[a]?|ingl[eé]s[a]?|alem[aá]n[a]?|italian[oa]|portugu[eé]s[a]?"
    r"|estadounidense|japon[eé]s[a]?|uruguay[oa]|chilen[oa]|venezolan[oa]|peruan[oa]"
    r"|puertorrique[ñn][oa]|cuban[oa]|dominican[oa]|Danish|Argentine|Brazilian|Mexican"
    r"|Colombian|Spanish|French|English|German|Italian|Portuguese|American|Japanese|British"
    r"|Canadian|Australian|Nigerian|Jamaican|Dutch|Swedish|Norwegian|Korean|Chinese|Indian)"
    r"\s+(?:(?:star|striker|player|athlete|singer|actor|actress|swimmer|gymnast|tennis player"
    r"|delantero|futbolista|jugador[a]?|atleta|cantante|actriz|actor|nadador[a]?|gimnasta"
    r"|tenista)\s+)?$",
    re.I,
)


def _public_elsewhere(text: str, name: Token, policy: Policy) -> bool:
    """A given name that the note also writes as a character's or a public person's full
    name ("Daniel Tigre ... ¿por qué estaba triste Daniel?"): the same one, said again."""
    for match in re.finditer(rf"\b{re.escape(name.text)}\b", text):
        if match.start() == name.start:
            continue
        if CHARACTER_AFTER.match(text[match.end() : match.end() + 24]):
            return True
        # the same word in a longer name the text shows to be public or no person ("Edward
        # Jenner ... Jenner", "San Judas Tadeo ... Tadeo", "Abraham Lincoln, 1809 ... Lincoln")
        sentence = sentence_of(text, match.start(), match.end())
        run = next((r for r in _runs(_tokens(sentence), sentence)
                    if len(r) > 1 and any(t.text == name.text for t in r)), None)
        if run is not None and (
                _is_public(run, sentence, policy) or _not_a_person(sentence, run[0], run[-1])
                or " ".join(t.key for t in run) in PUBLIC_FIGURES):
            return True
        following = TOKEN.match(text, match.end() + 1)
        if following and text[match.end()] == " ":
            pair = f"{name.key} {fold(following.group(0))}"
            if pair in PUBLIC_FIGURES or pair in policy.public_names:
                return True
    return False


#: Words that introduce a quotation of someone public: "como decía Mafalda", "in the words
#: of Fred Rogers".
QUOTED_BEFORE = re.compile(
    r"\b(?:como\s+(?:dec[ií]a|dice|dir[ií]a|dijo|escribi[oó])|in the words of|to quote"
    r"|citando a|en palabras de)\s+$",
    re.I,
)

#: Capitalised, right before a name, these make it an institution's name ("Escuela Primaria
#: Juárez"); in lower case ("en el kinder Sofía se cayó") the name is still a child's.
INSTITUTION_WORDS = frozenset(
    {
        "primaria", "secundaria", "preparatoria", "kinder", "guarderia", "clinica",
        "centro", "programa", "jardin", "elementary", "academy", "center", "clinic",
    }
)
#: A town named like a person, by its state after it: "Tyler, Texas", "Marion, IL".
TOWN_STATE_AFTER = re.compile(
    rf"^,\s*(?:{STATE_NAMES}|(?-i:{'|'.join(STATE_ABBREVIATIONS)}))\b", re.I
)
_STAFF_ROLE = (
    r"(?:nurse(?: practitioner)?|NP|PA|physician assistant|receptionist|front[- ]desk(?: lead)?"
    r"|medical assistant|lactation consultant|social worker|dietitian|nutritionist|scheduler"
    r"|office manager|billing (?:manager|specialist)|pediatrician|doctor"
    r"|(?:care |benefits |insurance |referral |patient )?coordinator"
    r"|lab tech(?:nician)?|phlebotomist|x-ray tech(?:nician)?|practice manager|biller"
    r"|interpreter|promotor[a]|community health worker|health educator|navigator"
    r"|behavioral health (?:specialist|consultant)|counsel(?:l)?or|MA|RN|LPN"
    r"|enfermer[oa]|recepcionista|asistente(?: m[eé]dic[oa])?|trabajador[a]? social"
    r"|nutri[oó]log[oa]|pediatra|doctor[a]?|coordinador[a]?|(?:consultor|asesor)a? de lactancia"
    r"|psic[oó]log[oa]|terapeuta|psychologist|therapist|speech therapist|navegador[a]?)"
)
#: A word between "our" and a staff role: "our bilingual medical assistant", "our head nurse".
_STAFF_ADJECTIVE = r"(?:bilingual|biling[uü]e|senior|head|lead|longtime)"
#: A member of the practice's team by their role: "our nurse practitioner Kelly", "nuestra
#: enfermera Lupita", "Jordan, our front desk lead". The team is named on purpose; a patient
#: is never introduced as "our nurse".
STAFF_BEFORE = re.compile(
    # "our nurse Kelly", "Dr. Rivera's nurse, Lupe,", "Nurse Kelly", "la enfermera de la Dra.
    # Rivera, Lupe", "our bilingual medical assistant, Yesenia"
    r"(?:\b(?-i:Nurse|Enfermera|Enfermero)\s+$)|"
    rf"\b(?:our|nuestr[oa]s?|(?:Dr|Dra)\.?\s+[A-Z][\w'-]+['’]s|the practice['’]s)\s+"
    rf"(?:new\s+|nuev[oa]\s+)?(?:(?:{_STAFF_ADJECTIVE}|favorite|wonderful|amazing|own)\s+)?"
    rf"{_STAFF_ROLE}\s*,?\s*"
    # with a title between: "our nurse practitioner Ms. Johnson", "nuestra enfermera la Sra. Gil"
    r"(?:(?:la\s+|el\s+)?(?:Mrs|Mr|Ms|Miss|Mx|Sra|Sr|Srta|Dr|Dra)\.?\s+)?$",
    re.I,
)
#: An animal or a mascot named in an appositive: "Greta, our therapy dog," "Canela, la
#: perrita de la clínica": no person.
ANIMAL_AFTER = re.compile(
    r"^(?:,\s*|\s+(?=the\s))(?:our|the|a|nuestr[oa]|la|el|una?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:dog|cat|puppy|pup"
    r"|kitten|mascot|fish|turtle|bunny|rabbit|hamster|guinea pig|parrot|horse|pony"
    r"|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|conejo|tortuga|pez|caballo|loro)\b"
    # a picture book's hero, "the" right after the name: "Louise the crocodile learns to
    # chomp apples" (not "Leo, our brave little lion": a child praised)
    r"|^\s+the\s+(?:crocodile|alligator|bear|cub|pig|piglet|mouse|duck|duckling|owl|fox"
    r"|frog|tortoise|hippo|elephant|giraffe|lion|tiger|monkey|dinosaur|dragon|moose|goose|hen"
    r"|cow|llama|penguin|sheep|lamb|pigeon|snail|caterpillar|whale|octopus|unicorn)\b",
    re.I,
)
STAFF_AFTER = re.compile(
    rf"^,\s*(?:our|nuestr[oa]|the|your|su|la|el)\s+(?:new\s+|nuev[oa]\s+)?(?:[\w-]+\s+)?"
    rf"{_STAFF_ROLE}\b(?!['’])",
    re.I,
)
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}"
#: One person of a list, with what the list says of them in brackets ("Rosa Delgado (lead)"),
#: and what parts one from the next (", ", ", and ", " and ", " y ").
_LISTED = rf"{_NAME}(?:\s*\([^)]*\))?"
_LIST_SEP = r"(?:,\s*(?:(?:and|y)\s+)?|\s+(?:and|y)\s+)"
#: The practice introducing one of its own: by a credential ("Gloria Whitaker, FNP"), a role
#: ("our lab tech, Reggie Amos"; "Brad Lindgren, the office manager"), joining the team
#: ("Priya Natarajan, DNP, joins Prairie Creek"; "Marisol Greene, who joined Bluegrass Little
#: Ones"), speaking for the office ("Tammy here from the front desk"). A patient is never
#: introduced so; see `staff_introduced`.
#: The languages an interpreter covers, in English and Spanish.
LANGUAGES = (
    r"(?:Somali|Arabic|Dari|Pashto|Farsi|Persian|Burmese|Karen|Chin|Spanish|Haitian Creole"
    r"|Creole|French|Ukrainian|Russian|Vietnamese|Mandarin|Cantonese|Chinese|Portuguese"
    r"|K['’]iche['’]?|Mam|Q['’]eqchi['’]?|Swahili|Kinyarwanda|Kirundi|Tigrinya|Amharic|Oromo"
    r"|Nepali|Hindi|Urdu|Bengali|Punjabi|Gujarati|Tagalog|Korean|Japanese|Polish|Bosnian"
    r"|Albanian|Turkish|Hmong|Khmer|Lao|Thai|ASL|American Sign Language|Sign Language"
    r"|Lingala|Dinka|Nuer|Rohingya|Uzbek|Tajik|Marshallese|Chuukese|Samoan|Tongan|Yoruba"
    r"|Igbo|Hausa|Wolof|Fula|Mixteco|Zapoteco|Triqui|Italian|German|Greek|Hebrew|Yiddish"
    r"|somal[ií]|[aá]rabe|dari|past[uú]n|birmano|espa[ñn]ol|criollo|creole|franc[eé]s"
    r"|ucraniano|ruso|vietnamita|mandar[ií]n|chino|portugu[eé]s|k['’]iche['’]?|mam|ingl[eé]s"
    r"|lengua de se[ñn]as)"
)
STAFF_INTRO = re.compile(
    # ("Our RN Kendra Whitfield": "Our" is no name before a credential)
    rf"(?P<a>(?!(?i:our|the|your|nuestr[oa]s?|la|el|su|sus)\b){_NAME}),?\s+{_CREDENTIAL}\b"
    rf"|\b(?i:our|nuestr[oa]s?)\s+(?i:new\s+|nuev[oa]\s+)?(?:(?i:{_STAFF_ADJECTIVE})\s+)?"
    rf"(?i:{_STAFF_ROLE})(?:\s+(?i:{_STAFF_ADJECTIVE}|practicante))?,?\s+(?P<b>{_NAME})"
    rf"|(?P<c>{_NAME}),\s+(?i:our|the|nuestr[oa]|la|el)\s+(?i:new\s+|nuev[oa]\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?i:{_STAFF_ROLE})\b(?!['’])"
    rf"|(?P<d>{_NAME}),?\s+(?:who\s+)?(?i:joins|joined|is joining|has joined|se une a|se uni[oó]"
    r" a)\s+(?i:our (?:[\w-]+ ){0,2}?(?:team|staff|office)|our practice|the practice|el equipo"
    r"|nuestro equipo"
    r"|(?-i:[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3})\s+(?:Pediatrics|Pediatric Associates|Clinic"
    r"|Children['’]s Clinic|Family Medicine|Health Center|Medical Group|Pediatr[ií]a|Cl[ií]nica))"
    rf"|(?P<e>{_NAME})\s+(?i:here)(?:\s+from|,)\s+(?i:the|our|your)\s+(?i:front desk|office"
    r"|billing|lab|nurses?|team|clinic)"
    rf"|\b(?i:it['’]s|this is|soy|les saluda)\s+(?P<f>{_NAME}),\s+(?i:the|your|our|su|la|el|tu)"
    rf"\s+(?:[\w-]+\s+)?(?i:{_STAFF_ROLE})\b"
    # a retirement after years of service: "After 31 years of answering our phones, Deb
    # Kowalski is retiring" (a child does not retire)
    rf"|(?P<g>{_NAME})\s+(?i:is retiring|retires|will retire|se jubila|se retira)\b"
    # a role held at the practice: "Brenda Salcedo has been a medical assistant at ...",
    # "Darnell Okoye, who leads our front desk team", "Araceli Montes, promotora de salud de"
    rf"|(?P<h>{_NAME}),?\s+(?:who\s+)?(?i:has been|is|was|works as|leads|trabaja como|es|fue)"
    rf"\s+(?i:an?|our|the|nuestr[oa]|la|el|una?)\s+(?:[\w-]+\s+)?(?i:{_STAFF_ROLE})\b(?!['’])"
    rf"|(?P<i>{_NAME}),\s+(?:[\w-]+\s+)?(?i:{_STAFF_ROLE})(?:\s+(?i:de salud|practicante))?"
    r"\s+(?i:de|at|of|en|con)\s+(?:(?i:our|nuestr[oa])\b|(?-i:[A-Z]))"
    # a role opening the sentence: "Nurse practitioner Kendra Holloway leads the talk"
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?=[A-Z])(?i:{_STAFF_ROLE}(?:\s+practicante)?)\s+(?P<j>{_NAME})"
    # "la enfermera practicante de nuestra práctica, Kendra Holloway"
    rf"|\b(?i:la|el|the)\s+(?i:{_STAFF_ROLE})(?:\s+practicante)?\s+(?i:de|of|at)\s+"
    rf"(?i:nuestr[oa]|our)\s+\w+,\s+(?P<k>{_NAME})"
    # the team listed: "Our front desk team at Maple Street Pediatrics is Rosa Delgado (lead),
    # Kevin Pham and Shanice Moore" (see `staff_introduced`)
    r"|\b(?i:our|nuestr[oa])\s+(?:[\w-]+\s+){0,2}(?i:team|staff|equipo)\b[^.!?\n]{0,60}?"
    rf"\s(?i:is|are|es|son|includes|incluye)\s+(?P<team>{_LISTED}(?:,\s*{_LISTED})*,?\s+"
    rf"(?:and|y)\s+{_NAME})"
    # a professional by what they run or hold: "Yolanda Burrell, who coordinates the county
    # WIC program", "Maritza Quispe, who has greeted many of you at the check-in window",
    # "Beatriz Solano, youth services manager at the Lincoln Library", "presidido por X",
    # "after five years as one of our medical assistants, Leilani Kahananui"
    rf"|(?P<l>{_NAME}),\s+who\s+(?:coordinates|directs|manages|chairs|heads|oversees|founded"
    r"|has (?:greeted|answered|run|led|managed|worked (?:at|here|with us)|been with us)"
    r"|(?:leads|runs) (?:our|the (?:[\w-]+ ){0,2}?(?:program|office|department|clinic|library"
    r"|pantry|center|pharmacy|bakery|bookstore|store|shop|market|gym|studio|daycare)))\b"
    # joining the practice in a role: "Hamza Qureshi joined us this week as a medical
    # assistant"; years there: "Shelby Kraus celebrates ten years with Maple Street
    # Pediatrics"; leading a part of it: "Tuyet Nguyen. She has led our front desk since 2019"
    rf"|(?P<p>{_NAME})\s+(?i:joined us|joins us|came on board|started with us|se uni[oó] a"
    rf" nosotros)\s+(?:[\w-]+\s+){{0,3}}?(?i:as|como)\s+(?i:an?|our|una?|nuestr[oa])\s+"
    rf"(?:[\w-]+\s+)?(?i:{_STAFF_ROLE})\b"
    rf"|(?P<q>{_NAME})\s+(?i:celebrates|marks|cumple|celebra)\s+(?:\w+\s+){{1,2}}?"
    r"(?i:years|a[ñn]os)\s+(?i:with us|with the practice|at the practice|con nosotros"
    r"|en la cl[ií]nica|(?:with|at|con|en)\s+(?-i:[A-Z])[\w'’]+(?:\s+[A-Z][\w'’]+){0,2}"
    r"\s+(?:Pediatrics|Clinic|Health Center|Pediatr[ií]a|Cl[ií]nica))"
    rf"|(?P<r>{_NAME})[.,]?\s+(?:She|He|They)\s+(?:has|have)\s+(?:led|run|managed|staffed)"
    r"\s+our\b"
    # years at the desk told right after: "Hoy está de cumpleaños Lupe Carrillo, la primera
    # sonrisa que ven al entrar. Lleva seis años en la recepción"
    rf"|(?P<u>{_NAME}),[^.!?\n]{{0,120}}[.!?]\s+(?:Lleva|She['’]s been|He['’]s been|She has been"
    r"|He has been)\s+(?:\w+\s+){1,2}?(?:a[ñn]os|years)\s+(?:en la recepci[oó]n|con nosotros"
    r"|en la cl[ií]nica|en la consulta|with us|at (?:our|the) front desk|at the practice)"
    # with the practice since a year: "Abdirahman Farah interprets Somali and a bit of
    # Arabic, and has been with us since 2019" (a patient "comes to us", since birth)
    rf"|(?P<w>{_NAME})(?:[^.!?\n]{{0,80}}?,)?[ \t]+(?:and[ \t]+|y[ \t]+)?(?i:has been|ha estado"
    r"|est[aá])[ \t]+(?i:with us|here|con nosotros|aqu[ií])[ \t]+(?i:since|desde)[ \t]+"
    r"(?:19|20)\d\d\b"
    # an interpreter by the languages they cover: "Nadia Sultani covers Dari and Pashto",
    # "Thida interpreta en birmano"
    rf"|(?P<x>{_NAME})[ \t]+(?i:interprets|translates|covers|interpreta|traduce|cubre)[ \t]+"
    r"(?i:for us[ \t]+)?(?i:in[ \t]+|en[ \t]+|al[ \t]+|el[ \t]+)?"
    rf"(?:{LANGUAGES})\b"
    # an interpreter by the languages after the name: "Odette Kalonji (French and Lingala)",
    # "Farid Sultani (Dari y pastún)"
    rf"|(?P<y>{_NAME})[ \t]*\((?:{LANGUAGES})(?:(?:,[ \t]*|[ \t]+(?:and|y|&)[ \t]+)"
    rf"(?:{LANGUAGES}))*\)"
    # a title that spotlights one of the practice's people: "Staff spotlight: Tuyet Nguyen"
    rf"|\b(?i:staff spotlight|meet the team|employee of the month|empleada del mes"
    rf"|empleado del mes)\s*:\s*(?P<s>{_NAME})"
    # a student who rotates with the practice: "Owen Pritchard-Bello, a third-year student
    # from the SIU School of Medicine, will be working alongside Dr. Rivera"
    rf"|(?P<t>{_NAME}),[^.!?\n]{{0,90}}?\bwill be (?:working|rotating|shadowing)"
    r" (?:alongside|with) (?:Dr|Dra|our|us)\b"
    rf"|(?P<m>{_NAME}),\s+(?:[\w-]+\s+){{0,3}}?(?i:manager|director|coordinator|officer"
    r"|librarian|principal|president|chair|founder|owner|educator|supervisor|administrator"
    r"|superintendent|commissioner|gerente|directora?|coordinadora?|bibliotecari[oa]"
    r"|president[ea]|fundador[a]?|due[ñn][oa])\s+(?:at|of|for|de|del)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?-i:[A-Z])"
    rf"|\b(?i:presidid[oa]|dirigid[oa]|encabezad[oa]|fundad[oa]|chaired|founded|headed"
    rf"|directed)\s+(?:(?i:este a[ñn]o|this year)\s+)?(?i:por|by)\s+(?P<n>{_NAME})"
    rf"|\b(?i:as (?:one of )?our|como (?:un[oa] de )?nuestr[oa]s?)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:{_STAFF_ROLE})s?,\s+(?P<o>{_NAME})"
    # colleagues listed with a doctor: "Happy birthday to Dr. Ana Rivera, Kwame Asante,
    # Fatima Zahra Benali and Siobhan Doyle", "Dr. Wiśniewski, Kendra Whitfield, Hyun-woo Park"
    rf"|\b(?:Drs?|Dra)\.?\s+{_NAME}(?P<crew>(?:{_LIST_SEP}(?:(?:Dr|Dra)\.?\s+)?{_LISTED}){{2,}})"
    # the adults a practice thanks by name, listed: "thanks to the wrapping brigade: Walter
    # Pemberton, Eunice Abara, ...", "nursing students volunteered: Anjali Menon, ...",
    # "This year we thank Nadia Haddadin (Arabic), Gaspard Mukendi (French), ..."
    r"|\b(?i:volunteers?|voluntari[oa]s|students|estudiantes|interpreters?|int[eé]rpretes"
    r"|sponsors?|patrocinadores|donors?|donantes|brigade|brigada|committee|comit[eé]|board"
    r"|junta|helpers|everyone who helped|todos los que ayudaron|promotoras"
    # the practice's own, listed: "our own people: Dolores, Priya, ...", "to our own team,
    # especially the nurses who worked Saturdays: Marisol, Yesenia, Ahmad and Bridget"
    r"|our own (?:people|team|staff|crew)|nuestro (?:propio )?equipo)\b[^.!?\n]{0,120}?"
    r"(?::|\b(?i:we thank|thank|agradecemos a|gracias a))\s*"
    rf"(?P<roster>{_LISTED}(?:{_LIST_SEP}{_LISTED})+)"
    # the staff signing off or named as one's coworkers: "— Gloria, Yesenia, Hope, Joy and
    # the whole crew", "a mis compañeras Yesenia, Hope y Joy"
    rf"|(?:^|\n)[ \t]*(?:—|--|–)[ \t]*(?P<signoff>{_LISTED}(?:{_LIST_SEP}{_LISTED})*)"
    r"(?:,?[ \t]+(?i:and|y|&)[ \t]+(?i:the (?:whole |entire )?(?:crew|team|staff|gang|office)"
    r"|todo el (?:equipo|personal)|el equipo))"
    r"|\b(?i:my|mis|our|nuestr[oa]s) (?i:coworkers|co-workers|colleagues|compa[ñn]er[oa]s"
    rf"|compas)[ \t]+(?P<peers>{_LISTED}(?:{_LIST_SEP}{_LISTED})+)"
    # thanked with the rest of the team: "Gracias a Rafael, a Becky, a Lourdes y a todo el
    # equipo", "Thank you to Kim, Bao and the whole team"
    r"|\b(?i:gracias|thanks|thank you)[ \t]+(?i:a|to)?[ \t]*"
    rf"(?P<thankteam>{_LISTED}(?:{_LIST_SEP}(?i:a[ \t]+|to[ \t]+)?{_LISTED})*)"
    r",?[ \t]+(?i:y|and)[ \t]+(?i:a[ \t]+|to[ \t]+)?(?i:todo el equipo|el resto del equipo"
    r"|todo nuestro equipo|the whole team|the rest of the team|the whole crew|the entire team"
    r"|everyone on (?:the|our) team|all our staff|the rest of our staff|todo el personal)\b"
)


#: After a name in a list of the practice's people: an age or a visit makes it a child's.
CHILD_IN_LIST = re.compile(r",?\s*(?:\(?\d{1,2}\b|age\b|de \d{1,2} a[ñn]os|who (?:came|was|had)"
                           r"|our (?:youngest |little )?patient|nuestr[oa] paciente)", re.I)


#: The practice asking its own people, then a list of their answers: "We asked the staff for
#: their summer picks:" followed by "- Gretchen: *The Very Hungry Caterpillar*" items.
ASKED_THE_STAFF = re.compile(
    r"\b(?i:asked|polled|surveyed|le preguntamos a|les preguntamos a|preguntamos a)[ \t]+"
    r"(?i:the|our|everyone on (?:the|our)|el|al|nuestr[oa]s?|todo el)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,2}?(?i:staff|team|nurses|front desk|office|equipo|personal"
    r"|enfermeras|compa[ñn]er[oa]s|coworkers|colleagues)\b[^\n]*\n+"
    r"(?P<items>(?:[ \t]*[-*+][ \t]+[^\n]*(?:\n|$))+)"
)
#: Whom parents are told to ask or call, the doctor beside them ("pregunten por mí o por
#: Lupe", "ask Lupe at +1 217-555-0134", "tell me or Lupe", "Ahí les contesta Lupe o yo"):
#: someone who answers for the practice, when the words around name its line or its desk
#: (`_THE_PRACTICE`). A parent is never who the practice's phone reaches.
REACHED_AT_THE_PRACTICE = re.compile(
    r"\b(?:(?i:ask|call|text|tell|talk to|speak (?:to|with))[ \t]+"
    r"(?:(?i:me|us)[ \t]+(?i:or)[ \t]+)?(?:(?i:for)[ \t]+)?"
    r"|(?i:pregunt(?:e|en)[ \t]+por|hable[n]?[ \t]+con|les?[ \t]+contesta|contesta)[ \t]+"
    r"(?:(?i:m[ií]|nosotros|yo)[ \t]+(?i:o)[ \t]+(?:(?i:por|con)[ \t]+)?)?)"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü-]+)(?![\w'’-])(?![ \t]+[A-ZÁÉÍÓÚÑ])"
)
#: The practice's own line or desk: a phone number, "the front desk".
_THE_PRACTICE = re.compile(
    r"\d{3}[-. ]\d{4}\b|(?i:front desk|la recepci[oó]n|call us|ll[aá]menos|ll[aá]me(?:n)? al"
    r"|la cl[ií]nica|the office|la oficina|aqu[ií] en|at the clinic|hablamos espa[ñn]ol)")
#: New people joining the practice, then named in the next sentence: "two community health
#: workers are joining us this fall. Fadumo Hassan will work with Somali families and Sayed
#: Karimi with Afghan families." (full names only: the next sentence may name a family's child
#: in passing by a given name)
JOINING_THEN_NAMED = re.compile(
    r"\b(?i:are joining us|are joining our (?:team|staff|practice)|join(?:ed)? our (?:team|staff)"
    r"|have joined us|se unen a (?:nuestro|el) equipo|se (?:unen|unieron) a nosotros)\b"
    r"[^.!?\n]*[.!?][ \t]+(?P<next>[^.!?\n]{1,220})"
)
_FULL_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,2}"
ANSWER_ITEM = re.compile(rf"^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?P<name>{_NAME})(?:\*\*|__)?[ \t]*:",
                         re.M)


def staff_introduced(prose: str) -> frozenset[str]:
    """The words (folded) of the names this text introduces as the practice's own people
    (`STAFF_INTRO`): their later mentions ("Gloria sees patients Monday") are the practice's
    too. Only capitalised names of one to three words; "Dr." names are public already."""
    found: set[str] = set()
    for match in STAFF_INTRO.finditer(prose):
        group = next((g for g in ("team", "roster", "crew", "signoff", "peers", "thankteam")
                      if match[g]),
                     None)
        if group:
            # (a child in the list, told by an age or what befell them, is not one of them:
            # "Greta Halvorsen, and Matteo Ricci-Lange, 9, who came to us after his crash")
            start = match.start(group)
            names = [m.group(0) for m in re.finditer(_NAME, match[group])
                     if not CHILD_IN_LIST.match(prose, start + m.end())]
        else:
            names = [next(g for g in match.groups() if g)]
        for name in names:
            words = [fold(w) for w in name.split()]
            if not any(w in ("the", "our", "la", "el", "and", "y", "with") for w in words):
                found.update(words)
    for match in JOINING_THEN_NAMED.finditer(prose):
        for name in re.finditer(_FULL_NAME, match["next"]):
            if not CHILD_IN_LIST.match(match["next"], name.end()):
                found.update(fold(w) for w in name.group(0).split())
    for match in REACHED_AT_THE_PRACTICE.finditer(prose):
        # (near it in its paragraph, the sentence before too: "Llámenos al … . Ahí les
        # contesta Lupe o yo")
        left = paragraph_span(prose, match.start())[0]
        if _THE_PRACTICE.search(prose, max(left, match.start() - 120), match.end() + 80):
            found.update(fold(w) for w in match["name"].split())
    for match in ASKED_THE_STAFF.finditer(prose):
        for item in ANSWER_ITEM.finditer(match["items"]):
            words = [fold(w) for w in item["name"].split()]
            if words[0] not in ("dr", "dra"):
                found.update(words)
    return frozenset(found)

#: A capitalised animal before a name, as children's songs and stories name them ("el Sapo
#: Pepe", "la Vaca Lola", "Curious George" is in the public list).
CHARACTER_BEFORE = re.compile(
    r"\b(?:Sapo|Vaca|Gallina|Pollito|Rat[oó]n|Ratoncito|Perro|Perrito|Gato|Gatito|Oso|Osito"
    r"|Pato|Patito|Burro|Conejo|Conejito|Elefante|Mono|Cerdito|Chanchito|Pez|Tortuga|Rana"
    r"|Lobo|Zorro|B[uú]ho|Le[oó]n|Tigre|Jirafa|Drag[oó]n|Grillo|Grillito|Hormiga|Abeja)\s+$"
    r"|\b(?i:la|el)\s+(?i:vaca|sapo|gallina|pollito|pata|patito|rana|ara[ñn]a|hormiguita|ratoncito"
    r"|gata|gato|perrita|perrito|burrito|elefante|cerdita|cerdito|cochinita|osita|osito|conejita"
    r"|conejito|ratoncita|cocodrilo|dinosaurio|tortuguita|jirafita|pulpo|ballena)\s+$"
)
HOSPITALS_SENTENCE = re.compile(
    r"\b(?:hospitales|hospital|escuelas|colegios|estadios|cl[ií]nicas|universidades"
    r"|hospitals|schools|stadiums)\b",
    re.I,
)
#: A place's kind in lower case before its name: streets, neighbourhoods and stations are
#: named after heroes ("la calle Emiliano Zapata", "el municipio de Benito Juárez").
PLACE_WORD_BEFORE = re.compile(
    # (only words that name a place after someone: "en la clínica Mateo lloró" is a boy)
    r"\b(?:calle|avenida|av\.|colonia|col\.|municipio|delegaci[oó]n|alcald[ií]a"
    r"|estaci[oó]n de metro|metro|presa|fraccionamiento|ejido|cerro|volc[aá]n|bulevar"
    r"|boulevard)\s+(?:de\s+|del\s+)?$"
    r"|\b(?:escuela|primaria|secundaria|hospital|parque|plaza|biblioteca|museo|estadio"
    r"|aeropuerto|school|park|airport)\s+(?:de\s+|del\s+)$",
    re.I,
)
#: A disease, a sign or a test named after its describer, the Spanish way.
EPONYM_BEFORE = re.compile(
    r"\b(?:s[ií]ndrome|enfermedad|par[aá]lisis|t[eé]trada|p[uú]rpura|signo|maniobra|prueba"
    r"|escala|reflejo|ley|m[eé]todo|c[eé]lulas|esclerosis|distrofia|anemia|linfoma|sarcoma"
    r"|tumor|fractura|codo|mal|sarcoma|cepa|vacuna|puntaje|test|f[oó]rmula|curva)\s+de\s+$",
    re.I,
)
#: "... hasta Buenos Aires", "... to Chicago": the name before it is a place too.
FROM_BEFORE = re.compile(r"\b(?:desde|from|de)\s+$")
FROM_TO_PLACE = re.compile(r"\s+(?:hasta|to|a)\s+(?:la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]")
#: A country after a comma: the name before it is a city ("Rosario, Argentina").
COUNTRY_AFTER = re.compile(
    r",\s*(?:Argentina|M[eé]xico|Mexico|Chile|Per[uú]|Peru|Colombia|Espa[ñn]a|Spain|Venezuela"
    r"|Ecuador|Bolivia|Uruguay|Paraguay|Guatemala|Honduras|Nicaragua|Costa Rica|Panam[aá]"
    r"|Cuba|Rep[uú]blica Dominicana|Puerto Rico|El Salvador|Brasil|Brazil|Canad[aá]|Canada"
    r"|Francia|France|Italia|Italy|Portugal|Filipinas|Philippines)\b"
)
#: "el papa Francisco", "Pope Leo": the pope (a dad is "papá", with its accent).
POPE_BEFORE = re.compile(r"\b(?:[Ee]l\s+)?(?:[Pp]apa|Pope)\s+$")
#: After a name, the kind of animal or the epithet of a children's character ("Daniel Tiger",
#: "Sophie the Giraffe", "Daniel Tigre", "Peppa la Cerdita", "Dora la Exploradora").
CHARACTER_AFTER = re.compile(
    r"\s+(?:the|la|el)\s+(?:[A-Z]|gira(?:f|ff)e)"
    r"|\s+(?:Tiger|Pig|Bear|Dog|Cat|Rabbit|Bunny|Duck|Mouse|Giraffe|Elephant|Monkey|Frog|Fox|Owl"
    r"|Lion|Dinosaur|Tigre|Cerdit[oa]|Oso|Osit[oa]|Perr[oa]|Perrit[oa]|Gat[oa]|Gatit[oa]"
    r"|Conejo|Conejit[oa]|Rat[oó]n|Ratoncit[oa]|Pato|Patit[oa]|Dinosaurio|Le[oó]n)\b"
)

#: Capitalised after an article, a title of religious life, not a relative ("su madre Teresa").
RELIGIOUS_TITLES = frozenset({"Madre", "Padre", "Hermana", "Hermano", "Mother", "Father",
                              "Sister", "Brother", "Sor", "Fray"})
#: Months written short that are also given names ("Jan", "Augie" is not): a month only
#: when a day or a year follows.
MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                         "nov", "dec", "ene", "abr", "ago", "dic"})
MONTH_SHORT_AFTER = re.compile(
    r"\.?\s*(?:\d{1,2}\b(?!\s*(?:-|years?|months?|weeks?|days?|yo|a[ñn]os|meses|semanas))"
    r"|(?:19|20)\d{2}\b|['’]\d{2}\b)"
)


@lru_cache(maxsize=1)
def _public_family_names() -> frozenset[str]:
    """The last words of the public figures named in full (lexicon.PUBLIC_FIGURES)."""
    return frozenset(name.split()[-1] for name in PUBLIC_FIGURES if " " in name)


#: A place, then "and": what follows is listed with it ("de Hidalgo y Cameron").
PLACE_LISTED_BEFORE = re.compile(
    r"\b(?:de|en|in|of|from)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)\s+(?:y|and|e)\s+$")


#: After a brand's possessive, what a shop's name is followed by: the end of a clause, a
#: joint of a list, a capitalised word or the thing it sells ("at Wendy's once a week",
#: "a Hershey's bar"); "Wendy's mom", "Annie's fever" are a child's.
BRAND_FOLLOW = re.compile(
    r"\s*(?:[.,;:!?)\]\"”]|$)|\s+(?:or|and|y|o|once|[A-Z])"
    r"|\s+(?:kids['’]?\s+meals?|meals?|menus?|restaurants?|stores?|drive-?thrus?|bars?|fries"
    r"|burgers?|nuggets|chicken|ice cream|cereal|soups?|juices?|jelly|bottles?|nipples?"
    r"|clothes|onesies|pajamas|candy|chocolates?|cups?|locations?|app|coupons?|play ?place"
    r"|shampoo|lotion|wash|kisses|snacks?|products?|brand"
    r"|baby\s+(?:shampoo|lotion|wash|oil|powder|food|formula|products?|cereal))\b"
)
#: A work's title in quotes or italics, and its author after it: "“Charlotte's Web” by E.B.
#: White", "*Matilda* by Roald Dahl": the name is the title's, not a child's.
QUOTED_TITLE = re.compile(
    r"[\"“*_](?P<title>[^\"”*_\n]{1,60})[\"”*_]\s*,?\s+(?:by|de|por)\s")
#: A costume: "the nurses went as", "Dr. Rivera was a very convincing Ms. Frizzle" (a title
#: may sit between).
COSTUME_BEFORE = re.compile(
    r"\b(?:dressed (?:up )?as|went as|came as|costume|disfrazad[oa]s? de|se disfraz[oó] de"
    r"|(?:was|were|made) (?:a|an) (?:very |pretty |totally |truly )?(?:convincing|great|perfect"
    r"|amazing|fabulous|fantastic))\s+(?:(?:Ms|Mr|Mrs|Miss|Dr|Sra|Sr)\.?\s+)?$",
    re.I,
)
#: Names talked about as names: "names like Austin, Madison and Charlotte", "el nombre Lucía".
NAMES_AS_WORDS_BEFORE = re.compile(
    r"\b(?i:names?|nombres?)\s+(?:like|such as|including|as|como|the|el|de)\s+"
    r"(?:[A-Z][\w'’-]+(?:,\s*|\s+(?:and|or|y|o)\s+))*$"
)


#: Before a city named like a person (`lexicon.cities`): "in Madison", "near Tyler". Not
#: "to Jackson" nor "de Austin", which are as often a child.
CITY_BEFORE = re.compile(
    r"\b(?:in|near|around|across|outside|throughout|en|cerca de|desde)\s+$")
#: A city listed with another place: "Eugene, Salem and Albany", "from Jackson to Madison",
#: "Marion and Tyler" (see `_listed_city`).
LIST_JOINT = re.compile(r"\s*,\s*(?:(?:and|or|y|o)\s+)?|\s+(?:and|or|to|y|o|a|hasta)\s+")
#: One earlier item of a list, read backwards: "Accra and " before "Salem".
LIST_BACK = re.compile(
    r"(?P<w>[A-Z][\w'’.-]+)(?:\s*,\s*(?:(?:and|or|y|o)\s+)?|\s+(?:and|or|to|y|o|a|hasta)\s+)$")
#: Before a list of places: "in", "near", "from", "between".
LIST_START = re.compile(
    r"\b(?:in|near|around|across|outside|throughout|from|between|en|cerca de|desde|entre)\s+$")
#: After a list of names, what people do: "Austin and Madison were seen", "Jackson and
#: Charlotte, ages 3 and 5": children named like cities, not cities.
PEOPLE_AFTER_LIST = re.compile(
    r"\s*(?:,\s*)?(?:(?:both|all|each)\s+)?(?:were|are|came|come|got|had|have|has|is|was"
    r"|who|and (?:their|his|her)|ages?\b|\(?\d|fueron|vinieron|tienen|llegaron|est[aá]n)\b",
    re.I,
)


def _listed_city(text: str, token: Token) -> bool:
    """A city's name (`lexicon.cities`, `BIG_PLACES`) in a list of places, or a name no
    list holds among two or more of them after "from" or "in": the list follows
    "in", "near", "from" ... ("in Accra and Salem", "from Jackson to Madison") or holds a
    place that is nobody's name ("Eugene, Salem and Albany"), and no person's verb follows
    it. "We saw Austin and Madison" is two children."""
    places = place_names()
    start = token.start
    items = [token.key]
    while back := LIST_BACK.search(text[max(0, start - 40) : start]):
        start -= len(back.group(0))
        items.append(fold(back["w"]))
    end = token.end
    while (joint := LIST_JOINT.match(text, end)) and (
            word := re.match(r"[A-Z][\w'’.-]+", text[joint.end() :])):
        end = joint.end() + word.end()
        items.append(fold(word.group(0)))
    if len(items) < 2 or PEOPLE_AFTER_LIST.match(text, end):
        return False
    anchored = LIST_START.search(text[max(0, start - 12) : start])
    if token.key not in places:
        # a city no list holds, among cities after "from": "from Madison, Austin, Eugene,
        # Charlotte, Jackson and Florence"
        others = items[1:]
        return bool(anchored) and len(others) >= 2 and all(k in places for k in others)
    return bool(anchored) or any(k in places and not _is_given(k) for k in items)


#: The last word of a run that makes it an institution: "Eugene Springfield Fire", "Pima
#: County Library", "Jackson Hole" (the words after the name are in NOT_A_PERSON_AFTER).
INSTITUTION_TAIL = frozenset({
    "fire", "police", "rescue", "ems", "sheriff", "library", "biblioteca", "pool", "ymca",
    "hole", "department", "county", "district", "schools", "elementary", "hospital", "clinic",
    "center", "foundation", "university", "college", "academy", "pharmacy", "museum", "zoo",
    # a business named after its family: "Nakamura Greens", "Szymanski Dry Cleaners"
    "greens", "farm", "farms", "orchard", "orchards", "dairy", "cleaners", "hardware",
    "roofing", "bakery", "creamery", "nursery", "plumbing", "electric", "realty", "insurance",
    "funeral", "motors", "tire", "tires", "centre", "building", "line", "helpline",
    "hotline", "extension", "shakeout",
})
#: A city named after a saint: "São Paulo", "San Diego", "Santa Rosa", "Saint Paul".
_SAINT_WORDS = frozenset({"san", "santa", "santo", "sao", "saint", "st", "ste"})
#: The same for a park, a forest, a road or a building named after someone ("Daniel Boone
#: National Forest", "Hank Aaron Stadium", "Washington Smoke Blog"), when the word is no
#: name as well: "Park", "Hall", "Field" and "Forest" are family or given names, so "Sofia
#: Park" stays a girl.
PLACE_TAIL = frozenset({
    "forest", "parks", "refuge", "preserve", "trail", "trails", "dam", "highway", "parkway",
    "expressway", "memorial", "monument", "stadium", "arena", "fieldhouse", "gym",
    "gymnasium", "auditorium", "theater", "theatre", "airport", "institute", "blog",
    "newsletter", "healthplanfinder", "marketplace", "network", "coalition", "alliance",
    "association", "society", "council", "commission", "program", "conservatory",
    "observatory", "planetarium", "aquarium", "international", "pavilion", "amphitheater",
})
#: Before a name, the kind of shop or church it names: "Panadería Doña Chela", "Pollería Don
#: Lucho", "Iglesia Pentecostal Monte de Sion" (a place named, no person).
BUSINESS_BEFORE = re.compile(
    r"\b(?-i:Panader[ií]a|Poller[ií]a|Taquer[ií]a|Tienda|Farmacia|Florister[ií]a|Colmado"
    r"|Llantera|Muebler[ií]a|Carnicer[ií]a|Tortiller[ií]a|Fruter[ií]a|Paleter[ií]a"
    r"|Lavander[ií]a|Restaurante|Cafeter[ií]a|Barber[ií]a|Peluquer[ií]a|Est[eé]tica|Iglesia"
    r"|Parroquia|Capilla|Templo|Panader[ií]a y Pasteler[ií]a|Abarrotes|Miscel[aá]nea"
    r"|Super(?:mercado)?)(?:\s+(?:(?-i:[A-Z][\w'’]*)|de|del|la|el)){0,3}?"
    r"\s+(?:(?-i:Don|Doña|La|El|Los|Las|De|Del)\s+)?$")
#: Before a name, a researcher's role: "a team led by Vasanti Malik", "lead author Ana Soto".
RESEARCHER_BEFORE = re.compile(
    r"\b(?:(?:team|study|research|group|trial|project|review|analysis) led by"
    r"|(?:lead |senior |first )?authors?|researchers?|scientists?|investigators?"
    r"|epidemiologists?|economists?|psychologists?|sociologists?|professors?|profesor[a]?"
    r"|investigador[a]?|encabezad[oa] por|dirigid[oa] por)\s+$",
    re.I,
)


#: After a quoted phrase, its translation: '"Modi ki bu sta?" for "How are you?"',
#: '"Kijan ou ye?" (How are you?)', '"Salaam" means peace'.
_GLOSS_AFTER_QUOTE = re.compile(
    r"\s*(?:\(|(?:for|means|meaning|is|=|—|–|significa|quiere decir|es)\s+[\"“(])")


#: ...on a line that teaches words: "a short Kreyòl phrase sheet", "learning a little
#: Kriolu", "cómo se dice".
_TEACHING = re.compile(
    r"(?i)\b(?:phrases?|say|says|saying|words?|learn|learning|language|greetings?|frases?"
    r"|palabras?|se dice|decir|saludos?|idioma|kreyòl|kreyol|creole|kriolu|patois)\b")


_CLOSE_QUOTE = re.compile(r'["”]')


def _taught_phrase(text: str, first: Token, last: Token) -> bool:
    """Whether the words lie in a quoted phrase of another language taught with its
    translation right after the quote ('"Kote li fè ou mal?" (Where does it hurt?)'): the
    phrase is taught, its capitalised word is no one's name."""
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", last.end)
    if not _TEACHING.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return False  # ('Her mom texted: "Maya has a fever" (at 2 a.m.)' is a message)
    before = text[line_start : first.start]
    if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        return False  # (not inside a quotation)
    close = _CLOSE_QUOTE.search(text, last.end)
    if close is None or "\n" in text[last.end : close.start()]:
        return False
    return _GLOSS_AFTER_QUOTE.match(text, close.end()) is not None


#: A family name used as an eponym: "Moro reflex", "Apgar's score", "reflejo de Moro".
_EPONYM_USE = re.compile(
    r"\b(?P<a>[A-ZÁÉÍÓÚÑ][\w'’-]+?)(?:['’]s)?\s+(?i:reflex|sign|syndrome|disease|score|test"
    r"|maneuver|manoeuvre|criteria|classification|procedure|scale|curve|nodules?|spots|triad)\b"
    r"|\b(?i:reflejo|s[ií]ndrome|signo|enfermedad|maniobra|escala|prueba|puntuaci[oó]n"
    r"|criterios|clasificaci[oó]n|curva|test)\s+de\s+(?P<b>[A-ZÁÉÍÓÚÑ][\w'’-]+)\b")


@lru_cache(maxsize=256)
def _eponyms_in(text: str) -> frozenset[str]:
    """The family names `text` uses as eponyms (one pattern, read once per text: a pattern
    per name would crowd the `re` module's cache)."""
    return frozenset(m["a"] or m["b"] for m in _EPONYM_USE.finditer(text))


def _eponym_namesake(text: str, last: Token) -> bool:
    """Whether the name's family name is an eponym the text uses ("Moro reflex", "reflejo
    de Moro", "the Apgar score"): the full name is the sign's namesake, a physician of
    history ("Ernst Moro", "Virginia Apgar"), not a patient."""
    return text[last.start : last.end] in _eponyms_in(text)


#: Grandmother and grandfather in Tagalog, also given names: "Lola and Lolo babysit".
_GRANDPARENT_WORDS = frozenset({"lola", "lolo"})
#: ...said as the family word: the pair together ("Lola and Lolo", "lolo o lola"), or one
#: of them with whose ("your lola", "her Lolo").
_GRANDPARENTS = re.compile(r"(?i)\blol([ao])\s+(?:and|&|y|o|or)\s+lol(?!\1)[ao]\b")
_WHOSE_BEFORE = re.compile(r"(?i)\b(?:your|our|my|his|her|their|the|a|su|sus|tu|mi|nuestr[oa])\s+$")


def _grandparent_said(text: str, token: Token) -> bool:
    """Whether "Lola" or "Lolo" is said as a grandparent: the pair named in the same text,
    or a possessive right before. A girl called Lola ("Lola, 4, had a fever") is neither;
    nor is an age after the word."""
    if token.key not in _GRANDPARENT_WORDS or re.match(r"\s*,\s*\d", text[token.end:]):
        return False
    return bool(_GRANDPARENTS.search(text)
                or _WHOSE_BEFORE.search(text[max(0, token.start - 12) : token.start]))


def _compound_word(word: str) -> bool:
    """Two plain words run together, each capitalised: "RiverCentre", "HealthPartners",
    "MarketPlace". Names that carry an inner capital ("McNeely", "DeShawn", "LaToya") start
    with a particle, no word of three letters or more."""
    from .names_words import dictionary_word

    parts = re.findall(r"[A-Z][a-z]+", word)
    return (len(parts) == 2 and "".join(parts) == word
            and all(len(p) >= 4 and dictionary_word(re.sub(r"tre$", "ter", p.lower()))
                    for p in parts))  # (British "Centre" as "center")


def _in_brand(text: str, first: Token, last: Token) -> bool:
    """The words are part of a company's name as written (`BRAND_PHRASES`): "McDonald's or
    Wendy's", "Ben & Jerry's", "Johnson & Johnson"."""
    start = max(0, first.start - 20)
    for match in BRAND_PHRASES.finditer(text, start, min(len(text), last.end + 20)):
        if match.start() <= first.start and last.end <= match.end():
            # ("Ben & Jerry's": two names joined are the company whatever follows)
            said = match.group(0)
            return "&" in said or not re.search(r"['’]s$", said) or BRAND_FOLLOW.match(
                text, match.end()) is not None
    return False


#: After a word, its meaning: a word taught, not a person ("Akash (sky)", "Alo means light",
#: "Kai significa mar"); never an age or a number in the brackets ("Mateo (age four)").
GLOSS_AFTER = re.compile(
    r"(?:\*\*|\*|_)?(?:\s+(?:means|meant|significa|quiere decir)\b"
    r"|\s*\((?!(?:age|aged|edad|de)\b)[a-záéíóúñ]+(?:\s[a-záéíóúñ]+)?\))")


#: Where someone grew up or studied: the word after is a town or a school ("She grew up in
#: Peoria, studied at Bradley", "creció en Viena").
LIFE_PLACE_BEFORE = re.compile(
    r"\b(?:grew up|was raised|moved here|studied|graduated|went to (?:college|school|nursing"
    r" school)|creci[oó]|se cri[oó]|estudi[oó]|se gradu[oó])\s+(?:in|from|at|en|de)\s+$", re.I)


def _in_feast(text: str, first: Token, last: Token) -> bool:
    """Whether the words lie within a feast's name ("Durga Puja", "Tết Trung Thu")."""
    line = text.rfind("\n", 0, first.start) + 1
    # (a wish before it is part of the greeting: "Happy Karen New Year", "Feliz Año Nuevo Karen")
    begin = first.end + 1 if first.key in ("happy", "feliz", "merry") else first.start
    return any(m.start() <= begin and last.end <= m.end()
               for m in FEAST.finditer(text, max(line, first.start - 30), last.end + 30))


#: The endings international nonproprietary names give a medicine's family (WHO's stems):
#: "Nirsevimab", "Amoxicillin", "Montelukast", "Albuterol", a word that starts a sentence.
DRUG_STEM = re.compile(
    r"(?:mab|cillin|mycin|micin|floxacin|cycline|azole|sartan|olol|statin|tidine|prazole"
    r"|dronate|parin|terol|oxetine|triptan|zepam|zolam|profen|fenac|setron|lukast|tinib"
    r"|navir|clovir|phylline|semide|thiazide|dipine|gliptin|glutide|flozin|cortisone"
    r"|methasone|nisolone|nisone|sonide|tropium|imod|vudine)$")


#: After a people's name, what makes it the people: "Karen families", "the Karen New Year",
#: "a Karen interpreter", "Karen teams".
_GROUP_AFTER = re.compile(
    r"[ \t]+(?i:families|family|community|communities|people|refugees|elders|youth|teams?"
    r"|church(?:es)?|new[ \t]+year|language|speakers?|interpreters?|translators?|dances?"
    r"|soccer|tournament|women|men|parents|moms|dads|households|culture|food|songs?|music"
    r"|neighbou?rs|groups?|organi[sz]ations?|associations?|staff|patients|kids|children"
    r"|familias|comunidad(?:es)?|int[eé]rpretes?|pastors?|priests?|monks?|adults|leaders"
    r"|mothers|fathers|grandmothers|grandparents|students|clients|members|villages?|camps?"
    r"|state|script|alphabet|dialects?|clinic|class(?:es)?|festival|celebration)\b")
#: Before a people's name, the Spanish noun it qualifies: "el Año Nuevo Karen", "la
#: comunidad karen", "un pastor karen".
_GROUP_BEFORE = re.compile(
    r"\b(?i:a[ñn]o\s+nuevo|comunidad(?:es)?|familias?|pueblo|vecinos|iglesias?|pastor(?:es)?"
    r"|idioma|lengua|int[eé]rpretes?|refugiados|ni[ñn]os|madres|padres|mujeres|hombres)[ \t]+$")
#: Before a people's name, a word that makes it their language or their dialect: "in
#: Karen", "speaks Karen", "Sgaw Karen".
_LANGUAGE_BEFORE = re.compile(
    r"\b(?i:in|en|speaks?|speaking|spoke|habla|hablan|read|reads|translated\s+into|sgaw"
    r"|s'gaw|pwo|falam|hakha)[ \t]+$")
#: A list's joint: "Somali or Karen", "Karen, Chin", "Karen y Chin".
_JOINT = r"[ \t]*(?:,|\bor\b|\band\b|\by\b|\bo\b|/)[ \t]*"
_LISTED = re.compile(_JOINT, re.I)


def people_said(text: str, first: Token, last: Token) -> bool:
    """Whether a people's name that is also a given name ("Karen") is said as the people:
    before a word for its families or its language ("Karen families", "a Karen interpreter")
    or after one in Spanish ("el Año Nuevo Karen", "la comunidad karen"),
    after a word for speaking it ("in Karen"), or listed with another people or language
    ("Spanish, Somali or Karen", "Karen and Burmese families")."""
    if (first is not last and last.key in PEOPLES_THAT_ARE_NAMES
            and first.key in ("sgaw", "pwo", "falam", "hakha", "tedim")):
        return True  # "Sgaw Karen": a dialect of the people's language
    if first.key not in PEOPLES_THAT_ARE_NAMES:
        return False
    if _GROUP_AFTER.match(text, first.end) or _GROUP_BEFORE.search(
            text, max(0, first.start - 24), first.start):
        return True  # ("Karen New Year": the run goes on with the group's words)
    if first is not last:
        return False
    if _LANGUAGE_BEFORE.search(
            text, max(0, first.start - 20), first.start):
        return True
    after = _LISTED.match(text, last.end)
    if after and (word := TOKEN.match(text, after.end())) and _a_people(word.group(0)):
        return True
    before = _PEOPLE_LISTED_BEFORE.search(text, max(0, first.start - 40), first.start)
    return before is not None and _a_people(before["word"])


#: A people or a language, then a list's joint, right before the name ("Somali or ").
_PEOPLE_LISTED_BEFORE = re.compile(rf"(?P<word>[A-ZÁÉÍÓÚÑ][\w'’-]+){_JOINT}$")


def peoples_said(text: str) -> frozenset[str]:
    """The peoples that are also given names (folded) that `text` says as peoples somewhere
    ("Many Karen families"): a tag "Karen" on that note names the people, not a child."""
    found = set()
    for match in re.finditer(r"[A-ZÁÉÍÓÚÑ][\w'’-]+", text):
        key = fold(match.group(0))
        if key in PEOPLES_THAT_ARE_NAMES and key not in found:
            token = Token(match.start(), match.end(), match.group(0), key)
            if people_said(text, token, token):
                found.add(key)
    return frozenset(found)


def _a_people(word: str) -> bool:
    key = fold(word)
    # (the rest of the languages, "Spanish", "Somali", "Arabic", are peoples' words already)
    return key in NOT_PEOPLE_WORDS or key in PEOPLES or key in PEOPLES_THAT_ARE_NAMES or (
        key in ("english", "french", "frances"))


#: Remedies and cosmetics that carry lead, whose names are also given names: "Greta and
#: azarcón", "kohl, surma or kajal". A remedy only where the paragraph speaks of lead or of
#: remedies.
_LEAD_REMEDIES = frozenset({"greta", "kohl", "kajal", "surma", "azarcon", "sindoor", "kumkum",
                            "tiro", "bala", "ghasard", "litargirio"})
_LEAD_TALK = re.compile(r"(?i)\b(?:lead|plomo|remed(?:y|ies|io|ios)|empacho|cosmetics?"
                        r"|eyeliner|powders?|polvos?|azarc[oó]n)\b")


def _not_a_person(text: str, first: Token, last: Token) -> bool:
    """An institution, eponym, place or title around the words: not a private person."""
    if (first is last and first.key in _LEAD_REMEDIES
            and _LEAD_TALK.search(paragraph(text, first.start))
            and any(fold(w) in _LEAD_REMEDIES and fold(w) != first.key for w in re.findall(
                r"[^\W\d_]+", text[max(0, first.start - 25) : last.end + 25]))):
        return True  # "Greta and azarcón", "kohl, surma or kajal": lead, no girl
    if people_said(text, first, last):
        return True  # "Karen families", "in Somali or Karen": a people, its language
    if _in_brand(text, first, last):
        return True
    if first is last and len(first.key) >= 7 and not first.given and DRUG_STEM.search(
            first.key):
        return True  # "Nirsevimab (Beyfortus) is a single shot": a medicine
    if first.key in NOT_PEOPLE_WORDS and last.key in NOT_PEOPLE_WORDS:
        return True  # "the Mediterranean", "whose Arabic", "Happy birthday, America"
    if _in_feast(text, first, last):
        return True  # "Durga Puja", "Mardi Gras", "¡Que disfruten la Candelaria!"
    if _taught_phrase(text, first, last):
        return True  # '"Kote li fè ou mal?" (Where does it hurt?)': words taught, no one
    if first is not last and _eponym_namesake(text, last):
        return True  # "el reflejo de Moro, llamado así por el pediatra Ernst Moro"
    if first is last and _grandparent_said(text, first):
        return True  # "In our Filipino families, Lola and Lolo do much of the childcare"
    if first is last and GLOSS_AFTER.match(text, last.end):
        return True  # "Shanti (peace)", "Alo means light in Bangla": a word and its meaning
    if first.start and text[first.start - 1] in "\"“*_" and QUOTED_TITLE.match(
            text, first.start - 1):
        return True  # "“Charlotte's Web” by E.B. White": a book's title
    if COSTUME_BEFORE.search(text[max(0, first.start - 50) : first.start]):
        return True  # "dressed as Ms. Frizzle", "disfrazada de Frida": a costume's character
    if NAMES_AS_WORDS_BEFORE.search(text[max(0, first.start - 80) : first.start]):
        return True  # "baby names like Austin, Madison and Charlotte": names as words
    if first is last and LIFE_PLACE_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return True  # "Ilse grew up in Vienna", "studied at Bradley": where, not who
    if first is not last and (last.key in INSTITUTION_TAIL or (
            last.key in PLACE_TAIL and ((not last.given and not last.surname) or re.search(
                r"\b(?:National|State|Memorial|County|Regional|Community|City)\s+$",
                text[max(0, last.start - 12) : last.start])))):
        return True  # "Eugene Springfield Fire", "Jackson Hole": a department, a place
    if first is not last and _compound_word(text[last.start : last.end]):
        return True  # "Saint Paul RiverCentre", "Twin Cities HealthPartners": a venue's name
    if BUSINESS_BEFORE.search(text, max(0, first.start - 50), first.start):
        return True  # "Panadería Doña Chela", "Iglesia Pentecostal Monte de Sion": a place
    if first is last and _listed_city(text, first):
        return True  # "forecast for Eugene, Salem and Albany": cities in a list
    if RESEARCHER_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return True  # "a team led by Vasanti Malik at the University of Toronto"
    if re.match(r"['’]s\s+[\"“*_][A-Z]", text[last.end : last.end + 6]):
        return True  # "Jonathan Haidt's “The Anxious Generation”": a work's author
    if first is not last and f"{first.key} {last.key}" in BIG_PLACES:
        return True  # "Victoria, British Columbia", "Santo Domingo": a place of two words
    if first is not last and f"{first.key} {last.key}" in cities() and (
            not (first.given and last.surname) or first.key in _SAINT_WORDS):
        return True  # "São Paulo", "Ciudad Juárez": a big city of two words ("Thanh Hoa",
        # "Benito Juárez" are people too)
    if (first is not last and first.key in BIG_PLACES and not last.given
            and not last.surname):
        return True  # "Washington Healthplanfinder", "Texas Children's": a state's agency
    if (first is last and first.key in cities()
            and CITY_BEFORE.search(text[max(0, first.start - 12) : first.start])
            and not re.match(r"['’]s\b", text[last.end : last.end + 3])):
        return True  # "researchers in Madison and Austin": a city ("in Jackson's ear" is not)
    if STAFF_BEFORE.search(text[max(0, first.start - 40) : first.start]) or STAFF_AFTER.match(
        text[last.end : last.end + 50]
    ):
        return True
    if TOWN_STATE_AFTER.match(text[last.end : last.end + 20]):
        return True
    window = text[max(0, first.start - 40) : first.start]
    if re.search(r"[\"“«]\s*(?:La|El|Los|Las|The)\s+$", window):
        return True  # al ritmo de "La Macarena": a song's or a book's title
    listed = PLACE_LISTED_BEFORE.search(window)
    if listed and fold(listed["place"]) in BIG_PLACES:
        return True  # "adultos de Hidalgo y Cameron": a place listed with a place
    if first is last and first.key in MONTH_SHORT and MONTH_SHORT_AFTER.match(text, last.end):
        return True  # "Jan 2026", "Aug. 14": a month, not Jan or August the person
    if PLACE_APPOSITIVE.match(text[last.end : last.end + 60]):
        return True
    line_start = text.rfind("\n", 0, first.start) + 1
    if INSTITUTION_BEFORE.search(text[max(line_start, first.start - 80) : first.start]):
        return True
    if ANIMAL_AFTER.match(text[last.end : last.end + 50]):
        return True
    before = text[max(0, first.start - 20) : first.start].split()
    if before and before[-1][:1].isupper() and fold(before[-1]) in INSTITUTION_WORDS:
        return True  # "Escuela Primaria Juárez", "Clínica Hidalgo": an institution's name
    # A feast named after someone, past its possessive: "Valentine's Day", "St. Patrick's
    # Day". Only a feast: "Bobby's school", "Maya's team" are still a child's.
    if re.match(r"['’]s\s+(?:Day|Eve|Law|Act|Bill|Rule|Foundation|Fund)\b",
                text[last.end : last.end + 14]):
        return True  # (and a law or a fund named after a child: "Reese's Law")
    if (re.match(r"['’]s\s+Birthday\b", text[last.end : last.end + 14])
            and last.key in _public_family_names()):
        return True  # "Lincoln's Birthday", "Washington's Birthday": a public holiday
    if BUSINESS_AFTER.match(text, last.end):
        return True  # "Ms. Ruth's bakery", "Tony's Pizza": a shop
    after = TOKEN.search(text, last.end, min(len(text), last.end + 30))
    if before and fold(before[-1].strip('("“*_[¡¿')) in NOT_A_PERSON_BEFORE:
        return True
    country = re.match(r"\s+(?:en|in|de),?\s+(?P<c>[A-ZÁÉÍÓÚÑ][\w]+)",
                       text[last.end : last.end + 30])
    if country and fold(country["c"]) in BIG_PLACES and before and before[-1] in ("el", "la"):
        return True  # "el Masaya en Nicaragua": a volcano, a river, a town of a country
    if (before and before[-1] in ("en", "in") and not last.surname and not last.given
            and last is not first
            and not re.match(r",?\s+(?:who|whose|quien)\b", text[last.end : last.end + 10])):
        return True  # "en Santiago Sacatepéquez": a town whose name no list knows ("in
        # Dominic Achterberg, who is already home" is a boy)
    if re.match(r"\s+(?:interpreters?|speakers?|speaking|language|translation|int[eé]rpretes?"
                r"|hablantes?)\b", text[last.end : last.end + 20]):
        return True  # "a Nepali interpreter": a language
    if (len(before) >= 2 and before[-1] in RELIGIOUS_TITLES
            and before[-2] in ("La", "la", "El", "el", "The", "the")):
        return True  # "La Madre Teresa decía", "the Sister who ran the orphanage": a title
    if re.match(r"\s*&\s*[A-Z]|\s+(?:and|y)\s+(?:Co|Company|Sons|Hijos)\b", text[last.end :]):
        return True  # "Johnson & Johnson", "Procter & Gamble": a company
    if before and before[-1] in ("Los", "Las", "los", "las"):
        return True  # "Los Ángeles", "Las Vegas", "los Reyes": a place or a feast
    if (re.search(r"\b(?:el|la)\s+$", text[max(0, first.start - 4) : first.start])
            and HOSPITALS_SENTENCE.search(sentence_of(text, first.start, last.end))):
        return True  # "hospitales ...: el Roberto del Río en Santiago": a hospital's name
    if PLACE_WORD_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return True  # "la calle Emiliano Zapata", "la colonia Miguel Hidalgo", "metro Niños Héroes"
    if EPONYM_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return True  # "síndrome de Williams", "parálisis de Bell", "tétrada de Fallot"
    if FROM_TO_PLACE.match(text, last.end) and FROM_BEFORE.search(
            text[max(0, first.start - 8) : first.start]):
        return True  # "desde Rosario hasta Buenos Aires": a stretch of the map
    if COUNTRY_AFTER.match(text, last.end):
        return True  # "Rosario, Argentina", "Valencia, España": a city
    if CHARACTER_BEFORE.search(text[max(0, first.start - 20) : first.start]):
        return True  # "el Sapo Pepe", "la Vaca Lola": a song's animal, named
    if CHARACTER_KIN_BEFORE.search(text[max(0, first.start - 50) : first.start]):
        return True  # "Bluey's dad, Bandit Heeler": a character's family are characters
    if POPE_BEFORE.search(text[max(0, first.start - 12) : first.start]):
        return True  # "el papa Francisco" (the pope; a dad is "papá", with its accent)
    if (before and before[-1] in ("La", "El")
            and not SENTENCE_START.search(text[max(0, first.start - 11) : first.start - 3])):
        return True  # "viaja a La Paz, El Alto": mid-sentence, a capitalised article names a
        # place or a thing; a nickname takes a small one ("a la Chiquis")
    if first is not last and CHARACTER_AFTER.match(text[first.end : first.end + 24]):
        return True  # "Dora la Exploradora": a character, whatever follows
    if FEAST_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return True  # "Día de la Candelaria", "Virgen de Guadalupe", "Fiesta de San Juan"
    if (
        after
        and text[last.end : after.start()].strip(" '’s") == ""
        and (fold(after.group(0)) in NOT_A_PERSON_AFTER)
    ):
        return True
    if (
        before
        and fold(before[-1]) in PLACE_BEFORE
        and (
            " ".join(t for t in (first.key, last.key) if t) in BIG_PLACES
            # ("de Santiago Ibarra": a given name and a family name side by side are a
            # person, wherever else the given name is a city; "de Santiago de Chile" is not)
            or (first.key in BIG_PLACES and not (
                first is not last and first.given and last.surname
                and not re.search(r"\b(?:de|del|la|las|los|y)\b", text[first.end : last.start])))
        )
    ):
        return True
    if first.key in place_names() and TRAVEL_BEFORE.search(
            text[max(0, first.start - 40) : first.start]):
        return True  # "a summer drive to Austin, or all the way out to Eugene": a city
    # A character: "Daniel Tiger", "Sophie the Giraffe", "Daniel Tigre", "Dora la Exploradora"
    return bool(CHARACTER_AFTER.match(text[last.end : last.end + 24]))


#: A trip or a move right before a city that is also a name ("road-tripping to Madison",
#: "out to Eugene", "moved here from Charlotte"): the city, not a child called so.
TRAVEL_BEFORE = re.compile(
    r"\b(?:drive|driving|drove|trip|tripping|road-?trip\w*|moved|moving|move|travel\w*|fly"
    r"|flying|flew|flight|out|down|up|over|way|back|visit\w*|here|viaje|viajar|mudaron|mud[oó])"
    r"\s+(?:\w+\s+)?(?:to|from|in|a|de|desde|hacia)\s+$",
    re.I,
)


#: A family word right before a name: whatever the name, it is a person ("su mamá Chayo").
KIN_BEFORE = re.compile(
    r"\b(?:(?:his|her|their|the|our|su|sus|la|el)\s+)(?:mom|mommy|mother|dad|daddy|father"
    r"|grandma|grandmother|grandpa|grandfather|granny|nana|son|daughter|brother|sister|baby"
    r"|twin|aunt|auntie|uncle|cousin|mam[aá]|mami|madre|pap[aá]|papi|padre|abuelit[oa]|abuel[oa]"
    r"|hij[oa]|herman(?:it)?[oa]|t[ií][oa]|prim[oa]|beb[eé])\s+$|\b(?:named|called|llamad[oa]"
    r"|little|peque[ñn][oa])\s+$"
    # a kin word as a title: "Grandma Bernadette", "Tía Lupe"
    r"|\b(?-i:Grandma|Grandpa|Granny|Nana|Aunt|Auntie|Uncle|Abuela|Abuelo|Abuelita|Abuelito"
    r"|T[ií]a|T[ií]o|Lola|Lolo)\s+$"
    # whose parent called: "la mamá de Yunieski", "the dad of Kaysen" (a child of theirs)
    r"|\b(?:la\s+mam[aá]|el\s+pap[aá]|la\s+madre|el\s+padre|los\s+pap[aá]s|la\s+abuel[ai]ta?"
    r"|el\s+abuel[io]t?o?|the\s+(?:mom|dad|mother|father|parents|grandma|grandpa))\s+(?:de|of)"
    r"\s+$",
    re.I,
)


def _clause(text: str, start: int, end: int) -> str:
    """The part of the sentence between semicolons holding start..end: a list of sources or
    items is several statements, each with its own context."""
    sentence = sentence_of(text, start, end)
    left = max(text.rfind(";", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(";", end), text.find("\n", end)) if i != -1]
    clause = text[left + 1 : min(right) if right else len(text)]
    return clause if len(clause) < len(sentence) else sentence


#: After a titled name, its possessive and a business: a shop or a place, not a parent.
BUSINESS_AFTER = re.compile(
    # only words that name a shop: "Sofia's kitchen", "Liam's farm" may be a child's home
    r"['’]s\s+(?:(?:new|old|little|family|tiny)\s+)?(?:bakery|bake shop|shop|store|restaurant"
    r"|cafe|café|diner|salon|barbershop"
    r"|deli|market|pizza|pizzeria|tacos|taqueria|grill|pub|bookstore|boutique)\b"
    # a shop's name as written, capitalised: "Kim's Alterations", "Dave's Hardware",
    # "Ruthie's Resale", "Hamm's Orchard", "Marguerite's Café", "Lou's Barbershop"
    r"|['’]s\s+(?-i:(?:[A-Z][\w'’&-]*\s+)?(?:Alterations|Hardware|Resale|Orchard|Cafe|Café"
    r"|Barbershop|Barber Shop|Bakery|Tamales|Tacos|Pizza|Kitchen|Diner|Deli|Market|Grocery"
    r"|Pharmacy|Salon|Studio|Boutique|Florist|Flowers|Cleaners|Dry Cleaners|Auto|Garage|Tire"
    r"|Tires|Books|Toys|Farm|Dairy|Creamery|Greenhouse|Nursery|Place|Grill|Cantina|Bistro"
    r"|Laundromat|Daycare|Dance|Gym|Martial Arts|Karate))\b",
    re.I,
)


def _media(text: str, token: Token) -> bool:
    """A paragraph about a book, a show, a song or a film: its names are characters, unless
    a person word or a verb with her/his marks one as somebody's child."""
    around = paragraph(text, token.start)
    if not MEDIA_WORDS.search(around) or CELEBRATED.search(around):
        return False
    before = text[max(0, token.start - 40) : token.start]
    # (in a story, "uncle Bruno" and "Mirabel's sister Luisa" are its characters: only a
    # patient word or a thank-you makes one a real child, or their cast, fever or visit:
    # "Eitan's cast came off", beside "a cartoon of our receptionist")
    return not (PATIENT_BEFORE.search(before) or MINE_AFTER.match(text, token.end)
                or SURGERY_AFTER.match(text, token.end) or SPOKEN_TO.match(text, token.end))


#: After a name, the reader's own thing: the name is someone spoken to, no character ("P.S.
#: Ethan Park, your library book about sharks is at the front desk").
SPOKEN_TO = re.compile(r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2},[ \t]+(?i:your|tu|tus)\b")


#: Their own operation or illness told right after their name, even in a paragraph about
#: songs: "Esperanza Vukovich, who, two weeks after getting her tonsils out, sang".
SURGERY_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:her|his|their|su|sus)\s+(?:[\w-]+\s+)?(?:tonsils|adenoids|appendix"
    r"|cast|stitches|surgery|operation|ear tubes|chemo\w*|am[ií]gdalas|yeso|puntos|cirug[ií]a"
    # ... or their own visit or shots: "When Zuri came in for her checkup" (no character
    # of a song sung at the same visit has one)
    r"|operaci[oó]n|checkup|check-up|well visit|follow-up|shots|vaccines|vacunas|consulta"
    r"|chequeo)\b",
    re.I,
)


#: A child's own cast, illness or visit, after their name (a character has no checkup:
#: "Arthur's glasses", "Mirabel's sister" stay the story's).
MINE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:cast|fever|rash|checkup|check-up|visit|shots?|vaccines?"
    r"|surgery|diagnosis|asthma|allergy|cough|stitches|x-ray|appointment|inhaler)\b",
    re.I,
)


#: Words that make a name in a film's paragraph a real child: "our patient", "congrats to".
PATIENT_BEFORE = re.compile(
    r"\b(?:patient|paciente|shout-?out to|congrat\w*|felicidades a|thank you,?|thanks to"
    r"|gracias a|happy birthday|feliz cumplea[ñn]os|our little|nuestr[oa] pequeñ[oa]"
    r"|(?:we|I) (?:just )?(?:saw|treated|examined|vaccinated)|vimos a|atendimos a)\W+$",
    re.I,
)
#: Words of books, shows, songs and films: their names are characters' names.
MEDIA_WORDS = re.compile(
    # (a film on a wound or an eye is no movie: "a yellowish film is normal healing")
    r"\b(?:novels?|(?<!yellowish )(?<!yellow )(?<!white )(?<!thin )(?<!clear )(?<!sticky )"
    r"(?<!tear )(?<!plastic )films?|movies?|TV shows?|TV series|episodes?|characters?|cartoons?"
    # (a song as a work, not the one sung at bedtime: "the same bath, book and song")
    r"|songs? (?:by|about|called|from|titled)|theme songs?|(?:his|her|their) songs?"
    r"|lyrics|album|picture book|children's book|book by|books? about|bookshelf|book club"
    r"|novelas?|pel[ií]culas?|episodios?"
    r"|personajes?|caricaturas?|dibujos animados|canci[oó]n|telenovelas?"
    r"|programa de (?:tele|tv)|ronda infantil"
    # the titles and studios themselves, capitalised: "frozen peas", "coco rallado" and
    # "a bluey-grey rash" are no films
    r"|(?-i:Disney|Pixar|Netflix|Nickelodeon|PBS Kids|Sesame Street|Muppets?|Paw Patrol"
    r"|Patrulla (?:de Cachorros|Canina)|Pocoy[oó]|Encanto|Mafalda|Bluey|Peppa|Telerines"
    r"|Familia Peluche|Betty la fea|El Chavo|Plaza S[eé]samo|Topo Gigio|Cri-Cri|Barney"
    r"|Daniel Tig(?:er|re)|Frozen|Toy Story|Coco))\b",
    re.I,
)
