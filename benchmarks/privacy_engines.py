"""Compare the field's PHI/PII engines with the Rounds guard on the labelled corpus.

    .venv/bin/pip install ".[eval]"     # the candidates (not needed by `make test`)
    .venv/bin/python benchmarks/privacy_engines.py [--half tune] [--engines a,b]

Each candidate reads each corpus note's text (metadata and body, the `Expect:` line removed)
and answers with the labels it found. Per class of leaky note: stopped (the engine found
something, so the note would be held) and right class (it found the class the note leaks);
on clean notes: false positives (it found anything); and the time per note after loading,
plus the load time and the memory it took. The results are written up in
benchmarks/privacy_engines.md (why the guard keeps what it keeps).

Offline limits, measured as they are: philter-lite's part-of-speech filters need NLTK's
tagger data, which only downloads from the internet; it is run with a stand-in tagger
(capitalised words tagged as proper nouns). presidio-analyzer's pattern recognizers are used
directly, without a spaCy model (none installs from the package registries offline), so its
person and place recognition (spaCy NER) is not part of the comparison.
"""

from __future__ import annotations

import argparse
import logging
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from preflight.evaluation import corpus_files, note_metadata  # noqa: E402

CORPUS = ROOT / "tests" / "preflight" / "corpus"
Engine = Callable[[str], set[str]]
_CAPITAL = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüë]+\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def load_philter() -> Engine:
    import philter_lite
    from philter_lite import philter

    def tagger(text: str) -> list[tuple[str, str]]:
        words = re.findall(r"\S+|\s+", text)
        return [(w, "NNP" if w[:1].isupper() else "NN") for w in words]

    philter._get_pos = tagger  # stand-in: NLTK's tagger data cannot be fetched offline
    config = Path(philter_lite.__file__).parent / "configs" / "philter_delta.toml"
    filters = philter_lite.load_filters(str(config))

    def run(text: str) -> set[str]:
        _, _, tracker = philter_lite.detect_phi(text, filters)
        return {entry.phi_type for entry in tracker.phi}

    return run


def load_presidio() -> Engine:
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    from presidio_analyzer import predefined_recognizers as rec

    recognizers = [
        rec.PhoneRecognizer(),
        rec.EmailRecognizer(),
        rec.UsSsnRecognizer(),
        rec.IpRecognizer(),
        rec.UrlRecognizer(),
        rec.CreditCardRecognizer(),
        rec.UsBankRecognizer(),
        rec.UsLicenseRecognizer(),
        rec.UsPassportRecognizer(),
        rec.UsItinRecognizer(),
        rec.MedicalLicenseRecognizer(),
        rec.DateRecognizer(),
    ]

    def run(text: str) -> set[str]:
        found = set()
        for recognizer in recognizers:
            for result in recognizer.analyze(text, recognizer.supported_entities, None):
                if result.score >= 0.4:
                    found.add(result.entity_type)
        return found

    return run


def load_usaddress() -> Engine:
    import usaddress

    def run(text: str) -> set[str]:
        for line in re.split(r"(?<=[.!?])\s+|\n", text):
            if not re.search(r"\d", line):
                continue
            labels = {label for _, label in usaddress.parse(line)}
            if {"AddressNumber", "StreetName"} <= labels and (
                labels & {"StreetNamePostType", "ZipCode", "PlaceName", "USPSBoxID"}
            ):
                return {"ADDRESS"}
        return set()

    return run


def load_probablepeople() -> Engine:
    import probablepeople

    def run(text: str) -> set[str]:
        for match in re.finditer(rf"{_CAPITAL.pattern}(?:\s+{_CAPITAL.pattern}){{1,2}}", text):
            try:
                parsed, kind = probablepeople.tag(match.group(0))
            except probablepeople.RepeatedLabelError:
                continue
            if kind == "Person" and "GivenName" in parsed and "Surname" in parsed:
                return {"PERSON"}
        return set()

    return run


def load_names_dataset() -> Engine:
    from names_dataset import NameDataset

    dataset = NameDataset(load_last_names=False)
    first = dataset.first_names

    def run(text: str) -> set[str]:
        for match in _CAPITAL.finditer(text):
            if _SENTENCE_START.search(text[: match.start()]):
                continue
            info = first.get(match.group(0))
            if info and info["rank"] and min(info["rank"].values()) <= 500:
                return {"PERSON"}
        return set()

    return run


def load_phonenumbers() -> Engine:
    import phonenumbers

    def run(text: str) -> set[str]:
        return {"PHONE"} if any(phonenumbers.PhoneNumberMatcher(text, "US")) else set()

    return run


def load_rounds() -> Engine:
    from preflight.privacy import policy_from_settings, scan
    from publishing.project import Project

    logging.getLogger("pelican").setLevel(logging.ERROR)
    policy = policy_from_settings(Project(ROOT).load_settings(production=False))

    def run(text: str) -> set[str]:
        return {hit.code for hit in scan(text, policy) if hit.level.value in ("BLOCK", "WARN")}

    return run


