"""Train the story model (`story_model.json.gz` and its vocabulary `written_words.txt`; a
developer's tool, never run at check time).

    .venv/bin/python plugins/preflight/data/train_story_model.py          # write the model
    .venv/bin/python plugins/preflight/data/train_story_model.py --folds  # and print its folds

What it learns from: the corpus' **tune half only** (`tests/preflight/corpus/tune`): every
leaky note is a 1, every clean note a 0, whatever its class. The report half and the private
sets written after it are never read, so they stay a fair measure (the corpus README).

How: logistic regression by stochastic gradient descent (seeded, so a retrain writes the
same file) over `story_score.features`: each common word and pair of neighbouring words of
the note's prose, once, scaled by its length. Weights smaller than `PRUNE` are dropped:
they move no note across the threshold and keep the file small.

The threshold: the model stops a note at `THRESHOLD` or above. `--folds` says what that
costs: the tune half's batches (one practice each) are split into five folds, each fold is
scored by a model trained on the other four, and the table gives, per threshold, how many
leaky and clean notes score at or above it. Measured when it was chosen (session 17; 9,377
leaky and 9,423 clean notes of 20 words or more): at 0.95, 57.8% of leaky notes and 0.70%
of clean ones (at 0.90: 67.1% and 1.60%; at 0.98: 45.1% and 0.28%). The threshold was
chosen on these folds, for a clean cost under 1% (session 16's six private sets were
also read at several thresholds, as totals, while choosing, so they are no longer a fair
measure of it). With the rules, on four private sets written afterwards and read once,
with this threshold (400 leaky / 400 clean notes, totals only): 87.5% -> 95.5% of leaky
notes stopped, clean notes held 11.0% -> 11.2% (the README).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from preflight import logistic, story_score
from preflight.evaluation import corpus_files, site_of
from preflight.logistic import fit
from preflight.notefile import read_note
from preflight.segments import privacy_segments

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT / "tests" / "preflight" / "corpus" / "tune"
THRESHOLD = 0.95
EPOCHS, RATE, DECAY, L2, SEED = 6, 0.2, 0.7, 1e-4, 0
PRUNE = 0.01
FOLDS = 5

Example = tuple[list[str], int, str]  # the note's words as written, its label, its batch


def read_corpus(corpus: Path) -> list[Example]:
    """Every note of the half long enough to be scored: its prose words (as written), 1 if
    leaky, and its batch."""
    examples = []
    for label, kind in ((1, "leaky"), (0, "clean")):
        for path in corpus_files(corpus / kind):
            note = read_note(path, corpus)
            texts = [s.text for s in story_score.story_segments(privacy_segments(note))]
            spelled = [w for text in texts for _, w in story_score.words(text)]
            if len(spelled) < story_score.MIN_WORDS:
                continue  # never scored (story_score.MIN_WORDS), so never learnt from
            examples.append((spelled, label, site_of(path)))
    return examples


def vocabulary_of(examples: Sequence[Example]) -> frozenset[str]:
    """The words written in lower case in at least MIN_NOTES notes."""
    notes = Counter()
    for spelled, _, _ in examples:
        notes.update({w for w in spelled if w.islower()})
    return frozenset(w for w, n in notes.items() if n >= story_score.MIN_NOTES)


def train(examples: Sequence[Example]) -> story_score.StoryModel:
    """A model fitted to `examples` (seeded SGD on the log loss, L2-regularised)."""
    vocabulary = vocabulary_of(examples)
    data = [(story_score.features(story_score.tokens(s, vocabulary)), y) for s, y, _ in examples]
    weights, bias = fit(data, epochs=EPOCHS, rate=RATE, decay=DECAY, l2=L2, seed=SEED)
    kept = {k: w for k, w in weights.items() if abs(w) >= PRUNE}
    return story_score.StoryModel(kept, bias, vocabulary, THRESHOLD, {})


def folds(examples: Sequence[Example]) -> dict[float, tuple[int, int]]:
    """Per threshold: leaky and clean notes at or above it, each scored by a model that
    never saw its batch."""
    batches = sorted({b for _, _, b in examples})
    random.Random(1).shuffle(batches)
    fold_of = {b: i % FOLDS for i, b in enumerate(batches)}
    cuts = (0.5, 0.8, 0.9, 0.95, 0.98)
    counts = {t: [0, 0] for t in cuts}
    for k in range(FOLDS):
        model = train([e for e in examples if fold_of[e[2]] != k])
        for spelled, y, batch in examples:
            if fold_of[batch] == k:
                p = story_score.probability(model, story_score.features(
                    story_score.tokens(spelled, model.vocabulary)))
                for t in cuts:
                    counts[t][1 - y] += p >= t
    return {t: (a, b) for t, (a, b) in counts.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=story_score.MODEL_PATH)
    parser.add_argument("--folds", action="store_true", help="print the held-out fold table")
    args = parser.parse_args(argv)
    examples = read_corpus(args.corpus)
    leaky = sum(y for _, y, _ in examples)
    corpus = args.corpus.resolve()
    about: dict[str, object] = {
        "trained_on": str(corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus),
        "leaky": leaky, "clean": len(examples) - leaky,
        "epochs": EPOCHS, "rate": RATE, "decay": DECAY, "l2": L2, "seed": SEED, "prune": PRUNE,
    }
    if args.folds:
        table = folds(examples)
        about["folds"] = {str(t): {"leaky": a, "clean": b} for t, (a, b) in table.items()}
        for t, (a, b) in table.items():
            print(f"at {t:.2f}: leaky {a:5} ({a / leaky:6.1%})   "
                  f"clean {b:5} ({b / (len(examples) - leaky):6.2%})")
    model = train(examples)
    model = story_score.StoryModel(model.weights, model.bias, model.vocabulary, THRESHOLD, about)
    logistic.write(args.out, story_score.to_json(model))
    story_score.write_words(args.out.with_name(story_score.WORDS_PATH.name), model.vocabulary,
                            "Generated by train_story_model.py: the words the tune half writes "
                            f"in lower case in {story_score.MIN_NOTES} notes or more.")
    print(f"{args.out.name}: {len(model.weights)} weights, {len(model.vocabulary)} words, "
          f"{args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
