"""Adults a note names by what they do: the community's professionals, officials and owners.

A practice's posts name many adults who are not patients: the pharmacist down the street,
the coach who hosted a concussion talk, the WIC counsellor, the rabbi who opened his hall
for a flu clinic, the reporter who interviewed the doctor. A word list cannot tell their
full names from a child's; the words around them can, because a child is never introduced
by an adult's trade ("Pharmacist Priyanka Raghunathan", "la teniente de bomberos Marisela
Ybarra", "Rubén Ledesma, a retired firefighter,", "Henrietta Osei-Bonsu directs the milk
bank"). `adults_introduced` gives the words of those names, so the note's later mentions
("Priyanka says ...") pass too, as the practice's own staff do (names_public.staff_introduced).

What keeps a leak a leak: a child's own "roles" (student, player, captain, volunteer, scout)
are not trades; a trade said of a child ("young artist", "little chef") is none; and an adult
named with their own child's health ("Officer Dana Pruitt, whose son broke his wrist") is a
patient's parent, so the name still stops the note.

A note about the practice's people as a whole (`people_news`: "Tags: staff news",
"voluntarios") names its adults without a trade ("Rocío Barrientos (9 years)"): there a name
in a sentence that tells of no child, age, family, visit or illness (`about_a_child`) is one
of them (privacy._drop_adults_of_people_news).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hits import sentence_of
from .lexicon import NOT_PERSON_WORDS, REGIONAL_CHILD, TOWN_TRADES, UNWELL_FOR_A_WHILE, fold
from .names_public import CHILD_IN_LIST
from .names_words import Token, _tokens, dictionary_word

#: Trades and offices only adults hold, in English and Spanish (a child's "roles" are left
#: out on purpose: student, player, captain, goalie, scout, volunteer, helper).
_TRADE = (
    # (the trades a town has one of, lexicon.TOWN_TRADES, are adults' trades too)
    rf"(?:{TOWN_TRADES}|hygienist|orthodontist|optometrist|chiropractor|[a-z]+ologist"
    r"|[a-z]+ician|nurse-midwife|sensei|obstetrician|registrar|accountant|banker"
    r"|assistant|aide|asistente|auxiliar"
    r"|surgeon|physician|pediatrician|doula|therapist|sonographer|technician"
    r"|paramedic|EMT|firefighter|lieutenant|officer|deputy"
    r"|detective|trooper|reverend|chaplain|deacon|teacher"
    r"|superintendent|professor|instructor|counsel(?:l)?or|trainer|dietitian"
    r"|nutritionist|photographer|reporter|journalist|anchor|host|producer|editor|columnist"
    r"|illustrator|director|coordinator|manager|specialist|liaison|educator|administrator"
    r"|supervisor|founder|farmer|chef|attorney|lawyer|architect|engineer"
    r"|scientist|researcher|interpreter|translator|social worker|case manager|scribe"
    r"|receptionist|council(?:wo)?man|councilmember|alderman|alderwoman|commissioner"
    r"|state representative|senator|governor|clerk|inspector|phlebotomist"
    r"|mail carrier|courier|custodian|freelancer|timer|consultant|lead|congress(?:wo)?man"
    # (a classroom's "line leader" is a child)
    r"|(?<!line )(?<!class )(?<!team )leader"
    r"|organi[sz]er|chair(?:wo)?man|chairperson|president|coroner|treasurer|navigator"
    r"|handler|stylist|apprentice|preceptor|clergy|carpenter|plumber|electrician|painter"
    # (a team has a captain too: only the title before a name, "Captain Jaime Orozco")
    r"|captain(?=[ \t]+(?-i:[A-Z]))"
    # (not "artist", "performer", "lifeguard": a child draws, dances and guards a pool too)
    r"|sculptor|designer|conductor|referee|umpire|muralist|auctioneer|sergeant|Sgt\."
    # a rank, abbreviated before the name: "especially Lt. Marcus Oyelaran"
    r"|(?-i:Lt|Lieut|Capt|Cpl|Det|Ofc|Dep|Cmdr|Sr\. ?Cpl)\.(?=[ \t]+(?-i:[A-Z]))"
    r"|(?:extension|insurance|real estate) agent"
    # (a child studies and drives no truck: "foodbank driver Wendell Ostrowski", "Vusi
    # Dlamini, a Lincoln Land nursing student,")
    r"|deaconess|contractor|(?:bus|truck|van|foodbank|food bank|delivery)\s+driver"
    r"|(?:nursing|medical|pharmacy|dental|PA|NP|nurse practitioner|physician assistant"
    r"|residency|graduate|grad|doctoral|PhD|social work) student|diaconisa|chofer"
    r"|chair(?=[ \t]+(?-i:[A-Z]))"
    # a clinician's letters before the name: "Our adolescent medicine NP, Jordan Whitley"
    r"|(?-i:NP|PA|RN|CNM|CPNP|FNP|LPN|CMA|IBCLC|MD)"
    # a church's own, capitalised: "Sister Beverly Towns", "Brother Wilfredo" ("her sister
    # Maeve" is a sibling)
    # (with a full name only: "Brother Liam had a cold too" is a sibling)
    r"|(?-i:Sister|Brother|Hermana|Hermano)(?=[ \t]+(?-i:[A-ZÁÉÍÓÚÑ][\w'’-]+[ \t]+[A-ZÁÉÍÓÚÑ]))"
    # a priest, capitalised ("her father Marcus" is a parent; "Father Tadeusz" a priest)
    r"|(?-i:Father|Padre|Reverend|Rev\.|Fr\.|(?:[Ee]l|al|del) padre(?=[ \t]+[A-ZÁÉÍÓÚÑ]))"
    r"|head(?=[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?(?:services|department"
    r"|program|programme|library|school|nursing|pediatrics|unit|clinic|office|division|center"
    r"|centre|ministry|board|committee|foundation|association|council|aquatics|athletics"
    r"|security|maintenance|operations|facilities)\b)"
    r"|(?:school board|board|council|committee|PTA|PTO) member|mohel"
    r"|congresista|nurse(?:\s+(?:practitioner|manager"
    r"|educator|liaison|navigator|coordinator|supervisor|consultant))?"
    r"|farmac[eé]utic[oa]|dentista|odontopediatra|ortodoncista|higienista|[a-záéíóú]+[oó]log[oa]"
    r"|cirujan[oa]|m[eé]dic[oa]|pediatra|doctora?|enfermer[oa]|terapeuta|t[eé]cnic[oa]"
    r"|param[eé]dic[oa]|bomber[oa]|teniente|oficial|agente|alguacil|pastora?|rabino|im[aá]n"
    r"|sacerdote|capell[aá]n|di[aá]cono|profesora?|directora?|coordinadora?|gerente"
    r"|especialista|educadora?|consejer[oa]|asesora?|consultora?|entrenadora?|nutricionista"
    r"|fot[oó]graf[oa]|reporter[oa]|periodista|locutora?|productora?|editora?|ilustradora?"
    r"|fundadora?|due[ñn][oa]s?|propietari[oa]s?|agricultora?|panader[oa]|cociner[oa]|abogad[oa]"
    r"|jueza?|arquitect[oa]|ingenier[oa]|investigadora?|int[eé]rprete|traductora?"
    r"|trabajadora? social|promotora|comadronas?|regidora?|concejala?|comisionad[oa]"
    r"|alcaldesa|recepcionista|administradora?|[aá]rbitro|profe|escultora?|dise[ñn]adora?"
    r"|capit[aá]na?(?=[ \t]+(?-i:[A-ZÁÉÍÓÚÑ]))|sargent[oa]|navegadora?"
    r"|polic[ií]a|carpinter[oa]|plomer[oa]|electricista|pintora?"
    r"|gobernadora?|senadora?|diputad[oa]|bibliotecari[oa]|inspectora?|organizadora?"
    # (not an elder's honorific, "doña Lupe Zavaleta", "la señora Araceli Montemayor": in
    # this corpus patients' mothers and grandmothers are named so as often as volunteers;
    # measured in session 11, see the corpus README)
    r"|licenciad[oa]|president[ea]|jef[ea](?=[ \t]+de\b))"
)
#: A name: one to four capitalised words, particles between ("Amparo de la Cruz Villaseñor",
#: "Cormac Ó Dálaigh"), never a possessive ("Kelly's daughter" is about the daughter).
_NAME = (
    r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[ \t]+(?:(?:de|del|de la|de los|van|von|da|dos|ap"
    r"|le|la|Ó|Ní|Mac)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){0,3}+(?![\w'’])"
)
#: An honorific between a trade and the name, or between two names of a list: "la
#: presidenta de Raíces Latinas, la señora Araceli Montemayor", "de don Alberto Garnica".
_HONORIFIC = (
    r"(?:(?:(?i:la|el)[ \t]+)?(?i:se[ñn]ora|se[ñn]or|do[ñn]a|don|mrs?\.?|ms\.?)[ \t]+)?"
)
#: A Spanish adjective of a trade, after it: "la enfermera escolar", "el entrenador atlético".
_TRADE_ADJECTIVE = (
    r"(?:escolar|comunitari[oa]|atl[eé]tic[oa]|social|general|municipal|estatal|local"
    r"|biling[uü]e|jubilad[oa]|retirad[oa]|certificad[oa]|principal|invitad[oa]|dental"
    r"|infantil|pedi[aá]tric[oa]|familiar|estadounidense"
    # a nationality: "la investigadora chilena", "el pediatra mexicano"
    r"|[a-záéíóúñ]{3,}(?:an[oa]|en[oa]|in[oa]|ic[oa]|es[a]))"
)
#: A complement's word: lower case, or an acronym ("la consejera de WIC Amalia Cruz").
_COMPLEMENT_WORD = r"(?:(?-i:[a-záéíóúñ][\w'’-]*)|(?-i:[A-Z]{2,5}))"
ADULT_INTRO = re.compile(
    # the trade right before the name, a complement in lower case between: "Pharmacist
    # Priyanka Raghunathan", "la consejera de nutrición Rosario Paredes", "La enfermera
    # escolar Concepción Ruvalcaba"
    rf"(?<![\w'’])(?:(?i:[a-z]+)-)?(?i:{_TRADE})(?:e?s)?(?:[ \t]+{_TRADE_ADJECTIVE})?"
    rf"(?:[ \t]+(?:de|del|of|de la|at)[ \t]+(?:{_COMPLEMENT_WORD}[ \t]+){{0,4}}?"
    # ("club leaders like Rhonda Pfeiffer", "ag teacher Mr. Lyle Dumont")
    rf"{_COMPLEMENT_WORD})?(?:[ \t]+(?i:like|such as|including|como))?[ \t]+{_HONORIFIC}"
    rf"(?P<a>{_NAME})"
    # ... or after a comma when a determiner leads it ("El director de salud ambiental del
    # condado, Bartholomew Nakagawa-Reyes", "Sangamon County's communicable disease
    # supervisor, Agnieszka Wróblewska-Turner", "La directora del Departamento de Salud del
    # condado de Sangamon, Evangelina Rocha"; "Doctora, Inés tuvo fiebre" is someone
    # talking to the doctor)
    rf"|(?:\b(?i:the|our|their|his|her|el|la|nuestr[oa]|su|an?|una?)|[A-Z][\w'’-]*['’]s)[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_TRADE})(?:e?s)?(?:[ \t]+{_TRADE_ADJECTIVE})?"
    r"(?:[ \t]+(?:de|del|of|de la|at|from|in|desde|en)[ \t]+[^,.;:!?\n]{1,60}?)?,[ \t]+"
    + _HONORIFIC + r"(?P<d>" + _NAME + ")"
    # the trade, then who holds it: "La maestra es Glenda Mora", "The instructor will be
    # Coach Lyle Dumont" (a child holds no trade)
    + rf"|\b(?i:the|our|their|el|la|nuestr[oa]|su)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
    rf"(?i:{_TRADE})[ \t]+(?i:is|es|ser[aá]|will be|was|fue|era)[ \t]+"
    + _HONORIFIC + r"(?P<v>" + _NAME + ")"
    # the trade in an appositive: "Rubén Ledesma, a retired firefighter", "Lorenzo Acevedo,
    # dueño de la taquería", "Tou Lor, our Hmong interpreter"
    # (a staff list in bold: "**Maricela Ontiveros**, enfermera practicante")
    rf"|(?P<b>{_NAME})(?:\*\*|__|\*|_)?,[ \t]+"
    r"(?:(?i:an?|the|our|una?|la|el|nuestr[oa]|su)[ \t]+)?"
    rf"(?:(?:[\w'’-]+|Dra?\.)[ \t]+){{0,3}}?(?i:{_TRADE})\b(?!['’])"
    # the trade in brackets, as a roster gives it: "Gloria Pienaar (office manager), Yesenia
    # Corral, Hope Calloway"
    rf"|(?P<p>{_NAME})[ \t]*\((?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_TRADE})\)"
    # a trade's name for them: "a young pediatrician in Tokyo named Tomisaku Kawasaki", "una
    # partera llamada Comfort Adjei"
    rf"|\b(?i:{_TRADE})\b[^.,;:!?\n]{{0,30}}?\b(?i:named|called|llamad[oa])[ \t]+(?P<n>{_NAME})"
    # a shop and whose it is: "**Taquería Don Beto**, de don Alberto Garnica", "**Delicias del
    # Ande**, de la señora Delia Ccori"
    r"|\*\*[A-ZÁÉÍÓÚÑ][^*\n]{2,60}\*\*,[ \t]+(?i:de|of|owned by|run by)[ \t]+"
    + _HONORIFIC + rf"(?P<o>{_NAME})"
    # a task that is theirs, the verb first: "La colecta la organiza Wilson Henao"
    r"|\b(?i:l[oa]s?)[ \t]+(?i:organiza|dirige|coordina|preside)[ \t]+"
    r"(?:(?i:el|la)[ \t]+(?i:se[ñn]ora|se[ñn]or|do[ñn]a|don)[ \t]+)?"
    rf"(?P<m>{_NAME})"
    # what they run or lead: "Henrietta Osei-Bonsu directs the milk bank depot", "Renée
    # Marchand-Oyelowo chairs our parent advisory board", "Tou Lor interprets at our office",
    # "Bartholomew and Ingrid Sundqvist, who own Sundqvist Creamery", "Marjorie Oyelade has
    # directed the WIC office since 2002", "X takes over as front desk lead"
    # ("doña Rosalba Cárdenas de Guzmán, que a sus 76 años dirige el club de tejido")
    rf"|(?P<c>{_NAME}),?[ \t]+(?:(?:who|que)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?)?"
    r"(?i:directs|chairs|heads|manages|owns?|coordinates"
    r"|oversees|interprets|dirige|coordina|preside|administra|es due[ñn][oa]|es miembro"
    r"|is a member|has (?:directed|led|run|managed|coordinated|chaired|headed|answered our"
    r"|staffed|served|volunteered)|takes over as|took over as|will take over as"
    r"|runs? (?:the|our|a) (?:[\w'’-]+[ \t]+){0,3}?(?:counter|office|program|programme|desk"
    r"|department|clinic|pantry|store|shop|bakery|library|center|centre|league|bank"
    r"|kitchen|restaurant|farm|market|creamery|room|branch|pool|choir|club|shelter)"
    # who teaches a grade or a class: "Ruth Adebayo, who teaches third grade at Dunmore
    # Elementary", "Gloria Amparo Ramírez, que enseña cuarto en la escuela bilingüe"
    r"|teaches[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:grade|kindergarten|preschool|school|class"
    r"|classes|lessons|music|art|piano|swimming|dance|yoga)\b"
    r"|ense[ñn]a[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:grado|kinder|kínder|preescolar|escuela|en la"
    r"|en el|clases|m[uú]sica|piano|nataci[oó]n)\b"
    # a shop of theirs: "Óscar Villamizar, que tiene la panadería colombiana del centro"
    r"|tiene[ \t]+(?:la|una|el|un)[ \t]+(?:panader[ií]a|tienda|taquer[ií]a|restaurante"
    r"|cafeter[ií]a|farmacia|florister[ií]a|barber[ií]a|peluquer[ií]a|carnicer[ií]a"
    r"|tortiller[ií]a|pupuser[ií]a|negocio|taller|colmado|bodega|pasteler[ií]a)\b"
    # coworkers of a company: "Rigoberto Ixcoy y sus compañeros de la cooperativa"
    r"|y[ \t]+sus[ \t]+compa[ñn]er[oa]s[ \t]+de[ \t]+(?:la|el)\b"
    # a column of their own: "Russell Okimoto, who writes the syndicated "Dad Math" parenting
    # column", "la columna que Esteban Arboleda escribe cada domingo en el periódico"
    r"|(?:writes|escribe)\b[^.;!?\n]{0,50}?\b(?:column|blog|newsletter|podcast|columna"
    r"|peri[oó]dico|diario|revista))\b"
    # a newspaper, a library, a university of theirs: "Priscilla Ndlovu-Harris from the Valley
    # Gazette", "Desmond Achterberg of the Springfield Public Library"
    rf"|(?P<g>{_NAME}),?[ \t]+(?i:from|of|at|with|de|del)[ \t]+(?:(?i:the|la|el)[ \t]+)?"
    r"(?:[A-Z][\w'’&.-]*[ \t]+){0,4}?(?:Gazette|Times|Tribune|Herald|News|Post|Journal|Courier"
    r"|Register|Chronicle|Observer|Sentinel|Radio|Library|University|College|Foundation"
    r"|Society|Association|Council|Museum|Diario|Peri[oó]dico|Universidad|Fundaci[oó]n"
    r"|Biblioteca|Asociaci[oó]n|Hardware|Solutions|Roofing|Pharmacy|Bank|Credit Union|Insurance"
    r"|Realty|Company|Co\.|Inc\.|LLC|Photography|Studio|Dental|Church|Parish|Temple|Mosque"
    r"|Synagogue|Club|Rotary|Kiwanis|Lions|Department|Farm|Bakery|Caf[eé]|Market|Colmado"
    r"|Panader[ií]a|Florister[ií]a|Iglesia|Parroquia|Taquer[ií]a|Tortiller[ií]a|Cebicher[ií]a"
    r"|Pupuser[ií]a|Poller[ií]a|Carnicer[ií]a|Restaurante|Restaurant|Flooring|Honey|Dentistry"
    r"|Cycles|Bikes|Fades|Barbershop|Salon|Orchard|Apiary|Catering|Construction|Plumbing"
    r"|Landscaping|Motors|Realty|Grill|Kitchen|Fire|Police|Sheriff['’]s|Sheriff|Office|Extension"
    r"|EMS|Ambulance|Oficina|oficina|Departamento|departamento|Bomberos|bomberos)\b"
    # a trade of years: "Oksana Kovalchuk-Reid taught English in Kharkiv for fourteen years"
    rf"|(?P<f>{_NAME})[ \t]+(?:has[ \t]+)?(?i:taught|worked|practiced|practised|nursed"
    r"|coached|directed|managed|led|trabaj[oó]|ense[ñn][oó]|ejerci[oó]|entren[oó]|dirigi[oó])"
    r"\b[^.;!?\n]{0,60}?\b(?i:for|durante|por)[ \t]+"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)[ \t]+(?i:years|decades|a[ñn]os)\b"
    # years at a counter: "Nuria Casademunt lleva quince años detrás del mostrador de la
    # farmacia", "lleva veinte años sirviendo en Springfield"
    rf"|(?P<i>{_NAME})[ \t]+(?i:lleva|llevaba|ha pasado)[ \t]+(?:\d+|[a-záéíóúñ]+)[ \t]+"
    r"(?i:a[ñn]os)[ \t]+(?i:detr[aá]s|al frente|trabajando|sirviendo|dirigiendo|atendiendo"
    r"|ense[ñn]ando|como|en la|en el)\b"
    # years in a trade: "diez años de Rosalba Estrada como asistente médica", "Ana Ruiz
    # joined us as a nurse"
    rf"|(?P<h>{_NAME})[ \t]+(?:(?i:se un(?:e|i[oó])|joins|joined|started|starts|serves|served"
    r"|trabaja|trabaj[oó]|empez[oó]|comenz[oó]|works|worked|returns|returned)\b[^.;!?\n]{0,30}?"
    r"[ \t])?(?i:como|as)[ \t]+(?:(?i:an?|our|una?|nuestr[oa])[ \t]+)?(?:[\w'’-]+[ \t]+)?"
    rf"(?i:{_TRADE})\b"
    # retired: "Walt and June Hagerty, retired from 34 years of teaching", "don Bert
    # Vanlandingham, policía estatal jubilado"
    rf"|(?P<j>{_NAME}),[ \t]+(?:(?i:an?|una?)[ \t]+)?(?:[a-záéíóúñ]+[ \t]+){{0,2}}?"
    r"(?i:retired|jubilad[oa]|retirad[oa])\b"
    # years at a trade, told after "who": "Wallace Finch, who has worked the corner by Lincoln
    # Middle School for nineteen years", "a mohel who has practiced in central Illinois for
    # thirty years" (a child may have had asthma for two years: only the trades' verbs)
    rf"|(?P<l>{_NAME}),?[ \t]+(?:(?i:an?|una?)[ \t]+[\w'’-]+[ \t]+)?(?i:who|que)[ \t]+"
    r"(?i:has|had|ha|hab[ií]a)[ \t]+(?i:taught|worked|practiced|practised|nursed|coached"
    r"|directed|managed|led|run|served|volunteered|owned|cut|baked|delivered|trabajado"
    r"|ense[ñn]ado|ejercido|entrenado|dirigido|servido|atendido)\b[^.;!?\n]{0,60}?"
    r"\b(?i:for|durante|desde hace|por)[ \t]+(?:(?:more than|over|m[aá]s de)[ \t]+)?"
    # (five years and more: a teen may have volunteered somewhere for two)
    r"(?:(?:[5-9]|[1-9]\d|(?i:five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    r"|quince|dieci[a-zé]+|veinte|veinti[a-zé]+|treinta|cuarenta|cincuenta)(?:-[a-z]+)?)"
    r"[ \t]+(?i:years|a[ñn]os)|(?i:decades|d[eé]cadas))\b"
    # what they lead, after a clause of their own: "Nilda Acevedo, que aprendió a tejer con
    # su abuela en Lares, dirige el grupo"
    # (not "runs" or "leads": "Mateo, who just turned 9, leads his team in goals")
    rf"|(?P<q>{_NAME}),[ \t]+(?i:who|que)[ \t]+[^,.;:!?\n]{{1,80}},[ \t]+(?i:directs|chairs|heads"
    r"|manages|owns|coordinates|dirige|coordina|preside|administra)\b"
    # a station's or a paper's own: "Channel 20's Priscilla Vaughn called us"
    r"|\b(?:(?i:channel|canal)[ \t]+\d+|(?-i:[A-Z]{3,5})|(?:(?i:the)[ \t]+)?(?:[A-Z][\w&.-]*[ \t]+)"
    r"{0,3}?(?:Gazette|Times|Tribune|Herald|News|Post|Journal|Courier|Register|Chronicle"
    r"|Observer|Sentinel|Radio))['’]s[ \t]+(?:(?i:own|reporter|anchor|meteorologist)[ \t]+)?"
    rf"(?P<r>{_NAME})"
    # a spouse (children marry no one): "our medical assistant Krystal Meeks, who married
    # Darnell Pryor on Saturday"
    rf"|\b(?i:married|se cas[oó] con)[ \t]+(?P<t>{_NAME})"
    # the owner of a shop named for the family: "Carl Henning of Henning Flooring", "Ellie
    # Raines of Raines Family Farm" (the family name in the shop's; checked in code)
    rf"|(?P<s>{_NAME})[ \t]+(?i:of|from|at|de|del)[ \t]+(?:(?i:the|la|el)[ \t]+)?"
    r"(?P<shop>(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*)"
    # what they are, said of them: "Tom Nguyen has been the pharmacist at the Walgreens on
    # Wabash for twelve years", "Rosa Elena es la bibliotecaria del barrio"
    rf"|(?P<u>{_NAME})[ \t]+(?i:has been|had been|is|was|es|era|fue|ha sido)[ \t]+"
    r"(?i:the|our|a|an|el|la|un|una|nuestr[oa])[ \t]+"
    r"(?:(?!(?i:little|young|future|budding|aspiring|junior|peque|joven|futur))[\w'’-]+[ \t]+)"
    rf"{{0,2}}?(?i:{_TRADE})\b(?!['’])"
    # a grown-up by title at the place they work: "To Mrs. Gwendolyn Achterberg at the middle
    # school" (a child is named without "Mrs.")
    rf"|(?-i:Mrs|Mr|Ms|Miss|Mx)\.?[ \t]+(?P<w>{_NAME})[ \t]+(?i:at|from|of)[ \t]+"
    r"(?i:the|our)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:school|elementary|library|church|YMCA"
    r"|center|centre|office|district|clinic|hospital|pharmacy|daycare|preschool|academy"
    r"|college|university|department|station|bank)\b"
    # one of the practice's offices: "Emeka Uchenna-Price of our billing office"
    rf"|(?P<e>{_NAME})[ \t]+(?i:of|from|at|in|de|del)[ \t]+(?i:our|nuestr[oa])[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,2}?(?i:office|team|staff|desk|department|lab|oficina|equipo"
    r"|personal)\b"
)
#: A child of the adult, right before them: "el hijo de don Ernesto", "the daughter of
#: Officer Ruiz" (a parent named by the child is still a patient's parent).
CHILD_OF_BEFORE = re.compile(
    r"\b(?:hij[oa]s?|hijit[oa]s?|niet[oa]s?|nen[ea]s?|beb[eé]s?|ni[ñn][oa]s?|sobrin[oa]s?"
    r"|gemel[oa]s|sons?|daughters?|grand(?:son|daughter|child)|kids?|bab(?:y|ies)|child(?:ren)?"
    r"|twins|nephew|niece|beba|varoncit[oa]|hembrita|chamac[oa]s?|" + REGIONAL_CHILD + r")"
    r"[ \t]+(?:(?:menor|mayor|peque[ñn][oa]|chiquit[oa]|youngest|oldest)[ \t]+)?"
    r"(?:de|del|de la|of)[ \t]+(?:(?:la|el|the)[ \t]+)?"
    r"(?:(?:don|doña|señora|señor|mrs?\.?|ms\.?|officer|coach|pastor)[ \t]+)?$",
    re.I,
)
#: Words that make a trade a child's: "young artist", "little chef", "student photographer".
CHILD_TRADE_BEFORE = re.compile(
    r"\b(?:young|little|teen(?:age)?|junior|student|aspiring|future|budding|kid|child"
    r"|peque[ñn][oa]|joven|niñ[oa]|futur[oa])\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
#: The adult's own child in the same sentence: a patient's parent, whose name still stops;
#: or a child singled out beside them ("Coach Darnell carried our point guard off the court",
#: "the teacher who keeps epinephrine for her student with a tree nut allergy").
CHILD_BESIDE = re.compile(
    r"\b(?:his|her|their|whose|su|sus)\s+(?:[\w'’-]+\s+){0,3}?(?:sons?|daughters?|kids?|child"
    r"|children|baby|toddler|twins|boy|girl|team|player|student|hij[oa]s?|hijit[oa]s?"
    r"|niet[oa]s?|nietecit[oa]s?|grand(?:son|daughter|child|kid)s?|sobrin[oa]s?"
    r"|beb[eé]s?|nen[ea]s?|ni[ñn][oa]s?|equipo|jugador[a]?|alumn[oa])\b"
    # one child singled out: "a player from Saturday's game", "a student's peanut reaction",
    # "our point guard" (not "our toddler group", nor "a child" of general advice)
    # ("a very patient golden retriever" is a patient dog: no patient)
    r"|\b(?:our|nuestr[oa]|a|an|one|un|una)\s+(?:(?!(?:very|so|most|more|really|incredibly"
    r"|extremely|endlessly|infinitely|always)\s)[\w'’-]+\s+){0,2}?(?:player"
    # (a nursing or an NP student is an adult in training)
    r"|(?<!nursing )(?<!medical )(?<!practitioner )(?<!pharmacy )(?<!dental )(?<!PA )(?<!NP )"
    r"(?<!graduate )(?<!residency )(?<!assistant )(?<!doctoral )student|pupil"
    r"|camper|swimmer|athlete|patient|point guard|goalie|pitcher|quarterback|portero"
    r"|jugador[a]?|alumn[oa]|paciente)(?:['’]s)?\b(?!\s+(?:group|class|program|clinic|room"
    r"|visits?|portal|families|grupo|clase|programa))"
    # a patient's parent: "one of our moms", "una de nuestras mamás"
    r"|\b(?:one of our|una? de nuestr[oa]s)\s+(?:[\w'’-]+\s+)?(?:moms|mothers|dads|fathers"
    r"|parents|families|mam[aá]s|pap[aá]s|madres|padres|familias)\b"
    # a patient's relative by what they are to them: "abuela de tres de nuestros pacientes",
    # "don Efraín Salgado, el padrino, por traer al bebé"
    r"|\b(?:abuel[oa]|t[ií][oa]|mam[aá]|pap[aá]|madre|padre|padrino|madrina|grandmother"
    r"|grandfather|grandma|grandpa|aunt|uncle|mother|father|godmother|godfather)s?\s+(?:de|of)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:nuestr[oa]s\s+|our\s+)?(?:pacientes?|patients?)\b"
    r"|,\s*(?:el|la|the)\s+(?:padrino|madrina|godfather|godmother)\b",
    re.I,
)
#: A relative right before the name, with or without a comma: "Her dad Marcus, a
#: firefighter" is a patient's father (names_public.KIN_BEFORE asks another question, whether
#: a word is a person at all, and wants "his"/"her"/"the" before the relative).
RELATIVE_BEFORE = re.compile(
    r"\b(?:dad|daddy|father|mom|mommy|mother|mum|parent|grandma|grandpa|grandmother"
    r"|grandfather|aunt|uncle|husband|wife|stepdad|stepmom|pap[aá]|mam[aá]|padre|madre"
    r"|abuel[oa]|t[ií][oa]|espos[oa])\s*,?\s*$",
    re.I,
)


def _priest(before: str) -> bool:
    """"Father Tadeusz", "Padre Ignacio": capitalised, with no "her" or "su" before it, the
    word is a priest's title, not a parent ("her Father Marcus" is rare; "her father" is not)."""
    if re.search(r"\b(?:[Ee]l|al|del) padre\s+$", before):
        return True  # "El padre Anselmo Treviño pidió velas": a father is "el papá de …"
    return (re.search(r"(?-i:Father|Padre)\s+$", before) is not None
            and re.search(r"\b(?:her|his|their|my|our|your|su|mi|tu|nuestro|the|el)\s+\w+\s+$",
                          before, re.I) is None)


