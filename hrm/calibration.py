"""Calibrated confidence for a post-editing model: the probability that its answer is at
least as good as the draft it started from.

The Q head's raw probability is trained on "every token exactly right", which a real port
almost never is, and it is not a probability anyone measured. After training, the answers
to held-out pairs are compared with the reference: was the model's Go at least as close to
it (chrF) as the draft? A logistic regression maps what the model knows at decoding time
(its token log-probabilities, the Q logit, how far it moved from the draft, whether it ended
by itself) to that outcome. ``auto`` takes the model's answer when this probability is high
enough. Stored in the checkpoint as plain numbers.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from l2j_lsp.hrm.generate import Generation

FEATURES = ("mean_logprob", "min_logprob", "q_logit", "moved", "unfinished")
# Below this many held-out answers, or with only one outcome, a regression is not fitted:
# the confidence is the observed rate (add-one smoothed).
MIN_EXAMPLES = 8
# L2 penalty of the weights (features are standardised): few examples, few features.
L2 = 1.0


def moved_from(answer: str, draft: str) -> float:
    """0 when the answer is the draft, up to 1 when they share no whitespace-split token."""
    if not draft:
        return 1.0
    return 1.0 - difflib.SequenceMatcher(None, answer.split(), draft.split(), False).ratio()


def features(gen: Generation, draft: str) -> list[float]:
    q = min(max(gen.confidence, 1e-6), 1 - 1e-6)
    return [
        gen.mean_logprob,
        gen.min_logprob,
        math.log(q / (1 - q)),
        moved_from(gen.text, draft),
        0.0 if gen.finished else 1.0,
    ]


@dataclass
class Calibration:
    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]
    examples: int
    # Share of the held-out answers that were at least as good as their draft.
    base_rate: float
    # The copy gate shift the answers were decoded with (hrm.copy.CopyHead.gate_shift).
    gate_shift: float = 0.0

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias + sum(
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": "at least as good as the draft (chrF)",
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "examples": self.examples,
            "base_rate": self.base_rate,
            "gate_shift": self.gate_shift,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Calibration:
        if list(data.get("features", [])) != list(FEATURES):
            raise ValueError("calibration features differ from this version's")
        return cls(
            [float(w) for w in data["weights"]],
            float(data["bias"]),
            [float(m) for m in data["mean"]],
            [float(s) for s in data["scale"]],
            int(data["examples"]),
            float(data["base_rate"]),
            float(data.get("gate_shift", 0.0)),
        )


def fit(
    rows: Sequence[Sequence[float]], outcomes: Sequence[bool], gate_shift: float = 0.0
) -> Calibration:
    """Logistic regression of ``outcomes`` on standardised ``rows`` (L2-penalised Newton
    steps; a handful of features and examples)."""
    n = len(rows)
    rate = (sum(outcomes) + 1) / (n + 2)
    width = len(FEATURES)
    if n < MIN_EXAMPLES or all(outcomes) or not any(outcomes):
        prior = math.log(rate / (1 - rate))
        return Calibration([0.0] * width, prior, [0.0] * width, [1.0] * width, n, rate, gate_shift)
    x = torch.tensor(rows, dtype=torch.float64)
    y = torch.tensor([float(o) for o in outcomes], dtype=torch.float64)
    mean = x.mean(0)
    scale = x.std(0, unbiased=False).clamp(min=1e-6)
    xs = torch.cat((torch.ones(n, 1, dtype=torch.float64), (x - mean) / scale), dim=1)
    w = torch.zeros(width + 1, dtype=torch.float64)
    penalty = torch.eye(width + 1, dtype=torch.float64) * L2
    penalty[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = torch.sigmoid(xs @ w)
        grad = xs.T @ (p - y) + penalty @ w
        hess = xs.T @ (xs * (p * (1 - p))[:, None]) + penalty
        step = torch.linalg.solve(hess, grad)
        w = w - step
        if float(step.abs().max()) < 1e-8:
            break
    return Calibration(
        [float(v) for v in w[1:]],
        float(w[0]),
        [float(v) for v in mean],
        [float(v) for v in scale],
        n,
        sum(outcomes) / n,
        gate_shift,
    )
