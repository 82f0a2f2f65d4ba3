"""The quiet leaks of the j4 batch (round 10): a child's name alone where a word-list guard
looks away, each beside the same shape that must pass.

- a cast, a fever or a parent of theirs makes a name a child's even beside a cartoon ("Eitan's
  cast came off ... a cartoon of our receptionist");
- the speaker of a quote ('"My baby brother is a volcano," Amara explained');
- a word-name that brings its own things to its own visit ("Bao brought his own toy
  stethoscope to his three-year visit");
- a family by its plural name and what is theirs ("The Lindqvists' golden retriever", "Los
  Mamani volvieron de visitar a los abuelos").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.preflight_helpers import check_one, stopping_codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eitan's cast came off this week and it had the best collection of signatures we have "
         "seen in years, including a cartoon of our receptionist.", "en"),
        ('"My baby brother is a volcano," Amara explained, very seriously, when we asked about '
         "her family.", "en"),
        ("Bao brought his own toy stethoscope to his three-year visit and listened to our heart "
         "first.", "en"),
        ("Hope's dad described driving to the ER with the windows down and finding her breathing "
         "fine.", "en"),
        ("The Lindqvists' golden retriever has appointed himself guardian of their newborn's "
         "bassinet.", "en"),
        ("Los Mamani volvieron de visitar a los abuelos con un cuaderno lleno de sellos.", "es"),
    ],
)
def test_quiet_names_stop(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hope filled the waiting room when the new playground opened.", "en"),
        ('"Wash your hands," the nurse said, and everyone laughed.', "en"),
        ("In the cartoon, Arthur's glasses help him see the board.", "en"),
        ("The Beatles' songs still calm a fussy baby.", "en"),
        ("Los Reyes Magos volvieron a la plaza con dulces para todos.", "es"),
    ],
)
def test_words_and_characters_pass(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a name the note says is made up, and names that stand for anyone
        ('"Sam" is not a real patient. He is a composite. Sam had a fever and his teacher '
         "called.", "en"),
        ("Let's call him Sam. Sam has a fever and came in on Tuesday.", "en"),
        ("Our sample plan is filled in for Jane Doe, who had a fever last week.", "en"),
        ("Fulanito no existe. Fulanito tiene ocho años y le dio fiebre el martes.", "es"),
        # a baby-name chart
        ("Cada enero sale la lista de los nombres más puestos: Sofía, Valentina, Regina y "
         "Camila; Santiago, Mateo y Liam.", "es"),
    ],
)
def test_made_up_names_and_name_charts_pass(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)


def test_a_real_name_beside_a_made_up_one_still_stops() -> None:
    assert "privacy-name" in stopping_codes(
        '"Sam" is not a real patient. Priya Raghunathan had a fever on Tuesday.')


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rocky had fought every single one since he was a baby. This time he held still.", "en"),
        ("Grace had been missing school with tummy aches for weeks.", "en"),
        ("Maite se escondía debajo de la camilla cada vez que alguien decía dentista.", "es"),
        ("Milagros lloraba tanto que su mamá terminaba llorando también.", "es"),
        ("Toño, el más chiquito del grupo, levantó la mano y contó que ya tomó la medicina.",
         "es"),
    ],
)
def test_a_word_name_that_does_what_children_do_stops(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a pet's age, a book's child, the pattern of many calls, a city no list holds
        ("Biscuit, a seven-year-old golden retriever, visits our waiting room last Wednesday.",
         "en"),
        ("Last month we read Malala's Magic Pencil by Malala Yousafzai, the story of a girl who "
         "wished for a pencil that could fix the world.", "en"),
        ("En febrero, casi todas las tardes llega una llamada con la misma historia: un niño que "
         "empezó a vomitar en la madrugada.", "es"),
        ("New families moved here from Madison, Austin, Eugene, Charlotte, Jackson and "
         "Florence.", "en"),
    ],
)
def test_pets_books_patterns_and_cities_pass(text: str, lang: str) -> None:
    assert not stopping_codes(text, lang) & {"privacy-name", "privacy-anecdote"}


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # a dictionary word is a child's nickname when what follows is only a child's
        ("Pip had his two-month shots today and smiled at the nurse right after.", True),
        ("Bean finished her whole bottle at the four-month visit.", True),
        # a name no list knows, by what only a child does, in a story about their health
        ("Mele refused water for a day and a half until her grandmother tried frozen yogurt "
         "melts. That got her drinking again and her diapers wet.", True),
        ("Handwashing is still the single best way to stop the stomach bugs in daycare.", False),
        # the same shape said of a parent, of anyone, of a plural or of a disease
        ("Mom had her flu shot too, right after the baby's.", False),
        ("Everyone got his shots before the field trip.", False),
        ("Teens got their shots at the school clinic on Friday.", False),
        ("Measles kept its grip on the county all spring.", False),
    ],
)
def test_a_word_named_by_what_only_a_child_has(text: str, stops: bool) -> None:
    assert ("privacy-name" in stopping_codes(text, "en")) is stops


@pytest.mark.parametrize(
    ("text", "code", "stops"),
    [
        # a word and its meaning is taught, not a person; an age in brackets is a child
        ("Akash (sky) and Shanti (peace) are first words we hear a lot at 15-month visits.",
         "privacy-name", False),
        ("Alo means light in Bangla, and toddlers at their visits say it a lot.",
         "privacy-name", False),
        ("Mateo (age four) came in with a fever and an ear infection.", "privacy-name", True),
        # an observance's name is no child's story; a child at a moment still is
        ("The mayor signed a proclamation Monday naming this week Child Passenger Safety Week.",
         "privacy-anecdote", False),
        ("Last Tuesday a child came in with a fever and a rash on her hands.",
         "privacy-anecdote", True),
    ],
)
def test_words_taught_and_observances(text: str, code: str, stops: bool) -> None:
    assert (code in stopping_codes(text, "en")) is stops


@pytest.mark.parametrize(
    ("meta", "level"),
    [
        # a family name alone, beside a baby word, or two names in a public address: a BLOCK
        ("Slug: kowalczyk-monkey-bars-fracture", "BLOCK"),
        ("Slug: rsv-week-baby-okonkwo", "BLOCK"),
        ("Slug: teddy-bear-clinic-ava-lindgren-bandaged-bunny", "BLOCK"),
        # a given name alone there is still a WARN (the doctor may attest it)
        ("Tags: pinkeye, daycare, noor", "WARN"),
    ],
)
def test_names_in_an_address_the_note_never_says(tmp_path: Path, meta: str, level: str) -> None:
    report = check_one(tmp_path, f"Title: A playground note\nDate: 2026-03-01\n{meta}\n\n"
                                 "Monkey bars send more children to us than any other toy.\n")
    levels = {f.level.value for f in report.findings if f.code == "privacy-name"}
    assert level in levels and (level == "BLOCK" or "BLOCK" not in levels)


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # a title leads the name: a cleric, an officer of the county
        ("We sat down with Imam Yusuf Mahdi to talk about fasting and kids.", False),
        # a family name that is also a place word leads a patient's name
        ("Park Seo-yeon's parents brought her vaccine booklet to her first appointment.", True),
        # an author and a co-author after a title
        ("*Hair Love* by Matthew A. Cherry and Vashti Harrison is our pick for age five.", False),
        ("*Where's Spot?* by Eric Hill. Flaps. So many flaps.", False),
        ("Her drawing by Mateo Ruiz hangs in the hall after his cast came off.", True),
    ],
)
def test_titles_and_authors(text: str, stops: bool) -> None:
    assert ("privacy-name" in stopping_codes(text, "en")) is stops


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the n4 batch (round 11): a child called as their region calls children
        ("La semana pasada un patojito de Sunset Villa llegó con su mamá con dolor de cabeza.",
         "es", "privacy-anecdote"),
        ("Hace dos semanas un guagüito del tercer piso se apoyó en la malla y se cayó.",
         "es", "privacy-anecdote"),
        # a family the whole town knows, a child by a parent's role
        ("The pastor's triplets, yes, the ones every person at the Fall Festival stopped to coo "
         "over, spent a week at St. John's last November.", "en", "privacy-anecdote"),
        # an age in an appositive makes a word-name a child's
        ("Rocío, que ya tiene ocho meses, vino el martes a la revisión.", "es", "privacy-name"),
        # a block of homes, the Spanish way
        ("La nena de los apartamentos Brookside Terrace volvió de Ponce con fiebre.", "es",
         "privacy-place"),
        ("A toddler from the Pine Hollow trailer court came back with a high lead level.", "en",
         "privacy-place"),
        ("Un güila de cuarto grado de la escuela Prairie View nos contó que se escondía en el "
         "baño.", "es", "privacy-place"),
        # the only one in town, the Spanish way
        ("La chibola de la señora que tiene el único restaurante peruano del centro regresó de "
         "Lima con tifoidea.", "es", "privacy-anecdote"),
    ],
)
def test_stories_told_the_way_a_town_tells_them(text: str, lang: str, code: str) -> None:
    assert code in stopping_codes(text, lang)


def test_a_town_in_a_childs_story_is_a_place_finding(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: Monóxido\nDate: 2026-03-01\nLang: es\n\nLa semana "
                                 "pasada un patojito de Sunset Villa llegó con su mamá porque los "
                                 "dos tenían dolor de cabeza.\n")
    places = [f for f in report.findings if f.code == "privacy-place"]
    assert places and "Sunset Villa" in places[0].message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cada invierno algún patojito llega con dolor de cabeza por el monóxido.", "es"),
        ("Rocío, el rocío de la mañana, moja el pasto del parque.", "es"),
        ("The ones every parent asks about are fevers and rashes.", "en"),
    ],
)
def test_the_same_words_in_general_advice_pass(text: str, lang: str) -> None:
    assert not {"privacy-anecdote", "privacy-name", "privacy-place"} & stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "stops"),
    [
        # a town's holiday dates one child's visit; the same holiday for everyone does not
        ("We put a little girl in a cast on Memorial Day after her cousin bounced her off.",
         "en", True),
        ("The little guy we wrapped up the morning after the Fourth is healing well.", "en", True),
        ("El chigüín que atendimos la noche de la Gritería ya está comiendo de todo.", "es", True),
        ("Our office is closed on Memorial Day and the Fourth of July.", "en", False),
        ("El Día del Niño regalamos libros a cada niño que venga a su consulta.", "es", False),
    ],
)
def test_a_holiday_dates_a_childs_visit(text: str, lang: str, stops: bool) -> None:
    assert ("privacy-date" in stopping_codes(text, lang)) is stops


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # whom a doubled "le" stands for is a person, a word-name too
        ('Doña Auxiliadora le leyó "El Gato Ensombrerado" a Jazmín mientras esperaba que le '
         "pusieran los puntos en la frente.", True),
        ("Le dimos las gracias a Esperanza, la directora de la biblioteca.", False),
    ],
)
def test_whom_le_stands_for(text: str, stops: bool) -> None:
    assert ("privacy-name" in stopping_codes(text, "es")) is stops


@pytest.mark.parametrize(
    ("text", "lang", "code", "stops"),
    [
        # the n4 batch's clean notes (round 11) beside the leak of the same shape
        ("Llámennos al dos-uno-siete, cinco-cinco-cinco, cero-uno-tres-cuatro, o manden fax.",
         "es", "privacy-phone", False),  # the practice's own number, read aloud
        ("Llamen a su mamá al dos-uno-siete, cinco-cinco-cinco, cero-nueve-tres-cuatro, o al "
         "trabajo.", "es", "privacy-phone", True),
        ("Say a baby is born on March 17 at 26 weeks instead of the usual 40.", "en",
         "privacy-dob", False),
        ("Mateo was born on March 17 at 26 weeks.", "en", "privacy-dob", True),
        ("Lo mismo aplica si el abuelo tiene 60 que si la bisabuela tiene 95.", "es",
         "privacy-age", False),
        ("Doña Rosa tiene 95 años y vino con su bisnieto.", "es", "privacy-age", True),
        ("En Puerto Rico todos conocen a Roberto Clemente. Murió el 31 de diciembre de 1972 en "
         "un avión con ayuda para Nicaragua.", "es", "privacy-date", False),
        ("I was the pharmacist's kid, and last summer I learned a lot.", "en",
         "privacy-anecdote", False),
        ("The pharmacist's kid came in last Tuesday with a broken wrist.", "en",
         "privacy-anecdote", True),
        ("Anoche nos llamó, asustadísima, la mamá de Yunieski, que volvió de Cienfuegos con "
         "fiebre.", "es", "privacy-name", True),  # whose mother called
        ("Con Camilita, que atendemos aquí, funcionó un guante de colores.", "es",
         "privacy-name", True),  # one the practice cares for
        ("El niño chiquito del señor de las nieves, el único que vende de guanábana, llegó con "
         "una picadura de alacrán.", "es", "privacy-anecdote", True),
        ("El único que puede recetar antibióticos es el médico.", "es", "privacy-anecdote",
         False),
        ("Y si en su casa hay una Lupita o un Lupe, ¡feliz santo!", "es", "privacy-name", False),
        ("Lupita tuvo fiebre el martes y vino a consulta.", "es", "privacy-name", True),
        # the r4 batch (round 12): a date of one of "our three-year-olds", the child the
        # practice diagnosed; a caption's name at its own dose; an age in the next sentence;
        # a story the whole trailer park knows; holiday figures and scouts are nobody's names
        ("One of our three-year-olds ended up overnight at St. John's on January 4.", "en",
         "privacy-date", True),
        ("Most of our three-year-olds get croup at least once, usually in January.", "en",
         "privacy-date", False),
        ("La niña a la que diagnosticamos el martes 9 de septiembre llevaba tres semanas "
         "resfriada.", "es", "privacy-date", True),
        ("*Sawyer, brave as ever at his second dose this morning, picked the dinosaur "
         "bandage.*", "en", "privacy-name", True),
        ("Pablito, que lleva desde septiembre encadenando uno detrás de otro, ya es un "
         "experto. Tiene tres años.", "es", "privacy-name", True),
        ("Gloria joined our front desk in May. She's 45 and runs marathons.", "en",
         "privacy-name", False),
        ("A nine-year-old fainted at the lake camp, and whose grandmother, as everyone in the "
         "lakeside trailer park knows, is the camp cook.", "en", "privacy-anecdote", True),
        ("Girl Scout Troop 4102 made valentines for the NICU families last Saturday.", "en",
         "privacy-name", False),
        ("Entre Papá Noel y los Reyes, en muchas casas llegan juguetes con pilas de botón.",
         "es", "privacy-name", False),
        # places and stories of one child (r4, round 12)
        ("Several cases among the toddlers at Little Acorns Learning Center, including one who "
         "needed IV fluids at the ER.", "en", "privacy-place", True),
        ("Swimmer's ear is an infection of the ear canal. One of our regulars from tiny Loami "
         "came in Monday with the ear swollen shut.", "en", "privacy-place", True),
        ("A cluster of strep in one third-grade class at St. Agnes, including a girl who had it "
         "twice.", "en", "privacy-place", True),
        ("Our nurses teach a free infant and child CPR class at the Lincoln Library on "
         "Saturday.", "en", "privacy-place", False),
        ("Para entrar al kínder en Illinois, el niño necesita un examen físico.", "es",
         "privacy-place", False),
        ("Vimos a la hija del DJ de La Poderosa, la única estación de radio en español de "
         "Springfield, con pérdida de audición.", "es", "privacy-anecdote", True),
        ("This week norovirus took down the twins whose mom anchors the evening news on Channel "
         "20.", "en", "privacy-anecdote", True),
        ("The only vaccine for RSV in babies is given in the fall.", "en", "privacy-anecdote",
         False),
        # the s4 batch (round 12): who a name is, by what is said beside it
        ("We had a run of croup. Bubba, our frequent flier, was back Monday night.", "en",
         "privacy-name", True),
        ("The Nakagawa and Petrosyan kids found this out the hard way last weekend.", "en",
         "privacy-name", True),
        ("Nobody sang louder than Esperanza Vukovich, who, two weeks after getting her tonsils "
         "out, was not going to miss this.", "en", "privacy-name", True),
        ("So does *No Biting, Louise*, where Louise the crocodile learns to chomp apples.", "en",
         "privacy-name", False),
        ("Recomendamos *Olivia va al médico*, donde la cerdita Olivia aprende que el pinchazo "
         "dura un segundo.", "es", "privacy-name", False),
        ("If made-up Omar drops from the 90th to the 25th over a year, we'd look closer. Zoe "
         "and Omar aren't real, but your child's chart is.", "en", "privacy-name", False),
        ("Meet imaginary two-year-old \"Rosie.\" Rosie wants the blue cup and got a bruise.",
         "en", "privacy-name", False),
        ("Marlee Matlin, who lost most of her hearing as a baby and won an Academy Award at "
         "twenty-one, has written about growing up Deaf.", "en", "privacy-name", False),
        ("She gave the first shot of the morning to Oscar Villanueva, 4, who asked for two "
         "stickers.", "en", "privacy-name", True),
        # the t4 batch (round 12): families counted, Cuban twins, an address the Spanish way,
        # a frequent flyer's town; a building's centennial, the map to our own door
        ("Record so far: all four Whitfield kids, ages 2 to 11, in one 20-minute slot.", "en",
         "privacy-name", True),
        ("Esta semana los jimaguas Pedroso vinieron juntos por sus vacunas.", "es",
         "privacy-name", True),
        ("Es un fiñe que vive en el 1415 de la South Grand Avenue, en los apartamentos.", "es",
         "privacy-address", True),
        ("Nuestra clínica está en el 120 de la Maple Street, Springfield.", "es",
         "privacy-address", False),
        ("Our frequent flyer for ear infections from Chatham finally got his tubes last week.",
         "en", "privacy-place", True),
        ("Fun fact: our building was built in 1925. It's 100 years old this summer!", "en",
         "privacy-age", False),
        ("Mrs. Ortiz turns 100 this summer and came with her great-grandson.", "en",
         "privacy-age", True),
        ('We are at <a href="https://maps.google.com/?q=120+Maple+Street+Springfield+IL">120 '
         "Maple Street</a>.", "en", "privacy-address", False),
        ('See <a href="https://maps.google.com/?q=14+Oak+Street+Springfield">the house</a>.',
         "en", "privacy-address", True),
        ("Dr. Ifeoma Achebe has opened Bright Start Pediatric Dentistry at 132 Maple Street.",
         "en", "privacy-address", False),  # a business's door (u4, round 12)
        ("La doctora Achebe abrió Bright Start Pediatric Dentistry en el 132 de la calle Maple.",
         "es", "privacy-address", False),
        ("The boy who lives at 132 Maple Street had a fever.", "en", "privacy-address", True),
        # a given name the lexicon lacks before a family name it holds is a full name
        ("Xavian Okafor had a fever and a rash on Tuesday.", "en", "privacy-name", True),
    ],
)
def test_the_same_shape_leaks_or_not(text: str, lang: str, code: str, stops: bool) -> None:
    assert (code in stopping_codes(text, lang)) is stops


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # a shop named for its owner, as its sign writes it
        ("Thank you to our sponsors: Marguerite's Café, Dave's Hardware and Ruthie's Resale.",
         False),
        ("- **Kim's Alterations** on Wabash will hem your maternity pants.", False),
        # a child's own things are no shop
        ("Sofia's kitchen floor is where she fell and cut her chin last Tuesday.", True),
    ],
)
def test_a_shop_named_for_its_owner(text: str, stops: bool) -> None:
    assert ("privacy-name" in stopping_codes(text, "en")) is stops


@pytest.mark.parametrize(
    ("text", "code", "stops"),
    [
        # a character and their author, a work's title naming its character
        ("¿Quién no se acuerda de Manolito Gafotas, el niño de Carabanchel que inventó Elvira "
         "Lindo?", "privacy-anecdote", False),
        ("- *Peter's Chair* by Ezra Jack Keats: Peter's furniture is being painted pink.",
         "privacy-name", False),
        ("We have a roll of Mr. Yuk stickers at the front desk.", "privacy-name", False),
    ],
)
def test_characters_and_their_authors(text: str, code: str, stops: bool) -> None:
    lang = "es" if "¿" in text else "en"
    assert (code in stopping_codes(text, lang)) is stops


@pytest.mark.parametrize(
    ("alt", "stops"),
    [
        ("La Dra. Odalys Betancourt sonriendo en su consultorio", False),  # a clinician
        ("Dr. Patel holding a newborn at the nursery window", True),  # a child beside her
        ("A boy smiling with his new cast", True),
    ],
)
def test_a_clinicians_portrait(tmp_path: Path, alt: str, stops: bool) -> None:
    report = check_one(tmp_path, f"Title: Our team\nDate: 2026-03-01\nimage: images/team.jpg\n"
                                 f"image_alt: {alt}\n\nMeet the people who answer your calls.\n")
    assert any(f.code == "privacy-image" and f.blocking for f in report.findings) is stops


def test_a_name_with_an_apostrophe_said_in_the_body_explains_its_slug(tmp_path: Path) -> None:
    report = check_one(tmp_path, "Title: Farewell to a nurse\nDate: 2026-03-01\n"
                                 "Slug: farewell-nurse-bernadette-oconnell\n\nAfter 31 years, "
                                 "our nurse Bernadette O'Connell is retiring.\n")
    assert not any(f.code == "privacy-name" for f in report.findings)


@pytest.mark.parametrize(
    ("text", "lang", "stops"),
    [
        # a shop or a church named after someone is a place
        ("Queremos darle las gracias a la Panadería Doña Chela, en la avenida Grand.", "es", False),
        ("Jornada de salud en la Iglesia Pentecostal Monte de Sion, en la calle Cook.", "es",
         False),
        ("Mr. Szymanski at Szymanski Dry Cleaners has kindly offered his lot.", "en", False),
        ("Doña Chela tuvo fiebre y la nieta vino a consulta.", "es", True),
    ],
)
def test_a_shop_or_church_named_after_someone(text: str, lang: str, stops: bool) -> None:
    assert ("privacy-name" in stopping_codes(text, lang)) is stops


def test_an_unknown_given_name_before_a_family_name_is_a_full_name() -> None:
    from preflight.privacy import scan
    from support.preflight_helpers import _scan_policy

    text = "Xavian Okafor had a fever and a rash on Tuesday."
    names = [(text[h.start : h.end], h.level.value) for h in scan(text, _scan_policy())
             if h.code == "privacy-name"]
    assert names == [("Xavian Okafor", "BLOCK")]



@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Maya, our brave little girl, got her shots today.", "en"),
        ("Leo, a tough little guy, got his shots today.", "en"),
        ("Nico, nuestro pequeño valiente, se vacunó ayer.", "es"),
    ],
)
def test_a_child_described_between_commas_stops(text: str, lang: str) -> None:
    """A word-name at the start, then an appositive saying it is a child: the comma no
    longer hides what follows ("got her shots")."""
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Maya, the ancient civilisation, had its own calendar.", "en"),
        ("Hope, our little town's food pantry, gives out bags on Friday.", "en"),
    ],
)
def test_a_word_described_between_commas_passes(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Road trip season. Sunny threw up twice on the way back from her cousins' house.", "en"),
        ("Journey came in Monday covered in spots on his palms.", "en"),
        ("Paz ha vuelto esta semana con una crisis de asma.", "es"),
        ("La semana pasada, Cande, que tiene catorce años y llegó en diciembre, se puso cinco "
         "vacunas.", "es"),
        ("Marshmallow — her big brothers named her, and it stuck — came in at five days old.",
         "en"),
        ("Peanut Butter Cup — that's what his grandmother calls him — broke out in welts.", "en"),
        ("La Güera —así le dicen en su casa— vino el viernes con ampollas.", "es"),
    ],
)
def test_word_names_and_explained_nicknames_stop(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hope came in handy for our families this year.", "en"),
        ("Summer came back with a heat wave, so pack water.", "en"),
    ],
)
def test_words_that_came_back_pass(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ixchel Batz Chocooj, mamá de uno de nuestros bebés, le enseñó a su jefe la ley.", "es"),
        ("A Cuchito, que tiene dos años, su abuela le preparó suero con demasiada sal.", "es"),
        ("Sunny, our favourite nine-year-old comedian, grabbed a sparkler by the wrong end.",
         "en"),
        ("Pickle (her real name is much longer) came in on Wednesday after a night of barking.",
         "en"),
    ],
)
def test_parents_nicknames_and_ages_told_beside_the_name_stop(text: str, lang: str) -> None:
    assert "privacy-name" in stopping_codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Winter reads: *Katy and the Big Snow*, for the plow-truck fans who love a rescue.",
         "en"),
        ('Angry? "When Sophie Gets Angry—Really, Really Angry." Grieving? "The Invisible '
         'String."', "en"),
    ],
)
def test_a_title_in_italics_or_quotes_is_a_work(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)


def test_a_childs_words_in_quotes_are_no_title() -> None:
    assert "privacy-name" in stopping_codes(
        '"My baby brother is a volcano," Amara explained when she came in with a fever.')


@pytest.mark.parametrize(
    "text",
    [
        'El grupo "Abuelos criando nietos" se reúne el segundo martes en la biblioteca y lleva '
        "café para los niños con asma.",
        "Una abuela cuida a sus tres nietos. Uno tiene tos, y la abuela le da el jarabe del "
        "hermano.",
    ],
)
def test_spanish_kin_words_and_numbers_are_no_names(text: str) -> None:
    assert "privacy-name" not in stopping_codes(text, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La psicóloga dará una charla sobre qué decir cuando los hijos preguntan cosas que "
         "nos dan pena.", "es"),
        ("Swallowing and yawning open the Eustachian tube, so a bottle helps a baby's ears on "
         "a plane.", "en"),
        ("Los niños que vayan pueden llevarse una pegatina de Juan Bobo de regalo.", "es"),
        ("The Lincoln Home is free on Presidents Day; bring water for the kids.", "en"),
    ],
)
def test_verbs_eponyms_and_folk_characters_pass(text: str, lang: str) -> None:
    assert "privacy-name" not in stopping_codes(text, lang)
