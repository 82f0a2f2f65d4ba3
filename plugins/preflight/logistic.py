"""Logistic regression as the guard's two learned scores use it (`story_score`, `name_score`):
the logistic function they score with, and the seeded fit their training scripts run.

Kept in one place so the story model and the name model are fitted, and read, the same way;
pure Python (a few thousand sparse examples: no numeric library is worth its install).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence


def sigmoid(z: float) -> float:
    """The logistic function, kept finite for any score."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


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
