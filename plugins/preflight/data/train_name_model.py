"""Train the name model (`name_model.json.gz`; a developer's tool, never run at check time).

    .venv/bin/python plugins/preflight/data/train_name_model.py          # write the model
    .venv/bin/python plugins/preflight/data/train_name_model.py --folds  # and print its folds

What it learns from: the hits the rules find (`privacy.rule_hits`, before the model reads
them) in the corpus' **tune half** and its **dev folder** (`tests/preflight/corpus/dev`:
private sets after their one fair read, and clean notes written to be full of names that
are nobody's patient). Only the two kinds of name hits the model reads (`name_score.kind_of`)
are examples:
- in a clean note, every one is a 0 (no patient is named there);
- in a leaky note whose leak is a name (`Expect: privacy-name …`), every one is a 1. (A few
  are another person's name beside the leak; the model learns a little less sharply for it.)
- a leaky note whose leak is something else teaches nothing: its names may be anyone's.
The report half and the private sets written after the model are never read, so they stay
a fair measure (the corpus README).

How: logistic regression by stochastic gradient descent (seeded, so a retrain writes the
same file) over `name_score.features`. Clean examples are far fewer than leaky ones (the rules
were tuned to free them), so each weighs `CLEAN_WEIGHT` times as much. Weights smaller than
`PRUNE` are dropped.

The threshold: the model takes a hit back under `THRESHOLD`. `--folds` says what that costs,
per corpus: its batches (one practice each) are split into five folds, each fold is read by a
model trained on the other four, and the table gives, per threshold, the leaky notes no longer
stopped (every hit that stopped them taken back) and the clean notes no longer held back.
Measured when it was chosen (session 20), see `about.folds` in the model file and the README.
"""

from __future__ import annotations

import argparse
import logging
import pickle
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from pelican.settings import read_settings
from preflight import logistic, name_score
from preflight.evaluation import labelled_notes, site_of
from preflight.logistic import fit
from preflight.notefile import read_note
from preflight.privacy import note_language, rule_hits

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPORA = (ROOT / "tests" / "preflight" / "corpus" / "tune",
           ROOT / "tests" / "preflight" / "corpus" / "dev")
THRESHOLD = 0.05
CLEAN_WEIGHT = 10.0
EPOCHS, RATE, DECAY, L2, SEED = 8, 0.1, 0.8, 1e-4, 0
PRUNE = 0.01
FOLDS = 5
CUTS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


@dataclass
class Note:
    """One corpus note as the model sees it: the rules' hits, and the model's features of
    those it reads."""

    corpus: str
    batch: str
    label: str | None  # "code LEVEL" for a leaky note, None for a clean one
    lang: str
    #: code, level, and for a hit the model reads: (its text, start, end, kind, key)
    found: list[tuple[str, str, tuple[str, int, int, str, str] | None]]
    hits: list[tuple[str, str, dict[str, float] | None]] = field(default_factory=list)

    @property
    def target(self) -> int | None:
        """1, 0, or None (teaches nothing: see the module's docstring)."""
        if self.label is None:
            return 0
        return 1 if self.label.startswith("privacy-name ") else None

    def read(self) -> None:
        """The features of the hits the model reads (`name_score.features`)."""
        self.hits = [(code, level, name_score.features(
            place[0], place[1], place[2], kind=place[3], key=place[4], lang=self.lang)
            if place else None) for code, level, place in self.found]


def read_corpus(corpus: Path, settings: dict) -> list[Note]:
    """Every note of `corpus` with the rules' hits."""
    notes = []
    for path, expected, context in labelled_notes(corpus, settings):
        note = read_note(path, context.root)
        found = rule_hits(note, context)
        found_here = []
        for segment, hit in found:
            kind = name_score.read_as(segment.text, hit, prose=segment.kind == "prose")
            place = (segment.text, hit.start, hit.end, kind, segment.key) if kind else None
            found_here.append((hit.code, hit.level.value, place))
        label = f"{expected[0]} {expected[1].value}" if expected else None
        notes.append(Note(corpus.name, site_of(path), label,
                          note_language(note, context)[:2], found_here))
    return notes


def train(notes: Sequence[Note]) -> name_score.NameModel:
    """A model fitted to the notes' name hits (seeded SGD on the weighted log loss)."""
    data = [(values, note.target) for note in notes if note.target is not None
            for _, _, values in note.hits if values is not None]
    weights, bias = fit(data, epochs=EPOCHS, rate=RATE, decay=DECAY, l2=L2, seed=SEED,
                        weight=lambda y: 1.0 if y else CLEAN_WEIGHT)
    kept = {k: w for k, w in weights.items() if abs(w) >= PRUNE}
    return name_score.NameModel(kept, bias, THRESHOLD, {})


