"""Mechanisms added for notes the guard was never tuned to (round 3), each with hard negatives
in English and Spanish.

- a titled full name ("Ms. Amara Osei") is a BLOCK wherever it stands, public context read
  in its own clause of a list;
- figures of a story everyone knows (the Three Kings, the Holy Family) are public named
  together, not when two siblings share their names;
- a capitalised word before "to Sleep", "of the ...": a campaign's title, not a person;
- a date in a year before 1920 is history; a homecoming ties a date to one child;
- stories: a named day ("on Tuesday", "Friday's game", "en agosto"), a definite child with a
  relative clause in the past ("the teenager who collapsed"), the only one of a community,
  Spanish contractions ("al hijo del panadero") and any preterite ("que debutó"); a
  condition before the child ("if a toddler swallowed") is advice;
- corners told in passing with a numbered street, Spanish homes without a street word;
- ids after "case no.", permits, serial numbers with a letter prefix;
- a one-word name in a tag that the note says only inside a longer proper name ("Virgen de
  Guadalupe") names the feast, not a child.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.hits import sentence_after, sentence_before, sentence_of
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import check_one, site_settings

POLICY = policy_from_settings(site_settings())


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(hit.code, hit.level.value) for hit in scan(text, POLICY, lang=lang)}


def codes(text: str, lang: str = "en") -> set[str]:
    return {code for code, _ in found(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "code", "level"),
    [
        # titled full names, in a list of sources too
        ("Sources: NIAID guidelines 2017; notes from Ms. Amara Osei's allergy visit.", "en",
         "privacy-name", "BLOCK"),
        ("Ms. Hope Okafor called about her son's rash.", "en", "privacy-name", "BLOCK"),
        ("La señora Rosa Herrera trajo a su hijo con fiebre.", "es", "privacy-name", "BLOCK"),
        # two siblings with the Holy Family's names are still two children
        ("José y María, los gemelos, tuvieron fiebre el martes.", "es", "privacy-name", "WARN"),
        ("Gaspar tuvo fiebre el martes y vino a consulta.", "es", "privacy-name", "WARN"),
        # a homecoming dates one child's life
        ("Finn came home from Korea on the second of January, jet-lagged.", "en",
         "privacy-date", "WARN"),
        ("Lucas llegó a casa el 2 de enero después de la UCIN.", "es", "privacy-date", "WARN"),
        ("The baby was born June 7, 2019, at home.", "en", "privacy-dob", "BLOCK"),
        # stories told with a named day, a definite child, the only one
        ("A 3-year-old swallowed two fridge magnets on Tuesday and came in.", "en",
         "privacy-anecdote", "WARN"),
        ("The teenager who collapsed at Friday's homecoming game is home now.", "en",
         "privacy-anecdote", "WARN"),
        ("This morning a card came from the parents of the little guy who spent 41 days in "
         "the NICU.", "en", "privacy-anecdote", "WARN"),
        ("A girl from the only Hmong family on our side of town needed stitches.", "en",
         "privacy-anecdote", "WARN"),
        ("Esta semana vimos al hijo menor del panadero con una fractura.", "es",
         "privacy-anecdote", "WARN"),
        ("Gracias a la mamá de la niña de 7 años que debutó con diabetes.", "es",
         "privacy-anecdote", "WARN"),
        ("Es la única alumna con bomba de insulina en la escuela.", "es", "privacy-anecdote",
         "WARN"),
        # homes and corners
        ("A boy wheezing at the bus stop at Juniper and 12th every morning.", "en",
         "privacy-address", "BLOCK"),
        ("Fuimos a ver al bebé de la familia que vive en Hidalgo 214, depto. 3.", "es",
         "privacy-address", "BLOCK"),
        # numbers
        ("A letter for a foster family's hearing (case no. JD-19-4471).", "en",
         "privacy-unique-id", "BLOCK"),
        ("He got his learner's permit, number R200-5519-8832, today.", "en",
         "privacy-license", "BLOCK"),
        ("Su permiso de conducir R200-5519-8832 ya llegó.", "es", "privacy-license", "BLOCK"),
        ("Old one, SN PT-88213407, goes back to the manufacturer.", "en", "privacy-device",
         "BLOCK"),
        # batch 2: Spanish diminutives and Spanish events tie a date to one child
        ("Nuestro pacientito salió del hospital el martes 12 de mayo.", "es", "privacy-date",
         "WARN"),
        ("Suerte a nuestra pacientita que el jueves 2 de abril entra a cirugía.", "es",
         "privacy-date", "WARN"),
        ("Our little friend Amaru, who came in on the night of November 24, is fine.", "en",
         "privacy-date", "WARN"),
        # every form of "llamar" cues a phone number written the Mexican way
        ("Interesados, llamen a la señora al 55 4301 7728 por la tarde.", "es",
         "privacy-phone", "BLOCK"),
        # a house number and a name after "at", no suffix
        ("He slipped on the steps at 2210 Greenview, outside his grandma's.", "en",
         "privacy-address", "BLOCK"),
        ("Drop-offs at 4417 Brookhaven, after 6 p.m., no nuts please.", "en",
         "privacy-address", "BLOCK"),
        # Spanish number signs, fingerprints of one finger, templates
        ("Usamos la cuenta de facturación n.º 0073-55812 de una familia.", "es",
         "privacy-account", "BLOCK"),
        ("El escaneo de la huella del índice de la hija de una mamá.", "es",
         "privacy-biometric", "BLOCK"),
        # the practice told what it did before the child
        ("This spring we diagnosed our first case of Gaucher disease: a 7-year-old girl from "
         "a small town.", "en", "privacy-anecdote", "WARN"),
        # fundraisers abroad, with a country's second-level domain
        ("Abrieron una colecta: https://www.vakinha.com.br/vaquinha/rim-para-o-davi", "es",
         "privacy-url", "BLOCK"),
        # a name then a pronoun telling what they did, in lower case too
        ("ear tubes went great today for noor, she asked if the mask smelled like "
         "strawberries.", "en", "privacy-name", "WARN"),
        # Spanish nicknames with their article, next to a visit or an event
        ("Ayer vino la Chiquis con su mamá por una tos.", "es", "privacy-name", "WARN"),
        ("Felicidades al Chuy por terminar sus terapias.", "es", "privacy-name", "WARN"),
        ("Hoy el Güero llegó con fiebre.", "es", "privacy-name", "WARN"),
        # a holy name or a public figure's date is a child's when a visit is told
        ("Lakshmi had a fever on Diwali and came in Tuesday.", "en", "privacy-name", "WARN"),
        ("Kareem had a fever and came in Tuesday.", "en", "privacy-name", "WARN"),
        ("Maya Lopez was born on March 14, 2024.", "en", "privacy-dob", "BLOCK"),
        # a titled parent and a named patient are still flagged beside the exemptions below
        ("Ms. Kelly Johnson brought her son in with a fever.", "en", "privacy-name", "BLOCK"),
        ("Greta, our patient, had a fever.", "en", "privacy-name", "WARN"),
        # a given name that is also a word starts a full name in a path before a family name
        ("Read her story [here](https://example.org/stories/hope-martinez-leukemia).", "en",
         "privacy-name", "BLOCK"),
        ("Photos at https://www.flickr.com/photos/will-johnson-nicu", "en", "privacy-name",
         "BLOCK"),
        ("Fotos en [la galería](https://ejemplo.mx/fotos/rosa-hernandez-cumple).", "es",
         "privacy-name", "BLOCK"),
        ("Maya's birthday is February 12.", "en", "privacy-dob", "BLOCK"),
        # more id classes: authorisations, prescriptions, alphanumeric serials
        ("The prior auth reference is PA-2026-88412 for her MRI.", "en", "privacy-unique-id",
         "BLOCK"),
        ("La autorización 88-44120 del seguro llegó para su resonancia.", "es",
         "privacy-unique-id", "BLOCK"),
        ("Prescription number RX 4471193 is ready.", "en", "privacy-record-number", "BLOCK"),
        ("Her hearing aid, model Phonak, serial 18U4LK, was lost.", "en", "privacy-device",
         "BLOCK"),
        # homes: a block, a Spanish number word, a house named before its street
        ("Her grandma's place on the 400 block of Elm is where she got bitten.", "en",
         "privacy-address", "BLOCK"),
        ("El niño vive en Morelos número 118, en el centro.", "es", "privacy-address",
         "BLOCK"),
        ("Viven en el número 32 de la calle Olivo.", "es", "privacy-address", "BLOCK"),
        ("La casa de los abuelos, en Zaragoza 77, tiene alberca sin reja.", "es",
         "privacy-address", "BLOCK"),
        # stories told with a weekend, a time ago, a Spanish weekday
        ("Over the weekend a second-grader from the east side broke both wrists.", "en",
         "privacy-anecdote", "WARN"),
        ("El domingo una niña de la colonia se quemó con cohetes.", "es", "privacy-anecdote",
         "WARN"),
        ("Una bebé de 2 meses llegó el jueves con tos ferina.", "es", "privacy-anecdote",
         "WARN"),
        # a title's full stop ends no sentence: a titled parent is still a full name
        ("Mrs. Hope Okafor brought her son.", "en", "privacy-name", "BLOCK"),
        ("Sra. Rosa Gil trajo a su hijo con fiebre.", "es", "privacy-name", "BLOCK"),
        ("Lincoln Lopez had a fever at high school.", "en", "privacy-name", "BLOCK"),
        ("Sofia's kitchen burn healed well.", "en", "privacy-name", "WARN"),
        ("Chicago winters are hard; Maya Lopez had a fever.", "en", "privacy-name", "BLOCK"),
        # a given name that is also a word, before a family name nobody writes as a word
        ("Summer Nguyen had her tonsils out.", "en", "privacy-name", "BLOCK"),
        ("Hunter Blake broke his wrist at practice.", "en", "privacy-name", "BLOCK"),
        # children's names of the 2010s-2020s, which adults' name lists rank low
        ("We saw little bodhi for his ear infection today.", "en", "privacy-name", "WARN"),
        ("So proud of wyatt today, he got his shots.", "en", "privacy-name", "WARN"),
        ("Khloe had croup all weekend.", "en", "privacy-name", "WARN"),
        # a weekday with its day of the month dates a visit as well as a month does
        ("He came in last Tuesday, the 29th, with a cough.", "en", "privacy-date", "WARN"),
        ("El martes 4 vino a consulta con fiebre.", "es", "privacy-date", "WARN"),
        ("Discharged Nov. 2nd after three days.", "en", "privacy-date", "WARN"),
        # phones the way Mexico and Latin America write them, and WhatsApp links
        ("Puede escribirle a ella al 55 4127 8830 para el trámite.", "es", "privacy-phone",
         "BLOCK"),
        ("Su celular es el (81) 8123-4567, llámele.", "es", "privacy-phone", "BLOCK"),
        # a name that is also a word, said of a person: a verb and "her"/"his", or lower case
        # between a person word and what a person does
        ("Hunter had his tubes put in on a Friday.", "en", "privacy-name", "WARN"),
        ("Summer finished her first school year without an asthma ER visit.", "en",
         "privacy-name", "WARN"),
        ("little hazel was walking again three weeks after her boot came off.", "en",
         "privacy-name", "WARN"),
        ("big shoutout to jayden brooks, who sat out four games after his concussion.", "en",
         "privacy-name", "BLOCK"),
        ('José Luis "Pepe" Aranda fue el goleador de su liga con su plan de asma.', "es",
         "privacy-name", "BLOCK"),
        # ids by their shape or their country's word, a patient id in a file name
        ("A una nena le anotaron GOPM190412MJCNRRA5 con una letra cambiada.", "es",
         "privacy-unique-id", "BLOCK"),
        ("Es el ejemplo del papá de DNI 40.218.773.", "es", "privacy-unique-id", "BLOCK"),
        ("See rash-PID-0093342-day3.jpg for the pattern.", "en", "privacy-record-number",
         "BLOCK"),
        # a biometric of one baby, named by what the baby is
        ("We scanned the footprints of our first January baby for the lobby wall.", "en",
         "privacy-biometric", "BLOCK"),
        # Spanish dates in words, addresses the Mexican way, a ZIP after a move
        ("La nieta de nuestra recepcionista nació el dos de febrero.", "es", "privacy-dob",
         "BLOCK"),
        ("Una de nuestras pacientes vino el pasado martes 4 por su vacuna.", "es",
         "privacy-date", "WARN"),
        ("La fiesta fue en Tonalá 84, Col. Roma Norte, y su mamá hizo gelatinas.", "es",
         "privacy-address", "BLOCK"),
        ("Tres niños con hepatitis viven en Mz 3 Lt 12 de la unidad habitacional.", "es",
         "privacy-address", "BLOCK"),
        ("Al niño que mordió el perro en la esquina de la calle 26 y Pulaski le pusimos la "
         "antitetánica.", "es", "privacy-address", "BLOCK"),
        ("La nena vive en una casa de antes de 1978, zona 60623.", "es", "privacy-zip", "BLOCK"),
        ("One family who moved out to 62549 last month got the records.", "en", "privacy-zip",
         "BLOCK"),
        ("The county tests the block around 614 Birchwood after one toddler's lead level.",
         "en", "privacy-address", "BLOCK"),
        # a name doing something with her/his is a person whatever media word is near
        ("Hunter had his tubes put in and was back at daycare hearing the TV.", "en",
         "privacy-name", "WARN"),
        # a child named by a parent, a nickname after a personal "a"
        ("La bebé de Rosa lloraba tres horas cada tarde y hoy ya duerme.", "es",
         "privacy-name", "WARN"),
        ("A la Chiquis le salieron los dos de abajo esta semana.", "es", "privacy-name",
         "WARN"),
        # a WhatsApp link is a phone; a record number said later; a certificate's number
        ("Coordine la entrega por [WhatsApp](https://wa.me/56987412203).", "es",
         "privacy-phone", "BLOCK"),
        ("Traiga su número de expediente; el de la nena de la foto es HC-448210.", "es",
         "privacy-record-number", "BLOCK"),
        ("El acta de su hijo (número de acta 00487, libro 3) tenía el apellido mal.", "es",
         "privacy-license", "BLOCK"),
        # a parent's number beside the practice's words is still the parent's
        ("Drop-offs at our office, or text Keisha at 217.555.0131 for pick-ups.", "en",
         "privacy-phone", "BLOCK"),
        ("Today in clinic a 4-year-old told me his ear hurt.", "en", "privacy-anecdote",
         "WARN"),
        # a child's coach by name; a dad by name, accent and all
        ("Coach Darnell carried our point guard off the court on Thursday.", "en",
         "privacy-name", "WARN"),
        ("Su papá Francisco vino a la consulta con el niño enfermo.", "es", "privacy-name",
         "WARN"),
        # a small place next to one child and their condition
        ("The only teen in Tallula with the vascular type wears a medical alert bracelet.",
         "en", "privacy-place", "WARN"),
        ("El nene con asma severa que atendimos vive en La Perla, frente al mar.", "es",
         "privacy-place", "WARN"),
        # a name that is also a word, said with a Spanish past tense; a dad singing a show
        ("Paz se cayó del columpio el lunes y lloró un rato.", "es", "privacy-name", "WARN"),
        ("Special thanks to Marcus, who sang the entire Moana soundtrack while his daughter "
         "got her shots.", "en", "privacy-name", "WARN"),
        ("Ava had a fever of 103 all weekend.", "en", "privacy-name", "WARN"),
        ("We started Emma on a trial of inhaled steroids for her asthma.", "en",
         "privacy-name", "WARN"),
        # batch p: numbers said later, ages in words, a table's birth date, rural routes,
        # English-order and corner addresses in Spanish, a name with an age in words
        ("Nos preguntó dónde va el número de cuenta; en su caso era el 40022871-3.", "es",
         "privacy-account", "BLOCK"),
        ("The school wants the student ID on the form: one of ours was 20318877.", "en",
         "privacy-unique-id", "BLOCK"),
        ("She is a hundred and one and still knits the baby blankets.", "en", "privacy-age",
         "BLOCK"),
        ("| nacimiento (28/08/2026) | 3.40 kg |", "es", "privacy-dob", "BLOCK"),
        ("The family at RR 2 Box 118 couldn't get the car out.", "en", "privacy-address",
         "BLOCK"),
        ("Era monóxido de carbono en su casa de 1142 Edwards, cerca del parque.", "es",
         "privacy-address", "BLOCK"),
        ("Dos hermanos fueron atropellados en Grand y la 11, camino a la escuela.", "es",
         "privacy-address", "BLOCK"),
        ("Tsosie Begay, three, spent the weekend refusing to drink.", "en", "privacy-name",
         "BLOCK"),
        ("Lucas had his tonsils out on 6/3 and is living on popsicles.", "en", "privacy-date",
         "WARN"),
        ("Escríbanle a yesenia punto rangel arroba yahoo punto com punto mx.", "es",
         "privacy-email", "BLOCK"),
        ("The pastor's youngest son swallowed two magnets on Halloween.", "en",
         "privacy-anecdote", "WARN"),
        ("Her son Daniel J. Okafor broke his arm at recess.", "en", "privacy-name", "BLOCK"),
        # a name no list and no dictionary knows, said of a person
        ("Tsosie had a fever all weekend and would not drink.", "en", "privacy-name", "WARN"),
        ("Our little friend Kaysen got his shots today.", "en", "privacy-name", "WARN"),
        # a birthday by its day, a two-digit-year date, a shot's date, a street one lives on
        ("He turns 5 on the 12th, so bring him in that week.", "en", "privacy-dob", "BLOCK"),
        ("She'll be 2 on Friday the 13th.", "en", "privacy-dob", "BLOCK"),
        ("She came in on 10.14.25 with a cough.", "en", "privacy-date", "WARN"),
        ("His last shot was on October 3rd.", "en", "privacy-date", "WARN"),
        ("She lives on Elm Street near the school.", "en", "privacy-place", "WARN"),
        ("El cumpleaños de Sofi es el 3 de junio.", "es", "privacy-dob", "BLOCK"),
        # Spanish "mayor" (elder) is no mayor
        ("Fernanda, la hija mayor de la señora Ruiz, se fracturó el brazo.", "es",
         "privacy-name", "WARN"),
        ("Shout-out to the Hendersons for the diaper donation.", "en", "privacy-name", "BLOCK"),
        ("62702", "en", "privacy-zip", "BLOCK"),
        ("Desde el 2 de octubre de 2025, uno de nuestros pacientes no ha tenido una "
         "convulsión.", "es", "privacy-date", "WARN"),
        ("A una bebita de la clínica le tocaron el 14/06/2026 y tuvo fiebre.", "es",
         "privacy-date", "WARN"),
        ("Austin broke his arm at recess.", "en", "privacy-name", "WARN"),
        ("\"She was so brave,\" Sofia Ruiz's mom told us in 2024.", "en", "privacy-name",
         "BLOCK"),
        # a phone read aloud with digit groups, an elder's age in an appositive, a corner
        # the Mexican way, a house by a public office still someone's when they were sick
        ("The organizer said to text her at 217 six-oh-two 1184 if you'd like in.", "en",
         "privacy-phone", "BLOCK"),
        ("A great-grandpa, 102 last month, caught shingles.", "en", "privacy-age", "BLOCK"),
        ("Lo mordió un perro en la calle Morelos esquina con Hidalgo, frente a la tienda.", "es",
         "privacy-address", "BLOCK"),
        ("The fire department found a leaking furnace at 2207 Sangamon after three kids we see "
         "were all sick.", "en", "privacy-address", "BLOCK"),
        ("The nurse gave Kelly her shots today.", "en", "privacy-name", "WARN"),
        # a film's character word does not hide a patient; the practice's doctor is no
        # public figure to excuse an age
        ("Our patient Luisa loves Encanto and got her shots today.", "en", "privacy-name",
         "WARN"),
        ("Dr. Rivera visited Mr. Ortiz, 94, who babysits his great-grandson.", "en",
         "privacy-age", "BLOCK"),
        ("Los niños Pérez tuvieron varicela.", "es", "privacy-name", "BLOCK"),
        ("Su hija Lola Beltrán cantaba en la consulta mientras la vacunamos.", "es",
         "privacy-name", "BLOCK"),
        ("En la clínica Mateo lloró con la vacuna.", "es", "privacy-name", "WARN"),
        # batches e, f, g: a permit, footprints in a file name, twins in a slug, a death's
        # date, a ZIP after "se mudó al", 9-digit mobiles, Chile's ficha, HC-numbers, a
        # mutualista's member number, an Argentine CBU
        ("One of our patients showed us his new permit, number D415-6729-0183.", "en",
         "privacy-license", "BLOCK"),
        ("We scanned them for a family; the file is footprint_scan_baby_lindqvist_R.png.",
         "en", "privacy-biometric", "BLOCK"),
        ("Okonkwo Twins First Month", "en", "privacy-name", "BLOCK"),
        ("Our clinic lost one of our longest-followed patients on November 4.", "en",
         "privacy-date", "WARN"),
        ("La familia del bebé que atendimos el lunes se mudó al 33135.", "es", "privacy-zip",
         "BLOCK"),
        ("Os pasamos el folleto al WhatsApp 612 48 93 07.", "es", "privacy-phone", "BLOCK"),
        ("La técnica la llamará al 987–654–321 el lunes.", "es", "privacy-phone", "BLOCK"),
        ("Pidió corregir el peso del niño en la ficha clínica 77312.", "es",
         "privacy-record-number", "BLOCK"),
        ("HC-559201", "es", "privacy-record-number", "BLOCK"),
        ("| | Fecha de nacimiento | Peso |\n|---|---|---|\n| Bebé A | 02/07/2026 | 2.3 kg |", "es",
         "privacy-dob", "BLOCK"),
        ("| Concepto | Detalle |\n|---|---|\n| Cuenta | 1102-88734 (familia Guerrero) |", "es",
         "privacy-account", "BLOCK"),
        ("Image: processor-sn-CI24RE-1108832.jpg", "en", "privacy-device", "BLOCK"),
        ("A 3-year-old swallowed a button battery on March 2 and is fine.", "en",
         "privacy-date", "WARN"),
        # batch f: Latin America and Spain, by their own forms
        ("Los Herrera Saavedra y la temporada de influenza", "es", "privacy-name", "BLOCK"),
        ("Bebé Varón Gutiérrez Paredes se fue a casa hoy.", "es", "privacy-name", "BLOCK"),
        ("Los mellizos Cabrera otra vez con mocos.", "es", "privacy-name", "BLOCK"),
        ("Inés enseñando su primer diente caído en la consulta", "es", "privacy-name", "WARN"),
        ("Hoy fue el turno de benjamín, que llegó medio deshidratado.", "es", "privacy-name",
         "WARN"),
        ("Un guardia encontró a un niño solo en un auto patente HKLT-42.", "es",
         "privacy-vehicle", "BLOCK"),
        ("Mañana la técnica pasa por Jr. Huallaga 348, dpto. 201, Cercado de Lima.", "es",
         "privacy-address", "BLOCK"),
        ("Criaderos en la casa de la calle Arzobispo Meriño #52, Zona Colonial.", "es",
         "privacy-address", "BLOCK"),
        ("Mándenlas a carolina.ibarra(arroba)outlook(punto)cl con el permiso.", "es",
         "privacy-email", "BLOCK"),
        ("Coordinan por WhatsApp al 7712-4589 (Bolivia, Tigo).", "es", "privacy-phone",
         "BLOCK"),
        ("Call her cell: the portal shows her IP 73.158.21.4 every night.", "en", "privacy-ip",
         "BLOCK"),
        # one of a kind, a court's file, a parent's voiceprint, a village named
        ("This summer the whole village of Chapin turned out for the little girl there with "
         "Hurler syndrome.", "en", "privacy-place", "WARN"),
        ("Our first enrolled parent's voiceprint, template VP-88123, matched at once.", "en",
         "privacy-biometric", "BLOCK"),
        ("The caseworker on DCFS case 2026-CW-0045812 called to thank our nurses.", "en",
         "privacy-unique-id", "BLOCK"),
        ("Ayer presentamos el informe en la causa RIT F-1843-2026 del Juzgado de Familia.", "es",
         "privacy-unique-id", "BLOCK"),
        ("Last season the starting point guard for the only high school in our county "
         "collapsed.", "en", "privacy-anecdote", "WARN"),
        ("The mom of the first set of triplets born at our county hospital came to group.", "en",
         "privacy-anecdote", "WARN"),
        ("El hijo de siete años del bombero voluntario del pueblo se atragantó.", "es",
         "privacy-anecdote", "WARN"),
        # batches h, i, j
        ("One of our families writes about the ups and downs at www.tubiefiercefinnegan.com.",
         "en", "privacy-url", "BLOCK"),
        ("Welcome Home The Abernathy Twins", "en", "privacy-name", "BLOCK"),
        ("We scanned the footprints of one of our newest babies for the family album.", "en",
         "privacy-biometric", "BLOCK"),
        ("Our patient who fell into a pond is recovering well at home (62711).", "en",
         "privacy-zip", "BLOCK"),
        ("The quarterback we saw on October 9 after a hit is back at practice.", "en",
         "privacy-date", "WARN"),
        ("Our second grader who tested positive for strep last Tuesday, February 10, is back.",
         "en", "privacy-date", "WARN"),
        ("La mamá de la niña dejó su DPI 2456 78901 0901 en la recepción.", "es",
         "privacy-unique-id", "BLOCK"),
        ("Atendimos a los cinco hermanitos Cojtí y a su prima.", "es", "privacy-name", "BLOCK"),
        ("Se reúne los martes a las 9 en la esquina de Oak y la Quinta.", "es",
         "privacy-address", "BLOCK"),
        ("Nuestro pacientito más pequeño (nac. 02/09/2026, 680 g) ya pesa 3 kilos.", "es",
         "privacy-dob", "BLOCK"),
        ("Escaneamos las huellas plantares del bebé de la familia que nos lo pidió.", "es",
         "privacy-biometric", "BLOCK"),
        ("- Centro de Toxicología: 1-800-222-1222\n- Voluntaria de traducción: 55 1234 8876",
         "es", "privacy-phone", "BLOCK"),
        ("Quedó registrada con su número de socio 448.912/7 en la mutualista.", "es",
         "privacy-health-plan", "BLOCK"),
        ("Pueden transferir al CBU 0170099220000067797370.", "es", "privacy-account", "BLOCK"),
        # a public person's relative is a private person
        ("Ana Ruiz, the mayor's daughter, broke her arm.", "en", "privacy-name", "BLOCK"),
        ("Camila, la hija de la directora, tuvo varicela.", "es", "privacy-name", "WARN"),
        # streets named after states still hold homes
        ("La familia que vive en Hidalgo 214, depto. 3, pidió visita.", "es",
         "privacy-address", "BLOCK"),
    ],
)
def test_leaks_found(text: str, lang: str, code: str, level: str) -> None:
    assert (code, level) in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a season, a job or a virtue before an ordinary word is no full name
        ("Summer Camp forms are due on Friday.", "en"),
        ("Spring Break starts Monday; the office keeps its hours.", "en"),
        ("Grace Church hosts our flu clinic this Saturday.", "en"),
        ("Flu clinic on Saturday, the 17th, from 9 to noon.", "en"),
        ("La campaña es el sábado 17 de 9 a 1; traiga la cartilla de su hijo.", "es"),
        ("Abrimos el lunes 3 a las 8 para las citas de niño sano.", "es"),
        # a parent's question is the column's question; names as names; a growth plate
        ("A dad asked us whether the gummies on the pharmacy shelf are safe for his son.", "en"),
        ("Una mamá nos preguntó si puede darle té de manzanilla a su bebé de un mes.", "es"),
        ("Olivia and Liam have topped the popular baby names list for years.", "en"),
        ("Sever's disease is heel pain at the growth plate in active 8-to-14-year-olds.", "en"),
        ("En 2025, la Organización Panamericana de la Salud registró más casos.", "es"),
        ("No tenga pena de pedir socorro a nuestra trabajadora social.", "es"),
        ("Summer brings its own risks; Hope has her own way of coping.", "en"),
        ("Vacunamos del 1 al 15 de octubre en la zona 5 del hospital.", "es"),
        # the practice's own lines said as such, a day at the clinic, an idiom
        ("Call our office at (773) 555-0142 to book a flu shot.", "en"),
        ("Llámenos al 773-555-0142 para su cita.", "es"),
        ("Yesterday in clinic we gave 40 flu shots!", "en"),
        # a word that is a name, used as a word; surveys, research teams, trials, athletes in
        # the news, a show's characters
        ("Parents ask when the worry stops. Hope comes in ounces: preemies gain 20 g a day.",
         "en"),
        ("About 1 in 5 high schoolers in the 2023 Youth Risk Behavior Survey said so.", "en"),
        ("In Southern California, Jim Gauderman's team showed lungs grow better in clean air.",
         "en"),
        ("Gideon Lack and George du Toit's LEAP trial changed advice for babies overnight.",
         "en"),
        ("Después del desmayo del danés Christian Eriksen en la Eurocopa 2020, hubo cambios.",
         "es"),
        ("Bluey's dad, Bandit Heeler, has become a hero to parents for a reason.", "en"),
        # batch q: a nun's name, plants, hotlines, singers, a consulate's and a health
        # department's addresses, a product recall, a middle initial
        ("Sor Juana Inés de la Cruz aprendió a leer a los 3 años.", "es"),
        ("La estrella de Belén, que se regala en estas fechas, sí es tóxica.", "es"),
        ("La Línea Nacional de Salud Mental Materna atiende en español las 24 horas.", "es"),
        ("Hay familias que arrullan con Mercedes Sosa, otras con canciones de cuna.", "es"),
        ("El Consulado General de México en Chicago, en 204 S. Ashland Avenue, orienta gratis.",
         "es"),
        ("The County Department of Public Health, at 2833 South Grand Avenue East, runs WIC.",
         "en"),
        ("A store-brand infant simethicone drop was recalled this week.", "en"),
        # ordinary words, drugs, acronyms and eponyms with their possessive are no names
        ("Vaccines had a great year; Tylenol had no effect on the fever.", "en"),
        ("Reye's syndrome is rare; Crohn's disease can slow a teen's growth.", "en"),
        ("Busy ERs had long waits for kids with the flu this week.", "en"),
        ("Kids who turn 4 on the 1st of September start pre-K.", "en"),
        ("Our clinic turns 25 on the 4th: come for cake.", "en"),
        ("Families who live on Main Street can walk to the fair.", "en"),
        ('Oshinsky, David M. "Polio: An American Story", Oxford University Press, 2005', "en"),
        ("Use el suero oral de farmacia o el Vida Suero Oral de los centros de salud.", "es"),
        # a paragraph of history, medicines and companies, a lifeline's name
        ("Abraham Lincoln was born February 12, 1809, and his son Tad was born with a cleft "
         "palate. Lincoln lost two sons, Eddie and Willie, to illnesses.", "en"),
        ("On September 28, 1928, Alexander Fleming noticed mold. Penicillin was mass-produced "
         "thanks to Howard Florey and Ernst Chain.", "en"),
        ("Ritalin is one option for ADHD; Simone Biles takes it.", "en"),
        ("Thanks to the Trevor Project for the training.", "en"),
        # batches c and d (clean hard negatives, first measure 14.0% / 21.7% flagged):
        # a public name said again alone, history, public people's ages, eponyms the Spanish
        # way, cities by their country, a show's families, acronyms, contractions
        ("Edward Jenner tested his idea in 1796. Jenner called it vaccination.", "en"),
        ("El 28 de octubre es la fiesta de San Judas Tadeo. Muchos le rezan a Tadeo.", "es"),
        ("On January 11, 1922, Leonard Thompson got the first insulin shot in Toronto.", "en"),
        ("Dr. Tomisaku Kawasaki described the disease in 1967 and died in 2020, aged 95.", "en"),
        ("El síndrome de Williams y la parálisis de Bell tienen nombre de médico.", "es"),
        ("En Rosario, Argentina, hubo un brote de dengue este verano.", "es"),
        ("En Encanto, la familia Madrigal vive bajo mucha presión.", "es"),
        ("IgA vasculitis is the new name; I'm glad it is rare.", "en"),
        ("Kids run and jump most, especially girls 10-13 and boys 12-15.", "en"),
        ("In Disney's Encanto, Mirabel's sister Luisa carries everything, and no one talks "
         "about uncle Bruno.", "en"),
        ("Henry Heimlich describió su maniobra en 1974. En 2016, a los 96 años, la usó él "
         "mismo.", "es"),
        ("Hubo brotes de dengue desde Rosario hasta Buenos Aires.", "es"),
        ("\"La vaca Lola tiene cabeza y tiene cola\" y da leche, pero no antes del año.", "es"),
        ("Siga a @UNICEFMexico y a @CDCespanol para noticias de vacunas.", "es"),
        # public roles, streets named after heroes, a book's title
        ("El expresidente Benito Juárez nació en Oaxaca.", "es"),
        ("La cantante Selena Quintanilla murió joven.", "es"),
        ("La feria es en la calle Emiliano Zapata; vive en la colonia Miguel Hidalgo.", "es"),
        ("José Martí escribió para los niños La Edad de Oro.", "es"),
        ("El subsecretario Hugo López-Gatell pidió vacunar a los niños.", "es"),
        ("Lola Beltrán cantaba rancheras.", "es"),
        ("Identical Twins Are Not Clones", "en"),
        ("Enroll in The All Kids program today; read The Happiest Baby on the Block.", "en"),
        ("Read more at healthychildren.org, where the AAP writes for parents.", "en"),
        ("In this case, 5 ml is enough; the first baby teeth come at 6 months.", "en"),
        ("Los Ángeles Azules tocan cumbia; llame al 911 o al 065.", "es"),
        ("El Plan Vital, el plan de salud del Gobierno de Puerto Rico, cubre las visitas.", "es"),
        ("A 3-year-old can swallow a button battery; the recall began March 2.", "en"),
        ('Wagner C.L., Greer F.R., "Prevention of Rickets", Pediatrics, 2008', "en"),
        ("The Zoo, 1100 E. Lake Shore Drive, opens its evening hours in June.", "en"),
        ("The Department of Public Health, 2833 S. Grand Avenue East, Springfield, IL 62703, "
         "holds shot days.", "en"),
        # the practice's staff by title, public lifelines
        ("Nurse Kelly will call you back with the results.", "en"),
        ("Dr. Rivera's nurse, Lupe, speaks Spanish.", "en"),
        ("The Maternal Mental Health Lifeline, 1-844-555-0100, answers in Spanish.", "en"),
        ("Llame al 217-555-0134 o al 911 si es una emergencia.", "es"),
        ("El puntaje de Apgar nació en 1952. Un 7 o más es normal.", "es"),
        ("The Gerber baby drawing was of a real baby.", "en"),
        ("Bailar cumbia de Selena o de Los Ángeles Azules en la sala cuenta.", "es"),
        ("Según el Ministerio de Salud Pública y Asistencia Social, la mitad tiene anemia.", "es"),
        ("Ojo rojo con dolor fuerte o con la vista borrosa necesita consulta.", "es"),
        ("El domingo es el Carnaval de la Calle Ocho en la Pequeña Habana de Miami.", "es"),
        ("Puerto Rico declaró epidemia de dengue y Florida tuvo casos locales.", "es"),
        ("La campaña tuvo 300 vacunados el 14/06/2026.", "es"),
        ("Thanks to the Bears for visiting the clinic, and to the Rotarians for car seats.",
         "en"),
        ("Bronchiolitis season: Sangamon County had 40 cases in a week.", "en"),
        ("Lots of families tell us their toddler loves Ms. Rachel.", "en"),
        ("When Edward R. Murrow asked him in 1955 who owned the patent, Salk answered.", "en"),
        ("A muchos bebés les encantan las canciones de Cri-Cri o el Sapo Pepe.", "es"),
        ("The only vaccine in Illinois with a shortage this fall is MMR.", "en"),
        ("Muchas familias viven en Los Ángeles y tienen asma.", "es"),
        ("El papa Francisco bendijo a los niños enfermos.", "es"),
        ("Cri-Cri, el grillito cantor, es de Francisco Gabilondo Soler.", "es"),
        ("Ms. Rachel teaches toddlers songs on YouTube.", "en"),
        ("A mom brought up a great question at a checkup: is juice OK?", "en"),
        ("Olivia and Liam have topped the list for years, and Mateo keeps climbing.", "en"),
        ("A la Secretaría le llegaron las quejas de los padres.", "es"),
        ("In 1857 Elizabeth Blackwell founded a hospital for women and children with her sister "
         "Emily.",
         "en"),
        ("Around 3000 Americans get measles in a bad year.", "en"),
        # a church, a character said twice, a quoted cartoon, a cry, baby talk, a chart
        ("Muchas familias caminan a la Basílica de Guadalupe el 12 de diciembre con bebés.",
         "es"),
        ("Vean Daniel Tigre con su hijo y pregunten: ¿por qué estaba triste Daniel?", "es"),
        ("Como decía Mafalda, lo urgente no deja tiempo para lo importante: jueguen hoy.", "es"),
        ("¡Socorro, se tragó una pila! Vaya a urgencias de inmediato.", "es"),
        ("Casi todos los bebés hacen su primera popó en las primeras 24 horas.", "es"),
        ("Si viaja con su bebé a La Paz o El Alto, suba poco a poco.", "es"),
        ("Dora la Exploradora ayuda un poco, pero hable con su hijo de 2 años.", "es"),
        ("La dosis es 2.5 ml cada 8 horas; en 2023 hubo 1200 casos.", "es"),
        # a town, an institution named after someone, a public office
        ("Rosario, nuestra ciudad hermana, tiene campaña de vacunación.", "es"),
        ("El Hospital Infantil de México Federico Gómez tiene urgencias 24 horas.", "es"),
        ("Luz Elena Ramírez, secretaria de salud del estado, anunció la campaña.", "es"),
        ("Marisa Torres, the county health officer, urged families to vaccinate.", "en"),
        # story figures and public artists
        ("Mañana, 6 de enero, llegan Melchor, Gaspar y Baltasar.", "es"),
        ("Muchas familias salen a pedir posada con José y María.", "es"),
        ("La Catrina de José Guadalupe Posada es preciosa, pero el maquillaje irrita.", "es"),
        ("In the Bible story, Adam and Eve ate the apple.", "en"),
        # campaign titles
        ("The message is now called Safe to Sleep: alone, on the back, in a crib.", "en"),
        # history
        ("Virginia Apgar, born June 7, 1909, created the score.", "en"),
        ("They came home on the second of January from their trip.", "en"),
        # advice in the past tense, reports, a public health body
        ("If a toddler swallowed a battery on Tuesday, go to the ER right away.", "en"),
        ("Si un niño se tragó una pila en agosto, vaya a urgencias.", "es"),
        ("The WHO reported last week that a child in Chad died of measles.", "en"),
        ("A 4-year-old can choke on a grape; on Tuesday we will teach a class.", "en"),
        # places that are no home
        ("The 4th and 5th graders had a great field day.", "en"),
        ("La familia vive en Monterrey desde 2019.", "es"),
        ("Mi abuela vive en México hace 20 años.", "es"),
        # numbers that are no identifier
        ("A work permit takes weeks; the case for vaccines is strong.", "en"),
        # batch 2 hard negatives: athletes, history, eponyms, deities, greetings, articles
        ("Elite athletes have asthma: swimmer Amy Van Dyken and soccer great David Beckham "
         "both spoke about it.", "en"),
        ("Howard Florey y Ernst Chain la convirtieron en medicina en los años cuarenta.", "es"),
        ("En Estados Unidos nace un bebé con síndrome de Down por cada 700 nacimientos.", "es"),
        ("Ignaz Semmelweis nació el 1 de julio de 1818 en Buda.", "es"),
        ("Diwali honra a la diosa Lakshmi; enfríen las quemaduras con agua.", "es"),
        ("Eid Mubarak to every family celebrating the end of Ramadan!", "en"),
        ("Que los niños miren el desfile del dragón desde la banqueta.", "es"),
        ("El virus del Nilo Occidental llega cada verano a Illinois.", "es"),
        ("virginia-chicago", "en"),
        ("Las cirugías programadas se suspenden del 20 de diciembre al 2 de enero.", "es"),
        ("This spring we vaccinated more kids than ever; a 7-year-old can get two doses.",
         "en"),
        ("We celebrated 100 Days of School on Friday.", "en"),
        ("Vean https://www.gob.mx/salud para más.", "es"),
        # proper nouns with an article that are no nickname; pronouns after a month
        ("La Catrina de José Guadalupe Posada es preciosa.", "es"),
        ("Este año el Niño trajo lluvias y llegó el dengue.", "es"),
        ("Cuando el Papa visitó la ciudad, la Cruz Roja atendió a cientos.", "es"),
        ("La campaña contra el VIH llegó a las escuelas.", "es"),
        ("In May, she turned one.", "en"),
        # feasts' figures and greetings, public figures' birthdays
        ("Diwali honors Lakshmi, and sparklers burn at 2,000 degrees.", "en"),
        ("Ramadan Kareem to our families who are fasting.", "en"),
        ("Fred Rogers was born on March 20, 1928, in Latrobe, Pennsylvania.", "en"),
        # the team by its role before a title; animals in an appositive
        ("Our nurse practitioner Ms. Johnson will be out on Friday.", "en"),
        ("Greta, our therapy dog, visits on Tuesdays.", "en"),
        # word-names in paths before words; public figures and characters
        ("See https://example.org/grace-period-for-vaccines and https://hope-street.org/hours",
         "en"),
        ("Read about [Rosa Parks](https://en.wikipedia.org/wiki/rosa-parks-history).", "en"),
        ("Mary Poppins says a spoonful of sugar helps the medicine go down.", "en"),
        ("Abraham Lincoln's birthday is February 12.", "en"),
        ("Prior authorization takes 3 to 5 business days for most plans.", "en"),
        ("A referral to cardiology takes 2 weeks.", "en"),
        ("Serial 2 of the hearing test series is next.", "en"),
        ("A 5 block walk to school is good exercise.", "en"),
        ("El domingo un niño debe estar acompañado en la alberca.", "es"),
        ("El domingo hay vacunación: una niña de 4 años necesita dos dosis.", "es"),
        ("Two weeks ago the CDC said a child in Texas died of measles.", "en"),
        ("A week ago we started giving flu shots; a toddler needs two doses.", "en"),
        ("Su casa en Guadalajara 2 años después ya era otra.", "es"),
        ("Canela, la perrita de la clínica, visita los martes.", "es"),
        # a clinician by title, the team by a Spanish role, a school's team
        ("Please welcome Dr. Amelia Chen, who joins us from Lurie Children's Hospital.", "en"),
        ("Nuestra consultora de lactancia, Marisol, también atiende por teléfono.", "es"),
        ("The Lincoln High Lions start practice August 4.", "en"),
        # a shop by its owner's name, players of a city's team, a noun after an article
        ("Santa visits with cookies from Ms. Ruth's bakery down the street.", "en"),
        ("Thanks to the Chicago Bears for visiting; Justin Fields signed jerseys.", "en"),
        ("La reina del carnaval de este año visitó el hospital infantil.", "es"),
        # Mexican states are states; Spanish words of the World Cup
        ("En Yucatán y Quintana Roo hay dengue; si su hijo tiene fiebre, vengan a consulta.",
         "es"),
        ("Durante el Mundial, Santiago Giménez también necesita dormir ocho horas.", "es"),
        ("Jonas Salk anunció la vacuna contra la polio el 12 de abril de 1955.", "es"),
    ],
)
def test_hard_negatives_pass(text: str, lang: str) -> None:
    assert not any(level == "BLOCK" or code.startswith("privacy") for code, level in
                   found(text, lang)), found(text, lang)


def _name_findings(tmp_path: Path, note: str) -> list[str]:
    report = check_one(tmp_path, note)
    return [f.message for f in report.findings if f.code == "privacy-name"]


def test_a_tag_said_only_inside_a_feasts_name_is_not_a_child(tmp_path: Path) -> None:
    note = ("Title: Peregrinación\nLang: es\nTags: guadalupe, peregrinación\n\n"
            "Muchas familias caminan para ver a la Virgen de Guadalupe. Lleven agua.\n")
    assert _name_findings(tmp_path, note) == []


@pytest.mark.parametrize(
    "body",
    [
        "Keep casts dry.",  # the tag alone names the child
        "Liam had a cast put on today.",  # the text names the child too
        "Yesterday Liam came in with a cast.",  # a capitalised word before it, still a child
    ],
)
def test_a_tag_that_is_a_childs_name_still_stops(tmp_path: Path, body: str) -> None:
    note = f"Title: Casts\nTags: fractures, liam\n\n{body}\n"
    assert any('tag "liam"' in m for m in _name_findings(tmp_path, note))


def test_one_sentence_finder_reads_past_initials_and_titles() -> None:
    """Every detector cuts sentences the same way: "John F." and "Dr." end no sentence."""
    text = "On May 2 we met. President John F. Kennedy signed it on June 3. Next."
    start = text.index("June")
    assert sentence_of(text, start, start + 6) == " President John F. Kennedy signed it on June 3."
    text = "Ask Dr. Rivera at St. Jude! Then rest."
    assert sentence_of(text, 0, 3) == "Ask Dr. Rivera at St. Jude!"
    # a street word, "No." and "p.m." run on; a line that ends with a full stop ends it
    text = "Shots at 2833 S. Grand Ave. Suite No. 4 from 1 p.m. to 4. Bring\nthe card.\nThen."
    assert sentence_of(text, 0, 5) == "Shots at 2833 S. Grand Ave. Suite No. 4 from 1 p.m. to 4."
    start = text.index("the card")
    assert sentence_of(text, start, start + 3) == " Bring\nthe card."
    assert sentence_before(text, text.index("4 from"), 10) == "Suite No. "
    assert sentence_after(text, text.index("Bring"), 80) == "Bring\nthe card."
    # ... but "p.m." before a capital ends its sentence
    text = "Open until 5 p.m. Call ahead."
    assert sentence_of(text, 0, 4) == "Open until 5 p.m."


def test_every_number_detector_reads_the_same_sentence() -> None:
    """The fax word before a title's full stop still names the number a fax: one list of
    abbreviations for every detector, not one per detector."""
    text = "Fax referral forms to Dr. Okafor at 915-555-0124 by Friday."
    assert found(text) == {("privacy-fax", "BLOCK")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one source of a Sources: list is a visit, whatever the others cite
        ("NIAID, \"Addendum Guidelines\", 2017; visit notes for Priya Raghunathan, 10/2026",
         ("privacy-name", "BLOCK")),
        ("AAP, Pediatrics 2011;127(2):389; interview with patient parent Wen-Li Chao, 2026",
         ("privacy-name", "BLOCK")),
        # a hyphenated Chinese or Korean given name before a family name
        ("Her son Wen-Li Chao had a fever.", ("privacy-name", "BLOCK")),
        ("Seo-Yeon had a fever all weekend.", ("privacy-name", "WARN")),
        # "Jan" the person still is one; a date told of one person's surgery is a date
        ("Our patient Jan, 4, had a fever.", ("privacy-name", "WARN")),
        ("Our patient had surgery on Jan 8.", ("privacy-date", "WARN")),
        ("One of our toddlers has hers scheduled for Jan. 8, and her mom asked.",
         ("privacy-date", "WARN")),
    ],
)
def test_sources_syllable_names_and_short_months_leak(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hviid A, Hansen JV, Frisch M. Ann Intern Med. 2019;170(8):513-520; AAP guidance, 2023",
        "Parent interview series, Jan 2026: what helps at bedtime.",
        "Notes from the Aug. 14 staff meeting: new portal hours.",
        "Our Wi-Fi is down today, so call us instead.",
        "Hip-Hop dance class for kids at the library this Saturday.",
        "Every child who had surgery should rest; the clinic is closed on Dec. 24.",
        "Bring your child to the flu clinic, scheduled for Oct. 17.",
    ],
)
def test_sources_syllable_names_and_short_months_pass(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # someone's card, a possessive number, a kilometre of a rural road, a slug's record
        ("Her daughter's card number 7741203985-01 stopped working in March.", "en",
         ("privacy-health-plan", "BLOCK")),
        ("Dad paid with his credit card 4111 1111 1111 1111 at the desk.", "en",
         ("privacy-account", "BLOCK")),
        ("Una abuela nos dejó su número de allá, 5512.8834, para que le llamáramos.", "es",
         ("privacy-phone", "BLOCK")),
        ("En la casa de la vereda El Carmen, km 12 vía a La Calera, vacunamos a un niño.", "es",
         ("privacy-address", "BLOCK")),
        ("Historia Clinica 0098123 Varicela", "es", ("privacy-record-number", "BLOCK")),
        # names said in full whose every word is also a word, after a person word or a verb
        ("Esperanza Reyes Santos recibió hoy su tercera dosis de hepatitis B.", "es",
         ("privacy-name", "BLOCK")),
        ("La niña Rosa Flores tuvo varicela.", "es", ("privacy-name", "BLOCK")),
        ("Gracias a la familia de Santos Cruz Reyes por dejarnos contar su historia.", "es",
         ("privacy-name", "BLOCK")),
        # a word-name capitalised where the word never is; the personal "a"; a boy, no cry
        ("After his tubes last month, Memo finally sleeps through the night.", "en",
         ("privacy-name", "WARN")),
        ("Reyes got stung three times at day camp on Monday.", "en", ("privacy-name", "WARN")),
        ("A Rocío le encontramos anemia en el chequeo de los 14 años.", "es",
         ("privacy-name", "WARN")),
        ("¡Nacho ya se lava los dientes solito después de su consulta del lunes!", "es",
         ("privacy-name", "WARN")),
        ("Toñito mostrando su yeso nuevo lleno de dibujos de sus primos", "es",
         ("privacy-name", "WARN")),
    ],
)
def test_batch_l_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her library card number is at the front desk; renew it online.", "en"),
        ("We take every credit card and HSA card.", "en"),
        ("¡Socorro, se tragó una pila! Llame al 911.", "es"),
        ("Una nutrióloga que es mamá de un paciente dará clases gratis.", "es"),
        ("Bluey, Bingo and their dad Bandit get something right: pretend play builds language.",
         "en"),
        ("Preschoolers who love Marshall the firefighter pup can learn the real rules.", "en"),
        ("Games like Mario Kart and Pokémon can be social and fun.", "en"),
        ("When New Zealand's prime minister Jacinda Ardern took six weeks of leave, the world "
         "talked about paid leave.", "en"),
        ("Florence Nightingale was born on May 12, 1820. Nightingale cut death rates in "
         "hospitals, and Mary Seacole nursed soldiers in Crimea at her own expense.", "en"),
        ("Mohamed Salah and other pro players have shown it can be done with planning.", "en"),
        ("A friendly warning before the Chicago River turns green on Saturday.", "en"),
        ("Todos quieren ser Messi o Alexia Putellas, y nos encanta.", "es"),
        ("Miles de personas visitan a San Judas Tadeo cada 28 de octubre.", "es"),
        ("El Desfile de la Independencia es el domingo en la Calle 26 de La Villita.", "es"),
        ("La feria de la salud será en el Parque Morelos, en la esquina de Avenida Morelos y "
         "Calle Hidalgo, de 9 a 3.", "es"),
    ],
)
def test_batch_k_and_l_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("One of our 9-year-olds is walking for her brother: "
         "fundraise.stjude.org/ava-walks-for-her-brother.", "en", ("privacy-url", "BLOCK")),
        ("She showed us her brand-new license at her physical, number S530-4412-8891.", "en",
         ("privacy-license", "BLOCK")),
        ("Harbor proudly wearing his new blue glasses in our lobby", "en",
         ("privacy-name", "WARN")),
        ("shoutout to ember who finally let us look in both ears today", "en",
         ("privacy-name", "WARN")),
        ("Remember the baby girl born in the storm shelter during last May's tornado warning, "
         "delivered by her dad?", "en", ("privacy-anecdote", "WARN")),
        ("Al niño de seis años que se tragó tres imanes en la fiesta de su hermana lo tuvieron "
         "que operar esa misma noche.", "es", ("privacy-anecdote", "WARN")),
    ],
)
def test_batch_k_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Join the walk: https://give.marchofdimes.org/march-for-babies", "en"),
        ("Keep your license in your wallet and your phone in the glove box.", "en"),
        ("A child wearing her seat belt is safer.", "en"),
        ("The harbor was busy; Fox News and Story time had nothing to do with it.", "en"),
        ("Last May we saw more flu than usual.", "en"),
        ("Al niño que tiene fiebre el fin de semana, dele líquidos.", "es"),
    ],
)
def test_batch_k_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


def test_a_name_in_a_tag_is_told_as_a_tag_not_a_sentence(tmp_path: Path) -> None:
    """A tag has no sentence: the finding says where the name is and what to write instead."""
    report = check_one(tmp_path, "Title: Ear tubes\nDate: 2026-11-01\nTags: ears, liam\n\n"
                       "Ear tubes help kids with many ear infections.\n")
    [finding] = [f for f in report.findings if f.code == "privacy-name"]
    assert "sentence" not in finding.message
    assert 'the tag "liam"' in finding.message and "topic word" in finding.message


def test_a_key_no_list_names_is_read_too(tmp_path: Path) -> None:
    """A new network's post text (`threads:`) is published before anyone lists its key."""
    report = check_one(tmp_path, "Title: Ear tubes\nDate: 2026-11-01\nTags: ears\n"
                       "threads: So proud of Liam Okafor after his ear tubes!\n\n"
                       "Ear tubes help kids with many ear infections.\n")
    assert any(f.code == "privacy-name" and f.line == 4 for f in report.findings)
    quiet = check_one(tmp_path / "quiet", "Title: Ear tubes\nDate: 2026-11-01\n"
                      "Lang: en\nStatus: published\n\nEar tubes help kids with ear infections.\n")
    assert not [f for f in quiet.findings if f.code.startswith("privacy")]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ("asthma, back to school", None),
        ("asthma, first day of school", None),
        ("recalls, retiros del mercado", None),
        ("asthma, harjot-sandhu", ("privacy-name", "BLOCK")),
        ("asthma, priya-patel", ("privacy-name", "BLOCK")),
    ],
)
def test_tags_read_as_addresses(tmp_path: Path, tags: str,
                                expected: tuple[str, str] | None) -> None:
    """A tag is words with no sentence: a season's phrase is no school, a name and a family
    name are a person even when the lexicon does not know the given name."""
    report = check_one(tmp_path, f"Title: Asthma plans\nDate: 2026-08-21\nTags: {tags}\n\n"
                       "Refill the rescue inhaler before school starts.\n")
    privacy = {(f.code, f.level.value) for f in report.findings if f.code.startswith("privacy")}
    assert privacy == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("To the family who paid on billing number 77-0931846 twice: the refund is on its way!",
         "en", ("privacy-account", "BLOCK")),
        ("Our longtime front desk volunteer died on 14 August 2026 after a short illness.", "en",
         ("privacy-date", "WARN")),
        ("The only set of quadruplets born in our county this year came home last month.", "en",
         ("privacy-anecdote", "WARN")),
        ("The 8-year-old grandson of our council's vice chair was bitten by a rattlesnake "
         "during the August gathering.", "en", ("privacy-anecdote", "WARN")),
        ("The health department found lead in a rental at 1847 N. Grand Ave. East after one of "
         "our toddlers had a level of 14.", "en", ("privacy-address", "BLOCK")),
        ("bobby's eye was goopy and stuck shut this morning.", "en", ("privacy-name", "WARN")),
        ("Nuestros trillizos cumplieron un año el martes pasado y hoy vinieron a sus vacunas.",
         "es", ("privacy-date", "WARN")),
        ("Una mamá nos trajo su carta y el número de miembro del niño es 7410 3328 95.", "es",
         ("privacy-health-plan", "BLOCK")),
    ],
)
def test_batch_o_and_b_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ernie Banks called it \"a beautiful day for a ballgame\", so reapply sunscreen.", "en"),
        ("Reese's Law, passed in 2022, requires secure battery doors.", "en"),
        ("Poison ivy's rash comes from an oil on the leaves.", "en"),
        ("Jonas Salk died on June 23, 1995.", "en"),
        ("Guillermo Ochoa contó en una entrevista que se vacuna contra la influenza cada año.",
         "es"),
        ("Suelen doler las pantorrillas o detrás de las rodillas, en las dos piernas.", "es"),
        ("Luna llena o luna nueva, lo que importa es que la mamá llegue al hospital.", "es"),
        ("Victoria, Reynosa y Matamoros están en alerta por golpe de calor.", "es"),
        ("Cruz Roja ofrece becas. Los certificados duran dos años.", "es"),
    ],
)
def test_batch_o_and_b_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En Ciudad Victoria ya pasan de 42 grados y la Secretaría adelantó la salida.", "es",
         None),
        ("Found a bunny in our waiting room. Its owner's dad left a note.", "en", None),
        ("Decide before you go out which parent holds which twin's hand.", "en", None),
        ("Thank you, Dawit Tesfaye, for the ride to the clinic after his son's surgery.", "en",
         ("privacy-name", "BLOCK")),
    ],
)
def test_words_places_and_patronymics(text: str, lang: str,
                                      expected: tuple[str, str] | None) -> None:
    """A city by its word "Ciudad", a pet's or a twin's owner are no one; a second given name
    that no one gives as a middle name is a family name."""
    if expected is None:
        assert not found(text, lang)
    else:
        assert expected in found(text, lang)