def _a_name(words: list[Token]) -> bool:
    """The words could be a person's name: none is a plain dictionary word that no one is
    named ("Dentist Visits For Toddlers" is a heading, not a dentist called Visits)."""
    # (after a given name, a family name may be a word: "organizer Gwendolyn Staples")
    return bool(words) and not any(
        dictionary_word(w.key) and not (w.given or w.surname or (i and words[0].given))
        for i, w in enumerate(words)
    )


def _matches(prose: str) -> Iterator[re.Match[str]]:
    """Every `ADULT_INTRO` match, overlapping ones too: "During Black Breastfeeding Week,
    lactation consultant" (a heading's words before a trade, no name) must not hide
    "consultant Ayanna Ransome-Diallo" right after it."""
    position = 0
    while match := ADULT_INTRO.search(prose, position):
        yield match
        position = match.start() + 1


#: Who leads a team or a crew by trade: "his team", "su equipo" is then the one they lead.
TEAM_LEADER = re.compile(r"(?i)\b(?:coach|captain|capit[aá]na?|chief|jef[ea]|entrenador[a]?"
                         r"|sergeant|sargent[oa]|lieutenant|teniente)\b")


def _child_beside(sentence: str, introduction: str) -> bool:
    """A child in the adult's sentence (`CHILD_BESIDE`), unless it is only the team a coach
    or a fire captain leads ("Coach Ray Delacroix-Bennett told us his team will practice at
    6:30", "el capitán Reginald Hollis y su equipo"; "Mateo Ruiz has led his team ... and
    broke his wrist" is a player's)."""
    found = [m[0] for m in CHILD_BESIDE.finditer(sentence)]
    if not found:
        return False
    if TEAM_LEADER.search(introduction):
        return any(not re.search(r"(?i)\b(?:team|equipo)$", child) for child in found)
    return True


