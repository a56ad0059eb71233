"""The trained suggestion model of one language: scores units against codes and explains why.

It holds the feature space, the codes' lemmatised profiles and keywords, the per-code
classifier, the coded segments (to say which ones a unit resembles) and the combiner. It is
stored in the project as an .npz of plain arrays plus JSON metadata: no pickle, so opening a
project file from someone else cannot run code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp

from tyokyky_qda.nlp import messages
from tyokyky_qda.nlp.classifier import OneVsRest
from tyokyky_qda.nlp.codebook_evidence import KeywordMatcher
from tyokyky_qda.nlp.combine import FEATURES, Combiner, evidence, shrink
from tyokyky_qda.nlp.features import FeatureSpace, VectorTable
from tyokyky_qda.nlp.units import Unit, evidence_count

MODEL_VERSION = 2     # 2: features shrunk by the amount of evidence (combine.shrink)
SOFT_TOP = 5           # soft keyword similarity: mean of the best this many words of a unit
SIMILAR_MIN = 0.2      # cosine (lemma n-grams) for a coded segment to count as "similar"
SIMILAR_TOP = 10       # ... among this many nearest coded segments
MAX_REASON_ITEMS = 3


_BLAS: list = []


def _one_blas_thread():
    """Run small matrix products on one BLAS thread: with OpenBLAS' default threads they were
    about three times slower (thread start-up and contention dominate for matrices this small)."""
    if not _BLAS:
        from threadpoolctl import ThreadpoolController
        _BLAS.append(ThreadpoolController())
    return _BLAS[0].limit(limits=1, user_api="blas")


@dataclass
class Scored:
    """Scores of units × candidate codes, with the evidence kept for the reasons."""

    scores: np.ndarray
    feats: np.ndarray
    hits: list[dict]
    similar: list[dict]


@dataclass
class SuggestionModel:
    """Everything needed to score units of one language against the project's codes."""

    language: str
    pipeline_id: str
    fingerprint: str
    space: FeatureSpace
    code_ids: list[int]
    code_names: dict[int, str]
    profile_lemmas: list[list[str]]
    keywords: dict[int, list[tuple[str, ...]]]
    combiner: Combiner
    classifier: Optional[OneVsRest] = None
    train_rows: Optional[sp.csr_matrix] = None       # lemma n-gram rows of coded segments
    train_labels: list[list[int]] = field(default_factory=list)
    counts: dict[int, int] = field(default_factory=dict)
    _runtime: dict = field(default_factory=dict, repr=False)

    # -- runtime helpers ------------------------------------------------------------------------
    def attach(self, vocab) -> "SuggestionModel":
        """Bind to a loaded pipeline's vocab: keyword matcher, vectors, profile rows."""
        self._runtime["matcher"] = KeywordMatcher(vocab, self.keywords)
        if self.space.vectors is None and vocab.vectors.shape[0]:
            self.space.vectors = VectorTable(vocab)
        self._runtime["profiles"] = self.space.transform(self.profile_lemmas)
        self._runtime["profiles_t"] = self._runtime["profiles"].T.tocsr()
        self._runtime["soft"] = self._keyword_vectors()
        return self

    @property
    def matcher(self) -> KeywordMatcher:
        """The keyword matcher (after ``attach``)."""
        return self._runtime["matcher"]

    @property
    def profile_rows(self) -> sp.csr_matrix:
        """Feature rows of the codes' profiles, in ``code_ids`` order (after ``attach``)."""
        return self._runtime["profiles"]

    def _keyword_vectors(self):
        vt = self.space.vectors
        if vt is None or not vt.width:
            return None
        rows, owner = [], []
        for j, code in enumerate(self.code_ids):
            for phrase in self.keywords.get(code, []):
                rows.append(list(phrase))
                owner.append(j)
        if not rows:
            return None
        # Contiguous and transposed: a product with a C-ordered matrix is many times faster.
        return np.ascontiguousarray(vt.mean(rows).T), np.asarray(owner)

    # -- evidence ---------------------------------------------------------------------------------
    def soft_similarity(self, units: Sequence[Unit]) -> Optional[np.ndarray]:
        """Word-vector similarity of each unit's words to each code's keywords (full tier only):
        for every word its best cosine to a keyword of the code, averaged over the unit's best
        ``SOFT_TOP`` words."""
        kv = self._runtime.get("soft")
        if kv is None:
            return None
        kw_t, owner = kv                              # keyword vectors transposed (dims × keywords)
        cols = np.unique(owner)                       # codes that have keywords, in column order
        starts = np.searchsorted(owner, cols)         # keyword rows are grouped by code
        vocab = list(dict.fromkeys(w for u in units for w in u.lemmas))
        out = np.zeros((len(units), len(self.code_ids)), dtype=np.float64)
        if not vocab:
            return out
        index = {w: k for k, w in enumerate(vocab)}
        # One matrix product for all words of all units; rows are then picked per unit.
        best_all = np.maximum.reduceat(self.space.vectors.rows(vocab) @ kw_t, starts, axis=1)
        for i, u in enumerate(units):
            if u.lemmas:
                best = best_all[sorted({index[w] for w in u.lemmas})]
                k = min(SOFT_TOP, best.shape[0])
                out[i, cols] = np.sort(best, axis=0)[-k:].mean(axis=0)
        return out

    def classifier_logits(self, X: sp.csr_matrix) -> Optional[np.ndarray]:
        """Logits per candidate code; codes without a classifier get the row mean (z-score 0)."""
        clf = self.classifier
        if clf is None or not clf.code_ids:
            return None
        raw = clf.decision(X)
        out = np.empty((X.shape[0], len(self.code_ids)), dtype=np.float64)
        out[:] = raw.mean(axis=1, keepdims=True)
        index = {c: k for k, c in enumerate(clf.code_ids)}
        for j, code in enumerate(self.code_ids):
            if code in index:
                out[:, j] = raw[:, index[code]]
        return out

    def keyword_scores(self, hits: Sequence[dict]) -> np.ndarray:
        """1 - exp(-sum of keyword weights) per unit and code."""
        col = {c: j for j, c in enumerate(self.code_ids)}
        out = np.zeros((len(hits), len(self.code_ids)))
        for i, h in enumerate(hits):
            for code, words in h.items():
                if code in col:
                    out[i, col[code]] = 1.0 - np.exp(-sum(words.values()))
        return out

    def features(self, units: Sequence[Unit], hits: Sequence[dict],
                 X: Optional[sp.csr_matrix] = None) -> np.ndarray:
        """The evidence array (units, codes, features) for units with their keyword hits, shrunk
        toward an empty unit's by how much each unit says (see ``combine.shrink``)."""
        with _one_blas_thread():
            X = self.space.transform([u.lemmas for u in units]) if X is None else X
            definition = (X @ self._runtime["profiles_t"]).toarray()
            raw = evidence(self.classifier_logits(X), definition, self.keyword_scores(hits),
                           self.soft_similarity(units))
            return shrink(raw, self.empty_features(X.shape[1]), [evidence_count(u.lemmas) for u in units])

    def empty_features(self, width: int) -> np.ndarray:
        """What a unit with little to say is pulled toward (1, codes, features): the evidence of
        a unit without words (the classifiers' intercepts, nothing else), averaged over the codes.

        The same for every code, so shrinking never reorders a unit's codes: with no evidence
        every code scores alike, rather than the codes with the largest intercepts winning."""
        zeros = np.zeros((1, len(self.code_ids)))
        empty = evidence(self.classifier_logits(sp.csr_matrix((1, width))), zeros, zeros, None)
        if not self.code_ids:
            return empty
        return np.broadcast_to(empty.mean(axis=1, keepdims=True), empty.shape).copy()

    def score(self, units: Sequence[Unit], hits: Sequence[dict]) -> Scored:
        """Calibrated scores for units (rows) × candidate codes (columns), with evidence."""
        if not units:
            n = len(self.code_ids)
            return Scored(np.zeros((0, n)), np.zeros((0, n, len(FEATURES))), [], [])
        feats = self.features(units, hits)
        return Scored(self.combiner.score(feats), feats, list(hits), self.similar_segments(units))

    def similar_segments(self, units: Sequence[Unit]) -> list[dict]:
        """Per unit: code id → number of similar coded segments among the nearest ones."""
        if self.train_rows is None or self.train_rows.shape[0] == 0:
            return [{} for _ in units]
        if self._runtime.get("train_t") is None:
            self._runtime["train_t"] = self.train_rows.T.tocsr()
        sims = (self.space.word_rows([u.lemmas for u in units]) @ self._runtime["train_t"]).toarray()
        out = []
        for row in sims:
            top = np.argsort(-row)[:SIMILAR_TOP]
            counts: dict[int, int] = {}
            for k in top:
                if row[k] >= SIMILAR_MIN:
                    for code in self.train_labels[k]:
                        counts[code] = counts.get(code, 0) + 1
            out.append(counts)
        return out

    def reason(self, scored: Scored, i: int, j: int) -> str:
        """A short explanation of why code column ``j`` fits unit ``i``."""
        code = self.code_ids[j]
        parts = []
        words = scored.hits[i].get(code, {})
        if words:
            ordered = sorted(words, key=lambda w: (-words[w], w))[:MAX_REASON_ITEMS]
            parts.append(messages.reason(self.language, "lemmas", items=", ".join(ordered)))
        similar = scored.similar[i].get(code, 0)
        if similar:
            parts.append(messages.reason(self.language, "similar", n=similar, code=self.code_names[code]))
        if not parts:
            defz, clfz = scored.feats[i, j, 3], scored.feats[i, j, 1]
            key = "learned" if clfz > defz and self.counts.get(code) else "definition"
            parts.append(messages.reason(self.language, key, n=self.counts.get(code, 0)))
        return "; ".join(parts)

    # -- storage ----------------------------------------------------------------------------------
    def to_blob(self) -> tuple[bytes, dict]:
        """(npz bytes, JSON metadata) for the project file."""
        arrays = dict(self.space.to_arrays())
        arrays["code_ids"] = np.asarray(self.code_ids, dtype=np.int64)
        if self.classifier is not None:
            arrays.update(self.classifier.to_arrays())
        if self.train_rows is not None:
            tr = self.train_rows.tocsr()
            arrays.update(tr_data=tr.data.astype(np.float32), tr_indices=tr.indices.astype(np.int64),
                          tr_indptr=tr.indptr.astype(np.int64), tr_shape=np.asarray(tr.shape, dtype=np.int64))
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        meta = {"version": MODEL_VERSION, "language": self.language, "pipeline_id": self.pipeline_id,
                "code_names": {str(k): v for k, v in self.code_names.items()},
                "profile_lemmas": self.profile_lemmas,
                "keywords": {str(k): [list(p) for p in v] for k, v in self.keywords.items()},
                "combiner": self.combiner.as_dict(), "space": self.space.meta(),
                "train_labels": self.train_labels, "counts": {str(k): v for k, v in self.counts.items()}}
        return buf.getvalue(), meta

    @classmethod
    def from_blob(cls, blob: bytes, meta: dict, fingerprint: str) -> "SuggestionModel":
        """Rebuild a stored model (call ``attach`` before scoring)."""
        if meta.get("version") != MODEL_VERSION:
            raise ValueError("stored model has another format version")
        arrays = np.load(io.BytesIO(blob), allow_pickle=False)
        train_rows = None
        if "tr_data" in arrays:
            train_rows = sp.csr_matrix((arrays["tr_data"], arrays["tr_indices"], arrays["tr_indptr"]),
                                       shape=tuple(arrays["tr_shape"]))
        return cls(
            language=meta["language"], pipeline_id=meta["pipeline_id"], fingerprint=fingerprint,
            space=FeatureSpace.from_arrays(arrays, meta["space"], None),
            code_ids=[int(c) for c in arrays["code_ids"]],
            code_names={int(k): v for k, v in meta["code_names"].items()},
            profile_lemmas=meta["profile_lemmas"],
            keywords={int(k): [tuple(p) for p in v] for k, v in meta["keywords"].items()},
            combiner=Combiner.from_dict(meta["combiner"]),
            classifier=OneVsRest.from_arrays(arrays) if "clf_codes" in arrays else None,
            train_rows=train_rows, train_labels=[list(x) for x in meta["train_labels"]],
            counts={int(k): v for k, v in meta["counts"].items()})
