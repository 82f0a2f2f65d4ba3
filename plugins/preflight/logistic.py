"""Logistic regression as the guard's two learned scores use it (`story_score`, `name_score`):
how they score, how they are stored, and the seeded fit their training scripts run.

Kept in one place so the story model and the name model are fitted, stored and read the same
way; pure Python (a few thousand sparse examples: no numeric library is worth its install).
"""

from __future__ import annotations

import gzip
import json
import math
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any


def sigmoid(z: float) -> float:
    """The logistic function, kept finite for any score."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(weights: Mapping[str, float], bias: float,
                values: Mapping[str, float]) -> float:
    """sigmoid(bias + sum(weight[f] * value[f])) over the features present."""
    return sigmoid(bias + sum(weights.get(name, 0.0) * v for name, v in values.items()))


def stored(weights: Mapping[str, float], bias: float, threshold: float,
           about: Mapping[str, object]) -> dict[str, object]:
    """A model as its data file holds it: rounded and sorted, so a retrain diffs."""
    return {"about": dict(about), "threshold": threshold, "bias": round(bias, 5),
            "weights": {k: round(v, 4) for k, v in sorted(weights.items())}}


def unstored(data: Mapping[str, Any]
             ) -> tuple[dict[str, float], float, float, dict[str, object]]:
    """(weights, bias, threshold, about) of a model as `stored` wrote it."""
    weights, about = data["weights"], data.get("about") or {}
    assert isinstance(weights, dict) and isinstance(about, dict)
    return ({str(k): float(v) for k, v in weights.items()}, float(str(data["bias"])),
            float(str(data["threshold"])), about)


def write(path: Path, data: Mapping[str, object]) -> None:
    """`data` as gzipped JSON; no name and no time in the gzip header, so the same model is
    the same bytes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                               compresslevel=9, mtime=0) as packed:
        packed.write(text.encode("utf-8"))


def read(path: Path) -> Any:
    """What `write` wrote (a missing file is a broken install, and says so)."""
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return json.load(stream)


def fit(data: Sequence[tuple[Mapping[str, float], int]], *, epochs: int, rate: float,
        decay: float, l2: float, seed: int,
        weight: Callable[[int], float] = lambda y: 1.0) -> tuple[dict[str, float], float]:
    """(weights, bias) fitted by stochastic gradient descent on the log loss, L2-regularised,
    each example's gradient scaled by `weight(label)`; the order is shuffled with `seed`, so
    the same data is the same model. The learning rate shrinks by `decay` each epoch."""
    examples = list(data)
    weights: dict[str, float] = {}
    bias = 0.0
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for values, y in examples:
            z = bias + sum(weights.get(k, 0.0) * v for k, v in values.items())
            gradient = (sigmoid(z) - y) * weight(y)
            bias -= rate * gradient
            for k, v in values.items():
                w = weights.get(k, 0.0)
                weights[k] = w - rate * (gradient * v + l2 * w)
        rate *= decay
    return weights, bias
