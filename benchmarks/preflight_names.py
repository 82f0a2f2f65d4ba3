"""How many names from a source the guard never learnt from it finds, locale by locale.

    pip install faker   # not a dependency of Rounds: only this benchmark reads it
    .venv/bin/python benchmarks/preflight_names.py [--per-locale 60] [--seed 11] [-v]

The name lexicon (plugins/preflight/data/) is built from names-dataset and hand-written lists
of children's names; Faker's name lists for 17 locales are another source nobody tuned the
guard to. Each name goes into a sentence of the kind a practice writes (a visit, a thank-you,
a birthday, in lower case or capitalised, English or Spanish), and a name counts as found
when the privacy scan reports a name finding in that sentence. It prints, per locale, found /
tried, then the total and (with -v) every miss. Session 5 measured 73.6% before the rules
that read names beyond the lists, 98.7% after; the guard has not learnt from these names
since (run it again with another `--seed` for names it has never seen). `--forms` puts the
names in the places a name takes outside a visit (a signature, a photo credit, a list, a
quote, a parent by title, an initial): session 6 tuned on seed 3 (70% -> 86%).
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

LOCALES = ("en_US", "es_MX", "es_ES", "es_CO", "en_GB", "fr_FR", "de_DE", "vi_VN", "hi_IN",
           "pt_BR", "zh_CN", "ar_AA", "ko_KR", "pl_PL", "it_IT", "tl_PH", "yo_NG")
ENGLISH = (
    "We saw {f} {l} today for a fever and an ear infection.",
    "Big shout-out to {f} {l}, who finished a whole month of asthma controller doses!",
    "{f} {l} came in Tuesday with a broken wrist from the trampoline.",
    "thanks to {fl} {ll} for the cookies after her visit",
    "Happy first birthday, {f}! We loved seeing you at your check-up.",
    "{f} had his stitches out this morning and was so brave.",
)
SPANISH = (
    "Ayer vimos a {f} {l} con fiebre y dolor de oído.",
    "¡Felicidades a {f} {l}, que terminó su tratamiento!",
    "{f} {l} vino el martes con el brazo quebrado.",
)
#: The forms a name takes outside a sentence about a visit (`--forms`, session 6): a
#: signature, a credit, a list, a quote, a parent by title, an initial, lower case.
FORMS = (
    "Thank you all for the support during his surgery. — the {l} family",
    "We are so grateful for the NICU team. xo, {f} {li}.",
    "Photo: {f} {l}, age 6, after her last chemo.",
    "Winners of the coloring contest: {l}, {f} (age 5); Patel, Riya (age 7).",
    "Thanks to {fi}. {l} for bringing her daughter's outgrown car seat.",
    "Mrs. {l} brought her twins in for their shots today.",
    "Coach {l}'s son broke his wrist at practice on Tuesday.",
    "Guest post by {f} {l}, mom of a child with type 1 diabetes.",
    "\"The nurses saved our Christmas,\" said {f} {l}, whose son spent a week in the PICU.",
    "Volunteers this year: {f} {l}, Ana Rivera and the front desk team.",
    "so proud of {fl} {ll} today, first shots with no tears",
)


def sentences(per_locale: int, seed: int, forms: bool = False) -> list[tuple[str, str, str]]:
    """(locale, language, sentence) for `per_locale` names of each locale (in `FORMS`, the
    English forms a name takes outside a visit, when `forms`)."""
    from faker import Faker

    pick = random.Random(seed)
    out = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(per_locale):
            first, last = fake.first_name(), fake.last_name()
            spanish = locale.startswith("es")
            template = pick.choice(FORMS if forms else SPANISH if spanish else ENGLISH)
            text = template.format(f=first, l=last, fl=first.lower(), ll=last.lower(),
                                   fi=first[:1], li=last[:1])
            out.append((locale, "en" if forms or not spanish else "es", text))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--forms", action="store_true",
                        help="names in signatures, credits, lists, quotes, titles (FORMS)")
    parser.add_argument("-v", action="store_true", help="print every miss")
    args = parser.parse_args()
    try:
        cases = sentences(args.per_locale, args.seed, args.forms)
    except ImportError:
        print("This benchmark reads Faker's name lists: pip install faker", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)
    from preflight.privacy import policy_from_settings, scan
    from publishing.project import Project

    policy = policy_from_settings(Project(ROOT).load_settings(production=False))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for locale, lang, text in cases:
        hit = any(h.code == "privacy-name" for h in scan(text, policy, lang=lang))
        found[locale][0] += hit
        found[locale][1] += 1
        if not hit:
            misses.append(text)
    for locale in LOCALES:
        hits, tried = found[locale]
        print(f"{locale:6} {hits:4} / {tried}")
    total = sum(h for h, _ in found.values())
    tried = sum(t for _, t in found.values())
    print(f"all    {total:4} / {tried}  ({total / tried:.1%} found)")
    if args.v:
        for text in misses:
            print("  missed:", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