def adults_introduced(prose: str) -> frozenset[str]:
    """The words (folded) of the names `prose` introduces by an adult's trade or office
    (`ADULT_INTRO`); not a trade said of a child, not an adult named with their own child."""
    return frozenset(key for words in _introduced(prose) for key in words)


def adult_full_names(prose: str) -> frozenset[str]:
    """The full names (folded words, space-joined) `prose` introduces as adults by their
    trade: "ruth abernathy" for "Ruth Abernathy, the children's librarian at Lincoln Library".
    The site keeps them (`site_people`): the librarian named in full in another note is the
    same librarian; her given name alone is not enough."""
    return frozenset(" ".join(words) for words in _introduced(prose) if len(words) > 1)


def _introduced(prose: str) -> Iterator[list[str]]:
    """Each name `adults_introduced` reads, as its folded words in order."""
    for match in _matches(prose):
        # (each alternative of ADULT_INTRO names its one group: the match holds one)
        group = next((g for g, value in match.groupdict().items() if value and g != "shop"),
                     None)
        if group is None:
            continue
        if group == "s" and fold(match[group].split()[-1]).rstrip("s") not in {
                fold(w).removesuffix("'s").removesuffix("’s") for w in match["shop"].split()}:
            continue  # "Mateo Ruiz of Hawthorne Elementary": a school, no shop of his
        start, end = match.span(group)
        if group == "d" and re.match(r"(?i:his|her|their)\b", match[0]) and re.search(
                r"\b(?i:mrs?|ms|miss)\.?[ \t]+$", prose[match.start() : start]):
            continue  # "His second-grade teacher, Mrs. Adaeze Okonkwo, noticed him squinting"
        if group in "ad" and CHILD_TRADE_BEFORE.search(prose[max(0, match.start() - 30) :
                                                             match.start()]):
            continue
        before = prose[max(0, start - 20) : start]
        if (RELATIVE_BEFORE.search(before) and not _priest(before)) or prose.startswith(
                ("'s", "’s"), end) or match[group].endswith(("'s", "’s")):
            continue
        if _child_beside(sentence_of(prose, start, end), match[0]) or CHILD_OF_BEFORE.search(
                prose[max(0, match.start() - 40) : match.start()]):
            continue
        # (a trade in the plural is said of the whole list: "the coaches, Dennis Orland and
        # Tamika Grier"; "our receptionist Maritza Quispe and Benjamin, our first patient")
        plural = group in "ad" and re.search(r"[^s]s\b[ \t,]*(?:(?i:la|el)[ \t]+)?"
                                             r"(?:\w+\.?[ \t]+)?$", prose[match.start() : start])
        listed = (_listed_after(prose, match.end() if group == "p" else end)
                  if plural or group == "p" else ())
        for name in (match[group], *listed):
            words = [t for t in _tokens(name) if t.key not in ("de", "del", "la", "los")]
            if _a_name(words):
                yield [t.key for t in words]


