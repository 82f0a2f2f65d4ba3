"""Regenerate the name lexicon (a developer's tool; never run at check time).

Why a derived file: the maintained source, the PyPI package `names-dataset` (given names and
surnames from 105 countries, with their rank in each country), loads in 6-12 s and takes
1-2 GB of memory (benchmarks/privacy_engines.md). The guard needs only "is this word a
given name / a surname somewhere", so this script keeps the names that rank in the top
`GIVEN_TOP` / `SURNAME_TOP` of at least one country, written in a Latin alphabet (notes are
in English and Spanish), and writes three small sorted lists:

- `given_names.txt`: given names, diminutives included ("Bobby", "Lupita", "Pepito");
- `surnames.txt`: family names;
- `compound_given.txt`: given names that are often the second of a compound given name
  ("María José", "Juan Pablo", "Anne Marie"), so that pair is one given name, not a full name;
- `common_words.txt.gz`: every lower-case word of the two dictionaries (folded), so that a
  capitalised word that is neither a known name nor a word can be read as a name;
- `name_words.txt`: names (of either list) that are also ordinary English or Spanish words
  ("Hope", "Grace", "May", "Will", "Rosa", "Luz", "Paz"), per the Debian word lists
  `wamerican` and `wspanish` (`/usr/share/dict/american-english`, `/usr/share/dict/spanish`).
  The guard asks for a person cue before treating such a word as a name.

    .venv/bin/pip install names-dataset==3.3.1   # (in the `eval` extra)
    apt-get install wamerican wspanish
    .venv/bin/python plugins/preflight/data/generate_names.py
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

# Run as a script (`python plugins/preflight/data/generate_names.py`): the plugins folder is
# where `preflight` lives.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from preflight import lexicon

HERE = Path(__file__).resolve().parent
GIVEN_TOP = 800
SURNAME_TOP = 800
#: Family and given names that are also words, kept as names that need a person cue
#: rather than dropped: "Park" is Korea's second family name, "King" Britain's 34th.
WORD_NAMES = frozenset({"Park", "King", "Prince", "Love", "Nina", "Church", "Rivers"})
COMPOUND_TOP = 150
COMPOUND_COUNTRIES = ("ES", "MX", "AR", "CO", "PE", "CL", "US", "GB", "FR", "IT", "PT", "BR")
SPANISH_COUNTRIES = (
    "ES",
    "MX",
    "AR",
    "CO",
    "PE",
    "CL",
    "VE",
    "EC",
    "GT",
    "CU",
    "BO",
    "DO",
    "HN",
    "PY",
    "SV",
    "NI",
    "CR",
    "PA",
    "UY",
    "PR",
)
#: Spanish names that are also everyday words (and so need a person cue).
SPANISH_NAME_WORDS = frozenset(
    [
        "rosa",
        "luz",
        "paz",
        "dolores",
        "mercedes",
        "pilar",
        "rocio",
        "consuelo",
        "soledad",
        "amparo",
        "socorro",
        "gracia",
        "esperanza",
        "fe",
        "caridad",
        "victoria",
        "guadalupe",
        "cruz",
        "angeles",
        "asuncion",
        "concepcion",
        "remedios",
        "milagros",
        "estrella",
        "cielo",
        "alegria",
        "reyes",
        "flores",
        "rios",
        "campos",
        "leon",
        "santos",
        "salvador",
        "angel",
        "sol",
        "mar",
        "rey",
        "blanca",
        "clara",
        "aurora",
        # everyday nouns and adjectives that some country also ranks as a name or a surname
        # ("Luna llena o luna nueva", "la Calle 26", "Domingo de Ramos", "el niño"): words
        # first, so a person cue is needed to read them as names
        "agosto", "alegre", "alma", "blanco", "bueno", "calle", "campo", "carro", "casado",
        "castillo", "conejo", "corona", "costa", "cuadro", "cuna", "diez", "domingo", "dorado",
        "flor", "guerra", "lima", "lobo", "luna", "mesa", "montes", "nino", "noticia", "ojo",
        "pais", "palma", "pastor", "patria", "piedra", "pino", "plaza", "pozo", "prado", "presa",
        "rico", "roca", "rueda", "santo", "segundo", "sierra", "toro", "vaca", "valle", "vela",
        "ventura", "villa", "virgen", "dulce", "gloria", "cadena", "cueva", "cuesta", "espejo",
        "flecha", "frontera", "gallo", "huerta", "lucero", "marca", "mercado", "noble", "parada",
        "piedad", "reina", "renta", "resto", "rincon", "seda", "trinidad", "tricolor", "veloz",
        "nacional", "natal", "quinto", "redondo", "severo", "silvestre", "taco", "chiquita",
        "concha", "esmeralda", "estela", "merced", "nieto", "nina", "dias",
    ]
)
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/spanish"))
#: A name in a Latin alphabet: letters (accents allowed), optionally joined by a hyphen or an
#: apostrophe ("Anne-Marie", "O'Brien").
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þa-z][a-zß-öø-ÿ]+)?$")
#: Children's names of the 2000s-2020s (US Social Security lists, Mexico's and Latin America's
#: most given names: public data) that the dataset, built from adults' profiles, ranks low or
#: lacks ("Wyatt", "Bodhi", "Khloe", "Yaretzi"): a children's practice meets them every day.
CHILDREN = HERE / "children_names.txt"


def children_names() -> set[str]:
    return {
        line.strip()
        for line in CHILDREN.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
#: Dataset entries that are not used as names in notes (profile noise), never to be names.
NOT_NAMES = frozenset(
    [
        "Baby",
        "Babe",
        "Mom",
        "Mum",
        "Mama",
        "Mami",
        "Papa",
        "Papi",
        "Dad",
        "Daddy",
        "Son",
        "Sis",
        "Bro",
        "Doc",
        "Doctor",
        "Nurse",
        "Teacher",
        "Love",
        "Lovely",
        "Sweet",
        "Sweety",
        "Princess",
        "Prince",
        "King",
        "Queen",
        "Lady",
        "Sir",
        "Miss",
        "Mister",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Senor",
        "Señor",
        "Senora",
        "Señora",
        "Don",
        "Doña",
        "Tio",
        "Tía",
        "Tia",
        "Abuela",
        "Abuelo",
        "Bebe",
        "Bebé",
        "Nene",
        "Nena",
        "Niño",
        "Niña",
        "Nino",
        "Nina",
        "Call",
        "Give",
        "Keep",
        "Most",
        "Many",
        "Some",
        "Every",
        "Each",
        "Both",
        "This",
        "That",
        "These",
        "Those",
        "When",
        "Where",
        "What",
        "Which",
        "Who",
        "Why",
        "How",
        "Call",
        "Text",
        "Email",
        "Phone",
        "Fever",
        "Cough",
        "Rash",
        "Flu",
        "Covid",
        "Vaccine",
        "Shot",
        "Clinic",
        "Office",
        "Hospital",
        "School",
        "Daycare",
        "Park",
        "Street",
        "Avenue",
        "Road",
        "Drive",
        "Lane",
        "North",
        "South",
        "East",
        "West",
    ]
)


def latin(name: str) -> bool:
    """A name in a Latin alphabet ("Đặng", "Łukasz" included; not Cyrillic, Arabic, CJK)."""
    return bool(LATIN_NAME.match(fold(name).capitalize())) and len(name) >= 3


def best_ranks(table: dict[str, dict]) -> dict[str, int]:
    """{name: its best rank in any country} for the Latin-alphabet names of a table."""
    return {
        name: min(info["rank"].values())
        for name, info in table.items()
        if info.get("rank") and latin(name)
    }


def fold(word: str) -> str:
    """Lower case without accents, exactly as the guard compares (lexicon.fold)."""
    return lexicon.fold(word)


def words(paths: tuple[Path, ...] = WORD_LISTS) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if word and word[0].islower() and "'" not in word:
                found.add(fold(word))
    return found


def is_word(key: str, vocabulary: set[str], spanish: set[str]) -> bool:
    """A word, or a Spanish plural ("dolores", "mercedes", "ángeles"; wspanish lists
    singulars)."""
    # (a singular of three letters makes no plural in "-s", nor one of two in "-es": "ines"
    # is Inés, not "ine"s or "in"es; "reyes" is "rey"es)
    return key in vocabulary or key in SPANISH_NAME_WORDS or (
        key.endswith("s") and ((len(key) > 4 and key[:-1] in spanish)
                               or (key.endswith("es") and len(key) > 4 and key[:-2] in spanish))
    )


def write(name: str, items: set[str], source: str) -> None:
    header = f"# Generated by generate_names.py from {source}; see its docstring.\n"
    (HERE / name).write_text(header + "\n".join(sorted(items)) + "\n", encoding="utf-8")


def write_common_words(vocabulary: set[str]) -> None:
    """`common_words.txt.gz`: every dictionary word of 3 to 16 letters (gzip: 0.4 MB, not 1.4),
    without the Spanish list's common names ("lópez", "maría"): those are names."""
    kept = sorted(w for w in vocabulary if 3 <= len(w) <= 16)
    data = gzip.compress("\n".join(kept).encode("utf-8"), compresslevel=9, mtime=0)
    (HERE / "common_words.txt.gz").write_bytes(data)