ENGINES: dict[str, Callable[[], Engine]] = {
    "philter-lite": load_philter,
    "presidio-patterns": load_presidio,
    "usaddress": load_usaddress,
    "probablepeople": load_probablepeople,
    "names-dataset": load_names_dataset,
    "phonenumbers": load_phonenumbers,
    "rounds-guard": load_rounds,
}
#: Which engine labels answer which corpus class (for the "right class" column).
LABELS: dict[str, set[str]] = {
    "privacy-name": {"NAME", "PERSON", "privacy-name"},
    "privacy-address": {"ADDRESS", "LOCATION", "privacy-address"},
    "privacy-zip": {"ADDRESS", "LOCATION", "privacy-zip"},
    "privacy-place": {"ADDRESS", "LOCATION", "privacy-place"},
    "privacy-dob": {"DATE", "DATE_TIME", "privacy-dob"},
    "privacy-date": {"DATE", "DATE_TIME", "privacy-date"},
    "privacy-age": {"AGE", "privacy-age"},
    "privacy-phone": {"CONTACT", "PHONE", "PHONE_NUMBER", "privacy-phone"},
    "privacy-fax": {"CONTACT", "PHONE", "PHONE_NUMBER", "privacy-fax"},
    "privacy-email": {"CONTACT", "EMAIL_ADDRESS", "privacy-email"},
    "privacy-ssn": {"ID", "US_SSN", "US_ITIN", "privacy-ssn"},
    "privacy-ip": {"ID", "IP_ADDRESS", "privacy-ip"},
    "privacy-url": {"URL", "CONTACT", "privacy-url"},
    "privacy-social": {"URL", "CONTACT", "privacy-social"},
}


UNPUBLISHED = frozenset(
    [
        "expect",
        "date",
        "modified",
        "reviewed",
        "status",
        "lang",
        "syndicate",
        "deidentified",
        "sponsored",
        "coi",
    ]
)


def corpus_texts(half: Path) -> list[tuple[str, str | None, str]]:
    """(text, expected code or None, lang) for every note of a half."""
    notes = []
    for kind in ("leaky", "clean"):
        for path in corpus_files(half / kind):
            meta = note_metadata(path)
            text = path.read_text(encoding="utf-8")
            # What is published: each metadata value that reaches a reader is its own
            # paragraph (the date, the expectation, the language and switches never do).
            if path.suffix == ".md" and "\n\n" in text:
                head, body = text.split("\n\n", 1)
                values = [
                    m["value"]
                    for m in re.finditer(r"(?m)^(?P<key>\w+):\s*(?P<value>.*)$", head)
                    if m["key"].lower() not in UNPUBLISHED
                ]
                text = "\n\n".join([*values, body])
            text = re.sub(r"<meta name=\"(?:expect|date|lang|slug)\"[^>]*>", "", text)
            expect = meta.get("expect", "").split()
            notes.append((text, expect[0] if expect else None, meta.get("lang", "en")[:2]))
    return notes


def measure(name: str, notes: list[tuple[str, str | None, str]]) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    engine = ENGINES[name]()
    load = time.perf_counter() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    clean = flagged = 0
    started = time.perf_counter()
    for text, expect, _ in notes:
        try:
            labels = engine(text)
        except Exception as error:  # an engine that crashes on a note has not found anything
            print(f"  {name}: error {type(error).__name__}: {error}"[:160])
            labels = set()
        if expect is None:
            clean += 1
            flagged += bool(labels)
            continue
        row = table[expect]
        row[0] += 1
        row[1] += bool(labels)
        row[2] += bool(labels & LABELS.get(expect, {expect}))
    per_note = (time.perf_counter() - started) / max(len(notes), 1) * 1000
    leaky = [sum(r[i] for r in table.values()) for i in range(3)]
    print(f"\n## {name}: load {load:.2f} s, +{grown:.0f} MB peak memory, {per_note:.2f} ms/note")
    print(f"{'class':28} {'notes':>5} {'stopped':>7} {'right class':>11}")
    for code, (total, stopped, right) in sorted(table.items()):
        print(f"{code:28} {total:5} {stopped:7} {right:11}")
    print(
        f"{'ALL leaky':28} {leaky[0]:5} {leaky[1]:7} {leaky[2]:11}   "
        f"stopped {leaky[1] / max(leaky[0], 1):.0%}, right class "
        f"{leaky[2] / max(leaky[0], 1):.0%}"
    )
    print(f"clean notes flagged: {flagged}/{clean} ({flagged / max(clean, 1):.0%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="tune")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--engines", default=",".join(ENGINES))
    args = parser.parse_args()
    notes = corpus_texts(args.corpus or CORPUS / args.half)
    leaky = sum(1 for n in notes if n[1])
    print(f"{len(notes)} notes ({leaky} leaky, {len(notes) - leaky} clean)")
    for name in args.engines.split(","):
        measure(name, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
