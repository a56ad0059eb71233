"""Co-occurrence of codes: how often codings of two codes overlap in the same source.

The cell (A, B) counts pairs of overlapping codings of A and B (``segments``) or the sources in
which A and B overlap at least once (``sources``); the diagonal holds each code's own segment or
source count. Restrict it to a case, an attribute value or a source kind with a SegmentFilter.
"""

from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.frames import load_frames
from tyokyky_qda.analysis.frequencies import code_scope
from tyokyky_qda.analysis.overlap import overlap_frame
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel


def cooccurrence(project, codes=None, measure: str = "segments", *, filter: Optional[SegmentFilter] = None,
                 lang: str = "fi", progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelFn] = None) -> pd.DataFrame:
    """A square DataFrame of code labels × code labels (codes in scope that have codings)."""
    if measure not in ("segments", "sources"):
        raise UserError(N_("co-occurrence counts segments or sources"))
    frames = load_frames(project)
    flt = filter or SegmentFilter()
    pool = flt.codings(frames)
    scope = code_scope(frames, codes)
    segs = pool[pool["code_id"].isin(scope)].reset_index(drop=True)
    segs = segs[flt.keep(frames, segs)].reset_index(drop=True)
    present = set(segs["code_id"].unique().tolist())
    ids = [c for c in scope if c in present]
    check_cancel(cancel)
    ia, ib = overlap_frame(segs, segs)
    keep = ia != ib
    a_code = segs["code_id"].to_numpy()[ia[keep]]
    b_code = segs["code_id"].to_numpy()[ib[keep]]
    pairs = pd.DataFrame({"a": a_code, "b": b_code, "source": segs["source_id"].to_numpy()[ia[keep]]})
    pairs = pairs[pairs["a"] != pairs["b"]]
    if progress:
        progress(0.7, N_("co-occurrence"))
    if measure == "segments":
        # Each unordered pair of codings was seen twice (i, j) and (j, i): count it once per direction.
        cells = pairs.groupby(["a", "b"]).size()
        diag = segs.groupby("code_id").size()
    else:
        cells = pairs.groupby(["a", "b"])["source"].nunique()
        diag = segs.groupby("code_id")["source_id"].nunique()
    table = cells.unstack(fill_value=0).reindex(index=ids, columns=ids, fill_value=0).astype(np.int64)
    for cid in ids:
        table.loc[cid, cid] = int(diag.get(cid, 0))
    labels = _labels(frames, ids, lang)
    table.index, table.columns = labels, labels
    return table


def _labels(frames, ids: list[int], lang: str) -> list[str]:
    names = [frames.code_label(c, lang) for c in ids]
    return [n if names.count(n) == 1 else frames.codes.loc[c, "path"] for n, c in zip(names, ids)]
