"""Combine the evidence for (unit, code) pairs into one calibrated score.

Evidence per pair: the classifier's logit, the cosine to the code's definition, the keyword
score and (full tier) the word-vector similarity to the code's keywords, each also as a z-score
across the candidate codes of the unit (what matters for ranking is how a code compares with the
others). A logistic regression over these features gives the score, read as the probability that
the coder would apply the code to the unit.

The shipped default weights were fitted on the train split of the labelled benchmark set
(benchmarks/bench_suggest.py --fit-defaults), never on its test split. In a project they are
adapted to the coder's own decisions by stacking: the classifier is retrained on folds of the
coded segments and the held-out folds' evidence (coded = 1, not coded or rejected = 0) is used
- from ``MIN_CALIBRATION_UNITS`` coded units: to calibrate (Platt scaling of the default
  weighted sum: the ranking stays, the scores become the project's probabilities);
- from ``MIN_LEARNED_UNITS``: to learn all weights. Measured on the benchmark, learning the
  weights from a few dozen segments ranks worse than the defaults, hence the two steps.

Scores are scaled by the amount of evidence: a unit's features are shrunk toward those of an
empty unit by ``n / (n + EVIDENCE_K)`` (n = its distinct content lemmas, see
``units.evidence_count``). z-scores across codes are as large for "Käy, käy." as for a rich
paragraph; without the shrinkage a two-word turn got the same 0.94 as 300 words. The factor is
the same for every code of a unit and the empty unit's evidence is the same for every code
(``SuggestionModel.empty_features``), so the ranking within a unit does not change. Calibration
and learning see the shrunk features, so the scores stay probabilities. ``EVIDENCE_K`` was
chosen on the benchmark's train split; units below ``units.MIN_EVIDENCE_LEMMAS`` get no
suggestions at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from sklearn.linear_model import LogisticRegression

FEATURES = ("clf", "clf_z", "definition", "definition_z", "keywords", "soft", "soft_z")
# Defaults fitted on the benchmark's train split (see module docstring), in the order of
# FEATURES; with word vectors (full tier) and without (fallback tier: no "soft" evidence). Since
# evidence scaling they are the earlier fitted weights Platt-scaled on the shrunk features of the
# same split ("*_rescaled" of --fit-defaults): the same ranking, scores fitted to the scaling.
DEFAULTS = {
    ("zero_shot", True): ([0.0, 0.0, -0.01, 2.54, 1.37, -0.20, 0.56], -3.60),
    ("zero_shot", False): ([0.0, 0.0, 0.44, 2.03, 1.97, 0.0, 0.0], -3.08),
    ("trained", True): ([-0.14, 1.37, -0.11, 1.93, 0.81, -0.25, 0.56], -3.94),
    ("trained", False): ([1.15, 0.78, 0.25, 1.55, 1.07, 0.0, 0.0], -1.87),
}
MIN_CALIBRATION_UNITS = 20   # coded units before scores are calibrated on the project
MIN_LEARNED_UNITS = 300       # coded units before the weights themselves are learned
MIN_STACK_CODES = 2           # codes with at least 3 coded units, for either
#: Evidence lemmas at which a unit's evidence counts half. Chosen on the benchmark's train split
#: (benchmarks/bench_suggest.py --fit-defaults prints the log loss for several values).
EVIDENCE_K = 1.5


def _z(a: np.ndarray) -> np.ndarray:
    if a.shape[1] < 2:
        return np.zeros_like(a)
    return (a - a.mean(axis=1, keepdims=True)) / (a.std(axis=1, keepdims=True) + 1e-6)


def evidence(clf: Optional[np.ndarray], definition: np.ndarray, keywords: np.ndarray,
             soft: Optional[np.ndarray]) -> np.ndarray:
    """Stack the evidence into (units, codes, features) in the order of FEATURES."""
    zeros = np.zeros_like(definition)
    clf = zeros if clf is None else clf
    soft = zeros if soft is None else soft
    return np.stack([clf, _z(clf), definition, _z(definition), keywords, soft, _z(soft)], axis=2)


def evidence_weight(counts, k: Optional[float] = None) -> np.ndarray:
    """How far each unit's evidence counts, 0..1: n / (n + EVIDENCE_K) for n evidence lemmas."""
    n = np.asarray(counts, dtype=np.float64)
    k = EVIDENCE_K if k is None else k
    return n / (n + k) if k > 0 else np.ones_like(n)


