"""Dates tied to a person (birth, visit, admission, discharge, death) and ages over 89.

A date alone is never flagged: "flu clinic on Saturday, October 17" is a public event, and
"born after October 1, 2025" is a rule for a vaccine. A date of birth is a date next to
"born", "DOB", "nació", "fecha de nacimiento"; any other date is a WARN when its sentence ties
it to one person's visit or life ("was admitted on October 3", "passed away on February 11",
"la dieron de alta el 2 de noviembre", "turned one last Tuesday"). English and Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .hits import Hit, block, paragraph, sentence_of, sentence_span, warn
from .lexicon import ONE_OF_OURS, PUBLIC_FIGURES, REGIONAL_CHILD, WEEKDAY, fold

_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ES_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre"
    r"|diciembre)"
)
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty-first)"
)
#: Days of the month in Spanish words: "nació el veintitrés de mayo", "el dos de febrero".
_ES_DAY_WORDS = (
    r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[oó]s|veintitr[eé]s"
    r"|veinticuatro|veinticinco|veintis[eé]is|veintisiete|veintiocho|veintinueve|treinta"
    r"|treinta y uno)"
)
_YEAR = r"(?:,?\s+(?:(?:de|del)\s+)?(?:19|20)\d{2}\b)?"
#: A calendar date with at least a month and a day (a year alone is never flagged), or a
#: weekday with its day of the month ("last Tuesday, the 29th", "el martes 4").
DATE = re.compile(
    rf"\b{_EN_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b{_YEAR}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}\b\.?{_YEAR}"
    rf"|\b(?:the\s+)?{_ORDINAL_WORDS}\s+of\s+{_EN_MONTH}\b{_YEAR}"
    rf"|\b{_EN_MONTH}\s+(?:the\s+)?{_ORDINAL_WORDS}\b{_YEAR}"
    rf"|\b(?:\d{{1,2}}|primero|1[°º]|1ro|{_ES_DAY_WORDS})\s+de\s+{_ES_MONTH}\b{_YEAR}"
    rf"|\b{WEEKDAY},?\s+(?:the\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th))\b"
    rf"|\b{WEEKDAY}\s+\d{{1,2}}\b(?![:.,]\d|\s*(?:h\b|hrs?\b|horas|am\b|pm\b|a\.\s?m|p\.\s?m"
    r"|de la (?:ma[ñn]ana|tarde|noche)|(?:de|a)\s+\d|-\d))"
    # ("24/7" is round the clock, no day of July)
    r"|(?<![\d/.])(?!24/7\b)\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\d/])(?!\s*(?:mg|ml|mL|kg|lb|oz|%))"
    r"|(?<![\d\-])\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})(?![\d\-])|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b"
    # a day of this month told alone: "el pasado 14", "el día 3"
    r"|\bel\s+(?:pasado|d[ií]a)\s+\d{1,2}\b(?!\s*(?:de\s|%|a[ñn]os|meses|semanas|d[ií]as"
    r"|horas|veces|minutos|mg|ml|[.,]\d))"
    r"|(?<![\d.])(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?![\d.])"
    # a day of this month told alone: "discharged on the 14th" (not "on the 3rd floor")
    r"|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|day|week|month|time|birthday"
    r"|percentile|grade|street|st\b|avenue|ave\b|inning|hole|lap|place|try|attempt|dose"
    r"|of\s+(?:every|each)))"
    r"|\b(?:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)|Thanksgiving(?: Day)?|Halloween"
    r"|Easter(?: Sunday)?|Fourth of July|July 4th|Mother's Day|Father's Day|Valentine's Day"
    r"|Nochebuena|Navidad|A[ñn]o Nuevo|D[ií]a de (?:Reyes|Acci[oó]n de Gracias|las Madres"
    r"|los Muertos|San Valent[ií]n)"
    # the holidays of a town's year ("on Memorial Day", "the morning after the Fourth", "la
    # noche de la Gritería"): tied to one child's visit, they date it
    r"|Memorial Day|Labor Day|Independence Day|Juneteenth|Veterans Day|MLK Day"
    r"|Martin Luther King(?: Jr\.?)? Day|Presidents['’]? Day|St\.? Patrick['’]s Day"
    r"|Cinco de Mayo|Semana Santa|Viernes Santo|la Griter[ií]a|la Pur[ií]sima"
    r"|Lunar New Year"
    r"|Eid al-(?:Fitr|Adha)|Diwali|Hanukkah|Rosh Hashanah|Yom Kippur"
    r"|(?<=after )(?-i:the Fourth)|(?<=before )(?-i:the Fourth)|(?<=on )(?-i:the Fourth))\b",
    re.I,
)
DOB_WORD = re.compile(
    r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s?date|fecha\s+de\s+nacimiento|F\.?\s?N\.?"
    r"|f\.\s?nac\.?|fecha\s+de\s+nac\.?|fecha\s+nac\.?|\(?nac\.)(?![\w])",
    re.I,
)
#: "born on", "birthday is", "nació el": the date right after them is a date of birth.
BORN_BEFORE = re.compile(
    r"\b(?:born|birthday(?: of \w+)?|birth|b\.|naci[oó]|nacieron|nacid[oa]s?|naci(?:miento)?"
    r"|cumplea[ñn]os(?: de \w+)?|DOB"
    r"|D\.O\.B\.?|date\s+of\s+birth|birth\s?date|fecha\s+de\s+nacimiento"
    r"|turned\s+(?:\w+|\d+)(?:\s+years?(?:\s+old)?)?|cumpli[oó]\s+(?:\w+|\d+)\s+a[ñn]os?)"
    r"[\s:,(|]+(?:(?:is|was|falls|on|the|el|en|es|fue|is on|:)\s+){0,3}$",
    re.I,
)
#: A full date and, later in the clause, one child born: "el 21 de mayo de 2025, nació en el
#: Memorial el bebé" (not "every baby born after ...": a plural or a rule has no one's date).
BORN_LATER = re.compile(
    r",?\s+(?:(?!every|each|all|cada|tod[oa]s)[^.!?\n;]){0,45}?\b(?:was born|naci[oó]"
    r"|vino al mundo|came into the world|lleg[oó] al mundo)\b", re.I)
BORN_AFTER = re.compile(r"^(?:'s)?\s+(?:birthday|birth)\b", re.I)
BORN_NEAR = re.compile(r"\b(?:born|birthday|naci[oó]|nacieron|nacid[oa]s?|cumplea[ñn]os)\b", re.I)
#: A date after these words is a range for a rule ("born after October 1, 2025"), not a DOB.
RANGE_WORD = re.compile(
    r"\b(?:before|after|between|since|from|until|by|and|through|to|or|antes|despu[eé]s"
    r"|entre|desde|hasta|y|o|a partir)\s+(?:del?\s+|el\s+)?$",
    re.I,
)
#: Words that tie a date to one person's visit or life event (not "flu shots start Oct 1").
PERSON_EVENT = re.compile(
    r"\b(?:came in|come in|came back|brought (?:him |her |them )?in|(?:was|were) seen|saw|seen"
    r"|(?:was|were) admitted|admitted|(?:was|were) discharged|discharged|diagnosed|presented"
    r"|visited (?:us|the ER|urgent care)|hospitali[sz]ed|passed away|died|death|funeral"
    r"|atendimos|atend[ií]|vimos|(?:put|placed) (?:[\w-]+ ){0,3}?in a (?:cast|sling|splint)"
    r"|wrapped (?:him |her |them )?up|stitched"
    # one case the practice treated: "Siobhan fixed one on Monday, September 7"
    r"|\b(?:fixed|treated|reduced|splinted|casted|popped back)\s+(?:one|him|her|it)\b"
    r"|(?:came|went|arrived|was brought) home|(?:lleg[oó]|volvi[oó]) a (?:su )?casa"
    r"|sali[oó] del hospital|se fue a (?:su )?casa|(?:entra|entr[oó]|pas[oó]) a (?:cirug[ií]a"
    r"|quir[oó]fano)|(?:fue|fueron)\s+dad[oa]s?\s+de\s+alta|tuvo\s+su\s+(?:cirug[ií]a|operaci[oó]n"
    r"|quir[oó]fano)|(?:su|la) (?:cirug[ií]a|operaci[oó]n) (?:es|fue|ser[aá])"
    # (one named child's: "our 2nd grader's first asthma flare"; "a child's visit" is anyone's)
    r"|(?:his|her|their|the baby's|the child's|(?!(?:child|baby|kid|patient)['’]s)[\w-]+['’]s)"
    r" (?:[\w-]+ ){0,3}?"
    r"(?:appointment|visit|checkup"
    r"|flare|attack|episode|reaction|fall|fracture|concussion|ER visit|hospital stay"
    r"|shot|vaccine|dose"
    r"|check-up|surgery"
    r"|follow[- ]?up|recheck|admission|discharge|operation|procedure|diagnosis|birthday|seizure"
    r"|(?:sports |school )?physical|well visit|shots|vaccines|\w+ectomy|\w+otomy|\w+plasty"
    r"|MRI|CT|x-ray|ultrasound|biopsy|infusion|chemo\w*|transplant|cast|stitches"
    # a counselor's or a therapist's visit: "her first session on September 8"
    r"|session|evaluation|assessment|consult|consultation|exam|screening|therapy)"
    r"|(?:is|was) scheduled for|est[aá] programad[oa] para"
    r"|\b(?:lo |la |le )?(?:vimos|atendimos|revisamos|vacunamos|operamos|internamos"
    r"|dimos de alta)\b"
    # "had surgery on Jan 8", "has hers scheduled for the 12th": the event is one person's
    r"|(?<!who )(?<!that )\b(?:had|has|got|needed|underwent)\s+"
    r"(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:surgery|operation|procedure|MRI|CT scan|x-ray|ultrasound|biopsy|stitches|cast"
    r"|infusion|transplant|\w+ectomy)\b"
    r"|\b(?:his|hers|her|theirs|their|he|she)\b[^.!?\n]{0,30}\bscheduled (?:for|on)"
    r"|(?:lo|la) (?:operaron|operamos|revisamos|vacunamos|enyesamos)"
    r"|follow[- ]?up visit|recheck|had (?:his|her|their) surgery|went home|sent home"
    r"|lost (?:one of our|a|our) (?:[\w-]+ )?(?:patients?|babies|baby|kids?|children|child)"
    r"|swallowed|choked|was bitten|got bitten|fell (?:off|from|down)|se trag[oó]|se ahog[oó]"
    r"|got sick|threw up|vomited|se enferm[oó]|vomit[oó]|se puso (?:su|la|el) "
    r"|passed on(?=\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|tested positive|dio positivo|sali[oó] positivo"
    r"|lo mordi[oó]|la mordi[oó]|se cay[oó]|se quem[oó]"
    r"|left the (?:hospital|NICU|ICU|PICU)|had (?:his|her|their) (?:[\w-]+ ){1,2}(?:out|removed"
    r"|put in|taken out|done|set|fixed|off)"
    # "our patient had hers out 10/1": the tonsils, the cast, the tubes of one child
    r"|had (?:hers|his|theirs) (?:out|removed|put in|taken out|done|set|fixed|off)"
    r"|(?:we|I) lost|(?:(?:physical|checkup|check-up|appointment|visit|surgery) (?:for|with)"
    r" (?:the|our|a|his|her) \w+)|(?:lo|la|los|las) (?:internaron|internamos|ingresaron)"
    r"|sali[oó] del hospital|(?:lo|la) perdimos|perdimos a"
    r"|(?:lo|la|los|las) (?:dieron|dimos) de alta|dad[oa] de alta|de alta|internad[oa]"
    r"|hospitalizad[oa]|ingres[oó]|ingresad[oa]|admitid[oa]|atendid[oa]|trasladad[oa]|falleci[oó]"
    r"|muri[oó]|convulsi[oó]n|ha tenido"
    r"|tuvo"
    r"|fainted|collapsed|passed out|got hurt|was hurt|was injured|se desmay[oó]|se lastim[oó]"
    # an injury or a stay told of one person: "broke his wrist on August 16", "spent the
    # holiday in the burn unit", "terminó en urgencias el martes pasado"
    r"|(?:broke|fractured|sprained|dislocated|burned|scalded|cut|split) (?:his|her|their)"
    r"|spent (?:the|that|a|his|her|their) (?:holiday|night|weekend|week|day|\w+ (?:days|nights))"
    r" (?:in|at)|ended up (?:\w+ )?(?:in|at)|ended up overnight|spent the night of"
    r"|termin[oó] en|acab[oó] en|se fractur[oó]|se rompi[oó]|diagnosticamos|diagnostiqu[eé]"
    r"|nos dej[oó](?= el\b| este\b| hace\b|,)|se nos fue"
    # a trip home or the first day of an illness: "regresó de Honduras el 2 de agosto",
    # "was in on Feb 6", "empezó con fiebre el día 6"
    r"|regres[oó] de|volvi[oó] de|came back from|returned from|empez[oó] con|comenz[oó] con"
    r"|started (?:with|having)|(?:was|were) in(?= (?:on|last|this|yesterday|today)\b)"
    # a stay, a first, a visit for one child: "was in the hospital from January 5 to 9",
    # "took his first steps on Mother's Day", "opened on New Year's Day for a ten-year-old
    # girl with a burn"
    r"|(?:was|were|stayed) in the (?:hospital|NICU|PICU|ICU|ER|burn unit)"
    r"|(?:took|said|got|cut) (?:his|her|their) first (?:steps|words?|tooth|haircut)"
    r"|for an? [\w-]+-(?:year|month|week)-old (?:[\w-]+ )?(?:girl|boy|baby|child|kid|toddler"
    r"|teen|patient )?with"
    # "when her 18-month-old had a febrile seizure ... on August 30"
    r"|had (?:a|an|her|his|their) (?:[\w-]+ ){0,2}?(?:seizure|reaction|accident|fall|attack"
    r"|convulsion|episode|injury|crisis|scare)"
    r"|le (?:tocaron|tocó|pusimos|pusieron|dimos|dieron|aplicamos|aplicaron)|recibi[oó]"
    r"|(?:vino|vinieron|lleg[oó]|llegaron) a (?:la |su )?(?:consulta|cita|revisi[oó]n|control"
    r"|cl[ií]nica|urgencias|sala de urgencias)|vino|vinieron|lleg[oó]|la vimos"
    r"|(?:la|su|en la) (?:consulta|cita|visita|revisi[oó]n) del?"
    r"|lo vimos|la atendimos|lo atendimos|atendimos|su (?:cita|consulta|operaci[oó]n"
    r"|cirug[ií]a|visita|control)|operad[oa]|diagnosticad[oa])\b",
    re.I,
)
#: A date beside an event is one person's only when one person is in the sentence ("flu
#: season came early", "kids who were admitted with RSV peaked on December 2" are not).
ONE_PERSON = re.compile(
    r"\b(?:he|she|him|her|his|hers|patient|baby|child|kid|boy|girl|toddler|preschooler"
    r"|kindergartner|grader|teen|teenager|newborn|infant|son|daughter|family|mom|dad|mother"
    r"|father|grandma|grandpa|player|goalie|athlete|student|freshman|junior|senior"
    r"|él|ella|paciente|beb[eé]|ni[ñn][oa]|hij[oa]|familia|mam[aá]"
    r"|" + ONE_OF_OURS + r""
    r"|pap[aá]|chic[oa]|abuel[oa]"
    # Spanish diminutives and pet words for one child: "nuestro pacientito", "la nenita"
    r"|pacientit[oa]|bebit[oa]|ni[ñn]it[oa]|hijit[oa]|nenit[oa]|nen[ea]|chiquit[oa]"
    r"|chamaquit[oa]|little (?:friend|buddy|guy|man|lady|one|champ)|" + REGIONAL_CHILD + r""
    r"|(?:a|an|one|our|the|this) (?:\d+|\w+)-(?:year|month|week)-old"
    r"|quarterback|pitcher|point guard|goalkeeper|catcher|striker|swimmer|gymnast|dancer"
    r"|jugador(?:a|cit[oa])?|porter[oa]|atleta|deportista|alumn[oa]|estudiante)\b",
    re.I,
)
#: One child by a word only a child is called (no adult pronoun: "Dr. Rivera presented her
#: study on May 3" is a public talk): "the three-month-old", "our goalie patient", "one of
#: our kindergarteners", "un chaval de seis años", "a un varoncito de cinco días".
_CHILD_WORD = (r"(?:patient|baby|child|kid|boy|girl|toddler|preschooler|kindergart[ne]+r"
               r"|grader|newborn|infant|preemie|teen)")
#: "A 3-year-old can swallow a button battery": a child of advice, anyone's.
_NO_MODAL = (r"(?!\s+(?:can|could|may|might|should|will|would|must|needs?|puede|debe)\b)")
_NINO = (r"(?:ni[ñn][oa]|beb[eé]|paciente|pacientit[oa]|hij[oa]|chaval|chavala|peque|"
         + REGIONAL_CHILD + ")")
ONE_CHILD = re.compile(
    # (one: "a few teen patients", "the baby" of advice followed by a plural are many)
    r"\b(?:(?:the|our|a|an|one|this|that)\s+(?!few\b|couple\b|lot\b|number\b)"
    r"(?:[\w-]+\s+){0,2}?" + _CHILD_WORD + r"(?!s?\s+[a-z]+s\b)" + _NO_MODAL
    + r"|(?:\d+|\w+)-(?:year|month|week|day)-old(?!s)" + _NO_MODAL
    # (one of the children: "one of our doctors" is on call, no one's event)
    + r"|one of our (?:[\w-]+ )?(?:patients|kids|babies|toddlers|preschoolers|kindergart[ne]+rs"
    r"|graders|newborns|preemies|teens|players|athletes|[\w-]+-olds)"
    r"|(?:her|his|their) (?:son|daughter|baby|boy|girl|little one|toddler)"
    # Spanish: "su hijo", "el niño", "un niño" are anyone's; an age, "nuestro", a pet word
    # make one: "un chaval de seis años", "nuestra pacientita", "a un varoncito"
    r"|(?:nuestr[oa]|mi) (?:[\w-]+ )?" + _NINO
    + r"|(?:un|una|el|la|su) (?:[\w-]+ )?" + _NINO
    + r" de (?:\w+ ){1,2}(?:a[ñn]os|meses|d[ií]as|semanas)"
    r"|(?:el|la|un|una|su) (?:varoncito|pacientit[oa]|bebit[oa]|nenit[oa]|nen[ea]|bich[oa])"
    r"|(?:la|el|los) (?:bebit[oa]|beb[eé]|ni[ñn][oa]|nen[ea]) de l[oa]s [A-Z]\w+)\b",
    re.I,
)
#: A verb in the past: the date is when something happened to that child, not a rule's day.
PAST_VERB = re.compile(
    r"\b(?:(?!need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|indeed|bed|red|closed"
    r"|scheduled|required|based|used|expected|allowed|located)[a-z]{2,}ed"
    r"|took|had|went|came|sent|got|made|ran|fell|broke|was|were|left|began|did|rode|swam|wrote"
    r"|estuvo|tuvo|fue|hizo|dio|vino|trajo|puso|dijo|pudo"
    r"|[a-záéíñ]{2,}(?:ó|aron|ieron)"
    r"|(?:lo|la|le|los|las|les) [a-záéíñ]{3,}(?:amos|imos))\b",
)
#: A date told as a rule or a deadline ("starting", "by", "until", "before"): no one's event.
RULE_DATE_BEFORE = re.compile(
    # ("desde el 3 de nov. hasta el viernes", "from May 2 to May 5" are a stay, not a rule)
    r"\b(?:starting|starts?|begins?|beginning|by|before|after|open"
    r"|opens|deadline|due|a partir del?|antes del?|despu[eé]s del?|every|each|cada)"
    r"\s+(?:(?:on|el|the)\s+)?(?:\w+,?\s+)?$",
    re.I,
)

#: Events told of one person by the verb itself: "was admitted", "vino a consulta",
#: "falleció", "la dieron de alta".
SINGULAR_EVENT = re.compile(
    # a chart-style micro note: "Discharged Nov. 2nd after three days."
    r"^\s*(?:admitted|discharged|diagnosed|hospitali[sz]ed|seen in (?:the )?(?:ER|clinic)"
    r"|dad[oa] de alta|internad[oa]|ingres[oó])\b"
    r"|\b(?:was (?:admitted|discharged|seen|diagnosed|hospitali[sz]ed|born)|one of (?:our|my)"
    r"|(?:we|I) (?:diagnosed|treated|examined|admitted|stitched|operated on|discharged)"
    r"|(?:la|lo) (?:dieron|dimos) de alta|(?:la|lo) (?:vimos|atendimos|operaron|internaron)"
    r"|(?:a )?(?:la|el) (?:que|quien) (?:diagnosticamos|atendimos|vimos|operamos|internamos)"
    r"|(?:vino|lleg[oó]) a |(?:ingres[oó]|falleci[oó]|muri[oó]|naci[oó]) |internad[oa]"
    r"|perdimos a (?:un|una|uno|nuestr)|(?:lo|la) (?:internamos|ingresaron)"
    r"|hospitalizad[oa]|(?<!who )(?:died|passed away)\b|\bwho passed\b"
    # "the bus driver for 31 years passed on October 2": a death told with its date
    r"|\bpassed on(?=\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun))"
    r"|operad[oa]|dad[oa] de alta|diagnosticad[oa]"
    # a Spanish passive is one person's: "Fue ingresada el 9 de julio", "fue atendido el lunes"
    r"|\bfue (?:ingresad|admitid|atendid|trasladad|intervenid|dad)[oa]\b"
    # "el bebé que nos dejó el 2 de noviembre": a death, told gently
    r"|\bnos dej[oó](?= el\b| este\b| hace\b|,)|\bse nos fue\b"
    # a homecoming (from the NICU, an adoption) told of one child, not of "they", "we", "families"
    r"|(?<!they )(?<!we )(?<!families )(?<!kids )(?:came|went|arrived|was brought) home\b"
    r"|(?<!se )(?:lleg[oó]|volvi[oó]) a (?:su )?casa\b)",
    re.I,
)
WEEKDAY_STEMS = ("day", "lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo")
#: A life event with a relative day: "turned one last Tuesday", "cumplió un año el sábado pasado".
RELATIVE_EVENT = re.compile(
    # ("turns" an age: "turned one last Tuesday"; "the river turns green on Saturday" is no one's)
    r"\b(?:(?:turned|turns)(?!\s+(?:green|red|blue|orange|pink|purple|gold|white|black|dark"
    r"|cold|warm|hot|brown|yellow|gray|grey|into|out|off|on|over|around|back|to)\b)"
    r"|was born|passed away|died|was admitted|was discharged|went home"
    r"|cumpli[oó]|cumplieron|naci[oó]|nacieron|falleci[oó]|muri[oó]|la dieron de alta"
    r"|lo dieron de alta|los dieron de alta)\b"
    rf"[^.!?\n]{{0,30}}?\b(?:(?:last|this past|on|this)\s+{WEEKDAY}"
    rf"|(?:el|este)\s+{WEEKDAY}(?:\s+pasado)?)\b",
    re.I,
)

#: An age no pediatric patient has (21 to 89): a staff member's or a parent's birthday.
ADULT_BIRTHDAY = re.compile(
    r"(?i)(?:turned|turns|cumpli[oó])\s+(?:(?:2[1-9]|[3-8]\d)\b|(?:twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta)\b)")

#: The subject of "turned 25" is a place, not a person: an anniversary is no one's record.
INSTITUTION_BEFORE = re.compile(
    r"\b(?:practice|clinic|office|hospital|program|company|store|library|school|consultorio"
    r"|cl[ií]nica|programa|escuela)\s+(?:turned|turns|cumpli[oó]|cumple)\b",
    re.I,
)

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_ES_UNITS = "uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
_OLD = r"(?:9\d|1[0-2]\d)"
AGE_OVER_89 = re.compile(
    rf"\b{_OLD}\s*-?\s*(?:years?|yrs?)[-\s](?:old|young|of age)\b"
    rf"|\b{_OLD}\s*(?:y/?o)\b"
    rf"|\b(?:aged?|age of|turned|turning|turns|who is|who was|who's|is now|will be|will turn"
    rf"|who turns|cumpli[oó]|cumple|cumplirá"
    rf"|cumplir[aá]|tiene|ten[ií]a|de edad de)\s+(?:ya\s+|already\s+)?{_OLD}\b"
    r"(?!\s*(?:%|percent|°|degrees|mg|lb|pounds|kg|minutes|days|por ciento))"
    rf"|\b{_OLD}(?:st|nd|rd|th)\s+birthday\b"
    rf"|\bninety(?:[- ](?:{_NUMBER_WORDS}))?(?:[- ]years?[- ]old|(?=\s+(?:next|this|last|and"
    r"|years?)\b))"
    rf"|\b(?:turned|turning|turns|aged|age)\s+(?:one\s+)?hundred\b"
    r"|\b(?:is|was|she's|he's|turned|turns|turning|aged|of|cumpli[oó]|tiene)\s+(?:a|one|cien|ciento)"
    r"(?:\s+hundred)?(?:\s+(?:and|y)\s+\w+)?(?=\s+(?:years|a[ñn]os|and still|y sigue|,|\.))"
    r"|\bciento\s+\w+\s+a[ñn]os\b|\ba hundred and \w+\b"
    # "a great-grandmother of one hundred and two"
    r"|\b(?:great-)*grand\w+\s+of\s+(?:a|one)\s+hundred(?:\s+and\s+\w+)?\b"
    rf"|\b(?:turned|turning|turns|aged|who is|who's|who was|is now)\s+ninety"
    rf"(?:[- ](?:{_NUMBER_WORDS}))?\b"
    r"|\bin (?:his|her|their) (?:late |mid-?)?(?:90s|nineties)\b"
    # a titled person and the age in an appositive: "Mr. Ortiz, 94, who babysits"
    rf"|\b(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|Don|Do[ñn]a)\.?\s+[A-ZÁÉÍÓÚÑ][\w'’-]+,\s*{_OLD}\b"
    rf"(?!\s*(?:%|mg|ml|kg|lb|pounds|degrees|°))"
    # an elder and the age in an appositive: "a great-grandpa, 102 last month,"
    rf"|\b(?:grandpa|grandma|grandfather|grandmother|great-grand\w+|abuel[oa]|bisabuel[oa]"
    rf"|tatarabuel[oa]|neighbou?r|vecin[oa]|man|woman|se[ñn]ora|se[ñn]or|don|do[ñn]a)\s*,\s*"
    rf"(?:now\s+|ahora\s+|ya\s+|still\s+)?{_OLD}\b(?!\s*(?:%|mg|ml|kg|lb|pounds|degrees|°))"
    rf"|\b{_OLD}\s+a[ñn]os\b"
    rf"|\bnoventa(?:\s+y\s+(?:{_ES_UNITS}))?\s+a[ñn]os\b|\bcien\s+a[ñn]os\s+de\s+edad\b"
    rf"|\b(?:cumpli[oó]|cumple|tiene|de)\s+noventa(?:\s+y\s+(?:{_ES_UNITS}))?\b"
    r"|\bcentenari[oa]\b|\bcentenarian\b"
    # a pronoun and the age as a predicate: "He is 91", "she'll be 96 in November" (90-99
    # only: "he was 102 last night" is a fever)
    r"|\b(?:he|she)(?:\s+(?:is|was|will be|turned|turns|just turned)|['’]s|['’]ll be)"
    r"\s+(?:now\s+|already\s+)?9\d\b(?![.,]\d)"
    r"(?!\s*(?:%|mg|ml|kg|lb|pounds|degrees|°|percent|th|st|nd|rd|minutes|days|words))"
    # an elder and the age as a predicate: "the lady is 102", "la señora tiene 97" (not "her
    # fever was 102": only a word for an elder takes it)
    rf"|\b(?:lady|woman|man|gentleman|(?:great-)*grand(?:ma|pa|mother|father|mom|dad)"
    rf"|matriarch|patriarch|se[ñn]ora|se[ñn]or|(?:bis|tatara)?abuel[oa]|abuelit[oa])"
    rf"\s+(?:is|was|turned|just turned|will be|es|era|cumpli[oó])\s+{_OLD}\b"
    r"(?!\s*(?:%|mg|ml|kg|lb|pounds|degrees|°|percent|por ciento))"
    # a birthday as an ordinal in words: "her ninety-sixth birthday", "his hundredth birthday"
    r"|\b(?:ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|(?:one )?hundredth|(?:one )?hundred(?: and)? (?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth))\s+birthday\b",
    re.I,
)
AGE_GATE = re.compile(r"\b(?:9\d|1[0-2]\d)\b|ninet|noventa|hundred|cien", re.I)
#: "90 years" that are not a person's age.
NOT_AN_AGE = re.compile(
    r"\b(?:ago|since|history|anniversary|aniversario|hace|of (?:research|experience|service)"
    r"|for|over|more than|than|about|nearly|almost|past|last|durante|por|m[aá]s de|desde)\b",
    re.I,
)


def _is_birth_date(prose: str, match: re.Match[str]) -> bool:
    before = prose[max(0, match.start() - 45) : match.start()].rsplit("\n\n", 1)[-1]
    after = prose[match.end() : match.end() + 25].split("\n\n", 1)[0]
    if BORN_BEFORE.search(before) or BORN_AFTER.match(after):
        return not RANGE_WORD.search(before)
    if DOB_WORD.search(before):
        return True
    has_year = bool(re.search(r"(?:19|20)\d{2}$|/\d{2,4}$", match.group(0)))
    if has_year and BORN_LATER.match(prose, match.end()) and not RANGE_WORD.search(before):
        return True  # "on September 11, 2023, a 1 lb 9 oz boy was born"
    return has_year and bool(BORN_NEAR.search(before)) and not RANGE_WORD.search(before)


#: Every DATE match holds a month's name, a holiday, or digits joined by / - or . (a cheap
#: test on the note's words before the costly expression).
DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "christmas",
        "thanksgiving",
        "halloween",
        "easter",
        "year's",
        "mother's",
        "father's",
        "valentine's",
        "navidad",
        "nochebuena",
        "reyes",
        "muertos",
        "madres",
        # the holidays of a town's year (see DATE)
        "memorial", "labor", "independence", "juneteenth", "veterans", "mlk", "presidents",
        "presidents'", "patrick's", "cinco", "santa", "santo", "griteria", "gritería",
        "purisima", "purísima", "lunar",
        "eid", "diwali", "hanukkah", "rosh", "yom", "fourth",
    ]
)
#: A weekday opens a date too when its day of the month follows ("el martes 4").
DATE_WORDS |= frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
        "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    ]
)
NUMERIC_DATE = re.compile(
    r"\d[/\-.]\d|\bd[ií]a de\b|\ba[ñn]o nuevo\b|fourth of july|\bel\s+(?:pasado|d[ií]a)\s+\d"
    r"|\bon the \d", re.I)


def _date_possible(prose: str) -> bool:
    if NUMERIC_DATE.search(prose):
        return True
    return not DATE_WORDS.isdisjoint(re.findall(r"[a-záéíóúñ']+", prose.lower()))


#: A year before 1920 dates history: no patient or parent was born then ("Virginia Apgar,
#: born June 7, 1909"); an age over 89 is its own finding (see `ages`).
HISTORICAL_YEAR = re.compile(r"(?<![\d.-])\b(?:1[0-8]\d\d|19[0-2]\d)\b(?![-.]\d)")
#: The same year written after the day and month ("1 de julio de 1818", "July 1, 1818").
HISTORICAL_AFTER = re.compile(r",?\s+(?:(?:de|del|of)\s+)?(?:1[0-8]\d\d|19[0-2]\d)\b")


_WORD = re.compile(r"[^\W\d_]+(?:(?:[.-]|['’](?!s\b))[^\W\d_]+)*")


TITLES = frozenset({"dr", "mr", "mrs", "ms", "st", "saint", "san", "santa", "sor", "don", "dona"})
#: After a date, the public day it is: "April 30, Children's Day", "30 de abril, Día del Niño".
PUBLIC_DAY_AFTER = re.compile(
    r",?\s+(?:(?:el|the)\s+)?(?:D[ií]a|Day|Semana|Week|Mes|Month|Feria|Fair|Jornada)\b"
    r"|,?\s+(?:[A-Z][\w'’]+\s+){1,3}(?:Day|Week|Month)\b"
)
#: Before a date, the weekday gone by: "last Tuesday, November 24", "el martes pasado, 24 de
#: noviembre": a moment told of someone, whatever the verb.
LAST_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:last|this past)\s+{WEEKDAY},?\s*$|\b(?:el|este)\s+{WEEKDAY}\s+pasado,?\s*$", re.I)
#: Before a date, words that make it a day of every year: "every March 2", "cada 5 de octubre".
EVERY_YEAR_BEFORE = re.compile(r"\b(?:every|each|cada|todos los|todas las)\s+(?:year\s+on\s+)?$",
                               re.I)


#: A day named after a saint is no one's life: "nació … en San Valentín" is a baby's birth.
SAINTS_DAY = re.compile(r"\b(?:en|on|el d[ií]a de|d[ií]a de)\s+(?:San|Santa|St\.?|Saint)\s+\w+")


def _public_figure_in(sentence: str) -> bool:
    """A known public figure named in full in the sentence (lexicon.PUBLIC_FIGURES).

    A middle initial is skipped: "John F. Kennedy" is the pair "john kennedy".
    """
    if not re.search(r"[A-ZÁÉÍÓÚÑ]\w+\.?\s+[A-ZÁÉÍÓÚÑ]", sentence):
        return False
    keys = [fold(w) for w in _WORD.findall(sentence) if len(w) > 1]
    if any(f"{a} {b}" in PUBLIC_FIGURES for a, b in pairwise(keys)):
        return True
    # a figure known by a title and one name: "Dr. Seuss's birthday"
    return any(a in TITLES and (b in PUBLIC_FIGURES or f"{a}. {b}" in PUBLIC_FIGURES)
               for a, b in pairwise(keys))


#: A birthday by its day of the month alone: "he turns 5 on the 12th", "she'll be 2 on
#: Friday the 13th", "cumple 3 años el 12".
BIRTHDAY_DAY = re.compile(
    # (an age in words or digits: "will be off on the 27th" is a day off, no birthday)
    r"\b(?:turns|turning|will turn|will be|['’]ll be|cumple|cumplir[aá])\s+(?:\d+|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|a year|un a[ñn]o"
    r"|sweet sixteen|double digits|[a-z]+teen|her|his|their|su)"
    r"(?:\s+(?:years?|a[ñn]os)(?:\s+old)?)?\s+(?:on\s+|el\s+)?"
    rf"(?:{WEEKDAY}\s+)?(?:the\s+)?(?P<day>\d{{1,2}}(?:st|nd|rd|th)?)\b"
    r"(?!\s*(?:years?|months?|weeks?|days?|a[ñn]os|meses|semanas|d[ií]as|%|mg|ml|kg|lb|de\s))",
    re.I,
)


#: Every birthday by its day holds a turning verb and a digit: tested first, cheaply.
BIRTHDAY_GATE = re.compile(r"(?i:turn|be\b|cumpl)[^\n]{0,40}\d")
#: Advice for any child, not one: "your child", "every baby", "kids who".
GENERIC_BEFORE = re.compile(
    r"\b(?:your|every|each|any|all|kids|children|babies|su\s+hij[oa]|los\s+ni[ñn]os|cada)\b",
    re.I,
)


#: A table's header cell that says birth (the guard reads a paragraph's lines joined).
TABLE_BIRTH_HEADER = re.compile(
    r"\|[^|\n]*\b(?:date of birth|birth ?date|DOB|born|fecha de nacimiento|f\.? de nac"
    r"|nacimiento|naci[oó])\b[^|\n]*\|",
    re.I,
)


def _table_births(prose: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    """Dates in the rows of a table whose header says birth ("| Fecha de nacimiento |")."""
    for header in TABLE_BIRTH_HEADER.finditer(prose):
        table_end = prose.find("\n\n", header.end())
        rows = prose[header.end() : table_end if table_end != -1 else min(len(prose),
                                                                          header.end() + 600)]
        for match in DATE.finditer(rows):
            start = header.end() + match.start()
            if any(s <= start < e for s, e in spans):
                continue
            spans.append((start, start + len(match.group(0))))
            yield block(start, start + len(match.group(0)), "privacy-dob",
                        f'Date of birth ("{match.group(0)}") in a table of births.',
                        "Fix: remove it; a year or an age in months is fine.")


#: A sentence that makes up its case: "Say a baby is born on March 17", "Supongamos que un
#: bebé nace el 17 de marzo", "Imagine a child born on ...".
SUPPOSE_BEFORE = re.compile(
    # (not "for example": "Por ejemplo, una de nuestras pacientitas nació el 12 de marzo")
    r"^\W*(?:say|suppose|imagine|let['’]s say|supongamos(?: que)?|digamos(?: que)?"
    r"|imaginemos(?: que)?)\s+(?:that\s+)?(?:a|an|un|una|your|su)\s", re.I)


def _sentence_before_the_one_of(prose: str, index: int) -> str:
    """The sentence before the one holding prose[index] ("" for the first)."""
    start = sentence_span(prose, index, index)[0]
    return sentence_of(prose, max(0, start - 2), max(0, start - 1)) if start > 1 else ""


def dates(prose: str) -> Iterator[Hit]:
    """Dates of birth (BLOCK) and other dates tied to a person (WARN)."""
    spans: list[tuple[int, int]] = []
    for match in BIRTHDAY_DAY.finditer(prose) if BIRTHDAY_GATE.search(prose) else ():
        if INSTITUTION_BEFORE.search(sentence_of(prose, match.start(), match.start())[:200]):
            continue  # "the clinic turns 25 on the 4th": no one's birth
        if GENERIC_BEFORE.search(prose, max(0, match.start() - 60), match.start()):
            continue  # "when your child turns 4 on the 1st of September": a rule, no one's
        spans.append(match.span("day"))
        yield block(
            match.start(),
            match.end(),
            "privacy-dob",
            f'A birthday ("{match.group(0)}"): the day of the month is part of a date of birth.',
            "Fix: remove the day; \"turns 5 this month\" is fine.",
        )
    for match in DATE.finditer(prose) if _date_possible(prose) else ():
        date = match.group(0).strip()
        if HISTORICAL_YEAR.search(date) or HISTORICAL_AFTER.match(prose, match.end()):
            continue
        sentence = sentence_of(prose, match.start(), match.end())
        if _public_figure_in(SAINTS_DAY.sub("", sentence)) or (
                _public_figure_in(_sentence_before_the_one_of(prose, match.start()))
                and re.match(r"\s*(?:He|She|Él|Ella|Muri[oó]|Naci[oó]|Died|Was born)\b",
                             sentence)):
            continue  # "Fred Rogers was born on March 20, 1928": a public life, no patient's
            # ("... Roberto Clemente ... Murió el 31 de diciembre de 1972": the same man)
        if EVERY_YEAR_BEFORE.search(prose, max(0, match.start() - 20), match.start()):
            continue  # "Cada 5 de octubre el Perú recuerda a …": a yearly day, no one's visit
        if PUBLIC_DAY_AFTER.match(prose, match.end()) and not SINGULAR_EVENT.search(sentence):
            continue  # "El 30 de abril, Día del Niño, regalamos libros": everyone's day (not
            # "falleció el 2 de noviembre, Día de Muertos")
        if SUPPOSE_BEFORE.search(sentence):
            continue  # "Say a baby is born on March 17 at 26 weeks": an example, nobody's
        if _is_birth_date(prose, match):
            spans.append((match.start(), match.end()))
            yield block(
                match.start(),
                match.end(),
                "privacy-dob",
                f'Date of birth ("{date}").',
                "Fix: remove it; a year or an age in months is fine.",
            )
            continue
        event = PERSON_EVENT.search(sentence) or LAST_WEEKDAY_BEFORE.search(
            prose, max(0, match.start() - 24), match.start())
        if (event and (ONE_PERSON.search(sentence) or SINGULAR_EVENT.search(sentence))) or (
                any(c.isdigit() for c in date)  # (a feast by its name is everyone's)
                and ONE_CHILD.search(sentence) and PAST_VERB.search(sentence)
                and not RULE_DATE_BEFORE.search(prose, max(0, match.start() - 30),
                                                match.start())):
            spans.append((match.start(), match.end()))
            yield warn(
                match.start(),
                match.end(),
                "privacy-date",
                f'A calendar date ("{date}") tied to one person\'s visit or life event '
                "can identify them.",
            )
    lower = prose.lower()
    dob_possible = any(w in lower for w in ("dob", "d.o.b", "birth", "nac", "f.n", "fn"))
    if dob_possible and "|" in prose:
        yield from _table_births(prose, spans)
    for match in DOB_WORD.finditer(prose) if dob_possible else ():
        if any(s <= match.end() + 3 <= e or match.end() <= s <= match.end() + 20 for s, e in spans):
            continue
        after = prose[match.end() : match.end() + 20]
        if re.match(r"\s*(?:is|was|:|of|es|fue)?\s*\d", after):
            yield block(
                match.start(),
                match.end(),
                "privacy-dob",
                "Date of birth.",
                "Fix: remove it; a year or an age in months is fine.",
            )
    weekday = any(w in lower for w in WEEKDAY_STEMS)
    for match in RELATIVE_EVENT.finditer(prose) if weekday else ():
        if any(s <= match.start() < e for s, e in spans):
            continue
        spans.append(match.span())
        if INSTITUTION_BEFORE.search(sentence_of(prose, match.start(), match.start())[:200]):
            continue  # "our practice turned 25 last Tuesday": a birthday, but not a person's
        if ADULT_BIRTHDAY.match(match.group(0)):
            continue  # "Dwayne of our front desk turned 40 on Tuesday": no patient's age
            # (over 89 is the age rule's)
        yield warn(
            match.start(),
            match.end(),
            "privacy-date",
            f'"{match.group(0)}" dates an event in one person\'s life.',
        )
    if RELATIVE_DAY_GATE.search(prose):
        yield from _relative_days(prose, spans)


#: A day told relative to today: "antier", "el martes pasado", "last Tuesday", "the Friday
#: before Easter" (see `_relative_days`).
RELATIVE_DAY = re.compile(
    rf"\b(?:antier|anteayer|antes de ayer|(?:el|este)\s+{WEEKDAY}\s+pasado"
    rf"|(?:last|this past)\s+{WEEKDAY}|the\s+{WEEKDAY}\s+before\s+\w+)\b",
    re.I,
)
RELATIVE_DAY_GATE = re.compile(r"antier|anteayer|antes de ayer|pasado|last|past|before", re.I)


#: A sentence about a public person: a title or a public role next to a capitalised name.
PUBLIC_PERSON = re.compile(
    # (not "Dr.": the practice's own doctor is one)
    r"\b(?:Sir|Dame|Sor|Fray|President|Presidente|Senator|Senador[a]?"
    r"|Queen|Reina|King|Rey|Pope|Papa)\.?\s+[A-ZÁÉÍÓÚÑ]"
    r"|\b(?:actriz|actor|actress|cantante|singer|m[eé]dic[oa]|cient[ií]fic[oa]|scientist"
    r"|inventor[a]?|escritor[a]?|writer|author|autor[a]?|poeta|poet|pintor[a]?|painter"
    r"|futbolista|atleta|athlete|premio|prize|nobel|leyenda|legend)\b",
    re.I,
)


#: A thing whose age it is, right before it: buildings, towns and institutions have
#: centennials ("Our building turns 100", "la parroquia cumple 100 años", "It's 100 years old").
THING_BEFORE = re.compile(
    r"(?:\b(?:building|church|school|hospital|clinic|practice|office|house|town|city|village"
    r"|tree|bridge|company|business|store|shop|library|park|theater|theatre|newspaper|club"
    r"|route|highway|road|street|state|county|country|nation|law|program|programme|holiday"
    r"|festival|parade|fair|team|league|university|college|museum|zoo|statue|landmark"
    r"|Medicare|Medicaid|Social Security|carretera|ruta|calle|estado|condado|pa[ií]s|ley"
    r"|programa|fiesta|feria|equipo|universidad|museo|estatua"
    r"|edificio|iglesia|parroquia|escuela|casa|pueblo|ciudad|[aá]rbol|empresa|tienda"
    r"|cl[ií]nica|consultorio|biblioteca|parque|peri[oó]dico)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:turns|turned|is|was|cumple|cumpli[oó]|tiene)?\s*|\b(?i:it['’]s|it\s+is|it\s+was"
    r"|it\s+turns)\s+"
    # a thing named with its number: "Route 66 turns 100", "la Ruta 40 cumple 90"
    r"|\b[A-Z][\w'’-]*\s+\d+\s+(?:turns|turned|cumple|cumpli[oó])\s+)$",
    re.I,
)


def ages(prose: str) -> Iterator[Hit]:
    """Ages over 89, in digits or words, English or Spanish."""
    if not AGE_GATE.search(prose):
        return
    for match in AGE_OVER_89.finditer(prose):
        before = prose[max(0, match.start() - 25) : match.start()]
        bare = re.fullmatch(r"\d+\s*-?\s*(?:years?|yrs?|a[ñn]os)", match.group(0), re.I)
        if bare and NOT_AN_AGE.search(before):
            continue  # "for 90 years", "hace 95 años": a span of time, not an age
        if re.match(r"(?:\s+(?:years?|a[ñn]os))?\s+(?:later|ago|after|before|despu[eé]s"
                    r"|antes|m[aá]s tarde)\b", prose[match.end() : match.end() + 24], re.I):
            continue  # "Ninety years later", "cien años después": time gone by, not an age
        if bare and re.search(r"(?i)\b(?:los|the|celebrat\w*|celebra\w*)\s+$", before) and re.match(
                r"\s+(?:de|del|of)\s+(?!edad\b|age\b|uno\b|una\b)(?:(?:la|el|los|las|the)\s+)?"
                r"[a-záéíóúñ]", prose[match.end() : match.end() + 30]):
            continue  # "los 100 años de la insulina", "100 years of vaccines": an anniversary
        sentence = sentence_of(prose, match.start(), match.end())
        if _public_figure_in(paragraph(prose, match.start())) or PUBLIC_PERSON.search(sentence):
            continue  # "Dr. Kawasaki died in 2020, aged 95", "la actriz Rita Moreno, 95 años"
        if THING_BEFORE.search(before):
            continue  # "Our building turns 100", "It's 100 years old this summer": no person
        if re.search(r"\b(?:if|whether|si)\s+(?:[\w'’-]+\s+){0,4}?$", before + " "):
            continue  # "lo mismo si la bisabuela tiene 95": a case, no one's age
        yield block(
            match.start(),
            match.end(),
            "privacy-age",
            f'Age over 89 ("{match.group(0)}") identifies a person.',
            'Fix: write "90 or older" ("más de 89 años"), or leave the age out.',
        )


def _relative_days(prose: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    """`RELATIVE_DAY` in a sentence that tells one person's event ("se cayó del columpio
    antier", "terminó en urgencias el martes pasado"): the day dates the event as surely as
    a calendar date would, for whoever saw it happen."""
    for match in RELATIVE_DAY.finditer(prose):
        if any(s <= match.start() < e or match.start() <= s < match.end() for s, e in spans):
            continue
        sentence = sentence_of(prose, match.start(), match.end())
        if PERSON_EVENT.search(sentence) and (
                ONE_PERSON.search(sentence) or SINGULAR_EVENT.search(sentence)):
            yield warn(
                match.start(),
                match.end(),
                "privacy-date",
                f'"{match.group(0)}" dates an event in one person\'s life.',
            )