#: The next name of a list: "the coaches, Dennis Orland and Tamika Grier", "led by Dr.
#: Marisol Quintanilla and Luz Dary Montoya".
NEXT_IN_LIST = re.compile(
    r"(?:\*\*|__)?(?:,[ \t]*(?:(?:and|y|e)[ \t]+)?|[ \t]+(?:and|y|e|&)[ \t]+)"
    + _HONORIFIC + rf"(?P<name>{_NAME})"
)


def _listed_after(prose: str, end: int) -> Iterator[str]:
    """The names listed right after an adult's (one trade said of a list says it of them all),
    up to a child told by an age or a story ("Greta Halvorsen and Matteo Ricci-Lange, 9")."""
    while (match := NEXT_IN_LIST.match(prose, end)) and not CHILD_IN_LIST.match(prose,
                                                                                 match.end()):
        yield match["name"]
        end = match.end()


#: A note about the practice's people or the community's adults, by its title, tags, slug or
#: category: staff news, volunteers, donors, sponsors, partners, guests.
PEOPLE_TOPIC = re.compile(
    r"\b(?:staff|meet the team|our team|volunteers?|donors?|sponsors?|partners|anniversar(?:y|ies)"
    r"|retire(?:s|d|ment)?|farewell|wedding|awards?|promotion|new hires?|equipo|personal"
    r"|voluntari[oa]s?|donantes?|patrocinador(?:es|as)?|aniversario|jubilaci[oó]n|se jubila"
    r"|despedida|promotoras?|advisory|interpreters?|int[eé]rpretes?|officials?|autoridades"
    r"|nurses|nursing|residents?|interns?|pinning|thank-yous|fundrais\w*|gala|auction)\b",
    re.I,
)
#: What makes a sentence of such a note about a child: a child, an age, a visit or an illness.
CHILD_CUE = re.compile(
    r"\b(?:\d{1,2}[- ](?:years?|months?|weeks?)[- ]old|age[ds]?\s+\d{1,2}|\(\s*\d{1,2}\s*\)"
    r"|de \d{1,2} (?:a[ñn]os|meses)|sons?|daughters?|bab(?:y|ies)|toddlers?|infants?|newborns?"
    r"|kids?|child|children|boys?|girls?|teens?|teenagers?|twins|triplets|patients?"
    r"|grand(?:son|daughter|child)|nieces?|nephews?|hij[oa]s?|hijit[oa]s?|beb[eé]s?|ni[ñn][oa]s?"
    r"|nen[ea]s?|adolescentes?|pacientes?|niet[oa]s?|sobrin[oa]s?|gemel[oa]s?|cuates|fever"
    rf"|{REGIONAL_CHILD}s?"
    # (a family in lower case: "The Hargrove Family Foundation" is a donor)
    r"|(?-i:famil(?:y|ies)|familias?)|moms?|dads?|mother|father|parents?|mam[aá]s?|pap[aá]s?|padres"
    r"|madre|padre|brave|bravest|valiente|survivor|graduate|nicu|chemo\w*|oncolog\w*|mums?"
    r"|mommy|daddy|little|tiny|peque[ñn][oa]s?|chiquit[oa]s?|named|llamad[oa]|weight check"
    r"|players?|students?|jugador(?:es|as)?|portero|alumn[oa]s?|estudiantes?|goalie|pitcher"
    r"|[a-z]+[- ](?:year|month|week)s?[- ]old|(?:de|los|sus)\s+\w+\s+(?:a[ñn]os|meses)"
    r"|diagnos\w*|visits?|checkups?|check-ups?|came in|admitted|hospital\w*|surgery|broke"
    r"|fractur\w*|cast|asthma|allerg\w*|rash|seizures?|fiebre|diagn[oó]stic\w*|consultas?"
    r"|internad[oa]|hospitaliz\w*|cirug[ií]a|yeso|asma|alergi\w*"
    # what befell one of them: "Ruairí Delacroix, who had fallen off the climbing wall and
    # couldn't bend his wrist"
    r"|fell|fallen|wrist|ankle|elbow|collarbone|splint\w*|stitches|sprain\w*|concussion"
    r"|se cay[oó]|mu[ñn]eca|tobillo|puntos)\b",
    re.I,
)


