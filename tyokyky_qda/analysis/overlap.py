"""Which ranges overlap which: the join under co-occurrence, matrices and boolean code queries.

Two codings "overlap" when they are in the same source and share at least one character
(``a.start < b.end and b.start < a.end``). The join is vectorised with numpy: ranges become
positions on one line (``source_id * 2**32 + offset``, so different sources never touch), the
right-hand ranges are sorted by start and bucketed by length, and each left range looks up its
candidates with ``searchsorted``. A bucket's longest range bounds how far back a candidate can
start, so whole-source ranges (case links) cost only their own bucket.
"""

from __future__ import annotations

import numpy as np

_SHIFT = np.int64(2**32)


def _line(source, pos):
    return np.asarray(source, dtype=np.int64) * _SHIFT + np.asarray(pos, dtype=np.int64)


def _expand(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) with lo[i] <= j < hi[i], as two index arrays."""
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    left = np.repeat(np.arange(len(lo)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return left, np.repeat(lo, counts) + offsets


def overlap_pairs(a_source, a_start, a_end, b_source, b_start, b_end) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j) such that range a[i] and range b[j] overlap in the same source.

    Inputs are array-likes of equal length per side; the result is two int64 arrays in no
    particular order, each pair once.
    """
    a_s, a_e = _line(a_source, a_start), _line(a_source, a_end)
    # Queries in sorted order make searchsorted cache-friendly (several times faster).
    perm = np.argsort(a_s, kind="stable")
    a_s, a_e = a_s[perm], a_e[perm]
    b_s, b_e = _line(b_source, b_start), _line(b_source, b_end)
    if len(a_s) == 0 or len(b_s) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    a_src_start = (a_s // _SHIFT) * _SHIFT
    lengths = b_e - b_s
    # Buckets of lengths within a factor of 4 keep wasted candidates few.
    bucket = np.floor(np.log2(np.maximum(lengths, 1)) / 2).astype(np.int64)
    out_a, out_b = [], []
    for k in np.unique(bucket):
        idx = np.nonzero(bucket == k)[0]
        order = idx[np.argsort(b_s[idx], kind="stable")]
        starts = b_s[order]
        longest = int(lengths[order].max())
        lo = np.maximum(np.searchsorted(starts, a_s - longest, side="right"),
                        np.searchsorted(starts, a_src_start, side="left"))
        hi = np.searchsorted(starts, a_e, side="left")
        ia, jb = _expand(lo, hi)
        jb = order[jb]
        keep = b_e[jb] > a_s[ia]
        out_a.append(ia[keep])
        out_b.append(jb[keep])
    return perm[np.concatenate(out_a)], np.concatenate(out_b)


def overlap_frame(a, b) -> tuple[np.ndarray, np.ndarray]:
    """``overlap_pairs`` for two DataFrames with source_id, start and end columns."""
    return overlap_pairs(a["source_id"].to_numpy(), a["start"].to_numpy(), a["end"].to_numpy(),
                         b["source_id"].to_numpy(), b["start"].to_numpy(), b["end"].to_numpy())
