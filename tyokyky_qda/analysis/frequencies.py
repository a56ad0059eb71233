"""Code frequencies by source kind, attribute value, case, source or coder, and the codebook table.

``code_frequencies`` counts, for each code, its segments, the sources it occurs in or the words it
covers; a parent code includes its sub-codes (``rollup``), so "Tavoitteet" says how much of the
material was coded against any goal.
"""

from __future__ import annotations

import json
import re
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.axes import fill_items, members, parse_axis, resolve_code
from tyokyky_qda.analysis.frames import Frames, load_frames
from tyokyky_qda.analysis.labels import kind_label, t
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

MEASURES = ("segments", "sources", "words")
_WORD = re.compile(r"\w+")
TOTAL = "__total__"


def code_scope(frames: Frames, codes=None) -> list[int]:
    """Code ids in tree order: all codes, or the given codes/groups (names, paths or ids) with
    their descendants."""
    if codes is None:
        return [int(c) for c in frames.codes.index]
    refs = [codes] if isinstance(codes, (str, int)) else list(codes)
    out: list[int] = []
    for ref in refs:
        cid = int(ref) if isinstance(ref, (int, np.integer)) else resolve_code(frames, ref)
        out.extend(d for d in frames.descendants(cid) if d not in out)
    return out


def segment_words(frames: Frames, segs: pd.DataFrame) -> np.ndarray:
    """Number of words in each segment's text."""
    texts = frames.texts(segs["source_id"].unique())
    return np.array([len(_WORD.findall(texts[s][a:b])) for s, a, b in
                     zip(segs["source_id"], segs["start"], segs["end"])], dtype=np.int64)


def _by_members(frames: Frames, by: Optional[str], segs: pd.DataFrame, pool: pd.DataFrame,
                lang: str) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """(seg, key) rows and the ordered (key, label) columns of a breakdown."""
    if by is None:
        return pd.DataFrame({"seg": np.arange(len(segs)), "key": TOTAL}), []
    if by == "source_kind":
        kinds = frames.sources["kind"].reindex(segs["source_id"]).to_numpy()
        present = [k for k in ("transcript", "survey-answer", "status-report", "document", "text") if k in set(kinds)]
        return pd.DataFrame({"seg": np.arange(len(segs)), "key": kinds}), [(k, kind_label(k, lang)) for k in present]
    axis = parse_axis(frames, by, lang)
    if axis.is_code:
        raise UserError(N_("frequencies break down by source_kind, attribute:NAME, source, case or coder"))
    found = members(frames, axis, segs, pool, base=False)
    fill_items(frames, axis, found, lang)
    m = found.frame()
    return m.rename(columns={"item_key": "key"})[["seg", "key"]], [(i.key, i.label) for i in axis.items]


def code_frequencies(project, by: Optional[str] = None, measure: str = "segments", *, codes=None,
                     filter: Optional[SegmentFilter] = None, rollup: bool = True, lang: str = "fi",
                     progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None) -> pd.DataFrame:
    """Codes × breakdown values. Columns: code_id, depth, code, code_path, one column per value
    (labelled), and the total (``t("total")``). ``by``: None, "source_kind", "attribute:NAME",
    "source", "case" or "coder"; ``measure``: segments, sources or words."""
    if measure not in MEASURES:
        raise UserError(N_("unknown measure {measure!r} (one of {choices})", measure=measure,
                           choices=", ".join(MEASURES)))
    frames = load_frames(project)
    flt = filter or SegmentFilter()
    scope = code_scope(frames, codes)
    pool = flt.codings(frames)
    segs = pool[pool["code_id"].isin(scope)].reset_index(drop=True)
    segs = segs[flt.keep(frames, segs)].reset_index(drop=True)
    check_cancel(cancel)
    by_m, columns = _by_members(frames, by, segs, pool, lang)
    total_m = pd.DataFrame({"seg": np.arange(len(segs)), "key": TOTAL})
    long = pd.concat([by_m, total_m], ignore_index=True) if by is not None else total_m
    targets = _rollup_pairs(frames, scope, rollup)
    long = long.assign(code_id=segs["code_id"].to_numpy()[long["seg"].to_numpy()])
    long = long.merge(targets, on="code_id")
    if progress:
        progress(0.6, N_("frequencies"))
    if measure == "segments":
        agg = long.groupby(["target", "key"])["seg"].nunique()
    elif measure == "sources":
        long["source_id"] = segs["source_id"].to_numpy()[long["seg"].to_numpy()]
        agg = long.groupby(["target", "key"])["source_id"].nunique()
    else:
        words = segment_words(frames, segs)
        dedup = long.drop_duplicates(["target", "key", "seg"])
        agg = pd.Series(words[dedup["seg"].to_numpy()], index=pd.MultiIndex.from_arrays(
            [dedup["target"], dedup["key"]])).groupby(level=[0, 1]).sum()
    wide = agg.unstack(fill_value=0).reindex(index=scope, columns=[k for k, _ in columns] + [TOTAL], fill_value=0)
    wide.columns = [label for _, label in columns] + [t("total", lang)]
    codes_df = frames.codes.loc[scope]
    names = [frames.code_label(c, lang) for c in scope]
    head = pd.DataFrame({"code_id": scope, "depth": codes_df["depth"].astype(int).to_numpy(), "code": names,
                         "code_path": codes_df["path"].to_numpy()})
    return pd.concat([head, wide.reset_index(drop=True).astype(np.int64)], axis=1)


def _rollup_pairs(frames: Frames, scope: Sequence[int], rollup: bool) -> pd.DataFrame:
    """code_id → target rows: each code counts for itself and (with rollup) its ancestors in scope."""
    inside = set(scope)
    rows = []
    parents = frames.codes["parent_id"]
    for cid in scope:
        node = cid
        while node is not None and node in inside:
            rows.append((cid, node))
            if not rollup:
                break
            node = parents.get(node)
    return pd.DataFrame(rows, columns=["code_id", "target"])


def codebook_table(project, lang: str = "fi") -> pd.DataFrame:
    """The codebook as a table: code_id, depth, code, code_path, description, keywords, codings."""
    frames = load_frames(project)
    codes = frames.codes
    counts = frames.codings["code_id"].value_counts()
    en = lang == "en"
    rows = []
    for cid, row in codes.iterrows():
        desc = (row["description_en"] or row["description"]) if en else row["description"]
        keywords = (row["keywords_en"] if en and row["keywords_en"] not in ("", "[]") else row["keywords"]) or "[]"
        rows.append({"code_id": int(cid), "depth": int(row["depth"]), "code": frames.code_label(int(cid), lang),
                     "code_path": row["path"], "description": desc or "",
                     "keywords": ", ".join(json.loads(keywords)),
                     "codings": int(counts.get(cid, 0))})
    return pd.DataFrame(rows, columns=["code_id", "depth", "code", "code_path", "description", "keywords", "codings"])

