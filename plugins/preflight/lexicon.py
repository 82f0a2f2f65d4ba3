"""The word lists the privacy guard decides with: names, places, cue words (English and Spanish).

The name lists are derived at development time from the maintained `names-dataset` package
(data/generate_names.py says how), so a check loads ~100k short lines instead of a 1-2 GB
dataset. Every lookup is accent- and case-blind ("Ines" = "Inés", "ZOE" = "Zoë"): a name typed
without its accent, or in lower case in casual text, is still a name.

The curated lists below are the guard's knowledge of what is *not* a private person: public
figures, historical scientists, characters, eponyms, places at state or city level.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

#: Letters that are not a base letter plus an accent ("Đặng", "Łukasz", "Øyvind", "Işık").
_LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
        "’": "'",
    }
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents: the key every lexicon lookup uses."""
    return word.lower() if word.isascii() else _fold(word)


#: A word of a person's name as a setting or a byline writes it ("Ana Rivera, MD",
#: "Kerry-Ann Whitlock, RN"): letters first, then letters, digits, hyphens, apostrophes.
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")


def words_of_name(text: str) -> frozenset[str]:
    """The words of `text` (folded) as the name allowlists hold them: `STAFF_NAMES`, the
    note's author, the site's bylines, and a hit checked against them."""
    return frozenset(fold(word) for word in _NAME_WORD.findall(text))


