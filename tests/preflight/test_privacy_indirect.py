"""A child found without a name, and the hard negatives beside them (round 7, batch b3 of the
corpus): each leaky case pairs with a clean sentence of the same shape.

- a home by its lot or its block: "lot 9 at Pine Acres", "manzana 7, lote 14";
- a player by team and position: "the Westfield Wildcats' goalie" (a big city's team is a
  professional's, and public);
- initials with a town; a ZIP as an epithet ("one 62702 toddler");
- a day told relative to today or a feast, in a story of one child ("antier", "el martes
  pasado", "on Christmas Eve ... spent the holiday in the burn unit");
- an age over 89 as an ordinal in words ("her ninety-sixth birthday");
- an SSN written 3-2-4 with spaces, without its name.

And what is no person: a chain named after someone ("McDonald's or Wendy's", "Ben & Jerry's",
"Johnson & Johnson"), a city named like a person after "in" ("in Madison"), a province
("Victoria, British Columbia"), a book's title ("“Charlotte's Web” by E.B. White"), names
talked about as names, a month in an image's file name, a parent's words shared anonymously.
"""

from __future__ import annotations

import pytest
from support.preflight_helpers import stopping_codes

codes = stopping_codes


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("This week our nurse drove out to lot 9 at Pine Acres to weigh a four-day-old.", "en",
         "privacy-address"),
        ("A family in trailer 22 at Sangamon Mobile Home Park lost their bedroom to a fire.",
         "en", "privacy-address"),
        ("La enfermera visitó a un bebé de cinco días en la manzana 7, lote 14.", "es",
         "privacy-address"),
        ("The Westfield Wildcats' goalie spent last weekend on the couch after a collision.",
         "en", "privacy-anecdote"),
        ("The quarterback of the Lanphier varsity team collapsed at two-a-days.", "en",
         "privacy-anecdote"),
        ("We are proud of K.M. from Pleasant Plains, who just finished her first 5K.", "en",
         "privacy-place"),
        ("Mold and mice made one 62702 toddler's asthma worse.", "en", "privacy-zip"),
        ("El niño que se cayó del columpio antier ya está mucho mejor.", "es", "privacy-date"),
        ("Nuestro paciente terminó en urgencias el martes pasado después de una noche junto a "
         "la estufa.", "es", "privacy-date"),
        ("One of our third graders broke his wrist on August 16 on the monkey bars.", "en",
         "privacy-date"),
        ("A toddler we know pulled hot cider off the counter on Christmas Eve and spent the "
         "holiday in the burn unit.", "en", "privacy-date"),
        ("Recordamos al bebé que nos dejó el 2 de noviembre, Día de Muertos.", "es",
         "privacy-date"),
        ("The baby's great-grandmother was still glowing from her ninety-sixth birthday.", "en",
         "privacy-age"),
        ("test form: 530 81 4467", "en", "privacy-ssn"),
        ("Nos mandó la dirección desde donde entró su cuenta, 201.141.88.19, para revisarla.",
         "es", "privacy-ip"),
        ("Stop by 1127 Lowell from 10 until the lemonade runs out.", "en", "privacy-address"),
        ("She brought her great-great-grandmother to the checkup, and the lady is 102.", "en",
         "privacy-age"),
        ("La niña de los listones morados que vende tamales con su abuela terminó su "
         "quimioterapia.", "es", "privacy-anecdote"),
        ("the nguyen family came in for flu shots today.", "en", "privacy-name"),
        ("One family has been writing about their son's journey and gave us permission to link "
         "it: http://www.littlefeetbigsteps.com/week-1", "en", "privacy-url"),
        ("Follow along at www.thegarzas.com for clubfoot tips.", "en", "privacy-url"),
        ("A dad sent us his home camera link, http://98.205.14.61:8080, to watch his baby.",
         "en", "privacy-ip"),
        ("A grandpa asked us to look up his truck recall too, 1FTFW1ET5DFC10312.", "en",
         "privacy-vehicle"),
        ("the red minivan with plate TX 7KLM294 was in the lot all day", "en", "privacy-vehicle"),
        ("una pickup blanca, placas ILL 8K 30942, con tres niños adelante", "es",
         "privacy-vehicle"),
        ("las placas de Jalisco JLK-44-92 en el estacionamiento", "es", "privacy-vehicle"),
        ("las placas de Nuevo León RXT-4821 en el estacionamiento", "es", "privacy-vehicle"),
        ("Una niña que regresó de Honduras el 2 de agosto empezó con fiebre alta.", "es",
         "privacy-date"),
        ("Her 18-month-old had a febrile seizure at the splash pad on August 30.", "en",
         "privacy-date"),
        ("one of our families on 22 birch ct is handing out teal pumpkin treats for their son.",
         "en", "privacy-address"),
        ("El portero de 12 años, el único zurdo del equipo, llegó con dolor de cabeza.", "es",
         "privacy-anecdote"),
    ],
)
def test_a_child_found_without_a_name(text: str, lang: str, code: str) -> None:
    assert code in codes(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Park in lot 3 at the Civic Center for the flu clinic.",
        "The Chicago Bears' quarterback had a concussion last season.",
        "Every team's goalie should wear a mouthguard.",
        "Last Tuesday we gave 40 flu shots at the school fair.",
        "Kids broke their arms on monkey bars last summer more than any year.",
        "Give 100 20 3000 units",
        "About 1 in 10000 children get it.",
        "Washington, D.C. from April to June hosts the cherry blossom festival.",
        "A meal at McDonald's or Wendy's once in a while is fine for her fever.",
        "Yes, Ben & Jerry's counts as medicine after tonsil surgery for my patients.",
        "Parents ask whether they need Johnson & Johnson shampoo for the baby's bath visit.",
        "Researchers in Madison and Austin followed thousands of toddlers with fever.",
        "Measles outbreaks were reported from Lafayette, Louisiana, to Victoria, British "
        "Columbia.",
        '"Charlotte\'s Web" by E.B. White has helped generations of children talk about death.',
        "Names like Austin, Madison and Charlotte rise and fall; the first weeks are the same.",
        'A mom in our practice asked to share what helped, without her name: "I wrote down '
        'every wake-up." It passes.',
        "![Calendar graphic](mark-your-calendar-july.png)",
        "Her fever was 102 last night.",
        "Smallpox vaccination in 1796 started the road to eradication.",
        "the whole family came in for flu shots today.",
        "Dr. Ana Rivera was a very convincing Ms. Frizzle at the costume contest.",
        "See www.thestates.com for the map of vaccine laws.",
        "If your child swallowed something, call Poison Control; they answer 24/7.",
        "Apáguela cuando nadie la ve, y nada de pantallas en el cuarto de los niños.",
        "Vaccine lot ABCDEFGH123456789 is on the card.",
        "He grew up in Accra and Salem, plays the trumpet badly, and loves newborn visits.",
        "The state posted measles exposure sites in Marion and Tyler this week.",
        "Driving from Jackson to Madison, or Austin to Charlotte? Stop every two hours.",
        "Temperatures above 100 are forecast for Eugene, Salem and Albany this week.",
        "School starts Wednesday for most districts around Madison; move bedtime earlier.",
        "A thank-you to Eugene Springfield Fire for the drowning-prevention talk.",
        "Skiing in Jackson Hole or Colorado? Babies can get altitude sickness above 8,000 feet.",
        "A 2024 analysis by a team led by Vasanti Malik linked juice with weight gain in kids.",
        'Jonathan Haidt\'s "The Anxious Generation" has parents asking about phones for kids.',
        "Ramadan Mubarak to our Muslim families. Teens who fast should drink plenty at suhoor.",
        "Medi-Cal covers the visit for your child; bring the card.",
        "Libros gratis en la sala de espera, gracias a la Biblioteca Pública de Pima County.",
    ],
)
def test_hard_negatives_of_the_same_shapes(text: str) -> None:
    assert not codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wendy's mom called about her fever.",
        "Sofia went as a pumpkin and was seen for her fever.",
        "We saw Austin and Madison for their fevers.",
        "We saw Dora for her fever.",
        "This year's class is led by Shanice Harrell, who lost her baby and now teaches.",
        "Her Instagram, instagram.com/la_sonrisa_de_mateo, has the pictures of his surgery.",
        "We saw Madison in clinic for her fever.",
        "A mom in our practice asked to stay anonymous, but her 4-year-old swallowed a magnet "
        "last Tuesday at the Elm Street daycare.",
    ],
)
def test_the_exceptions_stay_narrow(text: str) -> None:
    assert codes(text)


