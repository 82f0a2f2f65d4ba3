"""Print the privacy guard's (and the other checks') recall per class on the labelled corpus,
and the false positives on the clean notes.

    .venv/bin/python benchmarks/preflight_eval.py [-v]

The corpus is tests/preflight/corpus/: `leaky/` notes each declare `Expect: code LEVEL`;
`clean/` notes must raise no BLOCK and no WARN. Settings are the repository's pelicanconf.py
(the practice's own numbers, address and staff names are the allowlists).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from preflight.evaluation import evaluate  # noqa: E402
from publishing.project import Project  # noqa: E402

CORPUS = ROOT / "tests" / "preflight" / "corpus"


def main(verbose: bool = False) -> int:
    logging.getLogger("pelican").setLevel(logging.ERROR)
    settings = Project(ROOT).load_settings(production=False)
    result = evaluate(CORPUS, settings, root=ROOT)
    print(f"{'class':32} {'caught':>6} {'total':>5} {'recall':>7}")
    caught_all = total_all = 0
    for key, (caught, total) in result.recall_by_class().items():
        caught_all += caught
        total_all += total
        print(f"{key:32} {caught:6} {total:5} {caught / total:7.0%}")
    print(f"{'ALL leaky notes':32} {caught_all:6} {total_all:5} {caught_all / total_all:7.0%}")
    for missed in result.missed:
        print(f"  missed: {missed.path.relative_to(ROOT)} (expected {missed.expected})")
    fps = sum(len(r.false_positives) for r in result.clean)
    print(f"clean notes: {len(result.clean)}; false positives (BLOCK or WARN): {fps} "
          f"in {len(result.false_positive_notes)} note(s)")
    for note in result.false_positive_notes:
        for finding in note.false_positives:
            print(f"  {finding.format()}")
    if verbose:
        for note in result.leaky:
            for finding in note.findings:
                print(f"  {finding.format()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main("-v" in sys.argv))