def _data_as_written(filename: str) -> frozenset[str]:
    """A data file's lines as written (case and accents kept), comments left out."""
    text = resources.files("preflight").joinpath("data", filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _data(filename: str) -> frozenset[str]:
    """A data file's lines folded: lower case, accents off (ASCII lines only lowered)."""
    return frozenset(line.lower() if line.isascii() else _fold(line)
                     for line in _data_as_written(filename))


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


@cache
def given_names() -> frozenset[str]:
    """Given names and diminutives from 105 countries (folded)."""
    return _data("given_names.txt")


@cache
def surnames() -> frozenset[str]:
    """Family names from 105 countries (folded)."""
    return _data("surnames.txt")


@cache
def compound_given() -> frozenset[str]:
    """Second halves of compound given names ("María José"): the pair is one given name."""
    return _data("compound_given.txt")


@cache
def name_words() -> frozenset[str]:
    """Names that are also ordinary English or Spanish words: they need a person cue."""
    written = written_words() & (given_names() | surnames())
    return _data("name_words.txt") | MONTHS | WEEKDAYS | NOT_PERSON_WORDS | written


@cache
def common_words() -> frozenset[str]:
    """Every ordinary English and Spanish word (folded, lower case in the dictionaries).

    Why: a capitalised word that is no name the lexicon knows and no word either, said of
    someone ("Tsosie had a fever", "her friend Zaylee"), is a name all the same; without the
    dictionary "Vaccines had ..." would read as one.
    """
    data = resources.files("preflight").joinpath("data", "common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split("\n")) | written_words()


@cache
def written_words() -> frozenset[str]:
    """The words the corpus' notes write in lower case, each in 20 notes or more (folded;
    `data/written_words.txt`, written by `data/train_story_model.py`, whose vocabulary it is).

    Why beside the dictionaries: the Spanish one holds few inflected forms ("algunos",
    "vamos", "borre", "duran", "nuca" are not in it), so a sentence that starts with one
    read as a name; and a name that is also such a word ("Duran" the verb, "Mora" the
    berry) then needs a person cue, as "Hope" and "Rosa" do (`name_words`).
    """
    return _data("written_words.txt")


@cache
def products() -> frozenset[str]:
    """Medicines, vaccines, baby products and companies (data/products.txt): never names."""
    return _data("products.txt")


@cache
def brands() -> frozenset[str]:
    return _data("brands.txt")


@cache
def cities() -> frozenset[str]:
    """US and Canadian cities of 75,000 people and more, the world's of 300,000 and more
    (data/cities.txt, from GeoNames): a given name after "in" that is one of them is a city
    ("researchers in Madison", "la receta desde Pereira")."""
    return _data("cities.txt")


@cache
def place_names() -> frozenset[str]:
    """Every place the lexicon knows by name, folded: `cities` and `BIG_PLACES` (asked per
    word by the name and story rules: built once)."""
    return cities() | BIG_PLACES


#: Chains and brands named after a person, as written with their possessive or joint: the
#: whole phrase is a company ("a meal at Wendy's", "Ben & Jerry's"), while the bare name
#: ("Wendy's mom") may still be a child's. Matched case-sensitively, whole words.
BRAND_PHRASES = re.compile(
    r"\b(?:McDonald|Wendy|Hershey|Denny|Arby|Hardee|Culver|Carl|Macy|Kohl|Lowe|Dillard"
    r"|Kellogg|Campbell|Welch|Mott|Annie|Carter|Smucker|Stouffer|Reese|Chili|Applebee"
    r"|Friendly|Zaxby|Raising Cane|Trader Joe|Papa John|Jimmy John|Auntie Anne|Dr\.? Brown"
    r"|Chuck E\. Cheese|Claire|Sam|Dick|Domino|Nathan|Hyland|Zarbee|Johnson|Earth|Burt"
    r"|Mrs\.? Meyer|Dr\.? Scholl|Dave & Buster|Ben & Jerry)['’]s\b"
    r"|\b(?:Johnson & Johnson|Procter & Gamble|Chick-fil-A|Mrs\.? Fields|Little Caesars"
    r"|Papa Murphy|Famous Amos|Sara Lee|Betty Crocker|Chef Boyardee|Uncle Ben|Aunt Jemima"
    r"|Orville Redenbacher|Gerber|Graco|Evenflo|Dunkin)\b"
    # (and every phrase of data/brand_phrases.txt, longest first)
    + "|" + "|".join(
        r"\b" + re.escape(phrase).replace("'", "['’]") + r"(?!\w)"
        for phrase in sorted(_data_as_written("brand_phrases.txt"), key=len, reverse=True))
)


MONTHS = _words("""
january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
diciembre
""")
#: A weekday named in English or Spanish, as a pattern (the detectors' dates and stories).
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|mi[eé]rcoles"
    r"|jueves|viernes|s[aá]bado|domingo)"
)
WEEKDAYS = _words("""
monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes
sabado domingo
""")
#: The peoples of the world, as English and Spanish name them: "the Afghan families", "los
#: Somali", "una familia hondureña" are a people, never one family's name (a family is
#: named by its surname). Spanish forms are given once and inflected by `_peoples`.
_PEOPLES_EN = """
afghan albanian algerian american angolan argentine argentinian armenian australian
austrian azerbaijani bahamian bangladeshi barbadian belarusian belgian belizean beninese
bhutanese bolivian bosnian brazilian british bulgarian burkinabe burmese burundian
cambodian cameroonian canadian verdean chadian chilean chinese colombian congolese
rican croatian cuban cypriot czech danish dominican dutch ecuadorian egyptian
emirati english eritrean estonian ethiopian fijian filipino finnish french gabonese
gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian
honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz
lao laotian latvian lebanese liberian libyan lithuanian macedonian malagasy malawian
malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan
mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
qatari romanian russian rwandan salvadoran salvadorean samoan saudi
scottish senegalese serbian leonean singaporean slovak slovenian somali
sudanese spanish lankan surinamese swedish swiss syrian taiwanese
tajik tanzanian thai tibetan togolese tongan trinidadian tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
hmong karen karenni chin rohingya kachin tigrinya oromo amhara hazara pashtun tajik
uyghur quechua aymara maya mayan mixtec mixteco zapotec zapoteco garifuna navajo
cherokee lakota ojibwe hopi creole latino latina latinx hispanic
"""
_PEOPLES_ES_O = """
mexicano guatemalteco hondureño salvadoreño nicaragüense costarricense panameño cubano
dominicano puertorriqueño venezolano colombiano ecuatoriano peruano boliviano chileno
argentino uruguayo paraguayo brasileño haitiano jamaiquino americano estadounidense
norteamericano canadiense español italiano ruso ucraniano sirio afgano somalí birmano
congoleño chino coreano filipino vietnamita japonés francés inglés alemán portugués
irlandés escocés holandés polaco griego turco iraquí iraní marroquí egipcio etíope
eritreo keniano nigeriano ghanés sudanés libanés palestino israelí indio pakistaní
bangladesí nepalí tibetano mongol guatemalteco garífuna maya mixteco zapoteco quiché
kiché quechua aimara mapuche taíno boricua chapín catracho guanaco nica tico chilango
regiomontano tapatío yucateco oaxaqueño poblano michoacano jalisciense sonorense
"""


def _peoples() -> frozenset[str]:
    """Every people in `_PEOPLES_EN` and `_PEOPLES_ES_O`, with the Spanish feminine and
    plural ("hondureño", "hondureña", "hondureños", "hondureñas"; "francés", "francesa")."""
    found = set(_words(_PEOPLES_EN))
    for word in _words(_PEOPLES_ES_O):
        found.add(word)
        if word.endswith("o"):
            found.update({word[:-1] + "a", word + "s", word[:-1] + "as"})
        elif word.endswith(("es", "an")) and len(word) > 4:
            found.update({word + "a", word + "es", word + "as"})
        else:
            found.update({word + "s", word + "es"})
    found.update(w + "s" for w in _words(_PEOPLES_EN))
    # (a people's word that is also a given name or a common family name stays a name:
    # "Karen", "Maya", "Frances", "Germán", "French", "Costa")
    return frozenset(found - _PEOPLE_WHO_ARE_NAMES)


_PEOPLE_WHO_ARE_NAMES = _words("""
karen karens maya mayas frances german germana french english welsh china chinas india
indias rusa thais taina nica chin chines turco turca irish
""")
PEOPLES = _peoples()


#: Capitalised words that start sentences or headings and happen to be names somewhere.
NOT_PERSON_WORDS = _words("""
the this that these those there here when where what which who why how if and but or so
el la los las un una unos unas su sus mi mis tu nuestro nuestra nuestros nuestras este esta
estos estas ese esa eso por para con sin que como cuando donde si no
call text give keep most many some every each both all any our your their his her its we you
they she he it i me us them
mubarak hela
polish muslim muslims christian catholic jewish hindu buddhist sikh amish mennonite lutheran
baptist methodist protestant evangelical musulmán musulmana católica católico
llame llamenos pida traiga lave use ponga dele deje revise tome
baby babe mom mum mama mami papa papi dad daddy son daughter sister brother doc nurse bebe
nene nena nino nina hijo hija abuela abuelo tia tio nicu picu linea
uno abuelos abuelas abuelitos abuelitas nietos nietas tios tias hijos hijas visita
ustedes nosotros nosotras ellos ellas vosotros pero
pediatrician portal oral jamaican haitian somali afghan burmese ukrainian
ojo ojos calle avenida carnaval ministerio secretaria departamento instituto organizacion
siga sigan pais paginas morenita fallas
cel tel cell movil whats ors
sids suid
mr mrs ms mx sr sra srta dr dra even
mon tue tues wed thu thur thurs fri
popo pipi caca tete teta chichi mamila pompis colita nana
fever flu cough rash covid tdap rsv mmr dtap hpv ear eye
god jesus christ santa claus allah buddha christmas xmas eve easter halloween thanksgiving
hanukkah kwanzaa ramadan eid diwali navidad pascua nochebuena dia virgen virgin san santo
summer winter spring fall autumn verano invierno primavera otono
russian german nepali khmer lao tamil age solo
nowruz navruz holi vesak songkran tet navratri onam pongal lohri
rosado rosada rosados rosadas line lines lifeline hotline helpline
kriolu kreyol creole patois papiamento

""") | PEOPLES

#: Words after a capitalised name that make it a place, an institution, an event or an
#: eponym rather than a person: "Lincoln Elementary", "Kawasaki disease", "Apgar score".
NOT_A_PERSON_AFTER = _words("""
hospital hospitals clinic clinics center centre centers foundation university college school
suprema supremo supreme
schools institute children's childrens medical health county street st avenue ave road rd
park library elementary academy pharmacy drive dr boulevard blvd lane way court plaza mall
church temple mosque synagogue stadium arena museum zoo airport station department dept
syndrome disease diseases sign palsy law reflex test maneuver manoeuvre phenomenon reaction
score scale method chart curve criteria rule position classification procedure operation
disorder fracture virus vaccine shot formula day's day week month award prize lecture
tumor tumour lymphoma sarcoma anemia anaemia purpura dystrophy ataxia elbow
prize memorial heights hills valley lake river beach springs falls city town village township
children kids babies house houses home company co inc corp llc brand
chevrolet chevy toyota nissan hyundai subaru buick gmc chrysler volkswagen mazda automotive
statue statues monument marathon lutheran methodist baptist presbyterian episcopal pentecostal
tailoring alterations cleaners barbershop hardware grocery tires
half 5k 10k race parade festival fest tournament invitational classic expo gala tomb
nodules nodule spots pearls twinge nodes node lines groove glands gland triad tetralogy cyst cysts
calendar calendario
cemetery presidential birthplace
brands toys store stores market kitchen bakery cafe restaurant bear bears
show movie book books series band club league team project lifeline hotline helpline fund
surgery strain aid legal act
survey surveys study studies trial trials poll census initiative coalition alliance
encuesta estudio
high middle junior prep lions tigers bears eagles wildcats panthers hawks falcons bulldogs
mustangs cougars warriors knights spartans titans rams
hospital clinica centro escuela colegio universidad calle avenida parque iglesia
""")
#: Words before a capitalised name that make it a place, a title or a character.
#: Syllables of Chinese (pinyin) and Korean (revised romanisation) given names, which are
#: often written hyphenated ("Wen-Li", "Seo-Yeon", "Ji-Ho"): two of them joined make a given
#: name that no list of whole names can hold. Words such as "Wi-Fi" or "Hip-Hop" are not
#: made of them.
NAME_SYLLABLES = _words("""
an ai bao bei bin bing bo can chang chao chen cheng chun cong dan de di ding dong fang fei
feng gang guang gui guo hai han hao he hong hua huan hui jia jian jiang jiao jie jin jing
jiu jun kai kang lan lei li lian liang lin ling long lu mei meng miao min ming mu na nan
ning pei peng ping qi qian qiang qin qing qiu quan rong ru rui shan shao sheng shi shu
shuang si song tao tian ting tong wan wei wen wu xi xia xian xiang xiao xin xing xiu xu
xuan xue ya yan yang yao yi yin ying yong you yu yuan yue yun ze zhen zheng zhi zhong zhou
zhu zi zong
ae ah bin bo chae chan cheol chul da dae dong eun gi gyu ha hae hee ho hoon hun hwa hwan
hye hyeon hyun jae ji jin jong joo ju jun jung kyu kyung mi min myung na ra ri rin seo
seok seon seong seung so soo su sun sung tae won woo ye yeon yeong yong yoon young yu yun
""")
NOT_A_PERSON_BEFORE = _words("""
dr dr. doctor doctora dra dra. drs st st. saint san santa mt mount lake fort port cape prince
temple congregation
lcda lcda. lcdo lcdo. licda licda. lic lic. mtra mtra. mtro mtro. psic psic. ing. arq. enf. enf
representative rep rep. congresswoman congressman councilwoman councilman councilmember
commissioner superintendent principal chief director directora rabbi imam pastor reverend sheriff
consul cónsul cónsula alcaldesa alcalde regidor regidora diputado diputada senadora presidenta
librarian bibliotecaria bibliotecario coordinator coordinadora manager gerente nurse enfermera
enfermero interpreter intérprete volunteer voluntaria voluntario officer trooper deputy
lieutenant sergeant dean decano decana chaplain capellán
gov gov. governor gobernador gobernadora sen sen. senator mayor secretary
médico médica asistente
sor fray virgen virgin beato beata
princess king queen lady sir hurricane storm camp park hotel curious mister mr mr. mrs ms miss
god goddess dios diosa diosas profeta prophet deity deidad apostle apostol
ramadan eid
professor prof president senator governor mayor judge justice pope reverend rev general
captain sgt av avenida avenue calle blvd colonia street st. escuela colegio hospital
biblioteca parque plaza museo teatro estadio instituto universidad iglesia parroquia templo
mercado puente fundacion huracan tormenta tropical ciclon tifon typhoon cyclone
ciudad puerto pueblo municipio estado condado
volcan volcano rio river lago laguna cerro isla island playa beach bahia
""")
#: Words that mark a sentence as about a public or historical person, not a patient.
PUBLIC_CONTEXT = re.compile(
    r"\b(?:discover\w*|invent\w*|develop(?:ed|s)|pioneer\w*|found(?:ed|er)|described|named"
    # ("mayor" the office, not Spanish "la hija mayor", "primero el mayor": the eldest)
    r" (?:after|for)|nobel|president|senator|governor"
    r"|(?<!hij[oa] )(?<!herman[oa] )(?<!\bel )(?<!\bla )(?<!m[aá]s )(?<!\bsu )mayor(?! de\b)"
    # (not what a child wrote us: "wrote \"thank you for fixing my ear tubes\" in crayon",
    # "wrote us a card", "wrote her name")
    r"|congress\w*|author|(?<!we )(?<!I )wrote(?!\s+(?:[\"“]|us\b|me\b|a (?:card|note|letter"
    r"|thank)|(?:her|his|their) (?:own )?name|thank))|writer|estadios?"
    r"|stadiums?|en gira|on tour|escenario"
    r"|novel|singer|album|actor|actress|athlete|olympi\w*|gold medal|world cup|super bowl"
    r"|academy award|(?:won|win|wins) an? (?:oscar|grammy|emmy)|oscar-winning|grammy-winning"
    r"|tony award|pulitzer|hall of fame"
    r"|scientist|researcher|physician who|surgeon general|famous|famously|celebrity|star of"
    # (a child's own book is no author's: "picking her book")
    # (a book drive or a book fair is no author's: "organized a book drive")
    r"|quote[sd]?|(?<!her )(?<!his )(?<!their )(?<!new )(?<!first )(?<!chapter )(?<!picture )"
    r"(?<!board )(?<!coloring )(?<!colouring )(?<!library )books?"
    r"(?!\s+(?:drives?|fairs?|bags?|donations?|swaps?)\b)|story ?books?"
    r"|illustrat\w*|biograph\w*|historic\w*|centur(?:y|ies)"
    r"|legend\w*|astronaut|musician|nba|nfl|mlb|wnba|fifa|artist|painter|poet"
    # television as a stage, not a set in a home ("a TV remote", "el control de la tele")
    r"|(?:on|in) (?:tv|television)|(?:tv|television) (?:show|star|host|series|personality"
    r"|character|actor|actress|chef|commercial|news)|talk show"
    # (who discovered, not "descubrimos que necesitaba lentes": what we found at a visit)
    r"|film|movie|character|cartoon|podcast|campaign|activist|civil rights"
    r"|descubri(?:ó|o|eron|dora?|dores|miento)\b"
    r"|invent[oó]|desarroll[oó]|famos[oa]s?|cantante|actriz|presidente|escritor[a]?"
    # (a school's science fair is a child's: "un cartel para la feria científica")
    r"|(?<!feria )(?<!ferias )(?<!proyecto )cient[ií]fic[oa]|premio|hist[oó]ric[oa]|siglo|libros?"
    r"|canci[oó]n(?:es)?|(?:en|por) la tele\b|(?:estrella|programa|serie) de (?:la )?tele"
    r"|poemas?|poes[ií]as?|versos|autores|autoras|escritores|escritoras|cuentos de"
    r"|(?:en|por) (?:la )?televisi[oó]n|programa de televisi[oó]n|pel[ií]cula|personaje"
    # (a study, not the verb: "heads to SIU in the fall to study nursing" is a teen's plan)
    r"|caricatura|atleta|(?<!to )(?<!will )study|studies|research|article|journal|published"
    r"|guidelines|(?:trial|study|ensayo|estudio)\b[^.;!?\n]{0,20}\bled by"
    r"|personajes|characters|mascot|mascota|puppet|t[ií]tere|pastorela|nativity|bible|biblia"
    # names as names: "the most popular baby names", "los nombres más populares"
    r"|(?:baby|popular|popularity|top) names|names? (?:list|ranking|trends?)|topped the list"
    r"|youtube|youtuber|influencer|compositor[a]?|composer|songwriter|cantor|poeta|pintor[a]?"
    r"|cumbia|salsa|reggaet[oó]n|bachata|m[uú]sica|music|concierto|concert|marcas|brands"
    r"|rancheras?|boleros?|corridos?|mariachis?|cumbias|tangos?|[oó]pera|merengues?"
    # (the genre, not "en plena consulta": in the middle of the visit)
    r"|(?<!\ben )plena"
    r"|marimba|vallenatos?|sones|trova|orquesta|orchestra|band|banda"
    r"|estrellas? del cine|movie stars?"
    # research teams and trials: "Jim Gauderman's team showed", "du Toit's LEAP trial"
    r"|['’]s (?:research |study )?(?:team|lab|group) (?:at|in|from|showed|found|reported"
    r"|published|followed|studied)|(?:clinical|randomi[sz]ed|controlled|(?-i:[A-Z]{3,})) trial"
    r"|ensayo cl[ií]nico|et al"
    # tournaments: "Christian Eriksen en la Eurocopa 2020"
    r"|eurocopa|euro 20\d\d|champions league|premier league|copa am[eé]rica|grand slam"
    r"|wimbledon|world series|stanley cup|tour de france|medalla|olimpiadas"

    r"|nombres? (?:m[aá]s )?(?:populares|comunes|de moda)|lista de nombres"
    # athletes by their sport, people who spoke publicly, decades of history
    r"|mundial|copa del mundo|futbolista|selecci[oó]n nacional|liga mx"
    r"|elite athletes|pro athletes|professional athletes|pro players|professional players"
    r"|footballers?|prime minister|primer ministro|primera ministra|languages|idiomas|lenguas"
    # people who speak to the press and the players of a league
    r"|(?:in|en) una? (?:interview|entrevista)|told reporters|a la prensa|press conference"
    r"|conferencia de prensa|hall of fame"
    r"|all-star|ballgame|ballpark|major league|grandes ligas|opening day|home runs?"
    # a star children want to be like: "quieren jugar como Vinícius", "play like Messi"
    r"|(?:jugar|ser|cantar|bailar|play|be|sing|dance) (?:como|like)"
    # video games and their heroes: "games like Mario Kart and Pokémon"
    r"|video ?games?|games like|juegos? como|videojuegos?|nintendo|xbox|playstation"
    r"|minecraft|roblox|fortnite|pok[eé]mon"
    r"|olympians?|(?:soccer|football"
    r"|basketball|baseball|tennis|hockey) (?:great|star|legend|icon)|spoke (?:publicly|openly)"
    r"|talked (?:publicly|openly)|los a[ñn]os (?:veinte|treinta|cuarenta|cincuenta"
    r"|sesenta|setenta|ochenta|noventa)|the (?:1[6-9]|20)\d0s|the (?:twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties)|d[eé]cada de"
    r"|estudio|investigaci[oó]n|art[ií]culo|revista|public[oó]"
    # scholarly authors: "a meta-analysis by Taylor and colleagues", "Smith et al."
    r"|meta-?analys[ie]s|metaan[aá]lisis|systematic review|clinical trials?|and colleagues|et al"
    r"|y colaboradores|co-?authors?|ensayo"
    # names spoken of as words: "Hunter and Jax are popular names", "son nombres comunes"
    r"|(?:popular|common|trending|top|classic|favou?rite|baby|unusual|old-fashioned) names"
    r"|(?:are|were) (?:popular|common|trending) names|nombres (?:comunes|populares|de moda"
    r"|de beb[eé]s?|cl[aá]sicos)|son nombres"
    # parents choosing names: "choosing names from every tradition: Amara and Chidi, ...",
    # "entre los nombres más registrados", "nombres cortos como Luna"
    r"|(?:choos\w+|chose|picking|picked|giving) (?:\w+ ){0,2}?names|names (?:from|like|such as)"
    r"|nombres (?:m[aá]s )?(?:registrados|cortos|largos|tradicionales|b[ií]blicos|ind[ií]genas)"
    r"|nombres (?:\w+ )?como)\b",
    re.I,
)
#: A year before 2000 in the sentence: a historical person ("In 1796, Edward Jenner ...").
OLD_YEAR = re.compile(r"(?<![\d.-])\b1[0-9]\d\d\b(?![-.]\d)(?!\s*(?:mg|ml|g|lb|kg|%))")

#: People every practice may name: public health figures, scientists, children's authors,
#: characters, athletes and artists (folded, as full names or single well-known names).
PUBLIC_FIGURES = frozenset(
    fold(n)
    for n in """
Jonas Salk|Albert Sabin|Edward Jenner|Louis Pasteur|Alexander Fleming|Marie Curie|Pierre Curie
|Virginia Apgar|Benjamin Spock|Anthony Fauci|Fred Rogers|Mister Rogers|Mr. Rogers|Mr Rogers
|Mrs. Obama|Mr. Bean|Mrs. Doubtfire|Ms. Rachel|Ms Rachel|Miss Rachel|Don Francisco|Chabelo
|Harald zur Hausen|Ian Frazer|Robert Osgood|Carl Schlatter|Osgood|Schlatter|Mercedes Sosa
|Christian Eriksen|Albert Calmette|Camille Guérin|Calmette|Guérin
|Mary Mallon|Typhoid Mary|Henrietta Lacks|Ryan White|Louise Brown|James Phipps|Joseph Meister
|Juan Bobo|Hunahpú|Ixbalanqué|Eustachian|Bartolomeo Eustachi|Cuco|el Cuco|La Llorona|Llorona
|José Gregorio Hernández|Fernando Valenzuela|Roberto Clemente|Juan Diego|Pancho Villa
|Juan Luis Guerra|Celia Cruz|Rubén Blades|Marc Anthony|Gloria Estefan|Carlos Vives|Juanes
|Leonard Thompson|Jeryl Lynn|Frederick Banting|Charles Best|Nick Jonas|Angel Reese|Caitlin Clark
|LeBron James|Stephen Curry|Steph Curry|Michael Phelps|Selena Gomez|Greta Thunberg|Rita Moreno
|Chavela Vargas|Jacinto Convit|Daniel Alcides Carrión|Antoine de Saint-Exupéry|Charles Bell
|Henry Heimlich|Tomisaku Kawasaki|John Snow|Maurice Hilleman|Robert Koch|Ignaz Semmelweis
|Joseph Lister|Elizabeth Blackwell|Helen Taussig|Beatriz Pinzón|Betty la fea|Judy Blume
|Florence Nightingale|Clara Barton|Hippocrates|Charles Darwin|Gregor Mendel|Albert Einstein
|Isaac Newton|Robert Koch|Joseph Lister|Ignaz Semmelweis|Elizabeth Blackwell|Helen Keller
|Anne Sullivan|Maurice Hilleman|Frances Kelsey|Rachel Carson|Rosalind Franklin|James Watson
|Francis Crick|Jane Goodall|Temple Grandin|Stephen Hawking|Tomisaku Kawasaki|John Langdon Down
|Gilles de la Tourette|Hans Asperger|Leo Kanner|Henry Heimlich|Michael Phelps|Simone Biles
|Serena Williams|Venus Williams|LeBron James|Michael Jordan|Lionel Messi|Cristiano Ronaldo
|Megan Rapinoe|Alex Morgan|Tom Brady|Babe Ruth|Jackie Robinson|Roberto Clemente|Muhammad Ali
|Usain Bolt|Taylor Swift|Beyonce|Beyoncé|Selena Gomez|Selena Quintanilla|Shakira|Bad Bunny
|Dolly Parton|Frida Kahlo|Diego Rivera|Cesar Chavez|César Chávez|Dolores Huerta
|Sonia Sotomayor|Martin Luther King|Martin Luther King Jr|Rosa Parks|Abraham Lincoln
|George Washington|Thomas Jefferson|Barack Obama|Michelle Obama|Joe Biden|Jill Biden
|Donald Trump|Melania Trump|Kamala Harris|Hillary Clinton|Bill Clinton|John F. Kennedy
|John Kennedy|Eleanor Roosevelt|Franklin Roosevelt|Theodore Roosevelt|Benjamin Franklin
|Harriet Tubman|Malala Yousafzai|Greta Thunberg|Mother Teresa|Pope Francis|Princess Diana
|Dr. Seuss|Theodor Geisel|Eric Carle|Maurice Sendak|Beatrix Potter|Roald Dahl|Judy Blume
|Beverly Cleary|Mo Willems|Sandra Boynton|Margaret Wise Brown|Shel Silverstein|J.K. Rowling
|JK Rowling|Harry Potter|Hermione Granger|Charlie Brown|Winnie the Pooh|Christopher Robin
|Peter Rabbit|Peter Pan|Curious George|Daniel Tiger|Peppa Pig|George Pig|Bluey Heeler
|Mickey Mouse|Minnie Mouse|Elmo|Big Bird|Cookie Monster|Oscar the Grouch|Bert and Ernie
|Abby Cadabby|Dora the Explorer|Paw Patrol|Clifford the Big Red Dog|Caillou
|Thomas the Tank Engine|Mr. Yuk|Mr Yuk|Miss Clavel|Manolito Gafotas|Ezra Jack Keats|Eric Hill
|Sophie la Girafe|Sophie the Giraffe|Santa Claus|Saint Nicholas|Easter Bunny|Tooth Fairy
|Cinderella|Buzz Lightyear|Pikachu|Super Mario
|Luigi|Sonic|Spider-Man|Batman|Superman|Wonder Woman|Bob the Builder|SpongeBob|Garfield
|Clifford|Bluey|Bingo Heeler|Moana|Elsa|Olaf|Simba|Nemo|Shrek|Barney|Pele|Pelé|Neymar|Ronaldo
|Messi|Maradona|Oprah|Adele|Rihanna|Madonna
|Goldilocks|Little Red Riding Hood|Jack and Jill|Humpty Dumpty|Mother Goose|Old MacDonald
|Juan Valdez|Chavo del Ocho|El Chavo|Chespirito|Pepa Pig|Plaza Sésamo
|Miffy|Maisy|Llama Llama|Pete the Cat|Fancy Nancy|Junie B. Jones|Amelia Bedelia|Corduroy
|Frizzle|Ms. Frizzle|Miss Frizzle|Mister Rogers|Mr. Rogers|Fred Rogers|Ms. Rachel|Blippi
|Pat Summitt|Damar Hamlin|Bronny James|Lou Gehrig|Christopher Reeve|Michael J. Fox|Dr. Spock
|C. Everett Koop|Everett Koop|Richard Ferber|Marc Weissbluth|Ellyn Satter|Emily Oster
|Becky Kennedy|Jonathan Haidt|Jason Reynolds|Kwame Alexander|Dav Pilkey|Jeff Kinney
|Madeline|Frog and Toad|Paddington|Babar|Tintin|Pinocchio|Bambi|Dumbo|Stitch|Lilo|Mulan
|Jane Austen|William Shakespeare|Mark Twain|Walt Disney|Jim Henson|Neil Armstrong
|Sally Ride|Mae Jemison|Amelia Earhart|Katherine Johnson|Ada Lovelace|Grace Hopper
|Leonardo da Vinci|Michelangelo|Pablo Picasso|Vincent van Gogh|Wolfgang Amadeus Mozart
|Ludwig van Beethoven|Johann Sebastian Bach|Ruth Bader Ginsburg|Rachel Levine|Vivek Murthy
|Mary Poppins|Willy Wonka|Charlie Bucket|Anne Frank|Anne of Green Gables|Tom Sawyer
|Huckleberry Finn|Huck Finn|Ron Weasley|Luke Skywalker|Darth Vader|Peter Parker|Clark Kent
|Bruce Wayne|Diana Prince|Snow White|Blancanieves|Pippi Longstocking|Ramona Quimby
|Nancy Drew|Greg Heffley|Judy Moody|Captain Underpants|Lightning McQueen|Buzz Lightyear
|Paddington Bear|Pooh Bear|Don Quijote|Sancho Panza|Rayo McQueen|Capitán Calzoncillos
|José Guadalupe Posada|Sor Juana Inés de la Cruz|Sor Juana|Juan Diego|Gabriela Mistral
|Pablo Neruda|Rubén Darío|Octavio Paz|Gabriel García Márquez|Cantinflas|Pedro Infante
|Jorge Negrete|Vicente Fernández|Juan Gabriel|Celia Cruz|Roberto Gómez Bolaños|Juan Pablo II
|San Nicolás|Saint Patrick|San Patricio|Saint Valentine|San Valentín|Martin Luther
|Saint Francis|San Francisco de Asís|San Martín de Porres|Santa Rosa de Lima|Virgen María
|Jerome Adams|Rochelle Walensky|Mandy Cohen|Robert Kennedy|Robert F. Kennedy
|Aaron Carroll|Perri Klass|T. Berry Brazelton|Berry Brazelton|William Sears|Harvey Karp
|Emily Oster|Daniel Siegel|Tina Payne Bryson|Ross Greene|Brené Brown|Oprah Winfrey
|Oprah|Sesame Street|Ms. Rachel|Miss Rachel|Rachel Griffin Accurso|Cocomelon|Blippi
|Johns Hopkins|Cruz Roja|Cruz Roja Americana|Red Cross|American Red Cross|Ronald McDonald
|Kaiser Permanente|Robert Wood Johnson|Susan Komen|St. Jude
|Benito Juárez|Miguel Hidalgo|Emiliano Zapata|Pancho Villa|Simón Bolívar|José Martí
|Gabriela Mistral|Pablo Neruda|Octavio Paz|Gabriel García Márquez|Juan Gabriel|Celia Cruz
|Rigoberta Menchú|Carlos Finlay|Francisco Javier Balmis|Isabel Zendal|Isabel Zendal Gómez
|Santiago Ramón y Cajal|Ramón y Cajal|Severo Ochoa|Sor Juana|Sor Juana Inés de la Cruz
|Juana Inés de la Cruz|Don Quijote|Cantinflas|Lin-Manuel Miranda|Jennifer Lopez|Sofia Vergara
|Bob Ross|LeVar Burton|Mona Hanna-Attisha|Jennifer Doudna|Katalin Karikó|Katalin Kariko
|Drew Weissman|Kizzmekia Corbett|Paul Offit|Peter Hotez|Marian Wright Edelman|Dorothy Hodgkin
|Jonas Edward Salk|Louis Braille|Anne Frank|Nelson Mandela|Mahatma Gandhi|Pope John Paul
|Queen Elizabeth|King Charles|Prince William|Prince Harry|Meghan Markle|Kate Middleton
|Ruby Bridges|Thurgood Marshall|Sojourner Truth|Frederick Douglass|Booker T. Washington
|George Washington Carver|Charles Drew|Daniel Hale Williams|Vivien Thomas|Ben Carson
|Sanjay Gupta|Mehmet Oz|Atul Gawande|Siddhartha Mukherjee|Paul Farmer|Patch Adams
|Stephen Curry|Caitlin Clark|Coco Gauff|Naomi Osaka|Shohei Ohtani|Patrick Mahomes
|Travis Kelce|Tiger Woods|Wayne Gretzky|Pelé|Diego Maradona|Neymar|Kylian Mbappé
|Ed Sheeran|Billie Eilish|Ariana Grande|Justin Bieber|Miley Cyrus|Lady Gaga|Elvis Presley
|Michael Jackson|John Lennon|Paul McCartney|Raffi|Laurie Berkner|Julia Donaldson
|Jan Brett|Kevin Henkes|Oliver Jeffers|Dav Pilkey|Jeff Kinney|Rick Riordan|Kate DiCamillo
|Ezra Jack Keats|Jerry Pinkney|Leo Lionni|Arnold Lobel|Bill Martin|Laura Numeroff
|Anna Dewdney|Doreen Cronin|Mercer Mayer|Richard Scarry|Tomie dePaola|Ludwig Bemelmans
|Margret Rey|H.A. Rey|Don Freeman|Robert McCloskey|Virginia Lee Burton|Jon Klassen
|Yuyi Morales|Matt de la Peña|Pam Muñoz Ryan|Sandra Cisneros|Isabel Allende
|Duncan Tonatiuh|Juana Martinez-Neal|Jacqueline Woodson|Christian Robinson|Grace Lin
|Kadir Nelson|Javaka Steptoe|Carmen Agra Deedy|Rafael Pombo|Rin Rin Renacuajo
|Egan Bernal|Nairo Quintana|James Rodríguez|Jorge Luis Borges|Mafalda|Papá Noel
|Papa Noel|Mrs. Claus|Mrs Claus|Girl Scout|Girl Scouts|Boy Scout|Boy Scouts|Cub Scout
|Cub Scouts|Los Reyes Magos
|George Bush|George W. Bush|Ronald Reagan|Jimmy Carter|Gerald Ford|Richard Nixon
|Lyndon Johnson|Dwight Eisenhower|Harry Truman|John Adams|James Madison|Andrew Jackson
|Ulysses Grant|Woodrow Wilson|Calvin Coolidge|Herbert Hoover|JB Pritzker|J.B. Pritzker
|Dolly Parton|Kelly Clarkson|Mariah Carey|Whitney Houston|Stevie Wonder|Bruno Mars
|Dwayne Johnson|Tom Hanks|Meryl Streep|Denzel Washington|Will Smith|Jada Pinkett Smith
|Chrissy Teigen|John Legend|Kim Kardashian|Kylie Jenner|Jennifer Garner|Ryan Reynolds
|Blake Lively|Drew Barrymore|Kristen Bell|Dax Shepard|Jimmy Kimmel|Jimmy Fallon
|Ellen DeGeneres|Hoda Kotb|Savannah Guthrie|Robin Roberts|Anderson Cooper|Sesame Workshop
|Kobe Bryant|Shaquille O'Neal|Magic Johnson|Derek Jeter|Aaron Judge|Mike Trout
|Lindsey Vonn|Shaun White|Katie Ledecky|Allyson Felix|Sha'Carri Richardson|Noah Lyles
|Sue Bird|Diana Taurasi|A'ja Wilson|Candace Parker|Mia Hamm|Abby Wambach|Carli Lloyd
|Venus and Serena Williams|Rafael Nadal|Roger Federer|Novak Djokovic|Carlos Alcaraz
|Lewis Hamilton|Max Verstappen|Sergio Pérez|Checo Pérez|Canelo Álvarez|Julio César Chávez
|Guillermo del Toro|Alfonso Cuarón|Salma Hayek|Eugenio Derbez|Gael García Bernal
|Diego Luna|Thalía|Luis Miguel|Vicente Fernández|Alejandro Fernández|Marc Anthony
|Jennifer López|Gloria Estefan|Ricky Martin|Daddy Yankee|Karol G|Peso Pluma|Maluma
|Juanes|Carlos Santana|Rita Moreno|Eva Longoria|America Ferrera|Zoe Saldaña|Oscar Isaac
|Pedro Pascal|Jenna Ortega|Sofía Vergara|Roberto Bolaño|Mario Vargas Llosa|Laura Esquivel
|Elena Poniatowska|Carlos Fuentes|Juan Rulfo|Rubén Darío|Miguel de Cervantes
|Francisco I. Madero|Lázaro Cárdenas|Porfirio Díaz|Vicente Guerrero|José María Morelos
|Hernán Cortés|Moctezuma|Cuauhtémoc|Malinche|La Malinche|Pancho Villa|Che Guevara
|Fidel Castro|Evita Perón|Eva Perón|Juan Perón|Salvador Allende|Augusto Pinochet
|Óscar Romero|Oscar Romero|Rigoberta Menchú Tum|Ellen Ochoa|Franklin Chang Díaz
|Mario Molina|Luis Leloir|Bernardo Houssay|César Milstein|Baruj Benacerraf
""".replace("\n", "").split("|")
    if n.strip()
) | _data("public_figures.txt")

#: Figures of a story every family knows, public when named beside one another: alone,
#: "Gaspar" or "José" may be a patient; "Melchor, Gaspar y Baltasar" are the Three Kings and
#: "José y María" the Holy Family of the posadas.
PUBLIC_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(fold(n) for n in group.split())
    for group in (
        "Melchor Gaspar Baltasar Melchior Caspar Balthasar Balthazar Gaspard",
        "José Jesús María Joseph Mary Jesus",
        "Adam Eve Adán Eva",
        "Romeo Juliet Julieta",
        "Hansel Gretel",
        "Cain Abel Caín",
        "Moses Aaron Miriam Moisés",
        "Noah Noé",
        "David Goliath Goliat",
    )
)
#: Two of a group are also two siblings' names ("José y María, los gemelos"): two count as the
#: story's figures only in a sentence about the story's feast or book.
STORY_CONTEXT = re.compile(
    r"\b(?:posadas?|pastorela|nacimiento|bel[eé]n|pesebre|nativity|manger|christmas|navidad"
    r"|nochebuena|epiphany|epifan[ií]a|reyes|magos?|magi|wise men|three kings|bible|biblia"
    r"|b[ií]blic[oa]|biblical|church|iglesia|virgen|virgin|holy|sagrad[oa]|santos?|saints?"
    r"|peregrin\w*|ark|arca|genesis|g[eé]nesis|play|obra|shakespeare|fairy tale|cuento"
    r"|diwali|holi|navratri|hanukkah|januc[aá]|passover|pesaj|ramad[aá]n|eid|temple|templo"
    r"|mosque|mezquita|synagogue|sinagoga|goddess|diosa|gods?|dios(?:es)?|honou?rs?|honra"
    r"|prophet|profeta|feast|fiesta)\b",
    re.I,
)
#: Figures of faith a feast is told with ("Diwali honors Lakshmi"): alone, each may be a
#: child's name, so each is public only in a sentence about a feast, a faith or a story.
HOLY_NAMES = frozenset(
    fold(n)
    for n in """
Rama|Sita|Lakshmi|Laxmi|Ganesh|Ganesha|Krishna|Shiva|Vishnu|Durga|Hanuman|Kali|Parvati
|Saraswati|Buddha|Siddhartha|Muhammad|Mohammed|Mahoma|Ibrahim|Abraham|Moses|Moisés|Jesus
|Jesús|Mary|María|Joseph|José|Judah|Maccabee|Esther|Guadalupe|Juan|Diego
""".replace("\n", "").split("|")
)
#: Feasts, festivals and observances by their own names, in the languages a practice's
#: families celebrate them in. A feast's words are often given names too ("Durga Puja",
#: "Mardi Gras", "Tết Trung Thu", "la Candelaria"), and a note about the feast's sweets
#: names no child. Each entry is matched as a phrase (case and accents aside); a given name
#: that is a feast only with its article ("la Candelaria", "las Posadas") keeps it, so
#: "Candelaria tuvo fiebre" is still a child.
FEASTS = tuple(
    line.strip() for line in """
Diwali|Deepavali|Dipavali|Divali|Bandi Chhor Divas|Holi|Holika Dahan|Navratri|Navaratri
|Durga Puja|Dussehra|Dasara|Vijayadashami|Ganesh Chaturthi|Janmashtami|Raksha Bandhan|Onam
|Pongal|Makar Sankranti|Lohri|Vaisakhi|Baisakhi|Gurpurab|Guru Nanak Jayanti|Hola Mohalla
|Karva Chauth|Chhath Puja|Tihar|Dashain|Bihu|Ugadi|Gudi Padwa|Eid al-Fitr|Eid al-Adha
|Eid ul-Fitr|Eid ul-Adha|Eid Mubarak|Ramadan Mubarak|Ramadan|Ramzan|Mawlid|Ashura|Nowruz
|Norouz|Yalda|Rosh Hashanah|Yom Kippur|Sukkot|Simchat Torah|Hanukkah|Chanukah|Purim
|Passover|Pesach|Shavuot|Tu BiShvat|Lag BaOmer|Tết|Tet Nguyen Dan|Tết Nguyên Đán|Trung Thu
|Tết Trung Thu|Chuseok|Seollal|Obon|Songkran|Thingyan|Vesak|Losar|Lunar New Year
|Mid-Autumn Festival|Dragon Boat Festival|Lantern Festival|Qingming|Mardi Gras|Fat Tuesday
|Ash Wednesday|Good Friday|Palm Sunday|Holy Week|Semana Santa|Pentecost|Epiphany|Candlemas
|la Candelaria|Día de la Candelaria|las Posadas|Nochebuena|Nochevieja|Día de los Muertos
|Día de Muertos|Día de los Reyes|Reyes Magos|los Reyes|Día de Reyes|Guelaguetza
|Fiestas Patrias|Cinco de Mayo|Inti Raymi|Corpus Christi|Noche de San Juan|Juneteenth
|Kwanzaa|Thanksgiving|Halloween|Christmas|Easter|Timkat|Meskel|Enkutatash|Tabaski
|Junkanoo|Crop Over|Carnaval|Carnival|Oktoberfest|Hmong New Year|Día del Niño
|Día de las Madres|Día del Padre|Mother's Day|Father's Day|Valentine's Day
|St. Patrick's Day|Saint Patrick's Day|Veterans Day|Memorial Day|Labor Day|Independence Day
|Kha b'Nisan|Akitu|Dashain|Vijaya Dashami|Bijaya Dashami|Bikram Sambat|Nagar Kirtan
|Christos Anesti|Christos Voskrese|Khrystos Voskres|Kali Panagia|Dormition|Melkam Lidet
|Fasika|Karen New Year|Kayin New Year|Lundi Gras|Chú Cuội|Chị Hằng|Sat Sri Akal|Shnorhavor Nor Tari
|Shnorhavor Surb Tsnund|Manigong Bagong Taon|Aso Sā Tamaiti|Aso Sa Tamaiti|White Sunday
|Maligayang Pasko|Waheguru Ji Ka Khalsa|Waheguru Ji Ki Fateh|Eid Saeed|Shana Tova
|Chag Sameach|Gong Xi Fa Cai|Kung Hei Fat Choy|Chuc Mung Nam Moi|Nyob Zoo Xyoo Tshiab
|Naya Barsha|Feliz Navidad|Día de la Virgen|Virgen de Juquila|Virgencita de Juquila
""".replace("\n", "").split("|")
)
#: Every feast of `FEASTS` as one expression, whole words only, case aside (in an address,
#: "durga-puja", its words run together by hyphens).
FEAST = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"[\s-]+")
                               for f in sorted(FEASTS, key=len, reverse=True)) + r")(?![\w-])",
    re.I)
