"""Stories about one real patient, biometric identifiers, and photographs that may show a
person.

- An anecdote ("my patient", "a mom brought in", "our only patient with both ...", "la niña de
  6 años que llegó de Honduras") is a WARN: the details around it can identify the family.
- A biometric identifier (fingerprints, footprints, a DNA profile, a retina scan) of one
  person is a BLOCK; general advice about them ("hospitals take footprints") is not.
- A photograph is a WARN only when it may show a person: a camera's file name (IMG_1234,
  PXL_..., DSC_...) or alt text describing a child or a person. A diagram or a chart with
  honest alt text is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hits import Hit, block, paragraph, sentence_of, warn
from .lexicon import (
    BIG_PLACES,
    MONTHS,
    NOT_PERSON_WORDS,
    PUBLIC_FIGURES,
    REGIONAL_CHILD,
    TOWN_TRADES,
    WEEKDAY,
    WEEKDAYS,
    fold,
    given_names,
    place_names,
)
from .names_words import dictionary_word

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_KIDS = (
    r"(?:boy|girl|baby|infant|toddler|teen|teenager|child|kid|kiddo|newborn|patient|son"
    r"|daughter|preemie|grader|kindergartner)"
)
_AGE = rf"(?:\d+|{_NUMBER_WORDS})[- ](?:year|month|week|day)s?[- ]old"
_PAST = (
    r"(?:moved|came|broke|had|was|got|won|sang|started|fell|went|took|made|passed|lost|spent"
    r"|needed|ended|swallowed|developed|turned|stayed|rang|finished|learned|walked)"
)
#: A day at the practice ("today in clinic", "in the office this week"): a story only when
#: the sentence is about one person (see `anecdotes`).
_CLINIC_DAY = (
    r"(?:today|yesterday|this (?:morning|afternoon|week)|last (?:night|week)|tonight)"
    r" (?:in|at) (?:the )?(?:clinic|office|ER|urgent care|hospital|nursery)"
    r"|in (?:the )?(?:clinic|office|ER) (?:today|yesterday|this (?:morning|afternoon|week)"
    r"|last week)"
)
ANECDOTE = re.compile(
    r"\bmy (?:little |youngest |teen |new )?patient\b(?!s)"
    r"|\ba (?:little |young )?patient of mine\b"
    r"|\bone of my (?:little |youngest |teen |newborn )?(?:patients|families|kiddos|kids|babies)\b"
    rf"|\b(?:{_CLINIC_DAY})\b"
    r"|\ban? (?:worried |frantic |young )?(?:mom|mother|dad|father|parent|grandma|grandmother"
    r"|grandpa|grandfather|family|teen|toddler|baby|boy|girl)"
    r" (?:brought|came|walked|called|rushed|carried)(?: (?:in|into|her|his|their|me|us))?\b"
    # an idiom is no visit: "a mom brought up a great question", "a dad came up with"
    r"(?! up\b)"
    rf"|\b(?:I|we) (?:just |recently )?(?:saw|treated|examined|admitted|diagnosed|met) "
    rf"(?:a |an |this |one )?(?:little |young |sweet )?(?:{_AGE} )?{_KIDS}\b"
    rf"|\ban? {_AGE} (?:{_KIDS} )?(?:came in|was brought|came to|showed up|presented)\b"
    r"|\bour only (?:patient|child|baby|family|kid|teen)\b|\bthe only (?:[\w-]+ ){0,3}(?:patient"
    r"|child|kid|goalie|player|girl|boy|student|baby|family|twins|triplets|teen|quarterback"
    r"|pitcher|team|lifeguard|swimmer|runner|dancer|cheerleader|gymnast|drummer|redhead"
    r"|catcher|keeper|wrestler|skater|rider|firefighter|officer|deputy|nurse|teacher|dad|mom"
    r"|father|mother) (?:(?:we|I) (?:have|see|treat|know) )?"
    r"(?:in|on|at|with|who|of|that|whose)\b"
    # "la única alumna con bomba de insulina", "el único niño de la escuela que ..."
    r"|\b(?:el|la|al) [uú]nic[oa] (?:paciente|alumn[oa]|ni[ñn][oa]|beb[eé]|chic[oa]|jugador(?:a)?"
    r"|estudiante|familia|portero|portera) (?:con|en|de|del|que|sin)\b"
    # "el único zurdo del equipo": one of a kind in a group
    r"|\b(?:el|la|al) [uú]nic[oa] \w+ (?:del|de la|de los|de las) (?:equipo|escuela|clase"
    r"|sal[oó]n|grupo|pueblo|colonia|barrio|liga|coro|banda)\b"
    r"|\bthe (?:son|daughter|child|kids?|baby|twins?|grandson|granddaughter) of (?:the|our|a)"
    r" (?:[\w-]+ ){0,3}(?:principal|mayor|coach|pastor|priest|rabbi|imam|teacher"
    r"|sheriff|police chief|fire chief|superintendent|senator|judge|owner|manager|librarian)\b"
    rf"|\bthe {_AGE}\b[^.!?]{{0,80}}\b(?:who|that)\b[^.!?]{{0,60}}\b{_PAST}\b"

    r"|\b(?:mi|nuestr[oa]) (?:peque[ñn][oa] )?paciente\b(?!s)|\buno de mis pacientes\b"
    r"|\buna de mis (?:pacientes|familias)\b|\bnuestr[oa] [uú]nic[oa] paciente\b"
    r"|\b(?:la|el|del|al) (?:ni[ñn][oa]|beb[eé]|chic[oa]|joven|adolescente) de \d+"
    r" (?:a[ñn]os|meses)"
    # any verb in the preterite after "que": the past tells one child's story ("que debutó")
    r" que (?:vino|tuvo|se|estuvo|fue|hizo|\w+(?:ó|ió))\b"
    r"|\b(?:hoy|ayer|esta (?:ma[ñn]ana|semana|tarde)) (?:en|vino a) (?:la )?(?:cl[ií]nica"
    r"|consulta|consultorio|sala de urgencias)\b"
    r"|\b(?:atendimos|vimos|examinamos|diagnosticamos|operamos|internamos|enyesamos)"
    r" (?:a (?:un|una|la)|al) (?:\w+ )?(?:ni[ñn][oa]|beb[eé]|adolescente|paciente|chic[oa]"
    r"|hij[oa]|niet[oa]|reci[eé]n nacid[oa])\b"
    r"|\buna (?:mam[aá]|madre|abuela) (?:trajo|vino|lleg[oó]) (?:a|con)\b"
    # "A little boy we saw yesterday", "a newborn we cared for"
    rf"|\b(?:a|an|one|this|that) (?:little |young |sweet |teen |new )?(?:{_KIDS}|family|mom"
    r"|dad|mother|father|teenager) (?:we|I) (?:just |recently )?(?:saw|treated|met|cared for"
    r"|took care of|examined|admitted|diagnosed|sent|stitched)\b"
    r"|\b(?:we|I) (?:just |recently )?(?:cared for|took care of) (?:a|an|one|this) \w+"
    # "One of our patients, a 7-year-old who ...", "a teenager in our practice who ..."
    r"|\bone of our (?:patients|families|kiddos|babies|teens|little ones),? (?:a|an|who|whose"
    r"|was|had|came|got|broke|is|just|recently)\b"
    rf"|\b(?:a|an|one) (?:\w+ )?(?:{_KIDS}|teenager|family|mom|mother|dad|father|parent"
    r"|grandma|grandmother|grandpa|grandfather) (?:in|from|at) our (?:practice"
    r"|clinic|office)\b"
    # "A mom told us her son ...", "Un papá nos contó que ..."
    r"|\b(?:a|an|one|this) (?:\w+ )?(?:mom|mother|dad|father|parent|grandma|grandmother"
    r"|grandpa|grandfather|family) (?:told|asked|texted|emailed|wrote|showed|sent) (?:us|me)\b"
    # a question a parent asked is the column's question, not a story: "A dad asked us: is
    # melatonin OK?", "Una mamá nos preguntó si ..."
    r"(?!\s*[:,]?\s*(?:whether|if|about|how|what|why|when|which|where|is|are|can|should|do"
    r"|does|for)\b|\s*:)"
    r"|\b(?:un|una) (?:pap[aá]|mam[aá]|madre|padre|abuel[oa]|familia) (?:nos|me) "
    r"(?:cont[oó]|dijo|pregunt[oó]|escribi[oó]|mand[oó]|ense[ñn][oó])\b"
    # (a question word takes its accent: "preguntó qué", never the "que" of a story)
    r"(?!\s*[:,]?\s*(?:si|sobre|cómo|qué|por qué|cuándo|cuánt[oa]s?|dónde|cuál|para qué)\b"
    r"|\s*[:¿])"
    # one of a kind: born on a ferry, the first triplets of the year, the only ones in town,
    # the family that runs the only bakery on the square
    r"|\b(?:una sola|la [uú]nica) familia (?:con|que|de)\b"
    r"|\b(?:the|a|la) (?:family|familia) (?:that|who|que) (?:runs?|owns?|tiene|atiende) "
    r"(?:the|la|el) (?:only|[uú]nic[oa])\b"
    r"|\bborn (?:in|on|at) (?:a|an|the) (?:ferry|boat|plane|taxi|cab|ambulance|car|elevator"
    r"|parking lot|highway|bus|train)\b"
    r"|\bnaci[oó] en (?:el|un|una|la) (?:ferry|barco|lancha|avi[oó]n|taxi|ambulancia|auto|carro"
    r"|coche|camino|ascensor|elevador|estacionamiento|metro|autob[uú]s|cami[oó]n)\b"
    r"|\bthe (?:first|only) (?:set of )?(?:triplets|twins|quadruplets|quintuplets|baby|babies)"
    r" (?:born|delivered|to be born)\b"
    r"|\b(?:los|las) primer[oa]s (?:trillizos|trillizas|cuatrillizos|gemelos|mellizos)\b"
    r"|\b(?:el|la|los|las) [uú]nic[oa]s? (?:\w+ )?(?:de|del|en) (?:el |la )?(?:pueblo|colonia"
    r"|barrio|comunidad|escuela|condado|isla|rancho|municipio)\b"
    r"|\b(?:starting|star|head|lead)\s+\w+(?:\s+\w+)?\s+(?:for|of|at)\s+the\s+only\b"
    # "the boy who lives near Washington Park"
    rf"|\b(?:the|a|an|our) (?:little )?(?:{_KIDS}|family|twins?) (?:who|that) lives? "
    r"(?:near|on|at|in|by|across|next to)\b",
    re.I,
)
#: One person told by what they did or do: "the toddler who pulled the gravy pot off the
#: stove", "the mom who works the night shift at the county jail kitchen". Advice says "a
#: child who" or "kids who"; history ("The boy who helped end smallpox", "1963: the baby who
#: changed newborn care") is told with its year or its subject (see `HISTORY`).
ONE_WHO = re.compile(
    rf"\bthe (?:(?!only\b|same\b)[\w-]+ ){{0,3}}?(?:{_KIDS}|mom|dad|mother|father|grandma"
    r"|grandpa|shortstop|goalie|quarterback|pitcher|cheerleader|drummer|twins|triplets)"
    # (an aside may come first: "the teenager who, until last year, took two buses")
    r" (?:who|that)(?:,[^,.!?\n]{1,40},)? (?:just |recently |finally )?(?:\w+ed|came|went|broke"
    r"|fell|got|took|ran"
    r"|swallowed|won|lost|spent|made|threw|caught|ate|drank|bit|hit|wore|brought|sang|left"
    r"|works|plays|lives|rides|runs|sings|dances|sells|helps)\b(?! (?:to|up|on)\b)"
    # "la mamá que trabaja en la cocina de la cárcel", "el niño que se cayó del columpio",
    # "el portero del equipo juvenil, de 15 años, se desmayó en pleno partido"
    r"|\b(?:el|la) (?:(?!misma?\b|[uú]nic[oa]\b)[\w-]+ ){0,2}?(?:ni[ñn][oa]|beb[eé]|chic[oa]"
    r"|nen[ea]|mam[aá]|pap[aá]|abuel[oa]|adolescente|muchach[oa]|portero|portera|jugador[a]?"
    # (told by what they wear or carry too: "la niña de los listones morados que vende ...")
    r"|porrista|hermanit[oa]|gemel[oa])\b(?: de (?:l[oa]s? )?(?!\d)[\w-]+(?: [\w-]+)?)?"
    r"(?: que (?:se )?(?:\w+(?:ó|ió)|trabaja|juega|vive"
    r"|atiende|vende|ayuda|maneja|anda|cuida)"
    r"|[^.!?\n]{0,80}?,\s*de \d{1,2} a[ñn]os,\s*(?:se |le |lo |la )?\w+(?:ó|ió))\b",
    re.I,
)
HISTORY = re.compile(
    # (a year as a threshold is no history: "painted before 1978", "pre-1978 homes")
    r"(?<![\d.-])(?<!before )(?<!pre-)(?<!since )(?<!after )(?<!antes de )(?<!desde )"
    r"(?<!despu[eé]s de )\b1[0-9]\d\d\b(?![-.]\d)|\b(?:history|historic\w*|historia"
    r"|hist[oó]ric[oa]|smallpox|viruela|centuries|siglos?|century)\b",
    re.I,
)
ANECDOTE_WORDS = re.compile(
    r"\b(?:my|mine|today|yesterday|tonight|clinic|office|er|hospital|nursery|urgent|brought"
    r"|came|walked|called|rushed|carried|saw|treated|examined|admitted|diagnosed|met|showed"
    r"|presented|only|of the|old|mi|mis|nuestr[oa]|hoy|ayer|atendimos|vimos|examinamos"
    r"|diagnosticamos|trajo|vino|lleg[oó]|que|we|i|our|us|me|nos|lives?|cared|[uú]nic[oa]"
    r"|operamos|internamos|enyesamos)\b",
    re.I,
)

BIOMETRIC = re.compile(
    r"\b(?:finger ?prints?|thumb ?prints?|toe ?prints?|foot ?prints?|palm ?prints?"
    r"|hand ?prints?|voice ?prints?"
    r"|retina(?:l)? scans?|iris scans?|face scans?|facial (?:scan|recognition|geometry)"
    r"|DNA (?:profile|test results?|fingerprint|sample results?)|genetic fingerprint"
    r"|gait (?:pattern|signature)|ridge patterns?|huellas? (?:digital(?:es)?|dactilar(?:es)?"
    r"|plantar(?:es)?"
    r"|de (?:los )?(?:pies|pie|manos|mano|dedos)|del? (?:la )?(?:[ií]ndice|pulgar|dedo|me[ñn]ique"
    r"|pie|mano))|perfil (?:de|del) ADN|escaneo de (?:retina|iris|la huella)"
    r"|reconocimiento facial|huella de voz|biometric template|plantilla biom[eé]trica)\b",
    re.I,
)
#: STR loci of a DNA profile ("D8S1179 13/14, TH01 6/9.3"): one person's genetic identity.
STR_PROFILE = re.compile(
    r"\b(?:D\d{1,2}S\d{2,4}|TH01|FGA|vWA|TPOX|CSF1PO|AMEL)\b\s*[:=]?\s*"
    r"(?:\d|X)",
    re.I,
)
ONE_PERSONS = re.compile(
    r"\b(?:(?:his|her|their|sus?) (?=finger|thumb|toe|foot|palm|hand|voice|retina|iris|DNA"
    r"|huella)"
    # one person by a word for them: "a pt this week", "one preschooler", "one cousin's test",
    # "one of our 24-weekers'", "his parents let us", "de su mamá", "a su bebé"
    # ("a newborn's footprints" is any newborn's: "a" makes one only of a chart's "pt")
    r"|(?:one|a single) (?:pt|preschooler|cousin|sibling|brother|sister|kindergartner"
    r"|student|teen|toddler|newborn|infant)(?:['’]s)?|a (?:pt|cousin)\b(?:['’]s)?"
    r"|one of our [\w-]+s['’]?"
    r"|(?:his|her) (?:parents|mom|dad|mother|father|family)"
    r"|(?:de|a) su (?:mam[aá]|pap[aá]|madre|padre|beb[eé]|hij[oa]|ni[ñn][oa]|nen[ea])"
    r"|(?:a|one|our|the|this) (?:of our )?patients?'s?|patient's|of (?:one of )?our "
    r"patients|our patient|one of our (?:patients|babies|kids|families)|(?:the|this|their|his"
    r"|her) (?:baby|child|son|daughter|newborn|toddler|kid|boy|girl)'?s?|the family's"
    r"|scan of|card (?:of|with|from)|(?:del|de la|de nuestr[oa]|de su) (?:paciente|beb[eé]"
    r"|ni[ñn][oa]|hij[oa]|niet[oa])"
    r"|de uno de nuestros pacientes|de una de nuestras pacientes|showing"
    r"|(?:de )?sus (?:beb[eé]s|hij[oa]s|gemel[oa]s|cuates|mellizos|ni[ñn][oa]s)"
    r"|(?:her|his|their) (?:babies|twins|triplets|kids|children)['’]?"
    r"|(?:a|one|this|the) family (?:who|whose|that)|baby [a-z]{3,}(?= [A-Z]?\.?(?:png|jpe?g|pdf)\b)"
    r"|(?:parent|mom|dad|mother|father|caller|patient|child|baby|son|daughter)['’]s"
    r"|one of our (?:[\w-]+ )?(?:babies|patients|newborns|moms|dads|parents|families)"
    r"|(?:del|al) (?:[\w-]+ )?(?:beb[eé]|ni[ñn][oa]|paciente|reci[eé]n nacid[oa]|nen[ea])"
    # "the footprints of our first January baby", "las huellas ... de una niña de tres años"
    r"|of (?:our|the|a|an|one|this) (?:[\w-]+ ){0,3}?(?:(?:baby|newborn|patient|toddler|son"
    r"|daughter|boy|girl|infant|twin|triplet|client|student|teen|teenager|kid)s?|child(?:ren)?)"
    r"|de (?:una?|la|el|nuestr[oa]|est[ea]) (?:[\w-]+ ){0,2}?(?:ni[ñn][oa]|beb[eé]|paciente"
    r"|reci[eé]n nacid[oa]|hij[oa]|nen[ea]))\b",
    re.I,
)


#: Jobs that single out a child's parent in a small community ("the coach's daughter", "la
#: hija del panadero").
_ROLES = (
    r"(?:principal|mayor|coach|pastor|priest|rabbi|imam|teacher|sheriff|police chief|fire chief"
    r"|superintendent|senator|judge|owner|manager|librarian|baker|panader[oa]|maestr[oa]"
    r"|alcalde(?:sa)?|sacerdote|director(?:a)?|entrenador(?:a)?|due[ñn][oa]|polic[ií]a"
    r"|bomber[oa]|carnicer[oa]|tender[oa]|profesor(?:a)?|chair(?:man|woman|person)?|vice chair"
    r"|council(?:wo)?man|council member|deputy|chief|commissioner|regidor(?:a)?|s[ií]ndic[oa]"
    r"|presidente municipal|comisari[oa]|gobernador(?:a)?|vet|veterinarian|pharmacist|dentist"
    r"|postmaster|barber|florist|grocer|veterinari[oa]|farmac[eé]utic[oa]|dentista|firefighter"
    r"|paramedic|mail carrier|mailman|bus driver|trumpeter|musician|trompetista|m[uú]sico"
    r"|mariachi|cartero|chofer|param[eé]dico)"
)
#: A family's stall or shop in a small community: its child is known by it ("la nena del
#: puesto", "la gemelita de los dueños de la taquería").
_STALLS = (r"(?:puesto|tienda|taquer[ií]a|panader[ií]a|fonda|tortiller[ií]a|carnicer[ií]a|rancho"
           r"|restaurante)")
#: One particular child told of: "a 4-year-old", "a 16-year-old patient of ours", "the
#: coach's daughter", "una niña de 3 años", "la hija menor del panadero". General advice uses
#: the same words ("a 4-year-old can choke"), so this alone is never enough (see anecdotes).
ONE_CHILD = re.compile(
    rf"\b(?:a|an|one|the|this|that)\s+"
    r"(?:(?!every|each|any|average|typical|whole|a\b|an\b|the\b|one\b)[\w-]+\s+)?"
    # "a second-grader": the modifier joined by a hyphen
    r"(?:(?!every|each|any)\w+-)?"
    rf"(?:{_AGE}|{_KIDS}|teenager|goalie|goalkeeper|freshman|sophomore|quarterback"
    r"|(?:little|young)\s+(?:guy|man|lady|one|fellow))\b(?!s)"
    # ("a child needs two doses", "a toddler can": a child of advice, anyone)
    r"(?!\s+(?:can|could|may|might|should|will|would|must|needs?)\b)"
    # a product for them is no child: "a store-brand infant simethicone drop was recalled"
    r"(?!\s+(?:[\w-]+\s+)?(?:formula|drops?|simethicone|car seats?|seats?|carriers?|sleepers?"
    r"|swings?|monitors?|products?|medicines?|doses?|vitamins?|tylenol|acetaminophen"
    r"|ibuprofen|motrin|gas|bottles?|pacifiers?|toys?|clothes|clothing|food|cereal"
    r"|portals?|apps?"
    # a pet has an age too: "Biscuit, a seven-year-old golden retriever"
    r"|dogs?|retrievers?|labs?|labradors?|poodles?|beagles?|terriers?|cats?|puppy|kitten"
    r"|horses?|pony|perr[oa]s?|perrit[oa]s?|gat[oa]s?|caballos?)\b)"
    r"|\b(?:una?|la|el|al|del|est[ea])\s+(?:(?!cada|cualquier|una?\b|la\b|el\b)\w+\s+)?"
    r"(?:ni[ñn][oa]|beb[eé]|adolescente|muchach(?:it)?[oa]|portera|portero|jugadora"
    rf"|chic[oa]|jovencit[oa]|paciente|hij(?:it)?[oa]|niet(?:ecit)?[oa]|{REGIONAL_CHILD})\b(?!s)"
    rf"(?:\s+(?:menor|mayor))?(?:\s+(?:del?|de la)\s+{_ROLES}\b)?"
    # "one of our babies", "one of our eleven-year-olds", "uno de nuestros pacientes"
    r"|\b(?:one of our|uno de nuestros|una de nuestras)\s+(?:[\w-]+\s+){0,2}?(?:babies|patients"
    r"|kids|toddlers|newborns|preemies|teens|little ones|families|[\w-]+-year-olds|pacientes"
    r"|familias|beb[eé]s|ni[ñn][oa]s)\b"
    r"|\bour\s+(?:little|tiny|young|sweet|brave)\s+(?:friend|buddy|one|patient|guy|girl|boy)\b",
    re.I,
)
#: A particular past moment: "last Friday night", "this morning", "we saw Tuesday", "el
#: sábado pasado", "ayer". With ONE_CHILD in the same sentence it is a story about one
#: real child, whatever words tell it.
PAST_MOMENT = re.compile(
    rf"\b(?:last|this past)\s+(?:night|week(?:end)?|month|fall|autumn|spring|summer|winter"
    rf"|{WEEKDAY})\b|\bthis\s+(?:fall|autumn|spring|summer|winter|month)\b|\b(?:this|yesterday)\s+(?:morning|afternoon|evening)\b|\byesterday\b"
    rf"|\b(?:saw|seen|treated|met|admitted|sent)\s+(?:on\s+)?{WEEKDAY}\b"
    # a named day, week or month: the tense of the verb after the child says it is past
    # (PAST_AFTER), "on Tuesday", "at Friday's game", "this week", "en agosto"
    rf"|\bon\s+{WEEKDAY}\b|\b{WEEKDAY}'s\b|\bthis\s+week\b|\besta\s+semana\b"
    # "over the weekend", "two weeks ago", "el domingo", "hace dos semanas"
    r"|\b(?:over|this)\s+the\s+weekend\b|\b(?:\w+|a)\s+(?:days?|weeks?|months?)\s+ago\b"
    rf"|\bel\s+{WEEKDAY}\b|\bel\s+fin\s+de\s+semana\b"
    r"|\bhace\s+(?:\w+|\d+)\s+(?:d[ií]as?|semanas?|mes(?:es)?)\b"
    r"|\ben\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre"
    r"|noviembre|diciembre)\b"
    rf"|\b(?:el|este)\s+(?:{WEEKDAY}|fin de semana|mes|verano|invierno|oto[ñn]o)\s+pasado\b"
    r"|\bla semana pasada\b|\bayer\b|\banoche\b|\besta (?:ma[ñn]ana|tarde)\b"
    # a month gone by, the same night: "during last May's tornado warning", "esa misma noche"
    r"|\blast\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?:['’]s)?\b|\b(?:that|the)\s+same\s+(?:night|day|morning|afternoon)\b"
    r"|\besa\s+(?:misma\s+)?(?:noche|tarde|ma[ñn]ana|madrugada)\b|\bese\s+mismo\s+d[ií]a\b",
    re.I,
)
#: A child singled out by a parent's job in town: identifying even without a date.
ROLE_CHILD = re.compile(
    rf"\b(?:the|our)\s+(?:[\w-]+\s+){{0,2}}?{_ROLES}['’]s\s+(?:[\w-]+\s+)?(?:son|daughter|baby"
    r"|toddler|infant|newborn|teen|teenager|preschooler"
    r"|kid|child|twins|triplets|quadruplets|grandson|granddaughter|boy|girl|youngest|oldest"
    r"|eldest|middle one|little one)\b"
    # "the triplets whose dad is the fire chief here"
    r"|\b(?:son|daughter|baby|kid|child|twins|triplets|quadruplets|grandson|granddaughter|boy"
    r"|girl)s?\s+whose\s+(?:dad|mom|father|mother|parents?|grandma|grandpa)\s+(?:is|are|was"
    rf"|were)\s+(?:the|our|a)\s+(?:[\w'’-]+\s+){{0,2}}?{_ROLES}\b"
    # "the 8-year-old grandson of our council's vice chair"
    r"|\b(?:son|daughter|baby|kid|child|twins|grandson|granddaughter|nephew|niece|boy|girl)"
    rf"\s+of\s+(?:the|our)\s+(?:[\w'’-]+\s+){{0,3}}?{_ROLES}\b"
    rf"|\b(?:la|el|al|del|los|las|a los|a las)\s+(?:[uú]nic[oa]s?\s+)?(?:hij[oa]s?|ni[ñn][oa]s?"
    r"|niet[oa]s?|gemel[oa]s|cuates|mellizos)\s+(?:(?:menor|mayor)\s+)?"
    r"(?:de\s+\w+\s+a[ñn]os\s+)?(?:del?|de la)\s+(?:[uú]nic[oa]\s+)?"
    rf"{_ROLES}\b"
    # a child told by a parent's stall or shop: "el hijo menor de la señora del puesto de jugos",
    # "la gemelita de los dueños de la taquería", "the son of the lady who runs the juice stand"
    rf"|\b(?:la|el)\s+(?:ni[ñn][oa]|nen[ea]|chamac[oa]|chic[oa])\s+del\s+{_STALLS}\b"
    r"|\b(?:hij[oa]s?|hijit[oa]|bebit[oa]|beb[eé]|gemelit[oa]|gemel[oa]|ni[ñn][oa]|nen[ea])\s+"
    r"(?:(?:menor|mayor|chiquit[oa])\s+)?de\s+(?:la\s+se[ñn]ora|el\s+se[ñn]or|do[ñn]a\s+\w+"
    r"|don\s+\w+|los\s+due[ñn]os|la\s+due[ñn]a|el\s+due[ñn]o|la\s+muchacha|el\s+muchacho)\s+"
    r"(?:que\s+(?:vende|atiende|tiene|trabaja|maneja|cuida|limpia|hace)|(?:del|de(?:\s+la)?)\s+"
    rf"(?:{_STALLS}|mercado|farmacia|cocina|estanque|lavander[ií]a|gasolinera|cafeter[ií]a))\b"
    r"|\b(?:son|daughter|baby|twins?|kid|boy|girl)\s+of\s+the\s+(?:lady|man|woman|couple|family)"
    r"\s+who\s+(?:runs?|owns?|sells?|works?|drives?|manages?)\b",
    re.I,
)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n")
#: After the child, a verb in the past: a story ("swallowed", "was thrown", "cayó"), not advice
#: ("a baby should sleep on their back", "un niño de cada diez no recibe ...").
PAST_AFTER = re.compile(
    r"\b(?:was|were|had|did|got|came|went|fell|broke|took|ate|ran|hit|cut|bit|woke|threw|left"
    r"|lost|spent|made|found|told|said|saw|sent|won|began|became|swam|drank|stung|\w{2,}ed"
    r"|fue|tuvo|vino|estuvo|hizo|dijo|puso|pudo|\w+(?:ó|ió|aron|ieron))\b",
    re.I,
)
#: News and guidance told with a date ("Last week the CDC reported that a child ..."): a
#: public report about a child somewhere, not the practice's story about its patient.
#: A year before 1960: no patient of today's was a child then.
_HISTORY_YEAR = re.compile(r"(?<![\d.-])\b(?:1[5-8]\d\d|19[0-5]\d)\b(?![-.]\d)")
PUBLIC_REPORT = re.compile(
    # the acronyms in capitals only: "the teenager who collapsed" is no WHO report
    r"\b(?:(?-i:CDC|FDA|AAP|WHO|OMS|NIH|IDPH)|health department|departamento de salud|study|studies"
    r"|estudio|report(?:ed|s)?|inform[oó]|news|noticias|guide|gu[ií]a|advice|governor"
    r"|gobernador|announced|anunci[oó]|survey|encuesta|nationwide|statewide|research)\b",
    re.I,
)


#: Before the child, the practice told what it did: "This spring we diagnosed our first case
#: of Gaucher disease: a 7-year-old girl ...", "esta semana atendimos a ...".
WE_DID = re.compile(
    r"\b(?:we|I)\s+(?:\w+\s+)?(?:saw|treated|diagnosed|admitted|met|sent|stitched|cared for"
    r"|examined|delivered|operated on)\b"
    r"|\b(?:atendimos|vimos|diagnosticamos|internamos|operamos|recibimos|tuvimos)\b",
    re.I,
)
#: Right after the child, a modal: advice about any such child ("a 7-year-old can get two
#: doses", "un niño de 3 años debe ..."), whatever was told before it.
ADVICE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:can|could|should|may|might|must|will|needs? to|puede|pueden|debe"
    r"|deben|necesita)\b",
    re.I,
)
#: Before the child, a condition: advice told in the past tense ("If a toddler swallowed a
#: battery on Tuesday, go to the ER"; "Si un niño se tragó una pila ...") is no story.
HYPOTHETICAL = re.compile(
    r"\b(?:if|when|whenever|in case|suppose|imagine|si|cuando|en caso de que|supongamos)\b",
    re.I,
)


CLINIC_DAY = re.compile(_CLINIC_DAY, re.I)
ONE_PERSON_WORDS = re.compile(
    r"\b(?:he|she|his|her|him|él|ella)\b"
    # or a few children one place ties together: "three toddlers from the same daycare"
    r"|\b(?:two|three|four|2|3|4|both|dos|tres|cuatro)\s+(?:[\w-]+\s+)?(?:kids|children"
    r"|toddlers|babies|siblings|brothers|sisters|teens|students|ni[ñn]os|beb[eé]s|hermanos)\b"
    r"|\bthe same (?:daycare|school|class|classroom|team|family|building|household)\b",
    re.I,
)


def _one_person_in(prose: str, start: int, end: int) -> bool:
    left = max(prose.rfind(". ", 0, start), prose.rfind("\n\n", 0, start), -1)
    ends = [i for i in (prose.find(". ", end), prose.find("! ", end), prose.find("\n\n", end))
            if i != -1]
    sentence = prose[left + 1 : min(ends) if ends else len(prose)]
    return bool(ONE_CHILD.search(sentence) or ONE_PERSON_WORDS.search(sentence))


#: The end of "A mom told us", "Una familia nos contó": a parent's word passed on.
TOLD_US = re.compile(r"(?:told|asked|texted|emailed|wrote|showed|sent) (?:us|me)$"
                     r"|(?:cont[oó]|dijo|pregunt[oó]|escribi[oó]|mand[oó]|ense[ñn][oó])$", re.I)
#: What makes a story passed on by a parent point at one family: when it happened, how old
#: the child is, a role in town, one of a kind.
SPECIFIC = re.compile(
    rf"\b{_AGE}\b|\b\d{{1,2}}\s*(?:a[ñn]os|meses)\b"
    # a number, an address or a link passed on with the story: what can lead to them
    r"|\d[\d\s().-]{5,}\d|@|https?://|www\.|\.(?:com|org|net)\b",
    re.I,
)


def _specific(sentence: str) -> bool:
    """A parent's story told with a detail that can lead to them, in the same sentence (see
    SPECIFIC, PAST_MOMENT): "A mom told us last Tuesday that her 4-year-old …"."""
    return bool(PAST_MOMENT.search(sentence) or SPECIFIC.search(sentence)
                or ROLE_CHILD.search(sentence))


#: "A mom in our practice", "a parent from our clinic": who wrote a guest post or passed a
#: story on (see `ANONYMOUS`).
FROM_OUR_PRACTICE = re.compile(r"(?:in|from|at) our (?:practice|clinic|office)$", re.I)
#: The writer says the story is told without a name: "asked to stay anonymous", "without her
#: name", "nos pidió no usar su nombre". A guest post told so, with no detail that leads to
#: the family (`_specific`), is the careful way to share a parent's words.
ANONYMOUS = re.compile(
    r"\banonym\w*|\ban[oó]nim\w*|\bwithout (?:her|his|their|a|giving (?:her|his|their)) names?\b"
    r"|\bnot to (?:be named|use (?:her|his|their) names?)\b|\bnames? (?:[\w ]{1,20} )?"
    r"(?:has|have|were|was) been changed\b|\bsin (?:dar )?(?:su|sus) nombres?\b"
    r"|\bno (?:usar|dar|publicar) su nombre\b",
    re.I,
)


def _anonymous_guest(prose: str, match: re.Match[str]) -> bool:
    """A parent's words shared anonymously, by the writer's own account, and told with no
    detail that leads to the family: no story to stop."""
    return bool(
        (FROM_OUR_PRACTICE.search(match.group(0)) or TOLD_US.search(match.group(0)))
        and ANONYMOUS.search(prose)
        and not _specific(sentence_of(prose, match.start(), match.end()))
    )


def anecdotes(prose: str) -> Iterator[Hit]:
    found: list[tuple[int, int]] = []
    if ANECDOTE_WORDS.search(prose):
        for match in ANECDOTE.finditer(prose):
            if _anonymous_guest(prose, match):
                continue  # "A mom in our practice asked to share this, without her name"
            if CLINIC_DAY.fullmatch(match.group(0)) and not _one_person_in(
                prose, match.start(), match.end()
            ):
                continue  # "Yesterday in clinic we gave 40 flu shots!": a day, no one's story
            if TOLD_US.search(match.group(0)) and not _specific(
                    sentence_of(prose, match.start(), match.end())):
                continue  # "A mom told us her toddler hated the car seat": no one to find
            found.append(match.span())
            yield _story_hit(match)
    if re.search(r" (?:who|that|que)[ ,]|, de \d", prose):
        yield from _one_who(prose, found)
    if re.search(r"['’] |\b(?:of|for|on|at|de|del) (?:the |los |las |la |el )?[A-Z]", prose):
        yield from _team_roles(prose, found)
    yield from _told_stories(prose, found)
    if ONE_OF_A_KIND.search(prose):
        yield from _singled_out(prose, found)


_POSITION = (
    r"(?:goalie|goalkeeper|keeper|quarterback|pitcher|catcher|shortstop|point guard|center"
    r"|captain|striker|kicker|setter|libero|coxswain|cheer captain|drum major|mascot"
    r"|portero|portera|capit[aá]n|delantero|delantera|lanzador|lanzadora)"
)
#: A player named by team and position: "the Westfield Wildcats' goalie", "the quarterback
#: of the Lanphier varsity team", "el portero de los Halcones de San Mateo". A town's team
#: has one goalie; told with what happened to them, that is one child's story.
TEAM_ROLE = re.compile(
    rf"\b(?P<team>(?:[A-Z][\w-]+\s+){{0,3}}[A-Z][\w-]+s)['’]\s+(?:(?:star|starting|varsity|JV"
    rf"|new|backup|senior|junior|freshman|sophomore)\s+)?{_POSITION}\b"
    rf"|\b(?i:the|el|la)\s+(?:(?:star|starting|varsity|JV|new|backup)\s+)?{_POSITION}\s+"
    r"(?:of|for|on|at|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?"
    r"(?P<town>[A-Z][\w-]+)(?:\s+[A-Z\w][\w-]*){0,3}?\s+(?:(?:varsity|JV|junior varsity|middle"
    r"|high|youth|travel|club|little league|rec)\s+)?(?:team|squad|club|equipo)\b",
)


def _team_roles(prose: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """`TEAM_ROLE` with something that happened to the player in the same sentence; a big
    city's team ("the Chicago Bears' quarterback") is a professional's, and public."""
    for match in TEAM_ROLE.finditer(prose):
        town = next(w for w in (match["team"] or match["town"]).split()
                    if w not in ("The", "El", "La", "Los", "Las"))
        if fold(town) in place_names():
            continue
        sentence = sentence_of(prose, match.start(), match.end())
        if not PAST_AFTER.search(prose, match.end(), match.end() + 120) or PUBLIC_REPORT.search(
                sentence):
            continue
        if any(s < match.end() and match.start() < e for s, e in found):
            continue
        found.append(match.span())
        yield _story_hit(match)


