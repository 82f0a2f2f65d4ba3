"""Print the privacy guard's figures per class on one half of the labelled corpus.

    .venv/bin/python benchmarks/preflight_eval.py [--half tune|report] [--corpus PATH] [-v]

The corpus is tests/preflight/corpus/<half>/ (see its README): `leaky/` notes each declare
`Expect: code LEVEL`; `clean/` notes must raise no privacy finding that stops the publish.
Per class: notes, stopped (a privacy finding stops the publish), at level (the expected code
at the expected level); then false positives on clean notes; overall and per language.
Settings are the repository's pelicanconf.py (the practice's own numbers, address and staff
names are the allowlists). `-v` lists the misses and the false positives: use it on the
tune half only (the report half is held out: its misses are not to be tuned to).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from preflight.evaluation import Evaluation, evaluate  # noqa: E402
from publishing.project import Project  # noqa: E402

CORPUS = ROOT / "tests" / "preflight" / "corpus"


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def print_table(result: Evaluation, lang: str | None) -> None:
    title = "all languages" if lang is None else f"Lang: {lang}"
    print(f"\n== {title} ==")
    print(f"{'class':28} {'notes':>5} {'stopped':>8} {'':>6} {'at level':>8} {'':>6}")
    for key, row in result.by_class(lang).items():
        print(f"{key:28} {row.notes:5} {row.stopped:8} {_pct(row.stopped, row.notes)} "
              f"{row.at_level:8} {_pct(row.at_level, row.notes)}")
    total, clean, flagged = result.totals(lang)
    print(f"{'ALL leaky notes':28} {total.notes:5} {total.stopped:8} "
          f"{_pct(total.stopped, total.notes)} {total.at_level:8} "
          f"{_pct(total.at_level, total.notes)}")
    print(f"clean notes: {clean}; flagged (a privacy finding stops the publish): {flagged} "
          f"{_pct(flagged, clean)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report"), default="tune")
    parser.add_argument("--corpus", type=Path, help="a folder holding leaky/ and clean/")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and FPs")
    args = parser.parse_args()
    logging.getLogger("pelican").setLevel(logging.ERROR)
    corpus = args.corpus or CORPUS / args.half
    settings = Project(ROOT).load_settings(production=False)
    result = evaluate(corpus, settings, root=corpus.parent)
    print(f"corpus: {corpus}")
    for lang in (None, "en", "es"):
        print_table(result, lang)
    if args.verbose:
        for note in result.leaky:
            if not note.caught:
                seen = sorted({f"{f.code} {f.level.value}" for f in note.findings
                               if f.code.startswith("privacy-")})
                state = "stopped" if note.stopped else "MISSED"
                print(f"  {state}: {note.path.name} expected {note.expected[0]} "  # type: ignore[index]
                      f"{note.expected[1].value}; got {seen}")  # type: ignore[index]
        for note in result.false_positive_notes:
            for finding in note.false_positives:
                print(f"  FP {note.path.name}: {finding.format()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