def people_news(topic: str) -> bool:
    """Whether a note's title, tags, slug and category say it is about people who are not
    patients (`PEOPLE_TOPIC`): there, a name in a sentence with no child in it is an adult."""
    return bool(PEOPLE_TOPIC.search(topic.replace("-", " ")))


def about_a_child(sentence: str) -> bool:
    """Whether a sentence tells of a child, an age, a visit or an illness (`CHILD_CUE`)."""
    return bool(CHILD_CUE.search(sentence))


#: One of the practice's own people, named by their job: "Our nurse Danielle", "nuestra
#: recepcionista Heidy", "our MA Kiona".
STAFF_PARENT = re.compile(
    rf"\b(?:[Oo]ur|[Nn]uestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?:(?i:{_TRADE})"
    # (the letters _TRADE lacks: "our MA Kiona", "our PA-C", "our own Dr. Mehta")
    r"|(?-i:MA|PA-C|Dra?\.?))[ \t]+(?P<parent>" + _NAME + ")"
)
#: Their family, said right beside them: "Danielle's twins", "walked her son Malik", "el hijo
#: de nuestra enfermera Zoraida", "cuya hija Andrea", "llegó con su esposo, Andrés".
STAFF_KIN = re.compile(
    r"\b(?:twins|sons?|daughters?|kids|children|youngest|oldest|baby|wife|husband|mother"
    r"|father|mom|dad|hij[oa]s?|nen[ea]|espos[oa]|mam[aá]|pap[aá]|madre|padre)\b",
    re.I,
)
#: A sentence about someone's health is never staff news: "our nurse Danielle's son Rory
#: had RSV" names a child's illness, whoever his mother is.
HEALTH_NEWS = re.compile(
    r"\b(?:fever|sick|ill|ER|hospital\w*|surgery|broke|fractur\w*|diagnos\w*|RSV|flu|covid"
    r"|asthma|seizures?|rash|infection|stitches|allerg\w*|fiebre|enferm[oa]s?|urgencias"
    r"|diagn[oó]stic\w*|asma|gripe|cirug[ií]a|operad[oa]|convulsi\w*|alergia)\b",
)


