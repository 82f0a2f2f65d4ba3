"""How many identifiers from a source the guard never learnt from it finds, kind by kind.

    pip install faker   # not a dependency of Rounds: only this benchmark reads it
    .venv/bin/python benchmarks/preflight_identifiers.py [--half report] [--seed 17] [-v]

The detectors' street suffixes, phone shapes, plate and date formats were written by hand
and tuned on notes written beside them. Faker's address, phone, plate, ID, e-mail and date
generators for 15 locales (weighted to the US and to the Spanish-speaking countries a US
practice's families come from) are a source nobody tuned the guard to. Each value goes into
a sentence of the kind a practice writes that ties it to one family, and counts as found
when the scan reports a finding there that stops the publish, and as "at kind" when that
finding is of the expected kind.

The sentences are split in two halves, like the note corpus: rules are fixed on `--half
tune` and the figures quoted are `--half report` with a seed that was never run before
(Faker draws new values for every seed). It prints, per kind and per locale group, found /
tried, then the total and (with -v) every miss.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

#: A US practice's families: US formats most, then the countries they write home to.
LOCALES = (
    ("en_US", 5), ("es_MX", 3), ("es_CO", 1), ("es_AR", 1), ("es_ES", 1), ("es_CL", 1),
    ("en_CA", 1), ("en_GB", 1), ("pt_BR", 1), ("fr_FR", 1), ("en_PH", 1),
)
#: Each kind's expected finding and its sentences: (tune, report) in English and Spanish.
KINDS: dict[str, tuple[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]] = {
    "street": ("privacy-address", {
        "en": (("The family asked us to mail her shot record to {x}.",
                "she lives at {x} with her aunt now",
                "His grandma drove him over from {x} after the fall."),
               ("We dropped the forgotten inhaler off at {x} on the way home.",
                "Our little patient's new home at {x} has a pool, so we talked water safety.",
                "the twins moved to {x} over the summer")),
        "es": (("La familia pidió que enviemos la cartilla a {x}.",
                "ahora vive en {x} con su tía"),
               ("Su abuela lo trajo desde {x} después de la caída.",
                "Le llevamos el inhalador olvidado a su casa en {x}.")),
    }),
    "address": ("privacy-address", {
        "en": (("Please forward the school form to the family at {x}.",),
               ("New address for the twins' chart: {x}",)),
        "es": (("Favor de mandar el formulario escolar a la familia: {x}.",),
               ("Nueva dirección de la familia para el expediente: {x}",)),
    }),
    "phone": ("privacy-phone", {
        "en": (("Her mom said to text {x} if the appointment moves.",
                "call his dad back at {x} about the x-ray"),
               ("The grandmother left {x} as the best number for the results.",
                "If anyone finds her blue lunchbox, her mom's cell is {x}.")),
        "es": (("Su mamá dijo que le mandemos mensaje al {x} si cambia la cita.",),
               ("llamar a su papá al {x} por la radiografía",
                "Si alguien encuentra la lonchera azul, el celular de su mamá es {x}.")),
    }),
    "national-id": ("", {
        "en": (("The insurance form listed his number as {x}.",),
               ("her ID on the Medicaid form was {x}, please fix it",)),
        "es": (("En el formulario del seguro venía su número {x}.",),
               ("su identificación en la solicitud era {x}, hay que corregirla",)),
    }),
    "plate": ("privacy-vehicle", {
        "en": (("Whoever drove the family's van, plate {x}, your lights are on!",
                "Her dad's truck ({x}) was blocking the ambulance bay."),
               ("The mom in the silver minivan with tags {x} left her purse at the desk.",
                "his grandpa's car, license {x}, is still in our lot")),
        "es": (("La camioneta de la familia, placas {x}, dejó las luces prendidas.",),
               ("El carro del papá, con placa {x}, está bloqueando la entrada.",)),
    }),
    "email": ("privacy-email", {
        "en": (("Her mom asked us to send the letter to {x}.",),
               ("dad's email for the camp form is {x}",)),
        "es": (("Su mamá pidió que mandemos la carta a {x}.",),
               ("el correo del papá para el formulario es {x}",)),
    }),
    "date": ("", {
        "en": (("He was born {x} and is growing so well.",
                "She was admitted {x} with RSV."),
               ("Happy birthday to our little patient born {x}!",
                "our brave guy had his tonsils out {x}")),
        "es": (("Nació el {x} y está creciendo muy bien.",
                "Fue ingresada el {x} por bronquiolitis."),
               ("¡Feliz cumpleaños a nuestra pacientita que nació el {x}!",
                "lo operaron de las amígdalas el {x}")),
    }),
}
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")


def _date(fake: Any, pick: random.Random, spanish: bool) -> str:
    """A child's date as a parent or a chart writes it, in the language of the sentence."""
    born: date = fake.date_of_birth(minimum_age=0, maximum_age=17)
    if spanish:
        month = MONTHS_ES[born.month - 1]
        return pick.choice((f"{born.day} de {month} de {born.year}", f"{born.day} de {month}",
                            f"{born.day:02d}/{born.month:02d}/{born.year}"))
    return pick.choice((born.strftime("%B %-d, %Y"), born.strftime("%m/%d/%Y"),
                        born.strftime("on %B %-d"), born.strftime("%-m/%-d/%y"),
                        born.strftime("on %b. %-d")))