def test_a_tag_that_is_ines_is_a_name(tmp_path: Path) -> None:
    """ "ines" is Inés, not the plural of a two- or three-letter word."""
    report = check_one(tmp_path, "Title: Varicela\nDate: 2026-08-21\nLang: es\n"
                       "Tags: varicela, vacunas, inés\n\n"
                       "La varicela ha vuelto a algunas escuelas.\n")
    assert ("privacy-name", "WARN") in {(f.code, f.level.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ask Dr. Rivera how Mia Thornbury got through her 104°F night without the ER!", "en",
         ("privacy-name", "BLOCK")),
        ("We built it for one boy, the only patient we have who uses a speech device.", "en",
         ("privacy-anecdote", "WARN")),
        ("honestly when we saw noor at her 9 month visit she had 4 new teeth.", "en",
         ("privacy-name", "WARN")),
        ("ayer vimos a inés con 39.5 de fiebre y le hicimos la prueba rápida.", "es",
         ("privacy-name", "WARN")),
        ("Little Tavi spent a weekend at his grandma's and came back sleeping on his tummy.",
         "en", ("privacy-name", "WARN")),
        ("Este verano vacunamos a un niño de Pawnee, un pueblito de 2,700 personas.", "es",
         ("privacy-place", "WARN")),
    ],
)
def test_batch_x_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Edward Jenner's chart from 1796 shows the first vaccination.", "en"),
        ("Springfield, a city of 114,000 people, has three clinics.", "en"),
        ("Twinkle, twinkle, Little Star is the first lullaby many babies hear.", "en"),
        ("The Little League season starts in April; book sports physicals now.", "en"),
        ("Fotos de Santiago de Chile en la feria.", "es"),
        ("We are the only practice in town with Saturday hours.", "en"),
    ],
)
def test_batch_x_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The only redheaded lifeguard at the Westside pool got stung on the neck.", "en",
         ("privacy-anecdote", "WARN")),
        ("photo of Amara Okonkwo-Reyes picking her book", "en", ("privacy-name", "BLOCK")),
        ("our 2nd grader's first asthma flare of the year was Friday, April 3.", "en",
         ("privacy-date", "WARN")),
        ("Harper's first hearing aids", "en", ("privacy-name", "WARN")),
        ("Llame con el número de serie, como la familia del monitor Masimo n/s 1184-77203-B.",
         "es", ("privacy-device", "BLOCK")),
        ("La familia del caso ACS 2026-0478812 ya tiene cupones de comida.", "es",
         ("privacy-unique-id", "BLOCK")),
        ("Los gemelos, los hijos del único panadero de Chinchero, dieron sus primeros pasos "
         "esta semana.", "es", ("privacy-anecdote", "WARN")),
        ("Al nene que vimos el lunes 12 de enero con varicela le daban aspirina.", "es",
         ("privacy-date", "WARN")),
    ],
)
def test_batch_a_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dr. Seuss's birthday, March 2, is Read Across America Day.", "en"),
        ("CDC-INFO: 1-800-232-4636         Maple Street Pediatrics: (217) 555-0134", "en"),
        ("Goodnight Moon, the book by Margaret Wise Brown, is a favorite.", "en"),
        ("Cada 5 de octubre el Perú recuerda a Daniel Alcides Carrión, que murió por ello.",
         "es"),
        ("La jueza Sonia Sotomayor vive con diabetes tipo 1 y llegó a la Corte Suprema.", "es"),
        ("Ella luchó contra el tabaco en los jóvenes.", "es"),
        ("halloween — in the public address of a note about a child's visit", "en"),
    ],
)
def test_batch_a_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a toll-free number is no year of history: the paragraph is not about 1222
        ("Call Poison Control at 1-800-222-1222 right away. Little Noor finally got through a "
         "whole month without an ear infection.", "en", ("privacy-name", "WARN")),
        ("The form came back because the social on it, 529 61 4407, had two digits swapped.",
         "en", ("privacy-ssn", "BLOCK")),
        ("This week a great-grandmother of one hundred and two held her great-grandson.", "en",
         ("privacy-age", "BLOCK")),
        ("Our patient with the rare metabolic disorder, the one from tiny Loami, turned two.",
         "en", ("privacy-place", "WARN")),
        ("Deshawn's knee finally cleared after the ACL repair", "en", ("privacy-name", "WARN")),
        ("You may know the family that runs the only bakery on the square: their youngest has "
         "a peanut allergy.", "en", ("privacy-anecdote", "WARN")),
        ("ok potty training update: jayden made it three whole days dry.", "en",
         ("privacy-name", "WARN")),
        ("Plan we wrote for Owen Castellanos", "en", ("privacy-name", "BLOCK")),
        ("Ximena ya no necesita el inhalador todos los días.", "es", ("privacy-name", "WARN")),
        ("Chuy con su yeso verde después de la consulta", "es", ("privacy-name", "WARN")),
        ("El caso de DCFS número 2025-CW-11873 ya se cerró.", "es",
         ("privacy-unique-id", "BLOCK")),
    ],
)
def test_batches_g2_and_h2_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El 30 de abril, Día del Niño, regalamos libros a cada niño que venga a su consulta.",
         "es"),
        ("On May 5, World Hand Hygiene Day, every child who visits gets soap.", "en"),
        ("Selena cantaba en estadios, pero los audífonos no deben pasar del 60% del volumen.",
         "es"),
        ("Social media: 100 000 followers and counting.", "en"),
        ("Siga con el tratamiento diez días.", "es"),
        ("elmo handwashing — in the public address of a note about a child's visit", "en"),
    ],
)
def test_batches_g2_and_h2_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("mail the boy's glasses voucher to 62704", "en", ("privacy-zip", "BLOCK")),
        ("La familia de cuatro hijos del código 62702 pudo vacunar a todos.", "es",
         ("privacy-zip", "BLOCK")),
        ("La guardería pidió el plan de crisis por fax al 773 555 0912.", "es",
         ("privacy-fax", "BLOCK")),
        ("La mamá de gemelos nos mostró las huellas digitales de sus bebés.", "es",
         ("privacy-biometric", "BLOCK")),
        ("Ayudamos a una abuela con el caso número 2026-JA-00417.", "es",
         ("privacy-unique-id", "BLOCK")),
        ("Great-grandpa, who is ninety-six, held the baby for the weigh-in.", "en",
         ("privacy-age", "BLOCK")),
        ("A voiceprint sample recorded from one of our moms set up her account.", "en",
         ("privacy-biometric", "BLOCK")),
        ("Una paciente de 4 meses fue dada de alta del hospital el pasado 14.", "es",
         ("privacy-date", "WARN")),
        ("a sofi se le atoró uno el domingo y su papá le hizo la maniobra.", "es",
         ("privacy-name", "WARN")),
        ("Pepito ya no usa pañal en el día.", "es", ("privacy-name", "WARN")),
        ("En el municipio hay una sola familia con trillizos, y vinieron ayer.", "es",
         ("privacy-anecdote", "WARN")),
        ("La tía trajo su credencial de elector con clave GRRMLP85031209M700.", "es",
         ("privacy-license", "BLOCK")),
        ("Dejaron ayer el acta número 01467 del libro 3 del Registro Civil.", "es",
         ("privacy-license", "BLOCK")),
        ("Despedimos a una de nuestras pacientes, que falleció el 2 de noviembre, Día de "
         "Muertos.", "es", ("privacy-date", "WARN")),
    ],
)
def test_batches_c2_and_d2_forms_leak(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Madre Teresa decía que no todos podemos hacer grandes cosas.", "es"),
        ("Después del clásico muchos niños quieren jugar como Vinícius o Lamine Yamal.", "es"),
        ("El día 3 de tratamiento es el peor.", "es"),
        ("Call the crisis center line if you need help: the plan is on our site.", "en"),
    ],
)
def test_batches_c2_and_d2_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#TeamLiam did his first draw after his leukemia check-up today.",
         ("privacy-name", "WARN")),
        ("Gold ribbons all month. Go #TeamZaraKhalil", ("privacy-name", "BLOCK")),
        ("Peanut (that's what his big sisters call him) had 30 mosquito bites.",
         ("privacy-name", "WARN")),
        ("Our toddler who pulled a mug of tea onto her chest last Tuesday, November 24, is "
         "healing well.", ("privacy-date", "WARN")),
        ("The triplets whose dad is the fire chief here came for their shots today.",
         ("privacy-anecdote", "WARN")),
    ],
)
def test_hashtags_nicknames_and_moments_leak(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "#MondayMotivation #FluSeason #TeamUSA #HappyHalloween",
        "#TeamHope walks for the children's hospital on Saturday.",
        "The clinic was closed last Tuesday, November 24, for the holiday.",
    ],
)
def test_hashtags_and_moments_pass(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our new hours: Mon, Thu 8–5; flu shots every Mon and Wed.", "en"),
        ("Video interpreters for 200+ languages, including Arabic, Swahili, Nepali and Haitian "
         "Creole.", "en"),
        ("Ponga a Juan Luis Guerra o a Johnny Ventura y bailen en familia.", "es"),
        ("Cuando el volcán de Fuego en Guatemala o el Masaya en Nicaragua echan ceniza, los "
         "niños con asma empeoran.", "es"),
        ("Los certificados han sido enviados por correo.", "es"),
        ("I'm a Big Sister and I'm a Big Brother by Joanna Cole", "en"),
        ("Coat Drive — in the public address of a note about a child's visit", "en"),
    ],
)
def test_batches_e2_f2_i2_hard_negatives_pass(text: str, lang: str) -> None:
    assert not found(text, lang)