def main() -> None:
    from names_dataset import NameDataset  # the 1-2 GB dataset, loaded here only

    dataset = NameDataset()
    first, last = best_ranks(dataset.first_names), best_ranks(dataset.last_names)
    given = ({n for n, r in first.items() if r <= GIVEN_TOP} | children_names()
             | (WORD_NAMES & set(first))) - (NOT_NAMES - WORD_NAMES)
    surnames = ({n for n, r in last.items() if r <= SURNAME_TOP}
                | (WORD_NAMES & set(last))) - (NOT_NAMES - WORD_NAMES)
    # Second names of compound given names ("María José", "Juan Pablo", "Anne Marie"): top
    # given names where such names are usual, used more as given names than as surnames.
    compound = {
        name
        for name, info in dataset.first_names.items()
        if name in first
        and first[name] < last.get(name, 10**9)
        and any(info["rank"].get(c, 10**9) <= COMPOUND_TOP for c in COMPOUND_COUNTRIES)
    } - NOT_NAMES
    english, spanish = words(WORD_LISTS[:1]), words(WORD_LISTS[1:])
    # wspanish lists common names and surnames in lower case ("maría", "lópez", "garcía"): those
    # are names, not words, unless they are also ordinary words (SPANISH_NAME_WORDS).
    common = {
        fold(name)
        for table, top in ((dataset.first_names, 150), (dataset.last_names, 300))
        for name, info in table.items()
        if any(info["rank"].get(c, 10**9) <= top for c in SPANISH_COUNTRIES)
    }
    vocabulary = english | {w for w in spanish if w not in common or w in SPANISH_NAME_WORDS}
    also_words = {n for n in given | surnames
                  if is_word(fold(n), vocabulary, spanish) or n in WORD_NAMES}
    source = f"names-dataset (top {GIVEN_TOP} given / {SURNAME_TOP} surnames per country)"
    write("given_names.txt", given, source)
    write("surnames.txt", surnames, source)
    write("compound_given.txt", compound, source)
    write("name_words.txt", also_words, "the two lists above and wamerican + wspanish")
    write_common_words(vocabulary)
    print(f"{len(given)} given names, {len(surnames)} surnames, {len(also_words)} also words")


if __name__ == "__main__":
    main()
