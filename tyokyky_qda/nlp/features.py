"""Text features of units: lemma n-grams, character n-grams of lemmas and word vectors.

Three blocks, each L2-normalised and weighted so that the dot product of two feature rows is a
weighted average of the blocks' cosine similarities:
- lemma unigrams and bigrams (TF-IDF, hashed),
- character 3–5-grams of the lemmas (TF-IDF, hashed): they catch Finnish compounds
  ("kuntoutus" in "mielenterveyskuntoutus") and lemmatiser misses,
- the mean word vector of the content lemmas (only where the pipeline has vectors).

Hashing keeps the space fixed, so a stored model needs no vocabulary; the IDF weights learned
from the project's own texts are stored sparsely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

WORD_FEATURES = 2 ** 18
CHAR_FEATURES = 2 ** 19
#: Block weights (squared weights sum to 1): chosen on the train split of the benchmark set.
DEFAULT_WEIGHTS = {"word": 0.6, "char": 0.6, "vector": 0.53}


def lemma_ngrams(text: str) -> list[str]:
    """Unigrams and bigrams of a space-joined lemma string."""
    toks = text.split()
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def _hash(hasher: HashingVectorizer, texts: Sequence[str]) -> sp.csr_matrix:
    """Hashed counts as float32 CSR (an empty matrix for no texts, where sklearn would fail)."""
    if not texts:
        return sp.csr_matrix((0, hasher.n_features), dtype=np.float32)
    return hasher.transform(texts).astype(np.float32).tocsr()


_WORDS = HashingVectorizer(analyzer=lemma_ngrams, n_features=WORD_FEATURES, alternate_sign=False,
                           norm=None)
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=CHAR_FEATURES,
                           alternate_sign=False, norm=None, lowercase=False)


class VectorTable:
    """Word vectors of lemmas from a spaCy vocab, cached per lemma."""

    def __init__(self, vocab) -> None:
        self.vectors = vocab.vectors
        self.width = int(self.vectors.shape[1]) if self.vectors.shape[0] else 0
        self._cache: dict[str, np.ndarray] = {}

    def rows(self, words: Sequence[str]) -> np.ndarray:
        """The L2-normalised vector of each word (zeros for a word without one)."""
        missing = [w for w in dict.fromkeys(words) if w not in self._cache]
        if missing:
            got = self.vectors.get_batch(missing)
            got = np.asarray(got.get() if hasattr(got, "get") else got, dtype=np.float32)
            norms = np.linalg.norm(got, axis=1, keepdims=True)
            got = got / np.where(norms > 0, norms, 1.0)
            for word, row in zip(missing, got):
                self._cache[word] = row
        if not words:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack([self._cache[w] for w in words])

    def mean(self, lemma_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """One L2-normalised mean vector per list of lemmas (zeros for an empty list)."""
        flat = [w for lemmas in lemma_lists for w in lemmas]
        out = np.zeros((len(lemma_lists), self.width), dtype=np.float32)
        if flat:
            rows = self.rows(flat)
            sizes = np.array([len(x) for x in lemma_lists])
            starts = np.r_[0, np.cumsum(sizes)[:-1]]
            filled = sizes > 0
            out[filled] = np.add.reduceat(rows, starts[filled], axis=0) / sizes[filled, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)


@dataclass
class FeatureSpace:
    """IDF weights and block weights; turns lemma lists into feature rows."""

    word_idf: dict = field(default_factory=dict)   # feature index -> idf (seen features only)
    char_idf: dict = field(default_factory=dict)
    unseen_idf: float = 1.0
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    vectors: Optional[VectorTable] = None

    @classmethod
    def fit(cls, lemma_lists: Sequence[Sequence[str]], vectors: Optional[VectorTable] = None,
            weights: Optional[dict] = None) -> "FeatureSpace":
        """Learn IDF weights from documents (units of the project and code definitions)."""
        return cls.fit_transform(lemma_lists, 0, vectors, weights)[0]

    @classmethod
    def fit_transform(cls, lemma_lists: Sequence[Sequence[str]], n_rows: int,
                      vectors: Optional[VectorTable] = None, weights: Optional[dict] = None
                      ) -> tuple["FeatureSpace", sp.csr_matrix]:
        """Learn IDF weights and return the feature rows of the first ``n_rows`` documents too,
        hashing every document only once (the costly part for thousands of segments)."""
        texts = [" ".join(x) for x in lemma_lists]
        n = max(1, len(texts))
        space = cls(unseen_idf=math.log((1 + n) / 1) + 1, vectors=vectors,
                    weights=dict(weights or DEFAULT_WEIGHTS))
        counts = {}
        for name, hasher in (("word_idf", _WORDS), ("char_idf", _CHARS)):
            counts[name] = _hash(hasher, texts)
            df = np.bincount(counts[name].indices, minlength=hasher.n_features)
            cols = np.flatnonzero(df)
            idf = np.log((1 + n) / (1 + df[cols])) + 1
            setattr(space, name, dict(zip(cols.tolist(), idf.tolist())))
        rows = space._assemble(counts["word_idf"][:n_rows], counts["char_idf"][:n_rows], lemma_lists[:n_rows])
        return space, rows

    def _idf_vector(self, table: dict, size: int) -> np.ndarray:
        vec = np.full(size, self.unseen_idf, dtype=np.float32)
        if table:
            vec[np.fromiter(table.keys(), dtype=np.int64)] = np.fromiter(table.values(), dtype=np.float32)
        return vec

    def _weigh(self, counts: sp.csr_matrix, attr: str, size: int) -> sp.csr_matrix:
        """Sublinear tf (a repeated word counts, but not linearly) times idf, L2-normalised."""
        cache = f"_{attr}_vec"
        if getattr(self, cache, None) is None:
            setattr(self, cache, self._idf_vector(getattr(self, attr), size))
        counts = counts.copy()
        if counts.shape[0] == 0:
            return counts
        counts.data = np.log1p(counts.data) * getattr(self, cache)[counts.indices]
        return normalize(counts)

    def word_rows(self, lemma_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Only the lemma n-gram block (L2-normalised): used to find similar coded segments."""
        counts = _hash(_WORDS, [" ".join(x) for x in lemma_lists])
        return self._weigh(counts, "word_idf", WORD_FEATURES)

    def transform(self, lemma_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Feature rows for lemma lists: [word | char | vector] blocks, weighted."""
        texts = [" ".join(x) for x in lemma_lists]
        return self._assemble(_hash(_WORDS, texts), _hash(_CHARS, texts), lemma_lists)

    def _assemble(self, word_counts: sp.csr_matrix, char_counts: sp.csr_matrix,
                  lemma_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
        w = self.effective_weights()
        blocks = [self._weigh(word_counts, "word_idf", WORD_FEATURES) * w["word"],
                  self._weigh(char_counts, "char_idf", CHAR_FEATURES) * w["char"]]
        if w["vector"] > 0:
            blocks.append(sp.csr_matrix(self.vectors.mean(lemma_lists) * w["vector"]))
        return sp.hstack(blocks, format="csr")

    def effective_weights(self) -> dict:
        """Block weights rescaled to unit length; the vector block is dropped without vectors."""
        w = dict(self.weights)
        if self.vectors is None or not self.vectors.width:
            w["vector"] = 0.0
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {k: v / norm for k, v in w.items()}

    @property
    def width(self) -> int:
        """Number of feature columns."""
        has_vec = self.effective_weights()["vector"] > 0
        return WORD_FEATURES + CHAR_FEATURES + (self.vectors.width if has_vec else 0)

    # -- storage -----------------------------------------------------------------------------------
    def to_arrays(self, prefix: str = "fs_") -> dict:
        """The space as plain arrays (for an .npz without pickle)."""
        out = {}
        for name in ("word_idf", "char_idf"):
            table = getattr(self, name)
            out[f"{prefix}{name}_cols"] = np.fromiter(table.keys(), dtype=np.int64, count=len(table))
            out[f"{prefix}{name}_vals"] = np.fromiter(table.values(), dtype=np.float32, count=len(table))
        return out

    def meta(self) -> dict:
        """The JSON part: unseen idf and block weights."""
        return {"unseen_idf": self.unseen_idf, "weights": self.weights}

    @classmethod
    def from_arrays(cls, arrays, meta: dict, vectors: Optional[VectorTable], prefix: str = "fs_"
                    ) -> "FeatureSpace":
        """Rebuild a space stored with ``to_arrays`` and ``meta``."""
        space = cls(unseen_idf=float(meta["unseen_idf"]), weights=dict(meta["weights"]), vectors=vectors)
        for name in ("word_idf", "char_idf"):
            cols, vals = arrays[f"{prefix}{name}_cols"], arrays[f"{prefix}{name}_vals"]
            setattr(space, name, dict(zip(cols.tolist(), vals.tolist())))
        return space