#: Regions, peoples and languages that read as a name at a sentence's start or in a list
#: ("the Mediterranean", "whose Arabic made it easier", "Happy birthday, America"): never
#: a person's. (A language that is also a given name, "Karen", is left to the name rules.)
NOT_PEOPLE_WORDS = _words("""
mediterranean caribbean balkan balkans andean amazonian scandinavian nordic latino latina
latinx latine hispanic arabic hebrew yiddish creole kreyol patois america americas europe
asia africa oceania appalachia appalachian midwest midwestern amish mennonite hutterite
punjabi gujarati bengali bangla tamil telugu malayalam marathi hindi urdu pashto dari farsi
swahili amharic tigrinya oromo somali kinyarwanda kirundi lingala yoruba igbo hausa twi
tagalog ilocano cebuano khmer hmong vietnamese mandarin cantonese korean japanese nepali
ukrainian polish romanian russian turkish kurdish albanian bosnian portuguese quechua
nahuatl guarani mixteco zapoteco triqui garifuna burmese somali kreyol philly sudamerica
suramerica centroamerica norteamerica latinoamerica hispanoamerica europa oceania
""")
#: Peoples and languages that are also given names ("Karen", "Chin", "Mam"): a people only
#: where the words around say so (names_public.people_said).
PEOPLES_THAT_ARE_NAMES = _words("karen chin mam mon shan kachin zomi lisu akha ewe")
#: States, countries and big cities: places at state level or larger are not identifying.
BIG_PLACES = frozenset(
    fold(n)
    for n in """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia
|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey
|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington
|West Virginia|Wisconsin|Wyoming|Puerto Rico|America|United States|USA|US|Canada|Mexico
|México|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panama|Panamá|Cuba
|Sevilla|Bilbao|Málaga|Zaragoza|Rosario|Medellín|Cali|Barranquilla|Cartagena
|Guadalajara|Monterrey|Puebla|Tijuana|Mérida|Cancún|Oaxaca|Veracruz|Acapulco|Cusco|Arequipa
|Valparaíso|Quito|Guayaquil|Cochabamba|Asunción|Montevideo|Caracas|Maracaibo|Managua
|Tegucigalpa|San Pedro Sula|San Salvador|Quetzaltenango|Santo Domingo|La Habana|Havana
|Sacatepéquez|Santiago Sacatepéquez|Sumpango|Antigua Guatemala|Huehuetenango|Chichicastenango
|Camagüey|Ponce|Mayagüez|Buenos Aires|Bogotá|Lima|Madrid|Barcelona|Toronto|Montreal
|Dominican Republic|República Dominicana|Haiti|Colombia|Venezuela|Ecuador|Peru|Perú|Bolivia
|Chile|Argentina|Uruguay|Paraguay|Brazil|Brasil|Spain|España|France|Francia|Germany
|Alemania|Italy|Italia|England|Inglaterra|Ireland|Scotland|Europe|Europa|Asia|Africa|África
|China|Japan|Japón|India|Pakistan|Nigeria|Ghana|Kenya|Ethiopia|Somalia|Egypt|Israel
|Ukraine|Russia|Poland|Philippines|Filipinas|Vietnam|Korea|Corea|Australia|Finland
|Sweden|Norway|Denmark|Netherlands|Jordan|Lebanon|Syria|Iraq|Iran|Afghanistan|Turkey
|Greece|Portugal|Morocco|Senegal|Congo|Uganda|Tanzania|Rwanda|Sudan|Yemen|Saudi Arabia
|Bangladesh|Nepal|Thailand|Cambodia|Laos|Indonesia|Malaysia|Singapore|Taiwan|Hong Kong
|New Zealand|Jamaica|Trinidad|Bahamas|Barbados|Chicago|Springfield|Peoria|Rockford|Naperville
|Nueva York|Nuevo México|Nuevo Mexico|Nueva Jersey|Carolina del Norte|Carolina del Sur
|Dakota del Norte|Dakota del Sur|Virginia Occidental|Pensilvania|Luisiana|Misuri|Misisipi
|Hawái|Nueva Orleans|New Orleans|Filadelfia|San Luis|Estados Unidos|EE. UU.|EEUU|Nueva Inglaterra
|West Nile|Nilo Occidental|Nile|Nilo|Zika|Ebola|Ébola
|Aguascalientes|Baja California|Baja California Sur|Campeche|Chiapas|Chihuahua|Coahuila
|Colima|Durango|Guanajuato|Michoacán|Michoacan|Nayarit|Nuevo León
|Nuevo Leon|Puebla|Querétaro|Queretaro|Quintana Roo|San Luis Potosí|Sinaloa|Sonora|Tabasco
|Tamaulipas|Tlaxcala|Veracruz|Zacatecas|Ciudad de México|CDMX|Estado de México
|Estado de Guerrero|Estado de Hidalgo|Estado de Morelos
|Aurora|Joliet|Champaign|Urbana|Decatur|Bloomington|Evanston|St. Louis|Saint Louis|Seattle
|Portland|San Francisco|Los Angeles|San Diego|San Jose|Sacramento|Denver|Phoenix|Tucson
|Dallas|Houston|Austin|San Antonio|El Paso|Miami|Orlando|Tampa|Atlanta|Boston|Philadelphia
|Pittsburgh|Baltimore|Detroit|Cleveland|Columbus|Cincinnati|Indianapolis|Milwaukee
|Minneapolis|Kansas City|Omaha|Memphis|Nashville|Louisville|New Orleans|Las Vegas
|Salt Lake City|Albuquerque|Oklahoma City|Charlotte|Raleigh|Richmond|Washington DC|New York City
|NYC|Brooklyn|Queens|Bronx|Manhattan|London|Paris|Madrid|Barcelona|Rome|Roma|Berlin|Toronto
|Vancouver|Montreal|Ciudad de México|Guadalajara|Monterrey|Tijuana|Puebla|Oaxaca|Jalisco
|British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|Québec|Nova Scotia
|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories
|Michoacán|Michoacan|Guerrero|Chiapas|Veracruz|Zacatecas|Durango|Sonora|Chihuahua|Yucatán
|Yucatan|Bogotá|Bogota|Lima|Santiago|Buenos Aires|Caracas|Quito|La Habana|Havana|San Juan
|Tegucigalpa|San Salvador|Managua|Midwest|Central Illinois|Southern Illinois|Northern Illinois
|the Midwest|Latin America|Latinoamérica|Central America|Centroamérica|Caribbean|Caribe
""".replace("\n", "").split("|")
    if n.strip()
) | _data("countries.txt")