def test_list_items_are_read_apart(tmp_path: Path) -> None:
    """An HTML list's items are separate lines on the page: a date in one is not tied to a
    child in another."""
    note = ("<html><head><title>Flu dates</title><meta name=\"date\" content=\"2026-09-28\">"
            "</head><body><ul><li>Saturday, October 10: drive-through flu shots</li>"
            "<li>Tuesday, October 20: evening clinic</li></ul><p>Kids getting their first flu "
            "shot need 2 doses.</p></body></html>")
    report = check_one(tmp_path, note, name="flu.html")
    assert not [f for f in report.findings if f.code.startswith("privacy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're open as usual tomorrow, February 12, Lincoln's Birthday.", None),
        ("Liam's Birthday Party was fun but he got a fever.", ("privacy-name", "WARN")),
    ],
)
def test_a_public_figures_birthday_is_a_holiday(text: str,
                                                expected: tuple[str, str] | None) -> None:
    assert found(text) == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a parent's word passed on with nothing that leads to them: advice, not a patient
        ("One dad told us his kit saved a whole weekend in the woods: tweezers and gauze.",
         "en", None),
        ("Una mamá nos contó que su hijo lloró toda la primera semana de kínder.", "es", None),
        # ... and with a detail that can: a moment, an age, a number
        ("A mom told us last Tuesday that her son swallowed a battery.", "en",
         ("privacy-anecdote", "WARN")),
        ("Una mamá nos contó que su hija de 7 años se cayó del columpio.", "es",
         ("privacy-anecdote", "WARN")),
    ],
)
def test_a_story_passed_on_by_a_parent(text: str, lang: str,
                                       expected: tuple[str, str] | None) -> None:
    codes = {h for h in found(text, lang) if h[0] == "privacy-anecdote"}
    assert codes == ({expected} if expected else set())