def outcome(note: Note, keeps: Sequence[bool]) -> tuple[bool, bool]:
    """(stopped, at the expected level) of a note whose hits are kept as `keeps` says."""
    kept = [(code, level) for (code, level, _), keep in zip(note.hits, keeps, strict=True)
            if keep]
    expected = tuple(note.label.split()) if note.label else None
    return bool(kept), expected in kept


def folds(notes: Sequence[Note]) -> dict[str, dict[float, dict[str, int]]]:
    """Per corpus and threshold: leaky notes no longer stopped, no longer at level, and
    clean notes no longer held back, each note read by a model that never saw its batch."""
    batches = sorted({(n.corpus, n.batch) for n in notes})
    random.Random(1).shuffle(batches)
    fold_of = {b: i % FOLDS for i, b in enumerate(batches)}
    scores: dict[int, list[float]] = {}
    for k in range(FOLDS):
        model = train([n for n in notes if fold_of[n.corpus, n.batch] != k])
        for n in notes:
            if fold_of[n.corpus, n.batch] == k:
                scores[id(n)] = [name_score.probability(model, v) if v is not None else 1.0
                                 for _, _, v in n.hits]
    table: dict[str, dict[float, dict[str, int]]] = defaultdict(dict)
    for corpus in sorted({n.corpus for n in notes}):
        mine = [n for n in notes if n.corpus == corpus]
        for t in CUTS:
            row = {"leaky": 0, "clean": 0, "stopped_lost": 0, "at_level_lost": 0,
                   "clean_flagged": 0, "clean_freed": 0}
            for n in mine:
                before = outcome(n, [True] * len(n.hits))
                after = outcome(n, [p >= t for p in scores[id(n)]])
                if n.label is None:
                    row["clean"] += 1
                    row["clean_flagged"] += before[0]
                    row["clean_freed"] += before[0] and not after[0]
                else:
                    row["leaky"] += 1
                    row["stopped_lost"] += before[0] and not after[0]
                    row["at_level_lost"] += before[1] and not after[1]
            table[corpus][t] = row
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a corpus folder (leaky/, clean/); default: tune and dev")
    parser.add_argument("--out", type=Path, default=name_score.MODEL_PATH)
    parser.add_argument("--folds", action="store_true", help="print the held-out fold table")
    parser.add_argument("--hits", type=Path,
                        help="keep the rules' hits in this file and read them from it when it "
                             "exists (a faster retrain while the features change; delete it "
                             "whenever a rule changes)")
    args = parser.parse_args(argv)
    logging.getLogger("pelican").setLevel(logging.ERROR)
    # (Pelican's own reading of the project's settings: the guard's settings are all in the
    # file, and this package imports nothing above it)
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    corpora = [c.resolve() for c in (args.corpus or CORPORA)]
    if args.hits and args.hits.exists():
        notes = pickle.loads(args.hits.read_bytes())
    else:
        notes = [n for corpus in corpora for n in read_corpus(corpus, settings)]
        if args.hits:
            args.hits.write_bytes(pickle.dumps(notes))
    for note in notes:
        note.read()
    examples = [n.target for n in notes if n.target is not None for *_, v in n.hits if v]
    about: dict[str, object] = {
        "trained_on": [str(c.relative_to(ROOT) if c.is_relative_to(ROOT) else c)
                       for c in corpora],
        "name_hits": len(examples), "patients": sum(examples),
        "epochs": EPOCHS, "rate": RATE, "decay": DECAY, "l2": L2, "seed": SEED,
        "prune": PRUNE, "clean_weight": CLEAN_WEIGHT,
    }
    if args.folds:
        table = folds(notes)
        about["folds"] = {corpus: {str(t): row for t, row in rows.items()}
                          for corpus, rows in table.items()}
        for corpus, rows in table.items():
            print(corpus)
            for t, r in rows.items():
                print(f"  under {t:.2f}: leaky {r['leaky']}: {r['stopped_lost']} no longer "
                      f"stopped, {r['at_level_lost']} no longer at level; clean {r['clean']}: "
                      f"{r['clean_flagged']} held back, {r['clean_freed']} freed")
    model = train(notes)
    model = name_score.NameModel(model.weights, model.bias, THRESHOLD, about)
    logistic.write(args.out, name_score.to_json(model))
    print(f"{args.out.name}: {len(model.weights)} weights from {len(examples)} name hits "
          f"({sum(examples)} of patients), {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