def shrink(feats: np.ndarray, empty: np.ndarray, counts, k: Optional[float] = None) -> np.ndarray:
    """Features (units, codes, features) moved toward those of an empty unit (1, codes,
    features) by ``evidence_weight``: with no evidence a unit scores what an empty one does."""
    w = evidence_weight(counts, k)[:, None, None]
    return empty + (feats - empty) * w


@dataclass
class Combiner:
    """A logistic model over the evidence features.

    ``mode``: "default" (shipped weights), "calibrated" (default weights, Platt-scaled on the
    project) or "learned" (weights fitted on the project).
    """

    weights: list = field(default_factory=lambda: list(DEFAULTS[("zero_shot", False)][0]))
    bias: float = DEFAULTS[("zero_shot", False)][1]
    mode: str = "default"

    @classmethod
    def default(cls, trained: bool, vectors: bool) -> "Combiner":
        """The shipped weights for a model with (or without) a classifier and word vectors."""
        weights, bias = DEFAULTS[("trained" if trained else "zero_shot", vectors)]
        return cls(list(weights), bias)

    def linear(self, feats: np.ndarray) -> np.ndarray:
        """The weighted sum (units, codes) before the logistic function: the ranking score."""
        return feats @ np.asarray(self.weights, dtype=np.float64) + self.bias

    def score(self, feats: np.ndarray) -> np.ndarray:
        """Calibrated scores (units, codes) in 0..1."""
        return 1.0 / (1.0 + np.exp(-self.linear(feats)))

    def calibrated(self, feats: np.ndarray, labels: np.ndarray, weights: Optional[np.ndarray] = None
                   ) -> "Combiner":
        """Platt scaling: fit score = sigmoid(a * linear + b) on held-out evidence; same ranking."""
        r = self.linear(feats).reshape(-1, 1)
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit(r, labels.reshape(-1), sample_weight=None if weights is None else weights.reshape(-1))
        a, b = float(model.coef_[0][0]), float(model.intercept_[0])
        if a <= 0:  # the project's decisions contradict the evidence: keep the defaults
            return self
        return Combiner([round(a * w, 4) for w in self.weights], round(a * self.bias + b, 4), "calibrated")

    @classmethod
    def fit(cls, feats: np.ndarray, labels: np.ndarray, weights: Optional[np.ndarray] = None,
            use: Optional[list[str]] = None) -> "Combiner":
        """Learn all weights from evidence (n, codes, features) and 0/1 labels (n, codes).

        ``use`` names the features to learn (others get weight 0), e.g. without "soft" in the
        fallback tier where there are no vectors.
        """
        use = use or list(FEATURES)
        cols = [FEATURES.index(f) for f in use]
        X = feats[:, :, cols].reshape(-1, len(cols))
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit(X, labels.reshape(-1), sample_weight=None if weights is None else weights.reshape(-1))
        full = [0.0] * len(FEATURES)
        for c, value in zip(cols, model.coef_[0]):
            full[c] = round(float(value), 4)
        return cls(full, round(float(model.intercept_[0]), 4), "learned")

    def as_dict(self) -> dict:
        """For the stored model's metadata."""
        return {"weights": self.weights, "bias": self.bias, "mode": self.mode}

    @classmethod
    def from_dict(cls, data: dict) -> "Combiner":
        """Inverse of ``as_dict``."""
        return cls(list(data["weights"]), float(data["bias"]), str(data.get("mode", "default")))