#: A patient of the practice pointed at, beyond ONE_CHILD's "one of our babies": "our patient
#: who", "one family we care for", "we have one:", "the baby we've seen".
OUR_ONE = re.compile(
    # (one of them: "our patients" are everyone)
    r"\b(?:our|nuestr[oa])\s+(?:[\w-]+\s+){0,2}?(?:patient|paciente|sextuplets|quintuplets"
    r"|quadruplets|triplets|twins)\b"
    r"|\b(?:one|a) family (?:we|that we) (?:care for|see|treat|follow)\b|\bwe care for a family\b"
    # "We have a family in the practice where both parents are ICU nurses"
    r"|\b(?:we have|there['’]s|there is) (?:a|one) family (?:in|at) (?:the|our) (?:practice"
    r"|clinic|office)\b"
    r"|\bone of ours\b|\bwe have one\b|\b(?:the|a) (?:baby|child|kid|family|toddler|teen|girl"
    r"|boy|twins) (?:we|we['’]ve|we have) (?:seen|treated|cared for|followed|known)\b"
    # a parent known by their post, and their child: "the captain at Fire Station 3 called
    # us after his toddler pulled a mug of coffee off the counter"
    r"|\b(?:his|her|their) (?:(?:sleeping|little|youngest|oldest|baby|newborn|sick|teenage"
    r"|[\w-]+-year-old) )?(?:toddler|son|daughter|baby|kid|child|boy|girl|twins)\b"
    # a relative raising them: "una abuela que cría sola a sus tres nietos"
    r"|\b(?:que )?cr[ií]a (?:sol[oa] )?a (?:sus|su) (?:[\w-]+ )?(?:niet[oa]s?|hij[oa]s?"
    r"|sobrin[oa]s?)\b|\bwho is raising (?:her|his|their) (?:[\w-]+ )?(?:grandkids"
    r"|grandchildren|grandsons?|granddaughters?|nieces?|nephews?)\b"
    # a parent who brings theirs to the practice: "que trae a sus cuatro hijos a la
    # clínica", "who brings her three kids to us"
    r"|\b(?:que|who) (?:trae|traen|lleva|brings|bring) (?:a )?(?:sus|su|her|his|their)"
    r" (?:[\w-]+ )?(?:hij[oa]s?|ni[ñn][oa]s|kids|children|boys|girls)\b"
    # one family's multiples or children, pointed at: "the triplets whose dad drives the
    # school bus", "the three children from the house fire"
    r"|\bthe (?:twins|triplets|gemel[oa]s|trillizos|trillizas)\b"
    r"|\bthe (?:two|three|four|five|\d) (?:children|kids|siblings|brothers|sisters|boys|girls)"
    r"\s+(?:from|of|who|whose|in)\b"
    # one parent of ours: "one of our moms is the meteorologist", "una de nuestras pacientes",
    # "tenemos una paciente de once años", "the mother of quadruplets who came in", "that
    # baby is one of ours now", "a baby we'll never forget"
    r"|\bone of our (?:moms|dads|mothers|fathers|parents|families)\b"
    r"|\b(?:un|una) (?:paciente|mam[aá]|familia) (?:nuestr[oa]|que atendemos)\b"
    r"|\b(?:uno de nuestros|una de nuestras) (?:pacientes|mam[aá]s|familias)\b"
    r"|\btenemos (?:un|una) (?:paciente|pacientita|pacientito|ni[ñn][oa]|beb[eé]|familia|nen[ea]"
    r"|chamac[oa]|cipot[ea]|patoj[oa])\b"
    # a parent or a family the writer tells of: "les quiero contar de una mamá", "I keep
    # thinking of one family", "una mamá que tiene la pupusería", "a mom whose twins"
    r"|\b(?:contar(?:les)?|hablar(?:les)?|cuento) de (?:una|un) (?:mam[aá]|pap[aá]|familia"
    r"|paciente|ni[ñn][oa]|beb[eé])\b|\btell you about (?:a|one) (?:mom|dad|family|patient"
    r"|baby|child)\b|\b(?:think|thinking) (?:about|of) one (?:family|mom|dad|patient|baby"
    r"|child)\b|\b(?:una|un) (?:mam[aá]|pap[aá]|familia|abuela|abuelo) (?=que |con )"
    r"|\b(?:a|one) (?:mom|dad|mother|father|family) (?=who |whose )"
    r"|\b(?:our|nuestr[oa]) (?:[\w-]+ ){0,2}?(?:baby|child|kid|toddler|newborn|preemie|teen"
    r"|girl|boy|beb[eé]|ni[ñn][oa]|nen[ea])\b(?!s|-)"
    r"|\b(?:sus|her|his|their) (?:[\w-]+ )?(?:twins|triplets|quadruplets|trillizos|trillizas"
    r"|gemel[oa]s|cuates|mellizos|mellizas|cuatrillizos)\b"
    r"|\bthe (?:mother|father|mom|dad|parents) of (?:[\w-]+ )?(?:quadruplets|quintuplets|triplets"
    r"|twins|sextuplets)\b|\bis one of ours\b|\b(?:a|one) (?:baby|child|family|kid) we['’]ll"
    r" never forget\b",
    re.I,
)
#: Trades a town has one of.
_ONE_TRADE = TOWN_TRADES
#: What there is one of in a town: "the only house on the lake road", "the first one ever
#: placed in our county", "made the front page", "whose mom owns the downtown bakery",
#: "valedictorian", "the captain at Fire Station 3". Told of a patient, it names them.
ONE_OF_A_KIND = re.compile(
    # births of three or more, and both parents by their trade: "eighteen-month-old triplets",
    # "both parents are ICU nurses at the same hospital"
    # (not in a list of kinds: "many of our families have twins, triplets or more")
    r"(?<!twins, )(?<!twins or )(?<!twins and )(?<!gemelos, )(?<!gemelos o )(?<!gemelos y )"
    r"\b(?:triplets|quadruplets|quintuplets|sextuplets|trillizos|trillizas|cuatrillizos)\b"
    r"(?!,? (?:or|and|o|y) (?:more|m[aá]s|quadruplets|cuatrillizos))"
    r"|\bboth (?:of (?:the|their|his|her) )?parents (?:are|work)\b"
    r"|\blos dos pap[aá]s (?:son|trabajan)\b|"
    r"\bthe only (?:[\w-]+\s+){0,2}?(?:house|home|family|farm|ranch|child|kid|girl|boy|baby"
    r"|one|student|player|twins|triplets|person|patient|teen|household)\b"
    r"|\b(?:first[- ]ever|the first (?:[\w-]+\s+){0,2}?(?:one|child|kid|baby|girl|boy|family"
    r"|patient|student)\s+ever|the first (?:[\w-]+\s+){0,2}?(?:child|kid|baby|girl|boy|family)"
    r"\s+in (?:a|the|our|this) (?:family|county|town|state|city|school))\b"
    r"|\bmade (?:the )?(?:evening news|local news|news|front page|headlines|papers?)\b"
    r"|\bnews crews?\b|\bfront page\b|\bbillboard\b|\bwent (?:viral|around the (?:whole )?town)\b"
    r"|\bsali(?:[oó]|eron) en (?:las noticias|el noticiero|el peri[oó]dico|la tele)\b"
    # the one the whole town knows: "the ones every person at the Fall Festival stopped to
    # coo over", "the one who waves at everybody", "la que siempre está sentada en la hielera"
    r"|\bthe ones? (?:who |that )?(?:[\w'’-]+ ){0,2}?(?:every(?:one|body)|every (?:person"
    r"|single person|kid|family)|the whole town|half the town|all of you)\b"
    r"|\bthe ones? (?:with|on|by|from) (?:[\w'’-]+ ){1,8}?(?:that|who|whom) (?:every(?:one|body)"
    r"|the whole town|all of you)\b"
    # "el único que vende de guanábana", "la única de Miraflores con el gallo de neón", "los
    # únicos que todavía crían ovejas por allá"
    r"|\b(?:el|la|los|las) [uú]nic[oa]s? (?:que|de|en) "
    r"|\b(?:l[oa]s?|el) que (?:siempre|todo el mundo|todos (?:conocen|ven|saludan))\b"
    # the only one in town, the Spanish way: "la señora que tiene el único restaurante peruano
    # del centro", "la única familia paraguaya del barrio"
    r"|\b(?:el|la|del|al) [uú]nic[oa] (?:[\w-]+ ){0,2}?(?:restaurante|puesto|tienda|taquer[ií]a"
    r"|panader[ií]a|barber[ií]a|peluquer[ií]a|familia|casa|rancho|granja|carrito|troca"
    r"|cami[oó]n|lonchera|carreta|hogar"
    r"|food truck|veterinari[oa]|doctor[a]?|farmacia|ni[ñn][oa]|nen[ea]|paciente)\b"
    r"|\bwhose (?:mom|dad|mother|father|parents?|grandma|grandpa|grandmother|grandfather|uncle"
    r"|aunt)\s+(?:,[^,.;\n]{1,80},\s+)?(?:is|was|owns|runs|drives|produces|coaches|teaches"
    r"|works|leads|manages|anchors|hosts|directs|preaches|pastors|reports|plays|sings)\b"
    # the only one of its kind in town: "la única estación de radio en español de
    # Springfield", "del único bar de tapas español de Springfield", "the only Ethiopian
    # restaurant in town"
    r"|\b(?:el|la|los|las|del|al) [uú]nic[oa]s? (?:[\w-]+ ){1,5}?(?:de|en|del) (?:todo el "
    r"|toda la |el |la )?(?:pueblo|ciudad|condado|barrio|(?-i:[A-Z])[\w-]+)\b"
    r"|\bthe only (?:[\w-]+ ){1,4}?(?:in|of|for) (?:town|the (?:county|city|valley|area"
    r"|neighbou?rhood)|(?-i:[A-Z])[\w-]+)\b"
    r"|\b(?:valedictorian|salutatorian|concertmaster|homecoming (?:queen|king)|class president"
    r"|chief of police|police chief|fire chief|eagle scout|state champion|spelling bee"
    r"|representing (?:our|the) (?:county|town|state|school))\b"
    r"|\bthe (?:captain|chief|lieutenant|principal|pastor|owner) (?:at|of) (?:the )?"
    r"(?-i:[A-Z])[\w-]+(?:\s+(?:Station|Church|School|Department))?(?:\s+(?:No\.\s*)?\d+)?"
    r"|\b(?:quintuplets|sextuplets|quadruplets|cuatrillizos|quintillizos)\b"
    # the one person in town of their trade: "his dad, the only large-animal vet for fifty
    # miles", "her grandfather is the harbormaster"
    rf"|\bthe only (?:[\w-]+\s+){{0,2}}?{_ONE_TRADE}\b"
    rf"|\b(?:his|her|their|whose) (?:mom|dad|mother|father|grandfather|grandmother|grandpa"
    rf"|grandma|uncle|aunt|parents?) (?:is|was|are) the (?:[\w-]+\s+){{0,2}}?{_ONE_TRADE}\b"
    # in the news: "the story on the evening news about the eight-year-old", "the local paper
    # ran his photo", "salió en todos los noticieros"
    r"|\b(?:was|were|ended up|appeared|story|segment|piece|report) on the (?:evening |local "
    r"|nightly |six o'clock )?news\b|\blocal paper\b"
    # "the 7-year-old on the WICS evening news", "made it into every local news show"
    r"|\bon the (?:(?-i:[A-Z]{3,5})\s+)?(?:evening|local|nightly|morning) news\b"
    r"|\b(?:local|evening|nightly) news (?:shows?|stories|story|segments?|broadcasts?)\b"
    r"|\bran (?:his|her|their) (?:photo|picture|story)\b|\bbravery award\b"
    r"|\bsali[oó] en (?:todos )?(?:los noticieros|el noticiero|las noticias)\b"
    # the front page, a write-up, first place: "salió en la primera página del periódico",
    # "got a write-up in the State Journal-Register", "it won first place"
    r"|\b(?:sali[oó]|apareci[oó]) en (?:la )?(?:primera p[aá]gina|portada) del? "
    r"(?:peri[oó]dico|diario)\b|\bwrite-?up in\b|\bwrote (?:her|him|them) up\b"
    r"|\b(?:first place|primer lugar|blue ribbon|grand champion|best in show)\b"
    r"|\bconcurso (?:estatal|regional|nacional|del condado)\b"
    # the one case a health department reported: "the county's recent measles case"
    r"|\bthe (?:county|city|state|town)['’]s (?:[\w-]+ )?(?:first|only|recent|latest)"
    r" (?:[\w-]+ )?case\b|\bel (?:primer|[uú]nico|reciente) caso de \w+ (?:del|en el) condado\b"
    # the one at a public event: "the youngest performer at the Sangamon Auditorium holiday
    # recital"
    r"|\bthe (?:youngest|oldest|smallest|tallest) (?:[\w-]+ )?(?:performer|player|runner|dancer"
    r"|singer|competitor|swimmer|participant|camper|graduate|member|contestant|finalist"
    r"|finisher|projectionist|winner|champion|lifeguard|volunteer|employee|reporter)"
    r" (?:at|in|on|of)\b"
    # a feat there is one of: "threw the perfect game in the Little League regional final"
    r"|\b(?:perfect game|no-hitter|regional final|state final|state championship"
    r"|championship game|juego perfecto|campeonato (?:estatal|regional|nacional))\b"
    # a condition there are a handful of: "fewer than thirty known cases in the country"
    r"|\b(?:fewer than|less than|only) (?:\w+|\d+) (?:known )?cases\b|\bone[- ]in[- ]a[- ]million\b"
    r"|\bmenos de (?:\w+|\d+) casos\b"
    # what everyone in town knows: "everyone in the county has heard about the twins born in
    # the back of the volunteer fire truck", "the one the evening news followed all night"
    r"|\beveryone (?:in|at|on) (?:town|(?:the|our|this) (?:[\w'’-]+ ){0,3}?(?:county|valley"
    r"|neighbou?rhood|park|building|school|camp|church|block|street|village|court|complex"
    r"|parish|town)) (?:has heard|knows|remembers)\b"
    r"|\btodo el (?:pueblo|condado|barrio) (?:sabe|conoce|recuerda)\b"
    r"|\bborn (?:in the back of|on the way|in the car|in an? (?:ambulance|truck|car|elevator))"
    r"|\bnaci(?:ó|eron) en (?:el camino|la ambulancia|el carro|la camioneta)\b"
    r"|\bnews (?:followed|covered|reported on)\b"
    r"|\b(?:our|nuestr[oa]) first (?:[\w-]+\s+){0,2}?(?:one|child|kid|baby|girl|boy|family"
    r"|patient|student)\s+ever\b"
    # the writer says readers will know who: "some of you will know the family", "the
    # meteorologist you've probably watched", "ustedes la conocen", "you may remember the
    # news story", "her story ended up on the national morning shows"
    r"|\b(?:some|many|most|half|a lot|all) of you (?:will |may |might |probably |already )?"
    r"(?:know|recogni[sz]e|remember|saw|have seen|heard)\b"
    r"|\b(?:todos|muchos|varios)(?: de)?(?: ustedes)? (?:vieron|escucharon|supieron)\b"
    r"|\b(?:l[oa]s?|le) conocen todos\b|\btodos (?:l[oa]s?|le) conocen\b"
    r"|\beveryone (?:in town )?knows (?:him|her|them)\b|\ball over the (?:paper|news|internet"
    r"|town|local news)\b|\bbroadcast\b|\bon Channel \d+\b|\b(?:el )?canal \d+\b"
    r"|\bthe only (?:[\w-]+ ){0,2}?(?:player|singer|dancer|drummer|musician|member|girl|boy)"
    r" (?:the|on|in) (?:band|team|choir|squad|league|troop)\b"
    r"|\byou(?:['’]ve| have)? (?:probably |likely |all |may have |might have )?(?:seen|watched"
    r"|heard)(?= (?:on|at|in|her|him|them)\b)|\byou (?:see|watch|hear) on\b"
    r"|\byou (?:may|might|will|probably) (?:remember|recogni[sz]e)\b"
    r"|\b(?:ustedes|muchos de ustedes|varios de ustedes) (?:ya )?(?:l[oa]s? )?(?:conocen"
    r"|van a reconocer|recuerdan|se acuerdan|han visto|vieron)\b"
    r"|\b(?:anyone|everyone|everybody) who (?:watched|saw|listens to|heard)\b"
    r"|\b(?:local )?radio station\b|\bmorning (?:host|show)\b|\bnewspaper (?:story|article)\b"
    r"|\beveryone at the (?:[\w-]+ ){0,3}?(?:ballpark|park|stadium|fair|market|pool|rink|gym)"
    r" knows\b"
    r"|\bthe news story\b|\b(?:morning|talk|national) shows?\b|\bsports (?:news|section|page)\b"
    r"|\b(?:picture|photo|story) ran\b|\ben (?:las noticias|el noticiero|el peri[oó]dico)\b"
    r"|\b(?:news channels?|noticieros|diario local|peri[oó]dico local|radio show|programa de"
    r" (?:la )?radio|on the radio|en la radio|(?:lo|la) cont[oó] al aire)\b"
    r"|\bsac[oó] la (?:historia|nota|noticia)\b"
    # a parent who is the one of a place: "the dad is the pastor of the Swahili-language
    # church", "su mamá, que es la maestra de kínder de la misma escuela", "el papá es el
    # pastor que sale en la radio"
    r"|\b(?:the|her|his|their|el|la|su) (?:dad|mom|father|mother|pap[aá]|mam[aá]|padre|madre)"
    r"(?:,? que)? (?:is|was|es|era) (?:the|el|la) (?:[\w'’-]+ ){1,3}?(?:of|at|for|de|del|en"
    r"|que|who|you)\b"
    # a shop by its look or its place: "the two men who run the bakery with the blue awning",
    # "una mamá que tiene la pupusería chiquita"
    r"|\b(?:run|runs|own|owns|ran|owned) the (?:[\w-]+ ){0,2}?(?:bakery|restaurant|diner|caf[eé]"
    r"|shop|store|bar|taqueria|garage|salon|barbershop|food truck|gas station|laundromat"
    r"|bodega)\b|\b(?:tiene|tienen|atiende|atienden) la (?:[\w-]+ ){0,2}?(?:pupuser[ií]a"
    r"|panader[ií]a|tienda|taquer[ií]a|bodega|lavander[ií]a|fonda|cocina|fruter[ií]a)\b"
    r"|\b(?:gan[oó]|won) (?:el|la|the) (?:[\w-]+ ){0,3}?(?:concurso|campeonato|competencia|bee"
    r"|contest|championship|tournament|title|certamen)\b"
    r"|\bconcurso de (?:deletreo|ortograf[ií]a)\b"
    # born where nobody is born: "born in the back seat of a rideshare", "nació en el asiento
    # de atrás de la guagua", "decidió nacer en"
    r"|\bborn (?:in|on) (?:the )?(?:back|front) seat\b|\bborn (?:in|on) (?:a|an|the) (?:[\w-]+ )?"
    r"(?:car|truck|pickup|plane|airplane|flight|bus|rideshare|uber|taxi|elevator|highway"
    r"|interstate|kitchen floor|parking lot)\b"
    r"|\b(?:naci[oó]|nacer|nacieron) en (?:el asiento|la guagua|el carro|un carro|un pickup"
    r"|la troca|el avi[oó]n|la carretera|la interestatal|el elevador|el estacionamiento)\b"
    # the only one the Spanish way, a kind and a place: "los únicos trillizos venezolanos que
    # tenemos", "la única mujer operadora de grúa en la planta", "la única intérprete de
    # q'anjob'al que tiene el hospital"
    r"|\b[uú]nic[oa]s? (?:[\w'’-]+ ){1,9}?(?:que (?:tenemos|hay|tiene)|en (?:la|el|todo el"
    r"|toda la) (?:planta|hospital|f[aá]brica|escuela|distrito|iglesia|parroquia|condado"
    r"|pueblo|ciudad|barrio|consulta|cl[ií]nica)|en todo (?-i:[A-Z])\w+"
    r"|de la (?:estaci[oó]n|banda|orquesta|coro|equipo|f[aá]brica|planta))\b",
    re.I,
)
#: A story the writer says is made up: "a composite of several families", "a hypothetical".
NOT_ONE_REAL = re.compile(
    r"\b(?:composite|hypothetical|made[- ]up|invented|fictional|not a real|no real"
    r"|compuest[oa] de varias|mezcla de (?:varias|varios|muchas|muchos)"
    r"|(?:blend|mix) of (?:several|many)|inventad[oa]|fictici[oa])\b"
    # a case the writer makes up as they go: "Imaginemos a una niña cualquiera de 8 años",
    # "Imagine a 6-year-old who…", "Supongamos que su bebé…"
    r"|\b(?:imagine|imaginemos|imagin[aá]te|supongamos|pongamos que|let['’]s say)"
    r"\s+(?:que\s+|that\s+)?(?:a|an|un|una|your|tu|su)\b"
    r"|\b(?:niñ[oa]|beb[eé]|chamac[oa]|chic[oa]|child|kid) cualquiera\b",
    re.I,
)