def _value(fake: Any, kind: str, pick: random.Random, spanish: bool) -> str:
    if kind == "street":
        return str(fake.street_address()).replace("\n", ", ")
    if kind == "address":
        return str(fake.address()).replace("\n", ", ")
    if kind == "phone":
        return str(fake.phone_number())
    if kind == "national-id":
        return str(fake.ssn())
    if kind == "plate":
        return str(fake.license_plate())
    if kind == "email":
        return str(pick.choice((fake.email(), fake.free_email())))
    return _date(fake, pick, spanish)


def sentences(half: str, seed: int, per_kind: int) -> list[tuple[str, str, str, str, str]]:
    """(locale, language, kind, expected code, sentence) for every locale and kind."""
    from faker import Faker

    pick = random.Random(seed)
    out = []
    for locale, weight in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed * 100 + len(out))
        spanish = locale.startswith("es")
        lang = "es" if spanish else "en"
        for kind, (code, templates) in KINDS.items():
            tune, report = templates[lang]
            for _ in range(per_kind * weight):
                try:
                    value = _value(fake, kind, pick, spanish)
                except AttributeError:  # a locale without that provider
                    break
                template = pick.choice(tune if half == "tune" else report)
                out.append((locale, lang, kind, code, template.format(x=value)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report"), default="report")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--per-kind", type=int, default=6, help="values per kind and locale weight")
    parser.add_argument("-v", action="store_true", help="print every miss")
    args = parser.parse_args()
    try:
        cases = sentences(args.half, args.seed, args.per_kind)
    except ImportError:
        print("This benchmark reads Faker's generators: pip install faker", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)
    from preflight.hits import Level
    from preflight.privacy import policy_from_settings, scan
    from publishing.project import Project

    policy = policy_from_settings(Project(ROOT).load_settings(production=False))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for locale, lang, kind, code, text in cases:
        hits = [h for h in scan(text, policy, lang=lang) if h.level in (Level.BLOCK, Level.WARN)]
        stopped = bool(hits)
        at_kind = any(h.code == code for h in hits) if code else stopped
        group = "US" if locale == "en_US" else "es" if locale.startswith("es") else "other"
        for key in (kind, f"  {group}", "all"):
            found[key][0] += stopped
            found[key][1] += at_kind
            found[key][2] += 1
        if not stopped:
            misses.append(f"{kind:11} {locale}  {text}")
    print(f"{args.half} half, seed {args.seed}: found (stops the publish) · at kind / tried")
    for key in (*KINDS, "  US", "  es", "  other", "all"):
        stopped, at_kind, tried = found[key]
        if tried:
            print(f"{key:12} {stopped:4} · {at_kind:4} / {tried:<4}  {stopped / tried:6.1%} found")
    if args.v:
        for line in misses:
            print("  missed:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