def test_staff_the_note_introduces_are_the_practices() -> None:
    """A credential, a role, joining the practice or speaking for its desk introduces one of
    the practice's own people; a patient is never introduced so."""
    from preflight.names_public import staff_introduced

    assert staff_introduced("Please welcome Gloria Whitaker, FNP, to Maple Street!") >= {
        "gloria", "whitaker"}
    assert "reggie" in staff_introduced("Our lab tech, Reggie Amos, has drawn blood for years.")
    assert "brad" in staff_introduced("Hi, it's Brad Lindgren, the office manager.")
    assert "tammy" in staff_introduced("hey y'all, Tammy here from the front desk.")
    assert "priya" in staff_introduced("Priya Natarajan joins Prairie Creek Pediatrics today.")
    assert "deb" in staff_introduced("After 31 years, Deb Kowalski is retiring.")
    assert not staff_introduced("Sofia joined us for her checkup and her mom Ana came too.")
    assert not staff_introduced("Mateo joined the swim team after his asthma got better.")


def test_staff_news_passes_and_a_patient_beside_the_staff_does_not(tmp_path) -> None:
    from support.preflight_helpers import check_one
    from support.preflight_helpers import codes as report_codes

    news = ("Title: Welcome, Gloria Whitaker, FNP\nDate: 2026-05-01\n\n"
            "Please welcome Gloria Whitaker, FNP, to Maple Street Pediatrics! Gloria spent nine "
            "years in a pediatric emergency department and sees patients Monday to Thursday.\n")
    assert ("privacy-name", "BLOCK") not in report_codes(check_one(tmp_path / "a", news))
    assert ("privacy-name", "WARN") not in report_codes(check_one(tmp_path / "a", news))
    leak = news.replace("and sees patients", "and treated Mateo Ruiz for his asthma, and sees "
                        "patients")
    assert ("privacy-name", "BLOCK") in report_codes(check_one(tmp_path / "b", leak))


def test_a_plate_has_one_finding_from_one_rule() -> None:
    """`plates` is the plate's one home: its cue word is not read again as an ID's cue."""
    from preflight.privacy import policy_from_settings, scan
    from support.preflight_helpers import site_settings

    hits = scan("Her dad's plate 7HKT492 was on the form.", policy_from_settings(site_settings()))
    assert [(h.code, h.level.value) for h in hits] == [("privacy-vehicle", "BLOCK")]