def _singled_out(prose: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """One patient of the practice (`OUR_ONE`) or one child told of (`ONE_CHILD`) with what
    there is one of in a town (`ONE_OF_A_KIND`), in the same sentence or the next: no name,
    yet everyone in town knows who. A story said to be made up is none."""
    if NOT_ONE_REAL.search(prose):
        return
    sentences = [m for m in SENTENCE.finditer(prose) if m.group(0).strip()]
    for index, sentence in enumerate(sentences):
        who = OUR_ONE.search(sentence.group(0)) or ONE_CHILD.search(sentence.group(0))
        if who is None or HISTORY.search(paragraph(prose, sentence.start())):
            continue  # (history is told in its own paragraph, not the whole note's)
        # (this sentence and the next of its paragraph)
        window = " ".join(m.group(0) for m in sentences[index : index + 2]
                          if "\n\n" not in prose[sentence.start() : m.start()])
        kind = ONE_OF_A_KIND.search(window)
        if kind is None:
            continue
        start, end = sentence.start() + who.start(), sentence.start() + who.end()
        if any(s < sentence.end() and sentence.start() < e for s, e in found):
            continue  # already told by a phrase above
        found.append((start, end))
        yield warn(start, end, "privacy-anecdote",
                   f'"{" ".join(who.group(0).split())}" told with "{kind.group(0).strip()}", '
                   "which there is one of in town (the only one, the first ever, in the news, "
                   "a parent's job), points at one family.")


#: The writer, right before a child told by a parent's role: their own childhood.
SELF_BEFORE = re.compile(r"\b(?:I\s+was|I['’]m|I\s+am|yo\s+era|yo\s+fui|fui|era\s+yo)\s+$",
                         re.I)
#: A book, a film or a tale told of, right before the child: its plot, nobody's story.
#: Before the child, words that make it a pattern of many: "casi todas las tardes llega
#: alguna llamada con la misma historia: un niño que ...", "every winter we see a toddler".
MANY_TIMES = re.compile(
    r"\b(?:the same story|la misma historia|every (?:winter|summer|week|year|night|day)"
    r"|todas las (?:tardes|noches|semanas|mañanas)|casi todas|cada (?:invierno|verano|semana"
    r"|año|noche))\b",
    re.I,
)
A_WORK_ABOUT = re.compile(
    r"\b(?:story|stories|book|tale|movie|film|show|episode|song|cuento|libro|pel[ií]cula"
    r"|historia|canci[oó]n|serie) (?:of|about|de|sobre)\b"
    # a character and their author: "el niño de Carabanchel que inventó Elvira Lindo"
    r"|\b(?:que|who|whom) (?:invent[oó]|cre[oó]|imagin[oó]|escribi[oó]|dibuj[oó]|invented"
    r"|created|dreamed up|drew|wrote) [A-ZÁÉÍÓÚÑ]",
    re.I,
)


def _one_who(prose: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """`ONE_WHO` stories, unless the text is history or a public report."""
    if HISTORY.search(prose):
        return
    for match in ONE_WHO.finditer(prose):
        if PUBLIC_REPORT.search(sentence_of(prose, match.start(), match.end())):
            continue
        if A_WORK_ABOUT.search(prose, max(0, match.start() - 30), match.end() + 20):
            continue  # "the story of a girl who wished ...": a book's, not a patient's
        found.append(match.span())
        yield _story_hit(match)


def _story_hit(match: re.Match[str]) -> Hit:
    """The WARN for a phrase that tells a story about one patient."""
    return warn(
        match.start(),
        match.end(),
        "privacy-anecdote",
        f'"{" ".join(match.group(0).split())}" reads like a story about one real '
        "patient; details around it can identify the family.",
    )


def _told_stories(prose: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """Sentence by sentence: one particular child at a particular past moment ("Last Friday
    night a 16-year-old patient of ours ..."), or a child named by a parent's job in town.

    Stories are told in endless ways; what they share is one child and one moment (or one
    role), which general advice ("a 4-year-old can choke on a grape") never has.
    """
    # A match inside a sentence is a match in the whole text (a sentence ends at a non-word
    # character): a text with neither has no story to find, sentence by sentence.
    if PAST_MOMENT.search(prose) is None and ROLE_CHILD.search(prose) is None:
        return
    for sentence in SENTENCE.finditer(prose):
        text = sentence.group(0)
        child = ROLE_CHILD.search(text)
        if child is not None and SELF_BEFORE.search(text, 0, child.start()):
            child = None  # "I was the pharmacist's kid": the writer's own childhood
        if child is None and PAST_MOMENT.search(text) and not PUBLIC_REPORT.search(text) and (
                not _HISTORY_YEAR.search(text)):  # ("En enero de 1922, un niño de 14 años
            # llamado Leonard Thompson": history's child, not a patient)
            child = ONE_CHILD.search(text)
            if child is not None and (
                not (PAST_AFTER.search(text, child.end())
                     or WE_DID.search(text, 0, child.start()))
                or HYPOTHETICAL.search(text, 0, child.start())
                or ADVICE_AFTER.match(text, child.end())
                # "the story of a girl who wished ...": a book's child; "la misma historia:
                # un niño que ...": the pattern of many calls, not one child
                or A_WORK_ABOUT.search(text, max(0, child.start() - 30), child.start())
                or MANY_TIMES.search(text, 0, child.start())
                # "naming this week Child Passenger Safety Week": an observance's name
                or re.match(r"[A-Z]\w*\s+[A-Z]", child.group(0).split()[-1] + text[
                    child.end() : child.end() + 3]) is not None
            ):
                child = None
        if child is None:
            continue
        start, end = sentence.start() + child.start(), sentence.start() + child.end()
        if any(s < sentence.end() and sentence.start() < e for s, e in found):
            continue  # already told by a phrase above
        yield warn(
            start,
            end,
            "privacy-anecdote",
            f'"{" ".join(child.group(0).split())}" at a particular moment reads like a story '
            "about one real child; details around it can identify the family.",
        )


def biometrics(prose: str) -> Iterator[Hit]:
    # A file name's words are words: "footprint_scan_baby_lindqvist_R.png" (same length).
    prose = prose.replace("_", " ")
    for match in STR_PROFILE.finditer(prose):
        yield block(
            match.start(),
            match.end(),
            "privacy-biometric",
            f'A DNA profile ("{match.group(0)}") identifies one person.',
            "Fix: remove the genetic markers.",
        )
        return
    for match in BIOMETRIC.finditer(prose):
        left = max(prose.rfind(". ", 0, match.start()), prose.rfind("\n\n", 0, match.start()))
        right = prose.find(". ", match.end())
        sentence = prose[left + 1 : right if right != -1 else len(prose)]
        if not ONE_PERSONS.search(sentence):
            continue
        yield block(
            match.start(),
            match.end(),
            "privacy-biometric",
            f'A biometric identifier of one person ("{match.group(0)}").',
            "Fix: remove it, or describe it in general words without the image or the values.",
        )


# --- images --------------------------------------------------------------------------------
IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)[^)]*\)"
    r"|<img\b(?P<attrs>[^>]*)>",
    re.I,
)
_ATTR = re.compile(r"""\b(?P<name>src|alt|title)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.I)
CAMERA_FILE = re.compile(
    r"(?:^|[/\\\s\"'(=])(?:IMG|PXL|DSC|DSCN|DSCF|DCIM|MVIMG|VID|PANO|P\d{3}|GOPR|DJI|SAM"
    r"|Photo|WhatsApp[ _]Image|Screenshot|Snapchat|FullSizeRender|image)[_\- ]?\d{3,}[\w\-. ]*"
    r"\.(?:jpe?g|png|heic|heif|webp|gif|tiff?|dng)\b",
    re.I,
)
PERSON_IN_ALT = re.compile(
    r"\b(?:child|children|kid|kids|girl|boy|baby|babies|infant|toddler|teen|teenager|newborn"
    r"|preemie|patient|mom|mother|dad|father|parent|parents|family|sister|brother|sibling|twins?"
    r"|grandma|grandmother|grandpa|grandfather|woman|man|person|people|student|face|smiling"
    r"|smile|selfie|portrait|hugging|cuddling|sleeping in|arms of|\w+-year-old"
    # (a thing holds things too: "a red wall cabinet holding an AED")
    r"|(?<!cabinet )(?<!box )(?<!shelf )(?<!bag )(?<!kit )(?<!case )(?<!basket )(?<!bin )"
    r"(?<!jar )(?<!tray )(?<!rack )(?<!drawer )(?<!cooler )(?<!table )holding"
    r"|\w+-month-old|ni[ñn][oa]s?|beb[eé]s?|reci[eé]n nacid[oa]|mam[aá]|pap[aá]|madre|padre"
    r"|familia|herman[oa]s?|abuel[oa]|paciente|sonriendo|sonrisa|cara|rostro|retrato"
    r"|en brazos|cargando|abrazando)\b"
    # a thing made for a child is no child: "a toddler plate", "infant car seat", "kid-size cup"
    # (and a thing of theirs: "a shelf of children's picture books")
    r"(?!(?:['’]s?)?[\s-]+(?:(?:picture|board|story|activity|coloring|colouring)\s+)?"
    r"(?:plates?|portions?|beds?|seats?|meals?|menus?|snacks?|cups?|toothbrush\w*"
    r"|formula|sizes?|carriers?|gates?|bottles?|spoons?|bowls?|clothes|shoes|toys?|books?"
    r"|car seats?|size|scales?|waiting|areas?|rooms?|tubs?|bathtubs?|monitors?|thermometers?"
    r"|swings?|wipes?|diapers?|blankets?|mats?|gyms?|units?|wards?|corners?|sections?|chairs?"
    r"|furniture|shampoo|lotion|soap|sunscreen|vaccines?|doses?)\b)"
    # ("una báscula para bebés": a thing for babies)
    r"(?<!\bpara beb[eé]s)(?<!\bpara ni[ñn]os)(?<!\bpara beb[eé])",
    re.I,
)
NOT_A_PHOTO = re.compile(
    r"\b(?:drawing|diagram|illustration|illustrated|chart|graph|graphic|cartoon|clip ?art|icon"
    r"|logo|calendar|calendario"
    r"|infographic|(?<!on a )(?<!on the )(?<!at a )(?<!at the )table|map|schematic|sketch"
    r"|poster|flyer|screenshot of (?:a|the) (?:page|form"
    r"|app|website)|dibujo|diagrama|ilustraci[oó]n|gr[aá]fic[oa]|tabla|caricatura|icono|logotipo"
    r"|mapa|esquema|cartel|folleto|curvas? de (?:crecimiento|talla|peso)|growth curve"
    r"|percentil(?:e?s)?|percentiles?|infograf[ií]a|l[ií]nea de tiempo|timeline|plot"
    # a stock picture or a model is nobody's patient
    r"|stock (?:photo|image|picture)|posed by (?:a )?models?|foto de (?:archivo|stock)"
    r"|imagen (?:de archivo|ilustrativa)|photo illustration|stock-photo"
    # a picture that says nobody is in it: "two empty buggies in front, no people in view"
    r"|no (?:people|person|one|faces?|children|kids)\b[^.]{0,20}(?:in|shown|visible|in view)"
    r"|nobody (?:in|shown)|without (?:people|faces)|sin (?:gente|personas|caras))\b",
    re.I,
)


#: Before a name in a file name, a clinician's title: "dra-ana-rivera.jpg" is the doctor's.
CLINICIAN_TITLES = frozenset({"dr", "dra", "doctor", "doctora", "nurse", "np", "pa"})
#: A picture's file name ("liam-bike-helmet-day.jpg"), its words apart.
PHOTO_FILE = re.compile(
    r"(?P<stem>[\w\-]+)\.(?:jpe?g|png|heic|heif|webp|gif|tiff?)\b", re.I)


def _named_in_file(src: str) -> str:
    """The given name a picture's file name holds ("liam" in "liam-bike-helmet-day.jpg"),
    or "": a picture named after a child is a picture of that child. A name that is also a
    word, a place or one half of a public figure's name ("jonas-salk.jpg") is left alone."""
    match = PHOTO_FILE.search(src.rsplit("/", 1)[-1])
    if match is None:
        return ""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", match["stem"])]
    for i, word in enumerate(words):
        pair = {" ".join(words[j : j + 2]) for j in (i - 1, i) if j >= 0}
        if (len(word) >= 3 and word in given_names() and word not in NOT_PERSON_WORDS
                and not dictionary_word(word) and word not in BIG_PLACES
                and word not in MONTHS and word not in WEEKDAYS
                and not pair & PUBLIC_FIGURES and word not in PUBLIC_FIGURES
                and not (i and words[i - 1] in CLINICIAN_TITLES)):
            return word
    return ""


#: Alt text of a clinician's portrait, named by title, with no child in it: "La Dra. Odalys
#: Betancourt sonriendo en su consultorio", "Dr. Patel at her desk" (staff are named on
#: purpose; a child beside them is not).
CLINICIAN_PORTRAIT = re.compile(
    r"^(?!.*\b(?:child|kid|boy|girl|baby|toddler|infant|newborn|teen|patient|son|daughter"
    r"|ni[ñn][oa]s?|beb[eé]s?|nen[ea]s?|paciente|hij[oa]s?)\b)"
    r".*\b(?:Dr|Dra|Doctor|Doctora|Nurse|Enfermera|Enfermero)\.?\s+[A-ZÁÉÍÓÚÑ]", re.I | re.S)


def image_hits(src: str, alt: str, start: int, end: int) -> Iterator[Hit]:
    """A WARN when an image may show a person: a camera file name, a file named after
    someone, or alt text about one."""
    fix_what = "A photo that may show a person's face"
    if (name := _named_in_file(src)) and not NOT_A_PHOTO.search(alt):
        yield warn(
            start,
            end,
            "privacy-image",
            f"{fix_what}: its file name (“{src.rsplit('/', 1)[-1]}”) names someone "
            f"(“{name}”); a picture named after a child is a picture of them.",
        )
        return
    if CAMERA_FILE.search(" " + src):
        yield warn(
            start,
            end,
            "privacy-image",
            f"{fix_what}: a camera's file name (“{src.rsplit('/', 1)[-1]}”) is a photo; a "
            "face, a name tag or a chart in it can identify the patient.",
        )
        return
    if (alt and PERSON_IN_ALT.search(alt) and not NOT_A_PHOTO.search(alt)
            and not CLINICIAN_PORTRAIT.search(alt)):
        yield warn(
            start,
            end,
            "privacy-image",
            f"{fix_what}: its alt text describes a person (“{alt.strip()}”); a face can "
            "identify the patient.",
        )


def images(text: str) -> Iterator[Hit]:
    """Images in Markdown or HTML that may show a person, and camera file names anywhere
    (a link target, an `image:` value, a bare file name)."""
    spans: list[tuple[int, int]] = []
    if "![" in text or "<img" in text.lower():
        for hit in _image_syntax(text):
            spans.append((hit.start, hit.end))
            yield hit
    if "." not in text:
        return
    for match in CAMERA_FILE.finditer(" " + text):
        start, end = max(match.start() - 1, 0), match.end() - 1
        if any(s <= start < e for s, e in spans):
            continue
        name = text[start:end].strip(" /\\\"'(=")
        yield warn(
            end - len(name),
            end,
            "privacy-image",
            f"A photo that may show a person's face: a camera's file name (“{name}”); a face, "
            "a name tag or a chart in it can identify the patient.",
        )


def _image_syntax(text: str) -> Iterator[Hit]:
    for match in IMAGE.finditer(text):
        if match["attrs"] is not None:
            attrs = {
                m["name"].lower(): m["dq"] if m["dq"] is not None else m["sq"]
                for m in _ATTR.finditer(match["attrs"])
            }
            src, alt = attrs.get("src", ""), attrs.get("alt", "") or attrs.get("title", "")
        else:
            src, alt = match["src"], match["alt"]
        yield from image_hits(src, alt, match.start(), match.end())
