"""Each Safe Harbor class of the privacy guard, in English and in Spanish: what it must find
(at its code and level) and the hard negatives it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.findings import Level
from preflight.lexicon import fold, given_names, surnames
from preflight.privacy import policy_from_settings, scan
from support.preflight_helpers import check_one, codes, site_settings

POLICY = policy_from_settings(site_settings())


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(hit.code, hit.level.value) for hit in scan(text, POLICY, lang=lang)}


LEAKS = [
    # names
    ("Last week Mateo Alvarez came in with swimmer's ear.", "privacy-name", "BLOCK"),
    ("Esta semana Valentina Frías Ordóñez llegó con tos.", "privacy-name", "BLOCK"),
    (
        "Aaliyah Johnson-Okoro is back on the cheer squad after her concussion.",
        "privacy-name",
        "BLOCK",
    ),
    ("Baby Girl Hoàng went home after 19 days in the NICU.", "privacy-name", "BLOCK"),
    ("The Adebisi twins came in for their 12-month shots.", "privacy-name", "BLOCK"),
    ("¡Gracias a la familia Botello por venir a vacunarse!", "privacy-name", "BLOCK"),
    (
        "shoutout to luc van olst for being the bravest kid at the flu clinic",
        "privacy-name",
        "BLOCK",
    ),
    ("Little Priya got her first tooth at four months.", "privacy-name", "WARN"),
    ("Zoë finally took her first steps at 16 months.", "privacy-name", "WARN"),
    ("Ines had a fever all weekend.", "privacy-name", "WARN"),
    ("When his mom Keisha texted us a photo of his rash, we could tell.", "privacy-name", "WARN"),
    ("so proud of jamal today, zero tears at his shots!", "privacy-name", "WARN"),
    ("Pepito ya no tiene tos después de tres semanas.", "privacy-name", "WARN"),
    ("Su mamá Chayo nos contó que a su niño le dio una convulsión.", "privacy-name", "WARN"),
    ("María José tuvo varicela la semana pasada.", "privacy-name", "WARN"),
    ("Bobby's ear hurt all night.", "privacy-name", "WARN"),
    # places
    ("Our nurse visited a new family at 8465 Rosario Drive yesterday.", "privacy-address", "BLOCK"),
    ("Meals can go to 2210 South Lowell, the blue house.", "privacy-address", "BLOCK"),
    ("He was knocked off his bike at the corner of Walnut and 9th.", "privacy-address", "BLOCK"),
    ("We mailed it to P.O. Box 1187, Chatham.", "privacy-address", "BLOCK"),
    ("Puede llevarla a su departamento en Av. Hidalgo #212 int. 4.", "privacy-address", "BLOCK"),
    ("Vive en el 1325 de la calle 18 oeste.", "privacy-address", "BLOCK"),
    ("Se lastimó en la esquina de Cermak y Damen.", "privacy-address", "BLOCK"),
    ("Vive en la Calle 5 de Mayo 123.", "privacy-address", "BLOCK"),
    ("A toddler in 62703 had a lead level of 22.", "privacy-zip", "BLOCK"),
    ("Avisen a los vecinos del código postal 60623.", "privacy-zip", "BLOCK"),
    ("A second-grader from Butler Elementary has pinkeye.", "privacy-place", "WARN"),
    ("Una niña del barrio La Villita tuvo sarampión.", "privacy-place", "WARN"),
    # dates and ages
    ("Happy first birthday to our preemie, born 06/02/2025 at 1 lb 9 oz.", "privacy-dob", "BLOCK"),
    ("Our kindergartner, born on the ninth of November 2021, is ready.", "privacy-dob", "BLOCK"),
    ("Su bebé nació el 3 de agosto de 2025 con 36 semanas.", "privacy-dob", "BLOCK"),
    ("Fecha de nacimiento 29/06/2025.", "privacy-dob", "BLOCK"),
    ("He was admitted on October 3 and discharged on the 7th.", "privacy-date", "WARN"),
    ("Their little boy passed away on February 11 after a long illness.", "privacy-date", "WARN"),
    ("Our little friend turned one last Tuesday.", "privacy-date", "WARN"),
    ("La dieron de alta el 2 de noviembre.", "privacy-date", "WARN"),
    ("Vino a consulta el 12 de marzo con tos.", "privacy-date", "WARN"),
    ("Nuestra paciente cumplió un año el sábado pasado.", "privacy-date", "WARN"),
    ("Her grandmother, who is 94, still drives.", "privacy-age", "BLOCK"),
    ("His great-grandfather turns ninety-six next month.", "privacy-age", "BLOCK"),
    ("La bisabuela de 93 años vino con su bisnieto.", "privacy-age", "BLOCK"),
    ("Su abuelo tiene 92 años.", "privacy-age", "BLOCK"),
    # contact
    ("Reach his dad on his cell at (217) 741-2286.", "privacy-phone", "BLOCK"),
    ("Text us back at 312.867.4421.", "privacy-phone", "BLOCK"),
    ("Her mom says to call 773–290–5518.", "privacy-phone", "BLOCK"),
    ("Give her a ring at 630 418 9273 any evening.", "privacy-phone", "BLOCK"),
    ("Text him at two one seven, nine oh four, six six one two.", "privacy-phone", "BLOCK"),
    (
        "Su número es siete, siete, tres, ocho, dos, cinco, cuatro, cero, seis, uno.",
        "privacy-phone",
        "BLOCK",
    ),
    ("La puede llamar al 773 294 1187 por las tardes.", "privacy-phone", "BLOCK"),
    ("[call her](tel:+13097824410)", "privacy-phone", "BLOCK"),
    ("Send it to his home fax, 309-672-1180.", "privacy-fax", "BLOCK"),
    ("Se lo enviamos por fax a su oficina, al 773-542-0916.", "privacy-fax", "BLOCK"),
    ("Write to the mom at jcollins77@gmail.com.", "privacy-email", "BLOCK"),
    ("Her address: rebekah53 at hotmail dot com.", "privacy-email", "BLOCK"),
    ("Reach them at tiffany14 [at] hotmail [dot] com.", "privacy-email", "BLOCK"),
    ("Escríbale a curielmartin (arroba) gmail (punto) com.", "privacy-email", "BLOCK"),
    # numbers
    ("Her Social Security number went in as 724 56 8448.", "privacy-ssn", "BLOCK"),
    ("El número de seguro social de su hija es 414-44-6903.", "privacy-ssn", "BLOCK"),
    ("The right one, MRN 00482913, has been fixed.", "privacy-record-number", "BLOCK"),
    ("Aviso para la familia del expediente 78-2231.", "privacy-record-number", "BLOCK"),
    ("Their old card listed Medicaid ID 412987765.", "privacy-health-plan", "BLOCK"),
    (
        "Ya registramos el número de afiliado del seguro, MCD-5527-1193.",
        "privacy-health-plan",
        "BLOCK",
    ),
    ("We found a double charge on billing account 7730-2219.", "privacy-account", "BLOCK"),
    ("Gifts go to the family's bank account, number 4417 0093 2281.", "privacy-account", "BLOCK"),
    (
        "He left his driver's license at the desk after the visit, number S530-4471-8820.",
        "privacy-license",
        "BLOCK",
    ),
    ("Ya tenemos su pasaporte número G31459872.", "privacy-license", "BLOCK"),
    ("The gray minivan with Illinois plate FNC 401 has its lights on.", "privacy-vehicle", "BLOCK"),
    ("La camioneta con placas VIM 288 bloqueó la ambulancia.", "privacy-vehicle", "BLOCK"),
    ("Her pump was affected (serial number OM4-22871-Q).", "privacy-device", "BLOCK"),
    ("El número de serie del monitor es AM-20931-7.", "privacy-device", "BLOCK"),
    ("The nurse asked for the form under student ID 20-381-4476.", "privacy-unique-id", "BLOCK"),
    ("Su número de caso es 3381-0457.", "privacy-unique-id", "BLOCK"),
    ("The balance on account 4471-2210 was refunded.", "privacy-account", "BLOCK"),
    ("His driver license D123-4567-8901 was at the desk.", "privacy-license", "BLOCK"),
    ("MR# 0045512 was on the label.", "privacy-record-number", "BLOCK"),
    ("Her SSN ends in 4421, the last four on the form.", "privacy-ssn", "BLOCK"),
    ("Her insulin pump number PX-44812 was recalled.", "privacy-device", "BLOCK"),
    ("The monitor's MAC address is 00:1A:2B:3C:4D:5E.", "privacy-device", "BLOCK"),
    ("La placa de su carro es ABC-1234.", "privacy-vehicle", "BLOCK"),
    ("Llame a la señora al 55 1234 5678 para la carriola.", "privacy-phone", "BLOCK"),
    ("Felicitamos a Diego Hernández por terminar su tratamiento.", "privacy-name", "BLOCK"),
    ("Los hermanitos Morales tuvieron varicela.", "privacy-name", "BLOCK"),
    ("Los Hernández vinieron a vacunarse.", "privacy-name", "BLOCK"),
    ("Gracias a familia García por las galletas.", "privacy-name", "BLOCK"),
    ("We gave the nebulizer to Yusuf during the visit.", "privacy-name", "WARN"),
    ("Our 4-year-old Hunter broke his arm.", "privacy-name", "WARN"),
    ("How Mateo Beat His Asthma", "privacy-name", "WARN"),
    ("Le pusimos la vacuna a Paloma y no lloró.", "privacy-name", "WARN"),
    ("Rosa y su mamá vinieron a la consulta.", "privacy-name", "WARN"),
    ("Ivy coughed all night.", "privacy-name", "WARN"),
    ("Meet Leo, our newest little patient, who had his first shots today.", "privacy-name", "WARN"),
    ("Hunter fractured his wrist on the trampoline.", "privacy-name", "WARN"),
    ("Grace (3) had croup last week.", "privacy-name", "WARN"),
    ("La niña de la escuela primaria Benito Juárez tuvo sarampión.", "privacy-place", "WARN"),
    ("The portal blocked your login from 99.171.91.148.", "privacy-ip", "BLOCK"),
    ("Their router gave the laptop 2601:243:c481:9b0::1f.", "privacy-ip", "BLOCK"),
    # links
    ("Donate at https://www.gofundme.com/f/help-our-little-fighter.", "privacy-url", "BLOCK"),
    ("His mom posts at caringbridge.org/visit/ourlittlewarrior2026.", "privacy-url", "BLOCK"),
    ("Her blog, thelongroadhome-ourpreemie.blogspot.com, has updates.", "privacy-url", "BLOCK"),
    ("They share his progress on Instagram at @tinywarrior_journey.", "privacy-social", "BLOCK"),
    ("Follow along at prayersforella.org and thejohnsonfamilyjourney.com.", "privacy-url", "BLOCK"),
    ("She posts at facebook.com/profile.php?id=100084412345678.", "privacy-social", "BLOCK"),
    ("Her TikTok is dad.vs.diapers and it is great.", "privacy-social", "BLOCK"),
    ("Email her at sarah at smithfamily.net for details.", "privacy-email", "BLOCK"),
    # biometric, image, anecdote
    (
        "The DNA profile (D8S1179 13/14, TH01 6/9.3) confirmed a relative.",
        "privacy-biometric",
        "BLOCK",
    ),
    (
        "Scan of a patient's newborn footprint card, showing the ridge patterns.",
        "privacy-biometric",
        "BLOCK",
    ),
    ("![At the front desk](/images/IMG_4471.jpg)", "privacy-image", "WARN"),
    ('<img src="/images/PXL_20260712_154233.jpg" alt="Candles">', "privacy-image", "WARN"),
    (
        "![A smiling four-year-old girl showing her stitches](/images/chin.jpg)",
        "privacy-image",
        "WARN",
    ),
    ("![Bebé en brazos de su papá](/images/piel.jpg)", "privacy-image", "WARN"),
    ("IMG_4471.jpg", "privacy-image", "WARN"),
    ("See [the photo](/images/PXL_20260712_154233.jpg).", "privacy-image", "WARN"),
    # names in what the check passes from addresses and file names
    ("liam okafor broken arm", "privacy-name", "BLOCK"),
    ("sofia-ramirez-stitches.jpg", "privacy-name", "BLOCK"),
    ("davi-lucca-porto-rsv-recovery", "privacy-name", "BLOCK"),
    ("Her son Babatunji Ogunwobi came in with a cough.", "privacy-name", "BLOCK"),
    ("Thanks to Đặng Thị Hoa for sharing her baby's story.", "privacy-name", "BLOCK"),
    ("Łukasz Kamyk broke his wrist at soccer practice.", "privacy-name", "BLOCK"),
    ("She turned 2 on March 5 and came in for her checkup.", "privacy-dob", "BLOCK"),
    ("[update](https://example.org/our-story/liam-okafor-update)", "privacy-name", "BLOCK"),
    ("Thank you, Mrs. Alvarez, for bringing the twins to their checkup.", "privacy-name", "WARN"),
    ("La señora Herrera trajo a su hijo con fiebre.", "privacy-name", "WARN"),
    ("Write to maria_lopez at yahoo.com for the crib.", "privacy-email", "BLOCK"),
    ("The Garcias brought all three kids in for flu shots.", "privacy-name", "BLOCK"),
    ("She was brought in by Maria Lopez, her aunt, with a fever.", "privacy-name", "BLOCK"),
    (
        "Our only patient with both Down syndrome and type 1 diabetes sang the anthem.",
        "privacy-anecdote",
        "WARN",
    ),
    (
        "The son of the new middle school principal had his first reaction.",
        "privacy-anecdote",
        "WARN",
    ),
    (
        "La niña de 6 años que llegó de Honduras en septiembre ganó el concurso.",
        "privacy-anecdote",
        "WARN",
    ),
    ("A little boy we saw yesterday had a bead stuck in his nose.", "privacy-anecdote", "WARN"),
    (
        "One of our patients, a 7-year-old who loves dinosaurs, taught us.",
        "privacy-anecdote",
        "WARN",
    ),
    ("A mom told us yesterday that her son had been coughing for a month.", "privacy-anecdote",
     "WARN"),
    ("A teenager in our practice who plays soccer tore her ACL.", "privacy-anecdote", "WARN"),
    ("Un papá nos contó que su hija de 3 años se tragó una moneda.", "privacy-anecdote", "WARN"),
    ("A girl from Divernon was diagnosed with a rare kidney disease.", "privacy-place", "WARN"),
    ("The twins at Sunshine Montessori both have lice.", "privacy-place", "WARN"),
]


@pytest.mark.parametrize(("text", "code", "level"), LEAKS)
def test_each_class_is_found_at_its_level(text: str, code: str, level: str) -> None:
    assert (code, level) in found(text), found(text)


CLEAN = [
    "Give 2.5 mL every 6 hours; a fever of 100.4°F (38 °C) in a baby under 3 months needs a call.",
    "Children under 2 and a 6-month-old baby need the flu shot; 1 in 10000 babies gets it.",
    "Our flu clinic is on Saturday, October 17, from 9 to noon. Closed on Christmas Day.",
    "Call 911, call or text 988, Poison Control 1-800-222-1222, CDC-INFO 1-800-232-4636.",
    "Call us at 217-555-0134 or fax 217-555-0135; we are at 120 Maple Street, Springfield, "
    "IL 62701.",
    "Dr. Ana Rivera answers questions on Tuesdays.",
    "In 1796 Edward Jenner tested the first vaccine; Jonas Salk's polio vaccine came in 1955.",
    "Virginia Apgar created the Apgar score. Serena Williams and Simone Biles talk about "
    "mental health.",
    "Kawasaki disease, Down syndrome and Tourette syndrome are named after doctors.",
    "Elmo, Peppa Pig and Daniel Tiger all brush their teeth twice a day.",
    "Hope and Grace go a long way. May is sunscreen month. Will your child need a booster?",
    "Faith, Joy and Rose are words we hear at every visit.",
    "Measles cases rose across Illinois and in Chicago this spring.",
    "Read more at https://www.healthychildren.org/English/ages-stages/Pages/default.aspx.",
    "![Drawing of a baby with a wide, deep latch](/images/latch-drawing.png)",
    "![Growth chart of a typical toddler](/images/growth-chart.png)",
    "Follow @CDCgov and @AmerAcadPeds for news.",
    "Many hospitals take a newborn's footprints as a keepsake.",
    "Flu vaccines have been around for 90 years of research.",
    "La vacuna se pone a los 12 meses y otra vez entre los 4 y 6 años.",
    "Llame al 911 si su hijo no respira bien. La línea de enfermería contesta de día y de noche.",
    "El Día de los Muertos es el 2 de noviembre; los niños comen pan de muerto.",
    "Mercedes, Dolores y Pilar son nombres comunes, y los dolores de cabeza también.",
    "La Virgen de Guadalupe se celebra el 12 de diciembre en todo México.",
    "Según los CDC, uno de cada cinco niños tiene obesidad.",
    "Frida Kahlo tuvo polio de niña; hoy la vacuna la previene.",
    "Los niños de 6 a 12 años necesitan entre 9 y 12 horas de sueño.",
    "rash-chart.png",
    "Meet us at home.com or at the library.",
    "Ronald McDonald House gives families a place to stay near the hospital.",
    'American Academy of Pediatrics, "Media and Young Minds", Pediatrics, 2016',
    "American Heart Association, Kawasaki Disease guidance, Circulation, 2017",
    "Washington state had a measles outbreak in 2019.",
    "If you visit Jordan, Mexico or India, ask us about travel shots.",
    "Día de la Candelaria: tamales para todos.",
    "Clase de primeros auxilios con la Cruz Roja Americana.",
    "Mister Rogers said to look for the helpers when kids are scared.",
    "TODO: swap in the new WHO chart image once the designer sends the 2026 version",
    "Siga las instrucciones del médico y pida una cita si la fiebre sigue.",
    "Flu season came early: we saw the first cases on October 3.",
    "Kids who were admitted to the hospital with RSV peaked on December 2.",
    "May ended with many cases of flu; viajamos a Chicago con los niños.",
    "We are at the corner of Maple and 2nd, across from the library.",
    "Summer started the season with lots of ear infections.",
    "This will account for 1234 of the cases; check your pump every day.",
    "Watch the 2 minute video on YouTube at 1.5x speed; follow the AAP on Instagram.",
    "La temporada de gripe llegó el 1 de octubre este año.",
    "Our grandparents' generation lived to 90 years and beyond.",
    "Los Ángeles y Las Vegas tienen mucho calor en verano.",
    "Call the Sangamon County Department of Public Health at 217-535-3100 for lead tests.",
    "La línea de ayuda del condado es 217-555-0101.",
    "The Johnson & Johnson vaccine is not used for kids.",
    "Shakira y Bad Bunny cantaron en el Super Bowl.",
    "Call 1-800-CDC-INFO (1-800-232-4636) with vaccine questions; dial 211 for food banks.",
    "We are at 120 Maple Street, Suite 200, Springfield, IL 62701; fax (217) 555-0135.",
    "Guillain-Barré syndrome is rare after the flu shot; so is Henoch-Schönlein purpura.",
    "Wilms tumor and Hodgkin lymphoma are rare in toddlers.",
    "Tiffany Chen, MD, from the CDC spoke at the conference about measles.",
    "Olivia Rodrigo, Taylor Swift and Bad Bunny all sang about growing up.",
    "Madison, Jackson and Lincoln counties have WIC offices for families.",
    "[When to worry](/notes/when-to-worry-about-fever.md) and kawasaki-disease-signs.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    assert found(text) == set()


def test_spanish_rules_run_on_a_note_that_forgot_its_lang() -> None:
    text = "Su bebé nació el 3 de agosto de 2025 con 36 semanas."
    assert found(text, lang="en") == found(text, lang="es") == {("privacy-dob", "BLOCK")}


def test_the_lexicon_is_accent_and_case_blind() -> None:
    assert fold("Inés") == fold("INES") == "ines"
    assert {"ines", "zoe", "noor", "lupita", "bobby"} <= given_names()
    assert {"okafor", "herrera", "nguyen", "alvarez", "dang"} <= surnames()
    assert fold("Đặng") == "dang" and fold("Łukasz") == "lukasz"


def test_allowed_names_setting_lets_a_public_person_through() -> None:
    text = "Dana Whitfield came in to talk to parents about concussions."
    assert ("privacy-name", "BLOCK") in found(text)
    allowed = policy_from_settings(site_settings(PRIVACY_ALLOWED_NAMES=["Dana Whitfield"]))
    assert {h.code for h in scan(text, allowed)} == set()


def test_findings_name_what_they_found_and_the_fix() -> None:
    for text, code, _ in LEAKS:
        for hit in scan(text, POLICY):
            if hit.code == code:
                assert "Fix:" in hit.message, hit.message
                assert text[hit.start : hit.end].strip(), hit


def test_an_image_is_flagged_only_when_it_may_show_a_person(tmp_path: Path) -> None:
    drawing = (
        "Title: T\nimage: {static}/images/rash-chart.png\nimage_alt: Chart of rashes\n\nA note.\n"
    )
    assert ("privacy-image", "WARN") not in codes(check_one(tmp_path / "a", drawing))
    camera = "Title: T\nimage: {static}/images/IMG_4471.jpg\nimage_alt: At the desk\n\nA note.\n"
    report = check_one(tmp_path / "b", camera)
    [finding] = [f for f in report.findings if f.code == "privacy-image"]
    assert finding.level is Level.WARN and finding.blocking and finding.line == 2
    child = (
        "Title: T\nimage: {static}/images/a.jpg\nimage_alt: A smiling girl in a cast\n\nA note.\n"
    )
    assert ("privacy-image", "WARN") in codes(check_one(tmp_path / "c", child))
