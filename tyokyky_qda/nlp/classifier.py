"""Evidence from the project's own coding: one logistic regression per code (one-vs-rest).

Chosen by measurement on the labelled Finnish set (benchmarks/data; comparisons run during
development, outside the harness): with 10 examples per goal, logistic regression on lemma and
character n-gram TF-IDF reached top-1 ≈ 0.66 on its own, nearest centroid ≈ 0.58, 3-nearest
neighbours ≈ 0.57, and combined with the codebook evidence it stayed the best or equal. It
trains in seconds on thousands of segments (per-code fits run in parallel threads).

Training examples per code: positives are segments coded with it and the code's own codebook
profile (so a code with few codings still knows its definition); negatives are segments coded
with a sibling code but not this one (weight 1), other coded segments (weight ``OTHER_WEIGHT``,
since a segment coded only with a measure may still be about a goal), the profiles of the other
codes, and units where the coder rejected this code's suggestion (weight ``REJECT_WEIGHT``).
Only the columns that occur in the training data are kept, so the stored model stays small.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

C_VALUE = 4.0
WORKERS = max(1, min(4, os.cpu_count() or 1))
MAX_ROWS = 1000        # negatives are subsampled beyond this many rows per code (training time)
OTHER_WEIGHT = 0.3
PROFILE_WEIGHT = 1.0
REJECT_WEIGHT = 1.5


@dataclass
class TrainingSet:
    """Feature rows with their codes, as the classifier needs them."""

    X: sp.csr_matrix                 # segments, then profiles, then rejected units
    labels: list[set]                # code ids per row (empty for rejected units)
    rejected: list[set]              # code ids a coder rejected for the row
    is_profile: np.ndarray           # True for codebook profile rows


@dataclass
class OneVsRest:
    """Per-code linear models over a subset of feature columns."""

    code_ids: list[int]
    columns: np.ndarray              # used feature columns (indexes into the full space)
    coef: np.ndarray                 # (codes, used columns) float32
    intercept: np.ndarray            # (codes,)

    def decision(self, X: sp.csr_matrix) -> np.ndarray:
        """Logits (rows × codes) for feature rows of the full space."""
        if not self.code_ids:
            return np.zeros((X.shape[0], 0), dtype=np.float32)
        # The coefficients spread over the full width as a sparse (width × codes) matrix: one
        # sparse product, no column indexing of X (which is slow for wide matrices).
        W = getattr(self, "_expanded", None)
        if W is None or W.shape[0] != X.shape[1]:
            n = len(self.code_ids)
            W = sp.csr_matrix((self.coef.T.ravel(), (np.repeat(self.columns, n), np.tile(np.arange(n), len(self.columns)))),
                              shape=(X.shape[1], n))
            self._expanded = W
        return (X @ W).toarray() + self.intercept[None, :]

    def to_arrays(self, prefix: str = "clf_") -> dict:
        """Plain arrays for storage."""
        return {f"{prefix}codes": np.asarray(self.code_ids, dtype=np.int64),
                f"{prefix}columns": self.columns.astype(np.int64),
                f"{prefix}coef": self.coef.astype(np.float32),
                f"{prefix}intercept": self.intercept.astype(np.float32)}

    @classmethod
    def from_arrays(cls, arrays, prefix: str = "clf_") -> "OneVsRest":
        """Rebuild from ``to_arrays``."""
        return cls([int(c) for c in arrays[f"{prefix}codes"]], arrays[f"{prefix}columns"],
                   arrays[f"{prefix}coef"], arrays[f"{prefix}intercept"])


def fit_one_vs_rest(data: TrainingSet, code_ids: Sequence[int], siblings: dict[int, set],
                    progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
                    C: float = C_VALUE) -> OneVsRest:
    """Train one binary logistic regression per code in ``code_ids``.

    The per-code fits run in a few threads: liblinear releases the GIL, so they use the
    machine's cores. Progress and cancellation are handled in the calling thread.
    """
    columns = np.unique(data.X.indices)
    Xs = data.X[:, columns].tocsr()

    def fit(code: int):
        y, w = _targets(data, code, siblings.get(code, set()))
        if y.sum() == 0 or y.sum() == len(y) or w.sum() == 0:
            return None
        rows = _subsample(y, w, seed=code)
        # The dual formulation is several times faster when there are fewer rows than columns.
        model = LogisticRegression(C=C, solver="liblinear", dual=True, class_weight="balanced",
                                   max_iter=1000)
        model.fit(Xs[rows], y[rows], sample_weight=w[rows])
        return model.coef_[0].astype(np.float32), float(model.intercept_[0])

    coefs, intercepts, kept = [], [], []
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        try:
            for n, (code, result) in enumerate(zip(code_ids, pool.map(fit, code_ids))):
                check_cancel(cancel)
                if result is not None:
                    coefs.append(result[0])
                    intercepts.append(result[1])
                    kept.append(code)
                if progress:
                    progress((n + 1) / len(code_ids), N_("training"))
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    coef = np.vstack(coefs) if coefs else np.zeros((0, len(columns)), dtype=np.float32)
    return OneVsRest(kept, columns, coef, np.asarray(intercepts, dtype=np.float32))


def _targets(data: TrainingSet, code: int, siblings: set) -> tuple[np.ndarray, np.ndarray]:
    """Labels and sample weights of every row for one code's binary problem."""
    n = len(data.labels)
    y = np.zeros(n, dtype=np.int64)
    w = np.zeros(n, dtype=np.float64)
    for i, (labels, rejected) in enumerate(zip(data.labels, data.rejected)):
        base = PROFILE_WEIGHT if data.is_profile[i] else 1.0
        if code in labels:
            y[i], w[i] = 1, base
        elif code in rejected:
            w[i] = REJECT_WEIGHT
        elif labels & siblings or data.is_profile[i]:
            w[i] = base
        elif labels:
            w[i] = OTHER_WEIGHT
    return y, w


def _subsample(y: np.ndarray, w: np.ndarray, seed: int) -> np.ndarray:
    """Rows for one code: all positives and weighted rows up to MAX_ROWS, preferring the
    negatives that matter most (rejections and sibling codes) over other coded segments."""
    rows = np.flatnonzero(w > 0)
    limit = max(MAX_ROWS, 2 * int(y.sum()))
    if len(rows) <= limit:
        return rows
    rng = np.random.default_rng(seed)
    positives = rows[y[rows] == 1]
    negatives = rows[y[rows] == 0]
    strong = negatives[w[negatives] >= 1.0]
    weak = negatives[w[negatives] < 1.0]
    room = max(0, limit - len(positives))
    if len(strong) > room:
        strong = rng.choice(strong, room, replace=False)
    room -= len(strong)
    if len(weak) > room:
        weak = rng.choice(weak, room, replace=False)
    return np.sort(np.concatenate([positives, strong, weak]))