#: A sentence about a person's health, a visit or an event in their life (en + es).
LIFE_CONTEXT = re.compile(
    r"\b(?:fever\w*|cough\w*|rash\w*|vomit\w*|threw up|diarrh\w*|ears?|eyes?|infection\w*"
    r"|patients?|oxygen|tonsil\w*|adenoid\w*|surgery|operation|stitches|cast|sling|crutch\w*"
    r"|glasses|braces|bell|today|yesterday|tonight|this (?:morning|week)|last (?:week|night)"
    r"|little|warrior|hero|friend|family|twins?|sister|brother|son|daughter|kid|kids|child"
    r"|boy|girl|teen|preschool\w*|kindergart\w*|grade|class|practice|game|team|camp|party"
    r"|had|got|went|needed|finished|started|stayed|spent|loves|hoy|ayer|semana|paciente"
    r"|peque[ñn][oa]|familia|fue|est[aá]|estuvo|se\s+\w+[oó]"
    r"|asthma\w*|allerg\w*|clinic|office|visit\w*|ER|hospital\w*|urgent|antibiotic\w*"
    r"|medicine\w*|dose|diagnos\w*|symptom\w*|sick|mom|mommy|dad|daddy|mother|father|parents?"
    r"|grandma|grandpa|abuel\w*|\w+-old|years? old|months? old|baby|babies|toddler|newborn"
    r"|brought|came|come|saw|seen|test\w*|positive|swab|x-?ray|stitch\w*|broke|broken|seizure\w*"
    r"|wheez\w*|breath\w*|pain|hurt\w*|vaccin\w*|shots?|check-?up|strep|flu|RSV|COVID|croup"
    r"|pneumonia|bronchiolitis|eczema|constipat\w*|reflux|colic\w*|teeth|tooth|teething|ADHD"
    r"|autism|anxiety|depress\w*|weight|growth|ibuprofen|acetaminophen|tylenol|motrin|inhaler"
    r"|nebuli[sz]er|admitted|discharged|sutures?|burn\w*|bite|bitten|sting|fracture\w*"
    r"|concussion|sprain\w*|cast|surgery|daycare|school|nurse|doctor|pediatrician|steps?"
    r"|walk\w*|crawl\w*|talk\w*|words?|birthday|born|turned|nicu|icu|chemo\w*|cancer"
    r"|leukemia|diabetes|insulin|pump|tube\w*|therapy|treatment|recover\w*|home|proud"
    r"|brave\w*|congrat\w*|shout[- ]?out|thank\w*|welcome|passed|peanut|sleep\w*|feeding|fed|ate"
    r"|took|taking|amoxicillin|liquid"
    r"|milk|formula|bottle|diaper\w*|potty|sticker\w*|tears?|cried|cry|hug\w*|smile\w*"
    r"|fiebre|tos|gripe|vacuna\w*|consulta\w*|cita|m[eé]dic[oa]|doctor[a]?|enferm\w*|hospital"
    r"|urgencias|sala|escuela|guarder[ií]a|beb[eé]s?|ni[ñn][oa]s?|hij[oa]s?|mam[aá]|pap[aá]"
    r"|abuelit[oa]|naci[oó]|cumpli[oó]|a[ñn]os|meses|vino|lleg[oó]|tuvo|tiene|dolor|asma"
    r"|alergia|varicela|sarampi[oó]n|terapias?|tratamiento|control|revisi[oó]n|camin\w*"
    r"|pasos|diente|dientes|ronchas|convulsi\w*|felicidades|gracias|orgullo\w*|valiente"
    r"|lloraron|llor[oó]|inyecci[oó]n|dosis|received|yeso|f[eé]rula|muletas|puntadas|puntos"
    r"|herida|cicatriz|quebr\w*|fractur\w*|raspon\w*|golpe|moret[oó]n|chich[oó]n|stung"
    r"|hearing|hearing aids?|aud[ií]fonos?|lentes|anteojos|flare|attack|inhalador\w*"
    r"|nebulizador|jarabe|pastillas?|antibi[oó]tico\w*|medicamento\w*|medicina\w*"
    r"|knees?|ankles?|wrists?|elbows?|shoulders?|arms?|legs?|hips?|neck|fingers?|toes?|ACL"
    r"|tendon|ligament|rodillas?|tobillos?|codos?|hombros?|brazos?|piernas?|cadera|cuello"
    r"|pa[ñn]al(?:es)?|esf[ií]nteres|bacinica|atragant\w*|se le atoró"
    # a milestone of one child's: "Mateo's first haircut"
    r"|haircut|lice|piojos|graduat\w*|milestones?|(?<=['’]s )first"
    r"|operaci[oó]n|cirug[ií]a|coraz[oó]n|diagn[oó]stic\w*|k[ií]nder|primaria|secundaria"
    r"|sores?|blisters?|sneez\w*|antihistamine|nosebleeds?"
    # any Spanish preterite written with its accent tells what happened to someone ("recibió")
    r"|[a-záéíñú]{2,}(?:ió|ó))\b",
    re.I,
)
#: First halves of compound given names ("María José", "Juan Pablo", "Mary Kate"): with a
#: second given name after them, the pair is one given name, not a full name.
COMPOUND_FIRST = frozenset(
    fold(w)
    for w in [
        "María",
        "Maria",
        "José",
        "Jose",
        "Juan",
        "Ana",
        "Luis",
        "Miguel",
        "Jesús",
        "Luz",
        "Rosa",
        "Carmen",
        "Carlos",
        "Jorge",
        "Francisco",
        "Pedro",
        "Manuel",
        "Antonio",
        "Alejandro",
        "Mary",
        "Anne",
        "Anna",
        "Ann",
        "Jean",
        "Marie",
        "Sarah",
        "Sara",
        "Emma",
        "Lily",
        "Mia",
        "Ella",
        "Ava",
        "Sofía",
        "Sofia",
        "Isabel",
        "Isabella",
        "Lucía",
        "Lucia",
        "Paula",
        "Laura",
        "Camila",
        "Valentina",
        "Daniela",
        "Gabriela",
        "Mariana",
        "Andrea",
        "Fernanda",
        "Juana",
        "Josefa",
        "Jean-Paul",
        "John",
        "Joe",
        "Billy",
        "Bobby",
        "Mary-Kate",
    ]
)
#: Right before a name, a word that says it is a person in this sentence.
PERSON_BEFORE = re.compile(
    r"(?:\b(?:little|baby|sweet|brave|tiny|poor|toddler|patient|named|called|son|daughter"
    r"|brother|sister|twin|cousin|kiddo|friend|buddy|mom|mommy|mother|dad|daddy|father|grandma"
    r"|grandmother|grandpa|grandfather|granny|nana|aunt|auntie|uncle|stepmom|stepdad|guardian"
    r"|husband|wife|partner|proud of|shout-?out to|shout out to|congrats to|congratulations to"
    r"|girl|boy|kid|child|teen|teenager|infant|newborn|preschooler|grandson|granddaughter"
    r"|stepson|stepdaughter|niece|nephew|godson|goddaughter|student|pupil"
    r"|ni[ñn][oa]|ni[ñn]it[oa]|chic[oa]|muchach[oa]|nen[ea]|paciente|pacientit[oa]|alumn[oa]"
    r"|estudiante|niet[oa]|sobrin[oa]|ahijad[oa]|padrino|madrina|adolescente"
    r"|thanks to|thank you to|welcome|happy (?:\w+ )?birthday(?: to)?|hi|hello|dear"
    r"|peque[ñn][oa]|feliz (?:primer )?cumplea[ñn]os(?: a)?"
    r"|meet|say hi to|say hello to|conozcan a|les presentamos a"
    # whom we saw or photographed: "when we saw noor at her visit", "foto de Santiago Ibarra"
    r"|(?:we|I|i) (?:just )?(?:saw|met|treated|examined|vaccinated|weighed)"
    # whom someone reminded, told or helped: "i reminded lucia again to bring her inhaler"
    r"|(?:(?:we|I|i|she|he|they|nurse|coach)\s+(?:also\s+|just\s+|already\s+)?)?(?:reminded"
    r"|told|asked|helped|texted|hugged|taught|showed)"
    r"|vimos a|atendimos a|revisamos a|vacunamos a|conocimos a|pesamos a|examinamos a"
    r"|fotos? de|photos? of|pictures? of|pics? of|videos? of"
    r"|beb[eé]|hij[oa]|hermanit[oa]|herman[oa]|primit[oa]|prim[oa]|amiguit[oa]|mam[aá]|mami"
    r"|madre|pap[aá]|papi|padre|abuelit[oa]|abuel[oa]|t[ií][oa]|llamad[oa]|felicidades a"
    r"|gracias a|bienvenid[oa] a|querid[oa]|valiente|warrior|hero|champ|superstar|fighter"
    # a child named by their parent: "la bebé de Rosa", "el hijo de Marisol"
    r"|(?:beb[eé]|hij[oa]|hijit[oa]|nen[ea]|ni[ñn][oa]|hermanit[oa]|gemel[oa]s|cuates) de"
    # a family named by one of its people: "la familia de Santos Cruz", "the parents of Ava"
    r"|(?:familia|familiares|padres|pap[aá]s|mam[aá]|pap[aá]|abuel[oa]s?|t[ií][oa]s?) de"
    r"|(?:family|parents|mom|mother|dad|father|grandma|grandpa|grandparents) of"
    r"|guerrer[oa]|campe[oó]n(?:a)?|\w+-(?:year|month|week)-old|\d+-(?:year|month|week)-old"
    # whom something was wrong with: "something was wrong with Harper", "worried about Nico",
    # "lo que le pasaba a Lucía"
    r"|wrong with|going on with|happened to|worried about|worry about|scared for"
    r"|pasaba con|pasaba a|preocupad[oa] por)"
    r"[\s,(]+)$",
    re.I,
)
#: Right after a name, words that make it the subject of a sentence about a person.
#: A verb and "her"/"his" right after a word: only a person does that ("Hunter had his
#: tubes put in", "Summer finished her first school year"), never a season or a virtue.
_HER_HIS = (
    # ("has used her spacer", "had just finished his antibiotics")
    r"\s+(?:(?:has|had|have|just|finally|already|has just|had just)\s+)?"
    r"(?:\w+ed|had|has|got|gets|was|is|did|does|went|goes|came|comes|took|takes|made"
    r"|ran|broke|wore|wears|ate|eats|slept|fell|began|begins|won|lost|spent|kept|left|hurt"
    r"|cut|split|tore|threw|caught|loves|needs|brought|brings|tells|told|showed|shows|sat"
    r"|saw|beat|rode|bit|hit|drank|held)\s+(?:her|his)\b(?!\s+own\b)"
    # or a few words on, after a verb in the past: "Bobby came back Tuesday with his cast"
    r"|\s+(?:\w+ed|came|went|broke|fell|got|took|ran|left|spent|won|lost|wore|brought|showed"
    r"|told|rode|threw|caught|tore|split|slept|ate|drank|bit|hit|woke|sat|had)\s+"
    r"(?:[\w'’-]+\s+){1,4}?"
    r"(?:her|his)\b(?!\s+own\b)"
)
HER_HIS_AFTER = re.compile(_HER_HIS)
#: The trades a town has one or a few of, whose holder everyone knows: "the only large-animal
#: vet for fifty miles", "her grandfather is the harbormaster". detect_people reads a child
#: told by one of them as singled out; names_roles reads an adult named by one as an adult.
TOWN_TRADES = (
    r"(?:vet|veterinarian|doctor|dentist|pharmacist|pastor|priest|rabbi|imam|principal|mayor"
    r"|sheriff|harbou?rmaster|postmaster|police chief|fire chief|coach|judge|librarian|barber"
    r"|mechanic|baker|owner|midwife|undertaker|game warden|ranger|veterinario|alcalde|cura"
    r"|maestr[oa]|partera)"
)
#: What a child is called across the Spanish-speaking world, beside "niño" and "nene":
#: Guatemala's "patojo", Honduras's and El Salvador's "cipote", Nicaragua's "chigüín", the
#: Andes' "guagua", Uruguay's "gurí", Paraguay's "mitã", Mexico's "chamaco" and "escuincle",
#: the Dominican "carajito", Costa Rica's "güila", Spain's "crío", Colombia's "pelado".
REGIONAL_CHILD = (
    r"(?:patoj(?:it)?[oa]|cipot(?:it)?[ea]|cipot[ií]o|chig[uü][ií]n|chig[uü]inc?ita|guag[uü]it[oa]"
    r"|guagua|gur[ií](?:sit[oa])?|mit[aã]í?|chamac(?:quit)?[oa]|escuincl[ea]|carajit[oa]"
    r"|chavalit[oa]|g[uü]ilit[oa]|g[uü]ila|cr[ií]o|cr[ií]a|pelad(?:it)?[oa]|chiquill[oa]"
    r"|pibe|piba|bebit[oa]|nen[ea]|nenit[oa]|chibol[oa]|cham[oa]|chavit[oa]|chav[oa]"
    r"|cabr(?:it)?[oa] chic[oa])"
)
#: One of the practice's own children or families, singled out of the group it cares for:
#: "one of our toddlers", "one of our three-year-olds", "una de nuestras familias", "our
#: frequent flier". The dates, places and stories rules all read it as one person.
ONE_OF_OURS = (
    r"(?:(?:one of|uno de|una de)\s+(?:our|my|the|nuestr[oa]s|mis|l[oa]s)\s+(?:[\w-]+\s+)?"
    r"(?:patients|kids|children|toddlers|babies|families|teens|students|regulars|little ones"
    r"|kiddos|frequent fl[iy]ers|pacientes|ni[ñn][oa]s|beb[eé]s|familias"
    r"|(?:\d+|\w+)-(?:year|month|week)-olds)"
    r"|(?:our|nuestr[oa])\s+(?:little\s+|resident\s+|favou?rite\s+)?(?:frequent\s+fl[iy]er"
    r"|regular))"
)
#: Right after a name, a while of being unwell that only a child has at school: "Grace had
#: been missing school with tummy aches" (read by `_STRONG_AFTER` and by
#: `names_roles.a_child_beside`).
UNWELL_FOR_A_WHILE = r"\s+had been (?:missing school|sick|coughing|crying|limping|wetting)\b"
_STRONG_AFTER = (
    r"^(?:['’]s\s+(?!(?:\w+\s+)?(?:disease|syndrome|sign|palsy|law|reflex|test|maneuver|score"
    r"|phenomenon|reaction|sarcoma|lymphoma|anemia|anaemia|purpura|dystrophy|ataxia|tumou?r"
    r"|fracture|elbow|nodes?|spots?|cells?|criteria|triad)\b)"
    # a word-name that brings its own things to its own visit: "Bao brought his own toy
    # stethoscope to his three-year visit" (hope, grace, bao the noun own no visit)
    r"|\s+\w+\s+(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:visit|checkup|check-up|cast"
    r"|shots?|vaccines?|appointment|inhaler|brace|glasses|stethoscope|helmet|mom|dad|mother"
    r"|father|brother|sister|parents|grandma|grandpa)\b"
    # a caption's description of them at their own visit: "Sawyer, brave as ever at his
    # second dose this morning"
    r"|,\s+(?:[\w-]+\s+){1,5}?(?:at|after|before|during|for)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|checkup|check-up|shots?|dose|vaccines?|appointment|cast|stitches|surgery)\b"
    # what only a child does, or is: "Grace had been missing school with tummy aches",
    # "Milagros lloraba tanto", "Dulce estaba pálida", "Toño, el más chiquito del grupo,"
    r"|\s+(?:had\s+)?(?:cried|fought|refused|hid|giggled|screamed|sobbed|pouted|whimpered"
    r"|insisted|begged|napped|crawled|toddled)\b"
    rf"|{UNWELL_FOR_A_WHILE}"
    # what befell a child, then their own "her"/"his" in the same sentence: "Journey came in
    # Monday covered in spots on his palms", "Sunny threw up twice on the way back from her
    # cousins'" (a word's "came in handy" has no "his")
    r"|\s+(?:came in|came back|threw up|split|broke|went down|spiked|woke up|fell|slipped"
    r"|crashed|got sick)\b[^.!?\n]{0,80}?\b(?:her|his)\b"
    # the same in Spanish, with what they came with: "Paz ha vuelto esta semana con una
    # crisis", "Mili llegó con su mami"
    r"|\s+(?:ha vuelto|volvi[oó]|lleg[oó]|vino|se cay[oó]|se quem[oó]|se cort[oó])\b"
    r"[^.!?\n]{0,50}?\bcon\s+(?:una?\s+)?(?:crisis|fiebre|tos|quemadura|herida|v[oó]mitos?"
    r"|diarrea|ampollas|sarpullido|dolor|su mam[aá]|su pap[aá]|su mami|su papi|su abuel[oa])\b"
    # an age in an appositive before what they did: "Cande, que tiene catorce años y llegó"
    r"|,\s*que\s+(?:ya\s+)?tiene\s+(?:\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete)\s+(?:a[ñn]os|meses)\s+y\b"
    # a parent of one of the practice's children: "Ixchel Batz Chocooj, mamá de uno de
    # nuestros bebés,", "Dana, mom of one of our NICU grads,"
    r"|,\s*(?:la\s+|el\s+)?(?:mam[aá]|pap[aá]|madre|padre|abuel[oa]|t[ií][oa]|mom|dad"
    r"|mother|father|grandma|grandpa|aunt|uncle)\s+(?:de|of)\s+(?:uno de |una de |one of )?"
    r"(?:nuestr[oa]s?|our)\s+(?:[\w-]+\s+)?(?:beb[eé]s?|pacientes?|ni[ñn][oa]s?|patients?"
    r"|babies|kids|twins|gemel[oa]s|grads|graduates)\b"
    # an injury of their own, the Spanish perfect: "Nacho se la ha fracturado esta semana"
    r"|\s+se\s+(?:l[oa]s?\s+|le\s+)?(?:ha|hab[ií]a)\s+(?:fracturado|roto|quebrado|torcido"
    r"|cortado|golpeado|ca[ií]do|lastimado|quemado|tragado|enfermado|desmayado|dislocado)\b"
    # one the practice cares for, in an appositive: "Camilita, que atendemos aquí", "Noor,
    # whom we see for her asthma", "Tavi, one of our patients"
    r"|,\s*(?:que|a quien(?:es)?)\s+(?:atendemos|vemos|tratamos|cuidamos)\b"
    r"|,\s*(?:who|whom)\s+we\s+(?:see|treat|care for|saw|treated|cared for)\b"
    r"|,\s*(?:one of our|uno de nuestros|una de nuestras|nuestr[oa])\s+(?:patients|pacientes"
    r"|paciente|pacientitos|pacientitas)\b"
    # a relative pronoun only a person takes: "Esperanza Vukovich, who, two weeks after getting
    # her tonsils out, sang" (a place is "which", a thing "that")
    r"|,\s*(?:who|whom|whose|quien|quienes)\b"
    # "Bubba, our frequent flier, was back Monday night"
    r"|,\s*(?:our|nuestr[oa])\s+(?:(?:little|youngest|favou?rite|resident)\s+)?(?:frequent"
    r"\s+fl[iy]er|regular|patient|cliente frecuente|pacientito|pacientita)\b"
    # an age in an appositive: "Rocío, que ya tiene ocho meses,", "Noor, who just turned two,"
    r"|,\s*(?:que\s+(?:ya\s+)?(?:tiene|cumpli[oó])|who\s+(?:just\s+)?(?:turned|is)|now)\s+"
    r"(?:\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:a[ñn]os?|mes(?:es)?|years?"
    r"|months?)?(?:\s+old)?\s*,"
    # what one did to or for us, told with the clitic: "Yaneisy me trajo su cuaderno", "Pipo
    # me confesó muy serio" (a thing or a place brings and confesses nothing)
    r"|\s+(?:me|nos|le|les)\s+(?:trajo|dijo|hizo|puso|dio|pidi[oó]|cont[oó]|confes[oó]"
    r"|ense[ñn][oó]|mostr[oó]|regal[oó]|explic[oó]|pregunt[oó]|dibuj[oó]|escribi[oó]"
    r"|mand[oó]|abraz[oó]|salud[oó])\b"
    r"|\s+(?:lloraba|llor[oó]|gritaba|grit[oó]|se escond[ií]a|se escondi[oó]|pataleaba|gateaba"
    r"|gate[oó]|berreaba)\b"
    r"|\s+(?:estaba|lleg[oó]|amaneci[oó]) (?:muy )?(?:p[aá]lid[oa]|cansad[oa]|asustad[oa]"
    r"|deca[ií]d[oa]|enferm[oa]|llorando|ardiendo)\b"
    r"|,\s*(?:el|la) (?:m[aá]s )?(?:chiquit[oa]|peque[ñn][oa]|peque|menor|beb[eé])\b"
    r"|,\s*the (?:youngest|littlest|smallest)\b"
    # ("Kavin's wrist fracture": a body part before it makes it his, no eponym)
    r"|['’]s\s+(?:wrist|arm|leg|ankle|elbow|collarbone|finger|toe|foot|hip|nose|skull|shin"
    r"|knee|thumb)\s+(?:fracture|break)\b"
    r"|,\s*de (?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece"
    r"|catorce|quince|diecis[eé]is|diecisiete) (?:a[ñn]os?|mes(?:es)?),"
    r"|,\s*(?:\d{1,2}|age \d{1,2}|de \d{1,2} (?:a[ñn]os|meses)|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen),"
    r"|,\s*(?:age|edad)\s+\d{1,2}\s*(?:[.;)]|$)"
    r"|\s*\(\s*(?:\d{1,2}|age \d{1,2})"
    r"\s*\)"
    # a relative clause of what befell them: "Hope Marchetti, who had open-heart surgery"
    r"|,\s*who\s+(?:had|has|was|is|got|came|went|needed|spent|just|\w+ed)\b"
    # an appositive that makes them a patient: "Maya, our favourite patient,"
    # the name, then a pronoun telling what they did: "today for noor, she asked ..."
    r"|,\s*(?:she|he|ella|[eé]l)\s+(?:was|is|had|has|did|asked|said|told|got|went|came"
    r"|cried|laughed|smiled|\w+ed|\w+[oó]|est[aá]|estaba|tuvo|fue)\b"
    # spoken to: "P.S. Bobby, your stitches look great", "Sofi, te extrañamos"
    r"|,\s*(?:your|you|you're|you've|tu|tus|te)\s+(?:[\w-]+\s+){0,2}(?:stitches|cast|shots?"
    r"|vaccines?|checkup|check-up|visit|appointment|ear|ears|arm|leg|wrist|ankle|cough|rash"
    r"|fever|surgery|tubes|braces|puntos|yeso|vacunas?|cita|consulta|brazo|pierna|tos"
    r"|were|was|did|looked|look|are)\b"
    r"|,\s*(?:one of |uno de |una de )?(?:our|my|nuestr[oa]s?|mis?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:patients?|pacientes?|NICU grad\w*"
    r"|graduate|warrior|champ|hero|guerrer[oa]|campe[oó]n)\b"
    # a child described between commas, before what they did: "Maya, our brave little
    # girl, got her shots", "Leo, a tough little guy,", "Nico, nuestro pequeño valiente,"
    r"|,\s*(?:our|my|a|this|that|nuestr[oa]|mi|un|una|est[ea])\s+(?:[\w-]+\s+){0,3}?"
    r"(?:girl|boy|guy|kid|kiddo|toddler|preschooler|kindergartn?er|first-grader|newborn"
    r"|infant|trooper|sweetheart|sweetie|peanut|munchkin|little one|little man|little lady"
    r"|ni[ñn][oa]|nen[ea]|chiquit[oa]|peque[ñn][oa]|pequeñ[ií]n|valiente|beb[eé]|bebit[oa])"
    r"\s*,"
    r"|,\s*(?:our|my|a|this|that)\s+(?:[\w-]+\s+){0,3}?[\w-]+-(?:year|month|week)-old"
    r"(?:\s+[\w-]+){0,2}\s*,"
    r"|\s+(?:and|y)\s+(?:(?:her|his|their|su|sus)\s+)?(?:mom|mother|dad|father|parents?|grandma"
    r"|grandpa|sister|brother|twin|mam[aá]|pap[aá]|madre|padre|abuel[oa]|herman[oa]|pap[aá]s)\b"
    # the name, a verb and "her"/"his": "Hunter had his tubes put in", "Summer finished her
    # first school year"
    rf"|{_HER_HIS}"
    # a caption: "Maya blowing bubbles in our waiting room after her nebulizer treatment"
    r"|\s+\w+ing\b[^.!?\n]{0,60}\b(?:her|his)\b(?!\s+own\b)"
    r"|\s+(?:coughed|vomited|wheezed|cried|smiled|laughed|walked|crawled|talked|healed"
    r"|recovered|stayed|played|learned|needed"
    r"|received|swallowed|tripped|slipped|stumbled|sneezed|complained|tested|spiked)\b"
    r"|\s+\w+ed\s+(?:his|her|him|their)\b"
    # "Harbor proudly wearing his new glasses": doing something with his own things
    r"|\s+(?:\w+ly\s+)?\w{2,}ing\s+(?:his|her)\b(?!\s+own\b)"
    r"|,?\s+(?:(?:was|is|has been)\s+(?:sick|seen|admitted|born|diagnosed|brought|home|back"
    r"|better|feeling|still|now|finally|running|coughing|crying|vomiting|throwing|sleeping"
    r"|limping|fussy|cranky|congested|dehydrated|jaundiced|swollen|itchy|sore|hurting"
    r"|eating|doing|recovering|breathing|walking|talking|wheezing|feverish|hospitali[sz]ed"
    r"|discharged|treated|tested|released|allergic|afraid|scared|brave|excited|happy)\b"
    r"|(?:came|comes|was brought|went) (?:in|back|home) (?:with|for|today|yesterday|this|last"
    r"|after|on|from)\b"
    # an injury of one's own: "Reyes got stung three times", "Paz was bitten by a dog"
    r"|(?:got|was|were|gets)\s+(?:stung|bitten|bit|hurt|burned|burnt|scratched|injured|sick"
    r"|stitches|a concussion|vaccinated)\b"
    # a symptom of one's own: "Ava had a fever of 103", "Grace caught the flu"
    r"|(?:had|has|got|caught|developed|ran|spiked|runs|broke|fractured|sprained)\s+(?:a |an |the "
    r"|her |his )?(?:\w+\s+)?(?:fever|cough|rash|cold|flu|infection|temperature|virus|seizure"
    r"|reaction|fracture|concussion|headache|stomach ?ache|earache|sore throat|croup|strep|rsv"
    r"|covid|asthma attack|arm|wrist|leg|ankle|collarbone|nose"
    # a condition of one's own: "Ruby had asthma", "Ivy has eczema on both arms"
    r"|asthma|eczema|hives|pneumonia|bronchiolitis|diabetes|mono|appendicitis|pinkeye|lice"
    r"|chickenpox|measles|mumps|jaundice|colic|reflux|ear infections?|stitches|surgery|cast"
    r"|tubes|allergies|(?:an )?allergic reaction|seizures|migraines?|(?:a )?heart murmur"
    r"|nosebleeds?|impetigo|ringworm|scabies|pinworms|a uti|a tummy bug|a stomach bug)"
    # a Spanish gerund or "que" and a past tense: "Inés enseñando su diente", "benjamín, que
    # llegó deshidratado"
    r"|[a-záéíóúñ]{2,}(?:ando|iendo)\b|,?\s*que\s+(?:lleg[oó]|vino|tuvo|estuvo|fue|se\s+\w+[oó])"
    # Spanish past tenses read as a story whatever the name ("Luz ya camina", "Paz se cayó")
    r"|ya|tuvo|tiene|vino|lleg[oó]|estuvo|dio|cumpli[oó]|naci[oó]|empez[oó]|termin[oó]"
    r"|aprendi[oó]|camin[oó]|dijo|pas[oó]|gan[oó]|perdi[oó]|durmi[oó]|comi[oó]"
    # a Spanish reflexive past told of someone: "se rompió", "se cayó", "se portó"
    r"|se\s+[a-záéíñ]+[oó]"
    # any Spanish preterite told of someone, written with its accent: "recibió", "terminó"
    r"|(?:hoy\s+|ayer\s+|ya\s+)?[a-záéíñú]{2,}(?:ió|ó)(?!\w)"
    r")\b)"
)
#: ... and every past-tense verb a person does: enough after a plain given name ("Mateo
#: had"), not after one that is also a word ("Hope comes in ounces", "Grace got easier").
_PLAIN_VERB_AFTER = (
    # a caption: "Maëlle in goggles after her swim lesson"
    r"^(?:\s+(?:in|with|on|at|after|before|during)\b[^.!?\n]{0,50}\b(?:her|his)\b(?!\s+own\b)"
    r"|,?\s+(?:came|comes|had|got|went|started|developed|presented|woke|threw|fell"
    r"|needed|kept|cried|broke|swallowed|ate|spiked|tested|turned|turns|did|didn't|wasn't"
    r"|couldn't|said|told|weighed|ended|took|passed|finished|rang|sang|won|walked|learned"
    r"|lost|spent|stayed|left|held|asked|loves|loved|just|finally|taught|teaches|reminded"
    r"|made|slept|stopped|tried|used|wore|grew|peed|pooped|found out"
    r"|showed)\b"
    # how a child is doing: "Yoandri is wearing a green cast", "Yoali ya no necesita oxígeno"
    r"|\s+(?:is|was) (?:wearing|sporting|rocking|back (?:to|in|on)|home from|recovering"
    r"|healing|feeling better|off (?:oxygen|crutches))\b"
    r"|\s+ya (?:no )?(?:necesita|camina|come|duerme|habla|usa|gatea|respira)\b)"
)
#: Children's shows and their families: "Bluey's dad, Bandit Heeler" is a character.
SHOWS = (
    r"(?:Bluey|Bingo|Peppa|George|Paw Patrol|Patrulla Canina|Sesame Street|Plaza S[eé]samo"
    r"|Daniel Tig(?:er|re)|Cocomelon|Bob Esponja|SpongeBob|Frozen|Encanto|Moana|Toy Story"
    r"|Pok[eé]mon|Mickey|Minnie|Barney|Caillou|El Chavo|Muppets?|Teletubbies|Arthur|Dora"
    r"|Elmo|Doc McStuffins|Mister Rogers)"
)
CHARACTER_KIN_BEFORE = re.compile(
    rf"\b{SHOWS}(?:['’]s\s+(?:\w+\s+)?|\b[^.!?\n]{{0,60}}\b(?:their|his|her|su|sus)\s+)"
    r"(?:dad|mom|mum|sister|brother|friend|teacher|grandma"
    r"|grandpa|granny|cousin|uncle|aunt|pap[aá]|mam[aá]|herman[oa]|amig[oa]|abuel[oa])\s*,?\s*$"
)
#: Right after a name, what only a patient does: "Amber Brooks came in Tuesday with a broken
#: wrist" ("Rose Hill had a flu clinic" is a place's news).
PATIENT_AFTER = re.compile(
    r",?\s+(?:came in|was seen|was admitted|was discharged|was diagnosed|broke|fell|swallowed"
    r"|sprained|fractured|needed stitches|got stitches|tested positive|spiked|threw up|vomited"
    r"|is recovering|is home|went home|turned \w+|vino|lleg[oó]|se cay[oó]|se quebr[oó]"
    r"|se fractur[oó]|tuvo fiebre|dio positivo|sali[oó] positivo|fue internad[oa]"
    r"|fue diagnosticad[oa]|se trag[oó])\b",
    re.I,
)
#: Right after a name at the start of a sentence, a Spanish verb said of someone, with its
#: adverb or pronoun: "Inés ya sabe leer las etiquetas", "Juanito ya se sabe usar el
#: espaciador", "Memo regresó": the name is the subject (a heading's word is not).
#: After a name no word shares, what a subject does: "Jaylen was back to normal by breakfast".
SUBJECT_AFTER = re.compile(r"\s+(?:was|is|had|has|got|went|came|felt|seemed|looked|slept)\b")
SPANISH_SUBJECT_AFTER = re.compile(
    r"\s+(?:ya\s+|todav[ií]a\s+|tambi[eé]n\s+|siempre\s+|nunca\s+|no\s+)?"
    r"(?:se\s+|le\s+|les\s+|nos\s+|me\s+)?"
    r"(?:[a-záéíóúñ]{2,}(?:ó|ió)|sabe|tiene|est[aá]|va|puede|quiere|dice|cumple|usa|come|lee"
    r"|camina|habla|juega|duerme|sigue|vuelve|regresa|entra|empieza|aprendi[oó]|pudo|tuvo"
    r"|estuvo|fue|vino|hizo|dijo"
    # the imperfect of a story: "Maite se escondía debajo de la camilla", "lloraba tanto"
    r"|[a-záéíóúñ]{3,}(?:aba|[ií]a))\b",
)
PERSON_AFTER_STRONG = re.compile(_STRONG_AFTER, re.I)
PERSON_AFTER = re.compile(f"{_STRONG_AFTER}|{_PLAIN_VERB_AFTER}", re.I)
#: Words after "the <Surname>" or before "<Surname>" that make it a family.
FAMILY_AFTER = (
    r"(?:family|families|family's|twins|triplets|quads|kids|children|boys|girls|household"
    r"|siblings|brothers|sisters|baby|clan|crew|gang|grandparents|grandmothers|grandfathers"
    r"|grandmas|grandpas|cousins)"
)
FAMILY_BEFORE_ES = (
    r"(?:(?:la\s+|a\s+la\s+|de\s+la\s+|su\s+)?familia|los\s+gemel[oa]s|las\s+gemelas|los\s+trillizos|las\s+trillizas"
    r"|l[oa]s\s+(?:(?:dos|tres|cuatro|cinco|seis|siete|\d)\s+)?herman(?:it)?[oa]s"
    r"|l[oa]s\s+prim(?:it)?[oa]s|l[oa]s\s+gemelit[oa]s"
    # twins by each region's word: "los cuaches Tzoc", "los chachos"
    r"|l[oa]s\s+(?:chach[oa]s|cuach(?:it)?[oe]s)"
    # ("vinieron los cipotes Alvarenga, los cuatro")
    r"|l[oa]s\s+(?:cipot[ea]s|chamac[oa]s|patoj[oa]s|chiquill[oa]s|muchach[oa]s|chavalit[oa]s|chic[oa]s)"
    r"|l[oa]s\s+ni[ñn][oa]s|l[oa]s\s+peques|el\s+beb[eé]|la\s+beb[eé]|l[oa]s\s+melliz[oa]s"
    r"|l[oa]s\s+jimaguas|l[oa]s\s+moroch(?:it)?[oa]s|l[oa]s\s+guaguas"
    r"|l[oa]s\s+cuat[ei]s|l[oa]s\s+cuatit[oa]s|beb[eé]\s+(?:var[oó]n|ni[ñn][oa]|mujer|hembra|masculino|femenino))"
)
PARTICLES = _words("van von der den de del la las los da di do dos das du le bin ben al el mac st")
