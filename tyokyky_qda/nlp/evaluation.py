"""Evaluating suggestions: the labelled-set format and ranking metrics.

The labelled set (benchmarks/data/goals_fi.txt) is plain text: a header ``[GOAL SPLIT KIND]``
starts a segment, its text follows, ``#`` starts a comment line. The harness
(benchmarks/bench_suggest.py) codes the train segments in a project, trains the app's own
``Suggester`` and ranks codes for the test segments; these functions score the rankings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

_HEADER = re.compile(r"^\[(\S+) (train|test) (\w+)\]\s*$")


@dataclass
class LabelledSegment:
    """One hand-labelled segment."""

    label: str
    split: str
    kind: str
    text: str


def load_labelled(path: str | Path) -> list[LabelledSegment]:
    """Read a labelled set; raises ValueError on text before the first header."""
    items: list[LabelledSegment] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        m = _HEADER.match(line)
        if m:
            items.append(LabelledSegment(m[1], m[2], m[3], ""))
        elif line.strip():
            if not items:
                raise ValueError(f"{path}:{n}: text before the first [LABEL SPLIT KIND] header")
            items[-1].text += (" " if items[-1].text else "") + line.strip()
    return items


def rank_metrics(rankings: Sequence[Sequence[str]], gold: Sequence[str], k: int = 3) -> dict:
    """Top-1 accuracy, recall@k and per-label precision/recall of the top-1 prediction.

    ``rankings[i]`` is the ranked list of labels for item i (best first), ``gold[i]`` its label.
    """
    n = len(gold)
    if n == 0:
        return {"n": 0, "top1": 0.0, f"recall_at_{k}": 0.0, "per_code": {}}
    top1 = sum(1 for r, g in zip(rankings, gold) if r and r[0] == g)
    at_k = sum(1 for r, g in zip(rankings, gold) if g in list(r)[:k])
    labels = sorted(set(gold) | {r[0] for r in rankings if r})
    per = {}
    for lab in labels:
        tp = sum(1 for r, g in zip(rankings, gold) if r and r[0] == lab and g == lab)
        predicted = sum(1 for r in rankings if r and r[0] == lab)
        actual = sum(1 for g in gold if g == lab)
        per[lab] = {"precision": round(tp / predicted, 3) if predicted else 0.0,
                    "recall": round(tp / actual, 3) if actual else 0.0, "n": actual}
    return {"n": n, "top1": round(top1 / n, 3), f"recall_at_{k}": round(at_k / n, 3), "per_code": per}


def calibration_error(scores: Sequence[float], correct: Sequence[bool], bins: int = 10) -> dict:
    """Expected calibration error of scores read as the chance of being right (equal-width bins):
    the bin-size-weighted mean of |mean score - share correct|, with the bins themselves."""
    n = len(scores)
    if n == 0:
        return {"n": 0, "ece": 0.0, "bins": []}
    table = []
    ece = 0.0
    for b in range(bins):
        members = [(s, c) for s, c in zip(scores, correct)
                   if min(int(s * bins), bins - 1) == b]
        if not members:
            continue
        mean_score = sum(s for s, _ in members) / len(members)
        share = sum(1 for _, c in members if c) / len(members)
        ece += len(members) / n * abs(mean_score - share)
        table.append({"from": b / bins, "n": len(members), "mean_score": round(mean_score, 3),
                      "correct": round(share, 3)})
    return {"n": n, "ece": round(ece, 4), "bins": table}
