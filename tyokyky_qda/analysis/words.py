"""Word frequencies on lemmas (base forms) with Finnish stop words left out.

Lemmas come from simplemma (a lookup table: fast, no model). Text units are the segments of a
code query, or whole sources when no query is given; ``by`` splits the counts per code or per
attribute value. Overlapping segments of one group are merged first so no word counts twice.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

import numpy as np
import pandas as pd

from tyokyky_qda.analysis.axes import fill_items, members, parse_axis
from tyokyky_qda.analysis.frames import Frames, load_frames
from tyokyky_qda.analysis.labels import t
from tyokyky_qda.analysis.query import as_term, select
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.analysis.stopwords import STOP_WORDS
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str = "fi") -> str:
    """The base form of a lower-case word (the word itself when simplemma does not know it)."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a declared dependency
        return word
    return simplemma.lemmatize(word, lang=lang).lower()


def lemma_counts(text: str, *, min_length: int = 2, stop_words=STOP_WORDS, lang: str = "fi") -> Counter:
    """Lemma → count for one text, stop words and short words left out."""
    counts: Counter = Counter()
    for token in _TOKEN.findall(text.lower()):
        if len(token) < min_length or token in stop_words:
            continue
        base = lemma(token, lang)
        if base not in stop_words and len(base) >= min_length:
            counts[base] += 1
    return counts


def _merge_ranges(units: pd.DataFrame) -> pd.DataFrame:
    """Union of overlapping ranges per (group, source_id)."""
    units = units.sort_values(["group", "source_id", "start"]).reset_index(drop=True)
    key_change = (units["group"] != units["group"].shift()) | (units["source_id"] != units["source_id"].shift())
    run_end = units.groupby(["group", "source_id"])["end"].cummax().shift()
    new_run = key_change | (units["start"] >= run_end)
    units["run"] = new_run.cumsum()
    return units.groupby("run").agg(group=("group", "first"), source_id=("source_id", "first"),
                                    start=("start", "min"), end=("end", "max")).reset_index(drop=True)


def _units(frames: Frames, query, by: Optional[str], flt: SegmentFilter, lang: str):
    """Text units (group, source_id, start, end) and ordered (group key, label) columns."""
    pool = flt.codings(frames)
    term = as_term(frames, query)
    if term is None and by != "code":
        sources = frames.sources
        if flt.source_kinds:
            sources = sources[sources["kind"].isin(list(flt.source_kinds))]
        if flt.sources:
            sources = sources.loc[[s for s in flt.sources if s in sources.index]]
        ids = sources.index.to_numpy()
        texts = frames.texts(ids)
        segs = pd.DataFrame({"id": -1, "source_id": ids, "code_id": -1, "start": 0,
                             "end": [len(texts[i]) for i in ids], "coder_id": -1})
    else:
        segs = select(frames, term, pool)
    segs = segs[flt.keep(frames, segs)].reset_index(drop=True) if not flt.empty else segs.reset_index(drop=True)
    if by is None:
        return segs.assign(group="__all__")[["group", "source_id", "start", "end"]], [("__all__", t("count", lang))]
    if by == "code":
        keys = segs["code_id"].astype(str)
        order = [c for c in frames.codes.index if c in set(segs["code_id"])]
        return (segs.assign(group=keys)[["group", "source_id", "start", "end"]],
                [(str(c), frames.code_label(c, lang)) for c in order])
    axis = parse_axis(frames, by, lang)
    if axis.kind != "attribute":
        raise UserError(N_("word frequencies split by code or by attribute:NAME"))
    found = members(frames, axis, segs, pool, base=False)
    fill_items(frames, axis, found, lang)
    m = found.frame()
    units = segs.iloc[m["seg"].to_numpy()].assign(group=m["item_key"].to_numpy())
    return units[["group", "source_id", "start", "end"]], [(i.key, i.label) for i in axis.items]


def word_frequencies(project, query=None, *, by: Optional[str] = None, filter: Optional[SegmentFilter] = None,
                     top: int = 50, min_length: int = 2, lang: str = "fi", progress: Optional[ProgressFn] = None,
                     cancel: Optional[CancelFn] = None) -> pd.DataFrame:
    """The ``top`` lemmas: columns lemma, one count column per group (or "count"), and the total
    when split. ``by``: None, "code" or "attribute:NAME"."""
    frames = load_frames(project)
    units, columns = _units(frames, query, by, filter or SegmentFilter(), lang)
    texts = frames.texts(units["source_id"].unique()) if len(units) else {}
    per_group: dict[str, Counter] = {key: Counter() for key, _ in columns}
    merged = _merge_ranges(units) if len(units) else units
    for i, (group, sid, start, end) in enumerate(merged[["group", "source_id", "start", "end"]].itertuples(index=False)):
        if i % 200 == 0:
            check_cancel(cancel)
            if progress:
                progress(i / max(1, len(merged)), N_("words"))
        per_group.setdefault(group, Counter()).update(lemma_counts(texts[int(sid)][int(start):int(end)],
                                                                   min_length=min_length, lang=lang))
    total: Counter = Counter()
    for c in per_group.values():
        total.update(c)
    best = [w for w, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    out = pd.DataFrame({"lemma": best})
    for key, label in columns:
        out[label] = np.array([per_group[key].get(w, 0) for w in best], dtype=np.int64)
    if by is not None:
        out[t("total", lang)] = np.array([total[w] for w in best], dtype=np.int64)
    return out