def staff_families(prose: str) -> frozenset[str]:
    """The words (folded) of the names in staff news about the practice's own families:
    "Our nurse Danielle's twins, Rory and Finn, finished their first year of swim team", "el
    hijo de nuestra enfermera Zoraida, Javier, se graduó". Staff share their families' news
    on purpose; a sentence about anyone's health is left to the other rules."""
    found: set[str] = set()
    for match in STAFF_PARENT.finditer(prose):
        sentence = sentence_of(prose, match.start(), match.end())
        if not STAFF_KIN.search(sentence) or HEALTH_NEWS.search(sentence):
            continue
        for name in re.finditer(_NAME, sentence):
            words = [t for t in _tokens(name.group(0)) if t.key not in ("de", "del", "la", "los")]
            if words and all((t.given or t.surname) and t.key not in NOT_PERSON_WORDS
                             for t in words):
                found.update(t.key for t in words)
    return frozenset(found)


#: Right before a name, a word that makes it a child's: "little Ximena", "la pequeña Ximena",
#: "her son Tom", "the four-year-old, Grace,".
CHILD_BEFORE = re.compile(
    r"\b(?:little|baby|sweet|brave|tiny|toddler|patient|sons?|daughters?|grandson"
    r"|granddaughter|newborn|infant|kiddo|preschooler|kindergartn?er|ni[ñn][oa]|ni[ñn]it[oa]"
    r"|nen[ea]|peque[ñn][oa]|peque|chiquit[oa]|beb[eé]|bebit[oa]|hij[oa]|hijit[oa]|valiente"
    r"|paciente|pacientit[oa]|[\w-]+-(?:year|month|week)-old|de (?:\d{1,2}|un|una|dos|tres"
    r"|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:a[ñn]os?|mes(?:es)?))\s*,?\s*$",
    re.I,
)
#: Right after a name, what makes it a child's: their own visit, parent or illness
#: ("Lupita's two-month visit", "Grace had been missing school"), an age ("Camila, 5,"),
#: their own checkup told in a clause ("who was here for her five-year checkup", "que se
#: puso sus vacunas").
CHILD_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|checkup|check-up|shots?|vaccines?|mom|mommy|mum"
    r"|dad|daddy|mother|father|parents|grandma|grandpa|granny|abuelit[oa]|abuel[oa]|fever"
    r"|cast|stitches|ears?|rash|asthma|inhaler|diaper|bottle|crib|daycare|preschool"
    r"|kindergarten|class|birth|arm|leg|wrist|ankle)\b"
    r"|,\s*(?:\d{1,2}|age \d{1,2}|de \d{1,2} (?:a[ñn]os|meses)),"
    r"|\s*\(\s*(?:age\s+)?\d{1,2}\s*\)"
    r"|,?\s+(?:who|que|quien)\s+(?:[\w-]+\s+){0,3}?(?:for|para|a)\s+(?:her|his|su|sus)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|checkup|check-up|shots?|vaccines?|vacunas?|consulta|cita"
    r"|chequeo)\b"
    r"|,?\s+(?:que\s+)?se\s+(?:puso|pusieron)\s+(?:sus|las)\s+vacunas\b"
    r"|\s+(?:had\s+)?(?:cried|refused|hid|giggled|screamed|sobbed|napped|crawled|toddled"
    r"|lloraba|llor[oó]|gate[oó])\b"
    rf"|{UNWELL_FOR_A_WHILE}"
    r"|\s+(?:came in|was seen|was admitted|was discharged|was diagnosed|tested positive"
    r"|fue internad[oa]|fue diagnosticad[oa]|tuvo fiebre)\b",
    re.I,
)


def a_child_beside(text: str, start: int, end: int) -> bool:
    """Whether the words right beside a name (`CHILD_BEFORE`, `CHILD_AFTER`) make it a
    child's. Asked of a name the site gives one of the practice's people: a patient may
    share the nurse's given name, and then these words say which of the two it is."""
    return (CHILD_BEFORE.search(text, max(0, start - 30), start) is not None
            or CHILD_AFTER.match(text, end) is not None)
